// Shared differential harness: the same template text through Helm and through our
// engine, compared byte for byte (output, or the whole error text).
import { describe, expect, it } from 'vitest';
import { helmExec, type OracleCase, type OracleResult } from './helm';
import { KNOWN_DIFFERENCES } from './known-differences';
import { executeText } from '../lib/helm/exec-text';

export interface DiffCase extends OracleCase {
  /** unique across the whole suite, "area/what" */
  name: string;
}

function ours(c: DiffCase): OracleResult {
  return executeText(c.template, { values: c.values, files: c.files });
}

/**
 * Registers one test per case. Helm's answers are fetched once per suite (batched and
 * cached on disk); a case on the known-differences list must still differ.
 */
export function differential(suite: string, cases: DiffCase[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`duplicate differential case name ${c.name}`);
    seen.add(c.name);
  }
  describe(`${suite} (differential vs helm)`, () => {
    let helm: OracleResult[] = [];
    it.sequential('helm answers', async () => {
      helm = await helmExec(cases);
      expect(helm.length).toBe(cases.length);
    }, 600_000);
    cases.forEach((c, i) => {
      it(c.name, () => {
        const want = helm[i];
        if (!want) throw new Error('helm gave no answer for this case');
        const got = ours(c);
        const same = got.ok === want.ok && got.output === want.output && got.error === want.error;
        const known = KNOWN_DIFFERENCES[c.name];
        if (known !== undefined) {
          expect(same, `${c.name} is on the known-differences list (${known}) but now matches Helm: take it off the list`).toBe(false);
          return;
        }
        expect(got).toEqual(want);
      });
    });
  });
}
