/**
 * The architecture diff: what changed between two versions of one blueprint,
 * in the blueprint's own terms (components, dependencies, sections) rather
 * than as lines of YAML. The pull-request comment and `blueprint-docs diff`
 * are built from it (and the changes diagram, in changes-diagram.ts).
 *
 * Everything here is deterministic: the output is sorted and does not depend
 * on the order in which components or dependencies are written in the files,
 * so moving an entry within a file is no change at all.
 */
import type { Component, Blueprint, Dependency, DiagramType, Direction } from '../model.js'
import { SECTION_KEYS } from '../model.js'
import { dependencyKey } from '../mermaid/ids.js'
import { compareText } from '../text.js'

/** The component fields compared one by one, in the order they are reported. */
export const COMPONENT_FIELDS = ['name', 'type', 'technology', 'group', 'description'] as const
/** A component field that {@link diffBlueprints} compares. */
export type ComponentField = (typeof COMPONENT_FIELDS)[number]

/** The dependency fields compared one by one (from/to are the key, not fields). */
export const DEPENDENCY_FIELDS = ['description', 'technology', 'async'] as const
/** A dependency field that {@link diffBlueprints} compares. */
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number]

/** One value before and after; `undefined` means "not set". */
export interface ValueChange<V> {
  readonly before: V | undefined
  readonly after: V | undefined
}

/** One field of one element that differs. */
export interface FieldChange<F extends string, V> extends ValueChange<V> {
  readonly field: F
}

/** A component present in both versions (same id) whose fields differ. */
export interface ComponentChange {
  readonly id: string
  readonly before: Component
  readonly after: Component
  /** In {@link COMPONENT_FIELDS} order; never empty. */
  readonly fields: readonly FieldChange<ComponentField, string>[]
}

/** A dependency present in both versions (same from → to) whose fields differ. */
export interface DependencyChange {
  readonly from: string
  readonly to: string
  readonly before: Dependency
  readonly after: Dependency
  /** In {@link DEPENDENCY_FIELDS} order; never empty. */
  readonly fields: readonly FieldChange<DependencyField, string | boolean>[]
}

/** Added, removed and changed elements of one kind, each list sorted. */
export interface ElementChanges<E, C> {
  readonly added: readonly E[]
  readonly removed: readonly E[]
  readonly changed: readonly C[]
}

/**
 * - `added`: no base version (a new blueprint, or one that was invalid at base);
 * - `deleted`: no head version;
 * - `modified` / `unchanged`: both exist.
 */
export type DiffStatus = 'added' | 'deleted' | 'modified' | 'unchanged'

/** The architecture diff between the base and head version of one blueprint. */
export interface ArchitectureDiff {
  readonly status: DiffStatus
  /**
   * Blueprint-level values that differ. Only compared when both versions
   * exist: for an added or deleted blueprint the status says it all.
   */
  readonly id?: ValueChange<string>
  readonly title?: ValueChange<string>
  readonly project?: ValueChange<string>
  readonly diagram?: ValueChange<{ readonly type: DiagramType; readonly direction: Direction }>
  readonly overviewChanged: boolean
  /** Section keys whose override was added, removed or edited; standard section order. */
  readonly sectionsChanged: readonly string[]
  /** Sorted by id. For an added blueprint every component is added; for a deleted one, removed. */
  readonly components: ElementChanges<Component, ComponentChange>
  /** Sorted by from, to, then content. Same rule for added/deleted blueprints. */
  readonly dependencies: ElementChanges<Dependency, DependencyChange>
  /** `[before, after]` counts; 0 for a missing side. */
  readonly metrics: {
    readonly components: readonly [number, number]
    readonly dependencies: readonly [number, number]
  }
}

function byId(a: Component, b: Component): number {
  return compareText(a.id, b.id)
}

/** A canonical text for the content of a dependency, used for matching duplicates and for sorting. */
function dependencyContent(d: Dependency): string {
  return JSON.stringify([d.description ?? null, d.technology ?? null, d.async])
}

