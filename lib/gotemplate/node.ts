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

// Fields are `declare`d and assigned in constructors: class-field initializers (define
// semantics) made node construction the parser's main cost in V8.
export abstract class BaseNode {
  declare readonly type: NodeType;
  declare readonly tr: Tree;
  declare readonly pos: number;
  constructor(tr: Tree, pos: number) {
    this.tr = tr;
    this.pos = pos;
  }
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
  declare readonly type: typeof NodeList;
  declare nodes: Node[];
  constructor(tr: Tree, pos: number) {
    super(tr, pos);
    this.type = NodeList;
    this.nodes = [];
  }
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
  declare readonly type: typeof NodeText;
  declare readonly text: string;
  constructor(tr: Tree, pos: number, text: string) {
    super(tr, pos);
    this.type = NodeText;
    this.text = text;
  }
  String(): string {
    return this.text;
  }
}

/** CommentNode holds a comment (only with the ParseComments mode). */
export class CommentNode extends BaseNode {
  declare readonly type: typeof NodeComment;
  declare readonly text: string;
  constructor(tr: Tree, pos: number, text: string) {
    super(tr, pos);
    this.type = NodeComment;
    this.text = text;
  }
  String(): string {
    return '{{' + this.text + '}}';
  }
}

/** PipeNode holds a pipeline with optional declaration. */
export class PipeNode extends BaseNode {
  declare readonly type: typeof NodePipe;
  declare readonly line: number;
  /** the variables are being assigned, not declared */
  declare isAssign: boolean;
  /** variables in lexical order */
  declare decl: VariableNode[];
  /** the commands in lexical order */
  declare cmds: CommandNode[];
  constructor(tr: Tree, pos: number, line: number) {
    super(tr, pos);
    this.type = NodePipe;
    this.line = line;
    this.isAssign = false;
    this.decl = [];
    this.cmds = [];
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
  declare readonly type: typeof NodeAction;
  declare readonly line: number;
  declare readonly pipe: PipeNode;
  constructor(tr: Tree, pos: number, line: number, pipe: PipeNode) {
    super(tr, pos);
    this.type = NodeAction;
    this.line = line;
    this.pipe = pipe;
  }
  String(): string {
    return '{{' + this.pipe.String() + '}}';
  }
}

/** CommandNode holds a command (a pipeline inside an evaluating action). */
export class CommandNode extends BaseNode {
  declare readonly type: typeof NodeCommand;
  /** arguments in lexical order: identifier, field, or constant */
  declare args: Node[];
  constructor(tr: Tree, pos: number) {
    super(tr, pos);
    this.type = NodeCommand;
    this.args = [];
  }
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
  declare readonly type: typeof NodeIdentifier;
  declare readonly ident: string;
  constructor(tr: Tree, pos: number, ident: string) {
    super(tr, pos);
    this.type = NodeIdentifier;
    this.ident = ident;
  }
  String(): string {
    return this.ident;
  }
}

/** VariableNode holds a variable name and its chained fields; "$" is part of the name. */
export class VariableNode extends BaseNode {
  declare readonly type: typeof NodeVariable;
  declare readonly ident: string[];
  constructor(tr: Tree, pos: number, ident: string) {
    super(tr, pos);
    this.type = NodeVariable;
    this.ident = ident.split('.');
  }
  String(): string {
    return this.ident.join('.');
  }
}

/** DotNode holds the special identifier '.'. */
export class DotNode extends BaseNode {
  declare readonly type: typeof NodeDot;
  constructor(tr: Tree, pos: number) {
    super(tr, pos);
    this.type = NodeDot;
  }
  String(): string {
    return '.';
  }
}

/** NilNode holds the untyped nil constant. */
export class NilNode extends BaseNode {
  declare readonly type: typeof NodeNil;
  constructor(tr: Tree, pos: number) {
    super(tr, pos);
    this.type = NodeNil;
  }
  String(): string {
    return 'nil';
  }
}

/** FieldNode holds a field (identifier starting with '.'), possibly chained (.x.y). */
export class FieldNode extends BaseNode {
  declare readonly type: typeof NodeField;
  /** the identifiers in lexical order, without their periods */
  declare readonly ident: string[];
  constructor(tr: Tree, pos: number, ident: string) {
    super(tr, pos);
    this.type = NodeField;
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
  declare readonly type: typeof NodeChain;
  declare readonly node: Node;
  /** the identifiers in lexical order, without their periods */
  declare field: string[];
  constructor(tr: Tree, pos: number, node: Node) {
    super(tr, pos);
    this.type = NodeChain;
    this.node = node;
    this.field = [];
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
  declare readonly type: typeof NodeBool;
  declare readonly value: boolean;
  constructor(tr: Tree, pos: number, value: boolean) {
    super(tr, pos);
    this.type = NodeBool;
    this.value = value;
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
  declare readonly type: typeof NodeNumber;
  declare readonly text: string;
  declare isInt: boolean;
  declare isUint: boolean;
  declare isFloat: boolean;
  declare isComplex: boolean;
  declare int64: bigint;
  declare uint64: bigint;
  declare float64: number;
  declare complex: [number, number];
  constructor(tr: Tree, pos: number, text: string) {
    super(tr, pos);
    this.type = NodeNumber;
    this.text = text;
    this.isInt = false;
    this.isUint = false;
    this.isFloat = false;
    this.isComplex = false;
    this.int64 = 0n;
    this.uint64 = 0n;
    this.float64 = 0;
    this.complex = [0, 0];
  }
  String(): string {
    return this.text;
  }
}

/** StringNode holds a string constant; text is after quote processing. */
export class StringNode extends BaseNode {
  declare readonly type: typeof NodeString;
  /** the original text of the string, with quotes */
  declare readonly quoted: string;
  declare readonly text: string;
  constructor(tr: Tree, pos: number, quoted: string, text: string) {
    super(tr, pos);
    this.type = NodeString;
    this.quoted = quoted;
    this.text = text;
  }
  String(): string {
    return this.quoted;
  }
}

/** EndNode represents {{end}}; it never appears in the final tree. */
export class EndNode extends BaseNode {
  declare readonly type: typeof nodeEnd;
  constructor(tr: Tree, pos: number) {
    super(tr, pos);
    this.type = nodeEnd;
  }
  String(): string {
    return '{{end}}';
  }
}

/** ElseNode represents {{else}}; it never appears in the final tree. */
export class ElseNode extends BaseNode {
  declare readonly type: typeof nodeElse;
  declare readonly line: number;
  constructor(tr: Tree, pos: number, line: number) {
    super(tr, pos);
    this.type = nodeElse;
    this.line = line;
  }
  String(): string {
    return '{{else}}';
  }
}

/** BranchNode is the common representation of if, range, and with. */
abstract class BranchNode extends BaseNode {
  declare readonly line: number;
  /** the pipeline to be evaluated */
  declare readonly pipe: PipeNode;
  /** what to execute if the value is non-empty */
  declare readonly list: ListNode;
  /** what to execute if the value is empty (null if absent) */
  declare readonly elseList: ListNode | null;
  constructor(tr: Tree, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | null) {
    super(tr, pos);
    this.line = line;
    this.pipe = pipe;
    this.list = list;
    this.elseList = elseList;
  }
  protected abstract keyword(): string;
  String(): string {
    let s = '{{' + this.keyword() + ' ' + this.pipe.String() + '}}' + this.list.String();
    if (this.elseList !== null) s += '{{else}}' + this.elseList.String();
    return s + '{{end}}';
  }
}

/** IfNode represents an {{if}} action and its commands. */
export class IfNode extends BranchNode {
  declare readonly type: typeof NodeIf;
  constructor(tr: Tree, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | null) {
    super(tr, pos, line, pipe, list, elseList);
    this.type = NodeIf;
  }
  protected keyword(): string {
    return 'if';
  }
}

/** RangeNode represents a {{range}} action and its commands. */
export class RangeNode extends BranchNode {
  declare readonly type: typeof NodeRange;
  constructor(tr: Tree, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | null) {
    super(tr, pos, line, pipe, list, elseList);
    this.type = NodeRange;
  }
  protected keyword(): string {
    return 'range';
  }
}

/** WithNode represents a {{with}} action and its commands. */
export class WithNode extends BranchNode {
  declare readonly type: typeof NodeWith;
  constructor(tr: Tree, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | null) {
    super(tr, pos, line, pipe, list, elseList);
    this.type = NodeWith;
  }
  protected keyword(): string {
    return 'with';
  }
}

/** BreakNode represents a {{break}} action. */
export class BreakNode extends BaseNode {
  declare readonly type: typeof NodeBreak;
  declare readonly line: number;
  constructor(tr: Tree, pos: number, line: number) {
    super(tr, pos);
    this.type = NodeBreak;
    this.line = line;
  }
  String(): string {
    return '{{break}}';
  }
}

/** ContinueNode represents a {{continue}} action. */
export class ContinueNode extends BaseNode {
  declare readonly type: typeof NodeContinue;
  declare readonly line: number;
  constructor(tr: Tree, pos: number, line: number) {
    super(tr, pos);
    this.type = NodeContinue;
    this.line = line;
  }
  String(): string {
    return '{{continue}}';
  }
}

/** TemplateNode represents a {{template}} action. */
export class TemplateNode extends BaseNode {
  declare readonly type: typeof NodeTemplate;
  declare readonly line: number;
  /** the name of the template (unquoted) */
  declare readonly name: string;
  /** the command to evaluate as dot for the template */
  declare readonly pipe: PipeNode | null;
  constructor(tr: Tree, pos: number, line: number, name: string, pipe: PipeNode | null) {
    super(tr, pos);
    this.type = NodeTemplate;
    this.line = line;
    this.name = name;
    this.pipe = pipe;
  }
  String(): string {
    let s = '{{template ' + quote(this.name);
    if (this.pipe !== null) s += ' ' + this.pipe.String();
    return s + '}}';
  }
}
