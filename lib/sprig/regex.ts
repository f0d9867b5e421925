// Sprig's regular-expression functions over Go's RE2 syntax (re2.ts).
//
// The plain variants compile with regexp.MustCompile, so a bad pattern panics and the
// template fails with "regexp: Compile(`(`): error parsing regexp: …" — except regexMatch,
// which swallows the error and returns false. The must… variants return the parse error
// itself ("error parsing regexp: …").
import { FuncError, type FuncMap, type GoValue, nilSlice, typed } from '../gotemplate/value';
import { type GoRegexp, RegexpSyntaxError, compile, mustCompileMessage, quoteMeta } from './re2';

/** regexp.MustCompile: a syntax error becomes the panic text text/template reports. */
function mustCompile(expr: string): GoRegexp {
  try {
    return compile(expr);
  } catch (e) {
    if (e instanceof RegexpSyntaxError) throw new FuncError(mustCompileMessage(expr, e));
    throw e;
  }
}

/** regexp.Compile for the must… variants: the error is returned as is. */
function compileOrError(expr: string): GoRegexp {
  try {
    return compile(expr);
  } catch (e) {
    if (e instanceof RegexpSyntaxError) throw new FuncError(e.message);
    throw e;
  }
}

type Compiler = (expr: string) => GoRegexp;

/** The function bodies, shared by the panicking and the error-returning variants. */
const ops = {
  // Go's FindAllString gives a nil []string when nothing matches (toJson: null)
  findAll: (c: Compiler) => (regex: string, s: string, n: bigint) => {
    const all = c(regex).findAllString(s, Number(n));
    return all.length === 0 ? nilSlice('[]string') : typed(all, '[]string');
  },
  find: (c: Compiler) => (regex: string, s: string) => c(regex).findString(s),
  replaceAll: (c: Compiler) => (regex: string, s: string, repl: string) => c(regex).replaceAllString(s, repl),
  replaceAllLiteral: (c: Compiler) => (regex: string, s: string, repl: string) => c(regex).replaceAllLiteralString(s, repl),
  // and Split a nil one for n == 0
  split: (c: Compiler) => (regex: string, s: string, n: bigint) =>
    n === 0n ? nilSlice('[]string') : typed(c(regex).split(s, Number(n)), '[]string'),
};

export const funcs: FuncMap = {
  regexMatch: {
    params: ['string', 'string'],
    fn: (regex: string, s: string): GoValue => {
      try {
        return compile(regex).matchString(s);
      } catch (e) {
        if (e instanceof RegexpSyntaxError) return false;
        throw e;
      }
    },
  },
  mustRegexMatch: { params: ['string', 'string'], fn: (regex: string, s: string) => compileOrError(regex).matchString(s) },
  regexFindAll: { params: ['string', 'string', 'int'], fn: ops.findAll(mustCompile) },
  mustRegexFindAll: { params: ['string', 'string', 'int'], fn: ops.findAll(compileOrError) },
  regexFind: { params: ['string', 'string'], fn: ops.find(mustCompile) },
  mustRegexFind: { params: ['string', 'string'], fn: ops.find(compileOrError) },
  regexReplaceAll: { params: ['string', 'string', 'string'], fn: ops.replaceAll(mustCompile) },
  mustRegexReplaceAll: { params: ['string', 'string', 'string'], fn: ops.replaceAll(compileOrError) },
  regexReplaceAllLiteral: { params: ['string', 'string', 'string'], fn: ops.replaceAllLiteral(mustCompile) },
  mustRegexReplaceAllLiteral: { params: ['string', 'string', 'string'], fn: ops.replaceAllLiteral(compileOrError) },
  regexSplit: { params: ['string', 'string', 'int'], fn: ops.split(mustCompile) },
  mustRegexSplit: { params: ['string', 'string', 'int'], fn: ops.split(compileOrError) },
  regexQuoteMeta: { params: ['string'], fn: quoteMeta },
};
