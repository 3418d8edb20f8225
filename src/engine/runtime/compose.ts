/**
 * A Compose file (the Compose Specification) → its services and the
 * dependencies it shows: `depends_on` (a list or a map), `links`
 * (`service` or `service:alias`), and other services' names in
 * `environment` values and in `command`.
 */
import { isRecord } from '../blueprint/normalise.js'
import { hostsIn } from './infer.js'
import type { RuntimeDocument } from './read.js'
import type { Note, Workload } from './model.js'

/** A dependency found in one file, before the names are checked against what exists. */
export interface FoundEdge {
  readonly from: string
  readonly to: string
  readonly evidence: string
}

/** What one Compose file shows. */
export interface ComposeRead {
  readonly workloads: Workload[]
  readonly edges: FoundEdge[]
  readonly notes: Note[]
}

/** Does this document look like a Compose file (a `services` mapping, no Kubernetes `kind`)? */
export function isCompose(data: Record<string, unknown>): boolean {
  return isRecord(data.services) && data.kind === undefined
}

/** The services of a Compose document and the dependencies between them. */
export function readCompose(doc: RuntimeDocument, file: string): ComposeRead {
  const services = isRecord(doc.data.services) ? doc.data.services : {}
  const names = new Set(Object.keys(services))
  const workloads: Workload[] = []
  const edges: FoundEdge[] = []
  const notes: Note[] = []
  const note = (path: (string | number)[], message: string) =>
    notes.push({ file, ...doc.locator.keyLoc(path), message })

  for (const [name, raw] of Object.entries(services)) {
    const service = isRecord(raw) ? raw : {}
    const line = doc.locator.keyLoc(['services', name]).line
    if (name.includes('{{') || name.trim() === '') {
      note(['services', name], `service "${name}" has no usable name: skipped`)
      continue
    }
    const image = typeof service.image === 'string' ? service.image : undefined
    const build =
      typeof service.build === 'string'
        ? service.build
        : isRecord(service.build) && typeof service.build.context === 'string'
          ? service.build.context
          : service.build !== undefined
            ? '.'
            : undefined
    const profiles = Array.isArray(service.profiles)
      ? service.profiles.filter((p): p is string => typeof p === 'string')
      : []
    workloads.push({
      name,
      kind: 'compose',
      file,
      line,
      ...(image !== undefined && !image.includes('{{') ? { image } : {}),
      ...(build !== undefined ? { build } : {}),
      ...(profiles.length > 0 ? { profiles } : {})
    })

    const to = (target: string, evidence: string, path: (string | number)[]) => {
      if (target === name) return
      if (!names.has(target)) {
        if (evidence === 'depends_on' || evidence === 'links')
          note(path, `service "${name}" names "${target}" in ${evidence}, which is no service here`)
        return
      }
      edges.push({ from: name, to: target, evidence })
    }
    const dependsOn = service.depends_on
    if (Array.isArray(dependsOn)) {
      dependsOn.forEach((d, i) => {
        if (typeof d === 'string') to(d, 'depends_on', ['services', name, 'depends_on', i])
      })
    } else if (isRecord(dependsOn)) {
      for (const d of Object.keys(dependsOn))
        to(d, 'depends_on', ['services', name, 'depends_on', d])
    }
    if (Array.isArray(service.links)) {
      service.links.forEach((link, i) => {
        if (typeof link === 'string')
          to(link.split(':')[0] ?? link, 'links', ['services', name, 'links', i])
      })
    }
    for (const [key, value] of environment(service.environment))
      for (const host of hostsIn(value)) to(host, `environment ${key}`, [])
    for (const arg of words(service.command))
      for (const host of hostsIn(arg)) to(host, 'command', [])
  }
  return { workloads, edges, notes }
}

/** `environment` as a map or as a list of `KEY=value`: the pairs that have a text value. */
function environment(value: unknown): Array<[string, string]> {
  if (Array.isArray(value)) {
    return value.flatMap((entry): Array<[string, string]> => {
      if (typeof entry !== 'string') return []
      const eq = entry.indexOf('=')
      return eq === -1 ? [] : [[entry.slice(0, eq), entry.slice(eq + 1)]]
    })
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([k, v]): Array<[string, string]> =>
      typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : []
    )
  }
  return []
}

/** A command as a string or a list of strings. */
function words(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}
