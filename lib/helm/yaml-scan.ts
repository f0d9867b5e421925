// The YAML scanner of go-yaml v2 (libyaml's scannerc.go), which Helm reads every values
// file and every fromYaml string with. It is ported function by function so that what it
// accepts, what it rejects and the error it names (with libyaml's line numbers) are Go's:
// Helm prints those errors to users.
//
// The scanner turns bytes into tokens; the hard parts are "simple keys" (a key is only
// known to be one when its ':' is seen, so KEY and BLOCK-MAPPING-START tokens are inserted
// back into the queue) and indentation (BLOCK-END tokens on dedent). Work is pull-based:
// the parser asks for the next token and scanning stops where the first document ends,
// which is why garbage after a complete document is not an error in Go either.

export const enum Tok {
  None,
  StreamStart,
  StreamEnd,
  VersionDirective,
  TagDirective,
  DocumentStart,
  DocumentEnd,
  BlockSequenceStart,
  BlockMappingStart,
  BlockEnd,
  FlowSequenceStart,
  FlowSequenceEnd,
  FlowMappingStart,
  FlowMappingEnd,
  BlockEntry,
  FlowEntry,
  Key,
  Value,
  Alias,
  Anchor,
  Tag,
  Scalar,
}

export const enum Style {
  Any,
  Plain,
  SingleQuoted,
  DoubleQuoted,
  Literal,
  Folded,
}

export interface Mark {
  index: number;
  line: number;
  column: number;
}

export interface Token {
  type: Tok;
  start: Mark;
  end: Mark;
  /** scalar value, anchor/alias name, tag handle, %TAG handle (UTF-8 bytes) */
  value: number[];
  /** tag suffix */
  suffix: number[];
  /** %TAG prefix */
  prefix: number[];
  style: Style;
  major: number;
  minor: number;
}

/** A libyaml error: which stage raised it decides how Go prints the line number. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly kind: 'reader' | 'scanner' | 'parser',
    readonly problem: string,
    readonly problemMark: Mark,
    readonly contextMark: Mark,
  ) {
    super(problem);
  }

  /** yaml.v2's parser.fail(): scanner lines are 1-based, parser lines are 0-based. */
  goMessage(): string {
    let line = 0;
    if (this.problemMark.line !== 0) {
      line = this.problemMark.line;
      if (this.kind === 'scanner') line++;
    } else if (this.contextMark.line !== 0) {
      line = this.contextMark.line;
    }
    return 'yaml: ' + (line !== 0 ? `line ${line}: ` : '') + this.problem;
  }
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const mark = (m: Mark): Mark => ({ index: m.index, line: m.line, column: m.column });
const ZERO: Mark = { index: 0, line: 0, column: 0 };

// Tokens only ever get fresh arrays assigned, so the empty ones can be shared.
const NONE: number[] = [];

function newToken(type: Tok, start: Mark, end: Mark): Token {
  return { type, start, end, value: NONE, suffix: NONE, prefix: NONE, style: Style.Any, major: 0, minor: 0 };
}

