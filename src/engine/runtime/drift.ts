/**
 * Drift: where a blueprint and the runtime files it names disagree. Pure:
 * the runtime comes in already read, the findings go out with paths into
 * the blueprint, for the caller to position and give levels.
 */
import { suggest } from '../text.js'
import type { Blueprint, Component } from '../model.js'
import type { RawFinding } from '../rules/rule.js'
import type { Runtime, Workload } from './model.js'

/** What {@link driftFindings} compares. */
export interface DriftInput {
  readonly blueprint: Blueprint
  /** What the blueprint's `runtime:` files hold. */
  readonly runtime: Runtime
  /** The index, in the blueprint's `runtime:` list, of the entry through which a runtime file was read. */
  readonly entryOf?: (file: string) => number | undefined
}

/**
 * The `drift-*` findings of a blueprint against its runtime:
 * `drift-missing-component` (at the `runtime:` entry holding the service or
 * workload) for each one no component matches, by id or by its `runtime:`
 * field; `drift-missing-runtime` (at the component's `runtime:`) for a
 * component naming something the files do not hold; and
 * `drift-missing-dependency` (at the component it starts from) for each
 * dependency the files show between two matched components that the
 * blueprint does not list. In the order of the runtime and the blueprint.
 */
export function driftFindings(input: DriftInput): RawFinding[] {
  const { blueprint, runtime } = input
  const findings: RawFinding[] = []
  const resolve = (name: string): readonly string[] => runtime.aliases.get(name) ?? []

  // Workload name → the components that are it (a component may be several, through a Service).
  const matched = new Map<string, number[]>()
  blueprint.components.forEach((c, i) => {
    for (const name of namesOf(c))
      for (const w of resolve(name)) {
        const list = matched.get(w) ?? []
        if (!list.includes(i)) list.push(i)
        matched.set(w, list)
      }
  })

  // Components that match nothing in the runtime: a missing service close to one's id was
  // probably renamed, on one side or the other.
  const unmatched = blueprint.components.filter(
    (c) => !namesOf(c).some((n) => resolve(n).length > 0)
  )
  const budget = { suggestions: 100 }
  for (const w of runtime.workloads) {
    if (matched.has(w.name)) continue
    const entry = input.entryOf?.(w.file) ?? 0
    const close = suggest(
      w.name,
      unmatched.map((c) => c.id),
      budget
    )
    const hint =
      close === undefined
        ? `add one with id "${w.name}" (or with \`runtime: ${w.name}\`)`
        : `did you mean component "${close}"? If it is this service renamed, give it \`runtime: ${w.name}\` (or the id "${w.name}")`
    findings.push({
      rule: 'drift-missing-component',
      path: blueprint.runtime === undefined ? [] : ['runtime', entry],
      message: `${describe(w)} has no component; ${hint}`
    })
  }

  const names = [...runtime.aliases.keys()]
  blueprint.components.forEach((c, i) => {
    if (c.runtime === undefined || resolve(c.runtime).length > 0) return
    const close = suggest(c.runtime, names, budget)
    findings.push({
      rule: 'drift-missing-runtime',
      path: ['components', i, 'runtime'],
      message: `component "${c.id}" is runtime "${c.runtime}", which is no service or workload in the blueprint's runtime files${close === undefined ? '' : ` (did you mean "${close}"?)`}`
    })
  })

  const listed = new Set(blueprint.dependencies.map((d) => pair(d.from, d.to)))
  for (const edge of runtime.edges) {
    const from = matched.get(edge.from) ?? []
    const to = matched.get(edge.to) ?? []
    if (from.length === 0 || to.length === 0) continue
    const ids = (list: number[]) => list.map((i) => blueprint.components[i]?.id ?? '')
    const known = ids(from).some((a) => ids(to).some((b) => a === b || listed.has(pair(a, b))))
    if (known) continue
    const [a = '', b = ''] = [ids(from)[0], ids(to)[0]]
    findings.push({
      rule: 'drift-missing-dependency',
      path: ['components', from[0] ?? 0],
      message: `the runtime shows ${edge.from} → ${edge.to} (${edge.evidence.join(', ')}${edge.file !== undefined ? `, ${edge.file}:${edge.line ?? 1}` : ''}), but no dependency from "${a}" to "${b}" is listed`
    })
  }
  return findings
}

/** The runtime names a component answers to: its id, and its `runtime:` field when it has one. */
function namesOf(c: Component): string[] {
  return c.runtime !== undefined && c.runtime !== c.id ? [c.id, c.runtime] : [c.id]
}

function pair(from: string, to: string): string {
  return `${from}\u0000${to}`
}

function describe(w: Workload): string {
  return `${w.kind === 'compose' ? 'Compose service' : w.kind} "${w.name}" (${w.file}:${w.line})`
}
