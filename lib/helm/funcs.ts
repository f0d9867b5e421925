// Helm's template functions (pkg/engine/funcs.go + engine.go's initFunMap): Sprig
// without env/expandenv, Helm's own toYaml/toJson/toToml family, and the functions that
// close over the template set (include, tpl) added per render by engine.ts.
import { type FuncMap, type GoValue, FuncError, newMap } from '../gotemplate/value';
import { sprigFuncs } from '../sprig/registry';
import { funcs as jsonFuncs } from './json';
import { funcs as tomlFuncs } from './toml';
import { funcs as yamlFuncs } from './to-yaml';

const WARN_START = 'HELM_ERR_START';
const WARN_END = 'HELM_ERR_END';

/**
 * The error of required and fail. Go's text wraps the message in markers, which Helm's
 * engine finds again in the whole error text to print the message alone; here the
 * message is also kept as a field, so the engine reads it from there.
 */
export class FailError extends FuncError {
  constructor(readonly warn: string) {
    super(WARN_START + warn + WARN_END);
  }
}

let shared: FuncMap | undefined;

/**
 * Helm's function map built once and shared by every render (a TemplateSet's base
 * funcs): frozen, since renders must not change it. helmFuncMap gives a copy to modify.
 */
export function sharedHelmFuncMap(): FuncMap {
  return (shared ??= Object.freeze(helmFuncMap()));
}

/** The functions every Helm template sees, except include and tpl. */
export function helmFuncMap(): FuncMap {
  const f: FuncMap = Object.assign(Object.create(null), sprigFuncs);
  delete f.env;
  delete f.expandenv;
  Object.assign(f, tomlFuncs, yamlFuncs, jsonFuncs);
  f.required = {
    params: ['string', 'any'],
    fn: (warn: string, val: GoValue) => {
      if (val === null || val === undefined || val === '') throw new FailError(warn);
      return val;
    },
  };
  f.fail = {
    params: ['string'],
    fn: (msg: string) => {
      throw new FailError(msg);
    },
  };
  // helm template has no cluster: lookup finds nothing, DNS is off.
  f.lookup = { params: ['string', 'string', 'string', 'string'], fn: () => newMap() };
  f.getHostByName = { params: ['string'], fn: () => '' };
  return f;
}
