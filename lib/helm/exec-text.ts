// Placeholder until the render pipeline lands: the differential harness's entry point.
// executeText(template, {values, files}) runs one template text exactly as Helm would
// run it as oracle/templates/case.yaml of chart "oracle", release "rel", and returns
// {ok, output (raw executed text, before Helm strips <no value>), error (Helm's whole
// error text, as helm prints it after "Error: ")}.
import type { OracleResult } from '../../test/helm';

export function executeText(_template: string, _opts: { values?: Record<string, unknown>; files?: Record<string, string> }): OracleResult {
  return { ok: false, output: '', error: 'engine not implemented yet' };
}
