// The wizard previews its own chart with lib/helm; that preview must be what Helm prints.
// Every preset, and the variants users flip most, through both.
import { describe, expect, it } from 'vitest';
import { HelmError, renderChart } from '../helm/index';
import { generateChart } from './generate';
import { presetState, PRESETS } from './presets';
import { fixedRandom, helm } from './test-support';
import { writeChart } from '../../test/helm';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

interface Variant {
  name: string;
  set?: string[];
  local?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'defaults' },
  { name: 'values-local.yaml', local: true },
  { name: 'every feature on', set: ['ingress.enabled=true', 'httpRoute.enabled=true', 'autoscaling.enabled=true'] },
  { name: 'postgres off', set: ['postgres.enabled=false'] },
  { name: 'existing secret', set: ['postgres.auth.existingSecret=db', 'postgres.persistence.enabled=false'] },
  { name: 'bad replicaCount', set: ['replicaCount=abc'] },
];

function chartOnly(files: Record<string, string>, name: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [p, t] of Object.entries(files)) if (p.startsWith(name + '/')) out[p.slice(name.length + 1)] = new TextEncoder().encode(t);
  return out;
}

describe.each(PRESETS.map((p) => p.id))('lib/helm renders preset %s like helm', (id) => {
  const state = presetState(id, fixedRandom);
  const files = generateChart(state);
  for (const v of VARIANTS) {
    it(v.name, async () => {
      // Only flags for sections this preset has: an unknown key is (rightly) a schema error.
      const set = (v.set ?? []).filter((s) => s.split('.')[0] in (JSON.parse(files[`${state.chart.name}/values.schema.json`]).properties ?? {}));
      const dir = writeChart(files);
      let want: { ok: boolean; text: string };
      try {
        const r = await helm([
          'template', state.release, join(dir, state.chart.name), '--namespace', state.namespace,
          ...(v.local ? ['-f', join(dir, state.chart.name, 'values-local.yaml')] : []),
          ...set.flatMap((s) => ['--set', s]),
        ]);
        want = r.code === 0 ? { ok: true, text: r.stdout } : { ok: false, text: r.stderr.replace(/^Error: /, '').replace(/\n$/, '') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      let got: { ok: boolean; text: string };
      try {
        const r = renderChart(chartOnly(files, state.chart.name), {
          releaseName: state.release,
          namespace: state.namespace,
          valuesFiles: v.local ? ['values-local.yaml'] : [],
          set,
        });
        got = { ok: true, text: r.manifests };
      } catch (e) {
        if (!(e instanceof HelmError)) throw e;
        got = { ok: false, text: e.toString() };
      }
      expect(got).toEqual(want);
    });
  }
});
