{{/*
The chart's name, or nameOverride.
*/}}
{{- define "backend.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The full name of the app's objects. Cut at 63 characters, the limit of many Kubernetes
name fields (DNS labels). A release name that already contains the chart name is used
alone, so release "my-backend" gives "my-backend", not "my-backend-backend".
*/}}
{{- define "backend.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "backend.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels on every object of the release.
*/}}
{{- define "backend.labels" -}}
helm.sh/chart: {{ include "backend.chart" . }}
{{ include "backend.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Labels that select the app's pods. They must never change during a release's life: a
Deployment's selector is immutable, and the Service finds its pods by them.
*/}}
{{- define "backend.selectorLabels" -}}
app.kubernetes.io/name: {{ include "backend.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
The ServiceAccount the app's pods run as.
*/}}
{{- define "backend.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "backend.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
PostgreSQL's name: its StatefulSet, its Service and the host in its Secret all use it. The
full name is cut to 43 characters first so that "-postgres" always survives and the
StatefulSet's controller-revision-hash label (name + "-" + 10 characters) fits in 63.
*/}}
{{- define "backend.postgres.fullname" -}}
{{- printf "%s-postgres" (include "backend.fullname" . | trunc 43 | trimSuffix "-") }}
{{- end }}

{{/*
Labels that select the PostgreSQL pod. Its name label differs from the app's, so the
app's Service never sends traffic to the database.
*/}}
{{- define "backend.postgres.selectorLabels" -}}
app.kubernetes.io/name: {{ include "backend.name" . | trunc 54 | trimSuffix "-" }}-postgres
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: database
{{- end }}

{{/*
The Secret with the database's address and login: postgres.auth.existingSecret when
set, else the one this chart renders.
*/}}
{{- define "backend.postgres.secretName" -}}
{{- if .Values.postgres.auth.existingSecret }}
{{- .Values.postgres.auth.existingSecret }}
{{- else }}
{{- printf "%s-secret" (include "backend.postgres.fullname" .) }}
{{- end }}
{{- end }}

{{/*
Whether the app uses a database: PostgreSQL in this release, or an external one
described by postgres.auth.existingSecret.
*/}}
{{- define "backend.database.enabled" -}}
{{- if or .Values.postgres.enabled .Values.postgres.auth.existingSecret }}true{{ end }}
{{- end }}

{{/*
One env entry read from the database Secret: (list "ENV_NAME" "key" $ctx).
*/}}
{{- define "backend.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ include "backend.postgres.secretName" (index . 2) }}
      key: {{ index . 1 }}
{{- end }}

{{/*
The app's database settings, all five from the database Secret: the one this chart
renders (PostgreSQL in this release), or postgres.auth.existingSecret, which must hold
the keys host, port, database, username and password. No database: nothing.
*/}}
{{- define "backend.databaseEnv" -}}
{{- if eq (include "backend.database.enabled" .) "true" }}
{{ include "backend.secretEnv" (list "DB_HOST" "host" .) }}
{{ include "backend.secretEnv" (list "DB_PORT" "port" .) }}
{{ include "backend.secretEnv" (list "DB_NAME" "database" .) }}
{{ include "backend.secretEnv" (list "DB_USER" "username" .) }}
{{ include "backend.secretEnv" (list "DB_PASSWORD" "password" .) }}
{{- end }}
{{- end }}
