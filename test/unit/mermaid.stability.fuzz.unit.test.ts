/**
 * Stable diagrams: the same blueprint always gives the same text, whatever
 * order it was written in, and an edit to one element (a component or a
 * dependency added, removed or renamed) changes only the lines about that
 * element: nothing else is reordered, renumbered or rewrapped.
 *
 * Over random blueprints (up to 40 components, with or without groups, ids
 * that share prefixes, every views setting and direction) and random
 * one-element edits, each diagram (the single one, or the overview and each
 * group's view, matched by group) is compared line by line with a longest
 * common subsequence; every line outside it must name an element the edit
 * touched: the component, the ends of the dependency, their groups, a
 * component whose derived group the edit changed (a new prefix pair), or a
 * stub standing for a dependency of one of those. Lines
 * that name no element (the `flowchart` direction, a type's `classDef`,
 * a subgraph's `end`, the invisible `~~~` links that stack unconnected
 * nodes in columns) may change with the element that needs them.
 *
 * A blueprint whose edit moves it across the budget (one diagram ↔ views)
 * changes as a whole: such runs are counted, and must stay a minority.
 *
 * FC_RUNS sets the number of runs (default 300); FC_SEED replays.
 */
import fc from 'fast-check'
import type { Blueprint, Component, Dependency } from '../../src/engine/model.js'
import { assignIds, nodeId } from '../../src/engine/mermaid/ids.js'
import { buildDiagram, type Diagram } from '../../src/engine/mermaid/index.js'
import { groupingOf } from '../../src/engine/mermaid/views.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'

const RUNS = fuzzRuns(300)

const PREFIXES = ['api', 'snuba', 'sentry', 'web', 'kafka', 'redis', 'orders', 'x']
const WORDS = ['consumer', 'worker', 'db', 'cache', 'proxy', 'ingest', 'cron', 'v2']
const TYPES = ['service', 'database', 'cache', 'queue', 'frontend', 'gateway', 'external', 'job']
const GROUPS = ['Edge', 'Core', 'Data', 'Ops']

const componentId = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.option(fc.constantFrom(...WORDS), { nil: undefined }))
  .map(([p, w]) => (w === undefined ? p : `${p}-${w}`))

const arbBlueprint = fc
  .record({
    ids: fc.uniqueArray(componentId, { minLength: 2, maxLength: 40 }),
    grouped: fc.boolean(),
    views: fc.constantFrom('auto', 'always', 'never', undefined),
    direction: fc.constantFrom('TB', 'LR', undefined),
    c4: fc.boolean(),
    seeds: fc.array(fc.nat(), { minLength: 200, maxLength: 200 })
  })
  .map(({ ids, grouped, views, direction, c4, seeds }): Blueprint => {
    let k = 0
    const pick = (n: number): number => (seeds[k++ % seeds.length] ?? 0) % n
    const components: Component[] = ids.map((id) => ({
      id,
      name: pick(3) === 0 ? `${id} service` : id,
      type: TYPES[pick(TYPES.length)] ?? 'service',
      ...(pick(2) === 0 ? { technology: 'Go 1.22' } : {}),
      ...(grouped && pick(5) > 0 ? { group: GROUPS[pick(GROUPS.length)] ?? 'Core' } : {})
    }))
    const dependencies: Dependency[] = []
    const pairs = new Set<string>()
    for (let i = 0; i < Math.min(ids.length * 2, 60); i++) {
      const from = ids[pick(ids.length)] ?? ''
      const to = ids[pick(ids.length)] ?? ''
      if (from === to || pairs.has(`${from} ${to}`)) continue
      pairs.add(`${from} ${to}`)
      dependencies.push({
        from,
        to,
        async: pick(4) === 0,
        ...(pick(2) === 0 ? { description: 'reads and writes orders' } : {})
      })
    }
    return {
      id: 'shop',
      project: 'acme',
      diagram: {
        type: c4 ? 'c4' : 'flowchart',
        direction: direction ?? 'TB',
        ...(direction === undefined ? { autoDirection: true as const } : {}),
        ...(views === undefined ? {} : { views })
      },
      components,
      dependencies,
      sections: {}
    }
  })

type Edit =
  | { kind: 'add-component'; id: string }
  | { kind: 'remove-component'; index: number }
  | { kind: 'rename-component'; index: number }
  | { kind: 'add-dependency'; from: number; to: number }
  | { kind: 'remove-dependency'; index: number }

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  componentId.map((id) => ({ kind: 'add-component' as const, id: `${id}-new` })),
  fc.nat().map((index) => ({ kind: 'remove-component' as const, index })),
  fc.nat().map((index) => ({ kind: 'rename-component' as const, index })),
  fc.tuple(fc.nat(), fc.nat()).map(([from, to]) => ({ kind: 'add-dependency' as const, from, to })),
  fc.nat().map((index) => ({ kind: 'remove-dependency' as const, index }))
)

