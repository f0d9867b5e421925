// The wizard's state: everything that determines the chart. It is plain JSON (it goes
// into localStorage and, diffed against its preset, into share links).
//
// Contract between the UI and the generator: structural choices are fields here (they
// change which files exist and what the templates say); everything else is values,
// kept as the values.yaml TEXT the user edits (comments survive form edits). A user's
// hand edit of any generated file is kept in `edits` and wins over the generated text.
import type { OptionalTemplate } from './steps';

export interface WizardState {
  /** schema version of this object (share links carry it) */
  version: 1;
  /** the preset this state started from */
  presetId: string;
  chart: {
    name: string;
    description: string;
    /** chart version, semver */
    version: string;
    appVersion: string;
  };
  containerPort: number;
  healthPath: string;
  /** in-chart PostgreSQL (secret, statefulset, headless service, DB_* env) on/off */
  postgres: boolean;
  /** the kept-but-optional templates present in the chart */
  optional: Record<OptionalTemplate, boolean>;
  /** values.yaml as the user edits it */
  valuesYaml: string;
  /** values-local.yaml as the user edits it */
  valuesLocalYaml: string;
  /** chart-relative path → user-edited text that replaces the generated file */
  edits: Record<string, string>;
  /** what `helm template RELEASE` / deploy-local.sh use; not part of the chart */
  release: string;
  namespace: string;
}
