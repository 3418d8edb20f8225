/**
 * What runs → the components and dependencies of a first blueprint, each
 * guess with the reason for it: one component per Compose service or
 * workload, or per Kubernetes Service standing for the workloads it
 * selects; its type from the image, else from its name; its technology
 * from the image; and, for drafts too large to read flat, a group.
 */
import { parseImage, technologyOf, typeOfImage, typeOfName } from './infer.js'
import type { Runtime, Workload } from './model.js'

/** Past this many components a draft gets groups. */
export const GROUPED_ABOVE = 20

/** A guessed value and why. */
export interface Guess {
  readonly value: string
  readonly why: string
}

/** One component of a draft. */
export interface DraftComponent {
  readonly id: string
  /** Where it comes from: `Compose service (compose.yaml:12); built from ./api`. */
  readonly origin: string
  readonly type?: Guess
  readonly technology?: Guess
  readonly group?: Guess
}

/** One dependency of a draft, with what showed it. */
export interface DraftDependency {
  readonly from: string
  readonly to: string
  readonly evidence: readonly string[]
}

export interface Draft {
  readonly components: readonly DraftComponent[]
  readonly dependencies: readonly DraftDependency[]
}

interface Member {
  readonly id: string
  readonly workloads: readonly Workload[]
  readonly origin: string
}

/** The draft of a runtime. */
export function draftOf(runtime: Runtime): Draft {
  const byName = new Map(runtime.workloads.map((w) => [w.name, w]))
  const unitOf = new Map<string, string>()
  for (const u of runtime.units) for (const w of u.workloads) unitOf.set(w, u.name)
  const members: Member[] = []
  const placed = new Set<string>()
  for (const w of runtime.workloads) {
    const unit = runtime.units.find((u) => u.name === unitOf.get(w.name))
    if (!unit) {
      members.push({ id: w.name, workloads: [w], origin: originOf(w) })
      continue
    }
    if (placed.has(unit.name)) continue
    placed.add(unit.name)
    const workloads = unit.workloads.flatMap((n) => byName.get(n) ?? [])
    const kinds = workloads.map((x) => `${x.kind} ${x.name}`).join(', ')
    members.push({
      id: unit.name,
      workloads,
      origin: `Service (${unit.file}:${unit.line}) selecting ${kinds}`
    })
  }

  const components = members.map((m) => component(m))
  const grouped = components.length > GROUPED_ABOVE ? withGroups(components, members) : components

  const idOf = (workload: string) => unitOf.get(workload) ?? workload
  const pairs = new Map<string, { from: string; to: string; evidence: string[] }>()
  for (const e of runtime.edges) {
    const from = idOf(e.from)
    const to = idOf(e.to)
    if (from === to) continue
    const key = `${from}\u0000${to}`
    const found = pairs.get(key)
    if (!found) pairs.set(key, { from, to, evidence: [...e.evidence] })
    else for (const ev of e.evidence) if (!found.evidence.includes(ev)) found.evidence.push(ev)
  }
  return { components: grouped, dependencies: [...pairs.values()] }
}

function originOf(w: Workload): string {
  const what = w.kind === 'compose' ? 'Compose service' : w.kind
  const extra = [
    ...(w.build !== undefined && w.image === undefined ? [`built from ${w.build}`] : []),
    ...(w.profiles ? [`only with profile ${w.profiles.join(' or ')}`] : [])
  ]
  return [`${what} (${w.file}:${w.line})`, ...extra].join('; ')
}

