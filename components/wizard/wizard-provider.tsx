'use client';
// The wizard's client state: the WizardState, the chart generated from it, and the
// live render from the worker. Lives in the /wizard layout so it survives step changes.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import type { WizardState } from '@/lib/wizard/state';
import { generateChart } from '@/lib/wizard/generate';
import { PRESETS, presetState } from '@/lib/wizard/presets';
import { decodeShare, encodeShare, ShareLinkError, type Json } from '@/lib/wizard/share';
import { getValue, setValue } from '@/lib/wizard/values-edit';
import { randomPassword } from '@/lib/wizard/password';
import { RenderClient, type RenderOutcome } from '@/components/preview/render-client';
import type { RenderedDocument, RenderErrorInfo } from '@/components/preview/render-protocol';

const STORAGE_KEY = 'chartwright.state.v1';
const BASELINE_KEY = 'chartwright.baseline.v1';

export interface RenderView {
  manifests: string;
  documents: RenderedDocument[];
  /** the last render failed: `manifests` is the last good one */
  stale: boolean;
  error?: RenderErrorInfo & { timeout?: boolean };
  busy: boolean;
  millis?: number;
  /** increases on every settled render (tests and perf marks key on it) */
  seq: number;
}

interface WizardCtx {
  ready: boolean;
  state: WizardState;
  update: (f: (s: WizardState) => WizardState) => void;
  /** generated files: "CHART/…" paths plus deploy-local.sh and README.md */
  files: Record<string, string>;
  /** chart-relative files as rendered (user edits applied) */
  chartFiles: Record<string, string>;
  render: RenderView;
  withLocal: boolean;
  setWithLocal: (on: boolean) => void;
  /** render of the other values mode (with/without values-local.yaml), for the diff view */
  otherRender: string | undefined;
  notice: string | undefined;
  dismissNotice: () => void;
  startOver: (presetId?: string) => void;
  shareLink: (includeSecrets: boolean) => Promise<string>;
  baseline: string | undefined;
  markBaseline: () => void;
}

const Ctx = createContext<WizardCtx | null>(null);

export function useWizard(): WizardCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('useWizard outside WizardProvider');
  return c;
}

function stripChartDir(files: Record<string, string>, chart: string): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = chart + '/';
  for (const [p, t] of Object.entries(files)) if (p.startsWith(prefix)) out[p.slice(prefix.length)] = t;
  return out;
}

const PASSWORD_PATH = ['postgres', 'auth', 'password'];

function secretsRemoved(s: WizardState): WizardState {
  // The password lives in values.yaml: blank it unless the user asked to share it.
  if (typeof getValue(s.valuesYaml, PASSWORD_PATH) !== 'string') return s;
  return { ...s, valuesYaml: setValue(s.valuesYaml, PASSWORD_PATH, '') ?? s.valuesYaml };
}

/** A link made without secrets: the receiver gets a fresh password of their own. */
function secretsRestored(s: WizardState): { state: WizardState; restored: boolean } {
  if (!s.postgres || getValue(s.valuesYaml, PASSWORD_PATH) !== '') return { state: s, restored: false };
  const next = setValue(s.valuesYaml, PASSWORD_PATH, randomPassword());
  return next === undefined ? { state: s, restored: false } : { state: { ...s, valuesYaml: next }, restored: true };
}

