import { Scalar, stringify } from 'yaml';
import type { ChartContext } from './context';

// Free text goes through the YAML printer so a quote or colon in it cannot break the file.
function scalar(s: string, quoted = false): string {
  const node = new Scalar(s);
  if (quoted) node.type = Scalar.QUOTE_DOUBLE;
  return stringify(node).trimEnd();
}

export function chartYaml(c: ChartContext): string {
  return `apiVersion: v2
name: ${c.name}
description: ${scalar(c.description || 'A Helm chart for Kubernetes')}
# An application chart can be installed; a library chart only lends helpers to others.
type: application
# The chart's own version (SemVer): bump it whenever the chart changes.
version: ${scalar(c.version)}
# The version of the app the chart deploys; the image tag defaults to it.
appVersion: ${scalar(c.appVersion, true)}
`;
}
