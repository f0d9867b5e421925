'use client';
// The walkthrough's two flows and its deploy sequence, told with the user's own names
// and values, read from values.yaml and from the rendered manifests.
import { useMemo } from 'react';
import { parse } from 'yaml';
import { getValue } from '@/lib/wizard/values-edit';
import { useWizard } from './wizard-provider';

function b64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin);
}

function useRendered(kind: string) {
  const w = useWizard();
  return useMemo(() => {
    const out: any[] = [];
    for (const d of w.render.documents) {
      if (d.kind !== kind) continue;
      try {
        out.push(parse(d.text.replace(/^---\n# Source:.*\n/, '')));
      } catch {
        /* a document the preview shows but cannot parse is skipped here */
      }
    }
    return out;
  }, [w.render.documents, kind]);
}

export function EnvFlow() {
  const w = useWizard();
  const secrets = useRendered('Secret');
  const deployments = useRendered('Deployment');
  if (!w.state.postgres) return null;
  const v = (p: string[]) => String(getValue(w.state.valuesYaml, p) ?? '');
  const user = v(['postgres', 'auth', 'username']);
  const pass = v(['postgres', 'auth', 'password']);
  const db = v(['postgres', 'auth', 'database']);
  const secret = secrets[0]?.metadata?.name ?? '(no Secret rendered)';
  const env: { name: string; value?: string; valueFrom?: any }[] = deployments[0]?.spec?.template?.spec?.containers?.[0]?.env ?? [];
  const dbService = w.render.documents.find((d) => d.kind === 'Service' && d.name.endsWith('-postgres'))?.name;
  const host = env.find((e) => e.name === 'DB_HOST')?.value ?? dbService ?? `${w.state.release}-postgres`;
  const port = env.find((e) => e.name === 'DB_PORT')?.value ?? '5432';
  const shownPass = pass ? '•'.repeat(Math.min(pass.length, 12)) : '(empty)';
  return (
    <section aria-labelledby="envflow-h" className="flow">
      <h2 id="envflow-h">How a value reaches the app</h2>
      <ol className="flow-steps">
        <li><strong>values.yaml</strong> <code>postgres.auth</code>: username <code>{user}</code>, database <code>{db}</code>, password {shownPass}</li>
        <li><strong>Secret</strong> <code>{secret}</code> stores them base64-encoded: username <code>{b64(user)}</code>, database <code>{b64(db)}</code></li>
        <li><strong>Deployment</strong> env: {env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => (
          <span key={e.name}><code>{e.name}</code> ← <code>{e.valueFrom.secretKeyRef.key}</code> </span>
        ))}</li>
        <li><strong>Pod</strong> receives <code>DB_USER={user}</code>, <code>DB_NAME={db}</code>, <code>DB_HOST={host}</code>, <code>DB_PORT={port}</code> and the password</li>
        <li><strong>The app connects to</strong> <code>postgresql+asyncpg://{user}:{shownPass}@{host}:{port}/{db}</code></li>
      </ol>
    </section>
  );
}

export function StartupOrder() {
  const w = useWizard();
  const kinds = ['Secret', 'Service', 'StatefulSet', 'Deployment'];
  const byKind = (k: string) => w.render.documents.filter((d) => d.kind === k).map((d) => d.name);
  return (
    <section aria-labelledby="order-h" className="flow">
      <h2 id="order-h">The order things come up</h2>
      <ol className="flow-steps">
        {kinds.map((k) => (
          <li key={k}>
            <strong>{k}</strong> {byKind(k).map((n) => <code key={n}>{n} </code>)}
            {k === 'Secret' ? ' — first, because pods read it at start.' : null}
            {k === 'Service' ? ' — DNS names exist before the pods that use them.' : null}
            {k === 'StatefulSet' ? ' — creates its volume claim, then PostgreSQL starts and its readiness probe passes.' : null}
            {k === 'Deployment' ? ' — its init container waits until PostgreSQL answers, then the app starts.' : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DeploySequence() {
  const w = useWizard();
  const { release, namespace } = w.state;
  const chart = w.state.chart.name;
  const repo = String(getValue(w.state.valuesYaml, ['image', 'repository']) ?? chart);
  const tag = String(getValue(w.state.valuesYaml, ['image', 'tag']) ?? 'latest');
  const port = w.state.containerPort;
  const img = `${repo}:${tag}`;
  const svc = w.render.documents.find((d) => d.kind === 'Service' && !d.name.endsWith('-postgres'))?.name ?? `${release}-${chart}`;
  const rows: [string, string][] = [
    ['Start a cluster', `minikube start   # or: kind create cluster --name hello-helm`],
    ['Check kubectl reaches it', `kubectl cluster-info && kubectl get nodes`],
    ['Build the image', `docker build -f ${w.state.dockerfile ?? 'Dockerfile'} -t ${img} ${w.state.buildContext ?? '.'}`],
    ['Load it into the cluster', `minikube image load ${img}   # or: kind load docker-image ${img} --name hello-helm`],
    ['Install or upgrade', `helm upgrade --install ${release} ./${chart} -f ${chart}/values-local.yaml --namespace ${namespace} --create-namespace`],
    ['Verify', `kubectl get all -n ${namespace} -l app.kubernetes.io/instance=${release}`],
    ['Access', `kubectl port-forward -n ${namespace} svc/${svc} ${port}:${port}\ncurl http://localhost:${port}${w.state.healthPath}`],
    ['…or all of it at once', `./deploy-local.sh --release ${release} --namespace ${namespace}`],
  ];
  return (
    <section aria-labelledby="deploy-h" className="flow">
      <h2 id="deploy-h">The deploy sequence with your names</h2>
      <ol className="flow-steps">
        {rows.map(([t, c]) => (
          <li key={t}><strong>{t}</strong><pre>{c}</pre></li>
        ))}
      </ol>
    </section>
  );
}
