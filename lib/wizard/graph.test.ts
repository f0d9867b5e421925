import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';

const MANIFESTS = `---
apiVersion: v1
kind: Secret
metadata: { name: r-postgres-secret }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: r-backend }
---
apiVersion: v1
kind: Service
metadata: { name: r-backend }
spec:
  selector: { app.kubernetes.io/name: backend, app.kubernetes.io/instance: r }
---
apiVersion: v1
kind: Service
metadata: { name: r-postgres }
spec:
  clusterIP: None
  selector: { app.kubernetes.io/name: backend-postgres }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: r-backend }
spec:
  template:
    metadata:
      labels: { app.kubernetes.io/name: backend, app.kubernetes.io/instance: r, extra: x }
    spec:
      serviceAccountName: r-backend
      initContainers:
      - name: wait
        command: [sh, -c]
        args: ["until nc -z r-postgres 5432; do sleep 2; done"]
      containers:
      - name: app
        env:
        - name: DB_USER
          valueFrom: { secretKeyRef: { name: r-postgres-secret, key: username } }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: r-postgres }
spec:
  serviceName: r-postgres
  template:
    metadata:
      labels: { app.kubernetes.io/name: backend-postgres }
    spec:
      containers:
      - name: postgres
        envFrom: [{ secretRef: { name: r-postgres-secret } }]
  volumeClaimTemplates:
  - metadata: { name: postgres-data }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: r-backend }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: r-backend }
`;

describe('buildGraph', () => {
  const g = buildGraph(MANIFESTS);
  const has = (from: string, to: string, kind: string) => g.edges.some((e) => e.from === from && e.to === to && e.kind === kind);
  const rows: [string, string, string][] = [
    ['Secret/r-postgres-secret', 'Deployment/r-backend', 'env from secret'],
    ['Secret/r-postgres-secret', 'StatefulSet/r-postgres', 'env from secret'],
    ['Service/r-backend', 'Deployment/r-backend', 'selects pods'],
    ['Service/r-postgres', 'StatefulSet/r-postgres', 'selects pods'],
    ['Deployment/r-backend', 'Service/r-postgres', 'waits for'],
    ['StatefulSet/r-postgres', 'PersistentVolumeClaim/postgres-data-r-postgres-0', 'claims storage'],
    ['Deployment/r-backend', 'ServiceAccount/r-backend', 'runs as'],
    ['HorizontalPodAutoscaler/r-backend', 'Deployment/r-backend', 'scales'],
    ['StatefulSet/r-postgres', 'Service/r-postgres', 'service name'],
  ];
  for (const [from, to, kind] of rows) it(`${from} ${kind} ${to}`, () => expect(has(from, to, kind)).toBe(true));
  it('does not invent edges', () => {
    expect(has('Service/r-backend', 'StatefulSet/r-postgres', 'selects pods')).toBe(false);
    expect(has('Deployment/r-backend', 'Service/r-backend', 'waits for')).toBe(false);
    expect(g.edges.length).toBe(rows.length);
  });
  it('lists every object once', () => {
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      'Deployment/r-backend', 'HorizontalPodAutoscaler/r-backend', 'PersistentVolumeClaim/postgres-data-r-postgres-0',
      'Secret/r-postgres-secret', 'Service/r-backend', 'Service/r-postgres', 'ServiceAccount/r-backend', 'StatefulSet/r-postgres',
    ]);
  });
});
