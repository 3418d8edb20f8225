/**
 * Renders diagrams with the real mermaid bundle in headless Chromium: every
 * golden file, and a few hundred blueprints that fast-check fills with
 * hostile text. Only a browser render tells valid Mermaid from broken (see
 * test/support/browser.ts).
 *
 * FC_SEED fixes the generator (default in support/fast-check-seed.ts, so CI is reproducible);
 * FC_RUNS changes the number of generated blueprints.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import {
  COMPONENT_TYPES,
  type Blueprint,
  type DiagramType,
  type Direction
} from '../../src/engine/model.js'
import { MAX_LABEL_CHARS } from '../../src/engine/mermaid/escape.js'
import { dependencyKey } from '../../src/engine/mermaid/ids.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import type { ChangeKind, Highlight } from '../../src/engine/mermaid/shared.js'
import { launchMermaid, type MermaidBrowser, type RenderResult } from '../support/browser.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'mermaid')

const RUNS = fuzzRuns(300)

let browser: MermaidBrowser | undefined
let rendered = 0
const started = Date.now()

beforeAll(async () => {
  browser = await launchMermaid()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  console.log(
    `mermaid browser test: ${rendered} diagrams rendered in ${((Date.now() - started) / 1000).toFixed(1)} s (FC_SEED=${FUZZ_SEED}, FC_RUNS=${RUNS})`
  )
})

async function render(text: string): Promise<RenderResult> {
  if (browser === undefined) throw new Error('the browser did not start')
  const result = await browser.render(text)
  rendered += 1
  return result
}

describe('golden diagrams', () => {
  const files = readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.mmd'))
    .sort()

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(6)
  })

  it.each(files)('%s renders in the browser', async (file) => {
    const result = await render(readFileSync(join(GOLDEN_DIR, file), 'utf8'))
    if (!result.ok) throw new Error(`${file}: ${result.error}`)
  })
})

describe('the harness', () => {
  it('reports a parse error as text', async () => {
    const result = await render('flowchart TB\n  a["x" -->')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/Parse error/)
  })

  it('counts a text over maxTextSize as a failure', async () => {
    const result = await render(`flowchart TB\n  a["${'x'.repeat(50_001)}"]`)
    expect(result.ok).toBe(false)
  })
})

/** Text that has broken Mermaid (or its exporters) somewhere, glued together at random. */
const TOKENS = [
  '"',
  "'",
  '`',
  '``',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '{{',
  '}}',
  '((',
  '))',
  '[(',
  ')]',
  '([',
  '])',
  '>',
  '<',
  '|',
  '||',
  '#',
  '#35;',
  '#quot;',
  '#lt;',
  '&',
  '&amp;',
  '&lt;',
  '&#34;',
  '%',
  '%%',
  '%%{init: {"theme":"dark"}}%%',
  '%%{',
  '}%%',
  ';',
  ':',
  '::',
  ':::',
  '@',
  '@{',
  'end',
  'End',
  'graph',
  'style',
  'default',
  'subgraph',
  'click',
  'classDef',
  'class',
  'linkStyle',
  'flowchart',
  'direction',
  'call',
  'o',
  'x',
  'a_blank',
  '_self',
  '-->',
  '-.->',
  '---',
  '==>',
  '~~~',
  '--o',
  '<script>alert(1)</script>',
  '<b>',
  '</div>',
  '<br/>',
  '<br>',
  '<img src=x onerror=alert(1)>',
  '\\',
  '\\n',
  '\\N',
  '\\"',
  '$',
  '$$',
  '$$x^{$$',
  '$tags=',
  '$link="x"',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  '中文',
  '漢字テスト',
  'עברית',
  'مرحبا',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '  ',
  'style:x#35;y;',
  'classDef:#x;',
  '*',
  '_',
  '**b**',
  '1. ',
  '- ',
  '+',
  '~',
  '^',
  'javascript:alert(1)',
  'Rel(',
  'Person(',
  'UpdateElementStyle(',
  ',',
  '=',
  '...',
  '…',
  'x'.repeat(300)
] as const

const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 6 })
      .map((a) => a.join(''))
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 250, maxLength: 600 }) }
)
const changeKind = fc.option(fc.constantFrom<ChangeKind>('added', 'removed', 'changed'), {
  nil: undefined
})
const optionalText = fc.option(hostileText, { nil: undefined })
/** Text that may also be empty: a label with nothing in it must still render (`[""]` is a parse error). */
const maybeEmptyText = fc.option(
  fc.oneof({ weight: 5, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constant('') }),
  { nil: undefined }
)

interface Generated {
  readonly blueprint: Blueprint
  readonly highlight: Highlight | undefined
}

