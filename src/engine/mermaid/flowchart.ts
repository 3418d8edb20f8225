/**
 * The flowchart: one node per component, grouped components in subgraphs,
 * one edge per dependency, coloured by change kind when highlighted.
 */
import type { Blueprint, Component, Dependency, Direction, KnownComponentType } from '../model.js'
import { compareText } from '../text.js'
import { label } from './escape.js'
import { dependencyKey, idOf, type Ids } from './ids.js'
import { NODE_SPACING, RANK_SPACING } from './budget.js'
import { wrapWidths, wrapWords, type WrapWidths } from './layout.js'
import {
  CHANGE_KINDS,
  groupNames,
  knownType,
  sortedComponents,
  sortedDependencies,
  type ChangeKind,
  type Highlight
} from './shared.js'

/** Opening and closing brackets of a node shape. */
export type Shape = readonly [open: string, close: string]

/** Classic shapes only: the `@{ shape: … }` syntax needs Mermaid 11.3+, older renderers break on it. */
export const SHAPES: Readonly<Record<KnownComponentType, Shape>> = {
  person: ['((', '))'],
  frontend: ['(', ')'],
  gateway: ['{{', '}}'],
  service: ['[', ']'],
  function: ['[[', ']]'],
  database: ['[(', ')]'],
  cache: ['([', '])'],
  queue: ['>', ']'],
  storage: ['[(', ')]'],
  external: ['[', ']']
}

/** Light styling per type; class names are prefixed so none can be Mermaid's special `default`. */
const TYPE_STYLES: Readonly<Record<KnownComponentType, string>> = {
  person: 'fill:#dbeafe,stroke:#1d4ed8',
  frontend: 'fill:#e0f2fe,stroke:#0369a1',
  gateway: 'fill:#ede9fe,stroke:#6d28d9',
  service: 'fill:#f1f5f9,stroke:#334155',
  function: 'fill:#fef9c3,stroke:#a16207',
  database: 'fill:#dcfce7,stroke:#15803d',
  cache: 'fill:#ffedd5,stroke:#c2410c',
  queue: 'fill:#fce7f3,stroke:#be185d',
  storage: 'fill:#ccfbf1,stroke:#0f766e',
  external: 'fill:#f5f5f5,stroke:#6b7280,stroke-dasharray:5 5'
}
const GROUP_NODE_STYLE = 'fill:#f8fafc,stroke:#475569,stroke-width:2px'
/** A component of another group, shown in a group's view where an arrow leads to or from it. */
const STUB_STYLE = 'fill:#ffffff,stroke:#94a3b8,stroke-dasharray:4 4,color:#475569'

/**
 * The C4 notation's colours (as in C4-PlantUML and Mermaid's own C4):
 * people dark blue, containers blue, external systems grey, white text;
 * boundaries dashed and unfilled.
 */
export const C4_STYLES = {
  c4_person: 'fill:#08427b,stroke:#073b6f,color:#ffffff',
  c4_container: 'fill:#438dd5,stroke:#3c7fc0,color:#ffffff',
  c4_external: 'fill:#999999,stroke:#8a8a8a,color:#ffffff',
  c4_boundary: 'fill:none,stroke:#444444,stroke-dasharray:7 7,color:#444444'
} as const
/** A class a C4 element or boundary is drawn with. */
export type C4Class = keyof typeof C4_STYLES

/**
 * Defined after the type classes so their CSS wins; each sets every property
 * a type class sets (the dash pattern too), so no type look shows through:
 * an added external system must not keep the dashes that read as "removed".
 */
const NODE_CHANGE_STYLES: Readonly<Record<ChangeKind, string>> = {
  added: 'fill:#e6ffed,stroke:#2da44e,stroke-width:2px,stroke-dasharray:none,color:#116329',
  removed:
    'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#82071e,opacity:0.6',
  changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,stroke-dasharray:none,color:#7d4e00'
}
const EDGE_CHANGE_STYLES: Readonly<Record<ChangeKind, string>> = {
  added: 'stroke:#2da44e,stroke-width:2px',
  removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,opacity:0.6',
  changed: 'stroke:#bf8700,stroke-width:2px'
}

