import type { ChartContext } from './context';

export function serviceAccountYaml(c: ChartContext): string {
  const n = c.name;
  return `{{- if .Values.serviceAccount.create -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "${n}.serviceAccountName" . }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
{{- end }}
`;
}
