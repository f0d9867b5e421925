// .Capabilities as `helm template` (Helm 4.1.4, no cluster) fills it: Kubernetes v1.35.0,
// the API versions compiled into Helm's client-go scheme plus any --api-versions, and
// Helm's own build info.
import { type FuncSpec, GoStruct } from '../gotemplate/value';
import { namedList } from '../gotemplate/types';

/** Helm 4.1.4's DefaultVersionSet (scheme.PrioritizedVersionsAllGroups), in its order. */
export const DEFAULT_API_VERSIONS: readonly string[] = [
  'v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1',
  'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1',
  'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1',
  'autoscaling/v1', 'autoscaling/v2', 'autoscaling/v2beta1', 'autoscaling/v2beta2', 'batch/v1', 'batch/v1beta1',
  'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2',
  'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1',
  'events.k8s.io/v1beta1', 'extensions/v1beta1', 'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3', 'networking.k8s.io/v1', 'networking.k8s.io/v1beta1',
  'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', 'policy/v1', 'policy/v1beta1', 'rbac.authorization.k8s.io/v1',
  'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1', 'resource.k8s.io/v1', 'resource.k8s.io/v1beta2',
  'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3', 'scheduling.k8s.io/v1alpha1', 'scheduling.k8s.io/v1beta1',
  'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1',
  'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
];

export const HELM_BUILD = {
  Version: 'v4.1.4',
  GitCommit: '05fa37973dc9e42b76e1d2883494c87174b6074f',
  GitTreeState: 'clean',
  GoVersion: 'go1.25.9',
  KubeClientVersion: 'v1.35',
};

export interface KubeVersion {
  /** as given, with a "v" prefix: "v1.33.4-gke.1245000" */
  version: string;
  /** numeric components only: "v1.33.4" (what String() and constraint checks use) */
  normalized: string;
  major: string;
  minor: string;
}

export const DEFAULT_KUBE_VERSION: KubeVersion = { version: 'v1.35.0', normalized: 'v1.35.0', major: '1', minor: '35' };

/** common.ParseKubeVersion (k8s version.ParseGeneric); throws Error with Go's text. */
export function parseKubeVersion(s: string): KubeVersion {
  const m = /^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)$/s.exec(s);
  if (!m) throw new Error(`could not parse ${JSON.stringify(s)} as version`);
  const comps = m[1].split('.');
  if (comps.length < 2) throw new Error(`illegal version string ${JSON.stringify(s)}`);
  if (comps[0].startsWith('0') && comps[0] !== '0') throw new Error(`illegal zero-prefixed version component ${JSON.stringify(comps[0])} in ${JSON.stringify(s)}`);
  const nums = comps.map((c) => BigInt(c).toString());
  return {
    version: s.startsWith('v') ? s : 'v' + s,
    normalized: 'v' + nums.join('.'),
    major: nums[0],
    minor: nums[1],
  };
}

const str = (s: string): FuncSpec => ({ params: [], fn: () => s });

function kubeVersionStruct(kv: KubeVersion): GoStruct {
  // normalizedVersion is unexported in Go; fmt's %v/%#v still print it. String has a
  // pointer receiver: `{{ .Capabilities.KubeVersion }}` calls it, printf gets the fields.
  return new GoStruct(
    'common.KubeVersion',
    { Version: kv.version, normalizedVersion: kv.normalized, Major: kv.major, Minor: kv.minor },
    { GitVersion: str(kv.version), String: str(kv.normalized) },
    () => kv.normalized,
    true,
  );
}

/** The .Capabilities value: a *common.Capabilities struct. */
export function makeCapabilities(kv: KubeVersion = DEFAULT_KUBE_VERSION, extraApiVersions: string[] = []): GoStruct {
  const apis = [...DEFAULT_API_VERSIONS, ...extraApiVersions];
  // A VersionSet is a []string with a Has method: len, index, range and toJson see the list.
  const apiVersions = namedList(apis, 'common.VersionSet', { Has: { params: ['string'], fn: (v: string) => apis.includes(v) } }, '[]string');
  const helm = new GoStruct('version.BuildInfo', { ...HELM_BUILD });
  return new GoStruct('*common.Capabilities', { KubeVersion: kubeVersionStruct(kv), APIVersions: apiVersions, HelmVersion: helm });
}
