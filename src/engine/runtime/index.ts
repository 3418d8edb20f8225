/**
 * Runtime files → what runs: Compose files and Kubernetes manifests read
 * with the blueprint loader's guards, their services and workloads, and the
 * dependencies they show, with Kubernetes Service names resolved to the
 * workloads they select. Pure: the caller reads the files.
 */
import type { Problem } from '../model.js'
import { isCompose, readCompose, type FoundEdge } from './compose.js'
import { readComposeProject, type ComposeLayer, type FileLookup } from './composeproject.js'
import { serviceOfHost } from './infer.js'
import {
  isKubernetes,
  readKubernetes,
  type HostMention,
  type KubeService,
  type KubeWorkload
} from './kubernetes.js'
import type {
  Note,
  RuntimeDocument,
  RuntimeEdge,
  RuntimeRead,
  ServiceUnit,
  Workload
} from './model.js'
import { readRuntimeDocuments } from './read.js'
import { unmark } from './yamldata.js'

export type { FileLookup } from './composeproject.js'
export type {
  Note,
  Runtime,
  RuntimeDocument,
  RuntimeEdge,
  RuntimeRead,
  ServiceUnit,
  Workload
} from './model.js'

/** A runtime file's path (repository-relative) and bytes. */
export interface RuntimeFile {
  readonly file: string
  readonly content: string | Uint8Array
  /**
   * Compose files with the same project merge, in the order given, as
   * `docker compose -f a -f b` merges them; files without one are all one
   * project.
   */
  readonly project?: string
  /** Found in a folder rather than named: a document that is neither Compose nor Kubernetes is passed over silently. */
  readonly discovered?: boolean
}

/** How readRuntime reaches files the runtime files name. */
export interface RuntimeOptions {
  /**
   * `.env`, `env_file` and `include` files by repository path: the content,
   * `null` when there is no such file, `undefined` when not read yet (then
   * listed in `needs`). Without it, no such file exists.
   */
  readonly lookup?: FileLookup
}

/**
 * Reads Compose files and Kubernetes manifests, in the order given, into one
 * runtime: a name seen twice (the same service in a Compose file and a
 * manifest) is one workload, the first read. Never throws.
 */
export function readRuntime(
  files: readonly RuntimeFile[],
  options: RuntimeOptions = {}
): RuntimeRead {
  const given = new Map(files.map((f) => [f.file, f.content]))
  const lookup: FileLookup = options.lookup ?? ((file) => given.get(file) ?? null)
  const problems: Problem[] = []
  const notes: Note[] = []
  const unresolved: Note[] = []
  const needs = new Set<string>()
  const documents: Array<{ file: string; document: RuntimeDocument }> = []
  const read = new Set<string>()
  const workloads: Workload[] = []
  const found: FoundEdge[] = []
  const kube = {
    workloads: [] as KubeWorkload[],
    services: [] as KubeService[],
    mentions: [] as HostMention[]
  }
  const projects = new Map<string, ComposeLayer[]>()
  const discovered = new Set(files.filter((f) => f.discovered).map((f) => f.file))
  // Workloads in the order of the files: a Compose project at its first file.
  const segments: Array<Workload[] | string> = []
  for (const input of files) {
    const docs = readRuntimeDocuments(input)
    if (input.discovered && docs.problems.length > 0 && !looksLikeRuntime(input.content)) {
      // A folder holds other YAML (tool settings, CI, Helm values): one that does not read is passed over.
      const first = docs.problems[0]
      if (first)
        notes.push({
          ...first,
          message: `passed over: not a Compose file or manifest this could read (${first.message})`
        })
      continue
    }
    problems.push(...docs.problems)
    notes.push(...docs.notes)
    const manifests: RuntimeDocument[] = []
    for (const doc of docs.documents) {
      if (isCompose(doc.data)) {
        const key = input.project ?? ''
        if (!projects.has(key)) segments.push(key)
        const layers = projects.get(key) ?? []
        layers.push({ file: input.file, document: doc })
        projects.set(key, layers)
        read.add(input.file)
      } else if (isKubernetes(doc.data)) {
        manifests.push({ ...doc, data: unmark(doc.data) as Record<string, unknown> })
      } else if (!input.discovered) {
        notes.push({
          file: input.file,
          ...doc.start,
          message:
            'is neither a Compose file (no "services") nor a Kubernetes object (no "apiVersion" and "kind"): skipped'
        })
      }
    }
    if (manifests.length > 0) {
      read.add(input.file)
      for (const document of manifests) documents.push({ file: input.file, document })
      const k = readKubernetes(manifests, input.file)
      segments.push(k.workloads)
      kube.workloads.push(...k.workloads)
      kube.services.push(...k.services)
      kube.mentions.push(...k.mentions)
      notes.push(...k.notes)
    }
  }
  const composed = new Map<string, Workload[]>()
  const composeProjects = [...projects].map(([key, layers]) => ({
    key,
    layers,
    project: readComposeProject(layers, lookup)
  }))
  // A file another project includes or extends is part of it, not a project of its own
  // (found in a folder, `microfrontend.yml` that services extend).
  const parts = new Set(composeProjects.flatMap((r) => r.project.parts))
  for (const { key, layers, project } of composeProjects) {
    if (layers.every((l) => parts.has(l.file) && discovered.has(l.file))) {
      for (const l of layers) read.delete(l.file)
      continue
    }
    problems.push(...project.problems)
    notes.push(...project.notes)
    unresolved.push(...project.unresolved)
    for (const n of project.needs) needs.add(n)
    documents.push({ file: project.file, document: project.document })
    const compose = readCompose(project.document, {
      file: project.file,
      origins: project.origins
    })
    composed.set(key, compose.workloads)
    found.push(...compose.edges)
    notes.push(...compose.notes)
    unresolved.push(...compose.unresolved)
  }

  for (const segment of segments)
    workloads.push(...(typeof segment === 'string' ? (composed.get(segment) ?? []) : segment))

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
        if (to !== m.from)
          found.push({ from: m.from, to, evidence: m.evidence, file: m.file, line: m.line })
    }
  }

  const unique = dedupe(workloads)
  return {
    runtime: {
      workloads: unique,
      edges: edgesOf(found, unique),
      aliases,
      units: unitsOf(kube.services, selected, unique)
    },
    problems,
    notes,
    documents,
    unresolved,
    needs: [...needs],
    read: [...read]
  }
}

