// TEST-ONLY helpers for the wizard's tests (Node built-ins allowed here; nothing in the
// app imports this file). They run what users run: the real `unzip`, the real Helm 4.1.4
// binary, and Kubernetes' own OpenAPI schemas.
//
// Kubernetes schemas: kubernetes-models 5.1.0, generated from the Kubernetes v1.36 OpenAPI
// spec (its 5.0.0 changelog: "Update to Kubernetes v1.36.0"; its PodSpec already has 1.36's
// `schedulingGroup`), and @kubernetes-models/gateway-api 2.0.0 for HTTPRoute
// (gateway.networking.k8s.io/v1). Their validate() checks types, enums, formats and
// required fields; like the API server's OpenAPI schema they do not reject unknown fields.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Secret, Service, ServiceAccount, Pod } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import { ensureTool, run, type RunResult } from '../../test/helm';

export const K8S_SCHEMA_VERSION = 'v1.36';

/** A fixed stand-in for crypto.getRandomValues, so tests see the same passwords every run. */
export const fixedRandom = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);

/** Unpacks a zip with the system's `unzip` (as a user would) into a fresh directory. */
export function unzipToTemp(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-zip-'));
  const zipPath = join(dir, 'chart.zip');
  writeFileSync(zipPath, bytes);
  execFileSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')]);
  return join(dir, 'out');
}

export async function helm(args: string[], cwd?: string): Promise<RunResult> {
  return run(await ensureTool('helm'), args, { cwd });
}

export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; [k: string]: unknown }; [k: string]: any };

/** The objects of a `helm template` output, in order. */
export function manifests(text: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`rendered YAML does not parse: ${doc.errors[0].message}`);
    const o = doc.toJS();
    if (o) out.push(o as K8sObject);
  }
  return out;
}

// apiVersion/kind → the model that validates it.
const MODELS: Record<string, new (o: any) => { validate(): void }> = {
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'v1/Pod': Pod,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'gateway.networking.k8s.io/v1/HTTPRoute': HTTPRoute,
};

/** Throws with the object's kind/name when it does not validate (or has no model). */
export function validateObject(o: K8sObject): void {
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model) throw new Error(`no Kubernetes model for ${o.apiVersion} ${o.kind}`);
  try {
    new Model(o).validate();
  } catch (e) {
    throw new Error(`${o.kind}/${o.metadata?.name}: ${(e as Error).message}`);
  }
}

export function find(objs: K8sObject[], kind: string, name?: string): K8sObject | undefined {
  return objs.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
}
