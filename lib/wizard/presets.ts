// Starting points. Each preset is a function, not a constant: a preset that runs
// PostgreSQL draws its password when it is chosen, and the state keeps it from then on.
// Only the walkthrough's preset carries the walkthrough's own password, flagged as such.
import { randomPassword, type RandomBytes } from './password';
import type { WizardState } from './state';
import type { OptionalTemplate } from './steps';
import { parseValues, valuesText, type ValuesSpec } from './values-doc';
import { valuesLocalText } from './values-local';
import type { Structure } from './values-model';

export interface Preset {
  id: string;
  title: string;
  /** one line */
  description: string;
  create: (random?: RandomBytes) => WizardState;
}

interface PresetSpec {
  id: string;
  chart: WizardState['chart'];
  containerPort: number;
  healthPath: string;
  postgres: boolean;
  optional: Record<OptionalTemplate, boolean>;
  values: ValuesSpec;
  release: string;
  namespace: string;
  dockerfile?: string;
  /** a fixed password (the walkthrough's); otherwise one is drawn */
  password?: string;
}

function build(p: PresetSpec, random?: RandomBytes): WizardState {
  const st: Structure = { name: p.chart.name, containerPort: p.containerPort, healthPath: p.healthPath, postgres: p.postgres, optional: p.optional };
  const password = p.postgres ? (p.password ?? randomPassword(random)) : '';
  const valuesYaml = valuesText(st, { postgresPassword: password }, p.values);
  const valuesLocalYaml = valuesLocalText(st, parseValues(valuesYaml) ?? {}, p.release);
  const state: WizardState = {
    version: 1,
    presetId: p.id,
    chart: p.chart,
    containerPort: p.containerPort,
    healthPath: p.healthPath,
    postgres: p.postgres,
    optional: p.optional,
    valuesYaml,
    valuesLocalYaml,
    edits: {},
    release: p.release,
    namespace: p.namespace,
  };
  if (p.dockerfile) state.dockerfile = p.dockerfile;
  return state;
}

const ALL = { ingress: true, hpa: true, httproute: true, tests: true };

export const PRESETS: Preset[] = [
  {
    id: 'walkthrough',
    title: 'The walkthrough’s backend',
    description: 'FastAPI backend with PostgreSQL, exactly as the walkthrough builds it (demo password included).',
    create: () =>
      build({
        id: 'walkthrough',
        chart: { name: 'backend', description: 'A Helm chart for Kubernetes', version: '0.1.0', appVersion: '0.1.0' },
        containerPort: 8000,
        healthPath: '/health',
        postgres: true,
        optional: ALL,
        values: {
          overrides: { env: { PYTHONUNBUFFERED: '1' } },
          comments: {
            'postgres.auth.password': {
              before:
                ' The walkthrough\'s demo password, kept so its commands work as written. Everyone who\n' +
                ' has read the walkthrough knows it: change it (or set existingSecret) before this\n' +
                ' chart runs anywhere but your laptop.',
              inline: ' ⚠ INSECURE demo password',
            },
          },
        },
        password: 'supersecret',
        release: 'my-backend',
        namespace: 'default',
        dockerfile: 'Dockerfile.prod',
      }),
  },
  {
    id: 'api-no-db',
    title: 'API without a database',
    description: 'A stateless HTTP service: Deployment, Service, optional Ingress and a Helm test; no PostgreSQL.',
    create: () =>
      build({
        id: 'api-no-db',
        chart: { name: 'api', description: 'A stateless HTTP API', version: '0.1.0', appVersion: '1.0.0' },
        containerPort: 3000,
        healthPath: '/healthz',
        postgres: false,
        optional: { ingress: true, hpa: false, httproute: false, tests: true },
        values: { overrides: { image: { repository: 'api' }, env: { LOG_LEVEL: 'info' } } },
        release: 'api',
        namespace: 'default',
      }),
  },
  {
    id: 'production',
    title: 'Production web app',
    description: 'Ingress with TLS, autoscaling from 2 pods, tight resources, hardened container, PostgreSQL with a generated password.',
    create: (random) =>
      build(
        {
          id: 'production',
          chart: { name: 'app', description: 'A web app with PostgreSQL', version: '0.1.0', appVersion: '1.0.0' },
          containerPort: 8080,
          healthPath: '/healthz',
          postgres: true,
          optional: { ingress: true, hpa: true, httproute: false, tests: true },
          values: {
            overrides: {
              replicaCount: 2,
              image: { repository: 'registry.example.com/app', tag: '' },
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
              ingress: {
                enabled: true,
                className: 'nginx',
                hosts: [{ host: 'app.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
                tls: [{ secretName: 'app-example-com-tls', hosts: ['app.example.com'] }],
              },
              resources: { limits: { cpu: '250m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
              autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 75 },
              postgres: {
                persistence: { size: '10Gi' },
                resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '250m', memory: '256Mi' } },
              },
            },
            comments: {
              'image.tag': { before: ' Empty: the chart\'s appVersion, so bumping appVersion deploys that image version.' },
              'ingress.annotations': { before: ' e.g. cert-manager.io/cluster-issuer: letsencrypt, to have cert-manager issue the TLS certificate.' },
              'ingress.tls': { before: ' The certificate for app.example.com, in this Secret.' },
            },
          },
          release: 'app',
          namespace: 'app',
        },
        random,
      ),
  },
  {
    id: 'external-db',
    title: 'App with an external database',
    description: 'The app reads its PostgreSQL connection from an existing Secret; no database in the chart (one for laptops only).',
    create: (random) =>
      build(
        {
          id: 'external-db',
          chart: { name: 'app', description: 'A web app using an external PostgreSQL', version: '0.1.0', appVersion: '1.0.0' },
          containerPort: 8080,
          healthPath: '/healthz',
          postgres: true,
          optional: { ingress: false, hpa: false, httproute: false, tests: true },
          values: {
            overrides: { image: { repository: 'app' }, postgres: { enabled: false, auth: { existingSecret: 'app-db' } } },
            comments: {
              'postgres.enabled': {
                before:
                  ' Off: the database runs elsewhere (a managed service, another team\'s cluster).\n' +
                  ' values-local.yaml turns it on, with its own throwaway PostgreSQL, for laptops.',
              },
              'postgres.auth.existingSecret': {
                before:
                  ' The Secret with the keys host, port, database, username and password, e.g.\n' +
                  '   kubectl create secret generic app-db --from-literal=host=db.example.com \\\n' +
                  '     --from-literal=port=5432 --from-literal=database=app --from-literal=username=app \\\n' +
                  '     --from-literal=password=...',
              },
              'postgres.auth.password': { before: ' Used only by the in-release PostgreSQL (values-local.yaml). Generated for this chart.' },
            },
          },
          release: 'app',
          namespace: 'default',
        },
        random,
      ),
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** A fresh state from preset `id` (a new password each call, where the preset draws one). */
export function presetState(id: string, random?: RandomBytes): WizardState {
  const p = findPreset(id);
  if (!p) throw new Error(`unknown preset "${id}"; presets: ${PRESETS.map((x) => x.id).join(', ')}`);
  return p.create(random);
}
