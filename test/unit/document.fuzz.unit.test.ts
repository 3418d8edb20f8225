/**
 * Property tests for whole documents: hostile text in every field of a
 * blueprint — its Markdown fields (overview, `sections:`, descriptions)
 * included — never breaks the structure of the document the built-in
 * template makes of it, as GitHub's kind of parser sees it. Either the
 * loader refuses the blueprint with a positioned problem about the field
 * that would swallow the rest, or the document is whole:
 *
 * - parsed as GFM (micromark, the parser markdownlint and remark use), every
 *   heading of the standard format is a top-level heading, in order; the
 *   system diagram and the authentication flow are `mermaid` code blocks;
 *   the components table has one row per component and the dependencies
 *   table one per dependency; the generated marker is the last block;
 * - turned into HTML (GFM, raw HTML allowed, GitHub's tag filter) and built
 *   into a tree by an HTML5 parser, as a browser does with what GitHub
 *   serves, those headings are children of the page itself, not swallowed
 *   by an element a field left open, and the marker is the page's last node.
 *
 * FC_RUNS sets the number of runs (`npm run test:unit` makes 25); FC_SEED replays.
 */
import fc from 'fast-check'
import type { Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { stringify } from 'yaml'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { generatedMarker, placeholderValues, renderDocument } from '../../src/engine/document.js'
import {
  COMPONENT_TYPES,
  SECTION_KEYS,
  formatProblem,
  type Blueprint
} from '../../src/engine/model.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'

type Element = DefaultTreeAdapterTypes.Element
type ChildNode = DefaultTreeAdapterTypes.ChildNode

const FILE = 'docs/hostile.blueprint.yaml'

/** Pieces that open, close or bend Markdown and HTML structure. */
const PIECES = [
  '```',
  '```sh',
  '~~~',
  '````',
  '`',
  '<!--',
  '-->',
  '<!-- TODO',
  '<details>',
  '</details>',
  '<summary>More</summary>',
  '<pre>',
  '</pre>',
  '<script>',
  '</script>',
  '<style>',
  '<textarea>',
  '<b>',
  '</b>',
  '<div>',
  '</div>',
  '<div/>',
  '<table>',
  '</table>',
  '<svg/>',
  '<br>',
  '<img src=x onerror=alert(1)>',
  'List<T>',
  '<?',
  '?>',
  '<!DOCTYPE',
  '<![CDATA[',
  ']]>',
  '|',
  '| a | b |\n| - | - |',
  '---',
  '===',
  '# ',
  '## Heading',
  '- ',
  '1. ',
  '> ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '[x]: /u',
  '[^1]: note',
  '*',
  '**',
  '_',
  '\\',
  '&',
  '&lt;',
  '<',
  '>',
  'text',
  'end',
  '😀',
  '$$',
  '{project_id}',
  '{{x}}',
  ' ',
  '\r\n'
]

const hostile = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }
    ),
    { maxLength: 10 }
  )
  .map((pieces) => pieces.join(''))
const nonBlank = hostile.filter((s) => /\S/.test(s))

/** Markup that opens and closes again: a Markdown field may hold any of it. */
const CLOSED = [
  '```sh\nnpm ci\n```',
  '~~~\n```\n~~~',
  '<details>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>',
  '<!-- a note -->',
  '<b>bold</b>',
  '<pre>\nx --> y\n</pre>',
  '<div align="center">\n\ncentred\n\n</div>',
  '<table><tr><td>own table</td></tr></table>',
  '<svg><path d="M0"/></svg>',
  '`a --> b`'
]
/**
 * Author Markdown: mostly pieces that bend structure and markup that closes again, with now and
 * then an opener left open, so that both outcomes are reached often.
 */
const markdown = fc
  .array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(...PIECES.filter((p) => !/^<[a-z!?]|```|~~~|^`$/i.test(p)))
      },
      { weight: 3, arbitrary: fc.constantFrom(...CLOSED) },
      { weight: 1, arbitrary: fc.constantFrom(...PIECES) }
    ),
    { maxLength: 8 }
  )
  .map((pieces) => pieces.join(''))
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })

const IDS = ['web', 'db', 'api', 'queue', 'end', 'style', 'x-1']

