'use client';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { OPTIONAL_INFO, STEP_IDS, STEPS, fillNames, stepIndex, type StepDef } from '@/lib/wizard/steps';
import { setStructure, type WizardState } from '@/lib/wizard/state';
import PreviewPanel from '@/components/preview/preview-panel';
import { goColumnToMonaco, type EditorMarker } from '@/components/editor/code-editor';
import { configureValuesSchema } from '@/components/editor/values-schema';
import { useWizard } from './wizard-provider';
import Fields from './fields';
import RichText from './rich-text';
import ReleaseBar from './release-bar';
import { DeploySequence, EnvFlow, StartupOrder } from './flows';
import { ValuesLocalDiff } from './diff-view';

const CodeEditor = dynamic(() => import('@/components/editor/code-editor'), { ssr: false, loading: () => <div role="status">Loading editor…</div> });

/** Where a step's file text comes from and goes to in the state. */
function fileText(state: WizardState, files: Record<string, string>, step: StepDef): string {
  if (step.file === 'values.yaml') return state.valuesYaml;
  if (step.file === 'values-local.yaml') return state.valuesLocalYaml;
  if (step.file === '../deploy-local.sh') return state.edits['../deploy-local.sh'] ?? files['deploy-local.sh'] ?? '';
  return state.edits[step.file] ?? files[`${state.chart.name}/${step.file}`] ?? '';
}

function withFileText(state: WizardState, step: StepDef, text: string): WizardState {
  if (step.file === 'values.yaml') return { ...state, valuesYaml: text };
  if (step.file === 'values-local.yaml') return { ...state, valuesLocalYaml: text };
  return { ...state, edits: { ...state.edits, [step.file]: text } };
}

// A reveal request that survives navigation to another step's page.
let pendingReveal: { file: string; line: number; col?: number } | undefined;

