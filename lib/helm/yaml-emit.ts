// The YAML emitter of go-yaml (libyaml's emitterc.go), in the two flavours Helm prints
// with: go-yaml v2 for toYaml (lines folded at 80 columns, sequences not indented under
// their key, tabs force double quotes) and go-yaml v3 for toYamlPretty (no folding,
// sequences indented, tabs allowed in literal blocks). Scalar style choice, quoting,
// escaping, folding and indentation follow the C code step by step — including its
// column counting in characters — because every byte of it shows in rendered charts.
//
// Input is a node tree (only what Go values produce: scalars, sequences, mappings; no
// anchors or tags); it is turned into libyaml events and run through the state machine.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

export type ENode =
  | { t: 'scalar'; value: string; style: ScalarStyle; tag?: string }
  | { t: 'seq'; items: ENode[] }
  | { t: 'map'; entries: [ENode, ENode][] };

export interface EmitOptions {
  /** go-yaml v3 rules (toYamlPretty) instead of v2 (toYaml) */
  v3: boolean;
  /** best_indent */
  indent: number;
}

const enum Ev {
  StreamStart,
  StreamEnd,
  DocumentStart,
  DocumentEnd,
  Scalar,
  SequenceStart,
  SequenceEnd,
  MappingStart,
  MappingEnd,
}

interface Event {
  type: Ev;
  value?: Uint8Array;
  style?: ScalarStyle;
  /** a shorthand tag written before the scalar ("!!binary") */
  tag?: string;
}

const enum St {
  StreamStart,
  FirstDocumentStart,
  DocumentStart,
  DocumentContent,
  DocumentEnd,
  FlowSequenceFirstItem,
  FlowSequenceItem,
  FlowMappingFirstKey,
  FlowMappingKey,
  FlowMappingSimpleValue,
  FlowMappingValue,
  BlockSequenceFirstItem,
  BlockSequenceItem,
  BlockMappingFirstKey,
  BlockMappingKey,
  BlockMappingSimpleValue,
  BlockMappingValue,
  End,
}

const enc = new TextEncoder();

/** UTF-8 bytes of a string; ASCII (the common case) without the encoder's overhead. */
function utf8(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return enc.encode(s);
    b[i] = c;
  }
  return b;
}
const dec = new TextDecoder('utf-8', { ignoreBOM: true });

/** Emits one document holding `root`; the result ends with a newline as Go's does. */
export function emitYaml(root: ENode, opts: EmitOptions): string {
  const events: Event[] = [{ type: Ev.StreamStart }, { type: Ev.DocumentStart }];
  const walk = (n: ENode): void => {
    if (n.t === 'scalar') {
      events.push({ type: Ev.Scalar, value: utf8(n.value), style: n.style, tag: n.tag });
    } else if (n.t === 'seq') {
      events.push({ type: Ev.SequenceStart });
      n.items.forEach(walk);
      events.push({ type: Ev.SequenceEnd });
    } else {
      events.push({ type: Ev.MappingStart });
      for (const [k, v] of n.entries) {
        walk(k);
        walk(v);
      }
      events.push({ type: Ev.MappingEnd });
    }
  };
  walk(root);
  events.push({ type: Ev.DocumentEnd }, { type: Ev.StreamEnd });
  const e = new Emitter(events, opts);
  e.run();
  return dec.decode(new Uint8Array(e.out));
}

// Character classes on a UTF-8 buffer (yamlprivateh.go). Reads past the end see 0.
function at(b: Uint8Array, i: number): number {
  return i < b.length ? b[i] : 0;
}
function width(c: number): number {
  if ((c & 0x80) === 0) return 1;
  if ((c & 0xe0) === 0xc0) return 2;
  if ((c & 0xf0) === 0xe0) return 3;
  if ((c & 0xf8) === 0xf0) return 4;
  return 0;
}
function isSpace(b: Uint8Array, i: number): boolean {
  return at(b, i) === 0x20;
}
function isBlank(b: Uint8Array, i: number): boolean {
  const c = at(b, i);
  return c === 0x20 || c === 0x09;
}
function isBreak(b: Uint8Array, i: number): boolean {
  const c = at(b, i);
  return (
    c === 0x0d ||
    c === 0x0a ||
    (c === 0xc2 && at(b, i + 1) === 0x85) ||
    (c === 0xe2 && at(b, i + 1) === 0x80 && (at(b, i + 2) === 0xa8 || at(b, i + 2) === 0xa9))
  );
}
function isBlankZ(b: Uint8Array, i: number): boolean {
  return isBlank(b, i) || isBreak(b, i) || at(b, i) === 0;
}
function isPrintable(b: Uint8Array, i: number): boolean {
  const c = at(b, i);
  const c1 = at(b, i + 1);
  const c2 = at(b, i + 2);
  return (
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    (c === 0xc2 && c1 >= 0xa0) ||
    (c > 0xc2 && c < 0xed) ||
    (c === 0xed && c1 < 0xa0) ||
    c === 0xee ||
    (c === 0xef && !(c1 === 0xbb && c2 === 0xbf) && !(c1 === 0xbf && (c2 === 0xbe || c2 === 0xbf)))
  );
}
/** go-yaml's is_bom looks at the start of the value, whatever i is. */
function isBOM(b: Uint8Array): boolean {
  return at(b, 0) === 0xef && at(b, 1) === 0xbb && at(b, 2) === 0xbf;
}

