// The wizard's steps, in the walkthrough's order of creation. Texts are ours, written
// from the walkthrough's facts; `{chart}`, `{release}`, `{namespace}`, `{port}`,
// `{health}`, `{app}` and `{db}` (the app's and the database's Service names) are filled in with the user's own names when a step is shown.

export type OptionalTemplate = 'ingress' | 'hpa' | 'httproute' | 'tests';

export interface StepDef {
  /** URL segment: /wizard/<id>/ */
  id: string;
  /** the file this step writes, relative to the chart directory (deploy-local.sh sits beside it) */
  file: string;
  title: string;
  /** what the file is for */
  purpose: string;
  /** why it comes at this point of the sequence */
  whyNow: string;
  keyPoints: string[];
  /** form fields shown at this step (ids known to the UI) */
  fields: string[];
  /** optional templates the walkthrough discusses next to this step */
  optional?: OptionalTemplate[];
  /** the step only means something with PostgreSQL on */
  needsPostgres?: boolean;
}

export const STEPS: StepDef[] = [
  {
    id: 'chart-yaml',
    file: 'Chart.yaml',
    title: 'Chart.yaml — the chart’s identity',
    purpose:
      'Names the chart and versions it. Helm does not recognise a directory as a chart without this file, so every install starts here.',
    whyNow: 'Nothing else can be rendered until Helm knows which chart it is reading: this file comes first.',
    keyPoints: [
      '`apiVersion: v2` is the Helm 3+ chart format; `type: application` means it can be installed (a library chart cannot).',
      '`version` is the version of the chart itself and must be semantic (1.2.3); bump it whenever the chart changes.',
      '`appVersion` is the version of the application the chart deploys — here the FastAPI backend; it is informational and appears in the `helm.sh/chart` label’s neighbour labels.',
      'The `name` becomes the prefix of every helper (`{chart}.fullname`, `{chart}.labels`…) and of the `# Source:` lines in the output.',
    ],
    fields: ['chartName', 'description', 'chartVersion', 'appVersion'],
  },
  {
    id: 'values-yaml',
    file: 'values.yaml',
    title: 'values.yaml — the defaults users can override',
    purpose:
      'The configuration contract of the chart: every knob a user may turn, with its default. Templates read these through `.Values`.',
    whyNow:
      'Templates are written against these values, so they are settled before the first template. It also makes the chart’s surface visible in one file.',
    keyPoints: [
      'Application: image repository, tag and pull policy, replica count, resources.',
      'Service: type and port — the Service’s own port; it forwards to the container port named `http` ({port}), which the app listens on and the probes call.',
      'Health checks: liveness and readiness probes hit `{health}` on the named port `http`.',
      'PostgreSQL: image, database name, user and password, persistence size. Anything here can be overridden with `-f file.yaml` or `--set key=value` at install time.',
      'Every number in a values file is read as a float by Helm; that matters for comparisons like `eq .Values.port 80`.',
    ],
    fields: ['replicas', 'imageRepository', 'imageTag', 'containerPort', 'healthPath', 'enablePostgres', 'dbName', 'dbUser', 'dbPassword', 'storageSize'],
  },
  {
    id: 'helpers',
    file: 'templates/_helpers.tpl',
    title: '_helpers.tpl — named templates every file reuses',
    purpose:
      'Defines small named templates (`{chart}.fullname`, `{chart}.labels`, `{chart}.selectorLabels`, `{chart}.serviceAccountName`) that the manifests call with `include`.',
    whyNow: 'Every manifest that follows names and labels its objects through these helpers, so they exist before the first manifest.',
    keyPoints: [
      'Files starting with `_` are never printed as manifests; they only hold `define` blocks.',
      '`fullname` is the release name plus the chart name (or just the release name when it already contains the chart name), cut to 63 characters — the Kubernetes limit for names.',
      '`selectorLabels` must stay stable over the life of a release: a Deployment’s selector cannot change after creation.',
      '`include` (not `template`) is used so the result can be piped into `nindent`.',
    ],
    fields: [],
  },
  {
    id: 'deployment',
    file: 'templates/deployment.yaml',
    title: 'deployment.yaml — running the FastAPI app',
    purpose:
      'Runs the application pods: image, port, environment, probes and resources, plus an init container that waits for PostgreSQL.',
    whyNow: 'The application is the reason for the chart; with values and helpers in place it can be described completely.',
    keyPoints: [
      'The init container `wait-for-postgres` (busybox) polls `{db}:5432` with `nc -z` and gives up after a bounded wait with a clear message, so a broken database shows up as a failed pod instead of a silent hang.',
      'Plain variables come from `.Values.env`; database settings (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD) come from the PostgreSQL Secret through `secretKeyRef`, so the password never sits in the pod spec.',
      'Liveness and readiness probes come from values with `toYaml … | nindent 12`.',
      'Resource requests and limits keep one pod from starving the node.',
    ],
    fields: ['replicas', 'imageRepository', 'imageTag', 'containerPort', 'healthPath'],
    optional: ['hpa'],
  },
  {
    id: 'service',
    file: 'templates/service.yaml',
    title: 'service.yaml — a stable address for the pods',
    purpose: 'Gives the pods one DNS name and one virtual IP inside the cluster and balances requests across replicas.',
    whyNow: 'Once pods exist, something has to route traffic to them; the Service selects them by their selector labels.',
    keyPoints: [
      'Reachable as `{app}` (the chart’s fullname) inside namespace `{namespace}`.',
      '`targetPort: http` refers to the container port by name, so the Service’s port (`service.port`) can change without touching the pods.',
      'The selector uses the same selector labels as the Deployment’s pod template — if they drift apart, the Service routes nowhere.',
      'External access is optional: Ingress or the Gateway API’s HTTPRoute sit in front of this Service.',
    ],
    fields: ['containerPort'],
    optional: ['ingress', 'httproute'],
  },
  {
    id: 'postgres-secret',
    file: 'templates/postgres-secret.yaml',
    title: 'postgres-secret.yaml — the database credentials',
    purpose: 'Stores the database name, user and password as a Secret that both PostgreSQL and the application read.',
    whyNow: 'Both the database and the app reference this Secret, so it is created before either of them.',
    keyPoints: [
      'Wrapped in `if .Values.postgres.enabled`: without PostgreSQL the file renders nothing.',
      'Values are base64-encoded with `b64enc` — an encoding Kubernetes requires, not encryption.',
      'A fixed password in values.yaml is fine for a laptop, not for production: use a generated password or point the chart at an existing Secret.',
    ],
    fields: ['enablePostgres', 'dbName', 'dbUser', 'dbPassword'],
    needsPostgres: true,
  },
  {
    id: 'postgres-statefulset',
    file: 'templates/postgres-statefulset.yaml',
    title: 'postgres-statefulset.yaml — the database with its own disk',
    purpose: 'Runs PostgreSQL as a StatefulSet: a stable pod name (`{db}-0`) and a volume that survives restarts.',
    whyNow: 'With its credentials in place, the database can start; it must be up before the app’s init container lets the app start.',
    keyPoints: [
      'A StatefulSet, not a Deployment: stable identity and storage that follows the pod.',
      '`volumeClaimTemplates` creates one PersistentVolumeClaim per pod (`postgres-data-{db}-0`); with persistence off, an `emptyDir` is used instead.',
      '`PGDATA` points at a subdirectory of the mount, because PostgreSQL refuses a non-empty mount root.',
      '`pg_isready` probes tell Kubernetes when the database accepts connections.',
    ],
    fields: ['storageSize'],
    needsPostgres: true,
  },
  {
    id: 'postgres-service',
    file: 'templates/postgres-service.yaml',
    title: 'postgres-service.yaml — DNS for the database',
    purpose: 'A headless Service (`clusterIP: None`) that gives the database pod its DNS name `{db}`.',
    whyNow: 'The StatefulSet names it as its `serviceName`, and the app connects through it.',
    keyPoints: [
      'Headless: no virtual IP and no load balancing; DNS answers with the pod’s own address.',
      'In the same namespace the short name `{db}` works; the full one is `{db}.{namespace}.svc.cluster.local`.',
    ],
    fields: [],
    needsPostgres: true,
  },
  {
    id: 'serviceaccount',
    file: 'templates/serviceaccount.yaml',
    title: 'serviceaccount.yaml — the pods’ identity',
    purpose: 'Creates the ServiceAccount the app’s pods run as.',
    whyNow: 'Supporting files come after the main resources; an identity of its own is good practice and the hook for RBAC later.',
    keyPoints: [
      '`serviceAccount.create: false` uses an existing account instead (or `default`).',
      'Token automounting can be switched off when the app never talks to the Kubernetes API.',
    ],
    fields: [],
  },
  {
    id: 'helmignore',
    file: '.helmignore',
    title: '.helmignore — what stays out of the package',
    purpose: 'Patterns of files that `helm package` leaves out, like `.gitignore` for charts.',
    whyNow: 'The chart is complete enough to package; keep editor and VCS files out of it.',
    keyPoints: ['Editor backups, `.git/`, `.vscode/` and similar stay out of the chart archive.', 'Ignored files are invisible to `.Files` in templates too.'],
    fields: [],
  },
  {
    id: 'notes',
    file: 'templates/NOTES.txt',
    title: 'NOTES.txt — what the user reads after install',
    purpose: 'A template rendered after `helm install`/`upgrade` and printed to the user: how to reach the app.',
    whyNow: 'Once everything deploys, tell people how to use it.',
    keyPoints: [
      'Rendered like any template (errors in it fail the install) but never sent to Kubernetes, and `helm template` does not print it.',
      'It adapts to the Service type and ingress settings.',
    ],
    fields: [],
  },
  {
    id: 'values-local',
    file: 'values-local.yaml',
    title: 'values-local.yaml — settings for a laptop cluster',
    purpose: 'An overlay of values for minikube or kind: smaller resources, default storage class.',
    whyNow: 'With the chart done, an overlay tailors it to local development without touching the defaults.',
    keyPoints: [
      'Used as `helm upgrade --install {release} ./{chart} -f {chart}/values-local.yaml`.',
      'Only what differs from values.yaml belongs here; maps merge deeply, lists are replaced.',
      'An empty `storageClass` means the cluster’s default class, which minikube and kind both provide.',
    ],
    fields: [],
  },
  {
    id: 'deploy-local',
    file: '../deploy-local.sh',
    title: 'deploy-local.sh — one command to a local cluster',
    purpose: 'Detects minikube or kind, builds the image, loads it into the cluster, installs the chart and waits until it is ready.',
    whyNow: 'The last step turns the chart into a running service with one command.',
    keyPoints: [
      'minikube and kind run their own container runtime: a locally built image must be loaded into it (`minikube image load`, `kind load docker-image`). Docker Desktop shares the host’s images.',
      'A `:latest` tag makes Kubernetes pull by default; the script pins `imagePullPolicy: IfNotPresent` so the loaded image is used.',
      '`helm upgrade --install` works for the first install and every later one.',
    ],
    fields: [],
  },
];

