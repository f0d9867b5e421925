// Values files and user values, compared directly with `helm template`: each raw
// values.yaml text is rendered by Helm with a template printing `.Values | toJson` and
// every key's Go type, and must equal toJson(readValues(text)) — or fail with the same
// text. The second table does the same for -f files with --set/--set-string/--set-json.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoMap, isMap, sortedKeys, goTypeName } from '../gotemplate/value';
import { marshalJSON } from './json';
import { type ValueOptions, ValuesError, loadValues, mergeMaps, mergeValues, readValues, valuesFileErrorText } from './values';
import { VALUES_PROBE_TEMPLATE as TEMPLATE, chartYaml, decodeLines, helmChart, pool } from './helm-oracle.test-util';



function ours(run: () => GoMap): { ok: boolean; v: string; t: string; error: string } {
  try {
    const m = run();
    const t = sortedKeys(m)
      .map((k) => `${k}=${goTypeName(m[k])};`)
      .join('');
    return { ok: true, v: marshalJSON(m), t, error: '' };
  } catch (e) {
    if (e instanceof ValuesError) return { ok: false, v: '', t: '', error: e.message };
    throw e;
  }
}

// ---------------------------------------------------------------------------------
// Raw values.yaml texts.

const files: Record<string, string> = {
  // YAML 1.1 booleans and nulls, as values and as keys
  'bools': 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: NO\ni: True\nj: FALSE\nk: yEs\nl: Y\n',
  'bool-keys': 'y: 1\nn: 2\nyes: 3\nNo: 4\non: 5\nOFF: 6\ntrue: 7\n',
  'bool-nested-keys': 'm:\n  y: 1\n  n: 2\nlist:\n- y: x\n',
  'nulls': 'a: ~\nb: null\nc:\nd: Null\ne: NULL\nf: nil\ng: none\n',
  // numbers: every one a float64
  'ints': 'a: 0\nb: 42\nc: -7\nd: +12\ne: 1_000\nf: 0755\ng: 0x1F\nh: 0o17\ni: 0b101\nj: -0b11\nk: 08\nl: 00\n',
  'floats': 'a: 1.10\nb: 1e3\nc: 1.5e-3\nd: 1.\ne: .5\nf: +.5\ng: -.5\nh: 6.02E23\ni: 1_000.5\nj: 0.1\n',
  'big': 'a: 9007199254740993\nb: 9223372036854775807\nc: 9223372036854775808\nd: 18446744073709551615\ne: 18446744073709551616\nf: 123456789012345678901234567890\ng: 0xFFFFFFFFFFFFFFFF\nh: 0x1FFFFFFFFFFFFFFFF\n',
  'not-numbers': 'a: 1e400\nb: 1.2.3\nc: 12abc\nd: 0x\ne: 1_\nf: _1\ng: 1__0\nh: +\ni: -\nj: .\nk: 1:20\nl: 0b2\n',
  'special-floats-ok': 'a: .inf_\nb: .Infinity\nc: nan\nd: NaN\ne: .nAn\n',
  'dates': 'a: 2024-01-01\nb: 2024-1-5\nc: 2024-02-30\nd: 2024-01-01T10:20:30Z\ne: 2001-12-14 21:59:43.10 -5\nf: !!timestamp 2024-01-01\ng: 12:30:00\n',
  // strings
  'quoted': 'a: "yes"\nb: \'0755\'\nc: "1e3"\nd: "null"\ne: \'\'\nf: ""\ng: "a\\tb\\u00e9\\x41\\N\\_"\nh: \'it\'\'s\'\n',
  'tags': 'a: !!str 12\nb: !!float 1\nc: !!int "0x10"\nd: !!binary aGVsbG8=\ne: !custom x\nf: !!null ""\ng: ! 12\nh: !!bool "true"\ni: !<tag:yaml.org,2002:int> 5\n',
  'block-scalars': 'lit: |\n  a\n  b\nfold: >\n  a\n  b\n\n  c\nkeep: |+\n  x\n\nstrip: >-\n  y\nind: |2\n    z\nmore: >\n  a\n    b\n  c\n',
  'plain-multiline': 'a: this is\n  folded text\nb: "quoted\n  folded"\nc: \'single\n\n  blank\'\n',
  'unicode': 'ключ: значение\n日本: 語\nemoji: 😀\nnbsp: "a\\u00a0b"\n',
  'comments': '# header\na: 1 # trailing\n# middle\nb: "2" #c\nc: x#y\nd: x #y\n',
  // structure
  'nested': 'a:\n  b:\n    c:\n      - d: 1\n        e: [1, 2, {f: g}]\n      - - x\n        - y\nh: {}\ni: []\n',
  'indentless-seq': 'a:\n- 1\n- b: 2\n  c: 3\n-\n- - x\n',
  'flow': 'a: [1, [2, 3], {b: c}]\nd: {e: f, g: [h]}\ni: [a, b: c]\nj: {k, l: m}\n',
  'anchors-merge': 'base: &b {x: 1, z: 2}\none:\n  <<: *b\n  z: 3\ntwo:\n  z: 3\n  <<: *b\nthree:\n  <<: [*b, {w: 1}]\nlist: &l [1, 2]\ncopy: *l\n',
  'duplicates': 'a: 1\na: 2\nb: {c: 1}\nb: {d: 2}\n',
  'float-keys': '1.5: a\n2: b\n0x10: c\n1e3: d\n3.14159265358979: e\n0.1: f\n1e7: g\n-1: h\n',
  'complex-keys': '? a\n: 1\n? b\n"c d": 2\n\'e\': 3\n',
  'deep': 'a:\n  b:\n    c:\n      d:\n        e:\n          f:\n            g: deep\n',
  'empty-values': 'a:\nb: {}\nc: []\nd: ""\ne: \'\'\n',
  // documents
  'empty': '',
  'blank-lines': '\n\n   \n',
  'comments-only': '# only a comment\n# another\n',
  'multidoc': 'a: 1\nm: {x: 1, z: 2}\nl: [1]\n---\nb: 2\nm: {x: 3}\nl: [2]\n',
  'multidoc-leading': '---\na: 1\n',
  'multidoc-trailing': 'a: 1\n---\n',
  'multidoc-comment-sep': 'a: 1\n--- # second\nb: 2\n',
  'multidoc-empty-docs': '---\n---\na: 1\n---\n# c\n---\n',
  'multidoc-null-doc': 'a: 1\n---\nnull\n---\nb: 2\n',
  'multidoc-in-block': 'a: |\n  x\n---\n  y\n',
  'doc-end-marker': 'a: 1\n...\nb: 2\n',
  'separator-indented': 'a: |\n  x\n  ---\n  y\n',
  'crlf': 'a: 1\r\nb: two\r\nc: |\r\n  x\r\n  y\r\n',
  'crlf-multidoc': 'a: 1\r\n---\r\nb: 2\r\n',
  'bom': '\ufeffa: 1\nb: 2\n',
  'no-final-newline': 'a: 1\nb: 2',
  'directive-11': '%YAML 1.1\n---\na: 1\n',
  'trailing-garbage': 'a: 1\n]\n',
  'indented-root': '  a: 1\nb: 2\n',
  // errors
  'err-top-list': '- a\n- b\n',
  'err-top-scalar': 'just text\n',
  'err-top-number': '42\n',
  'err-top-bool': 'yes\n',
  'err-second-doc-list': 'a: 1\n---\n- x\n',
  'err-null-key': '~: 1\n',
  'err-inf': 'a: .inf\n',
  'err-nan': 'a: .nan\n',
  'err-neg-inf': 'a: [1, -.Inf]\n',
  'err-flow': 'a: [\n',
  'err-flow-map': 'a: {b: 1\n',
  'err-indent': 'a:\n  b: 1\n c: 2\n',
  'err-tab': 'a:\n\tb: 1\n',
  'err-tab-plain': 'x:\n  a: 1\n\tb: 2\n',
  'err-mapping-values': 'a: b: c\n',
  'err-mapping-values-line2': 'a: 1\n  b: 2\n',
  'err-key-no-colon': 'key\nb: 1\n',
  'err-seq-after-map': 'a: 1\n- b\n',
  'err-map-after-seq': '- a\nb: 1\n',
  'err-seq-in-map': 'a:\n  - 1\n  b: 2\n',
  'err-unclosed-quote': 'a: "unclosed\n',
  'err-unclosed-single': "a: 'unclosed\n",
  'err-bad-char': 'a: @foo\n',
  'err-backtick': 'a: `x`\n',
  'err-percent': 'a: %x\n',
  'err-escape': 'a: "\\q"\n',
  'err-slash-escape': 'a: "\\/"\n',
  'err-bad-unicode-escape': 'a: "\\ud83d"\n',
  'err-dash-value': 'a: -\n',
  'err-unknown-anchor': 'a: *nope\n',
  'err-tag': 'a: !!int abc\n',
  'err-merge': 'a:\n  <<: 1\n',
  'err-seq-key': '? [a]\n: 1\n',
  'err-map-key': '? {a: 1}\n: 1\n',
  'err-separator': 'a: 1\n--- b: 2\n',
  'err-separator-dashes': 'a: 1\n----\nb: 2\n',
  'err-directive-12': '%YAML 1.2\n---\na: 1\n',
  'err-control-char': 'a: "x\u007fy"\n',
  'err-block-indent': 'a: |\n  x\n y\n',
  'err-long-key': 'k'.repeat(1030) + ': 1\n',
  'err-second-doc': 'a: 1\n---\nb: [\n',
  'err-line-numbers': 'a: 1\nb: 2\nc: 3\nd:\n  e: 4\n f: 5\n',
};