function compareDependencies(a: Dependency, b: Dependency): number {
  return (
    compareText(a.from, b.from) ||
    compareText(a.to, b.to) ||
    compareText(dependencyContent(a), dependencyContent(b))
  )
}

function componentFieldChanges(
  before: Component,
  after: Component
): FieldChange<ComponentField, string>[] {
  const out: FieldChange<ComponentField, string>[] = []
  for (const field of COMPONENT_FIELDS) {
    if (before[field] !== after[field])
      out.push({ field, before: before[field], after: after[field] })
  }
  return out
}

function dependencyFieldChanges(
  before: Dependency,
  after: Dependency
): FieldChange<DependencyField, string | boolean>[] {
  const out: FieldChange<DependencyField, string | boolean>[] = []
  for (const field of DEPENDENCY_FIELDS) {
    if (before[field] !== after[field])
      out.push({ field, before: before[field], after: after[field] })
  }
  return out
}

function diffComponents(
  base: readonly Component[],
  head: readonly Component[]
): ElementChanges<Component, ComponentChange> {
  // Ids are unique within a valid blueprint; should a duplicate slip through,
  // the first one wins on both sides, consistently.
  const baseById = new Map<string, Component>()
  for (const c of base) if (!baseById.has(c.id)) baseById.set(c.id, c)
  const headById = new Map<string, Component>()
  for (const c of head) if (!headById.has(c.id)) headById.set(c.id, c)

  const added: Component[] = []
  const removed: Component[] = []
  const changed: ComponentChange[] = []
  for (const [id, after] of headById) {
    const before = baseById.get(id)
    if (before === undefined) {
      added.push(after)
      continue
    }
    const fields = componentFieldChanges(before, after)
    if (fields.length > 0) changed.push({ id, before, after, fields })
  }
  for (const [id, before] of baseById) if (!headById.has(id)) removed.push(before)
  added.sort(byId)
  removed.sort(byId)
  changed.sort((a, b) => compareText(a.id, b.id))
  return { added, removed, changed }
}

function groupByPair(deps: readonly Dependency[]): Map<string, Dependency[]> {
  const out = new Map<string, Dependency[]>()
  for (const d of deps) {
    const k = dependencyKey(d.from, d.to)
    const list = out.get(k)
    if (list === undefined) out.set(k, [d])
    else list.push(d)
  }
  return out
}

/**
 * Dependencies are keyed by from → to, but a blueprint may hold the same
 * pair twice (say, a sync call and an async event). Within one pair:
 * identical entries match first; the rest are paired in canonical content
 * order (not file order, so reordering is no change) and reported as
 * changed; what is left over is added or removed.
 */
function diffDependencies(
  base: readonly Dependency[],
  head: readonly Dependency[]
): ElementChanges<Dependency, DependencyChange> {
  const baseByPair = groupByPair(base)
  const headByPair = groupByPair(head)
  const added: Dependency[] = []
  const removed: Dependency[] = []
  const changed: DependencyChange[] = []

  const pairs = new Set([...baseByPair.keys(), ...headByPair.keys()])
  for (const k of pairs) {
    const bs = [...(baseByPair.get(k) ?? [])].sort(compareDependencies)
    const hs = [...(headByPair.get(k) ?? [])].sort(compareDependencies)
    const unmatchedBase: Dependency[] = []
    const headLeft = [...hs]
    for (const b of bs) {
      const i = headLeft.findIndex((h) => dependencyContent(h) === dependencyContent(b))
      if (i >= 0) headLeft.splice(i, 1)
      else unmatchedBase.push(b)
    }
    const n = Math.min(unmatchedBase.length, headLeft.length)
    for (let i = 0; i < n; i++) {
      const before = unmatchedBase[i] as Dependency
      const after = headLeft[i] as Dependency
      changed.push({
        from: after.from,
        to: after.to,
        before,
        after,
        fields: dependencyFieldChanges(before, after)
      })
    }
    removed.push(...unmatchedBase.slice(n))
    added.push(...headLeft.slice(n))
  }
  added.sort(compareDependencies)
  removed.sort(compareDependencies)
  changed.sort(
    (a, b) => compareDependencies(a.after, b.after) || compareDependencies(a.before, b.before)
  )
  return { added, removed, changed }
}

