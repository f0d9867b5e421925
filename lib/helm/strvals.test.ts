// The --set family, each expression compared with what `helm template --set …` makes of
// it: the resulting .Values as JSON plus every key's Go type (int64 for --set integers),
// or Helm's whole error text.
import { describe, expect, it } from 'vitest';
import { type GoMap, newMap, sortedKeys, goTypeName } from '../gotemplate/value';
import { marshalJSON } from './json';
import { type SetKind, SetError, parseSet, setErrorText } from './strvals';
import { VALUES_PROBE_TEMPLATE as TEMPLATE, chartYaml, decodeLines, helmChart, pool } from './helm-oracle.test-util';



type Case = [kind: SetKind, ...exprs: string[]];

const cases: Record<string, Case> = {
  // typing
  'int': ['set', 'a=1'],
  'int-negative': ['set', 'a=-5'],
  'int-plus': ['set', 'a=+5'],
  'int-zero': ['set', 'a=0'],
  'int-neg-zero': ['set', 'a=-0'],
  'int-leading-zero': ['set', 'a=007'],
  'int-double-zero': ['set', 'a=00'],
  'int-underscore': ['set', 'a=1_000'],
  'int-hex': ['set', 'a=0x10'],
  'int-max': ['set', 'a=9223372036854775807'],
  'int-overflow': ['set', 'a=9223372036854775808'],
  'int-min': ['set', 'a=-9223372036854775808'],
  'float': ['set', 'a=1.5'],
  'float-exp': ['set', 'a=1e3'],
  'bool-true': ['set', 'a=true'],
  'bool-upper': ['set', 'a=TRUE,b=False,c=tRuE'],
  'bool-yes': ['set', 'a=yes,b=on,c=y'],
  'null': ['set', 'a=null'],
  'null-case': ['set', 'a=Null,b=NULL'],
  'empty': ['set', 'a='],
  'spaces': ['set', 'a= 1,b=1 ,c= x y '],
  'unicode': ['set', 'a=é,b=日本,c=😀'],
  // structure
  'nested': ['set', 'a.b.c=d'],
  'nested-merge': ['set', 'a.b=1,a.c=2,a.d.e=3'],
  'two-flags': ['set', 'a.b=1', 'a.c=2'],
  'override': ['set', 'a=1', 'a=2'],
  'override-map-with-scalar': ['set', 'a.b=1', 'a=2'],
  'list': ['set', 'a={x,y,z}'],
  'list-typed': ['set', 'a={1,true,null,x,1.5}'],
  'list-empty': ['set', 'a={}'],
  'list-one': ['set', 'a={x}'],
  'list-then-key': ['set', 'a={x,y},b=1'],
  'index': ['set', 'a[0]=1,a[1]=2'],
  'index-pad': ['set', 'a[2].b=c'],
  'index-pad-value': ['set', 'a[3]=x'],
  'index-nested-list': ['set', 'a[0][1]=x'],
  'index-in-map': ['set', 'a.b[1].c=d'],
  'index-map-merge': ['set', 'a[0].b=1,a[0].c=2'],
  'index-out-of-order': ['set', 'a[1].b=1,a[0].c=2'],
  'index-overwrite': ['set', 'a={x,y}', 'a[1]=z'],
  'index-list-value': ['set', 'a[0]={x,y}'],
  'index-empty-value': ['set', 'a[0]='],
  'index-no-value': ['set', 'a[0]'],
  'index-unterminated': ['set', 'a[0'],
  'escape-dot': ['set', 'a\\.b=1'],
  'escape-comma': ['set', 'a=x\\,y'],
  'escape-equals': ['set', 'a\\=b=1'],
  'escape-bracket': ['set', 'a\\[0]=1'],
  'escape-backslash': ['set', 'a=x\\\\y'],
  'first-equals': ['set', 'a=b=c'],
  'trailing-comma': ['set', 'a=1,'],
  'empty-key': ['set', '=1'],
  'empty-segment-after': ['set', 'a=1,=2'],
  'nested-level-30': ['set', Array.from({ length: 31 }, (_, i) => `k${i}`).join('.') + '=1'],
  'dotted-list-key': ['set', 'a.b={1,2}'],
  // --set-string
  'string-int': ['string', 'a=1,b=true,c=null'],
  'string-list': ['string', 'a={1,2}'],
  'string-nested': ['string', 'a.b[0]=007'],
  // --set-json
  'json-number': ['json', 'a=1'],
  'json-types': ['json', 'a="s",b=true,c=null,d=1.5e3'],
  'json-object': ['json', 'a={"b":[1,{"c":null}]}'],
  'json-empty': ['json', 'a=,b=1'],
  'json-nested-key': ['json', 'a.b=[1,2]'],
  'json-index': ['json', 'a[1]="x"'],
  'json-index-empty': ['json', 'a[0]='],
  'json-spaces': ['json', 'a= 1 , b= "x"'],
  // --set-literal
  'literal': ['literal', 'a=b,c={d},e=null'],
  'literal-nested': ['literal', 'a.b=1'],
  'literal-index': ['literal', 'a[1]=x'],
  'literal-no-escapes': ['literal', 'a=x\\,y'],
  // errors
  'err-no-value': ['set', 'a'],
  'err-no-value-comma': ['set', 'a,b=1'],
  'err-nested-no-value': ['set', 'a.b'],
  'err-second-no-value': ['set', 'a=1,b'],
  'err-empty-segment': ['set', 'a=1,,b=2'],
  'err-double-dot': ['set', 'a..b=1'],
  'err-dot-end': ['set', 'a.=1'],
  'err-list-unterminated': ['set', 'a={x,'],
  'err-list-then-junk': ['set', 'a={x}y'],
  'err-index-syntax': ['set', 'a[x]=1'],
  'err-index-empty': ['set', 'a[]=1'],
  'err-index-negative': ['set', 'a[-1]=1'],
  'err-index-max': ['set', 'a[65537]=1'],
  'err-index-junk': ['set', 'a[0]x=1'],
  'err-index-junk-multi': ['set', 'a[0]xy=1'],
  'err-index-then-key': ['set', 'a[1]=1,a.b=2'],
  'err-key-then-index': ['set', 'a.b=1,a[0]=1'],
  'err-scalar-then-key': ['set', 'a=1,a.b=2'],
  'err-nested-level-31': ['set', Array.from({ length: 32 }, (_, i) => `k${i}`).join('.') + '=1'],
  'err-string-no-value': ['string', 'a'],
  'err-json-value': ['json', 'a=x'],
  'err-json-key': ['json', 'a'],
  'err-json-array': ['json', 'a=[1'],
  'err-literal-no-value': ['literal', 'a'],
  'err-literal-index': ['literal', 'a[x]=1'],
};

