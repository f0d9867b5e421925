'use client';
import { useId, useState } from 'react';
import { buildZip } from '@/lib/wizard/zip';
import { toBytes } from '@/lib/gotemplate/utf8';
import PreviewPanel from '@/components/preview/preview-panel';
import { useWizard } from './wizard-provider';
import ResourceGraph from './resource-graph';
import ReleaseBar from './release-bar';
import { StartupOrder } from './flows';
import { UpgradeDiff } from './diff-view';

function download(name: string, data: Uint8Array | string, type: string) {
  // a string is a Go string: toBytes writes bytes that are not UTF-8 back as they were
  const blob = new Blob([new Uint8Array(typeof data === 'string' ? toBytes(data) : data)], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}

export default function ReviewView() {
  const w = useWizard();
  const [link, setLink] = useState('');
  const [secrets, setSecrets] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const linkId = useId();
  const chart = w.state.chart.name;

  const zip = async () => {
    const bytes = await buildZip(w.state);
    download(`${chart}.zip`, bytes, 'application/zip');
    w.markBaseline();
    setStatus(`Downloaded ${chart}.zip (${bytes.length.toLocaleString('en')} bytes).`);
  };
  const manifests = () => {
    download(`${w.state.release}-manifests.yaml`, w.render.manifests, 'application/yaml');
    setStatus('Downloaded the rendered manifests.');
  };
  const share = async () => {
    const l = await w.shareLink(secrets);
    setLink(l);
    try {
      await navigator.clipboard.writeText(l);
      setStatus('Share link copied to the clipboard.');
    } catch {
      setStatus('Share link ready below; copy it from the field.');
    }
  };

  return (
    <>
      <header className="step-head">
        <p className="step-count">Last step</p>
        <h1>Review &amp; download</h1>
      </header>
      <ReleaseBar />
      {w.render.error ? (
        <div className="error" role="alert">
          <p><strong>The chart does not render</strong> — fix it before downloading; the preview shows the last good result.</p>
          <pre>{w.render.error.message}</pre>
        </div>
      ) : null}
      <section aria-labelledby="graph-h">
        <h2 id="graph-h">What the chart creates, and how the pieces refer to each other</h2>
        <ResourceGraph manifests={w.render.manifests} />
      </section>
      <StartupOrder />
      <section aria-labelledby="take-h" className="take">
        <h2 id="take-h">Take it home</h2>
        <div className="buttons">
          <button type="button" className="primary" onClick={zip}>Download chart (.zip)</button>
          <button type="button" onClick={manifests}>Download manifests (.yaml)</button>
          <button type="button" onClick={share}>Copy share link</button>
          <label className="switch"><input type="checkbox" checked={secrets} onChange={(e) => setSecrets(e.target.checked)} /> Include secrets in link</label>
        </div>
        <div className="field">
          <label htmlFor={linkId}>Share link</label>
          <input id={linkId} readOnly value={link} placeholder="press “Copy share link”" onFocus={(e) => e.target.select()} />
        </div>
        <p className="hint">The link keeps the whole chart in the part after “#”, which browsers never send to a server. The database password is left out unless you include secrets.</p>
        <p role="status" className="status">{status}</p>
        <p>
          In the zip: <code>{chart}/</code> (the chart, with <code>values-local.yaml</code> and <code>values.schema.json</code>), <code>deploy-local.sh</code> and a README. Then:
        </p>
        <pre>{`unzip ${chart}.zip && ./deploy-local.sh --release ${w.state.release} --namespace ${w.state.namespace}`}</pre>
      </section>
      <UpgradeDiff />
      <section aria-labelledby="start-over-h">
        <h2 id="start-over-h">Start over</h2>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="confirm-h" className="confirm">
            <p id="confirm-h">Discard every change and start again from the walkthrough’s chart?</p>
            <button type="button" className="danger" onClick={() => { w.startOver(); setConfirming(false); setStatus('Started over from the walkthrough chart.'); }}>Yes, discard my changes</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep my changes</button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>Start over</button>
        )}
      </section>
      <PreviewPanel documents={w.render.documents} manifests={w.render.manifests} whole onWholeChange={() => {}} stale={w.render.stale}
            millis={w.render.millis} busy={w.render.busy} />
    </>
  );
}
