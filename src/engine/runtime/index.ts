/**
 * Runtime files → what runs: Compose files and Kubernetes manifests read
 * with the blueprint loader's guards, their services and workloads, and the
 * dependencies they show, with Kubernetes Service names resolved to the
 * workloads they select. Pure: the caller reads the files.
 */
import type { Problem } from '../model.js'
import { isCompose, readCompose, type FoundEdge } from './compose.js'
import { serviceOfHost } from './infer.js'
import {
  isKubernetes,
  readKubernetes,
  type HostMention,
  type KubeService,
  type KubeWorkload
} from './kubernetes.js'
import type { Note, RuntimeEdge, RuntimeRead, Workload } from './model.js'
import { readRuntimeDocuments, type RuntimeDocument } from './read.js'

export type { Note, Runtime, RuntimeEdge, RuntimeRead, Workload } from './model.js'

/** A runtime file's path (repository-relative) and bytes. */
export interface RuntimeFile {
  readonly file: string
  readonly content: string | Uint8Array
}

/**
 * Reads Compose files and Kubernetes manifests, in the order given, into one
 * runtime: a name seen twice (the same service in a Compose file and a
 * manifest) is one workload, the first read. Never throws.
 */
export function readRuntime(files: readonly RuntimeFile[]): RuntimeRead {
  const problems: Problem[] = []
  const notes: Note[] = []
  const workloads: Workload[] = []
  const found: FoundEdge[] = []
  const kube = {
    workloads: [] as KubeWorkload[],
    services: [] as KubeService[],
    mentions: [] as HostMention[]
  }
  for (const input of files) {
    const read = readRuntimeDocuments(input)
    problems.push(...read.problems)
    notes.push(...read.notes)
    const manifests: RuntimeDocument[] = []
    for (const doc of read.documents) {
      if (isCompose(doc.data)) {
        const compose = readCompose(doc, input.file)
        workloads.push(...compose.workloads)
        found.push(...compose.edges)
        notes.push(...compose.notes)
      } else if (isKubernetes(doc.data)) {
        manifests.push(doc)
      } else {
        notes.push({
          file: input.file,
          ...doc.start,
          message:
            'is neither a Compose file (no "services") nor a Kubernetes object (no "apiVersion" and "kind"): skipped'
        })
      }
    }
    if (manifests.length > 0) {
      const k = readKubernetes(manifests, input.file)
      workloads.push(...k.workloads)
      kube.workloads.push(...k.workloads)
      kube.services.push(...k.services)
      kube.mentions.push(...k.mentions)
      notes.push(...k.notes)
    }
  }

  const aliases = new Map<string, string[]>()
  const alias = (name: string, target: string) => {
    const list = aliases.get(name) ?? []
    if (!list.includes(target)) list.push(target)
    aliases.set(name, list)
  }
  for (const w of workloads) alias(w.name, w.name)
  const selected = new Map<KubeService, string[]>()
  for (const service of kube.services) {
    const targets = kube.workloads
      .filter((w) => sameNamespace(w.namespace, service.namespace) && selects(service, w))
      .map((w) => w.name)
    selected.set(service, targets)
    for (const t of targets) alias(service.name, t)
  }
  for (const m of kube.mentions) {
    const wanted = serviceOfHost(m.host)
    if (!wanted) continue
    for (const service of kube.services) {
      if (service.name !== wanted.name) continue
      if (!sameNamespace(service.namespace, wanted.namespace ?? m.namespace)) continue
      for (const to of selected.get(service) ?? [])
        if (to !== m.from) found.push({ from: m.from, to, evidence: m.evidence })
    }
  }

  const unique = dedupe(workloads)
  return {
    runtime: { workloads: unique, edges: edgesOf(found, unique), aliases },
    problems,
    notes
  }
}

/** Namespaces match when equal, or when either is not written (the manifest is applied to whichever). */
function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b
}

/** A Service selects a workload when every label of its (non-empty) selector is on the pods. */
function selects(service: KubeService, workload: KubeWorkload): boolean {
  const entries = Object.entries(service.selector)
  return entries.length > 0 && entries.every(([k, v]) => workload.labels[k] === v)
}

/** One workload per name, the first read; without the Kubernetes-only labels. */
function dedupe(workloads: readonly Workload[]): Workload[] {
  const seen = new Set<string>()
  const out: Workload[] = []
  for (const w of workloads) {
    if (seen.has(w.name)) continue
    seen.add(w.name)
    const plain: Workload & { labels?: unknown } = { ...w }
    delete plain.labels
    out.push(plain)
  }
  return out
}

/** One edge per pair, with all its evidence, ordered by the `from` workload and then as found. */
function edgesOf(found: readonly FoundEdge[], workloads: readonly Workload[]): RuntimeEdge[] {
  const order = new Map(workloads.map((w, i) => [w.name, i]))
  const byPair = new Map<string, { from: string; to: string; evidence: string[] }>()
  for (const e of found) {
    if (!order.has(e.from) || !order.has(e.to) || e.from === e.to) continue
    const key = `${e.from}\u0000${e.to}`
    const edge = byPair.get(key)
    if (!edge) byPair.set(key, { from: e.from, to: e.to, evidence: [e.evidence] })
    else if (!edge.evidence.includes(e.evidence)) edge.evidence.push(e.evidence)
  }
  return [...byPair.values()]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (order.get(a.e.from) ?? 0) - (order.get(b.e.from) ?? 0) || a.i - b.i)
    .map(({ e }) => e)
}
