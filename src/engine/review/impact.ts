/**
 * The impact of a change on other blueprints: for each component a pull
 * request removes or changes (or a whole blueprint it deletes), the other
 * blueprints of the repository whose dependencies point at it.
 */
import { diffBlueprints } from './diff.js'
import type { Blueprint } from '../model.js'
import { parseReference, type Systems } from '../references.js'
import { compareText } from '../text.js'

/** One blueprint whose dependencies point at a changed component or system. */
export interface Dependent {
  /** Repository path of the referencing blueprint. */
  readonly file: string
  readonly id: string
  readonly title?: string
  /** How many of its dependencies point there. */
  readonly count: number
}

/** A component (or, without `component`, the whole system) that other blueprints depend on, and what happened to it. */
export interface Impact {
  readonly component?: { readonly id: string; readonly name: string }
  readonly change: 'removed' | 'changed'
  /** Sorted by file; never empty. */
  readonly dependents: readonly Dependent[]
}

/** What {@link impactOf} compares. */
export interface ImpactOptions {
  readonly base?: Blueprint
  readonly head?: Blueprint
  /** Paths of this blueprint (head and base side), which never count as another blueprint. */
  readonly files: readonly string[]
  /** Every blueprint of the repository at the head. */
  readonly systems: Systems
}

/**
 * The impact of one blueprint's change, sorted by component id (the whole
 * system first). A blueprint deleted, or given another id, takes every
 * reference to its old id with it.
 */
export function impactOf(options: ImpactOptions): Impact[] {
  const { base, head } = options
  if (base === undefined) return []
  const gone = head === undefined || head.id !== base.id
  const affected = new Map<string, { name: string; change: Impact['change'] }>()
  if (gone) {
    for (const c of base.components) affected.set(c.id, { name: c.name, change: 'removed' })
  } else {
    const d = diffBlueprints(base, head)
    for (const c of d.components.removed) affected.set(c.id, { name: c.name, change: 'removed' })
    for (const c of d.components.changed)
      affected.set(c.id, { name: c.after.name, change: 'changed' })
  }
  if (affected.size === 0 && !gone) return []

  const self = new Set(options.files)
  // Component id ('' = the whole system) → referencing file → count.
  const counts = new Map<string, Map<string, number>>()
  const byFile = new Map(options.systems.all.map((s) => [s.file, s.blueprint]))
  for (const system of options.systems.all) {
    if (self.has(system.file)) continue
    const own = new Set(system.blueprint.components.map((c) => c.id))
    for (const dep of system.blueprint.dependencies) {
      for (const end of [dep.from, dep.to]) {
        if (own.has(end)) continue
        const reference = parseReference(end)
        if (reference === undefined || reference.blueprint !== base.id) continue
        const key = reference.component ?? ''
        if (key === '' ? !gone : !affected.has(key)) continue
        const files = counts.get(key) ?? new Map<string, number>()
        files.set(system.file, (files.get(system.file) ?? 0) + 1)
        counts.set(key, files)
      }
    }
  }
  return [...counts.keys()].sort(compareText).map((key) => {
    const files = counts.get(key) ?? new Map<string, number>()
    const dependents = [...files.keys()].sort(compareText).map((file): Dependent => {
      const blueprint = byFile.get(file)
      return {
        file,
        id: blueprint?.id ?? '',
        ...(blueprint?.title !== undefined ? { title: blueprint.title } : {}),
        count: files.get(file) ?? 0
      }
    })
    const info = affected.get(key)
    return key === ''
      ? { change: 'removed' as const, dependents }
      : {
          component: { id: key, name: info?.name ?? key },
          change: info?.change ?? 'removed',
          dependents
        }
  })
}
