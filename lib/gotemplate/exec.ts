// Go's text/template/exec.go: walks a parse tree, evaluating pipelines against data.
//
// Go's reflect.Value has states the JS value model folds together, and Helm's error
// texts depend on them, so the executor keeps them apart:
//   undefined  the invalid reflect.Value: a missing value once it went through a
//              pipeline (evalPipeline unwraps interfaces), or nil data. Prints <no value>.
//   null       a nil interface{}: what a map yields for a nil or (missingkey=zero) a
//              missing entry. `.a.b` on it fails with "nil pointer evaluating interface {}.b".
// Values read out of maps and lists have the static type interface{} in Go, which
// shows in "can't evaluate field X in type interface {}"; the executor tracks that bit
// (`iface`) for dot, variables and field-chain receivers, where it is visible. It also
// tracks whether a value is addressable (`addr`: a struct field reached through a
// pointer, kept as it is by dot, variables, and/or): printing one calls a String method
// declared on the pointer receiver, which fmt cannot see on the copy a function gets.
import { GoFuncValue, GoStruct, type GoMap, type GoValue, Int64, elemZero, int64, intValue, isInt, isMap, isTrue, sortedKeys } from './value';
import { formatFloatG, formatV } from './fmt';
import {
  type ActionNode, type ChainNode, type CommandNode, type FieldNode, type IdentifierNode, type ListNode,
  type Node, type NumberNode, type PipeNode, type RangeNode, type TemplateNode, type VariableNode,
  NodeAction, NodeBool, NodeBreak, NodeChain, NodeComment, NodeContinue, NodeDot, NodeField,
  NodeIdentifier, NodeIf, NodeList, NodeNil, NodeNumber, NodePipe, NodeRange, NodeString,
  NodeTemplate, NodeText, NodeVariable, NodeWith,
} from './node';
import { type Tree, lineCol } from './parse';
import { ExecAbort, TemplateError, errorText, isStackOverflow } from './errors';
import { Budget, CLOCK_EVERY } from './limits';
import { builtins, call as builtinCall, rawResult, truth } from './builtins';
import { type Callable, type Param, argValue, assignable, canBeNil, goMethods, isIntParam, isUintParam, paramTypeName, typeName, zeroOf } from './types';
import { quote } from './strconv';

/** Go's missingkey option: what a map lookup of a missing key yields. */
export type MissingKey = 'default' | 'zero' | 'error';

/** What an execution needs from its template set. */
export interface ExecEnv {
  lookup(name: string): Tree | undefined;
  /** template funcs (they override builtins of the same name) */
  funcs: Record<string, Callable>;
  /** funcs shared with other sets, consulted after `funcs` (a function map built once, not copied) */
  baseFuncs?: Record<string, Callable>;
  missingKey: MissingKey;
}

/** The "no final argument" marker of evalCommand (Go's missingVal). */
const missingVal = Symbol('missingVal');
type Final = GoValue | typeof missingVal;

// Walk results: how a walk ended, so range can consume {{break}} and {{continue}}
// without exceptions.
const walkNormal = 0;
const walkBreak = 1;
const walkContinue = 2;

/** The output shared by a template and the templates it calls. */
export class Output {
  s = '';
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * state represents the state of an execution. It's not part of the template so that
 * multiple executions of the same template can execute in parallel.
 */
export class State {
  /** current node, for errors */
  node: Node | null = null;
  // The variable stack: names, values and whether each value's static type is interface{}.
  private varNames: string[] = [];
  private varValues: GoValue[] = [];
  private varIface: boolean[] = [];
  private varAddr: boolean[] = [];
  /** whether dot's static type is interface{} (an element of a list or map) */
  private dotIface = false;
  /** whether dot is addressable */
  private dotAddr = false;
  /** whether the value evalField (or varValue) just returned has static type interface{} */
  private lastIface = false;
  /** whether the value a command or pipeline just returned is addressable */
  private lastAddr = false;
  /** whether the final argument of the command being evaluated (the pipeline so far) is addressable */
  private finalAddr = false;

