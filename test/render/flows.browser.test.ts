/**
 * Flows and derived documents in the real mermaid bundle in headless
 * Chromium: a flow whose names and messages hold hostile text parses and
 * renders, and every participant's name shows as text in the SVG; every
 * Mermaid block of the documents drafted from real systems (the
 * architecture diagram, the flows, the Authentication Flow) renders.
 *
 * FC_SEED replays; FC_RUNS sets the number of generated flows.
 */
import fc from 'fast-check'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { renderDocument } from '../../src/engine/document.js'
import { MAX_LABEL_CHARS } from '../../src/engine/mermaid/escape.js'
import { sequenceDiagram } from '../../src/engine/mermaid/sequence.js'
import { formatProblem, type Blueprint, type Flow } from '../../src/engine/model.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { clip } from '../../src/engine/text.js'
import { launchMermaid, type MermaidBrowser, type RenderResult } from '../support/browser.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'
import { REAL_SYSTEMS, documentSystem, mermaidBlocks } from '../support/real-systems.js'
import { SEQUENCE_HOSTILE_PIECES } from '../support/sequence-pieces.js'

const RUNS = fuzzRuns(60)

let browser: MermaidBrowser | undefined
let rendered = 0

beforeAll(async () => {
  browser = await launchMermaid()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  console.log(
    `flows browser test: ${rendered} diagrams rendered (FC_SEED=${FUZZ_SEED}, FC_RUNS=${RUNS})`
  )
})

async function render(text: string): Promise<Extract<RenderResult, { ok: true }>> {
  if (browser === undefined) throw new Error('the browser did not start')
  const result = await browser.render(text)
  rendered += 1
  if (!result.ok) throw new Error(`${result.error}\n--- diagram:\n${text}`)
  return result
}

/** Text as the SVG shows it: on one line, clipped, white space collapsed, no zero-width space. */
const shown = (text: string): string =>
  clip(text.replace(/\s+/g, ' '), MAX_LABEL_CHARS)
    .trim()
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')

const hostile = fc.oneof(
  fc
    .array(fc.constantFrom(...SEQUENCE_HOSTILE_PIECES), { minLength: 1, maxLength: 10 })
    .map((t) => t.join('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
)

describe('flows in the browser', () => {
  it('render with hostile names and messages, every participant shown by name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(hostile, { minLength: 1, maxLength: 5, selector: (n) => shown(n) }),
        fc.array(
          fc.record({ from: fc.nat(), to: fc.nat(), message: hostile, async: fc.boolean() }),
          { minLength: 1, maxLength: 6 }
        ),
        async (names, steps) => {
          const bp: Blueprint = {
            id: 'b',
            project: 'p',
            diagram: { type: 'flowchart', direction: 'TB' },
            components: names.map((name, i) => ({ id: `c${i}`, name, type: 'service' })),
            dependencies: [],
            sections: {}
          }
          const flow: Flow = {
            name: 'f',
            steps: steps.map((s) => ({
              from: `c${s.from % names.length}`,
              to: `c${s.to % names.length}`,
              message: s.message,
              async: s.async
            }))
          }
          const result = await render(sequenceDiagram(bp, flow))
          const texts = result.texts.map((t) =>
            t
              .replace(/\u200b/g, '')
              .replace(/\s+/g, ' ')
              .trim()
          )
          const used = new Set(flow.steps.flatMap((s) => [s.from, s.to]))
          for (const c of bp.components)
            if (used.has(c.id) && shown(c.name) !== '') expect(texts).toContain(shown(c.name))
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('render in a generated document, each flow its own diagram', async () => {
    const yaml = [
      'id: shop',
      'project: acme',
      'derived_sections: true',
      'components:',
      '  - { id: shopper, name: Shopper, type: person }',
      '  - { id: web, name: "Web <storefront>; end", type: frontend }',
      '  - { id: orders, name: "Orders: #1 %% API" }',
      '  - { id: idp, name: Identity provider }',
      'dependencies:',
      '  - { from: shopper, to: web }',
      '  - { from: web, to: orders, technology: HTTPS }',
      '  - { from: web, to: idp }',
      'flows:',
      '  - name: Place an order',
      '    steps:',
      '      - { from: shopper, to: web, message: "submits the cart; pays" }',
      '      - { from: web, to: orders, message: "POST /orders #1" }',
      '      - { from: orders, to: web, message: "-201 created", async: true }',
      '  - name: Sign in',
      '    steps:',
      '      - { from: web, to: idp, message: "authorise: code + PKCE" }',
      ''
    ].join('\n')
    const parsed = parseBlueprint({ file: 'shop.blueprint.yaml', content: yaml })
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
    const doc = renderDocument({
      blueprint: parsed.blueprint,
      source: 'shop.blueprint.yaml',
      generatedAt: '2026-01-02T03:04:05Z',
      template: builtInTemplate()
    }).text
    const blocks = mermaidBlocks(doc)
    // The architecture diagram, two flows, and the sign-in flow again as the Authentication Flow.
    expect(blocks.filter((b) => b.startsWith('sequenceDiagram'))).toHaveLength(3)
    for (const block of blocks) {
      const result = await render(block)
      if (block.startsWith('sequenceDiagram'))
        expect(result.texts.some((t) => t.includes('Web <storefront>; end'))).toBe(true)
    }
  })
})

describe.each(REAL_SYSTEMS.map((s) => [`${s.folder} (${s.from.join(', ')})`, s] as const))(
  'the document of %s',
  (_name, system) => {
    it('has every Mermaid block render in the browser', async () => {
      const { document } = await documentSystem(system)
      const blocks = mermaidBlocks(document)
      // The architecture diagram may be views (several flowcharts); the only sequence diagram
      // is the request path as the Authentication Flow, when the draft found one to walk.
      const sequences = blocks.filter((b) => b.startsWith('sequenceDiagram'))
      expect(sequences.length).toBe(document.includes('is the request path from') ? 1 : 0)
      expect(blocks.length).toBeGreaterThan(sequences.length)
      for (const block of blocks) await render(block)
    })
  }
)
