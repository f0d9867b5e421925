'use client';
import dynamic from 'next/dynamic';

// Monaco touches `window` at import time: load it in the browser only.
const CodeEditor = dynamic(() => import('./code-editor'), { ssr: false, loading: () => <div role="status">Loading editor…</div> });

export default function FirstEditor({ path, text }: { path: string; text: string }) {
  return <CodeEditor path={path} value={text} language="yaml" readOnly ariaLabel={`Example: ${path}`} height="300px" />;
}
