// releaseutil for chart v2: split each rendered file into YAML documents, read each
// document's head (apiVersion, kind, metadata.name/annotations), separate hooks, and
// sort manifests by kind in install order — stably, so ties keep path then document order.
import { compareGoStrings } from '../gotemplate/value';
import { HelmError, DEBUG_HINT } from './errors';
import { GoYamlError, JsonFieldError, jsonTypeName, parseGoYaml, stringField } from './goyaml';
import { TextMemo } from './memo';

export const INSTALL_ORDER: readonly string[] = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList',
  'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList',
  'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler',
  'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];

const HOOK_EVENTS = new Set([
  'pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade',
  'pre-rollback', 'post-rollback', 'test', 'test-success',
]);

export interface SimpleHead {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations: Record<string, string> | null } | null;
}

export interface Manifest {
  /** the Source path: "chart/templates/x.yaml" */
  name: string;
  /** the trimmed document */
  content: string;
  head: SimpleHead;
}

export interface Hook extends Manifest {
  events: string[];
}

// (?:^|\s*\n)---\s*  — Helm's separator: `---` at the start or after a newline (eating
// the whitespace around it), even when text follows on the same line.
const SEP = /(?:^|\s*\n)---\s*/g;

/** releaseutil.SplitManifests, as an ordered list of trimmed, non-empty documents. */
export function splitManifests(bigFile: string): string[] {
  const out: string[] = [];
  const trimmed = goTrimSpace(bigFile);
  // Go's Regexp.Split: the pieces between matches; a match at 0 gives a leading "".
  let last = 0;
  SEP.lastIndex = 0;
  const pieces: string[] = [];
  for (let m = SEP.exec(trimmed); m; m = SEP.exec(trimmed)) {
    if (m[0].length === 0) {
      SEP.lastIndex++;
      continue;
    }
    pieces.push(trimmed.slice(last, m.index));
    last = m.index + m[0].length;
  }
  pieces.push(trimmed.slice(last));
  for (const d of pieces) {
    if (d === '') continue;
    out.push(goTrimSpace(d));
  }
  return out;
}

// strings.TrimSpace: Unicode white space, which JS's trim() mostly agrees with, except
// that Go does not trim U+FEFF and does trim U+0085. Scanning in from both ends looks at
// the white space only, however long the document.
function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const META_TYPE = 'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }';

// Heads of documents already read, frozen: they are shared by every render of the text.
const heads = new TextMemo<SimpleHead>();

/** yaml.Unmarshal(doc, &SimpleHead{}); throws JsonFieldError / GoYamlError with Go's text. */
export function parseHead(doc: string): SimpleHead {
  return heads.get(doc) ?? heads.set(doc, freezeHead(readHead(doc)));
}

function freezeHead(h: SimpleHead): SimpleHead {
  if (h.metadata !== null) {
    if (h.metadata.annotations !== null) Object.freeze(h.metadata.annotations);
    Object.freeze(h.metadata);
  }
  return Object.freeze(h);
}

function readHead(doc: string): SimpleHead {
  const v = parseGoYaml(doc);
  const head: SimpleHead = { apiVersion: '', kind: '', metadata: null };
  if (v === null || v === undefined) return head;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(v)} into Go value of type util.SimpleHead`);
  }
  const o = v as Record<string, unknown>;
  head.apiVersion = stringField(o.apiVersion, 'SimpleHead.apiVersion');
  head.kind = stringField(o.kind, 'SimpleHead.kind');
  const md = o.metadata;
  if (md !== null && md !== undefined) {
    if (typeof md !== 'object' || Array.isArray(md)) {
      throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(md)} into Go struct field SimpleHead.metadata of type ${META_TYPE}`);
    }
    const m = md as Record<string, unknown>;
    const meta: NonNullable<SimpleHead['metadata']> = { name: stringField(m.name, '.metadata.name'), annotations: null };
    const ann = m.annotations;
    if (ann !== null && ann !== undefined) {
      if (typeof ann !== 'object' || Array.isArray(ann)) {
        throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(ann)} into Go struct field .metadata.annotations of type map[string]string`);
      }
      meta.annotations = {};
      for (const [k, av] of Object.entries(ann as Record<string, unknown>)) meta.annotations[k] = stringField(av, '.metadata.annotations');
    }
    head.metadata = meta;
  }
  return head;
}

function lessByKind(a: string, b: string, order: Map<string, number>): boolean {
  const first = order.get(a);
  const second = order.get(b);
  if (first === undefined && second === undefined) return a < b;
  if (first === undefined) return false;
  if (second === undefined) return true;
  return first < second;
}

function stableSortByKind<T extends Manifest>(list: T[]): T[] {
  const order = new Map(INSTALL_ORDER.map((k, i) => [k, i]));
  return list
    .map((m, i) => ({ m, i }))
    .sort((x, y) => {
      if (lessByKind(x.m.head.kind, y.m.head.kind, order)) return -1;
      if (lessByKind(y.m.head.kind, x.m.head.kind, order)) return 1;
      return x.i - y.i;
    })
    .map((x) => x.m);
}

const byteCompare = compareGoStrings;

/**
 * releaseutil.SortManifests(files, InstallOrder): hooks and manifests, each sorted by
 * kind. Partials and whitespace-only files are skipped; hooks with an unknown event
 * are dropped (Helm only logs them). Errors are Helm's "YAML parse error on FILE: …".
 */
export function sortManifests(files: Map<string, string>): { hooks: Hook[]; manifests: Manifest[] } {
  const hooks: Hook[] = [];
  const generic: Manifest[] = [];
  for (const filePath of [...files.keys()].sort(byteCompare)) {
    const content = files.get(filePath)!;
    const baseName = filePath.slice(filePath.lastIndexOf('/') + 1);
    if (baseName.startsWith('_')) continue;
    if (goTrimSpace(content) === '') continue;
    for (const m of splitManifests(content)) {
      let head: SimpleHead;
      try {
        head = parseHead(m);
      } catch (e) {
        if (e instanceof JsonFieldError || e instanceof GoYamlError) {
          const inner = e instanceof JsonFieldError ? `error unmarshaling JSON: while decoding JSON: ${e.message}` : e.message;
          throw new HelmError({ kind: 'manifest', text: `YAML parse error on ${filePath}: ${inner}${DEBUG_HINT}`, file: filePath, cause: e });
        }
        throw e;
      }
      const ann = head.metadata?.annotations;
      const hookTypes = ann ? ann['helm.sh/hook'] : undefined;
      if (!ann || Object.keys(ann).length === 0 || hookTypes === undefined) {
        generic.push({ name: filePath, content: m, head });
        continue;
      }
      const events: string[] = [];
      let unknown = false;
      for (const t of hookTypes.split(',')) {
        const ht = goTrimSpace(t).toLowerCase();
        if (!HOOK_EVENTS.has(ht)) {
          unknown = true;
          break;
        }
        events.push(ht);
      }
      if (unknown) continue;
      hooks.push({ name: filePath, content: m, head, events });
    }
  }
  return { hooks: stableSortByKind(hooks), manifests: stableSortByKind(generic) };
}
