// Go's text/template/parse/node.go: the parse tree. Every node keeps its start
// position (a UTF-16 index into its tree's text) and prints itself back as source
// (String), which is what exec errors show between < and >.
import type { Tree } from './parse';
import { quote } from './strconv';

// Node types, numbered as in Go. Plain numbers so the executor's switch is cheap.
export const NodeText = 0;
export const NodeAction = 1;
export const NodeBool = 2;
export const NodeChain = 3;
export const NodeCommand = 4;
export const NodeDot = 5;
export const nodeElse = 6;
export const nodeEnd = 7;
export const NodeField = 8;
export const NodeIdentifier = 9;
export const NodeIf = 10;
export const NodeList = 11;
export const NodeNil = 12;
export const NodeNumber = 13;
export const NodePipe = 14;
export const NodeRange = 15;
export const NodeString = 16;
export const NodeTemplate = 17;
export const NodeVariable = 18;
export const NodeWith = 19;
export const NodeComment = 20;
export const NodeBreak = 21;
export const NodeContinue = 22;

export type NodeType = number;

export abstract class BaseNode {
  abstract readonly type: NodeType;
  constructor(
    readonly tr: Tree,
    readonly pos: number,
  ) {}
  abstract String(): string;
  toString(): string {
    return this.String();
  }
}

export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | PipeNode
  | ActionNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | EndNode
  | ElseNode
  | IfNode
  | RangeNode
  | WithNode
  | BreakNode
  | ContinueNode
  | TemplateNode;

/** ListNode holds a sequence of nodes. */
export class ListNode extends BaseNode {
  readonly type = NodeList;
  nodes: Node[] = [];
  append(n: Node): void {
    this.nodes.push(n);
  }
  String(): string {
    let s = '';
    for (const n of this.nodes) s += n.String();
    return s;
  }
}

/** TextNode holds plain text. */
export class TextNode extends BaseNode {
  readonly type = NodeText;
  constructor(tr: Tree, pos: number, readonly text: string) {
    super(tr, pos);
  }
  String(): string {
    return this.text;
  }
}

/** CommentNode holds a comment (only with the ParseComments mode). */
export class CommentNode extends BaseNode {
  readonly type = NodeComment;
  constructor(tr: Tree, pos: number, readonly text: string) {
    super(tr, pos);
  }
  String(): string {
    return '{{' + this.text + '}}';
  }
}

/** PipeNode holds a pipeline with optional declaration. */
export class PipeNode extends BaseNode {
  readonly type = NodePipe;
  isAssign = false;
  decl: VariableNode[] = [];
  cmds: CommandNode[] = [];
  constructor(tr: Tree, pos: number, readonly line: number) {
    super(tr, pos);
  }
  append(c: CommandNode): void {
    this.cmds.push(c);
  }
  String(): string {
    let s = '';
    if (this.decl.length > 0) {
      s = this.decl.map((v) => v.String()).join(', ');
      s += this.isAssign ? ' = ' : ' := ';
    }
    return s + this.cmds.map((c) => c.String()).join(' | ');
  }
}

/** ActionNode holds an action (something bounded by delimiters). */
export class ActionNode extends BaseNode {
  readonly type = NodeAction;
  constructor(tr: Tree, pos: number, readonly line: number, readonly pipe: PipeNode) {
    super(tr, pos);
  }
  String(): string {
    return '{{' + this.pipe.String() + '}}';
  }
}

/** CommandNode holds a command (a pipeline inside an evaluating action). */
export class CommandNode extends BaseNode {
  readonly type = NodeCommand;
  args: Node[] = [];
  append(n: Node): void {
    this.args.push(n);
  }
  String(): string {
    let s = '';
    for (let i = 0; i < this.args.length; i++) {
      if (i > 0) s += ' ';
      const a = this.args[i];
      s += a.type === NodePipe ? '(' + a.String() + ')' : a.String();
    }
    return s;
  }
}

/** IdentifierNode holds an identifier: always a function name. */
export class IdentifierNode extends BaseNode {
  readonly type = NodeIdentifier;
  constructor(tr: Tree, pos: number, readonly ident: string) {
    super(tr, pos);
  }
  String(): string {
    return this.ident;
  }
}

/** VariableNode holds a variable name and its chained fields; "$" is part of the name. */
export class VariableNode extends BaseNode {
  readonly type = NodeVariable;
  readonly ident: string[];
  constructor(tr: Tree, pos: number, ident: string) {
    super(tr, pos);
    this.ident = ident.split('.');
  }
  String(): string {
    return this.ident.join('.');
  }
}

/** DotNode holds the special identifier '.'. */
export class DotNode extends BaseNode {
  readonly type = NodeDot;
  String(): string {
    return '.';
  }
}

/** NilNode holds the untyped nil constant. */
export class NilNode extends BaseNode {
  readonly type = NodeNil;
  String(): string {
    return 'nil';
  }
}

