'use client';
// The preview: every rendered object of the whole chart as "Kind/name", and the text
// of either the current step's file or the whole chart, exactly as `helm template`.
import { useId } from 'react';
import type { RenderedDocument } from './render-protocol';

export interface PreviewPanelProps {
  documents: RenderedDocument[];
  manifests: string;
  /** `# Source:` path to show alone, e.g. "backend/templates/deployment.yaml"; undefined = whole chart */
  source?: string;
  whole: boolean;
  onWholeChange: (whole: boolean) => void;
  stale: boolean;
  busy: boolean;
  /** text shown when the step's file renders no object */
  emptyNote?: string;
  /** the worker's render time, shown for the curious and read by the latency test */
  millis?: number;
}

export default function PreviewPanel(p: PreviewPanelProps) {
  const headingId = useId();
  const shown = p.whole || !p.source ? p.manifests : p.documents.filter((d) => d.source === p.source).map((d) => d.text).join('');
  return (
    <section role="region" aria-labelledby={headingId} className={`preview${p.stale ? ' stale' : ''}`} data-render-ms={p.millis?.toFixed(1)}>
      <div className="preview-head">
        <h2 id={headingId}>Rendered manifests</h2>
        {p.stale ? <span className="badge warn">stale — showing the last good render</span> : null}
        {p.busy ? <span className="badge" role="status">rendering…</span> : null}
        {p.source ? (
          <label className="switch">
            <input type="checkbox" checked={p.whole} onChange={(e) => p.onWholeChange(e.target.checked)} /> Whole chart
          </label>
        ) : null}
      </div>
      <ul className="objects" aria-label="Rendered objects">
        {p.documents.map((d, i) => (
          <li key={i} className={p.source && d.source === p.source ? 'mine' : undefined}>
            {d.kind || '(no kind)'}/{d.name || '(no name)'}
          </li>
        ))}
      </ul>
      <pre className="manifests" tabIndex={0} aria-label={p.whole || !p.source ? 'helm template output, whole chart' : `helm template output of ${p.source}`}>
        {shown || (p.busy && !p.manifests ? 'Rendering…' : p.emptyNote || (p.whole || !p.source ? '(the chart renders no object with the current values)' : '(this file renders no object with the current values)'))}
      </pre>
    </section>
  );
}
