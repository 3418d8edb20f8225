/**
 * Blueprint model → Mermaid diagram text.
 *
 * The diagram must render on GitHub whatever text a blueprint holds, so three
 * rules run through this module:
 *
 * 1. Node, group and legend ids are generated, never taken from user text
 *    (`end`, `default`, `o…`/`x…` after an arrow, `…_blank` all break Mermaid).
 * 2. Every piece of user text is clipped and escaped in one pass, and always
 *    sits inside double quotes.
 * 3. The output is a pure function of the blueprint's content: sorted, LF
 *    line ends, independent of the order the author wrote things in.
 *
 * Every escaping rule below was checked by rendering in headless Chromium with
 * the real mermaid bundle.
 */
import type { Blueprint, Direction } from '../model.js'
import { plural } from '../text.js'
import { estimateSize, overBudget, stackUnconnected, withinBudget, type Size } from './budget.js'
import { c4Graph, c4Node } from './c4.js'
import {
  componentNode,
  fullGraph,
  nodeCount,
  renderFlowchart,
  type FGraph,
  type NodeDrawing
} from './flowchart.js'
import { assignIds, makeIds, type Ids } from './ids.js'
import { groupGraph, summaryGraph } from './reduce.js'
import { withReferenceNodes } from './references.js'
import { groupNames, type Highlight } from './shared.js'
import {
  groupingOf,
  groupViewGraph,
  hubsOf,
  overviewGraph,
  withoutHubArrows,
  type ViewSettings
} from './views.js'
import type { ShownReferences } from '../references.js'

/** One group's view, drawn after the overview. */
export interface DiagramView {
  /** The group's name, as written (or derived): the caller escapes it for where it goes. */
  readonly group: string
  /** Set when the group is drawn in several views: this one's number and how many. */
  readonly part?: readonly [number, number]
  /** Components of the group in this view. */
  readonly components: number
  /** Components of other groups drawn as stubs. */
  readonly stubs: number
  /** Mermaid source, as {@link Diagram.text}. */
  readonly text: string
}

/** A diagram ready to go into a ```` ```mermaid ```` fence. */
export interface Diagram {
  /**
   * The notation actually drawn: `c4` is a flowchart in C4 notation; a C4
   * diagram that had to be reduced is drawn as a plain flowchart.
   */
  readonly type: 'flowchart' | 'c4'
  /** Mermaid source, no fences, LF line ends, no trailing newline; the overview when there are views. */
  readonly text: string
  /** Set when the diagram had to be reduced to stay within Mermaid's limits: a sentence for readers. */
  readonly note?: string
  /** Set when the blueprint is drawn as views: `text` is the overview, these follow, one per group. */
  readonly views?: readonly DiagramView[]
  /** How the groups of the views were formed, when the engine derived them: a sentence for readers. */
  readonly derivedGroups?: string
  /** Components drawn without the arrows of their users (see views.ts, hubs): name and number of users. */
  readonly hubs?: readonly { readonly name: string; readonly users: number }[]
}

/** Mermaid's default `maxTextSize`: a longer text renders as "Maximum text size in diagram exceeded". */
export const MAX_TEXT_SIZE = 50_000
/** Mermaid's default `maxEdges`: the flowchart parser refuses edge number 501. */
export const MAX_EDGES = 500
/**
 * Fewer components are drawn as one diagram even when it exceeds the budget
 * (unless the blueprint asks for views): what makes so small a diagram too
 * large is long labels, which views would not shorten.
 */
export const MIN_VIEW_COMPONENTS = 10
/** Beyond this many nodes a full diagram is unreadable even when Mermaid would still draw it. */
export const MAX_NODES = 500

function fits(text: string, edges: number, nodes: number): boolean {
  return text.length <= MAX_TEXT_SIZE && edges <= MAX_EDGES && nodes <= MAX_NODES
}

