/**
 * Views of a blueprint too large for one readable diagram: an overview with
 * one node per group, then one diagram per group with its components and,
 * as stubs, the components of other groups they connect to. Also the two
 * things that make views possible on any blueprint: groups derived when the
 * author wrote none, and hubs (a component that many others use) drawn
 * without their fan of arrows.
 *
 * Everything here is keyed by component id and group name and sorted, never
 * positional: an edit to one component or dependency changes the lines about
 * it and no others (see the stability property test).
 */
import type { Blueprint, Component, Dependency } from '../model.js'
import { compareText, plural } from '../text.js'
import { label } from './escape.js'
import {
  dependencyLabel,
  SHAPES,
  type FEdge,
  type FGraph,
  type FNode,
  type NodeDrawing
} from './flowchart.js'
import { dependencyKey, idOf, type Ids } from './ids.js'
import { wrapWidths, wrapWords } from './layout.js'
import {
  compareTuple,
  knownType,
  mergeKinds,
  sortedComponents,
  sortedDependencies,
  type Highlight
} from './shared.js'

/**
 * A component that at least this many others depend on is a hub. A fixed
 * number, not a share of the blueprint: adding one component must not make
 * another a hub.
 */
export const HUB_MIN_USERS = 10
/** A derived group holds at most this many components; a larger one is cut in parts. */
export const MAX_DERIVED_GROUP = 12

/** Fewer components sharing an id prefix do not make a group of their own (a service and its database). */
export const MIN_PREFIX_GROUP = 3

/** The name of the group of ungrouped components when the author grouped the others. */
export const OTHER_GROUP = 'Other components'

/** How a blueprint's components were put in groups for its views. */
export interface Grouping {
  /** Group name of every component, by id. */
  readonly of: ReadonlyMap<string, string>
  /** The group names, sorted. */
  readonly names: readonly string[]
  /** Set when the engine formed the groups: a sentence for readers. */
  readonly derived?: string
}

/** Kind names of the type-based derived groups. */
function typeGroup(type: string): string {
  switch (knownType(type)) {
    case 'person':
    case 'frontend':
    case 'gateway':
      return 'Edge'
    case 'database':
    case 'cache':
    case 'storage':
      return 'Data stores'
    case 'queue':
      return 'Messaging'
    case 'external':
      return 'External systems'
    default:
      return 'Services'
  }
}

/** The first `depth` segments of an id split at `-`, `_` or `.`; undefined when it has fewer. */
function prefixOf(id: string, depth: number): string | undefined {
  const parts = id.split(/[-_.]/)
  if (parts.length < depth || parts.slice(0, depth).some((p) => p === '')) return undefined
  return parts.slice(0, depth).join('-')
}

/**
 * The groups of a blueprint's views: the author's, with ungrouped
 * components in {@link OTHER_GROUP}; or, when the author wrote none,
 * derived: {@link MIN_PREFIX_GROUP} or more components sharing the first
 * segment of their id (`snuba-api`, `snuba-consumer`) form a group, a group still too large is split by the
 * first two segments; the rest go by type (edge, services, data stores,
 * messaging, external systems); a group still over
 * {@link MAX_DERIVED_GROUP} is cut in parts in id order.
 */
export function groupingOf(bp: Blueprint): Grouping {
  const comps = sortedComponents(bp)
  if (comps.some((c) => c.group !== undefined)) {
    const of = new Map(comps.map((c) => [c.id, c.group ?? OTHER_GROUP]))
    return { of, names: [...new Set(of.values())].sort(compareText) }
  }
  const of = new Map<string, string>()
  const assign = (members: readonly Component[], depth: number): void => {
    const byPrefix = new Map<string, Component[]>()
    for (const c of members) {
      const p = prefixOf(c.id, depth)
      if (p === undefined) continue
      byPrefix.set(p, [...(byPrefix.get(p) ?? []), c])
    }
    for (const [prefix, shared] of byPrefix) {
      // A prefix every component shares (a project's own name) tells nothing: look one segment further.
      if (shared.length < MIN_PREFIX_GROUP) continue
      if ((shared.length > MAX_DERIVED_GROUP || shared.length === members.length) && depth < 2) {
        assign(shared, depth + 1)
        continue
      }
      for (const c of shared) if (!of.has(c.id)) of.set(c.id, `${prefix}-*`)
    }
  }
  assign(comps, 1)
  for (const c of comps) if (!of.has(c.id)) of.set(c.id, typeGroup(c.type))
  // Cut groups that are still too large into parts, in id order.
  const members = new Map<string, string[]>()
  for (const c of comps) {
    const g = of.get(c.id) as string
    members.set(g, [...(members.get(g) ?? []), c.id])
  }
  for (const [name, ids] of members) {
    if (ids.length <= MAX_DERIVED_GROUP) continue
    const parts = Math.ceil(ids.length / MAX_DERIVED_GROUP)
    const size = Math.ceil(ids.length / parts)
    ids.forEach((id, i) => of.set(id, `${name} ${Math.floor(i / size) + 1}`))
  }
  return {
    of,
    names: [...new Set(of.values())].sort(compareText),
    derived:
      `The blueprint sets no groups, so the views use groups derived from it: ${MIN_PREFIX_GROUP} or more components whose ids share a first segment (\`name-*\`), the others by type; a group of more than ` +
      `${MAX_DERIVED_GROUP} components is cut in parts in id order.`
  }
}