/** A blueprint whose only possible problems are in its Markdown fields. */
const blueprintData: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    id: fc.constantFrom('shop', 'a.b_c-d', '0x'),
    project: nonBlank,
    title: optional(hostile),
    overview: optional(markdown),
    diagram: fc.constantFrom<unknown>('flowchart', 'c4', { type: 'flowchart', direction: 'LR' }),
    components: fc.uniqueArray(
      fc.record({
        id: fc.oneof(fc.constantFrom(...IDS), nonBlank),
        name: optional(nonBlank),
        type: optional(fc.oneof(fc.constantFrom(...COMPONENT_TYPES), hostile)),
        technology: optional(hostile),
        description: optional(markdown),
        group: optional(fc.oneof(fc.constantFrom('Edge', 'Data'), hostile))
      }),
      { maxLength: 6, selector: (c) => c.id }
    ),
    sections: fc.dictionary(fc.constantFrom(...SECTION_KEYS), markdown, { maxKeys: 4 })
  })
  .chain((bp) =>
    fc.record({
      bp: fc.constant(bp),
      dependencies:
        bp.components.length === 0
          ? fc.constant([])
          : fc.array(
              fc.record({
                from: fc.constantFrom(...bp.components.map((c) => c.id)),
                to: fc.constantFrom(...bp.components.map((c) => c.id)),
                description: optional(hostile),
                technology: optional(hostile),
                async: fc.boolean()
              }),
              { maxLength: 6 }
            )
    })
  )
  // JSON drops the keys left undefined, as an author leaves them out.
  .map(({ bp, dependencies }) => JSON.parse(JSON.stringify({ ...bp, dependencies })) as never)

/** What the loader says about a Markdown field that would swallow the document. */
const MARKDOWN_PROBLEM =
  /opens .+ (that it never closes|and never closes it)|runs on into the text|has <\/?[a-z]+> (without|outside)/

// ---------------------------------------------------------------------------
// The document as a GFM tree
// ---------------------------------------------------------------------------

const gfmTree = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

interface Heading {
  readonly depth: number
  readonly text: string
}

const headingsOf = (nodes: readonly RootContent[]): Heading[] =>
  nodes.flatMap((n) => (n.type === 'heading' ? [{ depth: n.depth, text: textOf(n) }] : []))

/**
 * The headings the document must have: those of the same blueprint with
 * tame text in every field (so the same sections overridden, the same title
 * or none), whose structure nothing can disturb.
 */
function expectedHeadings(bp: Blueprint): Heading[] {
  const tame: Blueprint = {
    ...bp,
    project: 'p',
    ...(bp.title !== undefined ? { title: 'T' } : {}),
    overview: 'O',
    components: bp.components.map((c) => ({ id: c.id, name: 'n', type: 'service' })),
    dependencies: bp.dependencies.map((d) => ({ from: d.from, to: d.to, async: d.async })),
    sections: Object.fromEntries(Object.keys(bp.sections).map((k) => [k, 'S']))
  }
  const doc = render(tame).text
  // The first heading carries the title, whose text is checked on its own.
  return headingsOf(gfmTree(doc).children).slice(1)
}

const render = (bp: Blueprint) =>
  renderDocument({
    blueprint: bp,
    source: FILE,
    generatedAt: '2026-01-02T03:04:05Z',
    template: builtInTemplate()
  })

/** Index in `nodes` of each expected heading, matched in order; throws when one is missing. */
function anchor<T>(
  nodes: readonly T[],
  expected: readonly Heading[],
  headingOf: (node: T) => Heading | undefined
): Map<string, number> {
  const at = new Map<string, number>()
  let next = 0
  nodes.forEach((node, i) => {
    const h = headingOf(node)
    const want = expected[next]
    if (h !== undefined && want !== undefined && h.depth === want.depth && h.text === want.text) {
      at.set(`${'#'.repeat(h.depth)} ${h.text}`, i)
      next++
    }
  })
  if (next < expected.length) {
    const missing = expected[next]
    throw new Error(
      `heading "${'#'.repeat(missing?.depth ?? 0)} ${missing?.text}" is not a top-level heading in its place`
    )
  }
  return at
}

function checkTree(text: string, bp: Blueprint, expected: readonly Heading[]): void {
  const nodes = gfmTree(text).children
  expect(nodes[0]).toMatchObject({ type: 'heading', depth: 1 })
  const at = anchor(nodes, expected, (n) =>
    n.type === 'heading' ? { depth: n.depth, text: textOf(n) } : undefined
  )
  const after = (heading: string, skip = 0): RootContent | undefined =>
    nodes[(at.get(heading) ?? -99) + 1 + skip]

  expect(after('## System Architecture Diagram')).toMatchObject({
    type: 'code',
    lang: 'mermaid',
    value: placeholderValues(bp).diagram_content
  })
  if (at.has('### Authentication Flow')) {
    const flow = after('### Authentication Flow')
    expect(flow).toMatchObject({ type: 'code', lang: 'mermaid' })
    expect(flow?.type === 'code' && flow.value.startsWith('sequenceDiagram\n')).toBe(true)
  }
  const components = after('### Core Components')
  const table = components?.type === 'blockquote' ? after('### Core Components', 1) : components
  if (bp.components.length === 0) expect(table?.type).toBe('paragraph')
  else {
    expect(table?.type).toBe('table')
    if (table?.type === 'table') {
      expect(table.children).toHaveLength(bp.components.length + 1)
      const columns = table.children[0]?.children.length
      for (const row of table.children) expect(row.children).toHaveLength(columns ?? -1)
    }
  }
  const dependencies = after('### Service Dependencies')
  if (bp.dependencies.length === 0) expect(dependencies?.type).toBe('paragraph')
  else expect(dependencies).toMatchObject({ type: 'table' })
  if (dependencies?.type === 'table')
    expect(dependencies.children).toHaveLength(bp.dependencies.length + 1)
  expect(nodes.at(-1)).toMatchObject({ type: 'html', value: generatedMarker(FILE) })
}