// Character classes over the UTF-8 buffer, as yamlprivateh.go defines them.
export function width(b: number): number {
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

export class Scanner {
  private readonly b: Uint8Array;
  private pos = 0;
  m: Mark = { index: 0, line: 0, column: 0 };

  private tokens: Token[] = [];
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;

  private indent = -1;
  private indents: number[] = [];
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTok = new Map<number, number>();
  flowLevel = 0;

  constructor(input: Uint8Array) {
    // libyaml's reader drops a leading BOM and pads the buffer with NULs for lookahead.
    let start = 0;
    if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) start = 3;
    checkCharacters(input, start);
    this.b = new Uint8Array(input.length - start + 8);
    this.b.set(input.subarray(start));
  }

  // -------------------------------------------------------------------------------
  // Character tests at an offset from the current position.

  private at(k = 0): number {
    return this.b[this.pos + k];
  }
  private isBlank(k = 0): boolean {
    const c = this.at(k);
    return c === 0x20 || c === 0x09;
  }
  private isSpace(k = 0): boolean {
    return this.at(k) === 0x20;
  }
  private isTab(k = 0): boolean {
    return this.at(k) === 0x09;
  }
  private isZ(k = 0): boolean {
    return this.at(k) === 0;
  }
  private isBreak(k = 0): boolean {
    const c = this.at(k);
    return (
      c === 0x0d ||
      c === 0x0a ||
      (c === 0xc2 && this.at(k + 1) === 0x85) ||
      (c === 0xe2 && this.at(k + 1) === 0x80 && (this.at(k + 2) === 0xa8 || this.at(k + 2) === 0xa9))
    );
  }
  private isCRLF(k = 0): boolean {
    return this.at(k) === 0x0d && this.at(k + 1) === 0x0a;
  }
  private isBreakZ(k = 0): boolean {
    return this.isBreak(k) || this.isZ(k);
  }
  private isBlankZ(k = 0): boolean {
    return this.isBlank(k) || this.isBreakZ(k);
  }
  private isAlpha(k = 0): boolean {
    const c = this.at(k);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
  }
  private isDigit(k = 0): boolean {
    const c = this.at(k);
    return c >= 0x30 && c <= 0x39;
  }
  private isHex(k = 0): boolean {
    const c = this.at(k);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
  private asHex(k = 0): number {
    const c = this.at(k);
    if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
    return c - 0x30;
  }
  private isBOM(): boolean {
    return this.at() === 0xef && this.at(1) === 0xbb && this.at(2) === 0xbf;
  }

  // -------------------------------------------------------------------------------
  // Moving through the buffer.

  private skip(): void {
    this.m.index++;
    this.m.column++;
    this.pos += width(this.b[this.pos]);
  }

  private skipLine(): void {
    if (this.isCRLF()) {
      this.m.index += 2;
      this.m.column = 0;
      this.m.line++;
      this.pos += 2;
    } else if (this.isBreak()) {
      this.m.index++;
      this.m.column = 0;
      this.m.line++;
      this.pos += width(this.b[this.pos]);
    }
  }

  private read(s: number[]): void {
    const w = width(this.b[this.pos]);
    for (let i = 0; i < w; i++) s.push(this.b[this.pos + i]);
    this.pos += w;
    this.m.index++;
    this.m.column++;
  }

  private readLine(s: number[]): void {
    const c = this.at();
    if (c === 0x0d && this.at(1) === 0x0a) {
      s.push(0x0a);
      this.pos += 2;
      this.m.index++;
    } else if (c === 0x0d || c === 0x0a) {
      s.push(0x0a);
      this.pos += 1;
    } else if (c === 0xc2 && this.at(1) === 0x85) {
      s.push(0x0a);
      this.pos += 2;
    } else if (c === 0xe2 && this.at(1) === 0x80 && (this.at(2) === 0xa8 || this.at(2) === 0xa9)) {
      s.push(0xe2, 0x80, this.at(2));
      this.pos += 3;
    } else {
      return;
    }
    this.m.index++;
    this.m.column = 0;
    this.m.line++;
  }

  private fail(context: string, contextMark: Mark, problem: string): never {
    void context;
    throw new YamlSyntaxError('scanner', problem, mark(this.m), contextMark);
  }

  // -------------------------------------------------------------------------------
  // The token queue the parser reads.

  /** peek_token: the next token, scanning as far as simple keys require. */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head];
  }

  /** skip_token */
  next(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.head].type === Tok.StreamEnd;
    this.head++;
  }

  get ended(): boolean {
    return this.streamEndProduced;
  }

  private insertToken(pos: number, t: Token): void {
    // Like Go, drop the consumed head of the queue now and then, so inserting a KEY
    // never moves more than the few tokens still waiting.
    if (this.head > 256) {
      this.tokens = this.tokens.slice(this.head);
      this.head = 0;
    }
    if (pos < 0) this.tokens.push(t);
    else this.tokens.splice(this.head + pos, 0, t);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        // A token at the head may still turn out to be preceded by a KEY.
        const idx = this.simpleKeysByTok.get(this.tokensParsed);
        if (idx === undefined) break;
        if (!this.simpleKeyIsValid(this.simpleKeys[idx])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) return this.fetchStreamStart();
    this.scanToNextToken();
    this.unrollIndent(this.m.column);
    if (this.isZ()) return this.fetchStreamEnd();
    const c = this.at();
    if (this.m.column === 0 && c === 0x25) return this.fetchDirective();
    if (this.m.column === 0 && c === 0x2d && this.at(1) === 0x2d && this.at(2) === 0x2d && this.isBlankZ(3)) {
      return this.fetchDocumentIndicator(Tok.DocumentStart);
    }
    if (this.m.column === 0 && c === 0x2e && this.at(1) === 0x2e && this.at(2) === 0x2e && this.isBlankZ(3)) {
      return this.fetchDocumentIndicator(Tok.DocumentEnd);
    }
    switch (c) {
      case 0x5b:
        return this.fetchFlowCollectionStart(Tok.FlowSequenceStart);
      case 0x7b:
        return this.fetchFlowCollectionStart(Tok.FlowMappingStart);
      case 0x5d:
        return this.fetchFlowCollectionEnd(Tok.FlowSequenceEnd);
      case 0x7d:
        return this.fetchFlowCollectionEnd(Tok.FlowMappingEnd);
      case 0x2c:
        return this.fetchFlowEntry();
    }
    if (c === 0x2d && this.isBlankZ(1)) return this.fetchBlockEntry();
    if (c === 0x3f && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchKey();
    if (c === 0x3a && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchValue();
    if (c === 0x2a) return this.fetchAnchor(Tok.Alias);
    if (c === 0x26) return this.fetchAnchor(Tok.Anchor);
    if (c === 0x21) return this.fetchTag();
    if (c === 0x7c && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (c === 0x3e && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (c === 0x27) return this.fetchFlowScalar(true);
    if (c === 0x22) return this.fetchFlowScalar(false);
    // A plain scalar may not start with an indicator, except '-', '?', ':' followed by
    // a non-space (only '-' in the flow context).
    const indicator =
      this.isBlankZ() ||
      c === 0x2d ||
      c === 0x3f ||
      c === 0x3a ||
      c === 0x2c ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x7b ||
      c === 0x7d ||
      c === 0x23 ||
      c === 0x26 ||
      c === 0x2a ||
      c === 0x21 ||
      c === 0x7c ||
      c === 0x3e ||
      c === 0x27 ||
      c === 0x22 ||
      c === 0x25 ||
      c === 0x40 ||
      c === 0x60;
    if (
      !indicator ||
      (c === 0x2d && !this.isBlank(1)) ||
      (this.flowLevel === 0 && (c === 0x3f || c === 0x3a) && !this.isBlankZ(1))
    ) {
      return this.fetchPlainScalar();
    }
    this.fail('while scanning for the next token', mark(this.m), 'found character that cannot start any token');
  }

  // -------------------------------------------------------------------------------
  // Simple keys and indentation.

  private simpleKeyIsValid(k: SimpleKey): boolean {
    if (!k.possible) return false;
    // A simple key is limited to one line and 1024 characters.
    if (k.mark.line < this.m.line || k.mark.index + 1024 < this.m.index) {
      if (k.required) this.fail('while scanning a simple key', k.mark, "could not find expected ':'");
      k.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.m.column;
    if (this.simpleKeyAllowed) {
      const k: SimpleKey = {
        possible: true,
        required,
        tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
        mark: mark(this.m),
      };
      this.removeSimpleKey();
      this.simpleKeys[this.simpleKeys.length - 1] = k;
      this.simpleKeysByTok.set(k.tokenNumber, this.simpleKeys.length - 1);
    }
  }

  private removeSimpleKey(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1];
    if (k.possible) {
      if (k.required) this.fail('while scanning a simple key', k.mark, "could not find expected ':'");
      k.possible = false;
      this.simpleKeysByTok.delete(k.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: mark(this.m),
    });
    this.flowLevel++;
    if (this.flowLevel > 10000) {
      this.fail('while increasing flow level', this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000');
    }
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.simpleKeys.pop()!;
      this.simpleKeysByTok.delete(last.tokenNumber);
    }
  }

  private rollIndent(column: number, number: number, type: Tok, m: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > 10000) {
        this.fail('while increasing indent level', this.simpleKeys[this.simpleKeys.length - 1].mark, 'exceeded max depth of 10000');
      }
      const t = newToken(type, mark(m), mark(m));
      this.insertToken(number > -1 ? number - this.tokensParsed : -1, t);
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.insertToken(-1, newToken(Tok.BlockEnd, mark(this.m), mark(this.m)));
      this.indent = this.indents.pop()!;
    }
  }

  // -------------------------------------------------------------------------------
  // Token fetchers.

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: mark(ZERO) });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.insertToken(-1, newToken(Tok.StreamStart, mark(this.m), mark(this.m)));
  }

  private fetchStreamEnd(): void {
    if (this.m.column !== 0) {
      this.m.column = 0;
      this.m.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, newToken(Tok.StreamEnd, mark(this.m), mark(this.m)));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: Tok): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = mark(this.m);
    this.skip();
    this.skip();
    this.skip();
    this.insertToken(-1, newToken(type, start, mark(this.m)));
  }

  private fetchFlowCollectionStart(type: Tok): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(type, start, mark(this.m)));
  }

  private fetchFlowCollectionEnd(type: Tok): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(type, start, mark(this.m)));
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(Tok.FlowEntry, start, mark(this.m)));
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.fail('', mark(this.m), 'block sequence entries are not allowed in this context');
      }
      this.rollIndent(this.m.column, -1, Tok.BlockSequenceStart, this.m);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(Tok.BlockEntry, start, mark(this.m)));
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail('', mark(this.m), 'mapping keys are not allowed in this context');
      this.rollIndent(this.m.column, -1, Tok.BlockMappingStart, this.m);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(Tok.Key, start, mark(this.m)));
  }

  private fetchValue(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(k)) {
      // The simple key turns out to be one: insert KEY before it.
      this.insertToken(k.tokenNumber - this.tokensParsed, newToken(Tok.Key, mark(k.mark), mark(k.mark)));
      this.rollIndent(k.mark.column, k.tokenNumber, Tok.BlockMappingStart, k.mark);
      k.possible = false;
      this.simpleKeysByTok.delete(k.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('', mark(this.m), 'mapping values are not allowed in this context');
        this.rollIndent(this.m.column, -1, Tok.BlockMappingStart, this.m);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    const start = mark(this.m);
    this.skip();
    this.insertToken(-1, newToken(Tok.Value, start, mark(this.m)));
  }

  private fetchAnchor(type: Tok): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanPlainScalar());
  }

  /** Whitespace, comments and line breaks up to the next token. */
  private scanToNextToken(): void {
    for (;;) {
      if (this.m.column === 0 && this.isBOM()) this.skip();
      // Tabs are allowed in the flow context, and in the block context but not where
      // they could be taken for indentation.
      while (this.at() === 0x20 || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === 0x09)) {
        this.skip();
      }
      if (this.at() === 0x23) {
        while (!this.isBreakZ()) this.skip();
      }
      if (this.isBreak()) {
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else {
        break;
      }
    }
  }

  // -------------------------------------------------------------------------------
  // Directives, anchors and tags.

  private scanDirective(): Token {
    const start = mark(this.m);
    this.skip();
    const name = this.scanDirectiveName(start);
    let t: Token;
    if (name === 'YAML') {
      const [major, minor] = this.scanVersionDirectiveValue(start);
      t = newToken(Tok.VersionDirective, start, mark(this.m));
      t.major = major;
      t.minor = minor;
    } else if (name === 'TAG') {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      t = newToken(Tok.TagDirective, start, mark(this.m));
      t.value = handle;
      t.prefix = prefix;
    } else {
      this.fail('while scanning a directive', start, 'found unknown directive name');
    }
    while (this.isBlank()) this.skip();
    if (this.at() === 0x23) {
      while (!this.isBreakZ()) this.skip();
    }
    if (!this.isBreakZ()) this.fail('while scanning a directive', start, 'did not find expected comment or line break');
    if (this.isBreak()) this.skipLine();
    return t;
  }

  private scanDirectiveName(start: Mark): string {
    const s: number[] = [];
    while (this.isAlpha()) this.read(s);
    if (s.length === 0) this.fail('while scanning a directive', start, 'could not find expected directive name');
    if (!this.isBlankZ()) this.fail('while scanning a directive', start, 'found unexpected non-alphabetical character');
    return String.fromCharCode(...s);
  }

  private scanVersionDirectiveValue(start: Mark): [number, number] {
    while (this.isBlank()) this.skip();
    const major = this.scanVersionDirectiveNumber(start);
    if (this.at() !== 0x2e) {
      this.fail('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
    }
    this.skip();
    const minor = this.scanVersionDirectiveNumber(start);
    return [major, minor];
  }

  private scanVersionDirectiveNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (this.isDigit()) {
      length++;
      if (length > 2) this.fail('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + (this.at() - 0x30);
      this.skip();
    }
    if (length === 0) this.fail('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private scanTagDirectiveValue(start: Mark): [number[], number[]] {
    while (this.isBlank()) this.skip();
    const handle = this.scanTagHandle(true, start);
    if (!this.isBlank()) this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace');
    while (this.isBlank()) this.skip();
    const prefix = this.scanTagURI(true, null, start);
    if (!this.isBlankZ()) {
      this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
    }
    return [handle, prefix];
  }

  private scanAnchor(type: Tok): Token {
    const start = mark(this.m);
    this.skip();
    const s: number[] = [];
    while (this.isAlpha()) this.read(s);
    const end = mark(this.m);
    const c = this.at();
    const ok =
      this.isBlankZ() ||
      c === 0x3f ||
      c === 0x3a ||
      c === 0x2c ||
      c === 0x5d ||
      c === 0x7d ||
      c === 0x25 ||
      c === 0x40 ||
      c === 0x60;
    if (s.length === 0 || !ok) {
      this.fail(
        type === Tok.Anchor ? 'while scanning an anchor' : 'while scanning an alias',
        start,
        'did not find expected alphabetic or numeric character',
      );
    }
    const t = newToken(type, start, end);
    t.value = s;
    return t;
  }

  private scanTag(): Token {
    const start = mark(this.m);
    let handle: number[];
    let suffix: number[];
    if (this.at(1) === 0x3c) {
      // The verbatim form !<tag:uri>.
      handle = [];
      this.skip();
      this.skip();
      suffix = this.scanTagURI(false, null, start);
      if (this.at() !== 0x3e) this.fail('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle[0] === 0x21 && handle.length > 1 && handle[handle.length - 1] === 0x21) {
        suffix = this.scanTagURI(false, null, start);
      } else {
        // It was not a handle: the rest belongs to the suffix of a '!' tag.
        suffix = this.scanTagURI(false, handle, start);
        handle = [0x21];
        if (suffix.length === 0) [handle, suffix] = [suffix, handle];
      }
    }
    if (!this.isBlankZ()) this.fail('while scanning a tag', start, 'did not find expected whitespace or line break');
    const t = newToken(Tok.Tag, start, mark(this.m));
    t.value = handle;
    t.suffix = suffix;
    return t;
  }

  private scanTagHandle(directive: boolean, start: Mark): number[] {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    if (this.at() !== 0x21) this.fail(context, start, "did not find expected '!'");
    const s: number[] = [];
    this.read(s);
    while (this.isAlpha()) this.read(s);
    if (this.at() === 0x21) {
      this.read(s);
    } else if (directive && !(s.length === 1 && s[0] === 0x21)) {
      this.fail(context, start, "did not find expected '!'");
    }
    return s;
  }

  private scanTagURI(directive: boolean, head: number[] | null, start: Mark): number[] {
    const s: number[] = head && head.length > 1 ? head.slice(1) : [];
    let hasTag = !!head && head.length > 0;
    for (;;) {
      const c = this.at();
      const uri =
        this.isAlpha() ||
        c === 0x3b ||
        c === 0x2f ||
        c === 0x3f ||
        c === 0x3a ||
        c === 0x40 ||
        c === 0x26 ||
        c === 0x3d ||
        c === 0x2b ||
        c === 0x24 ||
        c === 0x2c ||
        c === 0x2e ||
        c === 0x21 ||
        c === 0x7e ||
        c === 0x2a ||
        c === 0x27 ||
        c === 0x28 ||
        c === 0x29 ||
        c === 0x5b ||
        c === 0x5d ||
        c === 0x25;
      if (!uri) break;
      if (c === 0x25) this.scanURIEscapes(directive, start, s);
      else this.read(s);
      hasTag = true;
    }
    if (!hasTag) {
      this.fail(directive ? 'while parsing a %TAG directive' : 'while parsing a tag', start, 'did not find expected tag URI');
    }
    return s;
  }

  private scanURIEscapes(directive: boolean, start: Mark, s: number[]): void {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    let w = 1024;
    while (w > 0) {
      if (!(this.at() === 0x25 && this.isHex(1) && this.isHex(2))) this.fail(context, start, 'did not find URI escaped octet');
      const octet = (this.asHex(1) << 4) + this.asHex(2);
      if (w === 1024) {
        w = width(octet);
        if (w === 0) this.fail(context, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.fail(context, start, 'found an incorrect trailing UTF-8 octet');
      }
      s.push(octet);
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
  }

  // -------------------------------------------------------------------------------
  // Scalars.

  private scanBlockScalar(literal: boolean): Token {
    const start = mark(this.m);
    this.skip();
    let chomping = 0;
    let increment = 0;
    if (this.at() === 0x2b || this.at() === 0x2d) {
      chomping = this.at() === 0x2b ? 1 : -1;
      this.skip();
      if (this.isDigit()) {
        if (this.at() === 0x30) this.fail('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
        increment = this.at() - 0x30;
        this.skip();
      }
    } else if (this.isDigit()) {
      if (this.at() === 0x30) this.fail('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
      increment = this.at() - 0x30;
      this.skip();
      if (this.at() === 0x2b || this.at() === 0x2d) {
        chomping = this.at() === 0x2b ? 1 : -1;
        this.skip();
      }
    }
    while (this.isBlank()) this.skip();
    if (this.at() === 0x23) {
      while (!this.isBreakZ()) this.skip();
    }
    if (!this.isBreakZ()) this.fail('while scanning a block scalar', start, 'did not find expected comment or line break');
    if (this.isBreak()) this.skipLine();

    const endBox = { m: mark(this.m) };
    const indentBox = { n: 0 };
    if (increment > 0) indentBox.n = this.indent >= 0 ? this.indent + increment : increment;

    const s: number[] = [];
    let leadingBreak: number[] = [];
    let trailingBreaks: number[] = [];
    this.scanBlockScalarBreaks(indentBox, trailingBreaks, start, endBox);

    let leadingBlank = false;
    let trailingBlank = false;
    while (this.m.column === indentBox.n && !this.isZ()) {
      trailingBlank = this.isBlank();
      // Folding joins lines with a space, except around more-indented lines.
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.length > 0 && leadingBreak[0] === 0x0a) {
        if (trailingBreaks.length === 0) s.push(0x20);
      } else {
        s.push(...leadingBreak);
      }
      leadingBreak = [];
      s.push(...trailingBreaks);
      trailingBreaks = [];
      leadingBlank = this.isBlank();
      while (!this.isBreakZ()) this.read(s);
      this.readLine(leadingBreak);
      this.scanBlockScalarBreaks(indentBox, trailingBreaks, start, endBox);
    }
    if (chomping !== -1) s.push(...leadingBreak);
    if (chomping === 1) s.push(...trailingBreaks);

    const t = newToken(Tok.Scalar, start, endBox.m);
    t.value = s;
    t.style = literal ? Style.Literal : Style.Folded;
    return t;
  }

  private scanBlockScalarBreaks(indent: { n: number }, breaks: number[], start: Mark, end: { m: Mark }): void {
    end.m = mark(this.m);
    let maxIndent = 0;
    for (;;) {
      while ((indent.n === 0 || this.m.column < indent.n) && this.isSpace()) this.skip();
      if (this.m.column > maxIndent) maxIndent = this.m.column;
      if ((indent.n === 0 || this.m.column < indent.n) && this.isTab()) {
        this.fail('while scanning a block scalar', start, 'found a tab character where an indentation space is expected');
      }
      if (!this.isBreak()) break;
      this.readLine(breaks);
      end.m = mark(this.m);
    }
    if (indent.n === 0) {
      indent.n = maxIndent;
      if (indent.n < this.indent + 1) indent.n = this.indent + 1;
      if (indent.n < 1) indent.n = 1;
    }
  }

  private scanFlowScalar(single: boolean): Token {
    const start = mark(this.m);
    this.skip();
    const s: number[] = [];
    let leadingBreak: number[] = [];
    let trailingBreaks: number[] = [];
    let whitespaces: number[] = [];
    for (;;) {
      if (
        this.m.column === 0 &&
        ((this.at() === 0x2d && this.at(1) === 0x2d && this.at(2) === 0x2d) ||
          (this.at() === 0x2e && this.at(1) === 0x2e && this.at(2) === 0x2e)) &&
        this.isBlankZ(3)
      ) {
        this.fail('while scanning a quoted scalar', start, 'found unexpected document indicator');
      }
      if (this.isZ()) this.fail('while scanning a quoted scalar', start, 'found unexpected end of stream');

      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        const c = this.at();
        if (single && c === 0x27 && this.at(1) === 0x27) {
          s.push(0x27);
          this.skip();
          this.skip();
        } else if (single && c === 0x27) {
          break;
        } else if (!single && c === 0x22) {
          break;
        } else if (!single && c === 0x5c && this.isBreak(1)) {
          // An escaped line break joins the lines without a space.
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === 0x5c) {
          this.scanEscape(start, s);
        } else {
          this.read(s);
        }
      }
      if (single ? this.at() === 0x27 : this.at() === 0x22) break;

      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = [];
          this.readLine(leadingBreak);
          leadingBlanks = true;
        } else {
          this.readLine(trailingBreaks);
        }
      }
      if (leadingBlanks) {
        if (leadingBreak.length > 0 && leadingBreak[0] === 0x0a) {
          if (trailingBreaks.length === 0) s.push(0x20);
          else s.push(...trailingBreaks);
        } else {
          s.push(...leadingBreak, ...trailingBreaks);
        }
        trailingBreaks = [];
        leadingBreak = [];
      } else {
        s.push(...whitespaces);
        whitespaces = [];
      }
    }
    this.skip();
    const t = newToken(Tok.Scalar, start, mark(this.m));
    t.value = s;
    t.style = single ? Style.SingleQuoted : Style.DoubleQuoted;
    return t;
  }

  private scanEscape(start: Mark, s: number[]): void {
    let codeLength = 0;
    switch (this.at(1)) {
      case 0x30:
        s.push(0);
        break;
      case 0x61:
        s.push(0x07);
        break;
      case 0x62:
        s.push(0x08);
        break;
      case 0x74:
      case 0x09:
        s.push(0x09);
        break;
      case 0x6e:
        s.push(0x0a);
        break;
      case 0x76:
        s.push(0x0b);
        break;
      case 0x66:
        s.push(0x0c);
        break;
      case 0x72:
        s.push(0x0d);
        break;
      case 0x65:
        s.push(0x1b);
        break;
      case 0x20:
        s.push(0x20);
        break;
      case 0x22:
        s.push(0x22);
        break;
      case 0x27:
        s.push(0x27);
        break;
      case 0x5c:
        s.push(0x5c);
        break;
      case 0x4e:
        s.push(0xc2, 0x85);
        break;
      case 0x5f:
        s.push(0xc2, 0xa0);
        break;
      case 0x4c:
        s.push(0xe2, 0x80, 0xa8);
        break;
      case 0x50:
        s.push(0xe2, 0x80, 0xa9);
        break;
      case 0x78:
        codeLength = 2;
        break;
      case 0x75:
        codeLength = 4;
        break;
      case 0x55:
        codeLength = 8;
        break;
      default:
        this.fail('while parsing a quoted scalar', start, 'found unknown escape character');
    }
    this.skip();
    this.skip();
    if (codeLength > 0) {
      let value = 0;
      for (let k = 0; k < codeLength; k++) {
        if (!this.isHex(k)) this.fail('while parsing a quoted scalar', start, 'did not find expected hexdecimal number');
        value = value * 16 + this.asHex(k);
      }
      if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
        this.fail('while parsing a quoted scalar', start, 'found invalid Unicode character escape code');
      }
      if (value <= 0x7f) s.push(value);
      else if (value <= 0x7ff) s.push(0xc0 + (value >> 6), 0x80 + (value & 0x3f));
      else if (value <= 0xffff) s.push(0xe0 + (value >> 12), 0x80 + ((value >> 6) & 0x3f), 0x80 + (value & 0x3f));
      else s.push(0xf0 + (value >> 18), 0x80 + ((value >> 12) & 0x3f), 0x80 + ((value >> 6) & 0x3f), 0x80 + (value & 0x3f));
      for (let k = 0; k < codeLength; k++) this.skip();
    }
  }

  private scanPlainScalar(): Token {
    const s: number[] = [];
    let leadingBreak: number[] = [];
    let trailingBreaks: number[] = [];
    let whitespaces: number[] = [];
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = mark(this.m);
    let end = mark(this.m);
    for (;;) {
      if (
        this.m.column === 0 &&
        ((this.at() === 0x2d && this.at(1) === 0x2d && this.at(2) === 0x2d) ||
          (this.at() === 0x2e && this.at(1) === 0x2e && this.at(2) === 0x2e)) &&
        this.isBlankZ(3)
      ) {
        break;
      }
      if (this.at() === 0x23) break;
      while (!this.isBlankZ()) {
        const c = this.at();
        // ": " ends a plain scalar, and in the flow context so do ,?[]{}.
        if (
          (c === 0x3a && this.isBlankZ(1)) ||
          (this.flowLevel > 0 && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d))
        ) {
          break;
        }
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === 0x0a) {
              if (trailingBreaks.length === 0) s.push(0x20);
              else s.push(...trailingBreaks);
            } else {
              s.push(...leadingBreak, ...trailingBreaks);
            }
            trailingBreaks = [];
            leadingBreak = [];
            leadingBlanks = false;
          } else {
            s.push(...whitespaces);
            whitespaces = [];
          }
        }
        this.read(s);
        end = mark(this.m);
      }
      if (!(this.isBlank() || this.isBreak())) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (leadingBlanks && this.m.column < indent && this.isTab()) {
            this.fail('while scanning a plain scalar', start, 'found a tab character that violates indentation');
          }
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = [];
          this.readLine(leadingBreak);
          leadingBlanks = true;
        } else {
          this.readLine(trailingBreaks);
        }
      }
      if (this.flowLevel === 0 && this.m.column < indent) break;
    }
    const t = newToken(Tok.Scalar, start, end);
    t.value = s;
    t.style = Style.Plain;
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return t;
  }
}

