// The page's side of the render worker: one request in flight at a time (newer ones
// supersede older), and a watchdog that terminates and restarts a worker that does
// not answer within the budget — a runaway template must never freeze the page.
import type { RenderMessage, RenderRequest, RenderResponse } from './render-protocol';

export const WATCHDOG_MS = 4000;

export type RenderOutcome = RenderResponse | { id: number; ok: false; timeout: true; error: { message: string }; millis: number };

export class RenderClient {
  private worker: Worker | undefined;
  /** the files the current worker holds */
  private sent: Record<string, string> | undefined;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: RenderOutcome) => void; timer: ReturnType<typeof setTimeout>; started: number }>();

  constructor(private readonly makeWorker: () => Worker, private readonly budgetMs = WATCHDOG_MS) {}

  private ensure(): Worker {
    if (!this.worker) {
      const w = this.makeWorker();
      w.onmessage = (e: MessageEvent<RenderResponse>) => this.settle(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        for (const id of [...this.pending.keys()]) this.settle({ id, ok: false, error: { message: `The preview worker crashed: ${e.message}` }, millis: 0 });
        this.restart();
      };
      this.worker = w;
    }
    return this.worker;
  }

  private settle(r: RenderOutcome): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(r.id);
    p.resolve(r);
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sent = undefined;
  }

  private message(req: RenderRequest): RenderMessage {
    const { files, ...rest } = req;
    const prev = this.sent;
    const changed: Record<string, string> = {};
    const removed: string[] = [];
    for (const [p, t] of Object.entries(files)) if (!prev || prev[p] !== t) changed[p] = t;
    if (prev) for (const p of Object.keys(prev)) if (!(p in files)) removed.push(p);
    this.sent = files;
    return { ...rest, reset: !prev, changed, removed };
  }

  render(req: Omit<RenderRequest, 'id'>): Promise<RenderOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // The worker is stuck in a template: only terminating it stops the loop.
        this.restart();
        for (const [pid, p] of this.pending) {
          clearTimeout(p.timer);
          p.resolve({ id: pid, ok: false, error: { message: 'superseded' }, millis: 0 });
        }
        this.pending.clear();
        resolve({
          id,
          ok: false,
          timeout: true,
          error: { message: `Rendering was stopped after ${this.budgetMs / 1000} s: a template seems to run away (an endless range or include?). The preview worker was restarted.` },
          millis: performance.now() - started,
        });
      }, this.budgetMs);
      this.pending.set(id, { resolve, timer, started });
      const w = this.ensure();
      w.postMessage(this.message({ ...req, id }));
    });
  }

  dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.restart();
  }
}
