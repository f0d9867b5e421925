// Step texts mark code with backticks, as in Markdown; nothing else is interpreted.
export default function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : p))}</>;
}
