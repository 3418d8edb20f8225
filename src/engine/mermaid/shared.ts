/**
 * What the flowchart and the C4 writers share: change kinds, component types
 * and the blueprint's components, dependencies and groups in the order the
 * diagrams draw them, which is sorted, never the author's, so the same
 * content always gives the same text.
 */
import {
  COMPONENT_TYPES,
  type Blueprint,
  type Component,
  type Dependency,
  type KnownComponentType
} from '../model.js'
import { compareText } from '../text.js'

/** How an element differs between the base and the head of a pull request. */
export type ChangeKind = 'added' | 'removed' | 'changed'

/** Elements to colour in a "changes" diagram. */
export interface Highlight {
  /** by component id */
  readonly nodes?: ReadonlyMap<string, ChangeKind>
  /** by dependencyKey(from, to) */
  readonly edges?: ReadonlyMap<string, ChangeKind>
}

/** The change kinds in the order their styles and legend entries are written. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'changed', 'removed']

/** A component type with a shape of its own; any other draws as a service. */
export function knownType(type: string): KnownComponentType {
  const known: readonly string[] = COMPONENT_TYPES
  return known.includes(type) ? (type as KnownComponentType) : 'service'
}

/** Order of tuples of text, element by element in {@link compareText} order. */
export function compareTuple(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareText(a[i] ?? '', b[i] ?? '')
    if (c !== 0) return c
  }
  return 0
}

/** Components by id. */
export function sortedComponents(bp: Blueprint): Component[] {
  return [...bp.components].sort((a, b) => compareText(a.id, b.id))
}

function depTuple(d: Dependency): string[] {
  return [d.from, d.to, d.async ? '1' : '0', d.description ?? '', d.technology ?? '']
}

/** Dependencies by from, to, mode, description and technology. */
export function sortedDependencies(bp: Blueprint): Dependency[] {
  return [...bp.dependencies].sort((a, b) => compareTuple(depTuple(a), depTuple(b)))
}

/** The group names, sorted. */
export function groupNames(bp: Blueprint): string[] {
  const names = new Set<string>()
  for (const c of bp.components) if (c.group !== undefined) names.add(c.group)
  return [...names].sort(compareText)
}

/** One kind for several changed members: theirs if they agree, else `changed`. */
export function mergeKinds(kinds: readonly (ChangeKind | undefined)[]): ChangeKind | undefined {
  const set = new Set(kinds.filter((k): k is ChangeKind => k !== undefined))
  if (set.size === 0) return undefined
  const [only] = set
  return set.size === 1 ? only : 'changed'
}
