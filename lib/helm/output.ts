// What `helm template` prints: the sorted manifests as `---\n# Source: PATH\nDOC\n`,
// the whole trimmed and newline-terminated, then the hooks in the same form; with
// --show-only, that text is split again and only documents whose Source matches one of
// the patterns are kept, pattern by pattern.
import { HelmError } from './errors';
import { BadPatternError, pathMatch } from './gomatch';
import type { Hook, Manifest } from './sort';
import { goTrimSpace, splitManifests } from './sort';

export interface OutputOptions {
  /** --skip-tests: drop hooks whose events include "test" */
  skipTests?: boolean;
  /** --no-hooks: drop hooks altogether */
  noHooks?: boolean;
  /** --show-only patterns (path.Match against the Source path without the chart name) */
  showOnly?: string[];
  /** --include-crds: CRD files printed before everything else */
  crds?: { name: string; data: string }[];
}

export function manifestText(m: { name: string; content: string }): string {
  return `---\n# Source: ${m.name}\n${m.content}\n`;
}

/** The bytes `helm template` writes to stdout. */
export function printRelease(manifests: Manifest[], hooks: Hook[], opts: OutputOptions = {}): string {
  let manifest = '';
  for (const crd of opts.crds ?? []) manifest += `---\n# Source: ${crd.name}\n${crd.data}\n`;
  for (const m of manifests) manifest += manifestText(m);
  let out = goTrimSpace(manifest) + '\n';
  if (!opts.noHooks) {
    for (const h of hooks) {
      if (opts.skipTests && h.events.includes('test')) continue;
      out += manifestText(h);
    }
  }
  if (!opts.showOnly || opts.showOnly.length === 0) return out;
  return showOnly(out, opts.showOnly);
}

const SOURCE_RE = /# Source: [^/]+\/(.+)/;

function showOnly(all: string, patterns: string[]): string {
  const docs = splitManifests(all);
  const keep: string[] = [];
  for (const f of patterns) {
    let missing = true;
    for (const d of docs) {
      const sub = SOURCE_RE.exec(d);
      if (!sub) continue;
      let matched = false;
      try {
        matched = pathMatch(f, sub[1]);
      } catch (e) {
        if (!(e instanceof BadPatternError)) throw e;
      }
      if (!matched) continue;
      keep.push(d);
      missing = false;
    }
    if (missing) throw new HelmError({ kind: 'show-only', text: `could not find template ${f} in chart` });
  }
  return keep.map((d) => `---\n${d}\n`).join('');
}
