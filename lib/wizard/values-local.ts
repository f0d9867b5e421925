// values-local.yaml: the overlay for a laptop cluster. Only what differs from values.yaml
// (maps merge deeply, lists are replaced): smaller resources, one pod, nothing exposed
// outside the cluster, and PostgreSQL in the release with the cluster's default storage.
import { Document, isScalar, type Pair, type YAMLMap } from 'yaml';
import { YAML_OUT } from './values-doc';
import type { Structure } from './values-model';

type Obj = Record<string, unknown>;

function get(v: unknown, ...path: string[]): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Obj)[k];
  }
  return cur;
}

/** The overlay for `values` (the preset's parsed values.yaml). */
export function valuesLocalText(st: Structure, values: Obj, release: string): string {
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  const add = (key: string, value: unknown, comment?: string, inline?: Record<string, string>) => {
    const holder = doc.createNode({ [key]: value }) as YAMLMap;
    const pair = holder.items[0] as Pair;
    if (isScalar(pair.key)) {
      if (root.items.length) pair.key.spaceBefore = true;
      if (comment) pair.key.commentBefore = comment;
    }
    for (const [path, text] of Object.entries(inline ?? {})) {
      const node = holder.getIn([key, ...path.split('.')], true);
      if (isScalar(node)) node.comment = text;
    }
    root.items.push(pair);
  };

  const replicas = get(values, 'replicaCount');
  if (typeof replicas === 'number' && replicas > 1) add('replicaCount', 1, ' One pod is enough locally.');
  add(
    'resources',
    { limits: { cpu: '300m', memory: '256Mi' }, requests: { cpu: '50m', memory: '128Mi' } },
    ' Lower resources for local dev',
  );
  if (st.optional.hpa && get(values, 'autoscaling', 'enabled') === true) {
    add('autoscaling', { enabled: false }, ' No autoscaling on a laptop (and no metrics-server to drive it).');
  }
  if (st.optional.ingress && get(values, 'ingress', 'enabled') === true) {
    add('ingress', { enabled: false }, ' Reach the app with kubectl port-forward instead of the production host.');
  }
  if (st.optional.httproute && get(values, 'httpRoute', 'enabled') === true) {
    add('httpRoute', { enabled: false }, ' Local clusters usually have no Gateway.');
  }
  if (st.postgres) {
    const external = Boolean(get(values, 'postgres', 'auth', 'existingSecret'));
    const pg: Obj = { enabled: true };
    if (external) pg.auth = { existingSecret: '' };
    pg.persistence = { enabled: true, size: '1Gi', storageClass: '' };
    add(
      'postgres',
      pg,
      external ? ' A throwaway PostgreSQL in the release instead of the external database.' : undefined,
      { 'persistence.storageClass': ' Uses default (works with minikube/kind)' },
    );
  }
  doc.commentBefore =
    ' Values for a local cluster (minikube, kind or Docker Desktop), layered over values.yaml:\n' +
    `   helm upgrade --install ${release} ./${st.name} -f ${st.name}/values-local.yaml\n` +
    ' deploy-local.sh passes this file for you.';
  return doc.toString(YAML_OUT);
}