/**
 * Draws a blueprint as Mermaid text: a flowchart (`flowchart <direction>`) or,
 * when the blueprint asks for it, a C4 container diagram.
 *
 * The text is the same for the same blueprint content, whatever order the
 * components and dependencies were written in, and an edit to one component
 * or dependency changes only the lines about it (ids are hashes of the
 * component ids, every list is sorted, classes sit on each node's line).
 *
 * A diagram that would not keep to the page budget (see budget.ts) is drawn
 * as views (unless the blueprint sets `diagram.views: never`; `always` draws
 * views whatever the size): an overview with one node per group, then one
 * diagram per group. Components that many others use (hubs) are then drawn
 * without the arrows of their users, and `hubs` names them.
 *
 * A diagram that would exceed Mermaid's limits ({@link MAX_TEXT_SIZE},
 * {@link MAX_EDGES}) or {@link MAX_NODES} is reduced to one node per group,
 * then to one summary node, and `note` says so; a reduced diagram is always
 * a flowchart.
 *
 * With `highlight`, the named components and dependencies are coloured as
 * added / removed / changed and a legend is appended. A dependency end that
 * names another blueprint is drawn as an external node, labelled as
 * `references` shows it (else with the reference as written).
 */
export function buildDiagram(
  blueprint: Blueprint,
  options?: { readonly highlight?: Highlight; readonly references?: ShownReferences }
): Diagram {
  const highlight = options?.highlight
  const bp = withReferenceNodes(blueprint, options?.references)
  const components = bp.components.length
  const dependencies = bp.dependencies.length
  if (fits('', dependencies, components)) {
    const ids = makeIds(bp)
    const c4 = bp.diagram.type === 'c4'
    const type = c4 ? 'c4' : 'flowchart'
    const whole = (direction: Direction): FGraph =>
      c4 ? c4Graph(bp, ids, { highlight, direction }) : fullGraph(bp, ids, { highlight, direction })
    const mode = bp.diagram.views ?? 'auto'
    const first = whole(bp.diagram.direction)
    const oriented = orient(first, bp.diagram.autoDirection === true)
    const views =
      mode === 'always' ||
      (mode === 'auto' &&
        components >= MIN_VIEW_COMPONENTS &&
        !withinBudget(estimateSize(oriented)))
        ? drawViews(bp, ids, highlight, c4, first)
        : undefined
    if (views !== undefined && fits(views.text, dependencies, components)) return { type, ...views }
    // One diagram: asked for, within the budget, or with fewer than two groups to make views of.
    const over = !withinBudget(estimateSize(oriented))
    const hubs = over ? hubsOf(bp) : []
    const drawn =
      hubs.length === 0
        ? oriented
        : orient(
            withoutHubArrows(first, ids, new Map(hubs.map((h) => [h.id, h.users]))),
            bp.diagram.autoDirection === true
          )
    const text = renderFlowchart(drawn)
    if (fits(text, dependencies, components))
      return {
        type,
        text,
        ...(hubs.length > 0 ? { note: hubSentence(hubNames(bp, hubs), (t) => t) } : {})
      }
    if (c4) {
      const text = renderFlowchart(fullGraph(bp, ids, { highlight, direction: oriented.direction }))
      if (fits(text, dependencies, components))
        return {
          type: 'flowchart',
          text,
          note: "The diagram is drawn as a flowchart: as a C4 diagram it would exceed Mermaid's limits."
        }
    }
  }
  return reduced(blueprint, bp, highlight)
}

/** The names of hubs, as the document says them. */
function hubNames(
  bp: Blueprint,
  hubs: readonly { id: string; users: number }[]
): { name: string; users: number }[] {
  const byId = new Map(bp.components.map((c) => [c.id, c]))
  return hubs.map((h) => ({ name: byId.get(h.id)?.name ?? h.id, users: h.users }))
}

/**
 * The graph in its author's direction, or, when the author set none, top to
 * bottom if that keeps to the budget, else left to right if that does, else
 * whichever is less over it.
 */
function orient(graph: FGraph, auto: boolean): FGraph {
  const g = stackUnconnected(graph)
  if (!auto) return g
  const tb: FGraph = { ...g, direction: 'TB' }
  if (withinBudget(estimateSize(tb))) return tb
  const lr: FGraph = { ...g, direction: 'LR' }
  if (withinBudget(estimateSize(lr))) return lr
  return overBudget(estimateSize(lr)) < overBudget(estimateSize(tb)) ? lr : tb
}

