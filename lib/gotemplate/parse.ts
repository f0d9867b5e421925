// Go's text/template/parse/parse.go: a recursive-descent parser over the pull lexer,
// with Go's three-token look-ahead, its variable scoping, its error texts and line
// numbers. One parse yields a set of trees: the top-level one plus one per define/block.
import { Item, ItemType, Lexer, itemString } from './lex';
import { byteLength } from './utf8';
import {
  ActionNode, BoolNode, BreakNode, ChainNode, CommandNode, CommentNode, ContinueNode, DotNode,
  ElseNode, EndNode, FieldNode, IdentifierNode, IfNode, ListNode, NilNode, NumberNode, PipeNode,
  RangeNode, StringNode, TemplateNode, TextNode, VariableNode, WithNode,
  NodeBool, NodeDot, NodeField, NodeNil, NodeNumber, NodeString, NodeVariable, nodeElse, nodeEnd,
  NodeAction, NodeComment, NodeIf, NodeList, NodeRange, NodeTemplate, NodeText, NodeWith,
  type Node,
} from './node';
import { TemplateError } from './errors';
import { isBlank, parseFloat64, parseInt0, parseUint0, quote, unquote, unquoteCharConstant } from './strconv';

/** Reports whether a function name is defined (template funcs or builtins). */
export type HasFunction = (name: string) => boolean;

export const ParseComments = 1;
export const SkipFuncCheck = 2;

// maxStackDepth is the maximum depth permitted for nested parenthesized expressions.
const maxStackDepth = 10000;
// maxPipelineCmds is the maximum number of commands permitted for a single pipeline.
const maxPipelineCmds = 100000;

const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;

/** Tree is the representation of a single parsed template. */
export class Tree {
  name: string;
  /** name of the top-level template during parsing, for error messages */
  parseName = '';
  root: ListNode | null = null;
  mode = 0;
  /** text parsed to create the template (or its parent) */
  text = '';
  // Parsing only; cleared after parse.
  private hasFunc: HasFunction | null = null;
  private lex: Lexer | null = null;
  private token: Item[] = [EOF_ITEM, EOF_ITEM, EOF_ITEM];
  private peekCount = 0;
  private vars: string[] = [];
  private treeSet: Map<string, Tree> | null = null;
  private actionLine = 0;
  private rangeDepth = 0;
  private stackDepth = 0;

  constructor(name: string, hasFunc?: HasFunction) {
    this.name = name;
    this.hasFunc = hasFunc ?? null;
  }