// ---------------------------------------------------------------------------
// The document as the page a browser builds from GitHub's HTML
// ---------------------------------------------------------------------------

function isElement(node: ChildNode): node is Element {
  return 'tagName' in node
}

function elementText(node: ChildNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value
  if ('childNodes' in node) return node.childNodes.map(elementText).join('')
  return ''
}

function checkPage(text: string, bp: Blueprint, expected: readonly Heading[]): void {
  const html = micromark(text, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
  const body = parse(html)
    .childNodes.filter(isElement)
    .find((n) => n.tagName === 'html')
    ?.childNodes.filter(isElement)
    .find((n) => n.tagName === 'body')
  const children = (body?.childNodes ?? []).filter(
    (n) => !(n.nodeName === '#text' && elementText(n).trim() === '')
  )
  const at = anchor(children, expected, (n) =>
    isElement(n) && /^h[1-6]$/.test(n.tagName)
      ? { depth: Number(n.tagName.slice(1)), text: elementText(n) }
      : undefined
  )
  // A heading with an element inside it took on a formatting element (`<b>`) left open before it.
  for (const i of at.values()) {
    const heading = children[i]
    if (heading && isElement(heading))
      expect(heading.childNodes.map((c) => c.nodeName)).toEqual(['#text'])
  }
  const diagram = children[(at.get('## System Architecture Diagram') ?? -99) + 1]
  expect(diagram && isElement(diagram) ? diagram.tagName : undefined).toBe('pre')
  if (diagram) expect(elementText(diagram)).toBe(`${placeholderValues(bp).diagram_content}\n`)
  if (bp.components.length > 0) {
    let table = children[(at.get('### Core Components') ?? -99) + 1]
    if (table && isElement(table) && table.tagName === 'blockquote')
      table = children[(at.get('### Core Components') ?? -99) + 2]
    expect(table && isElement(table) ? table.tagName : undefined).toBe('table')
    const rows = (table && isElement(table) ? table.childNodes : [])
      .filter(isElement)
      .filter((n) => n.tagName === 'tbody')
      .flatMap((tbody) => tbody.childNodes.filter(isElement).filter((r) => r.tagName === 'tr'))
    expect(rows).toHaveLength(bp.components.length)
  }
  const last = children.at(-1)
  expect(last?.nodeName).toBe('#comment')
  expect(last && 'data' in last ? `<!--${last.data}-->` : '').toBe(generatedMarker(FILE))
}

// ---------------------------------------------------------------------------

describe('hostile text in every field never breaks the document', () => {
  it('refuses the blueprint with a positioned problem, or renders a whole document (property)', () => {
    let accepted = 0
    let refused = 0
    let withMarkup = 0
    const runs = fuzzRuns(200)
    fc.assert(
      fc.property(blueprintData, fc.boolean(), (data, json) => {
        const file = json ? FILE.replace(/yaml$/, 'json') : FILE
        const content = json ? JSON.stringify(data, null, 2) : stringify(data)
        const result = parseBlueprint({ file, content })
        if (!result.ok) {
          refused++
          const lines = content.split('\n')
          for (const p of result.problems) {
            // The generator makes blueprints whose only possible problems are in Markdown fields.
            expect(p.message).toMatch(MARKDOWN_PROBLEM)
            const line = lines[p.line - 1]
            if (line === undefined || p.col < 1 || p.col > line.length + 1)
              throw new Error(`outside the file: ${formatProblem(p)}`)
          }
          return
        }
        accepted++
        const bp = result.blueprint
        const fields = [
          bp.overview,
          ...Object.values(bp.sections),
          ...bp.components.map((c) => c.description)
        ]
        if (fields.some((f) => f !== undefined && /```|~~~|<[a-z!?/]/i.test(f))) withMarkup++
        const text = render(bp).text
        const expected = expectedHeadings(bp)
        try {
          checkTree(text, bp, expected)
          checkPage(text, bp, expected)
        } catch (error) {
          throw new Error(
            `${String(error)}\n--- blueprint ---\n${content}\n--- document ---\n${text}`
          )
        }
      }),
      { seed: FUZZ_SEED, numRuns: runs }
    )
    console.log(
      `document fuzz: ${accepted} whole documents (${withMarkup} with fences or HTML in Markdown fields), ${refused} refused, seed ${FUZZ_SEED}`
    )
    // The generator must reach both outcomes, and documents whose Markdown holds markup.
    expect(accepted).toBeGreaterThan(runs / 5)
    expect(withMarkup).toBeGreaterThan(0)
    if (runs >= 25) expect(refused).toBeGreaterThan(0)
  })
})