/** One node of the flowchart being drawn (already escaped). */
export interface FNode {
  readonly id: string
  readonly shape: Shape
  readonly label: string
  readonly cls: string
  readonly change?: ChangeKind
}
/** One edge of the flowchart being drawn (its label already escaped). */
export interface FEdge {
  readonly from: string
  readonly to: string
  readonly async: boolean
  readonly label?: string
  readonly change?: ChangeKind
}
/** A subgraph of grouped nodes. */
export interface FGroup {
  readonly id: string
  readonly title: string
  readonly nodes: readonly FNode[]
  /** A class for the box itself (C4 boundaries); none keeps Mermaid's own look. */
  readonly cls?: C4Class
}
/** A flowchart ready to write: every label already escaped. */
export interface FGraph {
  readonly direction: Direction
  readonly nodes: readonly FNode[]
  readonly groups: readonly FGroup[]
  readonly edges: readonly FEdge[]
  /**
   * Invisible links (`~~~`) that stack unconnected nodes in a few columns
   * instead of one long row; written after every edge, so `linkStyle`
   * indices of the edges stay as they are.
   */
  readonly spacers?: readonly (readonly [from: string, to: string])[]
  readonly legend: boolean
}

/** Nodes of the graph, grouped ones included. */
export function nodeCount(g: FGraph): number {
  return g.nodes.length + g.groups.reduce((n, gr) => n + gr.nodes.length, 0)
}

/**
 * Layout settings every flowchart carries. Straight edge segments: with
 * Mermaid's default curves an edge that crosses a group's border has its
 * label moved to the middle of the curve, where it can land on another label
 * (2 such overlaps on the checkout example, 2 on an ungrouped 17-component
 * blueprint); straight segments keep every label where the layout made room
 * for it. Tighter node and rank spacing than Mermaid's 50 px keep realistic
 * diagrams within a page. An `init` directive, not front matter: every
 * Mermaid since 8.6 reads it, front matter only 10.5 and later. Mermaid
 * finds a directive anywhere in the text, so it goes last and the diagram
 * still starts with its `flowchart` line.
 */
const CONFIG = `%%{init: {"flowchart": {"curve": "linear", "nodeSpacing": ${NODE_SPACING}, "rankSpacing": ${RANK_SPACING}}}}%%`

/** The Mermaid text of a flowchart. */
export function renderFlowchart(g: FGraph): string {
  const out: string[] = [`flowchart ${g.direction}`]
  // The class goes on the node's own line (`:::`), not in one `class a,b,c` list per class:
  // adding or removing a component then changes its own line only.
  const nodeLine = (n: FNode, indent: string): string =>
    `${indent}${n.id}${n.shape[0]}"${n.label}"${n.shape[1]}:::${n.cls}`
  for (const n of g.nodes) out.push(nodeLine(n, '  '))
  for (const gr of g.groups) {
    out.push(`  subgraph ${gr.id}["${gr.title}"]`)
    for (const n of gr.nodes) out.push(nodeLine(n, '    '))
    out.push('  end')
  }
  for (const e of g.edges) {
    const arrow = e.async ? '-.->' : '-->'
    out.push(`  ${e.from} ${arrow}${e.label === undefined ? '' : `|"${e.label}"|`} ${e.to}`)
  }
  for (const [from, to] of g.spacers ?? []) out.push(`  ${from} ~~~ ${to}`)

  const all = [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)]
  const classes = new Set(all.map((n) => n.cls))
  for (const gr of g.groups) if (gr.cls !== undefined) classes.add(gr.cls)
  const classStyle = (cls: string): string =>
    cls === 'bp_group'
      ? GROUP_NODE_STYLE
      : cls === 'bp_stub'
        ? STUB_STYLE
        : cls in C4_STYLES
          ? C4_STYLES[cls as C4Class]
          : TYPE_STYLES[cls.slice('bp_'.length) as KnownComponentType]
  for (const cls of [...classes].sort(compareText)) out.push(`  classDef ${cls} ${classStyle(cls)}`)
  for (const gr of g.groups) if (gr.cls !== undefined) out.push(`  class ${gr.id} ${gr.cls}`)

  if (g.legend) {
    out.push('  subgraph lgd["Legend"]')
    for (const kind of CHANGE_KINDS) out.push(`    lgd${kind[0]}["${kind}"]`)
    out.push('  end')
  }
  const anyChange = g.legend || all.some((n) => n.change) || g.edges.some((e) => e.change)
  if (anyChange) {
    for (const kind of CHANGE_KINDS) out.push(`  classDef ${kind} ${NODE_CHANGE_STYLES[kind]}`)
    for (const kind of CHANGE_KINDS) {
      const ids = all.filter((n) => n.change === kind).map((n) => n.id)
      if (g.legend) ids.push(`lgd${kind[0]}`)
      if (ids.length > 0) out.push(`  class ${ids.join(',')} ${kind}`)
    }
    // linkStyle counts edges in order of appearance; an index past the last edge is an error.
    for (const kind of CHANGE_KINDS) {
      const idx = g.edges.flatMap((e, i) => (e.change === kind ? [String(i)] : []))
      if (idx.length > 0) out.push(`  linkStyle ${idx.join(',')} ${EDGE_CHANGE_STYLES[kind]}`)
    }
  }
  out.push(CONFIG)
  return out.join('\n')
}

