import type { ChartContext } from './context';

export function postgresSecretYaml(c: ChartContext): string {
  const n = c.name;
  return `{{- if and .Values.postgres.enabled (not .Values.postgres.auth.existingSecret) }}
# Where the database is and how to log in, read by PostgreSQL and by the app. Base64 is
# an encoding, not encryption: for anything shared, set postgres.auth.existingSecret instead.
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "${n}.postgres.secretName" . }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
    app.kubernetes.io/component: database
type: Opaque
data:
  host: {{ include "${n}.postgres.fullname" . | b64enc | quote }}
  port: {{ "5432" | b64enc | quote }}
  database: {{ .Values.postgres.auth.database | b64enc | quote }}
  username: {{ .Values.postgres.auth.username | b64enc | quote }}
  password: {{ required "postgres.auth.password is empty: set a password, or name an existing Secret in postgres.auth.existingSecret" .Values.postgres.auth.password | b64enc | quote }}
{{- end }}
`;
}

export function postgresServiceYaml(c: ChartContext): string {
  const n = c.name;
  return `{{- if .Values.postgres.enabled }}
# Headless (clusterIP: None): DNS answers with the database pod's own address. The app
# reaches it as {{ include "${n}.postgres.fullname" . }}.
apiVersion: v1
kind: Service
metadata:
  name: {{ include "${n}.postgres.fullname" . }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
    app.kubernetes.io/component: database
spec:
  clusterIP: None
  ports:
    - port: 5432
      targetPort: postgres
      protocol: TCP
      name: postgres
  selector:
    {{- include "${n}.postgres.selectorLabels" . | nindent 4 }}
{{- end }}
`;
}

function secretEnv(n: string, env: string, key: string): string {
  return `            - name: ${env}
              valueFrom:
                secretKeyRef:
                  name: {{ include "${n}.postgres.secretName" . }}
                  key: ${key}`;
}

export function postgresStatefulSetYaml(c: ChartContext): string {
  const n = c.name;
  // pg_isready through sh: probes do not expand $(VAR), and the user comes from the Secret.
  const ready = `exec:
              command: ['sh', '-c', 'pg_isready -h 127.0.0.1 -p 5432 -U "$POSTGRES_USER" -d "$POSTGRES_DB"']`;
  return `{{- if .Values.postgres.enabled }}
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "${n}.postgres.fullname" . }}
  labels:
    {{- include "${n}.labels" . | nindent 4 }}
    app.kubernetes.io/component: database
spec:
  serviceName: {{ include "${n}.postgres.fullname" . }}
  replicas: 1
  selector:
    matchLabels:
      {{- include "${n}.postgres.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "${n}.postgres.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: postgres
          image: "{{ .Values.postgres.image.repository }}:{{ .Values.postgres.image.tag }}"
          ports:
            - name: postgres
              containerPort: 5432
              protocol: TCP
          env:
${secretEnv(n, 'POSTGRES_USER', 'username')}
${secretEnv(n, 'POSTGRES_PASSWORD', 'password')}
${secretEnv(n, 'POSTGRES_DB', 'database')}
            # A subdirectory: PostgreSQL refuses a mount root that is not empty (lost+found).
            - name: PGDATA
              value: /var/lib/postgresql/data/pgdata
          readinessProbe:
            ${ready}
            initialDelaySeconds: 5
            periodSeconds: 5
          livenessProbe:
            ${ready}
            initialDelaySeconds: 30
            periodSeconds: 10
          {{- with .Values.postgres.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          volumeMounts:
            - name: postgres-data
              mountPath: /var/lib/postgresql/data
      {{- if not .Values.postgres.persistence.enabled }}
      volumes:
        # No persistence: the data lives as long as the pod.
        - name: postgres-data
          emptyDir: {}
      {{- end }}
  {{- if .Values.postgres.persistence.enabled }}
  volumeClaimTemplates:
    - metadata:
        name: postgres-data
        labels:
          {{- include "${n}.postgres.selectorLabels" . | nindent 10 }}
      spec:
        accessModes: ["ReadWriteOnce"]
        {{- with .Values.postgres.persistence.storageClass }}
        {{- if eq . "-" }}
        storageClassName: ""
        {{- else }}
        storageClassName: {{ . | quote }}
        {{- end }}
        {{- end }}
        resources:
          requests:
            storage: {{ .Values.postgres.persistence.size | quote }}
  {{- end }}
{{- end }}
`;
}
