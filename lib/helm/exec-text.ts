// The differential harness's entry point: one template text run the way the Helm oracle
// (test/helm.ts) runs it, so both sides see the same thing:
//  - first as a named template included from oracle/templates/out.yaml and printed
//    base64-encoded — the raw executed text, before Helm strips `<no value>`;
//  - if that fails, alone as oracle/templates/case.yaml: Helm's whole error text as
//    printed after "Error: ", or (when it renders alone, e.g. it holds a `define`)
//    the whole `helm template` output.
// Chart "oracle" 0.1.0, release "rel", values.yaml holding the values as JSON.
import { fromBytes } from '../gotemplate/utf8';
import type { ChartFiles } from './chart';
import { HelmError } from './errors';
import { renderChart } from './index';

export interface ExecTextResult {
  ok: boolean;
  /** the raw executed text when ok */
  output: string;
  /** Helm's error text (without "Error: " and the final newline) when not ok */
  error: string;
}

export interface ExecTextOptions {
  values?: Record<string, unknown>;
  /** extra chart files, path relative to the chart root */
  files?: Record<string, string>;
}


function chart(opts: ExecTextOptions, templates: ChartFiles): ChartFiles {
  return {
    'Chart.yaml': 'apiVersion: v2\nname: oracle\nversion: 0.1.0\n',
    'values.yaml': opts.values ? JSON.stringify(opts.values) + '\n' : '',
    ...templates,
    ...(opts.files ?? {}),
  };
}

function decodeBase64(s: string): string {
  const bin = atob(s);
  const b = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
  return fromBytes(b);
}

function errorText(e: unknown): string {
  if (e instanceof HelmError) return e.toString();
  return e instanceof Error ? e.message : String(e);
}

export function executeText(template: string, opts: ExecTextOptions = {}): ExecTextResult {
  try {
    const r = renderChart(
      chart(opts, {
        'templates/_cases.tpl': `{{define "cw-case-0"}}${template}{{end}}\n`,
        'templates/out.yaml': `---\ncase0: {{ include "cw-case-0" . | b64enc | quote }}\n`,
      }),
      { releaseName: 'rel' },
    );
    const m = /^case0: "([A-Za-z0-9+/=]*)"$/m.exec(r.manifests);
    if (m) return { ok: true, output: decodeBase64(m[1]), error: '' };
  } catch {
    // fall through to the lone run, as the oracle does
  }
  try {
    const r = renderChart(chart(opts, { 'templates/case.yaml': template }), { releaseName: 'rel' });
    return { ok: true, output: r.manifests, error: '' };
  } catch (e) {
    return { ok: false, output: '', error: errorText(e) };
  }
}
