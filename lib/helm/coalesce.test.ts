// Chart defaults under user values, across subcharts, compared with `helm template`:
// a parent chart with subcharts `sub` (which has its own subchart `leaf`) and `other`,
// each printing its .Values as JSON.
import { describe, expect, it } from 'vitest';
import { type GoMap, isMap, newMap } from '../gotemplate/value';
import { marshalJSON } from './json';
import { CoalesceError, type ValuesChart, coalesceTables, coalesceValues, mergeChartValues, mergeTables } from './coalesce';
import { ValuesError, mergeValues, readValues } from './values';
import { chartYaml, decodeLines, helmChart, pool } from './helm-oracle.test-util';

interface Case {
  parent?: string;
  sub?: string;
  leaf?: string;
  other?: string;
  set?: string[];
}

const cases: Record<string, Case> = {
  'defaults-only': { parent: 'a: 1\nm: {x: 1}\n', sub: 'b: 2\n', leaf: 'c: 3\n', other: 'd: 4\n' },
  'parent-sets-sub': { parent: 'sub: {b: 20, n: {x: 1}}\n', sub: 'b: 2\nn: {y: 2}\nk: 1\n' },
  'user-over-parent-over-sub': { parent: 'sub: {b: 20}\n', sub: 'b: 2\n', set: ['sub.b=200'] },
  'user-sets-leaf': { sub: 'leaf: {c: 30}\n', leaf: 'c: 3\nd: 4\n', set: ['sub.leaf.d=40'] },
  'globals-down': { parent: 'global: {g: 1, m: {a: 1}}\n', sub: 'global: {g: 9, m: {b: 2}, own: 3}\n', leaf: 'global: {own: 4, deep: 5}\n' },
  'globals-user': { parent: 'global: {g: 1}\n', set: ['global.g=2', 'global.h=3', 'sub.global.s=4'] },
  'globals-sub-set': { sub: 'global: {a: 1}\n', set: ['sub.global.a=2'] },
  'globals-not-table-src': { parent: 'global: 5\n', sub: 'global: {a: 1}\n' },
  'globals-not-table-dest': { sub: 'global: 5\n', parent: 'global: {a: 1}\n' },
  'globals-map-over-scalar': { parent: 'global: {a: {b: 1}}\n', sub: 'global: {a: 2}\n' },
  'globals-scalar-over-map': { parent: 'global: {a: 2}\n', sub: 'global: {a: {b: 1}}\n' },
  'globals-null': { parent: 'global: {a: null}\n', sub: 'global: {a: 1, b: null}\n' },
  'user-null-deletes-default': { parent: 'a: 1\nm: {x: 1, y: 2}\nl: [1]\n', set: ['a=null', 'm.x=null', 'l=null'] },
  'user-null-deletes-map': { parent: 'm: {x: 1}\n', set: ['m=null'] },
  'user-null-new-key': { parent: 'a: 1\n', set: ['b=null', 'm.n=null'] },
  'parent-null-deletes-sub-default': { parent: 'sub: {x: null, w: null}\n', sub: 'x: 1\nw: {r: 1}\nk: 5\n' },
  'parent-null-sub-nested': { parent: 'sub: {w: {q: null}}\n', sub: 'w: {q: 1, r: 2}\n' },
  'sub-default-nulls-kept': { sub: 'z: null\nw: {q: null, r: 1}\n' },
  'root-default-nulls-kept': { parent: 'a: null\nb: {c: null, d: 1}\n' },
  'sub-null-under-parent-value': { parent: 'sub: {w: {q: 1}}\n', sub: 'w: {q: null, r: null}\n' },
  'user-null-over-sub-default': { sub: 'x: 1\ny: {z: 1}\n', set: ['sub.x=null', 'sub.y.z=null'] },
  'map-over-scalar-default': { parent: 'm: 1\n', set: ['m.a=1'] },
  'scalar-over-map-default': { parent: 'm: {a: 1}\n', set: ['m=x'] },
  'lists-replaced': { parent: 'l: [1, 2, 3]\nm: {l: [a]}\n', sub: 'l: [x]\n', set: ['l={9}', 'sub.l[1]=y'] },
  'type-mismatch-null': { parent: 'sub: null\n', sub: 'x: 1\n' },
  'type-mismatch-user-null': { sub: 'x: 1\n', set: ['sub=null'] },
  'type-mismatch-string': { parent: 'sub: str\n', sub: 'x: 1\n' },
  'sub-key-in-defaults-null': { parent: 'sub: {a: 1}\n', set: ['sub=null'] },
  'deep-merge': {
    parent: 'a: {b: {c: {d: 1, e: 2}, f: [1]}, g: 1}\n',
    set: ['a.b.c.d=10', 'a.b.h=3', 'a.g=null'],
  },
  'numbers-stay-typed': { parent: 'port: 80\nsub: {port: 81}\n', sub: 'port: 8080\nratio: 0.5\n', set: ['other.port=82'] },
};

