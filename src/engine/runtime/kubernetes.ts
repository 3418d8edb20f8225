/**
 * Kubernetes manifests → workloads (Deployment, StatefulSet, DaemonSet,
 * Job, CronJob), Services with the labels they select, and the host names
 * each workload's containers mention in `env` values, `args` and `command`.
 * Other kinds are counted and skipped; `kind: List` is read item by item.
 */
import type { Path } from '../blueprint/locate.js'
import { isRecord } from '../blueprint/normalise.js'
import { commandHosts, envHosts } from './infer.js'
import { WORKLOAD_KINDS, type Note, type Workload, type WorkloadKind } from './model.js'
import type { RuntimeDocument } from './read.js'

/** A workload with the labels its pods carry. */
export interface KubeWorkload extends Workload {
  readonly labels: Readonly<Record<string, string>>
}

/** A Service: its name and the pod labels it selects. */
export interface KubeService {
  readonly name: string
  readonly namespace?: string
  readonly selector: Readonly<Record<string, string>>
  readonly file: string
  readonly line: number
}

/** A host name a workload's container mentions, and where. */
export interface HostMention {
  readonly from: string
  readonly namespace?: string
  readonly host: string
  readonly evidence: string
  /** The workload's file and line. */
  readonly file: string
  readonly line: number
}

/** What the Kubernetes documents of one file hold. */
export interface KubeRead {
  readonly workloads: KubeWorkload[]
  readonly services: KubeService[]
  readonly mentions: HostMention[]
  readonly notes: Note[]
}

/** The recommended label naming the application a workload is part of. */
const PART_OF = 'app.kubernetes.io/part-of'

/** Does this document look like a Kubernetes object (`apiVersion` and `kind`)? */
export function isKubernetes(data: Record<string, unknown>): boolean {
  return typeof data.kind === 'string' && typeof data.apiVersion === 'string'
}

/** Reads the Kubernetes documents of one file. */
export function readKubernetes(docs: readonly RuntimeDocument[], file: string): KubeRead {
  const read: KubeRead = { workloads: [], services: [], mentions: [], notes: [] }
  const skipped = new Map<string, { count: number; line: number }>()
  const skip = (kind: string, line: number) => {
    const seen = skipped.get(kind)
    if (seen) seen.count++
    else skipped.set(kind, { count: 1, line })
  }
  for (const doc of docs) {
    const objects: Array<{ data: Record<string, unknown>; path: Path }> = []
    if (doc.data.kind === 'List' && Array.isArray(doc.data.items)) {
      doc.data.items.forEach((item, i) => {
        if (isRecord(item)) objects.push({ data: item, path: ['items', i] })
      })
    } else objects.push({ data: doc.data, path: [] })

    for (const { data, path } of objects) {
      const line = doc.locator.valueLoc(path).line
      const kind = typeof data.kind === 'string' ? data.kind : '(no kind)'
      const metadata = isRecord(data.metadata) ? data.metadata : {}
      const name = typeof metadata.name === 'string' ? metadata.name : undefined
      const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined
      const spec = isRecord(data.spec) ? data.spec : {}
      if (kind === 'Service') {
        if (name === undefined || name.trim() === '' || name.includes('{{')) continue
        read.services.push({
          name,
          ...(namespace !== undefined ? { namespace } : {}),
          selector: labels(spec.selector),
          file,
          line
        })
        continue
      }
      if (!(WORKLOAD_KINDS as readonly string[]).includes(kind)) {
        skip(kind, line)
        continue
      }
      if (name === undefined || name.trim() === '' || name.includes('{{')) {
        read.notes.push({
          file,
          line,
          col: 1,
          message: `a ${kind} without a plain metadata.name: skipped`
        })
        continue
      }
      const template = podTemplate(kind as WorkloadKind, spec)
      const podSpec = isRecord(template.spec) ? template.spec : {}
      const containers = [podSpec.containers, podSpec.initContainers].flatMap((list) =>
        Array.isArray(list) ? list.filter(isRecord) : []
      )
      const main =
        containers.find((c) => c.name === name) ??
        (Array.isArray(podSpec.containers) ? podSpec.containers.find(isRecord) : undefined)
      const image = typeof main?.image === 'string' ? main.image : undefined
      const templateMeta = isRecord(template.metadata) ? template.metadata : {}
      const podLabels = labels(templateMeta.labels)
      const partOf = labels(metadata.labels)[PART_OF] ?? podLabels[PART_OF]
      read.workloads.push({
        name,
        kind: kind as WorkloadKind,
        file,
        line,
        ...(image !== undefined && !image.includes('{{') ? { image } : {}),
        ...(namespace !== undefined ? { namespace } : {}),
        ...(partOf !== undefined && partOf !== '' ? { partOf } : {}),
        labels: podLabels
      })
      const mention = (host: string, evidence: string) =>
        read.mentions.push({
          from: name,
          ...(namespace !== undefined ? { namespace } : {}),
          host,
          evidence,
          file,
          line
        })
      for (const container of containers) {
        // Kubernetes expands `$(NAME)` in env values, command and args from the variables
        // defined before it in the same container.
        const env = new Map<string, string>()
        for (const entry of Array.isArray(container.env) ? container.env : []) {
          if (!isRecord(entry) || typeof entry.name !== 'string') continue
          const value = entry.value
          if (typeof value !== 'string' && typeof value !== 'number') continue
          const expanded = expand(String(value), env)
          env.set(entry.name, expanded)
          for (const host of envHosts(entry.name, expanded)) mention(host, `env ${entry.name}`)
        }
        for (const key of ['args', 'command'] as const) {
          const list = container[key]
          if (!Array.isArray(list)) continue
          for (const arg of list)
            if (typeof arg === 'string')
              for (const host of commandHosts(expand(arg, env))) mention(host, key)
        }
      }
    }
  }
  if (skipped.size > 0) {
    const kinds = [...skipped.entries()].map(([kind, s]) => `${s.count} ${kind}`)
    const first = Math.min(...[...skipped.values()].map((s) => s.line))
    read.notes.push({
      file,
      line: first,
      col: 1,
      message: `skipped ${kinds.join(', ')}: only ${WORKLOAD_KINDS.join(', ')} and Service are read`
    })
  }
  return read
}

/** `$(NAME)` replaced by the variable defined above it, `$$(` kept as `$(`, as Kubernetes does. */
function expand(text: string, env: ReadonlyMap<string, string>): string {
  if (!text.includes('$(')) return text
  return text.replace(
    /\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g,
    (all, name: string | undefined) => (name === undefined ? '$(' : (env.get(name) ?? all))
  )
}

/** The pod template of a workload: `spec.template`, or `spec.jobTemplate.spec.template` for a CronJob. */
function podTemplate(kind: WorkloadKind, spec: Record<string, unknown>): Record<string, unknown> {
  const owner =
    kind === 'CronJob'
      ? isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec)
        ? spec.jobTemplate.spec
        : {}
      : spec
  return isRecord(owner.template) ? owner.template : {}
}

/** A label map with text values (numbers and booleans as written). */
function labels(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v)
  return out
}
