/**
 * What a reader sees in a rendered diagram, read from the real Mermaid in
 * headless Chromium: the author's own characters in a C4 diagram, and the
 * change colours of the review's changes diagram winning over the look of a
 * component's type.
 */
import type { Blueprint, Component } from '../../src/engine/model.js'
import { changesDiagramInput } from '../../src/engine/review/changes-diagram.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import { nodeId } from '../../src/engine/mermaid/ids.js'
import { mermaidForTests } from '../support/browser.js'

const started = mermaidForTests()

const blueprint = (
  type: 'flowchart' | 'c4',
  components: Component[],
  dependencies: Blueprint['dependencies'] = []
): Blueprint => ({
  id: 'shop',
  project: 'acme',
  diagram: { type, direction: 'TB' },
  components,
  dependencies,
  sections: {}
})

/** Lines joined by one space, as a person reads a wrapped label. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('a C4 diagram shows the author’s characters', () => {
  // Each of these was changed before: `&` → `＆`, `"` → `'`, `<>` → `＜＞`, backticks shown as written.
  const components: Component[] = [
    { id: 'rd', name: 'R&D "core" API', type: 'service', technology: 'C# & `dotnet`' },
    { id: 'ui', name: '<Storefront> & co', type: 'person' },
    { id: 'db', name: 'Orders "main" DB', type: 'database', technology: 'Postgres <16>' },
    { id: 'ext', name: 'Pay & "Go"', type: 'external', description: 'Cards 100% & `SEPA`' },
    { id: 'q', name: 'Jobs #1 | `queue`', type: 'queue', group: 'R&D "ops"' }
  ]
  const dependencies = [
    {
      from: 'ui',
      to: 'rd',
      description: 'buys "now" & pays',
      technology: 'HTTPS <JSON>',
      async: false
    },
    { from: 'rd', to: 'db', description: 'reads `orders`', async: false }
  ]

  it('in every node, exactly as written', async () => {
    const diagram = buildDiagram(blueprint('c4', components, dependencies))
    expect(diagram.type).toBe('c4')
    const looks = await started().nodeLooks(diagram.text)
    const shown = looks.map((l) => oneLine(l.text))
    for (const c of components) {
      const node = shown.find((text) => text.startsWith(c.name))
      expect({ name: c.name, node }).toEqual({ name: c.name, node: expect.any(String) })
      if (c.technology !== undefined) expect(node).toContain(c.technology)
      if (c.description !== undefined) expect(node).toContain(c.description)
    }
  })

  it('in relationship labels and boundary titles', async () => {
    const diagram = buildDiagram(blueprint('c4', components, dependencies))
    const result = await started().render(diagram.text)
    if (!result.ok) throw new Error(result.error)
    // Wrapped lines lose the space between them in textContent: compare without whitespace.
    const seen = result.texts.join('').replace(/\s+/g, '')
    for (const text of ['buys "now" & pays', '[HTTPS <JSON>]', 'reads `orders`', 'R&D "ops"'])
      expect(seen).toContain(text.replace(/\s+/g, ''))
  })
})

describe('the changes diagram', () => {
  const stripe: Component = { id: 'stripe', name: 'Stripe', type: 'external' }
  const api: Component = { id: 'api', name: 'API', type: 'service' }
  const legacy: Component = { id: 'legacy', name: 'Legacy bank', type: 'external' }

  it.each(['flowchart', 'c4'] as const)(
    'draws an added external component (%s) with a solid border and a removed one dashed',
    async (type) => {
      const base = blueprint(type, [api, legacy])
      const head = blueprint(type, [api, stripe])
      const input = changesDiagramInput(base, head)
      const diagram = buildDiagram(input.blueprint, { highlight: input.highlight })
      const looks = await started().nodeLooks(diagram.text)
      const look = (id: string) => looks.find((l) => l.id.includes(`-${nodeId(id)}-`))
      expect(look('stripe')).toEqual(expect.objectContaining({ dasharray: 'none' }))
      // The removed component stays dashed: the look is read, not assumed.
      expect(look('legacy')?.dasharray).not.toBe('none')
    }
  )
})