const FLAG: Record<SetKind, string> = { set: '--set', string: '--set-string', json: '--set-json', file: '--set-file', literal: '--set-literal' };

function ours(kind: SetKind, exprs: string[]): { ok: boolean; v: string; t: string; error: string } {
  const base: GoMap = newMap();
  for (const e of exprs) {
    try {
      parseSet(base, e, kind);
    } catch (err) {
      if (err instanceof SetError) return { ok: false, v: '', t: '', error: setErrorText(kind, e, err) };
      throw err;
    }
  }
  const t = sortedKeys(base)
    .map((k) => `${k}=${goTypeName(base[k])};`)
    .join('');
  return { ok: true, v: marshalJSON(base), t, error: '' };
}

describe('--set expressions as Helm reads them', () => {
  const names = Object.keys(cases);
  const helm: Record<string, { ok: boolean; v: string; t: string; error: string }> = {};
  it.sequential('helm answers', async () => {
    const runs = await pool(names, 4, (n) => {
      const [kind, ...exprs] = cases[n];
      return helmChart({ 'Chart.yaml': chartYaml(), 'templates/t.yaml': TEMPLATE }, exprs.flatMap((e) => [FLAG[kind], e]));
    });
    names.forEach((n, i) => {
      const r = runs[i];
      const d = decodeLines(r.stdout);
      helm[n] = r.ok ? { ok: true, v: d.v ?? '', t: d.t ?? '', error: '' } : { ok: false, v: '', t: '', error: r.error };
    });
  }, 600_000);
  for (const n of names) {
    it(n, () => {
      const [kind, ...exprs] = cases[n];
      expect(ours(kind, exprs)).toEqual(helm[n]);
    });
  }
});

describe('--set-file', () => {
  it('reads the named files through the reader, typed as strings', () => {
    const files: Record<string, string> = { 'a.txt': 'hello\n', 'b.txt': '42' };
    const m = newMap();
    parseSet(m, 'x=a.txt,y.z=b.txt', 'file', (p) => files[p]);
    expect(marshalJSON(m)).toBe('{"x":"hello\\n","y":{"z":"42"}}');
  });
  it('passes the reader error through', () => {
    const m = newMap();
    expect(() =>
      parseSet(m, 'x=missing', 'file', (p) => {
        throw new SetError(`open ${p}: no such file or directory`);
      }),
    ).toThrow('open missing: no such file or directory');
  });
});
