'use client';
// The form fields a step shows. Structural fields edit the WizardState; value fields
// edit values.yaml in place (comments survive) and read back from it, so the form and
// the editor always agree.
import { useId, useMemo } from 'react';
import { setStructure, type WizardState } from '@/lib/wizard/state';
import { setValue, type ValuePath } from '@/lib/wizard/values-edit';
import { parseValues } from '@/lib/wizard/values-doc';

interface ValueField {
  kind: 'value';
  label: string;
  path: ValuePath;
  type: 'text' | 'number' | 'password';
  hint?: string;
}
interface StructField {
  kind: 'struct';
  label: string;
  type: 'text' | 'number' | 'checkbox';
  get: (s: WizardState) => string | number | boolean;
  set: (s: WizardState, v: string) => WizardState;
  hint?: string;
  validate?: (v: string) => string | undefined;
}
type Field = ValueField | StructField;

const SEMVER = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const CHART_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const FIELDS: Record<string, Field> = {
  chartName: {
    kind: 'struct', label: 'Chart name', type: 'text',
    get: (s) => s.chart.name,
    set: (s, v) => setStructure(s, { chart: { name: v } }),
    hint: 'lowercase letters, digits and dashes; helpers are named after it',
    validate: (v) => (CHART_NAME.test(v) && v.length <= 53 ? undefined : 'Use lowercase letters, digits and dashes (at most 53), starting and ending with a letter or digit.'),
  },
  description: { kind: 'struct', label: 'Description', type: 'text', get: (s) => s.chart.description, set: (s, v) => ({ ...s, chart: { ...s.chart, description: v } }) },
  chartVersion: {
    kind: 'struct', label: 'Chart version', type: 'text', get: (s) => s.chart.version, set: (s, v) => ({ ...s, chart: { ...s.chart, version: v } }),
    validate: (v) => (SEMVER.test(v) ? undefined : 'Helm needs a semantic version such as 0.1.0.'),
  },
  appVersion: { kind: 'struct', label: 'App version', type: 'text', get: (s) => s.chart.appVersion, set: (s, v) => ({ ...s, chart: { ...s.chart, appVersion: v } }) },
  containerPort: {
    kind: 'struct', label: 'Container port', type: 'number', get: (s) => s.containerPort,
    set: (s, v) => (/^\d+$/.test(v) ? setStructure(s, { containerPort: Number(v) }) : s),
    validate: (v) => (/^\d+$/.test(v) && +v >= 1 && +v <= 65535 ? undefined : 'A port is a whole number from 1 to 65535.'),
  },
  healthPath: {
    kind: 'struct', label: 'Health check path', type: 'text', get: (s) => s.healthPath, set: (s, v) => setStructure(s, { healthPath: v }),
    validate: (v) => (v.startsWith('/') ? undefined : 'The path starts with a slash, e.g. /health.'),
  },
  enablePostgres: { kind: 'struct', label: 'Enable PostgreSQL', type: 'checkbox', get: (s) => s.postgres, set: (s, v) => setStructure(s, { postgres: v === 'true' }) },
  replicas: { kind: 'value', label: 'Replicas', path: ['replicaCount'], type: 'number' },
  imageRepository: { kind: 'value', label: 'Image repository', path: ['image', 'repository'], type: 'text' },
  imageTag: { kind: 'value', label: 'Image tag', path: ['image', 'tag'], type: 'text' },
  dbName: { kind: 'value', label: 'Database name', path: ['postgres', 'auth', 'database'], type: 'text' },
  dbUser: { kind: 'value', label: 'Database user', path: ['postgres', 'auth', 'username'], type: 'text' },
  dbPassword: { kind: 'value', label: 'Database password', path: ['postgres', 'auth', 'password'], type: 'password', hint: 'left out of share links unless you include secrets' },
  storageSize: { kind: 'value', label: 'Storage size', path: ['postgres', 'persistence', 'size'], type: 'text', hint: 'e.g. 1Gi' },
};

function FieldRow({ id, field, state, values, update }: { id: string; field: Field; state: WizardState; values: unknown; update: (f: (s: WizardState) => WizardState) => void }) {
  const inputId = useId();
  const hintId = useId();
  if (field.kind === 'struct') {
    const v = field.get(state);
    const err = field.validate && typeof v !== 'boolean' ? field.validate(String(v)) : undefined;
    if (field.type === 'checkbox') {
      return (
        <div className="field check">
          <input id={inputId} type="checkbox" checked={Boolean(v)} onChange={(e) => update((s) => field.set(s, String(e.target.checked)))} />
          <label htmlFor={inputId}>{field.label}</label>
        </div>
      );
    }
    return (
      <div className="field">
        <label htmlFor={inputId}>{field.label}</label>
        <input
          id={inputId}
          name={id}
          type={field.type}
          value={String(v)}
          aria-invalid={err ? true : undefined}
          aria-describedby={err || field.hint ? hintId : undefined}
          onChange={(e) => update((s) => field.set(s, e.target.value))}
        />
        {err ? <span id={hintId} className="field-error">{err}</span> : field.hint ? <span id={hintId} className="hint">{field.hint}</span> : null}
      </div>
    );
  }
  const raw = valueAt(values, field.path);
  const shown = raw === undefined || raw === null ? '' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  return (
    <div className="field">
      <label htmlFor={inputId}>{field.label}</label>
      <input
        id={inputId}
        name={id}
        type={field.type}
        value={shown}
        autoComplete={field.type === 'password' ? 'new-password' : 'off'}
        aria-describedby={field.hint ? hintId : undefined}
        onChange={(e) => {
          const t = e.target.value;
          const value = field.type === 'number' && /^-?\d+$/.test(t) ? Number(t) : t;
          update((s) => {
            const next = setValue(s.valuesYaml, field.path, value);
            return next === undefined ? s : { ...s, valuesYaml: next };
          });
        }}
      />
      {field.hint ? <span id={hintId} className="hint">{field.hint}</span> : null}
    </div>
  );
}

function valueAt(v: unknown, path: ValuePath): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(k)];
  }
  return cur;
}

export default function Fields({ ids, state, update }: { ids: string[]; state: WizardState; update: (f: (s: WizardState) => WizardState) => void }) {
  // One parse of values.yaml per change serves every field (this runs on each keystroke).
  const values = useMemo(() => parseValues(state.valuesYaml), [state.valuesYaml]);
  const shown = ids.filter((id) => FIELDS[id] && (state.postgres || !['dbName', 'dbUser', 'dbPassword', 'storageSize'].includes(id)));
  if (!shown.length) return null;
  return (
    <fieldset className="fields">
      <legend>Settings for this step</legend>
      {shown.map((id) => (
        <FieldRow key={id} id={id} field={FIELDS[id]} state={state} values={values} update={update} />
      ))}
    </fieldset>
  );
}