/** A hub: the component and the components that depend on it. */
export interface Hub {
  readonly id: string
  readonly users: number
}

/**
 * The hubs of a blueprint: components that at least {@link HUB_MIN_USERS}
 * other components depend on. Their arrows
 * would fan in from all over a diagram; they are not drawn, the hub's node
 * says how many components use it.
 */
export function hubsOf(bp: Blueprint): Hub[] {
  const users = new Map<string, Set<string>>()
  for (const d of bp.dependencies) {
    if (d.from === d.to) continue
    const set = users.get(d.to) ?? new Set<string>()
    set.add(d.from)
    users.set(d.to, set)
  }
  return [...users]
    .filter(([, set]) => set.size >= HUB_MIN_USERS)
    .map(([id, set]) => ({ id, users: set.size }))
    .sort((a, b) => compareText(a.id, b.id))
}

/** The node of a hub: its own drawing plus a line saying who uses it. */
export function hubNode(node: FNode, users: number): FNode {
  return { ...node, label: `${node.label}<br/>used by ${users} components` }
}

/** Settings shared by the views of one blueprint. */
export interface ViewSettings {
  readonly ids: Ids
  readonly groupIds: ReadonlyMap<string, string>
  readonly grouping: Grouping
  readonly hubs: ReadonlyMap<string, number>
  readonly highlight: Highlight | undefined
  readonly draw: NodeDrawing
  /** The whole blueprint already drawn as one graph with `draw`, whose nodes and edges the views reuse. */
  readonly whole?: FGraph
}

function drawn(d: Dependency, hubs: ReadonlyMap<string, number>): boolean {
  return !hubs.has(d.to) || hubs.has(d.from)
}

/**
 * The overview: one node per group (its name and component count), the
 * dependencies between groups aggregated into one edge per pair with their
 * count; arrows to hubs left out.
 */
export function overviewGraph(bp: Blueprint, s: ViewSettings): FGraph {
  const groupOf = (id: string): string => s.grouping.of.get(id) ?? OTHER_GROUP
  const nodes: FNode[] = s.grouping.names.map((name) => {
    const members = bp.components.filter((c) => groupOf(c.id) === name)
    return {
      id: idOf(s.groupIds, name),
      shape: SHAPES.service,
      label: label(
        wrapWords(name, 24),
        plural(members.length, 'component'),
        ...members
          .filter((c) => s.hubs.has(c.id))
          .map((c) => wrapWords(`${c.name} used by ${s.hubs.get(c.id) ?? 0}`, 24))
      ),
      cls: 'bp_group',
      change: mergeKinds(members.map((m) => s.highlight?.nodes?.get(m.id)))
    }
  })
  const pairs = new Map<string, { from: string; to: string; deps: Dependency[] }>()
  for (const d of bp.dependencies) {
    if (!drawn(d, s.hubs)) continue
    const from = groupOf(d.from)
    const to = groupOf(d.to)
    if (from === to) continue
    const k = JSON.stringify([from, to])
    const entry = pairs.get(k) ?? { from, to, deps: [] }
    entry.deps.push(d)
    pairs.set(k, entry)
  }
  const edges: FEdge[] = [...pairs.values()]
    .sort((a, b) => compareTuple([a.from, a.to], [b.from, b.to]))
    .map(({ from, to, deps }) => ({
      from: idOf(s.groupIds, from),
      to: idOf(s.groupIds, to),
      async: deps.every((d) => d.async),
      label: String(deps.length),
      change: mergeKinds(deps.map((d) => s.highlight?.edges?.get(dependencyKey(d.from, d.to))))
    }))
  return { direction: 'TB', nodes, groups: [], edges, legend: s.highlight !== undefined }
}

/** The class a stub (a component of another group) is drawn with. */
export const STUB_CLASS = 'bp_stub'

/**
 * The view of one group: its components boxed under the group's name, the
 * dependencies among them and with components of other groups, those drawn
 * as stubs (a dashed node naming the component and its group); arrows to
 * hubs left out, as everywhere in the views.
 */
