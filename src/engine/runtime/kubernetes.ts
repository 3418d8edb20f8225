/**
 * Kubernetes manifests → workloads (Deployment, StatefulSet, DaemonSet,
 * Job, CronJob), Services with the labels they select, and the host names
 * each workload's containers mention in `env` values, `args` and `command`.
 * Other kinds are counted and skipped; `kind: List` is read item by item.
 */
import type { Path } from '../blueprint/locate.js'
import { isRecord } from '../blueprint/normalise.js'
import { hostsIn } from './infer.js'
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
}

/** A host name a workload's container mentions, and where. */
export interface HostMention {
  readonly from: string
  readonly namespace?: string
  readonly host: string
  readonly evidence: string
}

/** What the Kubernetes documents of one file hold. */
export interface KubeRead {
  readonly workloads: KubeWorkload[]
  readonly services: KubeService[]
  readonly mentions: HostMention[]
  readonly notes: Note[]
}

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
          selector: labels(spec.selector)
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
      read.workloads.push({
        name,
        kind: kind as WorkloadKind,
        file,
        line,
        ...(image !== undefined && !image.includes('{{') ? { image } : {}),
        ...(namespace !== undefined ? { namespace } : {}),
        labels: labels(templateMeta.labels)
      })
      const mention = (host: string, evidence: string) =>
        read.mentions.push({
          from: name,
          ...(namespace !== undefined ? { namespace } : {}),
          host,
          evidence
        })
      for (const container of containers) {
        for (const entry of Array.isArray(container.env) ? container.env : []) {
          if (!isRecord(entry) || typeof entry.name !== 'string') continue
          const value = entry.value
          if (typeof value !== 'string' && typeof value !== 'number') continue
          for (const host of hostsIn(String(value))) mention(host, `env ${entry.name}`)
        }
        for (const key of ['args', 'command'] as const) {
          const list = container[key]
          if (!Array.isArray(list)) continue
          for (const arg of list)
            if (typeof arg === 'string') for (const host of hostsIn(arg)) mention(host, key)
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
