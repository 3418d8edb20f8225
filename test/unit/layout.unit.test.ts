/**
 * Layout decisions written into the diagram text: label wrapping, and the
 * direction of a blueprint whose author set none. How the result looks is
 * measured in the browser (test/render/readability.browser.test.ts).
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import { wrapWords } from '../../src/engine/mermaid/layout.js'

const HEAD = 'id: shop\nproject: acme\n'

function diagramOf(yaml: string): string {
  const parsed = parseBlueprint({ file: 'shop.blueprint.yaml', content: yaml })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return buildDiagram(parsed.blueprint).text
}

/** A blueprint of `n` components, each depending on the next. */
function chain(n: number, diagram = ''): string {
  const ids = Array.from({ length: n }, (_, i) => `step-${i}`)
  return `${HEAD}${diagram}components:\n${ids.map((id) => `  - id: ${id}\n`).join('')}dependencies:\n${ids
    .slice(1)
    .map((id, i) => `  - {from: ${ids[i]}, to: ${id}, description: hands over}\n`)
    .join('')}`
}

/** One component depending on `n` others. */
function fan(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `service-${i}`)
  return `${HEAD}components:\n  - id: gateway\n${ids.map((id) => `  - id: ${id}\n`).join('')}dependencies:\n${ids
    .map((id) => `  - {from: gateway, to: ${id}, description: routes}\n`)
    .join('')}`
}

const directionOf = (text: string): string | undefined => /^flowchart (\w+)$/m.exec(text)?.[1]

describe('wrapWords', () => {
  it.each([
    ['reads and writes orders', 14, 'reads and\nwrites orders'],
    ['authorises and captures payments', 12, 'authorises\nand captures\npayments'],
    ['short', 12, 'short'],
    ['a-very-long-word-alone here', 8, 'a-very-long-word-alone\nhere'],
    ['kept\nbreaks stay', 20, 'kept\nbreaks stay'],
    ['', 10, '']
  ])('wraps %j at %d characters', (text, width, expected) => {
    expect(wrapWords(text, width)).toBe(expected)
  })

  it('cuts at the label limit before wrapping, so the cut does not move', () => {
    const text = `${'word '.repeat(60)}`
    const wrapped = wrapWords(text, 10)
    expect(Array.from(wrapped.replace(/\n/g, ' '))).toHaveLength(200)
    expect(wrapped.endsWith('…')).toBe(true)
  })
})

describe('the direction of a blueprint that sets none', () => {
  it('is top to bottom when that fits a page', () => {
    expect(directionOf(diagramOf(chain(4)))).toBe('TB')
    expect(directionOf(diagramOf(fan(5)))).toBe('TB')
  })

  it('is left to right for a long chain, which top to bottom draws far taller than wide', () => {
    expect(directionOf(diagramOf(chain(14, 'diagram: {views: never}\n')))).toBe('LR')
  })

  it('is top to bottom for a wide fan-out, which left to right would draw taller than a page', () => {
    expect(directionOf(diagramOf(fan(14)))).toBe('TB')
  })

  it('applies to C4 diagrams too', () => {
    expect(directionOf(diagramOf(chain(14, 'diagram: {type: c4, views: never}\n')))).toBe('LR')
  })

  it.each(['TB', 'LR', 'BT', 'RL'])('is the author’s own when set (%s), however long', (d) => {
    expect(directionOf(diagramOf(chain(14, `diagram: {direction: ${d}}\n`)))).toBe(d)
  })
})
