// A bounded memo for parses that depend on their input text alone. The wizard renders
// the same chart again on every keystroke and most files (and most rendered documents)
// do not change between renders, so their parses are reused. Map lookups hash the text
// once per string (V8 keeps a string's hash), far less work than parsing it again.
// When the memo grows past its bounds it is emptied at once: simple, and a working set
// refills it within one render.
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly maxEntries = 1024,
    private readonly maxChars = 4 << 20,
  ) {}

  get(text: string): T | undefined {
    return this.entries.get(text);
  }

  set(text: string, value: T): T {
    if (this.entries.size >= this.maxEntries || this.chars + text.length > this.maxChars) this.clear();
    if (!this.entries.has(text)) this.chars += text.length;
    this.entries.set(text, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