export default function StepView({ id }: { id: string }) {
  const w = useWizard();
  const router = useRouter();
  const step = STEPS.find((s) => s.id === id)!;
  const idx = stepIndex(id);
  const [whole, setWhole] = useState(false);
  const [reveal, setReveal] = useState<{ line: number; column: number }>();
  const services = w.render.documents.filter((d) => d.kind === 'Service').map((d) => d.name);
  const db = services.find((n) => n.endsWith('-postgres')) ?? `${w.state.release}-postgres`;
  const app = services.find((n) => !n.endsWith('-postgres')) ?? `${w.state.release}-${w.state.chart.name}`;
  const names = { chart: w.state.chart.name, release: w.state.release, namespace: w.state.namespace, port: w.state.containerPort, health: w.state.healthPath, app, db };
  const text = fileText(w.state, w.files, step);
  const edited = step.file in w.state.edits;
  const err = w.render.error;

  const marker: EditorMarker | undefined = useMemo(() => {
    if (!err?.file || err.file !== step.file || !err.line) return undefined;
    const lineText = text.split('\n')[err.line - 1] ?? '';
    return { line: err.line, column: err.col !== undefined ? goColumnToMonaco(lineText, err.col) : 1, message: err.message };
  }, [err, step.file, text]);

  // The values editors validate and complete against the chart's own values.schema.json.
  const schemaText = w.files[`${w.state.chart.name}/values.schema.json`];
  const isValuesStep = step.file === 'values.yaml' || step.file === 'values-local.yaml';
  useEffect(() => {
    if (!isValuesStep) return;
    let schema: object | undefined;
    try {
      schema = schemaText ? (JSON.parse(schemaText) as object) : undefined;
    } catch {
      schema = undefined;
    }
    const chart = w.state.chart.name;
    void configureValuesSchema(schema, [`${chart}/values.yaml`, `${chart}/values-local.yaml`]);
  }, [isValuesStep, schemaText, w.state.chart.name]);

  useEffect(() => {
    if (pendingReveal && pendingReveal.file === step.file) {
      const lineText = text.split('\n')[pendingReveal.line - 1] ?? '';
      setReveal({ line: pendingReveal.line, column: pendingReveal.col !== undefined ? goColumnToMonaco(lineText, pendingReveal.col) : 1 });
      pendingReveal = undefined;
    }
  }, [step.file, text]);

  const goToError = () => {
    if (!err?.file || !err.line) return;
    const target = STEPS.find((s) => s.file === err.file);
    if (target && target.id !== step.id) {
      pendingReveal = { file: err.file, line: err.line, col: err.col };
      router.push(`/wizard/${target.id}/`);
      return;
    }
    const lineText = text.split('\n')[err.line - 1] ?? '';
    setReveal({ line: err.line, column: err.col !== undefined ? goColumnToMonaco(lineText, err.col) : 1 });
  };

  const prev = STEP_IDS[idx - 1];
  const next = STEP_IDS[idx + 1];
  const source = step.file.startsWith('..') || !step.file.startsWith('templates/') ? undefined : `${w.state.chart.name}/${step.file}`;
  const postgresOff = step.needsPostgres && !w.state.postgres;

  return (
    <>
      <header className="step-head">
        <p className="step-count">Step {idx + 1} of {STEPS.length}</p>
        <h1>
          <code>{step.file.replace(/^\.\.\//, '')}</code> — {step.title.split(' — ')[1] ?? step.title}
        </h1>
      </header>
      <ReleaseBar />
      <div className="step-grid">
        <div className="step-main">
          <section aria-label="About this file" className="about">
            <p><strong>What it is for.</strong> <RichText text={fillNames(step.purpose, names)} /></p>
            <p><strong>Why now.</strong> <RichText text={fillNames(step.whyNow, names)} /></p>
            <ul>
              {step.keyPoints.map((k, i) => (
                <li key={i}><RichText text={fillNames(k, names)} /></li>
              ))}
            </ul>
            {postgresOff ? <p className="note">PostgreSQL is off, so this file renders nothing. Turn it on in the values step to see it.</p> : null}
          </section>
          <Fields ids={step.fields} state={w.state} update={w.update} />
          {step.optional?.length ? (
            <fieldset className="fields optional">
              <legend>Optional templates kept in the chart</legend>
              {step.optional.map((o) => (
                <div className="field check" key={o}>
                  <input
                    id={`opt-${o}`}
                    type="checkbox"
                    checked={w.state.optional[o]}
                    onChange={(e) => { const on = e.target.checked; w.update((s) => setStructure(s, { optional: { [o]: on } })); }}
                  />
                  <label htmlFor={`opt-${o}`}>
                    Keep <code>{OPTIONAL_INFO[o].file}</code> ({OPTIONAL_INFO[o].title})
                  </label>
                  <p className="hint"><RichText text={OPTIONAL_INFO[o].about} /></p>
                </div>
              ))}
            </fieldset>
          ) : null}
          {step.id === 'postgres-secret' || step.id === 'deployment' ? <EnvFlow /> : null}
          {step.id === 'postgres-statefulset' ? <StartupOrder /> : null}
          {step.id === 'deploy-local' ? <DeploySequence /> : null}
          <div className="editor-head">
            <h2 id="editor-heading">{step.file.replace(/^\.\.\//, '')}</h2>
            {edited ? (
              <button type="button" onClick={() => w.update((s) => { const e = { ...s.edits }; delete e[step.file]; return { ...s, edits: e }; })}>
                Undo my edits to this file
              </button>
            ) : null}
          </div>
          <div className="panel">
            <CodeEditor
              path={`${w.state.chart.name}/${step.file.replace(/^\.\.\//, '')}`}
              value={text}
              height="420px"
              ariaLabel={`Editor: ${step.file.replace(/^\.\.\//, '')}`}
              onChange={(t) => t !== text && w.update((s) => withFileText(s, step, t))}
              marker={marker}
              reveal={reveal}
            />
          </div>
          <p className="hint">Tab moves focus out of the editor (Ctrl+M switches Tab to indent).</p>
          {step.id === 'values-local' ? <ValuesLocalDiff /> : null}
        </div>
        <div className="step-side">
          {err ? (
            <div className="error" role="alert">
              <p><strong>{err.timeout ? 'Rendering stopped' : 'The chart does not render'}</strong> — the preview shows the last good result.</p>
              <pre>{err.message}</pre>
              {err.file && err.line ? (
                <button type="button" onClick={goToError}>
                  Go to {err.file}:{err.line}{err.col !== undefined ? `:${err.col + 1}` : ''}
                </button>
              ) : null}
            </div>
          ) : null}
          <label className="switch">
            <input type="checkbox" checked={w.withLocal} onChange={(e) => w.setWithLocal(e.target.checked)} /> with values-local.yaml
          </label>
          <PreviewPanel
            documents={w.render.documents}
            manifests={w.render.manifests}
            source={source}
            whole={whole || !source}
            onWholeChange={setWhole}
            stale={w.render.stale}
            millis={w.render.millis}
            busy={w.render.busy}
          />
        </div>
      </div>
      <nav aria-label="Step navigation" className="step-buttons">
        <button type="button" disabled={!prev} onClick={() => prev && router.push(`/wizard/${prev}/`)}>
          Back
        </button>
        <button type="button" className="primary" disabled={!next} onClick={() => next && router.push(`/wizard/${next}/`)}>
          Next
        </button>
      </nav>
    </>
  );
}