/** The edited blueprint and the component ids the edit touches. */
function apply(bp: Blueprint, edit: Edit): { after: Blueprint; touched: string[] } {
  const comps = bp.components
  const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)]
  switch (edit.kind) {
    case 'add-component': {
      if (comps.some((c) => c.id === edit.id)) return { after: bp, touched: [] }
      const added: Component = { id: edit.id, name: edit.id, type: 'service' }
      return { after: { ...bp, components: [...comps, added] }, touched: [edit.id] }
    }
    case 'remove-component': {
      const c = at(comps, edit.index)
      if (c === undefined) return { after: bp, touched: [] }
      // A component goes with its dependencies: the other ends' lines about them change too.
      const gone = bp.dependencies.filter((d) => d.from === c.id || d.to === c.id)
      return {
        after: {
          ...bp,
          components: comps.filter((x) => x.id !== c.id),
          dependencies: bp.dependencies.filter((d) => !gone.includes(d))
        },
        touched: [c.id, ...gone.flatMap((d) => [d.from, d.to])]
      }
    }
    case 'rename-component': {
      const c = at(comps, edit.index)
      if (c === undefined) return { after: bp, touched: [] }
      return {
        after: {
          ...bp,
          components: comps.map((x) => (x.id === c.id ? { ...x, name: `${x.name} renamed` } : x))
        },
        touched: [c.id]
      }
    }
    case 'add-dependency': {
      const from = at(comps, edit.from)
      const to = at(comps, edit.to)
      if (from === undefined || to === undefined) return { after: bp, touched: [] }
      const d: Dependency = { from: from.id, to: to.id, async: false, description: 'added' }
      return {
        after: { ...bp, dependencies: [...bp.dependencies, d] },
        touched: [from.id, to.id]
      }
    }
    case 'remove-dependency': {
      const d = at(bp.dependencies, edit.index)
      if (d === undefined) return { after: bp, touched: [] }
      return {
        after: { ...bp, dependencies: bp.dependencies.filter((x) => x !== d) },
        touched: [d.from, d.to]
      }
    }
  }
}

/** The diagrams of a drawing by a stable key: the single one, or the overview and each group's view. */
function diagramsOf(d: Diagram): Map<string, string[]> {
  const out = new Map<string, string[]>([['main', d.text.split('\n')]])
  for (const v of d.views ?? [])
    out.set(
      `view ${v.group}${v.part === undefined ? '' : ` ${v.part.join('/')}`}`,
      v.text.split('\n')
    )
  return out
}

/** Lines of `a` and of `b` outside their longest common subsequence. */
function changedLines(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length
  const m = b.length
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] ?? 0) + 1
          : Math.max((table[i + 1] as number[])[j] ?? 0, (table[i] as number[])[j + 1] ?? 0)
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++
      j++
    } else if (((table[i + 1] as number[])[j] ?? 0) >= ((table[i] as number[])[j + 1] ?? 0))
      out.push(a[i++] as string)
    else out.push(b[j++] as string)
  }
  return [...out, ...a.slice(i), ...b.slice(j)]
}

/** Lines that name no element and come and go with the elements that need them. */
const NEUTRAL = /^(flowchart \w+|\s*end|\s*classDef \w+ .*|%%\{init.*|\s*\w+ ~~~ \w+)$/

function shuffled<T>(list: readonly T[]): T[] {
  // Reversed and rotated: a different order, deterministic.
  const r = [...list].reverse()
  return [...r.slice(1), ...r.slice(0, 1)]
}

describe('diagram stability', () => {
  it('gives the same text for the same blueprint written in another order', () => {
    fc.assert(
      fc.property(arbBlueprint, (bp) => {
        const again: Blueprint = {
          ...bp,
          components: shuffled(bp.components),
          dependencies: shuffled(bp.dependencies)
        }
        expect(buildDiagram(again)).toEqual(buildDiagram(bp))
      }),
      { seed: FUZZ_SEED, numRuns: RUNS }
    )
  })

  it(`changes only the lines about the element an edit touches (${RUNS} runs)`, () => {
    let crossed = 0
    let compared = 0
    fc.assert(
      fc.property(arbBlueprint, arbEdit, (bp, edit) => {
        const { after, touched } = apply(bp, edit)
        const before = buildDiagram(bp)
        const now = buildDiagram(after)
        if ((before.views === undefined) !== (now.views === undefined)) {
          crossed++
          return
        }
        compared++
        // Components whose derived group the edit changed (a second `snuba-…` makes a group) count as touched.
        const was = groupingOf(bp).of
        const is = groupingOf(after).of
        const moved = [...is]
          .filter(([id, g]) => was.has(id) && was.get(id) !== g)
          .map(([id]) => id)
        const groups = [...touched, ...moved].flatMap((id) =>
          [was.get(id), is.get(id)].filter((g): g is string => g !== undefined)
        )
        const names = [...touched, ...moved].map((id) => nodeId(id))
        for (const g of groups) names.push(...assignIds([g], 'g').values())
        // A stub stands for a dependency: it comes and goes with its other end.
        const near = new Set([...touched, ...moved])
        const stubs = [...bp.dependencies, ...after.dependencies]
          .flatMap((d) => (near.has(d.from) ? [d.to] : near.has(d.to) ? [d.from] : []))
          .map((id) => nodeId(id))
        const about = (line: string): boolean =>
          names.some((n) => line.includes(n)) ||
          (line.endsWith(':::bp_stub') && stubs.some((n) => line.includes(n)))
        const a = diagramsOf(before)
        const b = diagramsOf(now)
        for (const key of new Set([...a.keys(), ...b.keys()])) {
          // A view that comes or goes is the view of a group the edit made or emptied.
          if (!a.has(key) || !b.has(key)) {
            expect({ edit, key, group: groups.some((g) => key.startsWith(`view ${g}`)) }).toEqual({
              edit,
              key,
              group: true
            })
            continue
          }
          const stray = changedLines(a.get(key) ?? [], b.get(key) ?? []).filter(
            (line) => !NEUTRAL.test(line) && !about(line)
          )
          expect({ edit, key, stray }).toEqual({ edit, key, stray: [] })
        }
      }),
      { seed: FUZZ_SEED, numRuns: RUNS }
    )
    console.log(
      `diagram stability: ${compared} edits compared line by line, ${crossed} crossed the budget, seed ${FUZZ_SEED}`
    )
    expect(crossed).toBeLessThan(compared)
  })
})