describe('values.yaml read as Helm reads it', () => {
  const names = Object.keys(files);
  let helm: Record<string, { ok: boolean; v: string; t: string; error: string }> = {};
  it.sequential('helm answers', async () => {
    const runs = await pool(names, 4, (n) =>
      helmChart({ 'Chart.yaml': chartYaml(), 'values.yaml': files[n], 'templates/t.yaml': TEMPLATE }),
    );
    helm = {};
    names.forEach((n, i) => {
      const r = runs[i];
      const d = decodeLines(r.stdout);
      helm[n] = r.ok ? { ok: true, v: d.v ?? '', t: d.t ?? '', error: '' } : { ok: false, v: '', t: '', error: r.error };
    });
  }, 600_000);
  for (const n of names) {
    it(n, () => {
      const got = ours(() => {
        try {
          return readValues(files[n], 'values.yaml');
        } catch (e) {
          if (e instanceof ValuesError) throw new ValuesError(valuesFileErrorText('chart', 'values.yaml', e));
          throw e;
        }
      });
      expect(got).toEqual(helm[n]);
    });
  }
});

// ---------------------------------------------------------------------------------
// -f files and --set flags.

interface FlagCase {
  files?: Record<string, string>;
  args: string[];
}

const flagCases: Record<string, FlagCase> = {
  'two-files': { files: { 'a.yaml': 'x: 1\nm: {a: 1, b: 2}\nl: [1, 2]\n', 'b.yaml': 'y: 2\nm: {b: 3, c: 4}\nl: [3]\n' }, args: ['-f', 'a.yaml', '-f', 'b.yaml'] },
  'file-order': { files: { 'a.yaml': 'x: 1\n', 'b.yaml': 'x: 2\n' }, args: ['-f', 'b.yaml', '-f', 'a.yaml'] },
  'file-null': { files: { 'a.yaml': 'm: {a: 1}\nk: 1\n', 'b.yaml': 'm: null\nk: ~\n' }, args: ['-f', 'a.yaml', '-f', 'b.yaml'] },
  'file-map-over-scalar': { files: { 'a.yaml': 'm: 1\n', 'b.yaml': 'm: {a: 1}\n' }, args: ['-f', 'a.yaml', '-f', 'b.yaml'] },
  'file-scalar-over-map': { files: { 'a.yaml': 'm: {a: 1}\n', 'b.yaml': 'm: x\n' }, args: ['-f', 'a.yaml', '-f', 'b.yaml'] },
  'file-multidoc': { files: { 'a.yaml': 'a: 1\n---\nb: 2\n' }, args: ['-f', 'a.yaml'] },
  'set-over-file': { files: { 'a.yaml': 'x: 1\nm: {a: 1}\n' }, args: ['--set', 'x=2,m.b=3', '-f', 'a.yaml'] },
  'set-string-after-set': { args: ['--set-string', 'x=1', '--set', 'x=2,y=3'] },
  'set-json-before-set': { args: ['--set', 'a.b=1', '--set-json', 'a={"c":2}'] },
  'set-json-object': { files: { 'a.yaml': 'm: {a: 1}\n' }, args: ['-f', 'a.yaml', '--set-json', '{"m": {"b": 2}, "n": [1, 2]}'] },
  'set-json-values': { args: ['--set-json', 'a=1', '--set-json', 'b="s",c=[1,{"d":null}],e=', '--set-json', 'f.g=true'] },
  'set-null-over-file': { files: { 'a.yaml': 'm: {a: 1, b: 2}\n' }, args: ['-f', 'a.yaml', '--set', 'm.a=null'] },
  'set-index-over-file': { files: { 'a.yaml': 'l: [a, b, c]\n' }, args: ['-f', 'a.yaml', '--set', 'l[1]=x'] },
  'set-literal': { args: ['--set-literal', 'a=b,c={d}', '--set-literal', 'x.y=1'] },
  'err-file-parse': { files: { 'bad.yaml': 'a: [\n' }, args: ['-f', 'bad.yaml'] },
  'err-file-list': { files: { 'bad.yaml': '- a\n' }, args: ['-f', 'bad.yaml'] },
  'err-file-separator': { files: { 'bad.yaml': 'a: 1\n---x\n' }, args: ['-f', 'bad.yaml'] },
  'err-set': { args: ['--set', 'a'] },
  'err-set-string': { args: ['--set-string', 'a,b=1'] },
  'err-set-json': { args: ['--set-json', 'a=x'] },
  'err-set-json-object': { args: ['--set-json', '{bad'] },
  'err-set-over-file-type': { files: { 'a.yaml': 'a: str\n' }, args: ['-f', 'a.yaml', '--set', 'a.b=1'] },
  'err-set-index-over-map': { files: { 'a.yaml': 'a: {b: 1}\n' }, args: ['-f', 'a.yaml', '--set', 'a[0]=1'] },
};