function valueChange<V>(before: V | undefined, after: V | undefined): ValueChange<V> | undefined {
  return before === after ? undefined : { before, after }
}

function changedSections(base: Blueprint, head: Blueprint): string[] {
  const keys = new Set<string>([...Object.keys(base.sections), ...Object.keys(head.sections)])
  const known: readonly string[] = SECTION_KEYS
  // Standard section order first (the order readers meet them in the
  // document); any key outside the standard set (not valid, but possible in
  // a hand-built model) after them, sorted.
  const ordered = [
    ...known.filter((k) => keys.has(k)),
    ...[...keys].filter((k) => !known.includes(k)).sort(compareText)
  ]
  const sectionOf = (bp: Blueprint, k: string): string | undefined =>
    (bp.sections as Readonly<Partial<Record<string, string>>>)[k]
  return ordered.filter((k) => sectionOf(base, k) !== sectionOf(head, k))
}

const NO_ELEMENT_CHANGES = { added: [], removed: [], changed: [] } as const

/**
 * Compares two versions of one blueprint.
 *
 * @param base the version at the pull request's base; `undefined` for a new blueprint (or one invalid at base)
 * @param head the version at the head; `undefined` for a deleted blueprint
 */
export function diffBlueprints(
  base: Blueprint | undefined,
  head: Blueprint | undefined
): ArchitectureDiff {
  const metrics = {
    components: [base?.components.length ?? 0, head?.components.length ?? 0] as const,
    dependencies: [base?.dependencies.length ?? 0, head?.dependencies.length ?? 0] as const
  }
  if (base === undefined || head === undefined) {
    const status: DiffStatus =
      base === undefined && head === undefined
        ? 'unchanged'
        : base === undefined
          ? 'added'
          : 'deleted'
    return {
      status,
      overviewChanged: false,
      sectionsChanged: [],
      components:
        status === 'unchanged'
          ? NO_ELEMENT_CHANGES
          : diffComponents(base?.components ?? [], head?.components ?? []),
      dependencies:
        status === 'unchanged'
          ? NO_ELEMENT_CHANGES
          : diffDependencies(base?.dependencies ?? [], head?.dependencies ?? []),
      metrics
    }
  }

  const baseDiagram = base.diagram
  const headDiagram = head.diagram
  const diagramDiffers =
    baseDiagram.type !== headDiagram.type || baseDiagram.direction !== headDiagram.direction
  const id = valueChange(base.id, head.id)
  const title = valueChange(base.title, head.title)
  const project = valueChange(base.project, head.project)
  const partial = {
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(project ? { project } : {}),
    ...(diagramDiffers ? { diagram: { before: baseDiagram, after: headDiagram } } : {}),
    overviewChanged: base.overview !== head.overview,
    sectionsChanged: changedSections(base, head),
    components: diffComponents(base.components, head.components),
    dependencies: diffDependencies(base.dependencies, head.dependencies),
    metrics
  }
  return {
    status: countChanges({ status: 'modified', ...partial }) > 0 ? 'modified' : 'unchanged',
    ...partial
  }
}

/**
 * How many separate changes a diff holds: each element added, removed or
 * changed counts one, as does each blueprint-level value and each section.
 * An added or deleted blueprint counts its elements.
 */
export function countChanges(d: ArchitectureDiff): number {
  return (
    d.components.added.length +
    d.components.removed.length +
    d.components.changed.length +
    d.dependencies.added.length +
    d.dependencies.removed.length +
    d.dependencies.changed.length +
    (d.id ? 1 : 0) +
    (d.title ? 1 : 0) +
    (d.project ? 1 : 0) +
    (d.diagram ? 1 : 0) +
    (d.overviewChanged ? 1 : 0) +
    d.sectionsChanged.length
  )
}

/**
 * True when there is nothing to show. An added or deleted blueprint is never
 * empty, even with no components: its existence is the change.
 */
export function isEmptyDiff(d: ArchitectureDiff): boolean {
  return d.status === 'unchanged'
}