/**
 * The Services that stand for the workloads they select. A workload belongs
 * to the Service named like it, else to one whose name starts its own
 * (`reviews` for `reviews-v1`), else to the only Service selecting it when
 * that Service selects nothing else; a
 * workload no such Service selects stands alone. A Service that would stand
 * for a single workload of its own name changes nothing and is left out.
 */
function unitsOf(
  services: readonly KubeService[],
  selected: ReadonlyMap<KubeService, readonly string[]>,
  workloads: readonly Workload[]
): ServiceUnit[] {
  const names = new Set(workloads.map((w) => w.name))
  const owner = new Map<string, KubeService>()
  const rank = (service: KubeService, workload: string): number => {
    if (service.name === workload) return 3
    if (workload.startsWith(`${service.name}-`)) return 2
    // A Service that alone selects this workload, and only it: callers know it by that name.
    if ((selected.get(service) ?? []).length === 1 && (selectors.get(workload) ?? 0) === 1) return 1
    return 0
  }
  const selectors = new Map<string, number>()
  for (const targets of selected.values())
    for (const t of targets) selectors.set(t, (selectors.get(t) ?? 0) + 1)
  for (const w of workloads) {
    let best: KubeService | undefined
    let bestRank = 0
    for (const service of services) {
      if (!(selected.get(service) ?? []).includes(w.name)) continue
      const r = rank(service, w.name)
      if (r > bestRank) {
        best = service
        bestRank = r
      }
    }
    if (best) owner.set(w.name, best)
  }
  const units: ServiceUnit[] = []
  for (const service of services) {
    const members = workloads.filter((w) => owner.get(w.name) === service).map((w) => w.name)
    if (members.length === 0) continue
    if (members.length === 1 && members[0] === service.name) continue
    // A Service named like another workload would make two components of one name.
    if (names.has(service.name) && !members.includes(service.name)) continue
    if (units.some((u) => u.name === service.name)) continue
    units.push({
      name: service.name,
      ...(service.namespace !== undefined ? { namespace: service.namespace } : {}),
      file: service.file,
      line: service.line,
      workloads: members
    })
  }
  return units
}

/** Does the text show a Compose file's or a Kubernetes object's top-level keys? */
function looksLikeRuntime(content: string | Uint8Array): boolean {
  const text =
    typeof content === 'string'
      ? content
      : new TextDecoder('utf-8').decode(content.subarray(0, 1 << 20))
  return /^(?:services|include|apiVersion|kind)\s*:/m.test(text)
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
  const byPair = new Map<string, RuntimeEdge & { evidence: string[] }>()
  for (const e of found) {
    if (!order.has(e.from) || !order.has(e.to) || e.from === e.to) continue
    const key = `${e.from}\u0000${e.to}`
    const edge = byPair.get(key)
    if (!edge)
      byPair.set(key, {
        from: e.from,
        to: e.to,
        evidence: [e.evidence],
        ...(e.file !== undefined && e.line !== undefined ? { file: e.file, line: e.line } : {})
      })
    else if (!edge.evidence.includes(e.evidence)) edge.evidence.push(e.evidence)
  }
  return [...byPair.values()]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (order.get(a.e.from) ?? 0) - (order.get(b.e.from) ?? 0) || a.i - b.i)
    .map(({ e }) => e)
}
