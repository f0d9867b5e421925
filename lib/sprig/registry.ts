// Every Sprig function Helm exposes, in one map. Each group file exports `funcs`.
// Functions whose result varies between calls carry `nondeterministic: true`.
import type { FuncMap } from '../gotemplate/value';
import { funcs as strings } from './strings';
import { funcs as regex } from './regex';
import { funcs as convert } from './convert';
import { funcs as lists } from './lists';
import { funcs as dicts } from './dicts';
import { funcs as math } from './math';
import { funcs as defaults } from './defaults';
import { funcs as reflect } from './reflect';
import { funcs as encoding } from './encoding';
import { funcs as crypto } from './crypto';
import { funcs as semver } from './semver';
import { funcs as dates } from './dates';
import { funcs as random } from './random';
import { funcs as paths } from './paths';
import { funcs as urls } from './urls';

export const sprigFuncs: FuncMap = Object.assign(
  Object.create(null),
  strings, regex, convert, lists, dicts, math, defaults, reflect,
  encoding, crypto, semver, dates, random, paths, urls,
);

/** The deterministic subset, for previews that must be stable between renders. */
export function deterministic(funcs: FuncMap): FuncMap {
  const out: FuncMap = Object.create(null);
  for (const [k, v] of Object.entries(funcs)) if (!v.nondeterministic) out[k] = v;
  return out;
}