export function groupViewGraph(
  bp: Blueprint,
  group: string,
  s: ViewSettings,
  part?: { readonly index: number; readonly of: number }
): FGraph {
  const groupOf = (id: string): string => s.grouping.of.get(id) ?? OTHER_GROUP
  const wrap = wrapWidths('TB')
  const memo = memoOf(bp, s)
  const comps = memo.components
  const inGroup = new Set(
    comps
      .filter(
        (c) =>
          groupOf(c.id) === group && (part === undefined || partOf(c.id, part.of) === part.index)
      )
      .map((c) => c.id)
  )
  const deps = memo.dependencies.filter(
    (d) => (inGroup.has(d.from) || inGroup.has(d.to)) && drawn(d, s.hubs)
  )
  const stubIds = new Set<string>()
  for (const d of deps) for (const end of [d.from, d.to]) if (!inGroup.has(end)) stubIds.add(end)
  // Nodes and edges are drawn once per blueprint: a group drawn in parts is tried several ways.
  const node = (c: Component): FNode => {
    let n = memo.nodes.get(c.id)
    if (n === undefined) {
      const drawnNode = s.draw(c, s.ids, s.highlight, wrap)
      const users = s.hubs.get(c.id)
      n = users === undefined ? drawnNode : hubNode(drawnNode, users)
      memo.nodes.set(c.id, n)
    }
    return n
  }
  const stub = (c: Component): FNode => {
    let n = memo.stubs.get(c.id)
    if (n === undefined) {
      n = {
        id: idOf(s.ids.node, c.id),
        shape: SHAPES.service,
        label: label(wrapWords(c.name, 16), `in ${wrapWords(groupOf(c.id), 20)}`),
        cls: STUB_CLASS,
        change: s.highlight?.nodes?.get(c.id)
      }
      memo.stubs.set(c.id, n)
    }
    return n
  }
  const edge = (d: Dependency): FEdge => {
    let e = memo.edges.get(d)
    if (e === undefined) {
      e = {
        from: idOf(s.ids.node, d.from),
        to: idOf(s.ids.node, d.to),
        async: d.async,
        label: dependencyLabel(d, wrap.edge),
        change: s.highlight?.edges?.get(dependencyKey(d.from, d.to))
      }
      memo.edges.set(d, e)
    }
    return e
  }
  const own = comps.filter((c) => inGroup.has(c.id)).map(node)
  // A view with no neighbours needs no box: its caption names the group. Without the box, its
  // unconnected components stack in columns; Mermaid does not rank invisible links in a box.
  if (stubIds.size === 0)
    return {
      direction: 'TB',
      nodes: own,
      groups: [],
      edges: deps.map(edge),
      legend: s.highlight !== undefined
    }
  return {
    direction: 'TB',
    nodes: comps.filter((c) => stubIds.has(c.id)).map(stub),
    groups: [{ id: idOf(s.groupIds, group), title: label(group), nodes: own }],
    edges: deps.map(edge),
    legend: s.highlight !== undefined
  }
}

interface Memo {
  readonly components: readonly Component[]
  readonly dependencies: readonly Dependency[]
  readonly nodes: Map<string, FNode>
  readonly stubs: Map<string, FNode>
  readonly edges: Map<Dependency, FEdge>
}
const memos = new WeakMap<ViewSettings, Memo>()

/** What every view of one blueprint shares, computed once. */
function memoOf(bp: Blueprint, s: ViewSettings): Memo {
  let memo = memos.get(s)
  if (memo === undefined) {
    const components = sortedComponents(bp)
    const dependencies = sortedDependencies(bp)
    const nodes = new Map<string, FNode>()
    const edges = new Map<Dependency, FEdge>()
    // The whole diagram drawn to estimate it already holds every node and edge (same ids, same order).
    const whole = s.whole
    if (whole !== undefined) {
      const byId = new Map(allGraphNodes(whole).map((n) => [n.id, n]))
      for (const c of components) {
        const n = byId.get(idOf(s.ids.node, c.id))
        const users = s.hubs.get(c.id)
        if (n !== undefined) nodes.set(c.id, users === undefined ? n : hubNode(n, users))
      }
      if (whole.edges.length === dependencies.length)
        dependencies.forEach((d, i) => {
          const e = whole.edges[i]
          if (e !== undefined) edges.set(d, e)
        })
    }
    memo = { components, dependencies, nodes, stubs: new Map(), edges }
    memos.set(s, memo)
  }
  return memo
}

function allGraphNodes(g: FGraph): FNode[] {
  return [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)]
}

/** The whole blueprint in one diagram with arrows to hubs left out. */
export function withoutHubArrows(g: FGraph, ids: Ids, hubs: ReadonlyMap<string, number>): FGraph {
  const hubIds = new Map([...hubs].map(([id, users]) => [idOf(ids.node, id), users]))
  const mark = (n: FNode): FNode => {
    const users = hubIds.get(n.id)
    return users === undefined ? n : hubNode(n, users)
  }
  return {
    ...g,
    nodes: g.nodes.map(mark),
    groups: g.groups.map((gr) => ({ ...gr, nodes: gr.nodes.map(mark) })),
    edges: g.edges.filter((e) => !hubIds.has(e.to) || hubIds.has(e.from))
  }
}

/** Group names in the order their views are shown: sorted, as the overview lists them. */
export function viewOrder(grouping: Grouping): readonly string[] {
  return grouping.names
}

/**
 * The part of a group's view a component is drawn in when the group is too
 * large for one: from a hash of its own id, so one component more or less
 * moves no other.
 */
export function partOf(id: string, parts: number): number {
  let h = 7
  for (const ch of id) h = (h * 33 + ch.charCodeAt(0)) >>> 0
  return h % parts
}
