import type { ChartContext } from './context';

export function testConnectionYaml(c: ChartContext): string {
  const n = c.name;
  return `# Run with: helm test RELEASE. Passes when the app answers ${c.healthPath} through its Service.
apiVersion: v1
kind: Pod
metadata:
  name: "{{ include "${n}.fullname" . }}-test-connection"
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
  annotations:
    "helm.sh/hook": test
    "helm.sh/hook-delete-policy": before-hook-creation
spec:
  containers:
    - name: wget
      image: busybox:1.36
      command: ['wget']
      args: ['-q', '-O', '-', 'http://{{ include "${n}.fullname" . }}:{{ .Values.service.port }}${c.healthPath}']
  restartPolicy: Never
`;
}
