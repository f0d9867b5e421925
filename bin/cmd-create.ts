// `chartwright presets` and `chartwright create`: the wizard's download from the command
// line. The zip comes from the same buildZip the browser uses, so the bytes are the same.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPreset, presetState, PRESETS } from '../lib/wizard/presets';
import { decodeShare, ShareLinkError, type Json } from '../lib/wizard/share';
import { validateState, type WizardState } from '../lib/wizard/state';
import { buildZip, zipName } from '../lib/wizard/zip';
import { type Command, type CommandIO, type FlagSpec, UsageError, parseFlags } from './commands';

const CREATE_FLAGS: FlagSpec[] = [
  { long: 'preset', short: 'p', type: 'string' },
  { long: 'link', short: 'l', type: 'string' },
  { long: 'out', short: 'o', type: 'string' },
];

const CREATE_USAGE = `Usage:
  chartwright create --preset ID [--out FILE.zip]
  chartwright create --link URL [--out FILE.zip]

Writes a chart zip: CHART/ (with values-local.yaml and values.schema.json), deploy-local.sh
and README.md. --preset starts from a preset (chartwright presets lists them); --link
from a share link copied from the wizard. --out defaults to CHART-VERSION.zip.
`;

function fail(io: CommandIO, text: string): number {
  io.stderr(`Error: ${text}\n`);
  return 1;
}

export const presetsCommand: Command = {
  run(args, io) {
    if (args.length) return fail(io, `"chartwright presets" takes no arguments, got: ${args.join(' ')}`);
    const w = Math.max(...PRESETS.map((p) => p.id.length));
    for (const p of PRESETS) io.stdout(`${p.id.padEnd(w)}  ${p.title}\n${' '.repeat(w)}  ${p.description}\n`);
    return 0;
  },
};

/** The state a share link describes; the fragment may be given alone or inside a URL. */
export async function stateFromLink(link: string): Promise<WizardState> {
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash + 1) : link;
  const { state } = await decodeShare(fragment, (id) => (findPreset(id) ? (presetState(id) as unknown as Json) : undefined));
  return state as unknown as WizardState;
}

export const createCommand: Command = {
  async run(args, io) {
    let flags;
    try {
      flags = parseFlags(args, CREATE_FLAGS);
    } catch (e) {
      if (e instanceof UsageError) return fail(io, e.message);
      throw e;
    }
    if (flags.positional.length) return fail(io, `unexpected arguments: ${flags.positional.join(' ')}\n\n${CREATE_USAGE}`);
    const preset = flags.values.get('preset')?.[0];
    const link = flags.values.get('link')?.[0];
    if ((preset === undefined) === (link === undefined)) return fail(io, `give exactly one of --preset and --link\n\n${CREATE_USAGE}`);

    let state: WizardState;
    if (preset !== undefined) {
      if (!findPreset(preset)) return fail(io, `unknown preset "${preset}"; presets: ${PRESETS.map((p) => p.id).join(', ')}`);
      state = presetState(preset);
    } else {
      try {
        state = await stateFromLink(link!);
      } catch (e) {
        if (e instanceof ShareLinkError) return fail(io, `share link: ${e.message}`);
        throw e;
      }
    }
    const issues = validateState(state);
    if (issues.length) return fail(io, `this chart cannot be generated:\n${issues.map((i) => `  ${i.field}: ${i.message}`).join('\n')}`);

    const out = resolve(io.cwd, flags.values.get('out')?.[0] ?? zipName(state));
    if (existsSync(out) && statSync(out).isDirectory()) return fail(io, `${out} is a directory; --out names the zip file to write`);
    writeFileSync(out, await buildZip(state));
    io.stdout(
      `Wrote ${out}\n` +
        `  chart ${state.chart.name} ${state.chart.version}, release ${state.release}\n` +
        `  unzip it, then from your app's folder run deploy-local.sh (see README.md)\n`,
    );
    return 0;
  },
};
