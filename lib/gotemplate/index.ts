// Go's text/template (as of Go 1.25) for the value model of value.ts.
export { TemplateSet, clearParseCache } from './template';
export { NoTemplateError, TemplateError, type TemplateErrorKind } from './errors';
export { type Limits, DEFAULT_LIMITS } from './limits';
export { type MissingKey } from './exec';
export { namedMap, namedList, typeName, type Callable, type Param } from './types';
export { builtins, htmlEscapeString, jsEscapeString, urlQueryEscape } from './builtins';
export { parseTrees, Tree, lineCol } from './parse';
export { lexAll, ItemType, type Item } from './lex';
export { quote as goQuote, unquote as goUnquote } from './strconv';
export * from './value';
