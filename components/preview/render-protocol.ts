// Messages between the page and the render worker. Errors cross as plain JSON
// (TemplateError/HelmError.toJSON()), never as Error objects.

export interface RenderRequest {
  id: number;
  /** chart files, path (relative to the chart root) → text */
  files: Record<string, string>;
  release: string;
  namespace: string;
  /** extra values files applied like `-f`, in order (chart paths, e.g. values-local.yaml) */
  valuesFiles: string[];
}

/**
 * What crosses postMessage: only the files that changed since the worker's last request
 * (copying the whole chart on every keystroke costs more than rendering part of it). A
 * fresh worker gets everything (`reset`).
 */
export interface RenderMessage {
  id: number;
  reset: boolean;
  changed: Record<string, string>;
  removed: string[];
  release: string;
  namespace: string;
  /** extra values files applied like `-f`, in order (e.g. values-local.yaml) */
  valuesFiles: string[];
}

export interface RenderedDocument {
  source: string;
  kind: string;
  name: string;
  text: string;
}

export interface RenderErrorInfo {
  message: string;
  /** chart-relative file the error points at, when known */
  file?: string;
  /** 1-based line, when known */
  line?: number;
  /** Go's 0-based byte column, when known; the UI converts it for Monaco */
  col?: number;
  kind?: string;
}

export type RenderResponse =
  | { id: number; ok: true; manifests: string; documents: RenderedDocument[]; millis: number }
  | { id: number; ok: false; error: RenderErrorInfo; millis: number };
