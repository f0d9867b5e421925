// `--name-template`: the release name made by a Go template executed on no data with
// Sprig's own function map (sprig.TxtFuncMap, as action.TemplateName uses it) — not
// Helm's: env and expandenv are there, include, tpl, toYaml and required are not, and
// fail is Sprig's plain error. The environment is the process's, hence bin/.
import { FuncError, type FuncMap, type GoValue, TemplateSet } from '../lib/gotemplate/index';
import { sprigFuncs } from '../lib/sprig/registry';
import { funcs as jsonFuncs } from '../lib/helm/json';

type Env = Record<string, string | undefined>;

const isShellSpecialVar = (c: string) => '*#$@!?-0123456789'.includes(c);
const isAlphaNum = (c: string) => c === '_' || /[0-9A-Za-z]/.test(c);

// os.getShellName: the name after a '$' and how many bytes it spans.
function getShellName(s: string): [string, number] {
  if (s[0] === '{') {
    if (s.length > 2 && isShellSpecialVar(s[1]) && s[2] === '}') return [s.slice(1, 2), 3];
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '}') {
        if (i === 1) return ['', 2]; // Bad syntax; eat "${}"
        return [s.slice(1, i), i + 1];
      }
    }
    return ['', 1]; // Bad syntax; eat "${"
  }
  if (isShellSpecialVar(s[0])) return [s[0], 1];
  let i = 0;
  while (i < s.length && isAlphaNum(s[i])) i++;
  return [s.slice(0, i), i];
}

/** os.Expand: $VAR and ${VAR} replaced through mapping. */
export function goExpand(s: string, mapping: (name: string) => string): string {
  let buf: string | null = null;
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] === '$' && j + 1 < s.length) {
      buf ??= '';
      buf += s.slice(i, j);
      const [name, w] = getShellName(s.slice(j + 1));
      if (name === '' && w > 0) {
        // Encountered invalid syntax; eat the characters.
      } else if (name === '') {
        // Valid syntax, but $ was not followed by a name: keep the dollar.
        buf += s[j];
      } else {
        buf += mapping(name);
      }
      j += w;
      i = j + 1;
    }
  }
  return buf === null ? s : buf + s.slice(i);
}

const SPRIG_JSON = ['toJson', 'mustToJson', 'toPrettyJson', 'mustToPrettyJson', 'toRawJson', 'mustToRawJson'];

function txtFuncMap(env: Env): FuncMap {
  const f: FuncMap = Object.assign(Object.create(null), sprigFuncs);
  for (const k of SPRIG_JSON) f[k] = jsonFuncs[k];
  f.env = { params: ['string'], fn: (k: string) => env[k] ?? '' };
  f.expandenv = { params: ['string'], fn: (s: string) => goExpand(s, (k) => env[k] ?? '') };
  f.fail = {
    params: ['string'],
    fn: (msg: string): GoValue => {
      throw new FuncError(msg);
    },
  };
  return f;
}

/** action.TemplateName: throws the TemplateError Go's parse or execution returns. */
export function templateName(text: string, env: Env): string {
  if (text === '') return '';
  const t = new TemplateSet(txtFuncMap(env));
  t.missingKey = 'default';
  t.parse('name-template', text);
  return t.execute('name-template', null);
}
