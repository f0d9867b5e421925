// The event parser of go-yaml v2 (libyaml's parserc.go): an LL(1) state machine over the
// scanner's tokens. Productions:
//
// stream               ::= STREAM-START implicit_document? explicit_document* STREAM-END
// implicit_document    ::= block_node DOCUMENT-END*
// explicit_document    ::= DIRECTIVE* DOCUMENT-START block_node? DOCUMENT-END*
// block_node_or_indentless_sequence ::= ALIAS | properties (block_content | indentless_block_sequence)?
//                          | block_content | indentless_block_sequence
// block_node           ::= ALIAS | properties block_content? | block_content
// flow_node            ::= ALIAS | properties flow_content? | flow_content
// properties           ::= TAG ANCHOR? | ANCHOR TAG?
// block_content        ::= block_collection | flow_collection | SCALAR
// flow_content         ::= flow_collection | SCALAR
// block_sequence       ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY block_node?)* BLOCK-END
// indentless_sequence  ::= (BLOCK-ENTRY block_node?)+
// block_mapping        ::= BLOCK-MAPPING_START ((KEY block_node_or_indentless_sequence?)?
//                          (VALUE block_node_or_indentless_sequence?)?)* BLOCK-END
// flow_sequence        ::= FLOW-SEQUENCE-START (flow_sequence_entry FLOW-ENTRY)*
//                          flow_sequence_entry? FLOW-SEQUENCE-END
// flow_sequence_entry  ::= flow_node | KEY flow_node? (VALUE flow_node?)?
// flow_mapping         ::= FLOW-MAPPING-START (flow_mapping_entry FLOW-ENTRY)*
//                          flow_mapping_entry? FLOW-MAPPING-END
// flow_mapping_entry   ::= flow_node | KEY flow_node? (VALUE flow_node?)?
import { type Mark, type Token, Scanner, Style, Tok, YamlSyntaxError } from './yaml-scan';

export const enum Ev {
  None,
  StreamStart,
  StreamEnd,
  DocumentStart,
  DocumentEnd,
  Alias,
  Scalar,
  SequenceStart,
  SequenceEnd,
  MappingStart,
  MappingEnd,
}

export interface YamlEvent {
  type: Ev;
  start: Mark;
  end: Mark;
  anchor: string | null;
  /** resolved tag ("" when none), e.g. "tag:yaml.org,2002:int" */
  tag: string;
  value: Uint8Array;
  /** a plain scalar without tag (or with the non-specific "!") */
  implicit: boolean;
  quotedImplicit: boolean;
  style: Style;
  flow: boolean;
}