function component(m: Member): DraftComponent {
  const withImage = m.workloads.find((w) => w.image !== undefined && parseImage(w.image))
  const image = withImage?.image !== undefined ? parseImage(withImage.image) : undefined
  const byImage = image ? typeOfImage(image) : undefined
  const byName = byImage ? undefined : typeOfName(m.id)
  const type: Guess | undefined =
    byImage && withImage?.image !== undefined
      ? { value: byImage.type, why: `guessed from image ${withImage.image}` }
      : byName
        ? { value: byName.type, why: `guessed from the name ("${byName.word}")` }
        : undefined
  const technology: Guess | undefined =
    image && withImage?.image !== undefined
      ? { value: technologyOf(image), why: `from image ${withImage.image}` }
      : undefined
  return {
    id: m.id,
    origin: m.origin,
    ...(type ? { type } : {}),
    ...(technology ? { technology } : {})
  }
}

/**
 * Groups for a large draft, each component by the first rule that gives
 * one: its `app.kubernetes.io/part-of` label; its namespace, when the
 * draft spans several (and the namespace holds no more than a group
 * should); its Compose file, likewise; a name prefix it shares with
 * others (`snuba-` of `snuba-api`); its Compose profile; else its kind
 * (data stores, edge, services).
 */
function withGroups(
  components: readonly DraftComponent[],
  members: readonly Member[]
): DraftComponent[] {
  const first = (m: Member) => m.workloads[0]
  const namespaces = new Set(members.map((m) => first(m)?.namespace).filter(Boolean))
  const composeFiles = new Set(
    members.filter((m) => first(m)?.kind === 'compose').map((m) => first(m)?.file)
  )
  // A namespace or file holding more than a readable group is split further by the rules after it.
  const perNamespace = new Map<string, number>()
  const perFile = new Map<string, number>()
  for (const m of members) {
    const w = first(m)
    if (w?.namespace !== undefined)
      perNamespace.set(w.namespace, (perNamespace.get(w.namespace) ?? 0) + 1)
    if (w?.kind === 'compose') perFile.set(w.file, (perFile.get(w.file) ?? 0) + 1)
  }
  const prefixCount = new Map<string, number>()
  for (const m of members) {
    const p = prefixOf(m.id)
    if (p !== undefined) prefixCount.set(p, (prefixCount.get(p) ?? 0) + 1)
  }
  return components.map((c, i) => {
    const m = members[i]
    const w = m ? first(m) : undefined
    let group: Guess | undefined
    if (w?.partOf !== undefined)
      group = { value: w.partOf, why: `label app.kubernetes.io/part-of: ${w.partOf}` }
    else if (
      w?.namespace !== undefined &&
      namespaces.size > 1 &&
      (perNamespace.get(w.namespace) ?? 0) <= GROUPED_ABOVE
    )
      group = { value: w.namespace, why: `namespace ${w.namespace}` }
    else if (
      w?.kind === 'compose' &&
      composeFiles.size > 1 &&
      (perFile.get(w.file) ?? 0) <= GROUPED_ABOVE
    )
      group = { value: w.file, why: `Compose file ${w.file}` }
    else {
      const p = prefixOf(c.id)
      if (
        p !== undefined &&
        (prefixCount.get(p) ?? 0) >= 2 &&
        prefixCount.get(p) !== components.length
      )
        group = { value: p, why: `shared name prefix "${p}-"` }
      else if (w?.profiles?.[0] !== undefined)
        group = { value: w.profiles[0], why: `Compose profile ${w.profiles[0]}` }
      else {
        const kind = KIND_GROUPS[c.type?.value ?? 'service'] ?? 'services'
        group = { value: kind, why: `type ${c.type?.value ?? 'service'}; no shared name prefix` }
      }
    }
    return { ...c, group }
  })
}

/** Where a component with no better group goes, by its type. */
const KIND_GROUPS: Readonly<Record<string, string>> = {
  database: 'data',
  cache: 'data',
  queue: 'data',
  storage: 'data',
  gateway: 'edge',
  frontend: 'edge'
}

/** The first word of a name (`snuba` of `snuba-api`), when the name has more than one. */
function prefixOf(id: string): string | undefined {
  const m = /^([a-z0-9]{2,})[-_.]/i.exec(id)
  return m?.[1]
}