/** FieldNode holds a field (identifier starting with '.'), possibly chained (.x.y). */
export class FieldNode extends BaseNode {
  readonly type = NodeField;
  readonly ident: string[];
  constructor(tr: Tree, pos: number, ident: string) {
    super(tr, pos);
    this.ident = ident.slice(1).split('.'); // drop the leading period
  }
  String(): string {
    let s = '';
    for (const id of this.ident) s += '.' + id;
    return s;
  }
}

/** ChainNode holds a term followed by field accesses: (pipe).a.b, fn.a. */
export class ChainNode extends BaseNode {
  readonly type = NodeChain;
  field: string[] = [];
  constructor(tr: Tree, pos: number, readonly node: Node) {
    super(tr, pos);
  }
  /** Adds the named field, which starts with a period. */
  add(field: string): void {
    if (field.length === 0 || field[0] !== '.') throw new Error('no dot in field');
    field = field.slice(1);
    if (field === '') throw new Error('empty field');
    this.field.push(field);
  }
  String(): string {
    let s = this.node.type === NodePipe ? '(' + this.node.String() + ')' : this.node.String();
    for (const f of this.field) s += '.' + f;
    return s;
  }
}

/** BoolNode holds a boolean constant. */
export class BoolNode extends BaseNode {
  readonly type = NodeBool;
  constructor(tr: Tree, pos: number, readonly value: boolean) {
    super(tr, pos);
  }
  String(): string {
    return this.value ? 'true' : 'false';
  }
}

/**
 * NumberNode holds a number: signed or unsigned integer, float, or complex. The value
 * is parsed and stored under all the types that can represent it, which simulates Go's
 * ideal constants (see parse.ts newNumber).
 */
export class NumberNode extends BaseNode {
  readonly type = NodeNumber;
  isInt = false;
  isUint = false;
  isFloat = false;
  isComplex = false;
  int64 = 0n;
  uint64 = 0n;
  float64 = 0;
  complex: [number, number] = [0, 0];
  constructor(tr: Tree, pos: number, readonly text: string) {
    super(tr, pos);
  }
  String(): string {
    return this.text;
  }
}

/** StringNode holds a string constant; text is after quote processing. */
export class StringNode extends BaseNode {
  readonly type = NodeString;
  constructor(tr: Tree, pos: number, readonly quoted: string, readonly text: string) {
    super(tr, pos);
  }
  String(): string {
    return this.quoted;
  }
}

/** EndNode represents {{end}}; it never appears in the final tree. */
export class EndNode extends BaseNode {
  readonly type = nodeEnd;
  String(): string {
    return '{{end}}';
  }
}

/** ElseNode represents {{else}}; it never appears in the final tree. */
export class ElseNode extends BaseNode {
  readonly type = nodeElse;
  constructor(tr: Tree, pos: number, readonly line: number) {
    super(tr, pos);
  }
  String(): string {
    return '{{else}}';
  }
}

/** BranchNode is the common representation of if, range, and with. */
abstract class BranchNode extends BaseNode {
  constructor(
    tr: Tree,
    pos: number,
    readonly line: number,
    readonly pipe: PipeNode,
    readonly list: ListNode,
    readonly elseList: ListNode | null,
  ) {
    super(tr, pos);
  }
  protected abstract readonly keyword: string;
  String(): string {
    let s = '{{' + this.keyword + ' ' + this.pipe.String() + '}}' + this.list.String();
    if (this.elseList !== null) s += '{{else}}' + this.elseList.String();
    return s + '{{end}}';
  }
}

export class IfNode extends BranchNode {
  readonly type = NodeIf;
  protected readonly keyword = 'if';
}

export class RangeNode extends BranchNode {
  readonly type = NodeRange;
  protected readonly keyword = 'range';
}

export class WithNode extends BranchNode {
  readonly type = NodeWith;
  protected readonly keyword = 'with';
}

export class BreakNode extends BaseNode {
  readonly type = NodeBreak;
  constructor(tr: Tree, pos: number, readonly line: number) {
    super(tr, pos);
  }
  String(): string {
    return '{{break}}';
  }
}

export class ContinueNode extends BaseNode {
  readonly type = NodeContinue;
  constructor(tr: Tree, pos: number, readonly line: number) {
    super(tr, pos);
  }
  String(): string {
    return '{{continue}}';
  }
}

/** TemplateNode represents a {{template}} action. */
export class TemplateNode extends BaseNode {
  readonly type = NodeTemplate;
  constructor(
    tr: Tree,
    pos: number,
    readonly line: number,
    readonly name: string,
    readonly pipe: PipeNode | null,
  ) {
    super(tr, pos);
  }
  String(): string {
    let s = '{{template ' + quote(this.name);
    if (this.pipe !== null) s += ' ' + this.pipe.String();
    return s + '}}';
  }
}
