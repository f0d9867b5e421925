// What a chart source file needs to know: the structural choices, nothing else. Values
// are never read here — they reach the chart through values.yaml, at render time.
import type { OptionalTemplate } from '../steps';

export interface ChartContext {
  /** chart name: Chart.yaml `name` and the prefix of every helper ("NAME.fullname") */
  name: string;
  description: string;
  version: string;
  appVersion: string;
  containerPort: number;
  healthPath: string;
  postgres: boolean;
  optional: Record<OptionalTemplate, boolean>;
}

/** Lines joined with "\n", skipping `false` (a block left out by a structural choice). */
export function lines(...parts: (string | false)[]): string {
  return parts.filter((p): p is string => p !== false).join('\n');
}