/** The overview and one view per group; undefined when there would be fewer than two groups. */
function drawViews(
  bp: Blueprint,
  ids: Ids,
  highlight: Highlight | undefined,
  c4: boolean,
  whole: FGraph
): Omit<Diagram, 'type'> | undefined {
  const grouping = groupingOf(bp)
  if (grouping.names.length < 2) return undefined
  const hubs = hubsOf(bp)
  const draw: NodeDrawing = c4 ? c4Node : componentNode
  const settings: ViewSettings = {
    ids,
    // Derived group names get ids the same way the author's do: hashes of the name.
    groupIds: assignIds(grouping.names, 'g'),
    grouping,
    hubs: new Map(hubs.map((h) => [h.id, h.users])),
    highlight,
    draw,
    whole
  }
  const auto = bp.diagram.autoDirection === true
  const overview = orient({ ...overviewGraph(bp, settings), direction: bp.diagram.direction }, auto)
  const view = (group: string, part?: { index: number; of: number }): FGraph =>
    orient({ ...groupViewGraph(bp, group, settings, part), direction: bp.diagram.direction }, auto)
  const views = grouping.names.flatMap((group): DiagramView[] => {
    const members = [...grouping.of.values()].filter((g) => g === group).length
    // A group too large for one view is drawn in parts, one more at a time until each fits.
    let graphs = [view(group)]
    // Start from as many parts as the whole view is over the budget, then add one at a time.
    const first = Math.max(2, Math.ceil(overBudget(estimateSize(graphs[0] as FGraph))))
    for (let of = first; of <= Math.ceil(members / 3); of++) {
      if (graphs.every((g) => withinBudget(estimateSize(g)))) break
      graphs = Array.from({ length: of }, (_, index) => view(group, { index, of })).filter((g) =>
        g.groups.some((gr) => gr.nodes.length > 0)
      )
    }
    return graphs.map((g, i) => ({
      group,
      ...(graphs.length > 1 ? { part: [i + 1, graphs.length] as const } : {}),
      components: g.groups.reduce((n, gr) => n + gr.nodes.length, 0),
      stubs: g.nodes.length,
      text: renderFlowchart(g)
    }))
  })
  return {
    text: renderFlowchart(overview),
    views,
    ...(grouping.derived !== undefined ? { derivedGroups: grouping.derived } : {}),
    ...(hubs.length > 0 ? { hubs: hubNames(bp, hubs) } : {})
  }
}

/** Past Mermaid's limits: one node per group, else one summary node. */
function reduced(blueprint: Blueprint, bp: Blueprint, highlight: Highlight | undefined): Diagram {
  const dependencies = bp.dependencies.length
  const ids = makeIds(bp)
  // Counted as the author wrote them: nodes drawn for other blueprints are not components.
  const sizes = `${plural(blueprint.components.length, 'component')} and ${plural(dependencies, 'dependency', 'dependencies')}`
  const asFlowchart =
    bp.diagram.type === 'c4'
      ? ' It is drawn as a flowchart, as a reduced C4 diagram cannot be laid out.'
      : ''
  if (groupNames(bp).length > 0) {
    const grouped = groupGraph(bp, ids, highlight)
    const text = renderFlowchart(grouped)
    if (fits(text, grouped.edges.length, nodeCount(grouped))) {
      return {
        type: 'flowchart',
        text,
        note: `The diagram shows groups only: ${sizes} exceed Mermaid's limits.${asFlowchart}`
      }
    }
  }
  return {
    type: 'flowchart',
    text: renderFlowchart(summaryGraph(blueprint, highlight)),
    note: `The diagram shows a summary only: ${sizes} exceed Mermaid's limits${groupNames(bp).length > 0 ? ', even when grouped' : ''}.${asFlowchart}`
  }
}

/** A piece of what a diagram shows in Markdown: a Mermaid block or a paragraph. */
export type DiagramPart =
  | { readonly kind: 'mermaid'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }

/**
 * What a diagram shows, in order: its Mermaid text, or, for views, the
 * overview, a paragraph on how to read them, and each group's view after a
 * caption. `inline` turns text of the blueprint into inline Markdown.
 */