const generated: fc.Arbitrary<Generated> = fc
  .record({
    ids: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 9 }),
    groups: fc.array(hostileText, { maxLength: 3 }),
    type: fc.constantFrom<DiagramType>('flowchart', 'c4'),
    direction: fc.constantFrom<Direction>('TB', 'LR', 'BT', 'RL'),
    highlight: fc.boolean(),
    title: optionalText
  })
  .chain(({ ids, groups, type, direction, highlight, title }) =>
    fc
      .record({
        components: fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: maybeEmptyText,
              type: fc.constantFrom<string>(...COMPONENT_TYPES, 'mainframe', 'end', ''),
              technology: maybeEmptyText,
              description: optionalText,
              group:
                groups.length === 0
                  ? fc.constant(undefined)
                  : fc.option(fc.constantFrom(...groups), { nil: undefined }),
              change: changeKind
            })
          )
        ),
        dependencies: fc.array(
          fc.record({
            from: fc.constantFrom(...ids),
            to: fc.constantFrom(...ids),
            description: optionalText,
            technology: optionalText,
            async: fc.boolean(),
            change: changeKind
          }),
          { maxLength: 12 }
        )
      })
      .map(({ components, dependencies }): Generated => {
        const bp: Blueprint = {
          id: 'generated',
          project: 'fuzz',
          ...(title === undefined ? {} : { title }),
          diagram: { type, direction },
          components: components.map(({ change: _c, name, ...c }) => ({
            ...c,
            name: name ?? c.id
          })),
          dependencies: dependencies.map(({ change: _c, ...d }) => d),
          sections: {}
        }
        return {
          blueprint: bp,
          highlight: highlight
            ? {
                nodes: new Map(
                  components.flatMap((c) =>
                    c.change === undefined ? [] : [[c.id, c.change] as const]
                  )
                ),
                edges: new Map(
                  dependencies.flatMap((d) =>
                    d.change === undefined ? [] : [[dependencyKey(d.from, d.to), d.change] as const]
                  )
                )
              }
            : undefined
        }
      })
  )

/** What a reader should see of a text, give or take whitespace and invisible characters. */
function visible(text: string): string {
  const chars = Array.from(text)
  const clipped =
    chars.length <= MAX_LABEL_CHARS ? text : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`
  return comparable(clipped)
}
/** The kind a C4 label names before the technology. */
function c4Kind(type: string): string {
  return type === 'person' ? 'Person' : type === 'external' ? 'Software System' : 'Container'
}
function comparable(text: string): string {
  // Whitespace and line breaks are laid out, not kept; control and format characters are invisible anyway.
  return text.replace(/[\s\p{Cc}\p{Cf}\uFFFD]/gu, '')
}

describe('generated blueprints with hostile text', () => {
  it(`render in the browser (${RUNS} runs)`, async () => {
    const combos = new Set<string>()
    await fc.assert(
      fc.asyncProperty(generated, async ({ blueprint: bp, highlight }) => {
        const diagram = buildDiagram(bp, { highlight })
        const result = await render(diagram.text)
        const context = () =>
          `--- blueprint ---\n${JSON.stringify(bp, null, 2)}\n--- highlight ---\n${JSON.stringify(
            highlight && {
              nodes: [...(highlight.nodes ?? [])],
              edges: [...(highlight.edges ?? [])]
            }
          )}\n--- diagram ---\n${diagram.text}`
        if (!result.ok)
          throw new Error(`mermaid refused the diagram: ${result.error}\n${context()}`)
        combos.add(`${diagram.type}/${bp.diagram.direction}`)
        // The same blueprint as views: the overview and a group's view, with hostile group names and stubs.
        const asViews = buildDiagram(
          { ...bp, diagram: { ...bp.diagram, views: 'always' } },
          { highlight }
        )
        for (const text of [asViews.text, asViews.views?.[0]?.text ?? asViews.text]) {
          const drawn = await render(text)
          if (!drawn.ok)
            throw new Error(
              `mermaid refused a view: ${drawn.error}\n${context()}\n--- view ---\n${text}`
            )
        }

        if (diagram.note === undefined) {
          // Every component is one node (plus the legend's three): no id was read as a keyword or edge.
          const expected = bp.components.length + (highlight === undefined ? 0 : 3)
          if (result.nodes !== expected)
            throw new Error(`drew ${result.nodes} nodes, expected ${expected}\n${context()}`)
          // Every label reaches the reader with the author's characters: names, technologies,
          // descriptions (C4), dependency texts, group titles.
          const seen = comparable(result.texts.join(''))
          const shown = (what: string, text: string | undefined) => {
            if (text === undefined || text === '') return
            const want = visible(text)
            if (!seen.includes(want))
              throw new Error(
                `the ${what} ${JSON.stringify(text)} is not shown as ${JSON.stringify(want)}\n${context()}`
              )
          }
          const bracketed = (text: string | undefined, kind?: string) =>
            text === undefined || text === '' ? undefined : `[${kind ?? ''}${text}]`
          for (const c of bp.components) {
            shown('name', c.name)
            if (diagram.type === 'c4') {
              shown('technology', bracketed(c.technology, `${c4Kind(c.type)}: `))
              shown('description', c.description)
            } else shown('technology', bracketed(c.technology))
          }
          // A self-loop's label is placed by Mermaid's layout, not ours: only edges between two nodes are read.
          for (const d of bp.dependencies.filter((x) => x.from !== x.to)) {
            shown('dependency description', d.description)
            shown('dependency technology', bracketed(d.technology))
          }
          for (const g of new Set(bp.components.map((c) => c.group))) shown('group', g)
        }
      }),
      {
        seed: FUZZ_SEED,
        numRuns: RUNS,
        // Shrinking renders once per step; bound it so a failure reports within minutes.
        skipAllAfterTimeLimit: 240_000
      }
    )
    // A seed that happens to miss a type or direction should be noticed, not pass silently.
    expect([...combos].sort()).toEqual(
      ['c4', 'flowchart'].flatMap((t) => ['BT', 'LR', 'RL', 'TB'].map((d) => `${t}/${d}`)).sort()
    )
  }, 900_000)
})
