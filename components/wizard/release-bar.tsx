'use client';
import { useId } from 'react';
import { useWizard } from './wizard-provider';

// Helm's own rule for release names (and Kubernetes' for namespaces: DNS labels).
const RELEASE_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NS_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function releaseError(name: string): string | undefined {
  if (!name) return 'A release name is required.';
  if (name.length > 53) return `Helm allows at most 53 characters (this one has ${name.length}).`;
  if (!RELEASE_RE.test(name)) return 'Lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.';
  return undefined;
}

export function namespaceError(ns: string): string | undefined {
  if (!ns) return 'A namespace is required.';
  if (ns.length > 63) return `At most 63 characters (this one has ${ns.length}).`;
  if (!NS_RE.test(ns)) return 'Lowercase letters, digits and "-", starting and ending with a letter or digit.';
  return undefined;
}

export default function ReleaseBar() {
  const w = useWizard();
  const rid = useId();
  const nid = useId();
  const rerr = releaseError(w.state.release);
  const nerr = namespaceError(w.state.namespace);
  return (
    <div className="release-bar">
      <div className="field inline">
        <label htmlFor={rid}>Release name</label>
        <input id={rid} value={w.state.release} aria-invalid={rerr ? true : undefined} aria-describedby={rerr ? rid + '-e' : undefined}
          onChange={(e) => w.update((s) => ({ ...s, release: e.target.value }))} />
        {rerr ? <span id={rid + '-e'} className="field-error">{rerr}</span> : null}
      </div>
      <div className="field inline">
        <label htmlFor={nid}>Namespace</label>
        <input id={nid} value={w.state.namespace} aria-invalid={nerr ? true : undefined} aria-describedby={nerr ? nid + '-e' : undefined}
          onChange={(e) => w.update((s) => ({ ...s, namespace: e.target.value }))} />
        {nerr ? <span id={nid + '-e'} className="field-error">{nerr}</span> : null}
      </div>
      <code className="cmd">helm template {w.state.release} ./{w.state.chart.name}{w.withLocal ? ` -f ${w.state.chart.name}/values-local.yaml` : ''} --namespace {w.state.namespace}</code>
    </div>
  );
}
