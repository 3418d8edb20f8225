/**
 * References between blueprints: a dependency end written
 * `<blueprint-id>/<component-id>` names a component of another blueprint of
 * the repository, `<blueprint-id>/` that whole system. This module reads
 * them, resolves them against every blueprint of the repository (found by
 * `id`) and says what does not resolve, as `cross-reference` findings. Pure:
 * the caller loads the blueprints.
 */
import path from 'node:path'
import type { Blueprint, Component, Dependency } from './model.js'
import type { RawFinding } from './rules/rule.js'
import { clip } from './text.js'

/** What a reference names: a blueprint, and one of its components unless it names the whole system. */
export interface Reference {
  readonly blueprint: string
  /** Absent for `<blueprint-id>/`, the whole system. */
  readonly component?: string
}

/** A blueprint id, as the blueprint schema allows it. */
const BLUEPRINT_ID = /^[a-z0-9][a-z0-9-_.]*$/

/**
 * The reference a dependency end spells, or undefined when it is not shaped
 * like one. Only an end that is not a component id of its own blueprint is
 * a reference: a component may well be called `a/b`.
 */
export function parseReference(end: string): Reference | undefined {
  const slash = end.indexOf('/')
  if (slash <= 0) return undefined
  const blueprint = end.slice(0, slash)
  if (!BLUEPRINT_ID.test(blueprint)) return undefined
  const component = end.slice(slash + 1)
  return component === '' ? { blueprint } : { blueprint, component }
}

/** The dependency ends of a blueprint that name another blueprint (not one of its own components), once each, sorted. */
export function referencesOf(blueprint: Blueprint): string[] {
  const own = new Set(blueprint.components.map((c) => c.id))
  const found = new Set<string>()
  for (const d of blueprint.dependencies)
    for (const end of [d.from, d.to])
      if (!own.has(end) && parseReference(end) !== undefined) found.add(end)
  return [...found].sort()
}

/** The flow step ends of a blueprint that name another blueprint's component, once each, sorted. */
export function flowReferencesOf(blueprint: Blueprint): string[] {
  if (blueprint.flows === undefined) return []
  const own = new Set(blueprint.components.map((c) => c.id))
  const found = new Set<string>()
  for (const f of blueprint.flows)
    for (const s of f.steps)
      for (const end of [s.from, s.to])
        if (!own.has(end) && parseReference(end) !== undefined) found.add(end)
  return [...found].sort()
}

/** True when a blueprint has at least one reference to another blueprint (in a dependency or a flow). */
export function hasReferences(blueprint: Blueprint): boolean {
  const own = new Set(blueprint.components.map((c) => c.id))
  return (
    blueprint.dependencies.some(
      (d) =>
        (!own.has(d.from) && parseReference(d.from) !== undefined) ||
        (!own.has(d.to) && parseReference(d.to) !== undefined)
    ) || flowReferencesOf(blueprint).length > 0
  )
}

/** One blueprint of the repository, as other blueprints see it. */
export interface System {
  /** Repository path of the blueprint file. */
  readonly file: string
  /** Repository path of its generated document. */
  readonly document: string
  readonly blueprint: Blueprint
}

/** Every valid blueprint of the repository, by id (two files may claim one id: both are kept). */
export interface Systems {
  /** In path order. */
  readonly all: readonly System[]
  readonly byId: ReadonlyMap<string, readonly System[]>
}