  constructor(
    readonly env: ExecEnv,
    /** name of the template being executed */
    readonly name: string,
    readonly tree: Tree,
    readonly out: Output,
    readonly budget: Budget,
  ) {}

  // push pushes a new variable on the stack.
  private push(name: string, value: GoValue, iface: boolean, addr = false): void {
    this.varNames.push(name);
    this.varValues.push(value);
    this.varIface.push(iface);
    this.varAddr.push(addr);
  }

  // mark returns the length of the variable stack.
  private mark(): number {
    return this.varNames.length;
  }

  // pop pops the variable stack up to the mark.
  private pop(mark: number): void {
    if (this.varNames.length === mark) return;
    this.varNames.length = mark;
    this.varValues.length = mark;
    this.varIface.length = mark;
    this.varAddr.length = mark;
  }

  // setVar overwrites the last declared variable with the given name. Used by variable assignments.
  private setVar(name: string, value: GoValue, iface: boolean, addr = false): void {
    for (let i = this.varNames.length - 1; i >= 0; i--) {
      if (this.varNames[i] === name) {
        this.varValues[i] = value;
        this.varIface[i] = iface;
        this.varAddr[i] = addr;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // setTopVar overwrites the top-nth variable on the stack. Used by range iterations.
  private setTopVar(n: number, value: GoValue, iface: boolean): void {
    const i = this.varNames.length - n;
    this.varValues[i] = value;
    this.varIface[i] = iface;
    this.varAddr[i] = false;
  }

  // varValue returns the value of the named variable.
  private varValue(name: string): GoValue {
    for (let i = this.varNames.length - 1; i >= 0; i--) {
      if (this.varNames[i] === name) {
        this.lastIface = this.varIface[i];
        this.lastAddr = this.varAddr[i];
        return this.varValues[i];
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // at marks the state to be on node n, for error reporting.
  private at(node: Node): void {
    this.node = node;
  }

  private location(kind: 'exec' | 'limit', message: string, cause?: unknown): TemplateError {
    const n = this.node;
    if (n === null) return new TemplateError({ kind, template: this.name, executing: this.name, message, cause });
    const { line, col } = lineCol(n.tr.text, n.pos);
    return new TemplateError({
      kind,
      template: n.tr.parseName,
      executing: this.name,
      line,
      col,
      context: n.String(),
      message,
      cause,
    });
  }

  // errorf records an ExecError and terminates processing.
  errorf(message: string, cause?: unknown): never {
    throw this.location('exec', message, cause);
  }

  private limitf(message: string): never {
    throw this.location('limit', message);
  }

  // step counts one unit of work against the shared budget; the clock is read rarely.
  private step(): void {
    const b = this.budget;
    if ((++b.steps & (CLOCK_EVERY - 1)) !== 0) return;
    if (b.steps > b.limits.maxSteps) this.limitf(`exceeded maximum execution steps (${b.limits.maxSteps})`);
    if (Date.now() > b.deadline) this.limitf(`exceeded maximum execution time (${b.limits.maxMillis} ms)`);
  }

  private write(s: string): void {
    this.out.s += s;
    const b = this.budget;
    b.output += s.length;
    if (b.output > b.limits.maxOutputBytes) this.limitf(`exceeded maximum output size (${b.limits.maxOutputBytes} bytes)`);
  }

  /** Runs the template on data: Go's execute after its checks. */
  run(data: GoValue): void {
    // reflect.ValueOf(nil) is the invalid value.
    const value = data === null ? undefined : data;
    this.push('$', value, false);
    if (this.tree.root === null) {
      this.errorf(`${quote(this.name)} is an incomplete or empty template`);
    }
    this.walkList(value, this.tree.root);
  }

  // walkList walks a list's nodes. It is walk's NodeList case, called directly where a
  // list is known (a template's root, an if's branches): a nested include runs inside all
  // of these frames, and each frame less lets Helm's 1000 nested includes fit in the
  // JavaScript stack.
  walkList(dot: GoValue, list: ListNode): number {
    this.at(list);
    this.step();
    const nodes = list.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const r = this.walk(dot, nodes[i]);
      if (r !== walkNormal) return r;
    }
    return walkNormal;
  }

  // Walk functions step through the major pieces of the template structure,
  // generating output as they go.
  walk(dot: GoValue, node: Node): number {
    this.at(node);
    this.step();
    switch (node.type) {
      case NodeAction: {
        // Do not pop variables so they persist until next end.
        // Also, if the action declares variables, don't print the result.
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val, this.lastAddr);
        return walkNormal;
      }
      case NodeText:
        this.write(node.text);
        return walkNormal;
      case NodeList: {
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) {
          const r = this.walk(dot, nodes[i]);
          if (r !== walkNormal) return r;
        }
        return walkNormal;
      }
      case NodeIf:
        return this.walkIfOrWith(NodeIf, dot, node.pipe, node.list, node.elseList);
      case NodeWith:
        return this.walkIfOrWith(NodeWith, dot, node.pipe, node.list, node.elseList);
      case NodeRange:
        this.walkRange(dot, node);
        return walkNormal;
      case NodeTemplate:
        this.walkTemplate(dot, node);
        return walkNormal;
      case NodeBreak:
        return walkBreak;
      case NodeContinue:
        return walkContinue;
      case NodeComment:
        return walkNormal;
    }
    this.errorf(`unknown node: ${node.String()}`);
  }

  // walkIfOrWith walks an 'if' or 'with' node. The two control structures behave
  // identically except that 'with' sets dot.
  private walkIfOrWith(typ: number, dot: GoValue, pipe: PipeNode, list: ListNode, elseList: ListNode | null): number {
    const mark = this.mark();
    const val = this.evalPipeline(dot, pipe);
    let r = walkNormal;
    if (isTrue(val)) {
      if (typ === NodeWith) {
        const saved = this.dotIface;
        const savedAddr = this.dotAddr;
        this.dotIface = false;
        this.dotAddr = this.lastAddr;
        r = this.walkList(val, list);
        this.dotIface = saved;
        this.dotAddr = savedAddr;
      } else {
        r = this.walkList(dot, list);
      }
    } else if (elseList !== null) {
      r = this.walkList(dot, elseList);
    }
    this.pop(mark);
    return r;
  }

  private walkRange(dot: GoValue, r: RangeNode): void {
    this.at(r);
    const outerMark = this.mark();
    const val = this.evalPipeline(dot, r.pipe);
    // mark top of stack before any variables in the body are pushed.
    const mark = this.mark();
    const decl = r.pipe.decl;
    const nd = decl.length;
    const isAssign = r.pipe.isAssign;
    const savedIface = this.dotIface;
    const savedAddr = this.dotAddr;
    this.dotAddr = false;
    // oneIteration runs the body once; it reports whether the range must stop.
    const oneIteration = (index: GoValue, elem: GoValue, elemIface: boolean): boolean => {
      if (nd > 0) {
        if (isAssign) {
          // With two variables, index comes first. With one, we use the element.
          if (nd > 1) this.setVar(decl[0].ident[0], index, false);
          else this.setVar(decl[0].ident[0], elem, elemIface);
        } else {
          // Set top var (lexically the second if there are two) to the element.
          this.setTopVar(1, elem, elemIface);
        }
      }
      if (nd > 1) {
        if (isAssign) this.setVar(decl[1].ident[0], elem, elemIface);
        else this.setTopVar(2, index, false); // lexically the first: the index
      }
      this.dotIface = elemIface;
      const res = this.walk(elem, r.list);
      this.pop(mark);
      return res === walkBreak;
    };
    let ran = false;
    if (isInt(val)) {
      if (nd > 1) this.errorf(`can't use ${formatV(val)} to iterate over more than one variable`);
      // The elements have the integer's own type (reflect.Value.Seq).
      const wrap = val instanceof Int64;
      const end = intValue(val);
      for (let i = 0n; i < end; i++) {
        ran = true;
        // Pass element as second value, as we do for channels.
        if (oneIteration(undefined, wrap ? int64(i) : i, false)) break;
      }
    } else if (Array.isArray(val)) {
      const n = val.length;
      for (let i = 0; i < n; i++) {
        ran = true;
        const e = val[i];
        if (oneIteration(BigInt(i), e === undefined ? null : e, true)) break;
      }
    } else if (val instanceof Uint8Array) {
      const n = val.length;
      for (let i = 0; i < n; i++) {
        ran = true;
        if (oneIteration(BigInt(i), BigInt(val[i]), false)) break;
      }
    } else if (val !== undefined && val !== null && isMap(val)) {
      // Sorted keys, and the values as they were when the range started (fmtsort).
      const keys = sortedKeys(val);
      const values = keys.map((k) => val[k]);
      for (let i = 0; i < keys.length; i++) {
        ran = true;
        const e = values[i];
        if (oneIteration(keys[i], e === undefined ? null : e, true)) break;
      }
    } else if (val !== undefined && val !== null) {
      // An invalid value is likely a nil map, etc. and acts like an empty map;
      // anything else cannot be ranged over.
      this.errorf(`range can't iterate over ${formatV(val)}`);
    }
    this.dotIface = savedIface;
    this.dotAddr = savedAddr;
    if (!ran && r.elseList !== null) this.walk(dot, r.elseList);
    this.pop(outerMark);
  }

  private walkTemplate(dot: GoValue, t: TemplateNode): void {
    this.at(t);
    const tmpl = this.env.lookup(t.name);
    if (tmpl === undefined) this.errorf(`template ${quote(t.name)} not defined`);
    const b = this.budget;
    if (b.depth >= b.limits.maxDepth) this.errorf(`exceeded maximum template depth (${b.limits.maxDepth})`);
    // Variables declared by the pipeline persist.
    const value = this.evalPipeline(dot, t.pipe);
    const newState: State = new State(this.env, t.name, tmpl, this.out, b);
    // No dynamic scoping: template invocations inherit no variables.
    newState.push('$', value, false, this.lastAddr);
    newState.dotAddr = this.lastAddr;
    b.depth++;
    try {
      const root = tmpl.root;
      if (root === null) newState.errorf(`${quote(t.name)} is an incomplete or empty template`);
      newState.walk(value, root);
    } catch (e) {
      // JavaScript's stack ends long before Go's depth limit does: report the same error.
      if (isStackOverflow(e)) {
        this.at(t);
        this.errorf(`exceeded maximum template depth (${b.limits.maxDepth})`);
      }
      throw e;
    } finally {
      b.depth--;
    }
  }

  // Eval functions evaluate pipelines, commands, and their elements and extract
  // values from the data structure by examining fields, calling methods, and so on.
  // The printing of those values happens only through walk functions.

  // evalPipeline returns the value acquired by evaluating a pipeline. If the pipeline
  // has a variable declaration, the variable will be pushed on the stack. Callers
  // should therefore pop the stack after they are finished executing commands
  // depending on the pipeline value.
  evalPipeline(dot: GoValue, pipe: PipeNode | null): GoValue {
    if (pipe === null) {
      this.lastAddr = false;
      return undefined;
    }
    this.at(pipe);
    let value: Final = missingVal;
    const cmds = pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      value = this.evalCommand(dot, cmds[i], value); // previous value is this one's final arg.
      // If the object has type interface{}, dig down one level to the thing inside.
      if (value === null) value = undefined;
    }
    const v = value as GoValue;
    const addr = this.lastAddr;
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.setVar(variable.ident[0], v, false, addr);
      else this.push(variable.ident[0], v, false, addr);
    }
    return v;
  }

  private notAFunction(args: Node[] | null, final: Final): void {
    if ((args !== null && args.length > 1) || final !== missingVal) {
      this.errorf(`can't give argument to non-function ${args![0].String()}`);
    }
  }

  private evalCommand(dot: GoValue, cmd: CommandNode, final: Final): GoValue {
    this.step();
    this.finalAddr = final !== missingVal && this.lastAddr;
    this.lastAddr = false;
    const firstWord = cmd.args[0];
    switch (firstWord.type) {
      case NodeField:
        return this.evalFieldNode(dot, firstWord, cmd.args, final);
      case NodeChain:
        return this.evalChainNode(dot, firstWord, cmd.args, final);
      case NodeIdentifier:
        // Must be a function.
        return this.evalFunction(dot, firstWord, cmd, cmd.args, final);
      case NodePipe:
        // Parenthesized pipeline. The arguments are all inside the pipeline; final must be absent.
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, firstWord);
      case NodeVariable:
        return this.evalVariableNode(dot, firstWord, cmd.args, final);
    }
    this.at(firstWord);
    this.notAFunction(cmd.args, final);
    switch (firstWord.type) {
      case NodeBool:
        return firstWord.value;
      case NodeDot:
        this.lastAddr = this.dotAddr;
        return dot;
      case NodeNil:
        this.errorf('nil is not a command');
      case NodeNumber:
        return this.idealConstant(firstWord);
      case NodeString:
        return firstWord.text;
    }
    this.errorf(`can't evaluate command ${quote(firstWord.String())}`);
  }