export function WizardProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<WizardState>(() => presetState('walkthrough'));
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [withLocal, setWithLocal] = useState(false);
  const [baseline, setBaseline] = useState<string>();
  const [render, setRender] = useState<RenderView>({ manifests: '', documents: [], stale: false, busy: true, seq: 0 });
  const [otherRender, setOtherRender] = useState<string>();
  const pathname = usePathname();
  const wantOther = pathname.includes('/values-local');

  // Load order: a share link in the URL fragment, else the autosaved state, else the preset.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const hash = window.location.hash.replace(/^#/, '');
      const preset = new URLSearchParams(window.location.search).get('preset');
      if (preset && !hash) {
        // A preset chosen on the home page replaces whatever was autosaved.
        setState(PRESETS.some((p) => p.id === preset) ? presetState(preset) : presetState('walkthrough'));
        if (!PRESETS.some((p) => p.id === preset)) setNotice(`There is no preset "${preset}"; the walkthrough chart was loaded.`);
        history.replaceState(null, '', window.location.pathname);
      } else if (hash) {
        try {
          const { state: s } = await decodeShare(hash, (id) => (PRESETS.some((p) => p.id === id) ? (presetState(id) as unknown as Json) : undefined));
          const { state: loaded, restored } = secretsRestored(s as unknown as WizardState);
          if (!cancelled) {
            setState(loaded);
            if (restored) setNotice('This link was shared without the database password; a new random password was generated for you.');
          }
          history.replaceState(null, '', window.location.pathname);
        } catch (e) {
          if (!cancelled) {
            setNotice(`${e instanceof ShareLinkError ? e.message : 'This share link could not be read.'} The default chart was loaded instead.`);
            setState(presetState('walkthrough'));
          }
          history.replaceState(null, '', window.location.pathname);
        }
      } else {
        try {
          const saved = localStorage.getItem(STORAGE_KEY);
          if (saved) {
            const s = JSON.parse(saved) as WizardState;
            if (s && s.version === 1 && s.chart && typeof s.valuesYaml === 'string') setState(s);
          }
        } catch {
          /* a broken autosave is ignored: the preset loads */
        }
      }
      try {
        setBaseline(localStorage.getItem(BASELINE_KEY) ?? undefined);
      } catch {
        /* storage may be unavailable */
      }
      if (!cancelled) setReady(true);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // Autosave.
  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      } catch {
        /* full or unavailable storage: nothing to do */
      }
    }, 250);
    return () => clearTimeout(t);
  }, [state, ready]);

  // The chart generated from a state, computed once per state object (the render
  // request and the UI both need it).
  const derived = useRef<{ state: WizardState; files: Record<string, string>; chartFiles: Record<string, string> } | undefined>(undefined);
  const derive = useCallback((s: WizardState) => {
    if (derived.current?.state !== s) {
      const f = generateChart(s);
      derived.current = { state: s, files: f, chartFiles: stripChartDir(f, s.chart.name) };
    }
    return derived.current;
  }, []);
  const { files, chartFiles } = derive(state);

  // Rendering: latest request wins; while one is in flight, only the newest waits.
  const client = useRef<RenderClient>(undefined);
  const inflight = useRef(false);
  const queued = useRef<(() => void) | undefined>(undefined);
  const lastGood = useRef<{ manifests: string; documents: RenderedDocument[] }>({ manifests: '', documents: [] });
  const seq = useRef(0);
  const lastKick = useRef<{ state: WizardState; withLocal: boolean; wantOther: boolean } | undefined>(undefined);
  const live = useRef({ ready, withLocal, wantOther });
  live.current = { ready, withLocal, wantOther };

  useEffect(() => {
    client.current = new RenderClient(() => new Worker(new URL('../preview/render.worker.ts', import.meta.url), { type: 'module' }));
    return () => client.current?.dispose();
  }, []);

  const run = useCallback((job: () => Promise<void>) => {
    const go = () => {
      inflight.current = true;
      job().finally(() => {
        inflight.current = false;
        const next = queued.current;
        queued.current = undefined;
        if (next) next();
      });
    };
    if (inflight.current) queued.current = go;
    else go();
  }, []);

  /** Sends `s` to the worker now: called straight from an edit, before React re-renders. */
  const kick = useCallback(
    (s: WizardState) => {
      const c = client.current;
      const { ready: isReady, withLocal: local, wantOther: other } = live.current;
      if (!isReady || !c) return;
      const k = lastKick.current;
      if (k && k.state === s && k.withLocal === local && k.wantOther === other) return;
      lastKick.current = { state: s, withLocal: local, wantOther: other };
      const base = { files: derive(s).chartFiles, release: s.release, namespace: s.namespace };
      const localFile = 'values-local.yaml';
      setRender((r) => (r.busy ? r : { ...r, busy: true }));
      run(async () => {
        const r: RenderOutcome = await c.render({ ...base, valuesFiles: local ? [localFile] : [] });
        seq.current++;
        if (r.ok) {
          lastGood.current = { manifests: r.manifests, documents: r.documents };
          setRender({ manifests: r.manifests, documents: r.documents, stale: false, busy: false, millis: r.millis, seq: seq.current });
        } else if (r.error.message !== 'superseded') {
          setRender({ ...lastGood.current, stale: true, error: { ...r.error, timeout: 'timeout' in r }, busy: false, millis: r.millis, seq: seq.current });
        }
        // The other values mode, for the "what values-local.yaml changes" diff — only on
        // the pages that show it, so typing elsewhere costs one render, not two.
        if (other) {
          const o = await c.render({ ...base, valuesFiles: local ? [] : [localFile] });
          setOtherRender(o.ok ? o.manifests : undefined);
        }
      });
    },
    [derive, run],
  );

  // Changes that do not come through `update` (load, the values-local switch, a page
  // that wants the other render) still render; an edit already sent is not sent twice.
  useEffect(() => kick(state), [state, ready, withLocal, wantOther, kick]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback(
    (f: (s: WizardState) => WizardState) => {
      const next = f(stateRef.current);
      if (next === stateRef.current) return;
      stateRef.current = next;
      kick(next);
      setState(next);
    },
    [kick],
  );

  const startOver = useCallback((presetId = 'walkthrough') => {
    setState(presetState(presetId));
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* nothing to clear */
    }
  }, []);

  const shareLink = useCallback(
    async (includeSecrets: boolean) => {
      const s = includeSecrets ? state : secretsRemoved(state);
      const frag = await encodeShare(s.presetId, presetState(s.presetId) as unknown as Json, s as unknown as Json);
      return `${window.location.origin}${window.location.pathname}#${frag}`;
    },
    [state],
  );

  const markBaseline = useCallback(() => {
    setBaseline(render.manifests);
    try {
      localStorage.setItem(BASELINE_KEY, render.manifests);
    } catch {
      /* storage full: the baseline lives for this page only */
    }
  }, [render.manifests]);

  const value: WizardCtx = {
    ready,
    state,
    update,
    files,
    chartFiles,
    render,
    withLocal,
    setWithLocal,
    otherRender,
    notice,
    dismissNotice: () => setNotice(undefined),
    startOver,
    shareLink,
    baseline,
    markBaseline,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
