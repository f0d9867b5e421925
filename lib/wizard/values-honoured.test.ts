// No value is declared and then ignored: for every value in every preset's values.yaml,
// changing it (to another value the schema accepts) must change what Helm renders.
// A value inside an `enabled` section is tried with that section on; replicaCount with
// the autoscaler off; the credentials with the chart's own Secret in use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateChart } from './generate';
import { presetState, PRESETS } from './presets';
import { fixedRandom, helm, unzipToTemp } from './test-support';
import { parseValues } from './values-doc';
import type { WizardState } from './state';
import { buildZip } from './zip';

type Path = (string | number)[];
type Json = any;

const tmp = mkdtempSync(join(tmpdir(), 'cw-honoured-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every place a value can be changed: scalars, and empty maps/lists (which can gain an entry). */
function leaves(v: Json, path: Path = []): Path[] {
  if (Array.isArray(v)) return v.length ? v.flatMap((x, i) => leaves(x, [...path, i])) : [path];
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    return keys.length ? keys.flatMap((k) => leaves(v[k], [...path, k])) : [path];
  }
  return [path];
}

function getIn(v: Json, p: Path): Json {
  return p.reduce((cur, k) => (cur == null ? undefined : cur[k]), v);
}

function setIn(v: Json, p: Path, x: Json): void {
  const parent = getIn(v, p.slice(0, -1));
  if (parent && typeof parent === 'object') parent[p[p.length - 1] as any] = x;
}

/** The schema node for a path (list indexes go through `items`). */
function schemaAt(schema: Json, p: Path): Json {
  let s = schema;
  for (const k of p) {
    if (!s) return undefined;
    s = typeof k === 'number' ? s.items : s.properties?.[k];
  }
  return s;
}

const QUANTITY = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$/;

/** A different value of the same kind that the schema still accepts. */
function mutate(value: Json, schema: Json): Json {
  if (Array.isArray(value)) {
    const required: string[] = schema?.items?.required ?? [];
    return [required.length ? Object.fromEntries(required.map((k) => [k, 'cw'])) : { cw: 'x' }];
  }
  if (value !== null && typeof value === 'object') return { 'cw-test': 'x' };
  if (schema?.enum) return schema.enum.find((e: Json) => e !== value);
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return schema?.maximum !== undefined && value >= schema.maximum ? value - 1 : value + 1;
  if (typeof value === 'string') return QUANTITY.test(value) ? `1${value}` : `${value}x`;
  return 'x';
}

/** Values for trying `p`: every enclosing `enabled` on, and what `p` needs to matter. */
function context(values: Json, p: Path): Json {
  const v = structuredClone(values);
  for (let i = 0; i < p.length; i++) {
    const obj = getIn(v, p.slice(0, i));
    if (obj && typeof obj === 'object' && !Array.isArray(obj) && 'enabled' in obj && p[i] !== 'enabled') obj.enabled = true;
  }
  const key = p.join('.');
  if (key === 'replicaCount' && v.autoscaling) v.autoscaling.enabled = false;
  if (/^postgres\.auth\.(password|username|database)$/.test(key)) v.postgres.auth.existingSecret = '';
  if (key.startsWith('serviceAccount.') && key !== 'serviceAccount.create') v.serviceAccount.create = true;
  return v;
}

async function render(chart: string, values: Json, cache: Map<string, string>): Promise<string> {
  const text = JSON.stringify(values);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const file = join(tmp, `v${cache.size}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  const r = await helm(['template', 'rel', chart, '-f', file]);
  if (r.code !== 0) throw new Error(`helm template failed for ${text}:\n${r.stderr}`);
  cache.set(text, r.stdout);
  return r.stdout;
}

async function pool<T>(items: T[], n: number, f: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await f(items[next++]);
  }));
}

/** The values of `state` whose change leaves Helm's output as it was. */
async function ignoredValues(state: WizardState): Promise<string[]> {
  const files = generateChart(state);
  const values = parseValues(state.valuesYaml)!;
  const schema = JSON.parse(files[`${state.chart.name}/values.schema.json`]);
  const root = unzipToTemp(await buildZip(state));
  const chart = join(root, state.chart.name);
  const cache = new Map<string, string>();
  const ignored: string[] = [];
  const paths = leaves(values);
  expect(paths.length).toBeGreaterThan(20);
  try {
    await pool(paths, 6, async (p) => {
      const base = context(values, p);
      const changed = structuredClone(base);
      setIn(changed, p, mutate(getIn(base, p), schemaAt(schema, p)));
      if ((await render(chart, base, cache)) === (await render(chart, changed, cache))) ignored.push(p.join('.'));
    });
  } finally {
    rmSync(join(root, '..'), { recursive: true, force: true });
  }
  return ignored.sort();
}

describe.each(PRESETS.map((p) => p.id))('preset %s: every declared value is honoured', (id) => {
  it('changing any value changes the rendered output', async () => {
    expect(await ignoredValues(presetState(id, fixedRandom)), 'values that change nothing').toEqual([]);
  });
});

it('the check itself catches a value no template reads', async () => {
  const s = presetState('api-no-db');
  expect(await ignoredValues({ ...s, valuesYaml: s.valuesYaml + 'unusedKnob: 3\nunusedMap: {}\n' })).toEqual(['unusedKnob', 'unusedMap']);
});