const enum State {
  StreamStart,
  ImplicitDocumentStart,
  DocumentStart,
  DocumentContent,
  DocumentEnd,
  BlockNode,
  BlockNodeOrIndentlessSequence,
  FlowNode,
  BlockSequenceFirstEntry,
  BlockSequenceEntry,
  IndentlessSequenceEntry,
  BlockMappingFirstKey,
  BlockMappingKey,
  BlockMappingValue,
  FlowSequenceFirstEntry,
  FlowSequenceEntry,
  FlowSequenceEntryMappingKey,
  FlowSequenceEntryMappingValue,
  FlowSequenceEntryMappingEnd,
  FlowMappingFirstKey,
  FlowMappingKey,
  FlowMappingValue,
  FlowMappingEmptyValue,
  End,
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const EMPTY = new Uint8Array(0);
const ZERO: Mark = { index: 0, line: 0, column: 0 };

function event(type: Ev, start: Mark, end: Mark, extra?: Partial<YamlEvent>): YamlEvent {
  const e: YamlEvent = {
    type,
    start,
    end,
    anchor: null,
    tag: '',
    value: EMPTY,
    implicit: false,
    quotedImplicit: false,
    style: Style.Any,
    flow: false,
  };
  return extra ? Object.assign(e, extra) : e;
}

export class Parser {
  private readonly s: Scanner;
  private state = State.StreamStart;
  private states: State[] = [];
  private marks: Mark[] = [];
  private tagDirectives: { handle: string; prefix: string }[] = [];
  private done = false;

  constructor(input: Uint8Array) {
    this.s = new Scanner(input);
  }

  private fail(problem: string, problemMark: Mark, contextMark: Mark = ZERO): never {
    throw new YamlSyntaxError('parser', problem, problemMark, contextMark);
  }

  private pop(): State {
    return this.states.pop()!;
  }

  /** yaml_parser_parse: the next event (StreamEnd forever after the end). */
  next(): YamlEvent {
    if (this.done || this.s.ended || this.state === State.End) {
      return event(Ev.None, ZERO, ZERO);
    }
    const e = this.stateMachine();
    if (e.type === Ev.StreamEnd) this.done = true;
    return e;
  }

  private stateMachine(): YamlEvent {
    switch (this.state) {
      case State.StreamStart:
        return this.parseStreamStart();
      case State.ImplicitDocumentStart:
        return this.parseDocumentStart(true);
      case State.DocumentStart:
        return this.parseDocumentStart(false);
      case State.DocumentContent:
        return this.parseDocumentContent();
      case State.DocumentEnd:
        return this.parseDocumentEnd();
      case State.BlockNode:
        return this.parseNode(true, false);
      case State.BlockNodeOrIndentlessSequence:
        return this.parseNode(true, true);
      case State.FlowNode:
        return this.parseNode(false, false);
      case State.BlockSequenceFirstEntry:
        return this.parseBlockSequenceEntry(true);
      case State.BlockSequenceEntry:
        return this.parseBlockSequenceEntry(false);
      case State.IndentlessSequenceEntry:
        return this.parseIndentlessSequenceEntry();
      case State.BlockMappingFirstKey:
        return this.parseBlockMappingKey(true);
      case State.BlockMappingKey:
        return this.parseBlockMappingKey(false);
      case State.BlockMappingValue:
        return this.parseBlockMappingValue();
      case State.FlowSequenceFirstEntry:
        return this.parseFlowSequenceEntry(true);
      case State.FlowSequenceEntry:
        return this.parseFlowSequenceEntry(false);
      case State.FlowSequenceEntryMappingKey:
        return this.parseFlowSequenceEntryMappingKey();
      case State.FlowSequenceEntryMappingValue:
        return this.parseFlowSequenceEntryMappingValue();
      case State.FlowSequenceEntryMappingEnd:
        return this.parseFlowSequenceEntryMappingEnd();
      case State.FlowMappingFirstKey:
        return this.parseFlowMappingKey(true);
      case State.FlowMappingKey:
        return this.parseFlowMappingKey(false);
      case State.FlowMappingValue:
        return this.parseFlowMappingValue(false);
      case State.FlowMappingEmptyValue:
        return this.parseFlowMappingValue(true);
    }
    throw new Error('invalid parser state');
  }

  // stream ::= STREAM-START implicit_document? explicit_document* STREAM-END
  private parseStreamStart(): YamlEvent {
    const t = this.s.peek();
    if (t.type !== Tok.StreamStart) this.fail('did not find expected <stream-start>', t.start);
    this.state = State.ImplicitDocumentStart;
    this.s.next();
    return event(Ev.StreamStart, t.start, t.end);
  }

  // implicit_document ::= block_node DOCUMENT-END*
  // explicit_document ::= DIRECTIVE* DOCUMENT-START block_node? DOCUMENT-END*
  private parseDocumentStart(implicit: boolean): YamlEvent {
    let t = this.s.peek();
    if (!implicit) {
      while (t.type === Tok.DocumentEnd) {
        this.s.next();
        t = this.s.peek();
      }
    }
    if (
      implicit &&
      t.type !== Tok.VersionDirective &&
      t.type !== Tok.TagDirective &&
      t.type !== Tok.DocumentStart &&
      t.type !== Tok.StreamEnd
    ) {
      this.processDirectives();
      this.states.push(State.DocumentEnd);
      this.state = State.BlockNode;
      return event(Ev.DocumentStart, t.start, t.end, { implicit: true });
    }
    if (t.type !== Tok.StreamEnd) {
      const start = t.start;
      this.processDirectives();
      t = this.s.peek();
      if (t.type !== Tok.DocumentStart) this.fail('did not find expected <document start>', t.start);
      this.states.push(State.DocumentEnd);
      this.state = State.DocumentContent;
      const e = event(Ev.DocumentStart, start, t.end);
      this.s.next();
      return e;
    }
    this.state = State.End;
    this.s.next();
    return event(Ev.StreamEnd, t.start, t.end);
  }

  private parseDocumentContent(): YamlEvent {
    const t = this.s.peek();
    if (
      t.type === Tok.VersionDirective ||
      t.type === Tok.TagDirective ||
      t.type === Tok.DocumentStart ||
      t.type === Tok.DocumentEnd ||
      t.type === Tok.StreamEnd
    ) {
      this.state = this.pop();
      return this.emptyScalar(t.start);
    }
    return this.parseNode(true, false);
  }

  private parseDocumentEnd(): YamlEvent {
    const t = this.s.peek();
    const start = t.start;
    let end = t.start;
    let implicit = true;
    if (t.type === Tok.DocumentEnd) {
      end = t.end;
      this.s.next();
      implicit = false;
    }
    this.tagDirectives = [];
    this.state = State.DocumentStart;
    return event(Ev.DocumentEnd, start, end, { implicit });
  }

  // block_node, flow_node, properties, block_content, flow_content
  private parseNode(block: boolean, indentlessSequence: boolean): YamlEvent {
    let t: Token = this.s.peek();
    if (t.type === Tok.Alias) {
      this.state = this.pop();
      this.s.next();
      return event(Ev.Alias, t.start, t.end, { anchor: utf8.decode(new Uint8Array(t.value)) });
    }
    let start = t.start;
    let end = t.start;
    let tagToken = false;
    let tagHandle: number[] = [];
    let tagSuffix: number[] = [];
    let anchor: string | null = null;
    let tagMark = ZERO;
    if (t.type === Tok.Anchor) {
      anchor = utf8.decode(new Uint8Array(t.value));
      start = t.start;
      end = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type === Tok.Tag) {
        tagToken = true;
        tagHandle = t.value;
        tagSuffix = t.suffix;
        tagMark = t.start;
        end = t.end;
        this.s.next();
        t = this.s.peek();
      }
    } else if (t.type === Tok.Tag) {
      tagToken = true;
      tagHandle = t.value;
      tagSuffix = t.suffix;
      start = t.start;
      tagMark = t.start;
      end = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type === Tok.Anchor) {
        anchor = utf8.decode(new Uint8Array(t.value));
        end = t.end;
        this.s.next();
        t = this.s.peek();
      }
    }

    let tag = '';
    if (tagToken) {
      const suffix = utf8.decode(new Uint8Array(tagSuffix));
      if (tagHandle.length === 0) {
        tag = suffix;
      } else {
        const handle = utf8.decode(new Uint8Array(tagHandle));
        const d = this.tagDirectives.find((x) => x.handle === handle);
        if (d) tag = d.prefix + suffix;
        if (tag.length === 0) this.fail('found undefined tag handle', tagMark, start);
      }
    }

    const implicit = tag.length === 0;
    if (indentlessSequence && t.type === Tok.BlockEntry) {
      this.state = State.IndentlessSequenceEntry;
      return event(Ev.SequenceStart, start, t.end, { anchor, tag, implicit });
    }
    if (t.type === Tok.Scalar) {
      let plainImplicit = false;
      let quotedImplicit = false;
      if ((tag.length === 0 && t.style === Style.Plain) || tag === '!') plainImplicit = true;
      else if (tag.length === 0) quotedImplicit = true;
      this.state = this.pop();
      this.s.next();
      return event(Ev.Scalar, start, t.end, {
        anchor,
        tag,
        value: new Uint8Array(t.value),
        implicit: plainImplicit,
        quotedImplicit,
        style: t.style,
      });
    }
    if (t.type === Tok.FlowSequenceStart) {
      this.state = State.FlowSequenceFirstEntry;
      return event(Ev.SequenceStart, start, t.end, { anchor, tag, implicit, flow: true });
    }
    if (t.type === Tok.FlowMappingStart) {
      this.state = State.FlowMappingFirstKey;
      return event(Ev.MappingStart, start, t.end, { anchor, tag, implicit, flow: true });
    }
    if (block && t.type === Tok.BlockSequenceStart) {
      this.state = State.BlockSequenceFirstEntry;
      return event(Ev.SequenceStart, start, t.end, { anchor, tag, implicit });
    }
    if (block && t.type === Tok.BlockMappingStart) {
      this.state = State.BlockMappingFirstKey;
      return event(Ev.MappingStart, start, t.end, { anchor, tag, implicit });
    }
    if (anchor !== null || tag.length > 0) {
      this.state = this.pop();
      return event(Ev.Scalar, start, end, { anchor, tag, implicit, style: Style.Plain });
    }
    this.fail('did not find expected node content', t.start, start);
  }

  // block_sequence ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY block_node?)* BLOCK-END
  private parseBlockSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.s.peek().start);
      this.s.next();
    }
    let t = this.s.peek();
    if (t.type === Tok.BlockEntry) {
      const m = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.BlockEntry && t.type !== Tok.BlockEnd) {
        this.states.push(State.BlockSequenceEntry);
        return this.parseNode(true, false);
      }
      this.state = State.BlockSequenceEntry;
      return this.emptyScalar(m);
    }
    if (t.type === Tok.BlockEnd) {
      this.state = this.pop();
      this.marks.pop();
      this.s.next();
      return event(Ev.SequenceEnd, t.start, t.end);
    }
    const contextMark = this.marks.pop()!;
    this.fail("did not find expected '-' indicator", t.start, contextMark);
  }

  // indentless_sequence ::= (BLOCK-ENTRY block_node?)+
  private parseIndentlessSequenceEntry(): YamlEvent {
    let t = this.s.peek();
    if (t.type === Tok.BlockEntry) {
      const m = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.BlockEntry && t.type !== Tok.Key && t.type !== Tok.Value && t.type !== Tok.BlockEnd) {
        this.states.push(State.IndentlessSequenceEntry);
        return this.parseNode(true, false);
      }
      this.state = State.IndentlessSequenceEntry;
      return this.emptyScalar(m);
    }
    this.state = this.pop();
    return event(Ev.SequenceEnd, t.start, t.start);
  }

  // block_mapping ::= BLOCK-MAPPING_START ((KEY node?)? (VALUE node?)?)* BLOCK-END
  private parseBlockMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.s.peek().start);
      this.s.next();
    }
    let t = this.s.peek();
    if (t.type === Tok.Key) {
      const m = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.Key && t.type !== Tok.Value && t.type !== Tok.BlockEnd) {
        this.states.push(State.BlockMappingValue);
        return this.parseNode(true, true);
      }
      this.state = State.BlockMappingValue;
      return this.emptyScalar(m);
    }
    if (t.type === Tok.BlockEnd) {
      this.state = this.pop();
      this.marks.pop();
      this.s.next();
      return event(Ev.MappingEnd, t.start, t.end);
    }
    const contextMark = this.marks.pop()!;
    this.fail('did not find expected key', t.start, contextMark);
  }

  private parseBlockMappingValue(): YamlEvent {
    let t = this.s.peek();
    if (t.type === Tok.Value) {
      const m = t.end;
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.Key && t.type !== Tok.Value && t.type !== Tok.BlockEnd) {
        this.states.push(State.BlockMappingKey);
        return this.parseNode(true, true);
      }
      this.state = State.BlockMappingKey;
      return this.emptyScalar(m);
    }
    this.state = State.BlockMappingKey;
    return this.emptyScalar(t.start);
  }

  // flow_sequence ::= FLOW-SEQUENCE-START (flow_sequence_entry FLOW-ENTRY)* flow_sequence_entry? FLOW-SEQUENCE-END
  private parseFlowSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.s.peek().start);
      this.s.next();
    }
    let t = this.s.peek();
    if (t.type !== Tok.FlowSequenceEnd) {
      if (!first) {
        if (t.type === Tok.FlowEntry) {
          this.s.next();
          t = this.s.peek();
        } else {
          const contextMark = this.marks.pop()!;
          this.fail("did not find expected ',' or ']'", t.start, contextMark);
        }
      }
      if (t.type === Tok.Key) {
        this.state = State.FlowSequenceEntryMappingKey;
        this.s.next();
        return event(Ev.MappingStart, t.start, t.end, { implicit: true, flow: true });
      } else if (t.type !== Tok.FlowSequenceEnd) {
        this.states.push(State.FlowSequenceEntry);
        return this.parseNode(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.s.next();
    return event(Ev.SequenceEnd, t.start, t.end);
  }

  private parseFlowSequenceEntryMappingKey(): YamlEvent {
    const t = this.s.peek();
    if (t.type !== Tok.Value && t.type !== Tok.FlowEntry && t.type !== Tok.FlowSequenceEnd) {
      this.states.push(State.FlowSequenceEntryMappingValue);
      return this.parseNode(false, false);
    }
    const m = t.end;
    this.s.next();
    this.state = State.FlowSequenceEntryMappingValue;
    return this.emptyScalar(m);
  }

  private parseFlowSequenceEntryMappingValue(): YamlEvent {
    let t = this.s.peek();
    if (t.type === Tok.Value) {
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.FlowEntry && t.type !== Tok.FlowSequenceEnd) {
        this.states.push(State.FlowSequenceEntryMappingEnd);
        return this.parseNode(false, false);
      }
    }
    this.state = State.FlowSequenceEntryMappingEnd;
    return this.emptyScalar(t.start);
  }

  private parseFlowSequenceEntryMappingEnd(): YamlEvent {
    const t = this.s.peek();
    this.state = State.FlowSequenceEntry;
    return event(Ev.MappingEnd, t.start, t.start);
  }

  // flow_mapping ::= FLOW-MAPPING-START (flow_mapping_entry FLOW-ENTRY)* flow_mapping_entry? FLOW-MAPPING-END
  private parseFlowMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.s.peek().start);
      this.s.next();
    }
    let t = this.s.peek();
    if (t.type !== Tok.FlowMappingEnd) {
      if (!first) {
        if (t.type === Tok.FlowEntry) {
          this.s.next();
          t = this.s.peek();
        } else {
          const contextMark = this.marks.pop()!;
          this.fail("did not find expected ',' or '}'", t.start, contextMark);
        }
      }
      if (t.type === Tok.Key) {
        this.s.next();
        t = this.s.peek();
        if (t.type !== Tok.Value && t.type !== Tok.FlowEntry && t.type !== Tok.FlowMappingEnd) {
          this.states.push(State.FlowMappingValue);
          return this.parseNode(false, false);
        }
        this.state = State.FlowMappingValue;
        return this.emptyScalar(t.start);
      } else if (t.type !== Tok.FlowMappingEnd) {
        this.states.push(State.FlowMappingEmptyValue);
        return this.parseNode(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.s.next();
    return event(Ev.MappingEnd, t.start, t.end);
  }

  private parseFlowMappingValue(empty: boolean): YamlEvent {
    let t = this.s.peek();
    if (empty) {
      this.state = State.FlowMappingKey;
      return this.emptyScalar(t.start);
    }
    if (t.type === Tok.Value) {
      this.s.next();
      t = this.s.peek();
      if (t.type !== Tok.FlowEntry && t.type !== Tok.FlowMappingEnd) {
        this.states.push(State.FlowMappingKey);
        return this.parseNode(false, false);
      }
    }
    this.state = State.FlowMappingKey;
    return this.emptyScalar(t.start);
  }

  private emptyScalar(m: Mark): YamlEvent {
    return event(Ev.Scalar, m, m, { implicit: true, style: Style.Plain });
  }

  private processDirectives(): void {
    let t = this.s.peek();
    let version = false;
    while (t.type === Tok.VersionDirective || t.type === Tok.TagDirective) {
      if (t.type === Tok.VersionDirective) {
        if (version) this.fail('found duplicate %YAML directive', t.start);
        // go-yaml v2 reads YAML 1.1 only.
        if (t.major !== 1 || t.minor !== 1) this.fail('found incompatible YAML document', t.start);
        version = true;
      } else {
        const handle = utf8.decode(new Uint8Array(t.value));
        const prefix = utf8.decode(new Uint8Array(t.prefix));
        this.appendTagDirective(handle, prefix, false, t.start);
      }
      this.s.next();
      t = this.s.peek();
    }
    this.appendTagDirective('!', '!', true, t.start);
    this.appendTagDirective('!!', 'tag:yaml.org,2002:', true, t.start);
  }

  private appendTagDirective(handle: string, prefix: string, allowDuplicates: boolean, m: Mark): void {
    if (this.tagDirectives.some((d) => d.handle === handle)) {
      if (allowDuplicates) return;
      this.fail('found duplicate %TAG directive', m);
    }
    this.tagDirectives.push({ handle, prefix });
  }
}
