{{/* The four workloads of the suite, by their key in values.yaml. */}}
{{- define "fieldline.components" -}}
identity technician job gateway
{{- end -}}

{{/* A component's workload name: identity-service, technician-service, job-service or gateway. */}}
{{- define "fieldline.workload" -}}
{{- if eq . "gateway" -}}gateway{{- else -}}{{ . }}-service{{- end -}}
{{- end -}}

{{/* The name of a component's objects: <release>-<workload>. Arguments: (list $ component). */}}
{{- define "fieldline.name" -}}
{{- $root := index . 0 -}}
{{- printf "%s-%s" $root.Release.Name (include "fieldline.workload" (index . 1)) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select a component's pods. Arguments: (list $ component). */}}
{{- define "fieldline.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: fieldline
app.kubernetes.io/instance: {{ $root.Release.Name }}
app.kubernetes.io/component: {{ include "fieldline.workload" (index . 1) }}
{{- end -}}

{{/* Every label of a component's objects. Arguments: (list $ component). */}}
{{- define "fieldline.labels" -}}
{{- $root := index . 0 -}}
{{ include "fieldline.selectorLabels" . }}
app.kubernetes.io/part-of: fieldline
app.kubernetes.io/version: {{ $root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ $root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" $root.Chart.Name $root.Chart.Version }}
{{- end -}}

{{/* A component's image, pinned by digest when one is given, else by its tag. Arguments: (list $ component). */}}
{{- define "fieldline.image" -}}
{{- $root := index . 0 -}}
{{- $image := (index $root.Values (index . 1)).image -}}
{{- $repository := $image.repository -}}
{{- if $root.Values.image.registry -}}
{{- $repository = printf "%s/%s" (trimSuffix "/" $root.Values.image.registry) $image.repository -}}
{{- end -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $repository $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository $image.tag -}}
{{- end -}}
{{- end -}}

{{/* The in-cluster URL of a component's API port. Arguments: (list $ component). */}}
{{- define "fieldline.apiUrl" -}}
{{- printf "http://%s:%v" (include "fieldline.name" .) (index . 0).Values.ports.http -}}
{{- end -}}

{{/* The in-cluster URL of a component's management port. Arguments: (list $ component). */}}
{{- define "fieldline.managementUrl" -}}
{{- printf "http://%s:%v" (include "fieldline.name" .) (index . 0).Values.ports.management -}}
{{- end -}}

{{/* The Kafka security protocol the values ask for. */}}
{{- define "fieldline.kafkaSecurityProtocol" -}}
{{- if and .Values.kafka.tls.enabled .Values.kafka.sasl.enabled -}}SASL_SSL
{{- else if .Values.kafka.sasl.enabled -}}SASL_PLAINTEXT
{{- else if .Values.kafka.tls.enabled -}}SSL
{{- else -}}PLAINTEXT
{{- end -}}
{{- end -}}

{{/* A PostgreSQL URL of a data service's database, without its scheme. Arguments: (list $ component). */}}
{{- define "fieldline.databaseAddress" -}}
{{- $root := index . 0 -}}
{{- $database := (index $root.Values (index . 1)).database -}}
{{- printf "//%s:%v/%s?sslmode=%s" ($database.host | default $root.Values.postgresql.host) ($database.port | default $root.Values.postgresql.port) $database.name $root.Values.postgresql.sslMode -}}
{{- end -}}

{{/* An egress rule to an outside dependency: its peers (anywhere when none are given) on its TCP ports. */}}
{{- define "fieldline.egressRule" -}}
- {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  ports:
    {{- range .ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
{{- end -}}