  // idealConstant is called to return the value of a number in a context where we
  // don't know the type. In that case, the syntax of the number tells us its type,
  // and we use Go rules to resolve. Note there is no such thing as a uint ideal
  // constant in this situation - the value must be of int type.
  private idealConstant(constant: NumberNode): GoValue {
    this.at(constant);
    if (constant.isComplex) return complexValue(constant.complex[0], constant.complex[1]);
    if (constant.isFloat && !isHexInt(constant.text) && !isRuneInt(constant.text) && /[.eEpP]/.test(constant.text)) {
      return constant.float64;
    }
    if (constant.isInt) return constant.int64;
    if (constant.isUint) this.errorf(`${constant.text} overflows int`);
    return undefined;
  }

  private evalFieldNode(dot: GoValue, field: FieldNode, args: Node[] | null, final: Final): GoValue {
    this.at(field);
    return this.evalFieldChain(dot, dot, this.dotIface, this.dotAddr, field, field.ident, 0, args, final);
  }

  private evalChainNode(dot: GoValue, chain: ChainNode, args: Node[] | null, final: Final): GoValue {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === NodeNil) this.errorf(`indirection through explicit nil in ${chain.String()}`);
    // (pipe).Field1.Field2 has pipe as .Node, fields as .Field. Eval the pipeline, then the fields.
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, false, this.lastAddr, chain, chain.field, 0, args, final);
  }

  private evalVariableNode(dot: GoValue, variable: VariableNode, args: Node[] | null, final: Final): GoValue {
    // $x.Field has $x as the first ident, Field as the second. Eval the var, then the fields.
    this.at(variable);
    const value = this.varValue(variable.ident[0]);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, this.lastIface, this.lastAddr, variable, variable.ident, 1, args, final);
  }

  // evalFieldChain evaluates .X.Y.Z possibly followed by arguments. dot is the
  // environment in which to evaluate arguments, while receiver is the value being walked
  // along the chain.
  private evalFieldChain(
    dot: GoValue, receiver: GoValue, iface: boolean, addr: boolean, node: Node,
    ident: string[], start: number, args: Node[] | null, final: Final,
  ): GoValue {
    const n = ident.length;
    for (let i = start; i < n - 1; i++) {
      receiver = this.evalField(dot, ident[i], node, null, missingVal, receiver, iface, addr);
      iface = this.lastIface;
      addr = this.lastAddr;
    }
    // Now if it's a method, it gets the arguments.
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, iface, addr);
  }

  private evalFunction(dot: GoValue, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): GoValue {
    this.at(node);
    const name = node.ident;
    const funcs = this.env.funcs;
    if (hasOwn.call(funcs, name)) {
      const f = funcs[name];
      if (f !== undefined) return this.evalCall(dot, f, false, cmd, name, args, final);
    }
    const base = this.env.baseFuncs;
    if (base !== undefined && hasOwn.call(base, name)) {
      const f = base[name];
      if (f !== undefined) return this.evalCall(dot, f, false, cmd, name, args, final);
    }
    const b = builtins[name];
    if (b === undefined) this.errorf(`${quote(name)} is not a defined function`);
    return this.evalCall(dot, b, true, cmd, name, args, final);
  }

  // evalField evaluates an expression like (.Field) or (.Field arg1 arg2). The 'final'
  // argument represents the return value from the preceding value of the pipeline, if any.
  private evalField(
    dot: GoValue, fieldName: string, node: Node, args: Node[] | null, final: Final,
    receiver: GoValue, recvIface: boolean, recvAddr: boolean,
  ): GoValue {
    this.lastAddr = false;
    if (receiver === undefined) {
      if (this.env.missingKey === 'error') {
        // Treat invalid value as missing map key.
        this.errorf(`nil data; no entry for key ${quote(fieldName)}`);
      }
      this.lastIface = false;
      return undefined;
    }
    if (receiver === null) {
      // Calling a method on a nil interface can't work.
      this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    }
    const hasArgs = (args !== null && args.length > 1) || final !== missingVal;
    if (receiver instanceof GoStruct) {
      const methods = receiver.methods;
      if (hasOwn.call(methods, fieldName)) {
        const v = this.evalCall(dot, methods[fieldName], false, node, fieldName, args, final);
        this.lastIface = v === null;
        return v;
      }
      const fields = receiver.fields;
      if (hasOwn.call(fields, fieldName)) {
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        const v = fields[fieldName];
        if (v === undefined || v === null) {
          this.lastIface = true;
          return null;
        }
        this.lastIface = false;
        // A field of a struct reached through a pointer (or of an addressable one) is addressable.
        this.lastAddr = recvAddr || receiver.typeName.charCodeAt(0) === 42; // '*'
        return v;
      }
    } else if (Array.isArray(receiver)) {
      // A named slice type may have methods (Helm's .Capabilities.APIVersions.Has).
      const methods = goMethods(receiver);
      if (methods !== undefined && hasOwn.call(methods, fieldName)) {
        const v = this.evalCall(dot, methods[fieldName], false, node, fieldName, args, final);
        this.lastIface = v === null;
        return v;
      }
    } else if (typeof receiver === 'object' && isMap(receiver)) {
      const m = receiver as GoMap;
      const methods = goMethods(m);
      if (methods !== undefined && hasOwn.call(methods, fieldName)) {
        const v = this.evalCall(dot, methods[fieldName], false, node, fieldName, args, final);
        this.lastIface = v === null;
        return v;
      }
      // If it's a map, attempt to use the field name as a key.
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      // the element type's zero: nil for map[string]interface{}, "" for map[string]string
      const zero = elemZero(m);
      this.lastIface = zero === null;
      if (hasOwn.call(m, fieldName)) {
        const v = m[fieldName];
        return v === undefined ? null : v;
      }
      switch (this.env.missingKey) {
        case 'zero':
          return zero;
        case 'error':
          this.errorf(`map has no entry for key ${quote(fieldName)}`);
      }
      this.lastIface = false;
      return undefined;
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${recvIface ? 'interface {}' : typeName(receiver)}`);
  }

  // evalCall executes a function or method call. If it's a method, fun already has the
  // receiver bound, so it looks just like a function call. The arg list, if non-nil,
  // includes (in the manner of the shell), arg[0] as the function itself.
  private evalCall(
    dot: GoValue, fun: Callable, isBuiltin: boolean, node: Node, name: string,
    args: Node[] | null, final: Final,
  ): GoValue {
    // The zeroth arg is the function name/node; it is not passed to the function.
    const nargs = args === null ? 0 : args.length - 1;
    const params = fun.params;
    const variadic = fun.variadic;
    let numIn = nargs;
    if (final !== missingVal) numIn++;
    let numFixed = nargs;
    if (variadic !== undefined) {
      numFixed = params.length; // last arg is the variadic one.
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${nargs}`);
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
    }

    // Special case for builtin and/or, which short-circuit.
    if (isBuiltin && (name === 'and' || name === 'or')) {
      // and/or return one of their reflect.Values as it is, addressable or not.
      const finalAddr = this.finalAddr;
      let v: GoValue = undefined;
      for (let i = 1; i <= nargs; i++) {
        v = this.evalArg(dot, 'reflect', args![i]);
        if (truth(v) === (name === 'or')) return v;
      }
      // The last argument to and/or is coming from the pipeline. We didn't
      // short-circuit on an earlier argument, so we are going to return this one.
      if (final !== missingVal) {
        v = final;
        this.lastAddr = finalAddr;
      }
      return v;
    }

    // Build the arg list.
    const argv: GoValue[] = new Array(numIn);
    // Args must be evaluated. Fixed args first.
    let i = 0;
    for (; i < numFixed && i < nargs; i++) argv[i] = this.evalArg(dot, params[i], args![i + 1]);
    // Now the ... args.
    if (variadic !== undefined) for (; i < nargs; i++) argv[i] = this.evalArg(dot, variadic, args![i + 1]);
    // Add final value if necessary.
    if (final !== missingVal) {
      let t: Param;
      if (variadic !== undefined) t = numIn - 1 < numFixed ? params[numIn - 1] : variadic;
      else t = params[params.length - 1];
      argv[i] = this.validateType(final, t);
    }

    let fn = fun.fn;
    // Special case for the "call" builtin: insert the name of the callee as the first argument.
    if (isBuiltin && name === 'call') {
      const calleeName = nargs === 0 ? reflectString(final as GoValue) : args![1].String();
      argv.unshift(calleeName);
      fn = builtinCall;
    }

    if (fun.mutates || fun.nondeterministic) this.budget.impure = true;
    let v: GoValue;
    try {
      v = fn(...argv);
    } catch (e) {
      // Limits, the exhausted stack and the embedder's aborts end the whole execution;
      // they are no Go error.
      if ((e instanceof TemplateError && e.kind === 'limit') || e instanceof ExecAbort || isStackOverflow(e)) throw e;
      this.at(node);
      // Go's "error calling %s: %w": the function's own error stays reachable as the cause.
      this.errorf(`error calling ${name}: ${errorText(e)}`, e);
    }
    // A function gets copies and returns a new value.
    this.lastAddr = false;
    if (v === undefined && !(isBuiltin && rawResult.has(name))) return null;
    return v;
  }

  // validateType guarantees that the value is valid and assignable to the type.
  private validateType(value: GoValue, typ: Param | null): GoValue {
    if (value === undefined) {
      if (typ === null) return undefined; // An untyped nil interface{}. Accept as a proper nil value.
      if (canBeNil(typ)) return zeroOf(typ); // Like above, but use the zero value of the non-nil type.
      this.errorf(`invalid value; expected ${paramTypeName(typ)}`);
    }
    if (typ === null || typ === 'any' || typ === 'reflect') return value;
    if (value === null) this.errorf(`wrong type for value; expected ${paramTypeName(typ)}; got interface {}`);
    if (!assignable(value, typ)) {
      this.errorf(`wrong type for value; expected ${paramTypeName(typ)}; got ${typeName(value)}`);
    }
    return argValue(value, typ);
  }

  private evalArg(dot: GoValue, typ: Param | null, n: Node): GoValue {
    this.at(n);
    this.lastAddr = false;
    switch (n.type) {
      case NodeDot:
        this.lastAddr = this.dotAddr;
        return this.validateType(dot, typ);
      case NodeNil:
        if (typ === null || canBeNil(typ)) return typ === null ? undefined : zeroOf(typ);
        this.errorf(`cannot assign nil to ${paramTypeName(typ)}`);
      case NodeField:
        return this.validateType(this.evalFieldNode(dot, n, null, missingVal), typ);
      case NodeVariable:
        return this.validateType(this.evalVariableNode(dot, n, null, missingVal), typ);
      case NodePipe:
        return this.validateType(this.evalPipeline(dot, n), typ);
      case NodeIdentifier:
        return this.validateType(this.evalFunction(dot, n, n, null, missingVal), typ);
      case NodeChain:
        return this.validateType(this.evalChainNode(dot, n, null, missingVal), typ);
    }
    if (typ === null || typ === 'any' || typ === 'reflect') return this.evalEmptyInterface(dot, n);
    if (typ === 'bool') return this.evalBool(typ, n);
    if (typ === 'string') return this.evalString(typ, n);
    if (typ === 'float64') return this.evalFloat(typ, n);
    if (isIntParam(typ)) return this.evalInteger(typ, n);
    if (isUintParam(typ)) return this.evalUnsignedInteger(typ, n);
    this.errorf(`can't handle ${n.String()} for arg of type ${paramTypeName(typ)}`);
  }

  private evalBool(_typ: Param, n: Node): GoValue {
    this.at(n);
    if (n.type === NodeBool) return n.value;
    this.errorf(`expected bool; found ${n.String()}`);
  }

  private evalString(_typ: Param, n: Node): GoValue {
    this.at(n);
    if (n.type === NodeString) return n.text;
    this.errorf(`expected string; found ${n.String()}`);
  }

  private evalInteger(_typ: Param, n: Node): GoValue {
    this.at(n);
    if (n.type === NodeNumber && n.isInt) return n.int64;
    this.errorf(`expected integer; found ${n.String()}`);
  }

  private evalUnsignedInteger(_typ: Param, n: Node): GoValue {
    this.at(n);
    if (n.type === NodeNumber && n.isUint) return n.uint64;
    this.errorf(`expected unsigned integer; found ${n.String()}`);
  }

  private evalFloat(_typ: Param, n: Node): GoValue {
    this.at(n);
    if (n.type === NodeNumber && n.isFloat) return n.float64;
    this.errorf(`expected float; found ${n.String()}`);
  }

  private evalEmptyInterface(dot: GoValue, n: Node): GoValue {
    this.at(n);
    switch (n.type) {
      case NodeBool:
        return n.value;
      case NodeDot:
        return dot;
      case NodeField:
        return this.evalFieldNode(dot, n, null, missingVal);
      case NodeIdentifier:
        return this.evalFunction(dot, n, n, null, missingVal);
      case NodeNil:
        // NilNode is handled in evalArg, the only place that calls here.
        this.errorf("evalEmptyInterface: nil (can't happen)");
      case NodeNumber:
        return this.idealConstant(n);
      case NodeString:
        return n.text;
      case NodeVariable:
        return this.evalVariableNode(dot, n, null, missingVal);
      case NodePipe:
        return this.evalPipeline(dot, n);
    }
    this.errorf(`can't handle assignment of ${n.String()} to empty interface argument`);
  }

  // printValue writes the textual representation of the value to the output.
  private printValue(n: ActionNode, v: GoValue, addr: boolean): void {
    this.at(n);
    if (v === undefined) {
      this.write('<no value>');
      return;
    }
    if (typeof v === 'string') {
      this.write(v);
      return;
    }
    if (v instanceof GoFuncValue) this.errorf(`can't print ${n.String()} of type ${typeName(v)}`);
    if (v instanceof GoStruct) {
      this.write(printableStruct(v, addr));
      return;
    }
    this.write(formatV(v));
  }
}

