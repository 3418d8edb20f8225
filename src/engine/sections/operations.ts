/**
 * Scalability and Performance, Deployment Architecture, Monitoring and
 * Observability: what the runtime files deploy and how — replicas,
 * autoscalers, resources, kinds and counts, namespaces, images, probes and
 * health checks, profiles — and the components that are observability
 * tools. Targets come only from the author (`sections:`).
 */
import { plain, table } from '../markdown.js'
import { formatCount } from '../text.js'
import { hasFacts, type WorkloadFacts } from '../runtime/facts.js'
import {
  code,
  codes,
  componentOfWorkload,
  item,
  namer,
  notDescribed,
  type SectionContext
} from './context.js'

/** Replicas, autoscalers and resources per workload; targets only from `sections:`. */
export function scalability(ctx: SectionContext): string {
  const facts = ctx.facts
  const scaling = hasFacts(facts)
    ? (() => {
        const scaled = (w: WorkloadFacts) =>
          facts.autoscalers.filter(
            (a) => a.target !== undefined && a.target.split(' ').pop() === w.name
          )
        const rows = facts.workloads.map((w) => [
          code(w.name),
          plain(w.kind === 'compose' ? 'Compose service' : w.kind),
          w.replicas !== undefined ? String(w.replicas) : '—',
          scaled(w)
            .map(
              (a) =>
                `${code(a.name)}${a.min !== undefined || a.max !== undefined ? ` (${a.min ?? 1}–${a.max ?? '?'})` : ''}`
            )
            .join(', ') || '—',
          plain(w.requests) || '—',
          plain(w.limits) || '—'
        ])
        return rows.length === 0
          ? notDescribed(ctx, 'sections.scalability')
          : table(['Workload', 'Kind', 'Replicas', 'Autoscaler', 'Requests', 'Limits'], rows)
      })()
    : notDescribed(ctx, 'runtime', 'sections.scalability')
  return [
    '### Horizontal Scaling',
    scaling,
    '',
    '### Performance Targets',
    `*No performance targets in ${code(ctx.file)}: set \`sections.scalability\`.*`
  ].join('\n')
}

/** Kinds and counts, namespaces, profiles; then images and health checks per workload. */
export function deployment(ctx: SectionContext): string {
  const facts = ctx.facts
  if (!hasFacts(facts)) return notDescribed(ctx, 'runtime', 'sections.deployment')
  const lines = [
    ...item('Runtime files', codes(facts.files)),
    ...item('Kinds', facts.kinds.map((k) => `${formatKind(k.kind, k.count)}`).join(', ')),
    ...item('Namespaces', codes(facts.namespaces)),
    ...item('Profiles', codes(facts.profiles))
  ]
  const rows = facts.workloads.map((w) => [
    code(w.name),
    codes(w.images) || '—',
    w.probes.length > 0 ? w.probes.join(', ') : '—',
    codes(w.profiles) || '—'
  ])
  const profiles = facts.profiles.length > 0
  return [
    '### What the Runtime Files Deploy',
    lines.join('\n'),
    '',
    '### Images and Health Checks',
    rows.length === 0
      ? notDescribed(ctx, 'sections.deployment')
      : table(
          ['Workload', 'Images', 'Health checks', ...(profiles ? ['Profiles'] : [])],
          rows.map((r) => (profiles ? r : r.slice(0, 3)))
        )
  ].join('\n')
}

/** Tools whose name says they collect metrics, logs or traces, or alert. */
const OBSERVABILITY =
  /prometheus|grafana|jaeger|zipkin|\btempo\b|\bloki\b|opentelemetry|\botel|otelcol|opensearch|elasticsearch|kibana|logstash|fluentd|fluent-bit|alertmanager|datadog|newrelic|node-exporter|cadvisor|victoriametrics|thanos|mimir|statsd|graphite|telegraf|zabbix|nagios|pyroscope|signoz|promtail|vector\b|kube-state-metrics/i

/** The observability components, then probes and metrics ports. */
export function monitoring(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const name = namer(bp)
  const facts = ctx.facts
  const images = (id: string): string[] =>
    facts?.workloads
      .filter((w) => componentOfWorkload(bp, w)?.id === id)
      .flatMap((w) => w.images) ?? []
  const tools = bp.components
    .filter((c) =>
      [c.type, c.id, c.name, c.technology ?? '', ...images(c.id)].some((t) => OBSERVABILITY.test(t))
    )
    .map((c) => `- ${name(c.id)}${c.technology ? ` (${plain(c.technology)})` : ''}`)
  const probed = facts?.workloads.filter((w) => w.probes.length > 0) ?? []
  const metrics = facts?.workloads.filter((w) => w.metrics.length > 0) ?? []
  const checks = [
    ...item(
      'Probes and health checks',
      probed.map((w) => `${code(w.name)} (${w.probes.join(', ')})`).join(', ')
    ),
    ...item(
      'Metrics ports',
      metrics.map((w) => `${code(w.name)} (${w.metrics.map(plain).join(', ')})`).join(', ')
    )
  ]
  return [
    '### Monitoring Stack',
    tools.length > 0 ? tools.join('\n') : notDescribed(ctx, 'sections.monitoring'),
    '',
    '### Health Checks and Metrics',
    checks.length > 0
      ? checks.join('\n')
      : notDescribed(ctx, ...(ctx.facts ? [] : ['runtime']), 'sections.monitoring')
  ].join('\n')
}

function formatKind(kind: string, count: number): string {
  return `${plain(kind)} (${formatCount(count)})`
}
