// generateChart: WizardState → the files users take home. Pure: the same state gives the
// same bytes (nothing random, no clock), in the browser and in the CLI alike.
//
// Where the chart's source lives, and why: the chart files are written as TypeScript
// functions in lib/wizard/chart-source/*.ts, one per file, taking the structural choices
// (chart name, PostgreSQL, optional templates, container port, health path). chart-templates/
// holds what they produce for the default (walkthrough) preset — real files, lintable with
// `helm lint --strict chart-templates/backend` — and lib/wizard/chart-templates.test.ts
// fails when the two differ (CW_WRITE_CHART_TEMPLATES=1 on that test rewrites chart-templates/).
// The other way round (real files as the source, turned into TS strings by a script) would
// need a second template language inside the chart files for the structural choices, and a
// raw-file loader in each of the three bundlers that see lib/ (Next, esbuild, Vite); plain
// functions need neither and keep every structural branch next to the text it changes.
//
// Output paths: "CHART/…" for the chart, plus deploy-local.sh and README.md beside it.
// A user's edit (state.edits, chart-relative path; "../deploy-local.sh" and "../README.md"
// for the two beside the chart) replaces the generated text; edits for files the structure
// does not generate are not emitted.
import { chartYaml } from './chart-source/chart-yaml';
import type { ChartContext } from './chart-source/context';
import { deploymentYaml } from './chart-source/deployment';
import { helmignore } from './chart-source/helmignore';
import { helpersTpl } from './chart-source/helpers';
import { hpaYaml } from './chart-source/hpa';
import { httpRouteYaml } from './chart-source/httproute';
import { ingressYaml } from './chart-source/ingress';
import { notesTxt } from './chart-source/notes';
import { postgresSecretYaml, postgresServiceYaml, postgresStatefulSetYaml } from './chart-source/postgres';
import { serviceYaml } from './chart-source/service';
import { serviceAccountYaml } from './chart-source/serviceaccount';
import { testConnectionYaml } from './chart-source/test-connection';
import { deployScript, type DeployScriptContext } from './deploy-script';
import { readme } from './readme';
import { valuesSchemaJson } from './schema-gen';
import { DEFAULT_BUILD_CONTEXT, DEFAULT_DOCKERFILE, structureOf, type WizardState } from './state';
import { deepMerge, parseValues } from './values-doc';

type Obj = Record<string, unknown>;

/** Paths beside the chart directory, as `edits` keys them. */
export const SCRIPT_EDIT_PATH = '../deploy-local.sh';
export const README_EDIT_PATH = '../README.md';

function get(v: unknown, ...path: string[]): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Obj)[k];
  }
  return cur;
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;
}

/** The chart's own files, chart-relative, before user edits (values text is state, not generated). */
function chartSources(c: ChartContext): Record<string, string> {
  const files: Record<string, string> = {
    'Chart.yaml': chartYaml(c),
    '.helmignore': helmignore(),
    'templates/_helpers.tpl': helpersTpl(c),
    'templates/deployment.yaml': deploymentYaml(c),
    'templates/service.yaml': serviceYaml(c),
    'templates/serviceaccount.yaml': serviceAccountYaml(c),
    'templates/NOTES.txt': notesTxt(c),
  };
  if (c.postgres) {
    files['templates/postgres-secret.yaml'] = postgresSecretYaml(c);
    files['templates/postgres-statefulset.yaml'] = postgresStatefulSetYaml(c);
    files['templates/postgres-service.yaml'] = postgresServiceYaml(c);
  }
  if (c.optional.ingress) files['templates/ingress.yaml'] = ingressYaml(c);
  if (c.optional.hpa) files['templates/hpa.yaml'] = hpaYaml(c);
  if (c.optional.httproute) files['templates/httproute.yaml'] = httpRouteYaml(c);
  if (c.optional.tests) files['templates/tests/test-connection.yaml'] = testConnectionYaml(c);
  return files;
}

export function chartContext(s: WizardState): ChartContext {
  return {
    name: s.chart.name,
    description: s.chart.description,
    version: s.chart.version,
    appVersion: s.chart.appVersion,
    containerPort: s.containerPort,
    healthPath: s.healthPath,
    postgres: s.postgres,
    optional: s.optional,
  };
}

/** What deploy-local.sh installs: values.yaml with values-local.yaml over it. */
function deployContext(s: WizardState, values: Obj | undefined, local: Obj | undefined): DeployScriptContext {
  const merged = deepMerge(values ?? {}, local ?? {}) as Obj;
  const port = get(merged, 'service', 'port');
  const secret = s.postgres ? get(merged, 'postgres', 'auth', 'existingSecret') : undefined;
  return {
    chart: s.chart.name,
    release: s.release,
    namespace: s.namespace,
    imageRepository: str(get(values, 'image', 'repository'), `${s.chart.name}-app`),
    imageTag: str(get(values, 'image', 'tag'), '') || s.chart.appVersion,
    dockerfile: s.dockerfile ?? DEFAULT_DOCKERFILE,
    buildContext: s.buildContext ?? DEFAULT_BUILD_CONTEXT,
    servicePort: typeof port === 'number' && Number.isInteger(port) ? port : s.containerPort,
    healthPath: s.healthPath,
    postgres: s.postgres,
    dbSecret: typeof secret === 'string' && secret ? secret : undefined,
  };
}

function sorted(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(files).sort()) out[k] = files[k];
  return out;
}

export function generateChart(state: WizardState): Record<string, string> {
  const ctx = chartContext(state);
  const chart = chartSources(ctx);
  chart['values.yaml'] = state.valuesYaml;
  chart['values-local.yaml'] = state.valuesLocalYaml;
  const edited = (p: string, text: string) => (Object.prototype.hasOwnProperty.call(state.edits, p) ? state.edits[p] : text);
  for (const p of Object.keys(chart)) chart[p] = edited(p, chart[p]);

  // Derived from what is actually shipped, so a hand-edited values.yaml gets a matching schema.
  const values = parseValues(chart['values.yaml']);
  const local = parseValues(chart['values-local.yaml']);
  chart['values.schema.json'] = edited('values.schema.json', valuesSchemaJson(structureOf(state), values));

  const out: Record<string, string> = {};
  for (const [p, text] of Object.entries(chart)) out[`${state.chart.name}/${p}`] = text;
  const dc = deployContext(state, values, local);
  out['deploy-local.sh'] = edited(SCRIPT_EDIT_PATH, deployScript(dc));
  out['README.md'] = edited(README_EDIT_PATH, readme(dc));
  return sorted(out);
}
