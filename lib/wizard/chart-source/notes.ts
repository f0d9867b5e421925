import { lines, type ChartContext } from './context';

export function notesTxt(c: ChartContext): string {
  const n = c.name;
  const h = c.healthPath;
  const reach: (string | false)[] = [];
  let opened = false;
  const branch = (cond: string) => {
    reach.push(`{{- ${opened ? 'else if' : 'if'} ${cond} }}`);
    opened = true;
  };
  if (c.optional.httproute) {
    branch('.Values.httpRoute.enabled');
    reach.push(`{{- range .Values.httpRoute.hostnames }}
  curl http://{{ . }}${h}
{{- else }}
  Through the Gateway(s) {{ range .Values.httpRoute.parentRefs }}{{ .name }} {{ end }}- see their listeners:
  kubectl get gateways --namespace {{ .Release.Namespace }}
{{- end }}`);
  }
  if (c.optional.ingress) {
    branch('.Values.ingress.enabled');
    reach.push(`{{- range $host := .Values.ingress.hosts }}
{{- range .paths }}
  curl http{{ if $.Values.ingress.tls }}s{{ end }}://{{ $host.host }}{{ .path | trimSuffix "/" }}${h}
{{- end }}
{{- end }}`);
  }
  branch('eq .Values.service.type "NodePort"');
  reach.push(`  export NODE_PORT=$(kubectl get --namespace {{ .Release.Namespace }} -o jsonpath="{.spec.ports[0].nodePort}" services {{ include "${n}.fullname" . }})
  export NODE_IP=$(kubectl get nodes -o jsonpath="{.items[0].status.addresses[0].address}")
  curl http://$NODE_IP:$NODE_PORT${h}`);
  reach.push(`{{- else if eq .Values.service.type "LoadBalancer" }}
  The load balancer's address can take a few minutes to appear:
  kubectl get --namespace {{ .Release.Namespace }} service {{ include "${n}.fullname" . }} --watch
{{- else }}
  kubectl --namespace {{ .Release.Namespace }} port-forward service/{{ include "${n}.fullname" . }} 8080:{{ .Values.service.port }}
  curl http://127.0.0.1:8080${h}
{{- end }}`);

  return lines(
    `{{ .Chart.Name }} {{ .Chart.AppVersion }} is installed as release {{ .Release.Name }} in namespace {{ .Release.Namespace }}.

Reach the app:`,
    ...reach,
    c.postgres &&
      `{{- if .Values.postgres.enabled }}

PostgreSQL runs as StatefulSet {{ include "${n}.postgres.fullname" . }}; the app finds it through DB_HOST.
{{- if not .Values.postgres.auth.existingSecret }}
Its password: kubectl get secret --namespace {{ .Release.Namespace }} {{ include "${n}.postgres.secretName" . }} -o jsonpath="{.data.password}" | base64 -d
{{- end }}
{{- else if .Values.postgres.auth.existingSecret }}

The app reads its database settings from Secret {{ .Values.postgres.auth.existingSecret }}.
{{- end }}`,
    `
Watch the pods start:
  kubectl get pods --namespace {{ .Release.Namespace }} -l app.kubernetes.io/instance={{ .Release.Name }} --watch`,
    c.optional.tests &&
      `
Check it answers ${h}:
  helm test {{ .Release.Name }} --namespace {{ .Release.Namespace }}`,
    '',
  );
}
