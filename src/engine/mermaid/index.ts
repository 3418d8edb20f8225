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
import { c4Graph, c4Lines } from './c4.js'
import { fullGraph, nodeCount, renderFlowchart } from './flowchart.js'
import { makeIds } from './ids.js'
import { chooseDirection, wrapWidths, wrapWords, type Size } from './layout.js'
import { groupGraph, summaryGraph } from './reduce.js'
import { withReferenceNodes } from './references.js'
import { groupNames, type Highlight } from './shared.js'
import type { ShownReferences } from '../references.js'

/** A diagram ready to go into a ```` ```mermaid ```` fence. */
export interface Diagram {
  /**
   * The notation actually drawn: `c4` is a flowchart in C4 notation; a C4
   * diagram that had to be reduced is drawn as a plain flowchart.
   */
  readonly type: 'flowchart' | 'c4'
  /** Mermaid source, no fences, LF line ends, no trailing newline. */
  readonly text: string
  /** Set when the diagram had to be reduced to stay within Mermaid's limits: a sentence for readers. */
  readonly note?: string
}

/** Mermaid's default `maxTextSize`: a longer text renders as "Maximum text size in diagram exceeded". */
export const MAX_TEXT_SIZE = 50_000
/** Mermaid's default `maxEdges`: the flowchart parser refuses edge number 501. */
export const MAX_EDGES = 500
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
 * components and dependencies were written in. A diagram that would exceed
 * Mermaid's limits ({@link MAX_TEXT_SIZE}, {@link MAX_EDGES}) or
 * {@link MAX_NODES} is reduced to one node per group, then to one summary
 * node, and `note` says so; a reduced diagram is always a flowchart, because
 * a C4 diagram has no automatic layout to cope with aggregated nodes.
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
  const ids = makeIds(bp)
  const components = bp.components.length
  const dependencies = bp.dependencies.length
  const withinLimits = fits('', dependencies, components)

  const direction = withinLimits ? directionOf(bp) : bp.diagram.direction
  if (bp.diagram.type === 'c4' && withinLimits) {
    const text = renderFlowchart(c4Graph(bp, ids, { highlight, direction }))
    if (fits(text, dependencies, components)) return { type: 'c4', text }
  }
  if (withinLimits) {
    const full = renderFlowchart(fullGraph(bp, ids, { highlight, direction }))
    if (fits(full, dependencies, components)) {
      // Only a C4 text too long for Mermaid gets here with type c4: the flowchart is more compact.
      return bp.diagram.type === 'c4'
        ? {
            type: 'flowchart',
            text: full,
            note: "The diagram is drawn as a flowchart: as a C4 diagram it would exceed Mermaid's limits."
          }
        : { type: 'flowchart', text: full }
    }
  }

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

/**
 * The author's direction, or, when the blueprint sets none, the one that
 * fits a page (see {@link chooseDirection}), estimated from the wrapped
 * labels the components and dependencies get.
 */
function directionOf(bp: Blueprint): Direction {
  if (bp.diagram.autoDirection !== true) return bp.diagram.direction
  const byId = new Map(bp.components.map((c) => [c.id, c]))
  // About 8 px a character at Mermaid's 16 px font and 24 px a line, plus the padding.
  const box = (lines: readonly string[], padding: number): Size => {
    const all = lines.join('\n').split('\n')
    const chars = Math.max(1, ...all.map((l) => Array.from(l).length))
    return { w: chars * 8 + 2 * padding, h: all.length * 24 + 2 * padding }
  }
  return chooseDirection(bp, {
    node(id, direction) {
      const c = byId.get(id)
      if (c === undefined) return { w: 0, h: 0 }
      const wrap = wrapWidths(direction)
      if (bp.diagram.type === 'c4') {
        const { name, rest } = c4Lines(c, wrap)
        return box([name, ...rest], 15)
      }
      const tech = c.technology === undefined || c.technology === '' ? [] : [`[${c.technology}]`]
      return box(
        [c.name, ...tech].map((l) => wrapWords(l, wrap.node)),
        15
      )
    },
    label(d, direction) {
      const lines = [d.description, d.technology === undefined ? undefined : `[${d.technology}]`]
        .filter((l): l is string => l !== undefined && l !== '')
        .map((l) => wrapWords(l, wrapWidths(direction).edge))
      return lines.length === 0 ? undefined : box(lines, 4)
    }
  })
}