const TPL = (who: string) =>
  `${who}: {{ .Values | toJson | b64enc }}\n`;

function chartFiles(c: Case): Record<string, string> {
  return {
    'Chart.yaml': chartYaml('parent'),
    'values.yaml': c.parent ?? '',
    'templates/t.yaml': TPL('parent'),
    'charts/sub/Chart.yaml': chartYaml('sub'),
    'charts/sub/values.yaml': c.sub ?? '',
    'charts/sub/templates/t.yaml': TPL('sub'),
    'charts/sub/charts/leaf/Chart.yaml': chartYaml('leaf'),
    'charts/sub/charts/leaf/values.yaml': c.leaf ?? '',
    'charts/sub/charts/leaf/templates/t.yaml': TPL('leaf'),
    'charts/other/Chart.yaml': chartYaml('other'),
    'charts/other/values.yaml': c.other ?? '',
    'charts/other/templates/t.yaml': TPL('other'),
  };
}

function tree(c: Case): ValuesChart {
  const leaf: ValuesChart = { name: 'leaf', values: readValues(c.leaf ?? '', 'values.yaml'), dependencies: [] };
  const sub: ValuesChart = { name: 'sub', values: readValues(c.sub ?? '', 'values.yaml'), dependencies: [leaf] };
  const other: ValuesChart = { name: 'other', values: readValues(c.other ?? '', 'values.yaml'), dependencies: [] };
  return { name: 'parent', values: readValues(c.parent ?? '', 'values.yaml'), dependencies: [other, sub] };
}

type Result = { ok: true; parent: string; sub: string; leaf: string; other: string } | { ok: false; error: string };

function ours(c: Case): Result {
  try {
    const user = mergeValues({ set: c.set ?? [] });
    const v = coalesceValues(tree(c), user);
    const sub = v.sub as GoMap;
    return {
      ok: true,
      parent: marshalJSON(v),
      sub: marshalJSON(sub),
      leaf: marshalJSON(isMap(sub?.leaf) ? sub.leaf : newMap()),
      other: marshalJSON(v.other),
    };
  } catch (e) {
    if (e instanceof CoalesceError || e instanceof ValuesError) return { ok: false, error: e.message };
    throw e;
  }
}

describe('coalesced values across subcharts', () => {
  const names = Object.keys(cases);
  const helm: Record<string, Result> = {};
  it.sequential('helm answers', async () => {
    const runs = await pool(names, 4, (n) => helmChart(chartFiles(cases[n]), (cases[n].set ?? []).flatMap((s) => ['--set', s])));
    names.forEach((n, i) => {
      const r = runs[i];
      if (!r.ok) {
        helm[n] = { ok: false, error: r.error };
        return;
      }
      const d = decodeLines(r.stdout);
      helm[n] = { ok: true, parent: d.parent, sub: d.sub, leaf: d.leaf, other: d.other };
    });
  }, 600_000);
  for (const n of names) {
    it(n, () => {
      expect(ours(cases[n])).toEqual(helm[n]);
    });
  }
});

// Pure checks of the exported helpers (semantics pinned by the Helm cases above).
describe('coalesce helpers', () => {
  const m = (text: string) => readValues(text, 'values.yaml');
  it('coalesceValues accepts a bare defaults map and copies its inputs', () => {
    const defaults = m('a: 1\nb: {c: 2}\n');
    const user = m('b: {d: 3}\n');
    const out = coalesceValues(defaults, user);
    expect(marshalJSON(out)).toBe('{"a":1,"b":{"c":2,"d":3}}');
    expect(marshalJSON(defaults)).toBe('{"a":1,"b":{"c":2}}');
    expect(marshalJSON(user)).toBe('{"b":{"d":3}}');
  });
  it('mergeChartValues keeps user nulls', () => {
    expect(marshalJSON(mergeChartValues(m('a: 1\nb: 2\n'), m('a: null\n')))).toBe('{"a":null,"b":2}');
    expect(marshalJSON(coalesceValues(m('a: 1\nb: 2\n'), m('a: null\n')))).toBe('{"b":2}');
  });
  it('coalesceTables and mergeTables put src under dst', () => {
    expect(marshalJSON(coalesceTables(m('a: {b: 1}\nk: null\n'), m('a: {c: 2}\nk: 3\nx: 4\n')))).toBe('{"a":{"b":1,"c":2},"x":4}');
    expect(marshalJSON(mergeTables(m('a: {b: 1}\nk: null\n'), m('a: {c: 2}\nk: 3\n')))).toBe('{"a":{"b":1,"c":2},"k":null}');
  });
  it('reports warnings', () => {
    const warnings: string[] = [];
    coalesceValues({ name: 'c', values: m('b: {y: 1}\n'), dependencies: [] }, m('b: str\n'), (w) => warnings.push(w));
    coalesceValues({ name: 'c', values: m('b: 1\n'), dependencies: [] }, m('b: {x: 1}\n'), (w) => warnings.push(w));
    expect(warnings).toEqual(['warning: skipped value for c.b: Not a table.']);
  });
});
