// The values a generated chart declares: one section per top-level key, in the order
// values.yaml lists them. Each section knows when the structure needs it, its default
// data, the comments that explain it, and its JSON Schema. The same table drives the
// first values.yaml text (presets), the sections `setStructure` adds or removes later,
// and values.schema.json — so a value is declared, documented and typed in one place.
//
// Rule the tests enforce: every value declared here is read by some template (a value
// nobody reads is a lie in the chart's interface).
import type { OptionalTemplate } from './steps';

/** What the values depend on: the structural part of a WizardState. */
export interface Structure {
  name: string;
  containerPort: number;
  healthPath: string;
  postgres: boolean;
  optional: Record<OptionalTemplate, boolean>;
}

export type JsonSchema = { [k: string]: unknown };

export interface Comment {
  /** lines above the key (without '#') */
  before?: string;
  /** text after the value on the same line */
  inline?: string;
}

export interface Section {
  key: string;
  /** a blank line above the section in values.yaml */
  spaced: boolean;
  when: (st: Structure) => boolean;
  value: (st: Structure, secrets: Secrets) => unknown;
  /** comments by path relative to the section ('' is the section's own key) */
  comments: (st: Structure) => Record<string, Comment>;
  schema: (st: Structure) => JsonSchema;
}

/** Values that must not be invented by the generator: drawn once and stored in state. */
export interface Secrets {
  postgresPassword: string;
}

// Kubernetes resource.Quantity, as its parser accepts it (e.g. 500m, 1.5Gi, 2e3).
export const QUANTITY = '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$';
const quantity: JsonSchema = { type: ['string', 'number'], pattern: QUANTITY };
const quantityMap: JsonSchema = { type: 'object', additionalProperties: quantity };
const resourcesSchema = (what: string): JsonSchema => ({
  type: 'object',
  description: `CPU and memory requests and limits for ${what}.`,
  properties: { limits: quantityMap, requests: quantityMap },
});
const stringMap = (description: string): JsonSchema => ({ type: 'object', description, additionalProperties: { type: 'string' } });
const freeObject = (description: string): JsonSchema => ({ type: 'object', description });
const objectList = (description: string): JsonSchema => ({ type: 'array', description, items: { type: 'object' } });
const port = (description: string): JsonSchema => ({ type: 'integer', minimum: 1, maximum: 65535, description });
const fixed = (properties: Record<string, JsonSchema>, required: string[], description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  additionalProperties: false,
  required,
  properties,
});
/** `enabled` on/off sections: the other keys are only needed when it is on. */
const toggled = (properties: Record<string, JsonSchema>, required: string[], description: string): JsonSchema => ({
  ...fixed(properties, ['enabled'], description),
  if: { properties: { enabled: { const: true } } },
  then: { required },
});

const probe = (st: Structure, initialDelaySeconds: number, periodSeconds: number) => ({
  httpGet: { path: st.healthPath, port: 'http' },
  initialDelaySeconds,
  periodSeconds,
});

