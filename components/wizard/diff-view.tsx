'use client';
import { useMemo } from 'react';
import { diffLines, hunks } from '@/lib/wizard/line-diff';
import { useWizard } from './wizard-provider';

export function DiffBlock({ a, b, label, empty }: { a: string; b: string; label: string; empty: string }) {
  const lines = useMemo(() => hunks(diffLines(a, b)), [a, b]);
  if (!lines.length) return <p className="hint">{empty}</p>;
  return (
    <pre className="diff" tabIndex={0} aria-label={label}>
      {lines.map((l, i) => (
        <span key={i} className={l.op === '+' ? 'add' : l.op === '-' ? 'del' : l.text === '@@' ? 'sep' : undefined}>
          {l.text === '@@' && l.op === ' ' ? '…\n' : `${l.op} ${l.text}\n`}
        </span>
      ))}
    </pre>
  );
}

/** What rendering with values-local.yaml changes in the manifests. */
export function ValuesLocalDiff() {
  const w = useWizard();
  if (w.otherRender === undefined) return null;
  const [without, withL] = w.withLocal ? [w.otherRender, w.render.manifests] : [w.render.manifests, w.otherRender];
  return (
    <section aria-labelledby="local-diff-h" className="diff-section">
      <h2 id="local-diff-h">What values-local.yaml changes</h2>
      <DiffBlock a={without} b={withL} label="Manifests without (−) and with (+) values-local.yaml" empty="values-local.yaml changes nothing in the rendered manifests." />
    </section>
  );
}

/** What `helm upgrade` would change since the last download. */
export function UpgradeDiff() {
  const w = useWizard();
  return (
    <section aria-labelledby="upgrade-diff-h" className="diff-section">
      <h2 id="upgrade-diff-h">What <code>helm upgrade</code> would change</h2>
      {w.baseline === undefined ? (
        <p className="hint">Download the chart once: later changes are then compared with what you downloaded.</p>
      ) : (
        <DiffBlock a={w.baseline} b={w.render.manifests} label="Manifests at the last download (−) and now (+)" empty="Nothing changed since the last download." />
      )}
    </section>
  );
}