/**
 * printableValue for a struct: a pointer prints as the struct it points to, and a String
 * method declared on the pointer receiver serves only an addressable struct (printing
 * one takes its address); fmt, which gets a copy, prints the fields.
 */
function printableStruct(v: GoStruct, addr: boolean): string {
  const isPointer = v.typeName.charCodeAt(0) === 42; // '*'
  if (v.ptrString && !isPointer && addr) return formatV(new GoStruct('*' + v.typeName, v.fields, v.methods, v.str, true));
  if (isPointer && v.str === undefined) return formatV(new GoStruct(v.typeName.slice(1), v.fields, v.methods));
  return formatV(v);
}

/**
 * A complex128 constant. value.ts has no complex numbers; a GoStruct that prints as Go's
 * %v does ("(1+2i)") covers what templates do with them: print them.
 */
function complexValue(re: number, im: number): GoValue {
  const imag = formatFloatG(im);
  const sign = imag.startsWith('-') || imag.startsWith('+') ? '' : '+';
  return new GoStruct('complex128', {}, {}, () => `(${formatFloatG(re)}${sign}${imag}i)`);
}

function isRuneInt(s: string): boolean {
  return s.length > 0 && s[0] === "'";
}

function isHexInt(s: string): boolean {
  return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}

/** reflect.Value.String(): the string itself for strings, "<T Value>" otherwise. */
function reflectString(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '<invalid Value>';
  return `<${typeName(v)} Value>`;
}
