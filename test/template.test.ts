import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parseBlueprint } from '../src/engine/blueprint.js'
import { cell, code, generatedMarker, markedSource, renderDocument } from '../src/engine/document.js'
import type { Blueprint } from '../src/engine/model.js'
import { SECTION_KEYS } from '../src/engine/model.js'
import { STANDARD_FORMAT } from '../src/engine/standard-format.js'
import { builtInTemplate, compileTemplate, SECTION_HEADINGS } from '../src/engine/template.js'

const SEED = readFileSync(path.resolve('..', 'shared', 'seeds', '000_0a0d20f69fe749e5.txt'), 'utf8')

function blueprint(yaml: string): Blueprint {
  const result = parseBlueprint({ file: 'x.blueprint.yaml', content: yaml })
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'))
  return result.blueprint
}

const SHOP = blueprint(`
id: shop
project: acme
overview: Sells things.
components:
  - id: web
    name: Web
    type: frontend
  - id: db
    type: database
    description: "has a | pipe\\nand a newline"
dependencies:
  - from: web
    to: db
    description: reads
`)

const render = (bp: Blueprint, template = builtInTemplate()) =>
  renderDocument({ blueprint: bp, source: 'x.blueprint.yaml', generatedAt: '2026-01-02T03:04:05Z', template })