/** Indexes blueprints by id; `all` keeps them in path order. */
export function indexSystems(systems: readonly System[]): Systems {
  const all = [...systems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const byId = new Map<string, System[]>()
  for (const s of all) byId.set(s.blueprint.id, [...(byId.get(s.blueprint.id) ?? []), s])
  return { all, byId }
}

/** A system's name as people read it: its title, else its id. */
export function systemName(blueprint: Blueprint): string {
  return blueprint.title !== undefined && blueprint.title.trim() !== ''
    ? blueprint.title
    : blueprint.id
}

/** What a reference resolved to. */
export type Resolution =
  | { readonly ok: true; readonly system: System; readonly component?: Component }
  | { readonly ok: false; readonly reason: string }

const quote = (s: string): string => JSON.stringify(clip(s, 80))

/** Resolves one reference from the blueprint with id `from` (a blueprint cannot reference itself). */
export function resolveReference(reference: Reference, from: string, systems: Systems): Resolution {
  const candidates = systems.byId.get(reference.blueprint) ?? []
  if (reference.blueprint === from)
    return {
      ok: false,
      reason: `names this blueprint itself; write the component id without ${quote(`${from}/`)}`
    }
  const [system, second] = candidates
  if (system === undefined)
    return {
      ok: false,
      reason: `names the blueprint ${quote(reference.blueprint)}, and no blueprint of the repository has that id`
    }
  if (second !== undefined)
    return {
      ok: false,
      reason: `names the blueprint ${quote(reference.blueprint)}, which ${candidates.length} files claim (${candidates.map((c) => c.file).join(', ')}); give them different ids`
    }
  if (reference.component === undefined) return { ok: true, system }
  const component = system.blueprint.components.find((c) => c.id === reference.component)
  if (component === undefined)
    return {
      ok: false,
      reason: `names the component ${quote(reference.component)} of ${system.file}, which has no component with that id`
    }
  return { ok: true, system, component }
}

/**
 * The `cross-reference` findings of a blueprint: one per dependency end that
 * names another blueprint or component that does not exist (or the blueprint
 * itself, or an id two files claim), at `['dependencies', i, 'from' | 'to']`, and
 * one per flow step end likewise, at `['flows', i, 'steps', j, 'from' | 'to']`.
 */
export function crossReferenceFindings(blueprint: Blueprint, systems: Systems): RawFinding[] {
  const own = new Set(blueprint.components.map((c) => c.id))
  const findings: RawFinding[] = []
  /** Checks both ends of a dependency or flow step, `where` naming it in the message. */
  const check = (
    ends: { readonly from: string; readonly to: string },
    path: readonly (string | number)[],
    where: string
  ) => {
    for (const end of ['from', 'to'] as const) {
      const value = ends[end]
      if (own.has(value)) continue
      const reference = parseReference(value)
      if (reference === undefined) continue
      const resolved = resolveReference(reference, blueprint.id, systems)
      if (resolved.ok) continue
      findings.push({
        rule: 'cross-reference',
        path: [...path, end],
        message: `${where}: "${end}" is ${quote(value)}, which ${resolved.reason}`
      })
    }
  }
  blueprint.dependencies.forEach((d: Dependency, i) =>
    check(d, ['dependencies', i], `dependency ${i + 1}`)
  )
  blueprint.flows?.forEach((f, i) =>
    f.steps.forEach((step, j) =>
      check(step, ['flows', i, 'steps', j], `flow ${i + 1}, step ${j + 1}`)
    )
  )
  return findings
}

/** How a document shows one reference: a label, and a link to the other blueprint's document when it resolved. */
export interface ShownReference {
  /** `System` or `System / Component`, names not ids. */
  readonly label: string
  /** Relative Markdown link from the referencing document to the other's, when it resolved. */
  readonly link?: string
}

/** How the document at `document` shows each reference of a blueprint (unresolved ones by their text). */
export type ShownReferences = ReadonlyMap<string, ShownReference>

/** Resolves every reference of `blueprint` for its document at `document`. */
export function showReferences(
  blueprint: Blueprint,
  systems: Systems,
  document: string
): ShownReferences {
  const shown = new Map<string, ShownReference>()
  for (const end of new Set([...referencesOf(blueprint), ...flowReferencesOf(blueprint)])) {
    const reference = parseReference(end)
    if (reference === undefined) continue
    const resolved = resolveReference(reference, blueprint.id, systems)
    if (!resolved.ok) continue
    const system = systemName(resolved.system.blueprint)
    shown.set(end, {
      label: resolved.component ? `${system} / ${resolved.component.name}` : system,
      link: relativeLink(document, resolved.system.document)
    })
  }
  return shown
}

/** A relative link from one repository path to another, safe inside `(…)` of a Markdown link. */
export function relativeLink(fromDocument: string, toDocument: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromDocument), toDocument)
  return encodeURI(relative).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))
}
