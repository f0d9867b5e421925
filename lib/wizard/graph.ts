// How the rendered objects refer to each other, read from the manifests themselves
// (never hard-coded): the review step draws this as a picture.
import { parseAllDocuments } from 'yaml';

export interface GraphNode {
  id: string; // "Kind/name"
  kind: string;
  name: string;
  /** pod-template labels (workloads) or labels of the object */
  labels: Record<string, string>;
}

export type EdgeKind = 'env from secret' | 'selects pods' | 'waits for' | 'claims storage' | 'runs as' | 'routes to' | 'scales' | 'service name' | 'mounts';

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

export interface ResourceGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

type Obj = Record<string, any>;

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet']);

function podSpec(o: Obj): Obj | undefined {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  return WORKLOADS.has(o.kind) ? o.spec?.template?.spec : undefined;
}

function podLabels(o: Obj): Record<string, string> {
  if (o.kind === 'Pod') return o.metadata?.labels ?? {};
  return o.spec?.template?.metadata?.labels ?? {};
}

function containers(spec: Obj): Obj[] {
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => c && typeof c === 'object');
}

export function buildGraph(manifests: string): ResourceGraph {
  const objs: Obj[] = [];
  for (const doc of parseAllDocuments(manifests)) {
    const o = doc.toJS() as Obj | null;
    if (o && typeof o === 'object' && typeof o.kind === 'string' && o.metadata?.name) objs.push(o);
  }
  const nodes = new Map<string, GraphNode>();
  const add = (kind: string, name: string, labels: Record<string, string> = {}) => {
    const id = `${kind}/${name}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind, name, labels });
    return id;
  };
  for (const o of objs) add(o.kind, String(o.metadata.name), WORKLOADS.has(o.kind) || o.kind === 'Pod' ? podLabels(o) : o.metadata.labels ?? {});

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const link = (from: string, to: string, kind: EdgeKind) => {
    const k = `${from}>${to}>${kind}`;
    if (from !== to && !seen.has(k)) {
      seen.add(k);
      edges.push({ from, to, kind });
    }
  };
  const services = objs.filter((o) => o.kind === 'Service');

  for (const o of objs) {
    const id = `${o.kind}/${o.metadata.name}`;
    const spec = podSpec(o);
    if (spec) {
      for (const c of containers(spec)) {
        for (const e of c.env ?? []) {
          const s = e?.valueFrom?.secretKeyRef?.name;
          if (s) link(add('Secret', String(s)), id, 'env from secret');
        }
        for (const e of c.envFrom ?? []) {
          if (e?.secretRef?.name) link(add('Secret', String(e.secretRef.name)), id, 'env from secret');
        }
      }
      for (const v of spec.volumes ?? []) {
        if (v?.secret?.secretName) link(add('Secret', String(v.secret.secretName)), id, 'mounts');
        if (v?.persistentVolumeClaim?.claimName) link(id, add('PersistentVolumeClaim', String(v.persistentVolumeClaim.claimName)), 'claims storage');
      }
      // An init container that names a Service in its command waits for it.
      for (const c of spec.initContainers ?? []) {
        const text = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
        for (const s of services) {
          const n = String(s.metadata.name);
          if (new RegExp(`(^|[^a-z0-9-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9-])`).test(text)) link(id, `Service/${n}`, 'waits for');
        }
      }
      if (spec.serviceAccountName) link(id, add('ServiceAccount', String(spec.serviceAccountName)), 'runs as');
    }
    if (o.kind === 'StatefulSet') {
      for (const t of o.spec?.volumeClaimTemplates ?? []) {
        const claim = `${t?.metadata?.name}-${o.metadata.name}-0`;
        link(id, add('PersistentVolumeClaim', claim), 'claims storage');
      }
      if (o.spec?.serviceName) link(id, add('Service', String(o.spec.serviceName)), 'service name');
    }
    if (o.kind === 'Service' && o.spec?.selector && Object.keys(o.spec.selector).length) {
      const sel: Record<string, string> = o.spec.selector;
      for (const w of objs) {
        if (!(WORKLOADS.has(w.kind) || w.kind === 'Pod')) continue;
        const labels = podLabels(w);
        if (Object.entries(sel).every(([k, v]) => labels[k] === String(v))) link(id, `${w.kind}/${w.metadata.name}`, 'selects pods');
      }
    }
    if (o.kind === 'Ingress') {
      for (const r of o.spec?.rules ?? []) for (const p of r?.http?.paths ?? []) {
        const s = p?.backend?.service?.name;
        if (s) link(id, add('Service', String(s)), 'routes to');
      }
    }
    if (o.kind === 'HTTPRoute') {
      for (const r of o.spec?.rules ?? []) for (const b of r?.backendRefs ?? []) if (b?.name) link(id, add('Service', String(b.name)), 'routes to');
    }
    if (o.kind === 'HorizontalPodAutoscaler') {
      const t = o.spec?.scaleTargetRef;
      if (t?.kind && t?.name) link(id, add(String(t.kind), String(t.name)), 'scales');
    }
  }
  return { nodes: [...nodes.values()], edges };
}
