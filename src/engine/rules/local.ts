/**
 * The rules that need nothing but the blueprint itself: each a pure function
 * from the model to what it finds, with the path of the node each finding is
 * about. Messages name components by id and never by list position, so the
 * same finding reads the same at a pull request's base and head (the
 * comment compares them by rule and message).
 */
import { MESSAGE_CHARS } from '../blueprint/messages.js'
import { suggest } from '../text.js'
import { COMPONENT_TYPES, type Blueprint } from '../model.js'
import { clip, compareText, plural } from '../text.js'
import type { RawFinding } from './rule.js'

const quote = (id: string): string => JSON.stringify(clip(id, MESSAGE_CHARS))
const KNOWN = new Set<string>(COMPONENT_TYPES)

/** Components whose `type` is none of the ten with a shape of their own. */
export function unknownTypes(blueprint: Blueprint): RawFinding[] {
  const findings: RawFinding[] = []
  blueprint.components.forEach((c, i) => {
    if (KNOWN.has(c.type)) return
    const guess = suggest(c.type, COMPONENT_TYPES)
    const hint = guess
      ? ` (did you mean "${guess}"?)`
      : ` (known types: ${COMPONENT_TYPES.join(', ')})`
    findings.push({
      rule: 'unknown-type',
      path: ['components', i, 'type'],
      message: `component ${quote(c.id)} has type ${quote(c.type)}, which is not a known type; it is drawn as a service${hint}`
    })
  })
  return findings
}

/** The same `from` → `to` listed again: one finding at each repetition. */
export function duplicateDependencies(blueprint: Blueprint): RawFinding[] {
  const findings: RawFinding[] = []
  const seen = new Set<string>()
  blueprint.dependencies.forEach((d, i) => {
    const key = JSON.stringify([d.from, d.to])
    if (!seen.has(key)) {
      seen.add(key)
      return
    }
    findings.push({
      rule: 'duplicate-dependency',
      path: ['dependencies', i],
      message: `the dependency ${quote(d.from)} → ${quote(d.to)} is listed more than once; list it once`
    })
  })
  return findings
}

/** Components with no dependency in or out, in a blueprint of two or more components. */
export function orphanComponents(blueprint: Blueprint): RawFinding[] {
  if (blueprint.components.length < 2) return []
  const connected = new Set<string>()
  for (const d of blueprint.dependencies) {
    connected.add(d.from)
    connected.add(d.to)
  }
  const findings: RawFinding[] = []
  blueprint.components.forEach((c, i) => {
    if (connected.has(c.id)) return
    findings.push({
      rule: 'orphan-component',
      path: ['components', i, 'id'],
      message: `component ${quote(c.id)} has no dependency in or out; connect it or remove it`
    })
  })
  return findings
}

/** Databases that two or more non-database components depend on directly. */
export function sharedDatabases(blueprint: Blueprint): RawFinding[] {
  const types = new Map(blueprint.components.map((c) => [c.id, c.type]))
  const users = new Map<string, Set<string>>()
  for (const d of blueprint.dependencies) {
    if (types.get(d.to) !== 'database' || types.get(d.from) === 'database') continue
    const set = users.get(d.to) ?? new Set<string>()
    set.add(d.from)
    users.set(d.to, set)
  }
  const findings: RawFinding[] = []
  const reported = new Set<string>()
  blueprint.components.forEach((c, i) => {
    const set = users.get(c.id)
    if (set === undefined || set.size < 2 || reported.has(c.id)) return
    reported.add(c.id)
    const names = [...set].sort(compareText)
    const shown = names.slice(0, 5).map(quote).join(', ')
    const more = names.length > 5 ? ` and ${plural(names.length - 5, 'more')}` : ''
    findings.push({
      rule: 'shared-database',
      path: ['components', i, 'id'],
      message: `database ${quote(c.id)} is used directly by ${names.length} components (${shown}${more}); give each its own database or put one service in front of it`
    })
  })
  return findings
}

/** At most this many cycles are reported per blueprint; past it, a tangle is one problem anyway. */
const MAX_CYCLES = 20
/** Steps of the cycle search per blueprint: bounded, whatever the graph. */
const MAX_STEPS = 200_000

/**
 * Cycles of synchronous (`async: false`) dependencies, each reported once, at
 * the dependency that closes it, naming every component on it. A cycle is
 * written from its smallest component id, so the same cycle always reads the
 * same. Elementary cycles are searched in a bounded number of steps.
 */
export function dependencyCycles(blueprint: Blueprint): RawFinding[] {
  // Sync edges, first listing of each from → to, with its index in the list.
  const edgeIndex = new Map<string, number>()
  const next = new Map<string, string[]>()
  blueprint.dependencies.forEach((d, i) => {
    if (d.async) return
    const key = JSON.stringify([d.from, d.to])
    if (edgeIndex.has(key)) return
    edgeIndex.set(key, i)
    const list = next.get(d.from) ?? []
    list.push(d.to)
    next.set(d.from, list)
  })
  if (edgeIndex.size === 0) return []

  const nodes = [...new Set(blueprint.components.map((c) => c.id))].sort(compareText)
  const rank = new Map(nodes.map((id, i) => [id, i]))
  const findings: RawFinding[] = []
  let steps = 0
  // For each start, cycles through nodes ranked above it only: every elementary cycle is found
  // exactly once, from its smallest node (Johnson's order, without his blocking sets).
  for (const start of nodes) {
    const startRank = rank.get(start) ?? 0
    const path = [start]
    const onPath = new Set([start])
    const stack: Array<{ node: string; i: number }> = [{ node: start, i: 0 }]
    while (stack.length > 0 && findings.length < MAX_CYCLES && steps < MAX_STEPS) {
      steps++
      const top = stack[stack.length - 1] as { node: string; i: number }
      const targets = next.get(top.node) ?? []
      const target = targets[top.i++]
      if (target === undefined) {
        stack.pop()
        path.pop()
        onPath.delete(top.node)
        continue
      }
      if (target === start) {
        const closing = edgeIndex.get(JSON.stringify([top.node, start])) ?? 0
        const names = [...path, start].map(quote).join(' → ')
        findings.push({
          rule: 'dependency-cycle',
          path: ['dependencies', closing],
          message: `synchronous dependencies form a cycle: ${names}; make one of them async: true or break the cycle`
        })
        continue
      }
      if (onPath.has(target) || (rank.get(target) ?? -1) <= startRank) continue
      path.push(target)
      onPath.add(target)
      stack.push({ node: target, i: 0 })
    }
  }
  return findings
}

/** Every local rule's findings, in rule order; the caller gives them levels and positions. */
export function localFindings(blueprint: Blueprint): RawFinding[] {
  return [
    ...unknownTypes(blueprint),
    ...duplicateDependencies(blueprint),
    ...dependencyCycles(blueprint),
    ...orphanComponents(blueprint),
    ...sharedDatabases(blueprint)
  ]
}