  // next returns the next token.
  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex!.nextItem();
    return this.token[this.peekCount];
  }

  // backup backs the input stream up one token.
  private backup(): void {
    this.peekCount++;
  }

  // backup2 backs the input stream up two tokens. The zeroth token is already there.
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  // backup3 backs the input stream up three tokens. The zeroth token is already there.
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  // peek returns but does not consume the next token.
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex!.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): Item {
    let token: Item;
    for (;;) {
      token = this.next();
      if (token.typ !== ItemType.Space) break;
    }
    return token;
  }

  private peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  /** Go's Tree.ErrorContext: "NAME:LINE:COL" (COL a 0-based byte offset) and the node's source. */
  errorContext(n: Node): { location: string; line: number; col: number; context: string } {
    const tree = n.tr ?? this;
    const { line, col } = lineCol(tree.text, n.pos);
    return { location: `${tree.parseName}:${line}:${col}`, line, col, context: n.String() };
  }

  // errorf formats the error and terminates processing.
  errorf(msg: string): never {
    this.root = null;
    throw new TemplateError({ kind: 'parse', template: this.parseName, line: this.token[0].line, message: msg });
  }

  // expect consumes the next token and guarantees it has the required type.
  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  // expectOneOf consumes the next token and guarantees it has one of the required types.
  private expectOneOf(expected1: ItemType, expected2: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected1 && token.typ !== expected2) this.unexpected(token, context);
    return token;
  }

  // unexpected complains about the token and terminates processing.
  private unexpected(token: Item, context: string): never {
    if (token.typ === ItemType.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length); // avoid "action in action"
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  private startParse(hasFunc: HasFunction | null, lex: Lexer, treeSet: Map<string, Tree>): void {
    this.root = null;
    this.lex = lex;
    this.vars = ['$'];
    this.hasFunc = hasFunc;
    this.treeSet = treeSet;
    this.stackDepth = 0;
    lex.options = {
      emitComment: (this.mode & ParseComments) !== 0,
      breakOK: !this.hasFunction('break'),
      continueOK: !this.hasFunction('continue'),
    };
  }

  private stopParse(): void {
    this.lex = null;
    this.vars = [];
    this.hasFunc = null;
    this.treeSet = null;
  }

  /**
   * Parses the template definition string; embedded definitions are added to treeSet.
   * Throws a TemplateError of kind 'parse'.
   */
  parse(text: string, treeSet: Map<string, Tree>): Tree {
    this.parseName = this.name;
    const lexer = new Lexer(text);
    this.startParse(this.hasFunc, lexer, treeSet);
    this.text = text;
    try {
      this.parseTop();
      this.add();
    } finally {
      this.stopParse();
    }
    return this;
  }

  // add adds tree to t.treeSet.
  private add(): void {
    const tree = this.treeSet!.get(this.name);
    if (tree === undefined || isEmptyTree(tree.root)) {
      this.treeSet!.set(this.name, this);
      return;
    }
    if (!isEmptyTree(this.root)) this.errorf(`template: multiple definition of template ${quote(this.name)}`);
  }

  // parse is the top-level parser for a template, essentially the same as itemList
  // except it also parses {{define}} actions. It runs to EOF.
  private parseTop(): void {
    this.root = new ListNode(this, this.peek().pos);
    while (this.peek().typ !== ItemType.EOF) {
      if (this.peek().typ === ItemType.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === ItemType.Define) {
          const newT = new Tree('definition'); // name will be updated once we know it.
          newT.text = this.text;
          newT.mode = this.mode;
          newT.parseName = this.parseName;
          newT.startParse(this.hasFunc, this.lex!, this.treeSet!);
          newT.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === nodeEnd || n.type === nodeElse) this.errorf(`unexpected ${n.String()}`);
      else this.root.append(n);
    }
  }

  // parseDefinition parses a {{define}} ... {{end}} template definition and installs
  // the definition in treeSet. The "define" keyword has already been scanned.
  private parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
    this.name = this.unquoteOrError(name.val);
    this.expect(ItemType.RightDelim, context);
    const [list, end] = this.itemList();
    this.root = list;
    if (end.type !== nodeEnd) this.errorf(`unexpected ${end.String()} in ${context}`);
    this.add();
    this.stopParse();
  }

  // itemList:
  //	textOrAction*
  // Terminates at {{end}} or {{else}}, returned separately.
  private itemList(): [ListNode, Node] {
    const list = new ListNode(this, this.peekNonSpace().pos);
    while (this.peekNonSpace().typ !== ItemType.EOF) {
      const n = this.textOrAction();
      if (n.type === nodeEnd || n.type === nodeElse) return [list, n];
      list.append(n);
    }
    this.errorf('unexpected EOF');
  }

  // textOrAction:
  //	text | comment | action
  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Text:
        return new TextNode(this, token.pos, token.val);
      case ItemType.LeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case ItemType.Comment:
        return new CommentNode(this, token.pos, token.val);
      default:
        this.unexpected(token, 'input');
    }
  }

  // Action:
  //	control
  //	command ("|" command)*
  // Left delim is past. Now get actions. First word could be a keyword such as range.
  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Block:
        return this.blockControl();
      case ItemType.Break:
        return this.breakControl(token.pos, token.line);
      case ItemType.Continue:
        return this.continueControl(token.pos, token.line);
      case ItemType.Else:
        return this.elseControl();
      case ItemType.End:
        return this.endControl();
      case ItemType.If:
        return this.ifControl();
      case ItemType.Range:
        return this.rangeControl();
      case ItemType.Template:
        return this.templateControl();
      case ItemType.With:
        return this.withControl();
    }
    this.backup();
    const tok = this.peek();
    // Do not pop variables; they persist until "end".
    return new ActionNode(this, tok.pos, tok.line, this.pipeline('command', ItemType.RightDelim));
  }

  // Break:
  //	{{break}}
  // Break keyword is past.
  private breakControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, '{{break}}');
    if (this.rangeDepth === 0) this.errorf('{{break}} outside {{range}}');
    return new BreakNode(this, pos, line);
  }

  // Continue:
  //	{{continue}}
  // Continue keyword is past.
  private continueControl(pos: number, line: number): Node {
    const token = this.nextNonSpace();
    if (token.typ !== ItemType.RightDelim) this.unexpected(token, '{{continue}}');
    if (this.rangeDepth === 0) this.errorf('{{continue}} outside {{range}}');
    return new ContinueNode(this, pos, line);
  }

  // Pipeline:
  //	declarations? command ('|' command)*
  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe = new PipeNode(this, token.pos, token.line);
    // Are there declarations or assignments?
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ === ItemType.Variable) {
        this.next();
        // Since space is a token, we need 3-token look-ahead here in the worst case:
        // in "$x foo" we need to read "foo" (as opposed to ":=") to know that $x is an
        // argument variable rather than a declaration. So remember the token adjacent
        // to the variable so we can push it back if necessary.
        const tokenAfterVariable = this.peek();
        const next = this.peekNonSpace();
        if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
          pipe.isAssign = next.typ === ItemType.Assign;
          this.nextNonSpace();
          pipe.decl.push(new VariableNode(this, v.pos, v.val));
          this.vars.push(v.val);
        } else if (next.typ === ItemType.Char && next.val === ',') {
          this.nextNonSpace();
          pipe.decl.push(new VariableNode(this, v.pos, v.val));
          this.vars.push(v.val);
          if (context === 'range' && pipe.decl.length < 2) {
            const p = this.peekNonSpace().typ;
            if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen) {
              // second initialized variable in a range pipeline
              continue decls;
            }
            this.errorf('range can only initialize variables');
          }
          this.errorf(`too many declarations in ${context}`);
        } else if (tokenAfterVariable.typ === ItemType.Space) {
          this.backup3(v, tokenAfterVariable);
        } else {
          this.backup2(v);
        }
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          // At this point, the pipeline is complete.
          this.checkPipeline(pipe, context);
          return pipe;
        case ItemType.Bool: case ItemType.CharConstant: case ItemType.Complex: case ItemType.Dot:
        case ItemType.Field: case ItemType.Identifier: case ItemType.Number: case ItemType.Nil:
        case ItemType.RawString: case ItemType.String: case ItemType.Variable: case ItemType.LeftParen:
          this.backup();
          pipe.append(this.command());
          if (pipe.cmds.length > maxPipelineCmds) this.errorf('pipeline too long');
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    // Reject empty pipelines.
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    // Only the first command of a pipeline can start with a non executable operand.
    for (let i = 1; i < pipe.cmds.length; i++) {
      switch (pipe.cmds[i].args[0].type) {
        case NodeBool: case NodeDot: case NodeNil: case NodeNumber: case NodeString:
          // With A|B|C, pipeline stage 2 is B.
          this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }

  private parseControl(context: string): [number, number, PipeNode, ListNode, ListNode | null] {
    const varsMark = this.vars.length;
    try {
      const pipe = this.pipeline(context, ItemType.RightDelim);
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === nodeElse) {
        // Special case for "else if" and "else with": treat
        //	{{if a}}_{{else if b}}_{{end}}
        // as
        //	{{if a}}_{{else}}{{if b}}_{{end}}{{end}}.
        // Parse the "if" as usual and stop at its {{end}}; the subsequent {{end}} is
        // assumed. This works even for long if-else-if chains.
        if (context === 'if' && this.peek().typ === ItemType.If) {
          this.next(); // Consume the "if" token.
          elseList = new ListNode(this, next.pos);
          elseList.append(this.ifControl());
        } else if (context === 'with' && this.peek().typ === ItemType.With) {
          this.next();
          elseList = new ListNode(this, next.pos);
          elseList.append(this.withControl());
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== nodeEnd) this.errorf(`expected end; found ${next.String()}`);
        }
      }
      return [pipe.pos, pipe.line, pipe, list, elseList];
    } finally {
      this.vars.length = varsMark;
    }
  }

  // If:
  //	{{if pipeline}} itemList {{end}}
  //	{{if pipeline}} itemList {{else}} itemList {{end}}
  // If keyword is past.
  private ifControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('if');
    return new IfNode(this, pos, line, pipe, list, elseList);
  }

  // Range:
  //	{{range pipeline}} itemList {{end}}
  //	{{range pipeline}} itemList {{else}} itemList {{end}}
  // Range keyword is past.
  private rangeControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('range');
    return new RangeNode(this, pos, line, pipe, list, elseList);
  }

  // With:
  //	{{with pipeline}} itemList {{end}}
  //	{{with pipeline}} itemList {{else}} itemList {{end}}
  // With keyword is past.
  private withControl(): Node {
    const [pos, line, pipe, list, elseList] = this.parseControl('with');
    return new WithNode(this, pos, line, pipe, list, elseList);
  }

  // End:
  //	{{end}}
  // End keyword is past.
  private endControl(): Node {
    return new EndNode(this, this.expect(ItemType.RightDelim, 'end').pos);
  }

  // Else:
  //	{{else}}
  // Else keyword is past.
  private elseControl(): Node {
    const peek = this.peekNonSpace();
    // "{{else if ..." and "{{else with ..." are treated as "{{else}}{{if ..." and
    // "{{else}}{{with ...", so return the else node here.
    if (peek.typ === ItemType.If || peek.typ === ItemType.With) return new ElseNode(this, peek.pos, peek.line);
    const token = this.expect(ItemType.RightDelim, 'else');
    return new ElseNode(this, token.pos, token.line);
  }

  // Block:
  //	{{block stringValue pipeline}}
  // Block keyword is past. The name must be something that can evaluate to a string.
  // The pipeline is mandatory.
  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, ItemType.RightDelim);

    const block = new Tree(name); // name will be updated once we know it.
    block.text = this.text;
    block.mode = this.mode;
    block.parseName = this.parseName;
    block.startParse(this.hasFunc, this.lex!, this.treeSet!);
    const [list, end] = block.itemList();
    block.root = list;
    if (end.type !== nodeEnd) this.errorf(`unexpected ${end.String()} in ${context}`);
    block.add();
    block.stopParse();

    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  // Template:
  //	{{template stringValue pipeline}}
  // Template keyword is past. The name must be something that can evaluate to a string.
  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== ItemType.RightDelim) {
      this.backup();
      // Do not pop variables; they persist until "end".
      pipe = this.pipeline(context, ItemType.RightDelim);
    }
    return new TemplateNode(this, token.pos, token.line, name, pipe);
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === ItemType.String || token.typ === ItemType.RawString) return this.unquoteOrError(token.val);
    this.unexpected(token, context);
  }

  // command:
  //	operand (space operand)*
  // space-separated arguments up to a pipeline character or right delimiter.
  // We consume the pipe character but leave the right delim to terminate the action.
  private command(): CommandNode {
    const cmd = new CommandNode(this, this.peekNonSpace().pos);
    for (;;) {
      this.peekNonSpace(); // skip leading spaces.
      const operand = this.operand();
      if (operand !== null) cmd.append(operand);
      const token = this.next();
      if (token.typ === ItemType.Space) continue;
      if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen) this.backup();
      else if (token.typ !== ItemType.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  // operand:
  //	term .Field*
  // An operand is a space-separated component of a command, a term possibly followed
  // by field accesses. A null return means the next item is not an operand.
  private operand(): Node | null {
    let node = this.term();
    if (node === null) return null;
    if (this.peek().typ === ItemType.Field) {
      const chain = new ChainNode(this, this.peek().pos, node);
      while (this.peek().typ === ItemType.Field) chain.add(this.next().val);
      // Compatibility with original API: if the term is of type NodeField or
      // NodeVariable, just put more fields on the original. Otherwise keep the chain.
      // Obvious parsing errors involving literal values are detected here; more
      // complex error cases have to be handled at execution time.
      switch (node.type) {
        case NodeField:
          node = new FieldNode(this, chain.pos, chain.String());
          break;
        case NodeVariable:
          node = new VariableNode(this, chain.pos, chain.String());
          break;
        case NodeBool: case NodeString: case NodeNumber: case NodeNil: case NodeDot:
          this.errorf(`unexpected . after term ${quote(node.String())}`);
        default:
          node = chain;
      }
    }
    return node;
  }

  // term:
  //	literal (number, string, nil, boolean)
  //	function (identifier)
  //	.
  //	.Field
  //	$
  //	'(' pipeline ')'
  // A term is a simple "expression". A null return means the next item is not a term.
  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Identifier: {
        const checkFunc = (this.mode & SkipFuncCheck) === 0;
        if (checkFunc && !this.hasFunction(token.val)) this.errorf(`function ${quote(token.val)} not defined`);
        return new IdentifierNode(this, token.pos, token.val);
      }
      case ItemType.Dot:
        return new DotNode(this, token.pos);
      case ItemType.Nil:
        return new NilNode(this, token.pos);
      case ItemType.Variable:
        return this.useVar(token.pos, token.val);
      case ItemType.Field:
        return new FieldNode(this, token.pos, token.val);
      case ItemType.Bool:
        return new BoolNode(this, token.pos, token.val === 'true');
      case ItemType.CharConstant: case ItemType.Complex: case ItemType.Number:
        return this.newNumber(token.pos, token.val, token.typ);
      case ItemType.LeftParen: {
        if (this.stackDepth >= maxStackDepth) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', ItemType.RightParen);
        } finally {
          this.stackDepth--;
        }
      }
      case ItemType.String: case ItemType.RawString:
        return new StringNode(this, token.pos, token.val, this.unquoteOrError(token.val));
    }
    this.backup();
    return null;
  }

  private unquoteOrError(s: string): string {
    try {
      return unquote(s);
    } catch (e) {
      this.errorf((e as Error).message);
    }
  }

  // newNumber parses a number constant under every type that can represent it.
  private newNumber(pos: number, text: string, typ: ItemType): NumberNode {
    const n = new NumberNode(this, pos, text);
    if (typ === ItemType.CharConstant) {
      let r: { rune: number; tail: string };
      try {
        r = unquoteCharConstant(text);
      } catch (e) {
        this.errorf((e as Error).message);
      }
      if (r.tail !== "'") this.errorf(`malformed character constant: ${text}`);
      n.int64 = BigInt(r.rune);
      n.isInt = true;
      n.uint64 = BigInt(r.rune);
      n.isUint = true;
      n.float64 = r.rune; // odd but those are the rules.
      n.isFloat = true;
      return n;
    }
    if (typ === ItemType.Complex) {
      // fmt.Sscan of "a+bi".
      const m = /^(.*[^eEpP])([+-].*)i$/.exec(text);
      const re = m ? parseFloat64(m[1]) : null;
      const im = m ? parseFloat64(m[2]) : null;
      if (re === null || im === null) this.errorf('expected integer');
      n.isComplex = true;
      n.complex = [re, im];
      simplifyComplex(n);
      return n;
    }
    // Imaginary constants can only be complex unless they are zero.
    if (text.length > 0 && text[text.length - 1] === 'i') {
      const f = parseFloat64(text.slice(0, -1));
      if (f !== null) {
        n.isComplex = true;
        n.complex = [0, f];
        simplifyComplex(n);
        return n;
      }
    }
    // Do integer test first so we get 0x123 etc.
    const u = parseUint0(text); // will fail for -0; fixed below.
    if (u !== null) {
      n.isUint = true;
      n.uint64 = u;
    }
    const i = parseInt0(text);
    if (i !== null) {
      n.isInt = true;
      n.int64 = i;
      if (i === 0n) {
        n.isUint = true; // in case of -0.
        n.uint64 = u ?? 0n;
      }
    }
    // If an integer extraction succeeded, promote the float.
    if (n.isInt) {
      n.isFloat = true;
      n.float64 = Number(n.int64);
    } else if (n.isUint) {
      n.isFloat = true;
      n.float64 = Number(n.uint64);
    } else {
      const f = parseFloat64(text);
      if (f !== null) {
        // If we parsed it as a float but it looks like an integer,
        // it's a huge number too large to fit in an int. Reject it.
        if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${quote(text)}`);
        n.isFloat = true;
        n.float64 = f;
        // If a floating-point extraction succeeded, extract the int if needed.
        if (!n.isInt && Number.isInteger(f) && f >= -TWO63 && f < TWO63) {
          n.isInt = true;
          n.int64 = BigInt(f);
        }
        if (!n.isUint && Number.isInteger(f) && f >= 0 && f < TWO64) {
          n.isUint = true;
          n.uint64 = BigInt(f);
        }
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) this.errorf(`illegal number syntax: ${quote(text)}`);
    return n;
  }

  // hasFunction reports if a function name exists in the Tree's maps.
  private hasFunction(name: string): boolean {
    return this.hasFunc !== null && this.hasFunc(name);
  }

  // useVar returns a node for a variable reference. It errors if the variable is not defined.
  private useVar(pos: number, name: string): Node {
    const v = new VariableNode(this, pos, name);
    for (const varName of this.vars) if (varName === v.ident[0]) return v;
    this.errorf(`undefined variable ${quote(v.ident[0])}`);
  }
}

const EOF_ITEM: Item = { typ: ItemType.EOF, pos: 0, val: 'EOF', line: 0 };

// simplifyComplex pulls out any other types that are represented by the complex number.
// These all require that the imaginary part be zero.
function simplifyComplex(n: NumberNode): void {
  n.isFloat = n.complex[1] === 0;
  if (n.isFloat) {
    const f = n.complex[0];
    n.float64 = f;
    n.isInt = Number.isInteger(f) && f >= -TWO63 && f < TWO63;
    if (n.isInt) n.int64 = BigInt(f);
    n.isUint = Number.isInteger(f) && f >= 0 && f < TWO64;
    if (n.isUint) n.uint64 = BigInt(f);
  }
}

/** IsEmptyTree reports whether this tree (node) is empty of everything but space or comments. */
export function isEmptyTree(n: Node | null): boolean {
  if (n === null) return true;
  switch (n.type) {
    case NodeAction: case NodeIf: case NodeRange: case NodeTemplate: case NodeWith:
      return false;
    case NodeComment:
      return true;
    case NodeList:
      for (const node of (n as ListNode).nodes) if (!isEmptyTree(node)) return false;
      return true;
    case NodeText:
      return isBlank((n as TextNode).text);
  }
  throw new Error('unknown node: ' + n.String());
}


/** 1-based line and 0-based byte column of a UTF-16 position, as Go's ErrorContext computes them. */
export function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  const col = byteLength(nl === -1 ? before : before.slice(nl + 1));
  return { line, col };
}

/**
 * Go's parse.Parse: the trees of one text (the top-level one named `name`, plus one
 * per define/block), keyed by name. Throws a TemplateError of kind 'parse'.
 */
export function parseTrees(name: string, text: string, hasFunc: HasFunction, mode = 0): Map<string, Tree> {
  const treeSet = new Map<string, Tree>();
  const t = new Tree(name, hasFunc);
  t.mode = mode;
  t.text = text;
  t.parse(text, treeSet);
  return treeSet;
}
