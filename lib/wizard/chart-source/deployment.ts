import { lines, type ChartContext } from './context';

// The init container's bounded wait: 60 tries, 2 s apart (plus nc's own 2 s timeout).
const WAIT_TRIES = 60;

function waitForPostgres(n: string): string {
  return `      {{- if eq (include "${n}.database.enabled" .) "true" }}
      initContainers:
        # Holds the app back until PostgreSQL accepts connections, and gives up with a
        # message (visible in kubectl logs POD -c wait-for-postgres) instead of hanging.
        - name: wait-for-postgres
          image: busybox:1.36
          {{- if not .Values.postgres.enabled }}
          env:
            {{- include "${n}.secretEnv" (list "DB_HOST" "host" .) | nindent 12 }}
            {{- include "${n}.secretEnv" (list "DB_PORT" "port" .) | nindent 12 }}
          {{- end }}
          command: ['sh', '-c']
          args:
            - |
              {{- if .Values.postgres.enabled }}
              host={{ include "${n}.postgres.fullname" . }}
              port=5432
              {{- else }}
              host="$DB_HOST"
              port="$DB_PORT"
              {{- end }}
              tries=0
              until nc -z -w 2 "$host" "$port"; do
                tries=$((tries + 1))
                if [ "$tries" -ge ${WAIT_TRIES} ]; then
                  echo "PostgreSQL at $host:$port did not accept connections within $((tries * 2)) seconds; giving up." >&2
                  {{- if .Values.postgres.enabled }}
                  echo "Look at the database: kubectl get pods -l app.kubernetes.io/instance={{ .Release.Name }},app.kubernetes.io/component=database" >&2
                  {{- else }}
                  echo "Check the host and port in Secret {{ .Values.postgres.auth.existingSecret }} and that the database accepts connections from this cluster." >&2
                  {{- end }}
                  exit 1
                fi
                echo "Waiting for PostgreSQL at $host:$port ($tries/${WAIT_TRIES})..."
                sleep 2
              done
      {{- end }}`;
}

export function deploymentYaml(c: ChartContext): string {
  const n = c.name;
  return lines(
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${n}.fullname" . }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
spec:`,
    c.optional.hpa
      ? `  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}`
      : `  replicas: {{ .Values.replicaCount }}`,
    `  selector:
    matchLabels:
      {{- include "${n}.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "${n}.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "${n}.serviceAccountName" . }}
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}`,
    c.postgres && waitForPostgres(n),
    `      containers:
        - name: {{ .Chart.Name }}
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            # The port the app listens on: a property of the image, so it is part of the
            # chart rather than a value. The Service and the probes refer to it by name.
            - name: http
              containerPort: ${c.containerPort}
              protocol: TCP`,
    c.postgres
      ? `          {{- $dbEnv := include "${n}.databaseEnv" . | trim }}
          {{- if or .Values.env $dbEnv }}
          env:
            {{- range $key, $value := .Values.env }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            {{- with $dbEnv }}
            {{- . | nindent 12 }}
            {{- end }}
          {{- end }}`
      : `          {{- with .Values.env }}
          env:
            {{- range $key, $value := . }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
          {{- end }}`,
    `          {{- with .Values.livenessProbe }}
          livenessProbe:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with .Values.readinessProbe }}
          readinessProbe:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with .Values.volumeMounts }}
          volumeMounts:
            {{- toYaml . | nindent 12 }}
          {{- end }}
      {{- with .Values.volumes }}
      volumes:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`,
  );
}