interface ScalarData {
  value: Uint8Array;
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
  style: ScalarStyle;
}

const HEXU = '0123456789ABCDEF';

/** The one-letter escapes of a double-quoted scalar. */
const SHORT_ESCAPES = new Map<number, string>([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

class Emitter {
  out: number[] = [];
  private head = 0;
  private state = St.StreamStart;
  private states: St[] = [];
  private indent = -1;
  private indents: number[] = [];
  private flowLevel = 0;
  private rootContext = false;
  private sequenceContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;
  private column = 0;
  private whitespace = true;
  private indention = true;
  private openEnded = false;
  private readonly bestIndent: number;
  private readonly bestWidth: number;
  private readonly v3: boolean;
  private sd: ScalarData = {
    value: new Uint8Array(0),
    multiline: false,
    flowPlainAllowed: false,
    blockPlainAllowed: false,
    singleQuotedAllowed: false,
    blockAllowed: false,
    style: 'plain',
  };

  constructor(
    private readonly events: Event[],
    opts: EmitOptions,
  ) {
    this.v3 = opts.v3;
    this.bestIndent = opts.indent < 2 || opts.indent > 9 ? 2 : opts.indent;
    // v2's Marshal leaves the width unset, which means 80; v3 sets it to -1 (unlimited).
    this.bestWidth = opts.v3 ? 2 ** 31 - 1 : 80;
  }

  run(): void {
    for (this.head = 0; this.head < this.events.length; this.head++) {
      const e = this.events[this.head];
      if (e.type === Ev.Scalar) this.analyzeScalar(e.value!);
      this.stateMachine(e);
    }
  }

  // -------------------------------------------------------------------------------
  // Output primitives.

  private put(c: number): void {
    this.out.push(c);
    this.column++;
  }

  private putBreak(): void {
    this.out.push(0x0a);
    this.column = 0;
    this.indention = true;
  }

  /** Copies one character (all of its UTF-8 bytes) and counts one column. */
  private write(b: Uint8Array, i: number): number {
    const w = width(b[i]);
    for (let k = 0; k < w; k++) this.out.push(b[i + k]);
    this.column++;
    return i + w;
  }

  /** Writes an indicator (always ASCII). */
  private writeAll(s: string): void {
    for (let i = 0; i < s.length; i++) this.put(s.charCodeAt(i));
  }

  private writeBreak(b: Uint8Array, i: number): number {
    if (b[i] === 0x0a) {
      this.putBreak();
      return i + 1;
    }
    i = this.write(b, i);
    this.column = 0;
    this.indention = true;
    return i;
  }

  private writeIndent(): void {
    const indent = this.indent < 0 ? 0 : this.indent;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(0x20);
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(0x20);
    this.writeAll(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) {
      this.indent = flow ? this.bestIndent : 0;
    } else if (!indentless) {
      if (!this.v3) {
        this.indent += this.bestIndent;
      } else if (this.states[this.states.length - 1] === St.BlockSequenceItem) {
        // v3: the first indent inside a sequence only skips the "- " indicator.
        this.indent += 2;
      } else {
        // v3: everything else aligns to the chosen indentation.
        this.indent = this.bestIndent * Math.floor((this.indent + this.bestIndent) / this.bestIndent);
      }
    }
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private popState(): void {
    this.state = this.states.pop()!;
  }

  // -------------------------------------------------------------------------------
  // The state machine.

  private stateMachine(e: Event): void {
    switch (this.state) {
      case St.StreamStart:
        this.state = St.FirstDocumentStart;
        return;
      case St.FirstDocumentStart:
      case St.DocumentStart:
        return this.emitDocumentStart(e);
      case St.DocumentContent:
        this.states.push(St.DocumentEnd);
        return this.emitNode(e, true, false, false, false);
      case St.DocumentEnd:
        // The document end is implicit: just finish the last line.
        this.writeIndent();
        this.state = St.DocumentStart;
        return;
      case St.FlowSequenceFirstItem:
        return this.emitFlowSequenceItem(e, true);
      case St.FlowSequenceItem:
        return this.emitFlowSequenceItem(e, false);
      case St.FlowMappingFirstKey:
        return this.emitFlowMappingKey(e, true);
      case St.FlowMappingKey:
        return this.emitFlowMappingKey(e, false);
      case St.FlowMappingSimpleValue:
        return this.emitFlowMappingValue(e, true);
      case St.FlowMappingValue:
        return this.emitFlowMappingValue(e, false);
      case St.BlockSequenceFirstItem:
        return this.emitBlockSequenceItem(e, true);
      case St.BlockSequenceItem:
        return this.emitBlockSequenceItem(e, false);
      case St.BlockMappingFirstKey:
        return this.emitBlockMappingKey(e, true);
      case St.BlockMappingKey:
        return this.emitBlockMappingKey(e, false);
      case St.BlockMappingSimpleValue:
        return this.emitBlockMappingValue(e, true);
      case St.BlockMappingValue:
        return this.emitBlockMappingValue(e, false);
      case St.End:
        return;
    }
  }

  private emitDocumentStart(e: Event): void {
    if (e.type === Ev.DocumentStart) {
      // The first (and only) document is implicit: no "---".
      this.state = St.DocumentContent;
      return;
    }
    // STREAM-END: the encoder clears open_ended first, so no "..." is written.
    this.state = St.End;
  }

  private emitFlowSequenceItem(e: Event, first: boolean): void {
    if (first) {
      this.writeIndicator('[', true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (e.type === Ev.SequenceEnd) {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator(']', false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > this.bestWidth) this.writeIndent();
    this.states.push(St.FlowSequenceItem);
    this.emitNode(e, false, true, false, false);
  }

  private emitFlowMappingKey(e: Event, first: boolean): void {
    if (first) {
      this.writeIndicator('{', true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (e.type === Ev.MappingEnd) {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator('}', false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > this.bestWidth) this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push(St.FlowMappingSimpleValue);
      return this.emitNode(e, false, false, true, true);
    }
    this.writeIndicator('?', true, false, false);
    this.states.push(St.FlowMappingValue);
    this.emitNode(e, false, false, true, false);
  }

  private emitFlowMappingValue(e: Event, simple: boolean): void {
    if (simple) {
      this.writeIndicator(':', false, false, false);
    } else {
      if (this.column > this.bestWidth) this.writeIndent();
      this.writeIndicator(':', true, false, false);
    }
    this.states.push(St.FlowMappingKey);
    this.emitNode(e, false, false, true, false);
  }

  private emitBlockSequenceItem(e: Event, first: boolean): void {
    if (first) {
      // v2 writes sequences inside a mapping at the key's indentation.
      this.increaseIndent(false, !this.v3 && this.mappingContext && !this.indention);
    }
    if (e.type === Ev.SequenceEnd) {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator('-', true, false, true);
    this.states.push(St.BlockSequenceItem);
    this.emitNode(e, false, true, false, false);
  }

  private emitBlockMappingKey(e: Event, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (e.type === Ev.MappingEnd) {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push(St.BlockMappingSimpleValue);
      return this.emitNode(e, false, false, true, true);
    }
    this.writeIndicator('?', true, false, true);
    this.states.push(St.BlockMappingValue);
    this.emitNode(e, false, false, true, false);
  }

  private emitBlockMappingValue(e: Event, simple: boolean): void {
    if (simple) {
      this.writeIndicator(':', false, false, false);
    } else {
      this.writeIndent();
      this.writeIndicator(':', true, false, true);
    }
    this.states.push(St.BlockMappingKey);
    this.emitNode(e, false, false, true, false);
  }

  private emitNode(e: Event, root: boolean, sequence: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.sequenceContext = sequence;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (e.type) {
      case Ev.Scalar:
        return this.emitScalar();
      case Ev.SequenceStart:
        this.state =
          this.flowLevel > 0 || this.checkEmpty(Ev.SequenceStart, Ev.SequenceEnd)
            ? St.FlowSequenceFirstItem
            : St.BlockSequenceFirstItem;
        return;
      case Ev.MappingStart:
        this.state =
          this.flowLevel > 0 || this.checkEmpty(Ev.MappingStart, Ev.MappingEnd)
            ? St.FlowMappingFirstKey
            : St.BlockMappingFirstKey;
        return;
    }
  }

  private checkEmpty(start: Ev, end: Ev): boolean {
    return this.events[this.head]?.type === start && this.events[this.head + 1]?.type === end;
  }

  /** A key is simple when it fits on one line and is at most 128 bytes long. */
  private checkSimpleKey(): boolean {
    const e = this.events[this.head];
    switch (e.type) {
      case Ev.Scalar:
        if (this.sd.multiline) return false;
        return this.sd.value.length <= 128;
      case Ev.SequenceStart:
        return this.checkEmpty(Ev.SequenceStart, Ev.SequenceEnd);
      case Ev.MappingStart:
        return this.checkEmpty(Ev.MappingStart, Ev.MappingEnd);
    }
    return false;
  }

  private emitScalar(): void {
    this.selectScalarStyle();
    this.processTag();
    this.increaseIndent(true, false);
    this.processScalar();
    this.popIndent();
    this.popState();
  }

  // libyaml's process_tag for a shorthand tag: handle and suffix, after a space.
  private processTag(): void {
    const tag = this.events[this.head].tag;
    if (!tag) return;
    if (!this.whitespace) this.put(0x20);
    this.writeAll(tag);
    this.whitespace = false;
    this.indention = false;
  }

  // -------------------------------------------------------------------------------
  // Scalars.

  private selectScalarStyle(): void {
    const e = this.events[this.head];
    let style: ScalarStyle = e.style ?? 'plain';
    if (this.simpleKeyContext && this.sd.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !this.sd.flowPlainAllowed) || (this.flowLevel === 0 && !this.sd.blockPlainAllowed)) {
        style = 'single';
      }
      if (this.sd.value.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single';
    }
    if (style === 'single' && !this.sd.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!this.sd.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) style = 'double';
    this.sd.style = style;
  }

  private analyzeScalar(value: Uint8Array): void {
    const sd = this.sd;
    sd.value = value;
    if (value.length === 0) {
      sd.multiline = false;
      sd.flowPlainAllowed = false;
      sd.blockPlainAllowed = true;
      sd.singleQuotedAllowed = true;
      sd.blockAllowed = false;
      return;
    }
    let blockIndicators = false;
    let flowIndicators = false;
    let lineBreaks = false;
    let specialCharacters = false;
    let tabCharacters = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let previousSpace = false;
    let previousBreak = false;

    if (
      value.length >= 3 &&
      ((value[0] === 0x2d && value[1] === 0x2d && value[2] === 0x2d) || (value[0] === 0x2e && value[1] === 0x2e && value[2] === 0x2e))
    ) {
      blockIndicators = true;
      flowIndicators = true;
    }
    let precededByWhitespace = true;
    for (let i = 0, w = 0; i < value.length; i += w) {
      w = width(value[i]);
      const followedByWhitespace = i + w >= value.length || isBlank(value, i + w);
      const c = value[i];
      if (i === 0) {
        switch (c) {
          case 0x23: // # , [ ] { } & * ! | > ' " % @ `
          case 0x2c:
          case 0x5b:
          case 0x5d:
          case 0x7b:
          case 0x7d:
          case 0x26:
          case 0x2a:
          case 0x21:
          case 0x7c:
          case 0x3e:
          case 0x27:
          case 0x22:
          case 0x25:
          case 0x40:
          case 0x60:
            flowIndicators = true;
            blockIndicators = true;
            break;
          case 0x3f: // ? :
          case 0x3a:
            flowIndicators = true;
            if (followedByWhitespace) blockIndicators = true;
            break;
          case 0x2d: // -
            if (followedByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
            break;
        }
      } else {
        switch (c) {
          case 0x2c:
          case 0x3f:
          case 0x5b:
          case 0x5d:
          case 0x7b:
          case 0x7d:
            flowIndicators = true;
            break;
          case 0x3a:
            flowIndicators = true;
            if (followedByWhitespace) blockIndicators = true;
            break;
          case 0x23:
            if (precededByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
            break;
        }
      }
      if (this.v3 && c === 0x09) tabCharacters = true;
      else if (!isPrintable(value, i)) specialCharacters = true;

      if (isSpace(value, i)) {
        if (i === 0) leadingSpace = true;
        if (i + width(value[i]) === value.length) trailingSpace = true;
        if (previousBreak) breakSpace = true;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(value, i)) {
        lineBreaks = true;
        if (i === 0) leadingBreak = true;
        if (i + width(value[i]) === value.length) trailingBreak = true;
        if (previousSpace) spaceBreak = true;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlankZ(value, i);
    }

    sd.multiline = lineBreaks;
    sd.flowPlainAllowed = true;
    sd.blockPlainAllowed = true;
    sd.singleQuotedAllowed = true;
    sd.blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      sd.flowPlainAllowed = false;
      sd.blockPlainAllowed = false;
    }
    if (trailingSpace) sd.blockAllowed = false;
    if (breakSpace) {
      sd.flowPlainAllowed = false;
      sd.blockPlainAllowed = false;
      sd.singleQuotedAllowed = false;
    }
    if (spaceBreak || tabCharacters || specialCharacters) {
      sd.flowPlainAllowed = false;
      sd.blockPlainAllowed = false;
      sd.singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) sd.blockAllowed = false;
    if (lineBreaks) {
      sd.flowPlainAllowed = false;
      sd.blockPlainAllowed = false;
    }
    if (flowIndicators) sd.flowPlainAllowed = false;
    if (blockIndicators) sd.blockPlainAllowed = false;
  }

  private processScalar(): void {
    const v = this.sd.value;
    switch (this.sd.style) {
      case 'plain':
        return this.writePlainScalar(v, !this.simpleKeyContext);
      case 'single':
        return this.writeSingleQuotedScalar(v, !this.simpleKeyContext);
      case 'double':
        return this.writeDoubleQuotedScalar(v, !this.simpleKeyContext);
      case 'literal':
        return this.writeLiteralScalar(v);
    }
  }

  private writePlainScalar(value: Uint8Array, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(0x20);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; ) {
      if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && !isSpace(value, i + 1)) {
          this.writeIndent();
          i += width(value[i]);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else if (isBreak(value, i)) {
        if (!breaks && value[i] === 0x0a) this.putBreak();
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        i = this.write(value, i);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  private writeSingleQuotedScalar(value: Uint8Array, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; ) {
      if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < value.length - 1 && !isSpace(value, i + 1)) {
          this.writeIndent();
          i += width(value[i]);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else if (isBreak(value, i)) {
        if (!breaks && value[i] === 0x0a) this.putBreak();
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (value[i] === 0x27) this.put(0x27);
        i = this.write(value, i);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuotedScalar(value: Uint8Array, allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < value.length; ) {
      const c = value[i];
      if (!isPrintable(value, i) || isBOM(value) || isBreak(value, i) || c === 0x22 || c === 0x5c) {
        let w: number;
        let v: number;
        if ((c & 0x80) === 0) [w, v] = [1, c & 0x7f];
        else if ((c & 0xe0) === 0xc0) [w, v] = [2, c & 0x1f];
        else if ((c & 0xf0) === 0xe0) [w, v] = [3, c & 0x0f];
        else [w, v] = [4, c & 0x07];
        for (let k = 1; k < w; k++) v = (v << 6) + (value[i + k] & 0x3f);
        i += w;
        this.put(0x5c);
        const short = SHORT_ESCAPES.get(v);
        if (short !== undefined) {
          this.put(short.charCodeAt(0));
        } else {
          let digits: number;
          if (v <= 0xff) {
            this.put(0x78);
            digits = 2;
          } else if (v <= 0xffff) {
            this.put(0x75);
            digits = 4;
          } else {
            this.put(0x55);
            digits = 8;
          }
          for (let k = (digits - 1) * 4; k >= 0; k -= 4) this.put(HEXU.charCodeAt((v >> k) & 0x0f));
        }
        spaces = false;
      } else if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < value.length - 1) {
          this.writeIndent();
          if (isSpace(value, i + 1)) this.put(0x5c);
          i += width(value[i]);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else {
        i = this.write(value, i);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeBlockScalarHints(value: Uint8Array): void {
    if (isSpace(value, 0) || isBreak(value, 0)) {
      this.writeIndicator(String.fromCharCode(0x30 + this.bestIndent), false, false, false);
    }
    this.openEnded = false;
    let chomp = '';
    if (value.length === 0) {
      chomp = '-';
    } else {
      let i = value.length - 1;
      while ((value[i] & 0xc0) === 0x80) i--;
      if (!isBreak(value, i)) {
        chomp = '-';
      } else if (i === 0) {
        chomp = '+';
        this.openEnded = true;
      } else {
        i--;
        while ((value[i] & 0xc0) === 0x80) i--;
        if (isBreak(value, i)) {
          chomp = '+';
          this.openEnded = true;
        }
      }
    }
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }

  private writeLiteralScalar(value: Uint8Array): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (let i = 0; i < value.length; ) {
      if (isBreak(value, i)) {
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        i = this.write(value, i);
        this.indention = false;
        breaks = false;
      }
    }
  }
}