const headings = (text: string) => text.split('\n').filter((l) => /^#{1,6} /.test(l))

/** The format's lines with the placeholder lines removed: the fixed text a document must keep. */
const fixedLines = (text: string) => text.split('\n').filter((l) => !/\{[a-z_]+\}/.test(l))

describe('the built-in template', () => {
  it('is the shared standard format byte for byte', () => {
    expect(STANDARD_FORMAT).toBe(SEED)
  })

  it('keeps every heading of the standard format, in order', () => {
    expect(headings(render(SHOP).text)).toEqual(headings(SEED))
  })

  it('keeps all fixed text of the standard format when nothing is overridden', () => {
    const lines = render(SHOP).text.split('\n')
    let at = 0
    for (const fixed of fixedLines(SEED)) {
      const found = lines.indexOf(fixed, at)
      expect({ fixed, found: found >= 0 }).toEqual({ fixed, found: true })
      at = found + 1
    }
  })

  it('fills every placeholder and leaves other braces as written', () => {
    const text = render(SHOP).text
    expect(text).not.toMatch(/\{(project_id|generated_at|blueprint_id|architecture_overview|component_count|dependency_count|diagram_type|diagram_content|components_section|dependencies_section)\}/)
    expect(text).toContain('`/api/v1/resources/{id}`')
    expect(text).toContain('**Project:** acme  \n**Generated:** 2026-01-02T03:04:05Z  \n**Blueprint ID:** shop  ')
    expect(text).toContain('- **Components:** 2\n- **Dependencies:** 1\n- **Diagram Type:** flowchart')
    expect(text).toContain('```mermaid\nflowchart TB\n')
  })

  it('gives the same bytes as the seed file used verbatim as a custom template', () => {
    const seed = compileTemplate('docs/template.md', SEED)
    if (!seed.ok) throw new Error(seed.problem.message)
    expect(seed.template.style).toBe('single-brace')
    expect(render(SHOP, seed.template).text).toBe(render(SHOP).text)
  })

  it.each(SECTION_KEYS.map((key) => [key]))('replaces the body of %s and keeps its heading', (key) => {
    const bp = { ...SHOP, sections: { [key]: `Our own words for ${key}, with {project_id} and {id} kept as written.` } }
    const text = render(bp).text
    const heading = SECTION_HEADINGS[key]
    const after = text.slice(text.indexOf(heading) + heading.length)
    expect(after.trimStart().startsWith(`Our own words for ${key}, with {project_id} and {id} kept as written.`)).toBe(true)
    // Only the overridden section lost its standard text: every ## heading is still there.
    expect(headings(text).filter((h) => h.startsWith('## '))).toEqual(headings(SEED).filter((h) => h.startsWith('## ')))
  })

  it('leaves the other sections at the standard text when one is overridden', () => {
    const text = render({ ...SHOP, sections: { security: 'Zero trust.' } }).text
    expect(text).not.toContain('### Security Layers')
    expect(text).toContain('### Data Storage Architecture\n- **Primary Database:** PostgreSQL for transactional data')
    expect(text).toContain('## Security Architecture\n\nZero trust.\n\n---')
  })
})

describe('custom Handlebars templates', () => {
  it('see the placeholders and the parsed blueprint', () => {
    const t = compileTemplate('t.hbs', '# {{blueprint.id}} ({{component_count}})\n{{#each components}}- {{name}} <{{type}}>\n{{/each}}{{generated_at}}\n')
    if (!t.ok) throw new Error(t.problem.message)
    const doc = render(SHOP, t.template)
    expect(doc.text.startsWith('# shop (2)\n- Web <frontend>\n- db <database>\n2026-01-02T03:04:05Z\n')).toBe(true)
    expect(markedSource(doc.text)).toBe('x.blueprint.yaml')
  })

  it('names the template, line and column of a syntax error', () => {
    const t = compileTemplate('docs/bad.hbs', '# Title\n\nline three {{#each components}}\nnever closed\n')
    expect(t.ok).toBe(false)
    if (t.ok) return
    expect(t.problem.file).toBe('docs/bad.hbs')
    expect(t.problem.line).toBeGreaterThanOrEqual(3)
    expect(t.problem.message).toMatch(/not valid Handlebars/)
  })

  it('cannot reach prototypes through the blueprint', () => {
    const t = compileTemplate('t.hbs', '{{blueprint.constructor.name}}|{{blueprint.__proto__}}|{{lookup blueprint "constructor"}}')
    if (!t.ok) throw new Error(t.problem.message)
    expect(render(SHOP, t.template).text.split('\n')[0]).toBe('||')
  })
})

describe('the generated document', () => {
  it('ends with a marker naming its blueprint', () => {
    expect(render(SHOP).text.endsWith(`${generatedMarker('x.blueprint.yaml')}\n`)).toBe(true)
    expect(markedSource(render(SHOP).text)).toBe('x.blueprint.yaml')
  })

  it('marks paths that could close an HTML comment without closing it', () => {
    const marker = generatedMarker('a --> b/x.blueprint.yaml')
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(markedSource(marker)).toBe('a --> b/x.blueprint.yaml')
  })

  it('finds no marker in a hand-written file', () => {
    expect(markedSource('# Architecture\n\nWritten by hand.\n')).toBeUndefined()
  })

  it('is the same document whatever its generated_at', () => {
    const a = render(SHOP)
    const b = renderDocument({ blueprint: SHOP, source: 'x.blueprint.yaml', generatedAt: '2030-12-31T23:59:59Z', template: builtInTemplate() })
    expect(a.text).not.toBe(b.text)
    expect(a.sameAs(b.text)).toBe(true)
    expect(a.sameAs(b.text.replace('Sells things.', 'Sells more things.'))).toBe(false)
    expect(a.sameAs(b.text.replace(/\n/g, '\r\n'))).toBe(true)
  })

  it('is the same bytes whatever order the components are written in', () => {
    const reordered = { ...SHOP, components: [...SHOP.components].reverse(), dependencies: [...SHOP.dependencies].reverse() }
    const diagram = (t: string) => t.slice(t.indexOf('```mermaid'), t.indexOf('```', t.indexOf('```mermaid') + 3))
    expect(diagram(render(reordered).text)).toBe(diagram(render(SHOP).text))
  })

  it('keeps the components table intact when text holds pipes and newlines', () => {
    const text = render(SHOP).text
    const row = text.split('\n').find((l) => l.startsWith('| db |'))
    expect(row).toBe('| db | `db` | database |  | has a &#124; pipe<br>and a newline |')
  })
})

describe('table cells', () => {
  const columns = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/).length

  it('hold any text in one cell of one row (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), fc.string({ maxLength: 40 }), (a, b) => {
        const row = `| ${cell(a)} | ${code(b)} | x |`
        expect(row.includes('\n')).toBe(false)
        expect(columns(row)).toBe(3)
      }),
      { numRuns: 500 }
    )
  })

  it.each([
    ['plain', '`plain`'],
    ['has `tick`', '`` has `tick` ``'],
    ['a``b', '```a``b```'],
    ['a|b', 'a&#124;b']
  ])('code(%j) is %j', (input, expected) => {
    expect(code(input)).toBe(expected)
  })
})
