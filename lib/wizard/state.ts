// The wizard's state: everything that determines the chart. It is plain JSON (it goes
// into localStorage and, diffed against its preset, into share links).
//
// Contract between the UI and the generator: structural choices are fields here (they
// change which files exist and what the templates say); everything else is values,
// kept as the values.yaml TEXT the user edits (comments survive form edits). A user's
// hand edit of any generated file is kept in `edits` and wins over the generated text.
import { randomPassword, type RandomBytes } from './password';
import type { OptionalTemplate } from './steps';
import { parseValues, refreshComments, replaceWhereEqual, syncSections } from './values-doc';
import { sectionsFor, type Structure } from './values-model';

export interface WizardState {
  /** schema version of this object (share links carry it) */
  version: 1;
  /** the preset this state started from */
  presetId: string;
  chart: {
    name: string;
    description: string;
    /** chart version, semver */
    version: string;
    appVersion: string;
  };
  containerPort: number;
  healthPath: string;
  /** in-chart PostgreSQL (secret, statefulset, headless service, DB_* env) on/off */
  postgres: boolean;
  /** the kept-but-optional templates present in the chart */
  optional: Record<OptionalTemplate, boolean>;
  /** values.yaml as the user edits it */
  valuesYaml: string;
  /** values-local.yaml as the user edits it */
  valuesLocalYaml: string;
  /** chart-relative path → user-edited text that replaces the generated file */
  edits: Record<string, string>;
  /** what `helm template RELEASE` / deploy-local.sh use; not part of the chart */
  release: string;
  namespace: string;
  /** deploy-local.sh's default Dockerfile, relative to where it is run (default "Dockerfile") */
  dockerfile?: string;
  /** deploy-local.sh's default docker build context (default ".") */
  buildContext?: string;
}

export const DEFAULT_DOCKERFILE = 'Dockerfile';
export const DEFAULT_BUILD_CONTEXT = '.';

/** The structural choices the values depend on. */
export function structureOf(s: WizardState): Structure {
  return { name: s.chart.name, containerPort: s.containerPort, healthPath: s.healthPath, postgres: s.postgres, optional: s.optional };
}

/** A structural change: the fields `setStructure` knows how to carry into the values. */
export interface StructurePatch {
  chart?: Partial<WizardState['chart']>;
  containerPort?: number;
  healthPath?: string;
  postgres?: boolean;
  optional?: Partial<Record<OptionalTemplate, boolean>>;
}

/**
 * The state after a structural change, with values.yaml and values-local.yaml following
 * it: a values section the new structure needs is added (with its comments, at its usual
 * place), one it no longer has is removed, and the service port and probe paths move with
 * the container port and health path where they still had the old ones. The user's other
 * edits and comments stay. Turning PostgreSQL on draws a fresh password (`random` lets
 * tests fix it). A values text that does not parse is left as it is.
 */
export function setStructure(s: WizardState, patch: StructurePatch, random?: RandomBytes): WizardState {
  const next: WizardState = {
    ...s,
    chart: { ...s.chart, ...patch.chart },
    containerPort: patch.containerPort ?? s.containerPort,
    healthPath: patch.healthPath ?? s.healthPath,
    postgres: patch.postgres ?? s.postgres,
    optional: { ...s.optional, ...patch.optional },
  };
  const st = structureOf(next);
  const secrets = { postgresPassword: next.postgres && !s.postgres ? randomPassword(random) : '' };
  let values = syncSections(s.valuesYaml, st, secrets) ?? s.valuesYaml;
  values = refreshComments(values, structureOf(s), st);
  values = replaceWhereEqual(values, [
    { path: ['service', 'port'], from: s.containerPort, to: next.containerPort },
    { path: ['livenessProbe', 'httpGet', 'path'], from: s.healthPath, to: next.healthPath },
    { path: ['readinessProbe', 'httpGet', 'path'], from: s.healthPath, to: next.healthPath },
    { path: ['image', 'repository'], from: `${s.chart.name}-app`, to: `${next.chart.name}-app` },
  ]);
  const local = syncSections(s.valuesLocalYaml, st, secrets, true) ?? s.valuesLocalYaml;
  return { ...next, valuesYaml: values, valuesLocalYaml: local };
}

/**
 * Sections the structure needs but values.yaml lacks (e.g. after a structural field was
 * set directly, not through setStructure). The chart's schema rejects such values; the
 * UI can offer `setStructure(s, {})` to add them.
 */
export function missingSections(s: WizardState): string[] {
  const values = parseValues(s.valuesYaml);
  if (!values) return [];
  return sectionsFor(structureOf(s))
    .map((x) => x.key)
    .filter((k) => !(k in values));
}

export interface StateIssue {
  /** dotted path into WizardState, e.g. "chart.name" */
  field: string;
  message: string;
}

// Chart and release names end up in label values, container names and DNS names: a
// DNS-1123 label is the one form all of them accept.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// semver.org's expression; Helm requires Chart.yaml `version` to parse as SemVer 2.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// The health path is written into templates, YAML and a shell script: URL path characters only.
const URL_PATH = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/;
const FILE_PATH = /^[A-Za-z0-9._/@+-]+$/;

/** What would make the generated chart or script wrong; empty when all is well. */
export function validateState(s: WizardState): StateIssue[] {
  const out: StateIssue[] = [];
  const bad = (field: string, message: string) => out.push({ field, message });
  if (!DNS_LABEL.test(s.chart.name) || s.chart.name.length > 53)
    bad('chart.name', 'Use lowercase letters, digits and dashes (at most 53), starting and ending with a letter or digit.');
  if (!SEMVER.test(s.chart.version)) bad('chart.version', 'Helm needs a semantic version such as 0.1.0.');
  if (!s.chart.appVersion.trim() || /[\r\n]/.test(s.chart.appVersion)) bad('chart.appVersion', 'One line, not empty.');
  if (/[\r\n]/.test(s.chart.description)) bad('chart.description', 'One line.');
  if (!Number.isInteger(s.containerPort) || s.containerPort < 1 || s.containerPort > 65535)
    bad('containerPort', 'A port is a whole number from 1 to 65535.');
  if (!URL_PATH.test(s.healthPath)) bad('healthPath', 'A URL path starting with a slash, e.g. /health.');
  if (!DNS_LABEL.test(s.release) || s.release.length > 53)
    bad('release', 'Use lowercase letters, digits and dashes (at most 53), starting and ending with a letter or digit.');
  if (!DNS_LABEL.test(s.namespace) || s.namespace.length > 63) bad('namespace', 'Use lowercase letters, digits and dashes (at most 63).');
  if (s.dockerfile !== undefined && !FILE_PATH.test(s.dockerfile)) bad('dockerfile', 'A file path without spaces or quotes.');
  if (s.buildContext !== undefined && !FILE_PATH.test(s.buildContext)) bad('buildContext', 'A directory path without spaces or quotes.');
  for (const k of missingSections(s)) bad('valuesYaml', `values.yaml has no "${k}" section, which the chart needs.`);
  return out;
}

/** Edits whose path the current structure does not generate (kept, not emitted). */
export function staleEdits(s: WizardState, generatedChartPaths: Iterable<string>): string[] {
  const live = new Set(generatedChartPaths);
  return Object.keys(s.edits)
    .filter((p) => !live.has(p))
    .sort();
}
