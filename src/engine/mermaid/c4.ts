/**
 * The C4 container diagram, drawn as a flowchart in C4 notation: people,
 * containers, databases, queues and external systems in the C4 colours,
 * each labelled with its name, its kind and technology, and its
 * description; groups as dashed boundaries.
 *
 * Not Mermaid's own `C4Container` diagram: that one has no automatic
 * layout (elements go in rows in the order written, relationship labels sit
 * at the middle of straight lines) and GitHub has no other layout for it.
 * On a 19-component blueprint it drew a strip about 2,900 px tall with nine
 * labels on top of each other, and its layout settings
 * (`UpdateLayoutConfig`) left eight to thirteen; the flowchart's layout
 * places every label (measured by test/render/readability.browser.test.ts).
 * Its strings also cannot hold a `"` or keep `&` and `<>` when they wrap,
 * while flowchart labels show every character as written.
 */
import type { Blueprint, Component, Direction } from '../model.js'
import { label } from './escape.js'
import {
  fullGraph,
  SHAPES,
  type C4Class,
  type FGraph,
  type FNode,
  type Shape
} from './flowchart.js'
import { idOf, type Ids } from './ids.js'
import { wrapWords, type WrapWidths } from './layout.js'
import { knownType, type Highlight } from './shared.js'

/** Shape and class of a component type in C4 notation, and the kind its label names. */
function notation(type: string): { shape: Shape; cls: C4Class; kind: string } {
  switch (knownType(type)) {
    case 'person':
      return { shape: ['(', ')'], cls: 'c4_person', kind: 'Person' }
    case 'external':
      // A no-break space: wrapping must not split the kind's own name.
      return { shape: SHAPES.service, cls: 'c4_external', kind: 'Software\u00a0System' }
    case 'database':
    case 'storage':
    case 'cache':
      return { shape: SHAPES.database, cls: 'c4_container', kind: 'Container' }
    case 'queue':
      // The classic shapes have no horizontal cylinder; the stadium reads as a pipe.
      return { shape: SHAPES.cache, cls: 'c4_container', kind: 'Container' }
    default:
      return { shape: SHAPES.service, cls: 'c4_container', kind: 'Container' }
  }
}

/** The lines of a component's C4 label, unescaped: name, `[kind: technology]`, description. */
export function c4Lines(c: Component, wrap: WrapWidths): { name: string; rest: string[] } {
  const { kind } = notation(c.type)
  const tech = c.technology === undefined || c.technology === '' ? '' : `: ${c.technology}`
  return {
    name: wrapWords(c.name, wrap.node),
    rest: [`[${kind}${tech}]`, c.description]
      .filter((line): line is string => line !== undefined && line !== '')
      .map((line) => wrapWords(line, wrap.node))
  }
}

/** The node of one component in C4 notation. */
export function c4Node(
  c: Component,
  ids: Ids,
  highlight: Highlight | undefined,
  wrap: WrapWidths
): FNode {
  const { shape, cls } = notation(c.type)
  const { name, rest } = c4Lines(c, wrap)
  return {
    id: idOf(ids.node, c.id),
    shape,
    // Our own markup around escaped text: the name in bold, as C4 draws it.
    // The no-break space in a kind goes in as a code: an invisible raw one would puzzle a reader of the source.
    label: `<b>${label(name)}</b><br/>${label(...rest).replace(/\u00a0/g, '#160;')}`,
    cls,
    change: highlight?.nodes?.get(c.id)
  }
}

/** The C4 container diagram of the whole blueprint, highlighted when asked. */
export function c4Graph(
  bp: Blueprint,
  ids: Ids,
  options: { readonly highlight: Highlight | undefined; readonly direction: Direction }
): FGraph {
  return fullGraph(bp, ids, { ...options, node: c4Node, groupClass: 'c4_boundary' })
}
