/**
 * The page budget every diagram is held to, and the cheap model that tells
 * whether a flowchart keeps to it before anything is drawn.
 *
 * GitHub draws Mermaid with dagre only, so the generator decides from the
 * text it writes. The model follows dagre in outline: nodes are ranked by
 * the longest chain of edges leading to them (cycles broken where they
 * close); every edge spans two ranks at least, because Mermaid gives each
 * edge a label slot halfway; an edge over several ranks passes each one
 * between as a thin dummy; a rank is as wide as its boxes side by side and
 * as deep as its deepest box. Text is measured per character at Mermaid's
 * default 16 px trebuchet. The render suite
 * (test/render/readability.browser.test.ts) keeps the model honest: a
 * diagram the model passes must pass in Chromium with the real Mermaid.
 */
import type { Direction } from '../model.js'
import type { FEdge, FGraph, FNode } from './flowchart.js'

/** The widest natural width: at GitHub's ~900 px column, text is still shown at 9 px or more. */
export const MAX_WIDTH = 1600
/** At most this many times as tall as wide. */
export const MAX_RATIO = 3
/** Node and rank separation, as every flowchart's `init` directive sets them for Mermaid. */
export const NODE_SPACING = 30
export const RANK_SPACING = 40

/** A box in pixels. */
export interface Size {
  readonly w: number
  readonly h: number
}

/**
 * The model's estimates of width come within about 10% of Mermaid's either
 * way on the realistic blueprints; an estimate passes only with that much to
 * spare. Heights it overestimates, so they need none.
 */
const WIDTH_MARGIN = 1.1

/**
 * An estimated size ({@link estimateSize}) within the budget: no wider than
 * {@link MAX_WIDTH} (with the model's margin), no more than
 * {@link MAX_RATIO} times as tall as wide.
 */
export function withinBudget(s: Size): boolean {
  return overBudget(s) <= 1
}

/** How far over the budget an estimated size is (1 or less: within). */
export function overBudget(s: Size): number {
  return Math.max((WIDTH_MARGIN * s.w) / MAX_WIDTH, s.h / (MAX_RATIO * Math.max(s.w, 1)))
}

// Advance widths of trebuchet at 16 px, in three classes; rounded up so the model errs on the wide side.
const NARROW = new Set(Array.from(" .,:;'!|ijlftrI()[]-/"))
const WIDE = new Set(Array.from('MWmw@%&GOQDHNUCBKRV'))

/** The drawn width of one line of plain text. */
export function textWidth(line: string): number {
  let w = 0
  for (const ch of line)
    w += NARROW.has(ch) ? 5 : WIDE.has(ch) ? 12 : ch.charCodeAt(0) > 0x2e7f ? 16 : 8
  return w
}

/** The lines a label shows: `<br/>` breaks, entities as one character, markup dropped. */
export function labelLines(escaped: string): string[] {
  return escaped.split('<br/>').map((l) => l.replace(/<\/?b>/g, '').replace(/#\w+;/g, 'x'))
}

const LINE_HEIGHT = 24
/** What a subgraph's frame adds across a rank it cuts through: padding both sides and a gap. */
const CLUSTER_PAD = 60

function textBox(escaped: string): Size {
  const lines = labelLines(escaped)
  return { w: Math.max(0, ...lines.map(textWidth)), h: lines.length * LINE_HEIGHT }
}

const sizes = new WeakMap<FNode, Size>()

/** The drawn box of a node, its shape's padding included. */
export function nodeSize(n: FNode): Size {
  let size = sizes.get(n)
  if (size === undefined) {
    size = measureNode(n)
    sizes.set(n, size)
  }
  return size
}

function measureNode(n: FNode): Size {
  const t = textBox(n.label)
  const w = t.w + 32
  const h = t.h + 32
  switch (n.shape[0]) {
    case '((':
      return { w: Math.max(w, h), h: Math.max(w, h) }
    case '{{':
      return { w: w + h / 2, h }
    case '[(':
      return { w, h: h + 24 }
    case '([':
    case '>':
    case '(':
      return { w: w + h / 2, h }
    case '[[':
      return { w: w + 16, h }
    default:
      return { w, h }
  }
}

const labelSizes = new WeakMap<FEdge, Size | undefined>()

function edgeLabelSize(e: FEdge): Size | undefined {
  if (labelSizes.has(e)) return labelSizes.get(e)
  const size = measureLabel(e)
  labelSizes.set(e, size)
  return size
}

function measureLabel(e: FEdge): Size | undefined {
  if (e.label === undefined) return undefined
  const t = textBox(e.label)
  return { w: t.w + 8, h: t.h + 4 }
}

/** Every node of a graph, grouped ones included. */
export function allNodes(g: FGraph): FNode[] {
  return [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)]
}

/** Each node's rank: the longest chain of edges leading to it, cycles broken where they close. */
export function ranks(ids: readonly string[], edges: readonly FEdge[]): Map<string, number> {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const e of edges) if (e.from !== e.to) next.get(e.from)?.push(e.to)
  const state = new Map<string, 'open' | 'done'>()
  const order: string[] = []
  const kept = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const start of ids) {
    if (state.get(start) !== undefined) continue
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; i: number }
      const targets = next.get(top.id) ?? []
      if (top.i < targets.length) {
        const to = targets[top.i++] as string
        if (state.get(to) === 'open') continue
        kept.get(top.id)?.push(to)
        if (state.get(to) === undefined) {
          state.set(to, 'open')
          stack.push({ id: to, i: 0 })
        }
      } else {
        state.set(top.id, 'done')
        order.push(top.id)
        stack.pop()
      }
    }
  }
  const level = new Map<string, number>()
  for (const id of order.reverse()) {
    const here = level.get(id) ?? 0
    level.set(id, here)
    for (const to of kept.get(id) ?? []) level.set(to, Math.max(level.get(to) ?? 0, here + 1))
  }
  return level
}