/**
 * libyaml's reader (go-yaml's readerc.go): the input must be UTF-8, checked octet by
 * octet in its order, and hold only printable characters (tab, line breaks, and no
 * C0/C1 controls, DEL, surrogates or U+FFFE/U+FFFF); anything else is a reader error.
 */
function checkCharacters(b: Uint8Array, start: number): void {
  const fail = (problem: string) => {
    throw new YamlSyntaxError('reader', problem, ZERO, ZERO);
  };
  for (let i = start; i < b.length; ) {
    const c = b[i];
    const w = (c & 0x80) === 0 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 0;
    if (w === 0) fail('invalid leading UTF-8 octet');
    if (i + w > b.length) fail('incomplete UTF-8 octet sequence');
    let v = w === 1 ? c & 0x7f : w === 2 ? c & 0x1f : w === 3 ? c & 0x0f : c & 0x07;
    for (let k = 1; k < w; k++) {
      const o = b[i + k];
      if ((o & 0xc0) !== 0x80) fail('invalid trailing UTF-8 octet');
      v = (v << 6) + (o & 0x3f);
    }
    if (!(w === 1 || (w === 2 && v >= 0x80) || (w === 3 && v >= 0x800) || (w === 4 && v >= 0x10000))) {
      fail('invalid length of a UTF-8 sequence');
    }
    if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) fail('invalid Unicode character');
    const ok =
      v === 0x09 ||
      v === 0x0a ||
      v === 0x0d ||
      (v >= 0x20 && v <= 0x7e) ||
      v === 0x85 ||
      (v >= 0xa0 && v <= 0xd7ff) ||
      (v >= 0xe000 && v <= 0xfffd) ||
      (v >= 0x10000 && v <= 0x10ffff);
    if (!ok) fail('control characters are not allowed');
    i += w;
  }
}