export const REVIEW_STEP = { id: 'review', title: 'Review & download' } as const;

export const STEP_IDS = [...STEPS.map((s) => s.id), REVIEW_STEP.id];

export function stepIndex(id: string): number {
  return STEP_IDS.indexOf(id);
}

/** The user's names, substituted into a step's texts. */
export interface StepNames {
  chart: string;
  release: string;
  namespace: string;
  port: string | number;
  health: string;
  /** the app's Service (the chart's fullname) */
  app: string;
  /** the database's Service name */
  db: string;
}

export function fillNames(text: string, n: StepNames): string {
  return text.replace(/\{(chart|release|namespace|port|health|app|db)\}/g, (_, k: keyof StepNames) => String(n[k]));
}

export const OPTIONAL_INFO: Record<OptionalTemplate, { file: string; title: string; about: string }> = {
  ingress: {
    file: 'templates/ingress.yaml',
    title: 'Ingress (external HTTP/HTTPS)',
    about: 'Exposes the Service outside the cluster through an ingress controller, with host rules and optional TLS. Off by default (`ingress.enabled: false`).',
  },
  hpa: {
    file: 'templates/hpa.yaml',
    title: 'HorizontalPodAutoscaler',
    about: 'Scales the Deployment between a minimum and a maximum number of pods on CPU (and memory) use. Off by default (`autoscaling.enabled: false`); when on, the Deployment leaves `replicas` to it.',
  },
  httproute: {
    file: 'templates/httproute.yaml',
    title: 'HTTPRoute (Gateway API)',
    about: 'The Gateway API’s successor to Ingress: attaches routes to a Gateway by `parentRefs`, with richer matching. Off by default (`httpRoute.enabled: false`).',
  },
  tests: {
    file: 'templates/tests/test-connection.yaml',
    title: 'Helm test',
    about: 'A pod annotated `helm.sh/hook: test` that calls the Service’s health endpoint; `helm test RELEASE` runs it after an install.',
  },
};