/**
 * The estimated natural size of a flowchart drawn in `direction` (its own
 * when not given). Errs on the large side: the render suite checks that a
 * diagram estimated within the budget is within it in Chromium.
 */
export function estimateSize(g: FGraph, direction: Direction = g.direction): Size {
  if (direction !== g.direction) return estimate(g, direction)
  let size = estimates.get(g)
  if (size === undefined) {
    size = estimate(g, direction)
    estimates.set(g, size)
  }
  return size
}

/** Estimates by graph: the engine asks again for a graph it has oriented. */
const estimates = new WeakMap<FGraph, Size>()

function estimate(g: FGraph, direction: Direction): Size {
  const across = direction === 'TB' || direction === 'BT' ? 'w' : 'h'
  const along = across === 'w' ? 'h' : 'w'
  const nodes = allNodes(g)
  const spacers: FEdge[] = (g.spacers ?? []).map(([from, to]) => ({ from, to, async: false }))
  const edges = [...g.edges, ...spacers]
  const level = ranks(
    nodes.map((n) => n.id),
    edges
  )
  const depth = Math.max(0, ...level.values()) + 1
  // Rank 2k holds the nodes of level k; rank 2k+1 the labels and dummies between k and k+1.
  const spread: number[] = new Array<number>(2 * depth - 1).fill(0)
  const deep: number[] = new Array<number>(2 * depth - 1).fill(0)
  const place = (r: number, box: Size): void => {
    spread[r] = (spread[r] ?? 0) + box[across] + NODE_SPACING
    deep[r] = Math.max(deep[r] ?? 0, box[along])
  }
  // A subgraph keeps its members together in each rank and frames them: every box a rank
  // cuts through adds its padding and a gap.
  const clusters = new Map<number, Set<string>>()
  for (const gr of g.groups)
    for (const n of gr.nodes) {
      const r = 2 * (level.get(n.id) ?? 0)
      clusters.set(r, (clusters.get(r) ?? new Set()).add(gr.id))
    }
  for (const [r, set] of clusters) place(r, { w: set.size * CLUSTER_PAD - NODE_SPACING, h: 0 })
  for (const n of nodes) place(2 * (level.get(n.id) ?? 0), nodeSize(n))
  // The legend of a changes diagram: a box of three unconnected nodes in the first rank.
  if (g.legend)
    place(
      0,
      across === 'w'
        ? { w: 3 * (90 + NODE_SPACING) + CLUSTER_PAD, h: 60 }
        : { w: 120, h: 3 * (50 + NODE_SPACING) + CLUSTER_PAD }
    )
  for (const e of edges) {
    const a = level.get(e.from) ?? 0
    const b = level.get(e.to) ?? 0
    const label = edgeLabelSize(e)
    if (a === b) {
      // A self-loop or an edge inside one rank: its label sits beside the node.
      if (label !== undefined) place(2 * a, label)
      continue
    }
    const [lo, hi] = a < b ? [2 * a, 2 * b] : [2 * b, 2 * a]
    const middle = lo + 2 * Math.floor((hi - lo) / 4) + 1
    for (let r = lo + 1; r < hi; r++)
      place(r, r === middle && label !== undefined ? label : { w: 10, h: 10 })
  }
  // dagre aligns nodes with their neighbours rather than packing them: a rank comes out
  // up to 1.8 times as wide as its boxes side by side.
  const wide = 1.8 * (Math.max(...spread) - NODE_SPACING)
  // With edge labels Mermaid doubles the ranks and halves the separation between them.
  const long =
    deep.reduce((sum, x) => sum + x, 0) +
    ((deep.length - 1) * RANK_SPACING) / 2 +
    40 * Math.min(g.groups.length, 1)
  return across === 'w' ? { w: wide, h: long } : { w: long, h: wide }
}

/** Columns unconnected nodes are stacked in. */
const COLUMNS = 4
/** Fewer unconnected nodes in one box stay in a row. */
const STACK_FROM = 5

/**
 * The graph with its unconnected nodes stacked: dagre puts every node
 * without an edge in the first rank, so twenty of them make a row twenty
 * nodes wide. Each box's (top level, each subgraph) unconnected nodes are
 * chained by invisible links in {@link COLUMNS} columns. A node's column
 * comes from its own id (a hash), not its position among the others: one
 * node more or less changes only the links next to it.
 */
export function stackUnconnected(g: FGraph): FGraph {
  const linked = new Set<string>()
  for (const e of g.edges) {
    linked.add(e.from)
    linked.add(e.to)
  }
  const spacers: (readonly [string, string])[] = []
  for (const box of [g.nodes, ...g.groups.map((gr) => gr.nodes)]) {
    const loose = box.filter((n) => !linked.has(n.id))
    if (loose.length < STACK_FROM) continue
    const columns: string[][] = Array.from({ length: COLUMNS }, () => [])
    for (const n of loose) columns[columnOf(n.id)]?.push(n.id)
    for (const column of columns)
      for (let i = 1; i < column.length; i++)
        spacers.push([column[i - 1] as string, column[i] as string])
  }
  return spacers.length === 0 ? g : { ...g, spacers }
}

function columnOf(id: string): number {
  let h = 0
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h % COLUMNS
}