export const SECTIONS: Section[] = [
  {
    key: 'replicaCount',
    spaced: false,
    when: () => true,
    value: () => 1,
    comments: (st) => ({
      '': {
        before: ` Application configuration\n How many pods run the app${st.optional.hpa ? ' (the HorizontalPodAutoscaler decides instead while autoscaling.enabled is true)' : ''}.`,
      },
    }),
    schema: () => ({ type: 'integer', minimum: 0, description: 'Number of app pods.' }),
  },
  {
    key: 'image',
    spaced: true,
    when: () => true,
    value: (st) => ({ repository: `${st.name}-app`, tag: 'latest', pullPolicy: 'IfNotPresent' }),
    comments: () => ({
      '': { before: ' The app\'s container image. On kind and minikube it must be loaded into the cluster\n first: deploy-local.sh builds and loads it for you.' },
      tag: { before: ' The image tag; empty: the chart\'s appVersion. Pin a real version for shared clusters:\n "latest" suits a laptop, where deploy-local.sh rebuilds it.' },
      pullPolicy: { before: ' IfNotPresent uses an image already on the node (the one deploy-local.sh loaded).' },
    }),
    schema: () =>
      fixed(
        {
          repository: { type: 'string', minLength: 1, description: 'Image name without the tag.' },
          tag: { type: 'string', description: 'Image tag; empty means the chart appVersion.' },
          pullPolicy: { type: 'string', enum: ['Always', 'IfNotPresent', 'Never'], description: 'When the kubelet pulls the image.' },
        },
        ['repository', 'tag', 'pullPolicy'],
        "The app's container image.",
      ),
  },
  {
    key: 'imagePullSecrets',
    spaced: true,
    when: () => true,
    value: () => [],
    comments: () => ({ '': { before: ' Secrets for pulling the image from a private registry, e.g. [{name: regcred}].' } }),
    schema: () => ({
      type: 'array',
      description: 'Secrets for pulling from a private registry.',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
    }),
  },
  {
    key: 'nameOverride',
    spaced: false,
    when: () => true,
    value: () => '',
    comments: () => ({ '': { before: ' Replaces the chart name in resource names and labels.' } }),
    schema: () => ({ type: 'string', maxLength: 63, description: 'Replaces the chart name in names and labels.' }),
  },
  {
    key: 'fullnameOverride',
    spaced: false,
    when: () => true,
    value: () => '',
    comments: () => ({ '': { before: ' Replaces the full resource name (by default the release name, plus the chart name\n unless the release name already contains it).' } }),
    schema: () => ({ type: 'string', maxLength: 63, description: 'Replaces the full resource name.' }),
  },
  {
    key: 'serviceAccount',
    spaced: true,
    when: () => true,
    value: () => ({ create: true, automount: true, annotations: {}, name: '' }),
    comments: () => ({
      '': { before: ' The identity the app\'s pods run as.' },
      create: { before: ' Create a ServiceAccount for the app.' },
      automount: { before: ' Mount its API token into the pods; turn off when the app never calls the Kubernetes API.' },
      name: { before: ' Its name; empty: the full name when create is true, else "default".' },
    }),
    schema: () =>
      fixed(
        {
          create: { type: 'boolean' },
          automount: { type: 'boolean' },
          annotations: stringMap('Annotations on the ServiceAccount.'),
          name: { type: 'string' },
        },
        ['create'],
        'The ServiceAccount the pods run as.',
      ),
  },
  {
    key: 'podAnnotations',
    spaced: true,
    when: () => true,
    value: () => ({}),
    comments: () => ({ '': { before: ' Extra annotations and labels on the app\'s pods.' } }),
    schema: () => stringMap('Extra annotations on the app pods.'),
  },
  {
    key: 'podLabels',
    spaced: false,
    when: () => true,
    value: () => ({}),
    comments: () => ({}),
    schema: () => stringMap('Extra labels on the app pods.'),
  },
  {
    key: 'podSecurityContext',
    spaced: true,
    when: () => true,
    value: () => ({}),
    comments: () => ({ '': { before: ' Security settings for the pod and for the app container, e.g. runAsNonRoot: true.' } }),
    schema: () => freeObject('Pod-level securityContext.'),
  },
  {
    key: 'securityContext',
    spaced: false,
    when: () => true,
    value: () => ({}),
    comments: () => ({}),
    schema: () => freeObject('Container-level securityContext of the app.'),
  },
  {
    key: 'service',
    spaced: true,
    when: () => true,
    value: (st) => ({ type: 'ClusterIP', port: st.containerPort }),
    comments: (st) => ({
      '': { before: ' Service configuration' },
      type: { before: ' ClusterIP (reachable inside the cluster), NodePort or LoadBalancer.' },
      port: { before: ` The Service's port. It forwards to the container port named "http" (${st.containerPort}).` },
    }),
    schema: () =>
      fixed(
        {
          type: { type: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer'], description: 'Service type.' },
          port: port('The port the Service listens on.'),
        },
        ['type', 'port'],
        'The Service in front of the app pods.',
      ),
  },
  {
    key: 'ingress',
    spaced: true,
    when: (st) => st.optional.ingress,
    value: () => ({
      enabled: false,
      className: '',
      annotations: {},
      hosts: [{ host: 'chart-example.local', paths: [{ path: '/', pathType: 'ImplementationSpecific' }] }],
      tls: [],
    }),
    comments: () => ({
      '': { before: ' Ingress: exposes the Service through the cluster\'s ingress controller.' },
      className: { before: ' IngressClass to use, e.g. nginx; empty: the cluster\'s default class.' },
      tls: { before: ' TLS, e.g. [{secretName: chart-example-tls, hosts: [chart-example.local]}].' },
    }),
    schema: () =>
      toggled(
        {
          enabled: { type: 'boolean' },
          className: { type: 'string' },
          annotations: stringMap('Annotations on the Ingress.'),
          hosts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['host', 'paths'],
              properties: {
                host: { type: 'string' },
                paths: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['path'],
                    properties: {
                      path: { type: 'string', pattern: '^/' },
                      pathType: { type: 'string', enum: ['Exact', 'Prefix', 'ImplementationSpecific'] },
                    },
                  },
                },
              },
            },
          },
          tls: {
            type: 'array',
            items: {
              type: 'object',
              properties: { secretName: { type: 'string' }, hosts: { type: 'array', items: { type: 'string' } } },
            },
          },
        },
        ['hosts'],
        'Ingress in front of the Service.',
      ),
  },
  {
    key: 'httpRoute',
    spaced: true,
    when: (st) => st.optional.httproute,
    value: () => ({
      enabled: false,
      annotations: {},
      parentRefs: [{ name: 'gateway', sectionName: 'http' }],
      hostnames: ['chart-example.local'],
      rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }],
    }),
    comments: () => ({
      '': { before: ' HTTPRoute (Gateway API): attaches the Service to a Gateway. Needs the Gateway API\n CRDs and a Gateway controller in the cluster.' },
      parentRefs: { before: ' The Gateways (and listeners) this route attaches to.' },
      rules: { before: ' Matches (and optional filters) per rule; each rule sends traffic to the Service.' },
    }),
    schema: () =>
      toggled(
        {
          enabled: { type: 'boolean' },
          annotations: stringMap('Annotations on the HTTPRoute.'),
          parentRefs: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
          hostnames: { type: 'array', items: { type: 'string' } },
          rules: { type: 'array', items: { type: 'object', properties: { matches: { type: 'array' }, filters: { type: 'array' } } } },
        },
        ['parentRefs'],
        'Gateway API HTTPRoute to the Service.',
      ),
  },
  {
    key: 'livenessProbe',
    spaced: true,
    when: () => true,
    value: (st) => probe(st, 30, 10),
    comments: (st) => ({
      '': { before: ` Health checks: Kubernetes restarts the container when liveness fails and sends it\n no traffic while readiness fails. Both ask ${st.healthPath} on the port named "http".` },
    }),
    schema: () => freeObject('Liveness probe of the app container.'),
  },
  {
    key: 'readinessProbe',
    spaced: true,
    when: () => true,
    value: (st) => probe(st, 10, 5),
    comments: () => ({}),
    schema: () => freeObject('Readiness probe of the app container.'),
  },
  {
    key: 'resources',
    spaced: true,
    when: () => true,
    value: () => ({ limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '128Mi' } }),
    comments: () => ({ '': { before: ' Resources: requests reserve capacity on a node, limits cap the container.' } }),
    schema: () => resourcesSchema('the app container'),
  },
  {
    key: 'autoscaling',
    spaced: true,
    when: (st) => st.optional.hpa,
    value: () => ({ enabled: false, minReplicas: 1, maxReplicas: 100, targetCPUUtilizationPercentage: 80 }),
    comments: () => ({
      '': { before: ' Autoscaling (HorizontalPodAutoscaler); needs metrics-server and resources.requests.' },
      targetCPUUtilizationPercentage: {
        before: ' Target average CPU use, in percent of the CPU request. Add\n targetMemoryUtilizationPercentage to scale on memory as well.',
      },
    }),
    schema: () =>
      toggled(
        {
          enabled: { type: 'boolean' },
          minReplicas: { type: 'integer', minimum: 1 },
          maxReplicas: { type: 'integer', minimum: 1 },
          targetCPUUtilizationPercentage: { type: 'integer', minimum: 1 },
          targetMemoryUtilizationPercentage: { type: 'integer', minimum: 1 },
        },
        ['minReplicas', 'maxReplicas'],
        'HorizontalPodAutoscaler for the app.',
      ),
  },
  {
    key: 'env',
    spaced: true,
    when: () => true,
    value: () => ({}),
    comments: (st) => ({
      '': {
        before: ` Environment variables (name: value) for the app container.${st.postgres ? '\n DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD are added from the PostgreSQL settings.' : ''}`,
      },
    }),
    schema: () => ({
      type: 'object',
      description: 'Environment variables of the app container.',
      propertyNames: { pattern: '^[-._a-zA-Z][-._a-zA-Z0-9]*$' },
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    }),
  },
  {
    key: 'volumes',
    spaced: true,
    when: () => true,
    value: () => [],
    comments: () => ({ '': { before: ' Extra volumes for the pod and where the app container mounts them.' } }),
    schema: () => objectList('Extra pod volumes.'),
  },
  {
    key: 'volumeMounts',
    spaced: false,
    when: () => true,
    value: () => [],
    comments: () => ({}),
    schema: () => objectList('Extra volume mounts of the app container.'),
  },
  {
    key: 'nodeSelector',
    spaced: true,
    when: () => true,
    value: () => ({}),
    comments: () => ({ '': { before: ' Scheduling: which nodes the app\'s pods may run on.' } }),
    schema: () => stringMap('Node labels the pods require.'),
  },
  {
    key: 'tolerations',
    spaced: false,
    when: () => true,
    value: () => [],
    comments: () => ({}),
    schema: () => objectList('Pod tolerations.'),
  },
  {
    key: 'affinity',
    spaced: false,
    when: () => true,
    value: () => ({}),
    comments: () => ({}),
    schema: () => freeObject('Pod affinity rules.'),
  },
  {
    key: 'postgres',
    spaced: true,
    when: (st) => st.postgres,
    value: (_st, secrets) => ({
      enabled: true,
      image: { repository: 'postgres', tag: '15-alpine' },
      auth: { database: 'appdb', username: 'appuser', password: secrets.postgresPassword, existingSecret: '' },
      persistence: { enabled: true, size: '1Gi', storageClass: '' },
      resources: { limits: { cpu: '500m', memory: '512Mi' } },
    }),
    comments: () => ({
      '': { before: ' PostgreSQL configuration' },
      enabled: {
        before: ' Run PostgreSQL inside this release. Off: no database objects are created, and with\n auth.existingSecret set the app connects to the database that Secret describes.',
      },
      'auth.password': { before: ' Generated for this chart. Anyone who can read these values can read it.' },
      'auth.existingSecret': {
        before:
          ' Name of an existing Secret with the keys host, port, database, username and password.\n Set: the chart renders no Secret, and the app (and PostgreSQL) read that one instead.',
      },
      'persistence.enabled': { before: ' Keep the data on a PersistentVolume; off: an emptyDir, lost with the pod.' },
      'persistence.storageClass': { before: ' StorageClass of the volume; empty: the cluster\'s default; "-": none (static volumes).' },
    }),
    schema: () =>
      fixed(
        {
          enabled: { type: 'boolean', description: 'Run PostgreSQL in this release.' },
          image: fixed(
            { repository: { type: 'string', minLength: 1 }, tag: { type: 'string', minLength: 1 } },
            ['repository', 'tag'],
            'PostgreSQL image.',
          ),
          auth: fixed(
            {
              database: { type: 'string', minLength: 1 },
              username: { type: 'string', minLength: 1 },
              password: { type: 'string' },
              existingSecret: { type: 'string' },
            },
            ['database', 'username'],
            'Database, user and password (or an existing Secret holding them).',
          ),
          persistence: fixed(
            {
              enabled: { type: 'boolean' },
              size: { type: 'string', pattern: QUANTITY },
              storageClass: { type: 'string' },
            },
            ['enabled', 'size'],
            'Storage of the database files.',
          ),
          resources: resourcesSchema('PostgreSQL'),
        },
        ['enabled', 'image', 'auth', 'persistence'],
        'PostgreSQL inside the release, or an external one through auth.existingSecret.',
      ),
  },
];

export function sectionsFor(st: Structure): Section[] {
  return SECTIONS.filter((s) => s.when(st));
}
