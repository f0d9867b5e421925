// The render worker: runs the lib/ engine off the main thread. Errors cross as JSON.
import { renderChart } from '@/lib/helm';
import type { RenderErrorInfo, RenderMessage, RenderResponse } from './render-protocol';

function errorInfo(e: unknown): RenderErrorInfo {
  const j = e && typeof e === 'object' && 'toJSON' in e && typeof (e as { toJSON: unknown }).toJSON === 'function' ? (e as { toJSON(): Record<string, unknown> }).toJSON() : undefined;
  if (j) {
    return {
      message: String(j.text ?? j.message ?? e),
      file: typeof j.file === 'string' ? j.file : undefined,
      line: typeof j.line === 'number' && j.line > 0 ? j.line : undefined,
      col: typeof j.col === 'number' && j.col >= 0 ? j.col : undefined,
      kind: typeof j.kind === 'string' ? j.kind : undefined,
    };
  }
  return { message: e instanceof Error ? e.message : String(e) };
}

// The chart as the page last sent it; each message carries only what changed.
let files: Record<string, string> = {};

self.onmessage = (ev: MessageEvent<RenderMessage>) => {
  const req = ev.data;
  const t0 = performance.now();
  files = req.reset ? { ...req.changed } : { ...files, ...req.changed };
  for (const p of req.removed) delete files[p];
  let res: RenderResponse;
  try {
    const r = renderChart(files, { releaseName: req.release, namespace: req.namespace, valuesFiles: req.valuesFiles });
    res = { id: req.id, ok: true, manifests: r.manifests, documents: r.documents, millis: performance.now() - t0 };
  } catch (e) {
    res = { id: req.id, ok: false, error: errorInfo(e), millis: performance.now() - t0 };
  }
  (self as unknown as Worker).postMessage(res);
};