function valuesFilePath(text: string): string {
  const dir = join(tmpdir(), 'cw-values-files', createHash('sha256').update(text).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const f = join(dir, 'values.yaml');
  writeFileSync(f, text);
  return f;
}

function optionsOf(c: FlagCase): ValueOptions {
  const o: Required<Pick<ValueOptions, 'valueFiles' | 'set' | 'setString' | 'setJson' | 'setLiteral'>> = {
    valueFiles: [],
    set: [],
    setString: [],
    setJson: [],
    setLiteral: [],
  };
  for (let i = 0; i < c.args.length; i += 2) {
    const [flag, v] = [c.args[i], c.args[i + 1]];
    if (flag === '-f') o.valueFiles.push({ name: v, text: c.files![v] });
    else if (flag === '--set') o.set.push(v);
    else if (flag === '--set-string') o.setString.push(v);
    else if (flag === '--set-json') o.setJson.push(v);
    else if (flag === '--set-literal') o.setLiteral.push(v);
  }
  return o;
}

describe('user values from -f and --set', () => {
  const names = Object.keys(flagCases);
  let helm: Record<string, { ok: boolean; v: string; t: string; error: string }> = {};
  it.sequential('helm answers', async () => {
    const runs = await pool(names, 4, (n) => {
      const c = flagCases[n];
      // -f files live in a directory named by their content, so paths (and the cache
      // key) stay the same from run to run.
      const args = c.args.map((a, i) => (c.args[i - 1] === '-f' ? valuesFilePath(c.files![a]) : a));
      return helmChart({ 'Chart.yaml': chartYaml(), 'templates/t.yaml': TEMPLATE }, args);
    });
    names.forEach((n, i) => {
      const r = runs[i];
      const d = decodeLines(r.stdout);
      helm[n] = r.ok ? { ok: true, v: d.v ?? '', t: d.t ?? '', error: '' } : { ok: false, v: '', t: '', error: r.error };
    });
  }, 600_000);
  for (const n of names) {
    it(n, () => {
      const want = helm[n];
      const got = ours(() => mergeValues(optionsOf(flagCases[n])));
      if (!want.ok) {
        // Helm names -f files by the path it was given: compare after the file name.
        expect(got.ok).toBe(false);
        expect(got.error.replace(/^failed to parse [^:]+:/, 'failed to parse FILE:')).toEqual(
          want.error.replace(/^failed to parse [^:]+:/, 'failed to parse FILE:'),
        );
        return;
      }
      expect(got).toEqual(want);
    });
  }
});

// ---------------------------------------------------------------------------------
// Small pure checks (no Helm).

describe('mergeMaps / loadValues', () => {
  it('merges maps deeply and replaces everything else', () => {
    const a = loadValues('m: {a: 1, b: {c: 1}}\nl: [1]\ns: x\n');
    const b = loadValues('m: {b: {d: 2}}\nl: [2]\ns: {k: v}\n');
    expect(marshalJSON(mergeMaps(a, b))).toBe('{"l":[2],"m":{"a":1,"b":{"c":1,"d":2}},"s":{"k":"v"}}');
    expect(isMap(a.m)).toBe(true);
  });
  it('does not modify its inputs', () => {
    const a = loadValues('m: {a: 1}\n');
    mergeMaps(a, loadValues('m: {b: 2}\n'));
    expect(marshalJSON(a)).toBe('{"m":{"a":1}}');
  });
});
