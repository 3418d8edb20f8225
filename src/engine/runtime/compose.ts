/**
 * A Compose project (the Compose Specification), read and merged by
 * composeproject.ts → its services and the dependencies it shows:
 * `depends_on`, `links` (`service` or `service:alias`), `network_mode:
 * service:x` and `volumes_from`, and other services' names in the final
 * `environment` values and in `command`. Names under `networks:` and
 * `volumes:` are never services.
 */
import { isRecord } from '../blueprint/normalise.js'
import type { Origin } from './composeproject.js'
import { ADDRESS_KEY, commandHosts, envHosts } from './infer.js'
import type { RuntimeDocument } from './read.js'
import type { Note, Workload } from './model.js'

/** A dependency found in one file, before the names are checked against what exists. */
export interface FoundEdge {
  readonly from: string
  readonly to: string
  readonly evidence: string
  /** Where it was seen. */
  readonly file?: string
  readonly line?: number
}

/** What one Compose project shows. */
export interface ComposeRead {
  readonly workloads: Workload[]
  readonly edges: FoundEdge[]
  readonly notes: Note[]
  /** Hosts an address-like variable names that are no service here. */
  readonly unresolved: Note[]
}

/** Does this document look like a Compose file (a `services` mapping, no Kubernetes `kind`)? */
export function isCompose(data: Record<string, unknown>): boolean {
  return (isRecord(data.services) || Array.isArray(data.include)) && data.kind === undefined
}

/** The services of a merged Compose project and the dependencies between them. */
export function readCompose(
  doc: RuntimeDocument,
  options: { file: string; origins: ReadonlyMap<string, Origin> }
): ComposeRead {
  const { file } = options
  const services = isRecord(doc.data.services) ? doc.data.services : {}
  const names = new Set(Object.keys(services))
  // Networks and volumes by key and by `name:`: never a dependency, even when a value names one.
  const resources = new Set<string>()
  for (const section of ['networks', 'volumes'] as const) {
    const defined = doc.data[section]
    if (!isRecord(defined)) continue
    for (const [key, value] of Object.entries(defined)) {
      resources.add(key)
      if (isRecord(value) && typeof value.name === 'string') resources.add(value.name)
    }
  }
  // Other names a service answers to on its networks: its container_name and network aliases.
  const hostNames = new Map<string, string>()
  for (const [name, raw] of Object.entries(services)) {
    if (!isRecord(raw)) continue
    const names2 = [
      ...(typeof raw.container_name === 'string' ? [raw.container_name] : []),
      ...(isRecord(raw.networks)
        ? Object.values(raw.networks).flatMap((n) =>
            isRecord(n) && Array.isArray(n.aliases)
              ? n.aliases.filter((a): a is string => typeof a === 'string')
              : []
          )
        : [])
    ]
    for (const host of names2)
      if (!names.has(host) && !hostNames.has(host)) hostNames.set(host, name)
  }
  const serviceOf = (host: string) => (names.has(host) ? host : hostNames.get(host))
  const workloads: Workload[] = []
  const edges: FoundEdge[] = []
  const notes: Note[] = []
  const unresolved: Note[] = []

  for (const [name, raw] of Object.entries(services)) {
    const service = isRecord(raw) ? raw : {}
    const origin = options.origins.get(name) ?? {
      file,
      line: doc.locator.keyLoc(['services', name]).line
    }
    // Positions within the first file are exact; a service from another file points at its name.
    const where = (at: (string | number)[]) =>
      origin.file === file
        ? { file, ...doc.locator.valueLoc(['services', name, ...at]) }
        : { file: origin.file, line: origin.line, col: 1 }
    const note = (message: string, at: (string | number)[] = []) =>
      notes.push({ ...where(at), message })
    if (name.includes('{{') || name.trim() === '') {
      note(`service "${name}" has no usable name: skipped`)
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
      file: origin.file,
      line: origin.line,
      ...(image !== undefined && !image.includes('{{') ? { image } : {}),
      ...(build !== undefined ? { build } : {}),
      ...(profiles.length > 0 ? { profiles } : {})
    })

    const to = (written: string, evidence: string) => {
      const target = serviceOf(written) ?? written
      if (target === name) return
      if (!names.has(target)) {
        if (evidence !== 'command' && !evidence.startsWith('environment '))
          note(`service "${name}" names "${target}" in ${evidence}, which is no service here`, [
            evidence
          ])
        return
      }
      const seen = where(
        evidence.startsWith('environment ') ? ['environment', evidence.slice(12)] : [evidence]
      )
      edges.push({ from: name, to: target, evidence, file: seen.file, line: seen.line })
    }
    if (isRecord(service.depends_on))
      for (const d of Object.keys(service.depends_on)) to(d, 'depends_on')
    if (Array.isArray(service.links))
      for (const link of service.links)
        if (typeof link === 'string') to(link.split(':')[0] ?? link, 'links')
    if (typeof service.network_mode === 'string' && service.network_mode.startsWith('service:'))
      to(service.network_mode.slice('service:'.length), 'network_mode')
    if (Array.isArray(service.volumes_from))
      for (const v of service.volumes_from)
        if (typeof v === 'string' && !v.startsWith('container:'))
          to(v.replace(/^service:/, '').split(':')[0] ?? v, 'volumes_from')
    const environment = isRecord(service.environment) ? service.environment : {}
    for (const [key, value] of Object.entries(environment)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue
      const text = String(value)
      const hosts = envHosts(key, text).filter((h) => !resources.has(h) || addressed(text, h))
      for (const host of hosts) to(host, `environment ${key}`)
      if (ADDRESS_KEY.test(key)) {
        const missing = addressHost(text)
        if (missing !== undefined && serviceOf(missing) === undefined && !resources.has(missing))
          unresolved.push({
            ...where(['environment', key]),
            message: `service "${name}" has ${key}=${text.length > 80 ? `${text.slice(0, 77)}...` : text}, whose host "${missing}" is no service here`
          })
      }
    }
    for (const arg of words(service.command))
      for (const host of commandHosts(arg)) to(host, 'command')
  }
  return { workloads, edges, notes, unresolved }
}

/** Is `host` used as an address in `value` (`host:port`, `//host`, `@host`), not merely named? */
function addressed(value: string, host: string): boolean {
  const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?://|@)${escaped}\\b|\\b${escaped}:\\d`).test(value)
}

/**
 * The one host of an address-like value when it is a bare name a container
 * would resolve (`cache:6379`, `http://api/x`); undefined for anything
 * else (an IP, a dotted domain, localhost, a list, a path, a number).
 */
function addressHost(value: string): string | undefined {
  const m =
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([A-Za-z][A-Za-z0-9_-]*)(?::\d+)?(?:\/\S*)?$/.exec(
      value.trim()
    )
  const host = m?.[1]
  if (host === undefined || /^(?:localhost|true|false|yes|no|on|off|none|null)$/i.test(host))
    return undefined
  // A bare word with neither a port nor a scheme is as likely a setting as a host.
  if (!/:\/\/|:\d/.test(value)) return undefined
  return host
}

/** A command as a string or a list of strings. */
function words(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}
