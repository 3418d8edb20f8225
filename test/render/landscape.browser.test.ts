/**
 * Diagrams that show other blueprints, rendered with the real mermaid bundle
 * in headless Chromium: a document's external nodes for references (flowchart
 * and C4), the review's changes diagram, and the landscape's diagram of
 * systems, with plain and with hostile names.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { changesDiagramInput } from '../../src/engine/review/changes-diagram.js'
import { renderDocument } from '../../src/engine/document.js'
import { renderLandscape } from '../../src/engine/landscape.js'
import type { Blueprint } from '../../src/engine/model.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import { indexSystems, showReferences, type Systems } from '../../src/engine/references.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { mermaidForTests, type RenderResult } from '../support/browser.js'
import { LANDSCAPE } from '../support/landscape.js'

const started = mermaidForTests()

async function render(text: string): Promise<Extract<RenderResult, { ok: true }>> {
  const result = await started().render(text)
  if (!result.ok) throw new Error(`${result.error}\n${text}`)
  return result
}

/** The text of the one Mermaid block of a Markdown document. */
function mermaidOf(markdown: string): string {
  const found = /```mermaid\n([^]*?)\n```/.exec(markdown)?.[1]
  if (found === undefined) throw new Error('no mermaid block')
  return found
}

function systemsOf(files: Record<string, string>): Systems {
  return indexSystems(
    Object.entries(files).map(([file, text]) => {
      const parsed = parseBlueprint({ file, content: text })
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'))
      return {
        file,
        document: file.replace(/\.blueprint\.ya?ml$/, '.md'),
        blueprint: parsed.blueprint
      }
    })
  )
}

/** What a reader sees, whatever the layout: white space and invisible characters left out. */
function comparable(text: string): string {
  return text.replace(/[\s\p{Cc}\p{Cf}\uFFFD]/gu, '')
}

const HOSTILE_TITLE = 'Pay "ments" | <b>end</b> #1 %% `x` a:b'
const HOSTILE = {
  ...LANDSCAPE,
  'payments/payments.blueprint.yaml': LANDSCAPE['payments/payments.blueprint.yaml']
    .replace('title: Payments platform', `title: '${HOSTILE_TITLE}'`)
    .replace('name: Payments API', 'name: "API (v2) [beta] & \\"more\\" end"')
}

describe.each([
  ['plain names', LANDSCAPE, 'Payments platform / Payments API'],
  ['hostile names', HOSTILE, `${HOSTILE_TITLE} / API (v2) [beta] & "more" end`]
])('with %s', (_, files, expected) => {
  const systems = systemsOf(files)
  const checkout = systems.byId.get('checkout')?.[0]
  if (checkout === undefined) throw new Error('no checkout')
  const references = showReferences(checkout.blueprint, systems, checkout.document)

  it.each(['flowchart', 'c4'] as const)(
    'draws the referenced component in a %s, named by system and component',
    async (type) => {
      const blueprint: Blueprint = { ...checkout.blueprint, diagram: { type, direction: 'LR' } }
      const document = renderDocument({
        blueprint,
        source: checkout.file,
        generatedAt: '2026-01-01T00:00:00Z',
        template: builtInTemplate(),
        references
      }).text
      const result = await render(mermaidOf(document))
      const seen = comparable(result.texts.join(''))
      // Both notations keep the author's characters.
      expect(seen).toContain(comparable(expected))
      expect(seen).toContain('Webstorefront')
      if (type === 'flowchart') expect(result.nodes).toBe(4)
    }
  )

  it('draws the review diagram of a blueprint whose reference was removed', async () => {
    const head: Blueprint = {
      ...checkout.blueprint,
      dependencies: checkout.blueprint.dependencies.slice(0, 1)
    }
    const input = changesDiagramInput(checkout.blueprint, head)
    const result = await render(
      buildDiagram(input.blueprint, { highlight: input.highlight, references }).text
    )
    expect(comparable(result.texts.join(''))).toContain(comparable(expected))
  })

  it('draws the landscape of the systems', async () => {
    const text = renderLandscape({ systems, path: 'docs/landscape.md', generatedAt: 'x' }).text
    const result = await render(mermaidOf(text))
    expect(result.nodes).toBe(3)
    const seen = result.texts.join('\n')
    expect(seen).toContain('Checkout platform')
    expect(seen).toContain('Shipping')
    expect(seen).toContain('2 dependencies')
  })
})

it('renders the landscape golden file', async () => {
  const golden = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    'golden',
    'landscape',
    'three-systems.md'
  )
  const result = await render(mermaidOf(readFileSync(golden, 'utf8')))
  expect(result.texts.join('\n')).toContain('Payments API')
})