/** The node of one component, its lines wrapped at `wrap.node` characters. */
export function componentNode(
  c: Component,
  ids: Ids,
  highlight: Highlight | undefined,
  wrap: WrapWidths
): FNode {
  const type = knownType(c.type)
  return {
    id: idOf(ids.node, c.id),
    shape: SHAPES[type],
    label: label(
      ...[
        c.name,
        c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
      ]
        .filter((line): line is string => line !== undefined)
        .map((line) => wrapWords(line, wrap.node))
    ),
    cls: `bp_${type}`,
    change: highlight?.nodes?.get(c.id)
  }
}

/** The edge label of a dependency: its description and technology, if any, wrapped at `width` characters. */
export function dependencyLabel(d: Dependency, width: number): string | undefined {
  const tech = d.technology === undefined || d.technology === '' ? undefined : `[${d.technology}]`
  if ((d.description ?? '') === '' && tech === undefined) return undefined
  return label(
    ...[d.description, tech]
      .filter((line): line is string => line !== undefined && line !== '')
      .map((line) => wrapWords(line, width))
  )
}

/** The dependencies as edges, in their sorted order (which `linkStyle` indices count). */
export function dependencyEdges(
  bp: Blueprint,
  ids: Ids,
  highlight: Highlight | undefined,
  wrap: WrapWidths
): FEdge[] {
  return sortedDependencies(bp).map((d) => ({
    from: idOf(ids.node, d.from),
    to: idOf(ids.node, d.to),
    async: d.async,
    label: dependencyLabel(d, wrap.edge),
    change: highlight?.edges?.get(dependencyKey(d.from, d.to))
  }))
}

/** How one component is drawn: its node, given the ids, the highlight and the label widths. */
export type NodeDrawing = (
  c: Component,
  ids: Ids,
  highlight: Highlight | undefined,
  wrap: WrapWidths
) => FNode

/**
 * The whole blueprint, one node per component, drawn in `direction`: plain
 * components by default, or in another notation (C4) through `node`, with
 * groups in boxes of class `groupClass`.
 */
export function fullGraph(
  bp: Blueprint,
  ids: Ids,
  options: {
    readonly highlight: Highlight | undefined
    readonly direction: Direction
    readonly node?: NodeDrawing
    readonly groupClass?: C4Class
  }
): FGraph {
  const { highlight, direction, groupClass } = options
  const draw = options.node ?? componentNode
  const wrap = wrapWidths(direction)
  const comps = sortedComponents(bp)
  const node = (c: Component): FNode => draw(c, ids, highlight, wrap)
  return {
    direction,
    nodes: comps.filter((c) => c.group === undefined).map(node),
    groups: groupNames(bp).map((name) => ({
      id: idOf(ids.group, name),
      title: label(name),
      nodes: comps.filter((c) => c.group === name).map(node),
      ...(groupClass !== undefined ? { cls: groupClass } : {})
    })),
    // Asynchronous dependencies are dashed in every notation.
    edges: dependencyEdges(bp, ids, highlight, wrap),
    legend: highlight !== undefined
  }
}