export function diagramParts(d: Diagram, inline: (text: string) => string): DiagramPart[] {
  if (d.views === undefined) return [{ kind: 'mermaid', text: d.text }]
  const parts: DiagramPart[] = [
    { kind: 'mermaid', text: d.text },
    { kind: 'paragraph', text: diagramAbout(d, inline) }
  ]
  const total = d.views.length
  d.views.forEach((v, i) => {
    const stubs =
      v.stubs > 0
        ? `, and ${plural(v.stubs, 'component')} of other groups it connects to (dashed)`
        : ''
    parts.push(
      {
        kind: 'paragraph',
        text: `**View ${i + 1} of ${total}: ${inline(v.group)}${v.part === undefined ? '' : ` (part ${v.part[0]} of ${v.part[1]})`}** — ${plural(v.components, 'component')}${stubs}.`
      },
      { kind: 'mermaid', text: v.text }
    )
  })
  return parts
}

/**
 * The Markdown between a ```` ```mermaid ```` fence's opening and closing
 * lines: the diagram's text, or, for views, every part of
 * {@link diagramParts}, each view closing the fence before it and opening
 * its own (the template's closing fence closes the last). So any template
 * that puts `diagram_content` in a Mermaid fence shows every view. No
 * Mermaid text holds a backtick: labels escape it.
 */
export function diagramMarkdown(d: Diagram, inline: (text: string) => string): string {
  const parts = diagramParts(d, inline)
  let out = ''
  parts.forEach((p, i) => {
    if (i === 0) {
      out = p.text
      return
    }
    if (parts[i - 1]?.kind === 'mermaid') out += '\n```'
    out += `\n\n${p.kind === 'mermaid' ? `\`\`\`mermaid\n${p.text}` : p.text}`
  })
  return out
}

/**
 * The sentences that say how the diagram is drawn: the overview and views,
 * groups the engine derived, hubs drawn without their arrows; empty for a
 * plain diagram.
 */
export function diagramAbout(d: Diagram, inline: (text: string) => string): string {
  if (d.views === undefined) return ''
  const hubs = d.hubs !== undefined && d.hubs.length > 0 ? ` ${hubSentence(d.hubs, inline)}` : ''
  const derived = d.derivedGroups === undefined ? '' : ` ${d.derivedGroups}`
  const parts = d.views.some((v) => v.part !== undefined)
    ? ' A group too large for one readable view is drawn in parts.'
    : ''
  return `*Above: the overview, one node per group; an arrow counts the dependencies between two groups. Below: one view per group.${parts}${derived}${hubs}*`
}

function hubSentence(
  hubs: readonly { readonly name: string; readonly users: number }[],
  inline: (text: string) => string
): string {
  const list = hubs.map((h) => `${inline(h.name)} is used by ${h.users} components`).join('; ')
  return `Drawn differently: ${list}. Arrows to ${hubs.length === 1 ? 'it are' : 'them are'} not drawn, the node says how many components use it; the dependencies table lists them.`
}

/**
 * The blueprint drawn whole as one diagram (as `diagram.views: never` would
 * draw it, hubs and all) and the budget model's estimate of its size: the
 * render suite checks the estimate against the real drawing.
 */
export function wholeDiagram(blueprint: Blueprint): { text: string; estimate: Size } {
  const bp = withReferenceNodes(blueprint)
  const ids = makeIds(bp)
  const g = orient(
    bp.diagram.type === 'c4'
      ? c4Graph(bp, ids, { highlight: undefined, direction: bp.diagram.direction })
      : fullGraph(bp, ids, { highlight: undefined, direction: bp.diagram.direction }),
    bp.diagram.autoDirection === true
  )
  return { text: renderFlowchart(g), estimate: estimateSize(g) }
}

/**
 * Whether the blueprint, drawn whole as one flowchart (highlighted as
 * given), keeps to the page budget by the model's estimate.
 */
export function fitsOnePage(
  blueprint: Blueprint,
  highlight?: Highlight,
  /** Extra width margin, for a diagram the model knows less well. */
  margin = 1
): boolean {
  const bp = withReferenceNodes(blueprint)
  if (!fits('', bp.dependencies.length, bp.components.length)) return false
  const g = fullGraph(bp, makeIds(bp), { highlight, direction: bp.diagram.direction })
  const size = estimateSize(orient(g, bp.diagram.autoDirection === true))
  return withinBudget({ ...size, w: size.w * margin })
}
