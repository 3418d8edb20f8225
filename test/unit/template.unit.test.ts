import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { cell, generatedMarker, markedSource, renderDocument } from '../../src/engine/document.js'
import { inlineCode as code } from '../../src/engine/markdown.js'
import type { Blueprint } from '../../src/engine/model.js'
import { SECTION_KEYS } from '../../src/engine/model.js'
import { STANDARD_FORMAT } from '../../src/engine/standard-format.js'
import { builtInTemplate, compileTemplate, SECTION_HEADINGS } from '../../src/engine/template.js'
import { fuzzRuns } from '../support/fast-check-seed.js'

const SEED = readFileSync(path.join('test', 'fixtures', 'standard-format.txt'), 'utf8')

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
  renderDocument({
    blueprint: bp,
    source: 'x.blueprint.yaml',
    generatedAt: '2026-01-02T03:04:05Z',
    template
  })

const headings = (text: string) => text.split('\n').filter((l) => /^#{1,6} /.test(l))

/** The format's lines with the placeholder lines removed: the fixed text a document must keep. */
const fixedLines = (text: string) => text.split('\n').filter((l) => !/\{[a-z_]+\}/.test(l))

describe('the built-in template', () => {
  it('is the standard format (test/fixtures/standard-format.txt, the shared seed verbatim) byte for byte', () => {
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
    expect(text).not.toMatch(
      /\{(project_id|generated_at|blueprint_id|architecture_overview|component_count|dependency_count|diagram_type|diagram_content|components_section|dependencies_section)\}/
    )
    expect(text).toContain('`/api/v1/resources/{id}`')
    expect(text).toContain(
      '**Project:** acme  \n**Generated:** 2026-01-02T03:04:05Z  \n**Blueprint ID:** shop  '
    )
    expect(text).toContain(
      '- **Components:** 2\n- **Dependencies:** 1\n- **Diagram Type:** flowchart'
    )
    expect(text).toContain('```mermaid\nflowchart TB\n')
  })

  it('gives the same bytes as the seed file used verbatim as a custom template', () => {
    const seed = compileTemplate('docs/template.md', SEED)
    if (!seed.ok) throw new Error(seed.problem.message)
    expect(seed.template.style).toBe('single-brace')
    expect(render(SHOP, seed.template).text).toBe(render(SHOP).text)
  })

  it.each(SECTION_KEYS.map((key) => [key]))(
    'replaces the body of %s and keeps its heading',
    (key) => {
      const bp = {
        ...SHOP,
        sections: { [key]: `Our own words for ${key}, with {project_id} and {id} kept as written.` }
      }
      const text = render(bp).text
      const heading = SECTION_HEADINGS[key]
      const after = text.slice(text.indexOf(heading) + heading.length)
      expect(
        after
          .trimStart()
          .startsWith(`Our own words for ${key}, with {project_id} and {id} kept as written.`)
      ).toBe(true)
      // Only the overridden section lost its standard text: every ## heading is still there.
      expect(headings(text).filter((h) => h.startsWith('## '))).toEqual(
        headings(SEED).filter((h) => h.startsWith('## '))
      )
    }
  )

  it('names the system in the first heading when the blueprint has a title, and changes nothing else', () => {
    const titled = render({ ...SHOP, title: 'Checkout platform' }).text
    const untitled = render(SHOP).text
    expect(titled.split('\n')[0]).toBe('# Checkout platform — System Architecture Documentation')
    expect(untitled.split('\n')[0]).toBe('# System Architecture Documentation')
    expect(titled.split('\n').slice(1)).toEqual(untitled.split('\n').slice(1))
  })

  it('keeps the standard first heading for a blank title, and braces in a title as written', () => {
    expect(render({ ...SHOP, title: ' \t ' }).text).toBe(render(SHOP).text)
    const braces = render({ ...SHOP, title: '{project_id} {blueprint_id}', sections: { api: 'x' } })
    expect(braces.text.split('\n')[0]).toBe(
      '# {project_id} {blueprint_id} — System Architecture Documentation'
    )
  })

  it('gives the same bytes as the seed file used as a custom template, with a title and overrides', () => {
    const seed = compileTemplate('docs/template.md', SEED)
    if (!seed.ok) throw new Error(seed.problem.message)
    const bp = { ...SHOP, title: 'Shop', sections: { security: 'Zero trust.' } }
    expect(render(bp, seed.template).text).toBe(render(bp).text)
  })

  it('leaves the other sections at the standard text when one is overridden', () => {
    const text = render({ ...SHOP, sections: { security: 'Zero trust.' } }).text
    expect(text).not.toContain('### Security Layers')
    expect(text).toContain(
      '### Data Storage Architecture\n- **Primary Database:** PostgreSQL for transactional data'
    )
    expect(text).toContain('## Security Architecture\n\nZero trust.\n\n---')
  })
})

describe('custom Handlebars templates', () => {
  it('see the placeholders and the parsed blueprint', () => {
    const t = compileTemplate(
      't.hbs',
      '# {{blueprint.id}} ({{component_count}})\n{{#each components}}- {{name}} <{{type}}>\n{{/each}}{{generated_at}}\n'
    )
    if (!t.ok) throw new Error(t.problem.message)
    const doc = render(SHOP, t.template)
    expect(
      doc.text.startsWith('# shop (2)\n- Web <frontend>\n- db <database>\n2026-01-02T03:04:05Z\n')
    ).toBe(true)
    expect(markedSource(doc.text)).toBe('x.blueprint.yaml')
  })

  it('names the template, line and column of a syntax error', () => {
    const t = compileTemplate(
      'docs/bad.hbs',
      '# Title\n\nline three {{#each components}}\nnever closed\n'
    )
    expect(t.ok).toBe(false)
    if (t.ok) return
    expect(t.problem.file).toBe('docs/bad.hbs')
    expect(t.problem.line).toBeGreaterThanOrEqual(3)
    expect(t.problem.message).toMatch(/not valid Handlebars/)
  })

  it('cannot reach prototypes through the blueprint', () => {
    const t = compileTemplate(
      't.hbs',
      '{{blueprint.constructor.name}}|{{blueprint.__proto__}}|{{lookup blueprint "constructor"}}'
    )
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
    const b = renderDocument({
      blueprint: SHOP,
      source: 'x.blueprint.yaml',
      generatedAt: '2030-12-31T23:59:59Z',
      template: builtInTemplate()
    })
    expect(a.text).not.toBe(b.text)
    expect(a.sameAs(b.text)).toBe(true)
    expect(a.sameAs(b.text.replace('Sells things.', 'Sells more things.'))).toBe(false)
    expect(a.sameAs(b.text.replace(/\n/g, '\r\n'))).toBe(true)
  })

  it('is the same bytes whatever order the components are written in', () => {
    const reordered = {
      ...SHOP,
      components: [...SHOP.components].reverse(),
      dependencies: [...SHOP.dependencies].reverse()
    }
    const diagram = (t: string) =>
      t.slice(t.indexOf('```mermaid'), t.indexOf('```', t.indexOf('```mermaid') + 3))
    expect(diagram(render(reordered).text)).toBe(diagram(render(SHOP).text))
  })

  it('keeps the components table intact when text holds pipes and newlines', () => {
    const text = render(SHOP).text
    const row = text.split('\n').find((l) => l.startsWith('| db |'))
    expect(row).toBe('| db | `db` | database | | has a &#124; pipe<br>and a newline |')
  })

  it('writes an empty cell as `| |`, the compact table style (markdownlint MD060)', () => {
    const lines = render(SHOP)
      .text.split('\n')
      .filter((l) => l.startsWith('|'))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).not.toContain('|  |')
    expect(lines).toContain('| Web | `web` | frontend | | |')
  })

  it('says "no components" and "no dependencies" in asterisks, the emphasis style of the standard format (markdownlint MD049)', () => {
    const text = render(blueprint('id: empty\nproject: acme\n')).text
    expect(text).toContain('### Core Components\n\n*This blueprint lists no components.*\n')
    expect(text).toContain('### Service Dependencies\n\n*This blueprint lists no dependencies.*\n')
    expect(text).not.toMatch(/(^|\s)_\S/m)
  })
})

// ---------------------------------------------------------------------------
// Plain text fields: text, not Markdown
// ---------------------------------------------------------------------------

/** The text a reader sees for an inline Markdown fragment (GFM), or a note of the markup it made instead. */
function shown(markdown: string): string {
  const html = (marked.parseInline(markdown, { gfm: true, async: false }) as string).trim()
  const tag = /<[a-z!/][^>]*>/i.exec(html)
  if (tag !== null) return `MARKUP ${tag[0]} IN ${html}`
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return named[name.toLowerCase()] ?? entity
  })
}

/** What a plain field should show: its text on one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

const HOSTILE_PLAIN: readonly [string, string][] = [
  ['raw HTML', '<img src=x onerror=alert(1)>'],
  ['underscores that would be bold', '__init__'],
  ['backticks that would make a code span', 'a `b` c'],
  ['an e-mail address that would autolink', 'a@b.c'],
  ['bare addresses that would autolink', 'see https://x.example/a and www.example.com'],
  ['generics that GitHub would drop as a tag', 'Map<String, Order>'],
  ['a newline and a heading', 'x\n# Heading'],
  ['an HTML comment that would hide the rest', 'acme\n\n<!--'],
  ['a link', '[x](javascript:alert(1))'],
  ['emphasis and strikethrough', '*a* _b_ ~~c~~'],
  ['a pipe', 'a | b'],
  ['entities', '&lt;b&gt; &amp; R&D'],
  ['a list marker', '- item'],
  ['a numbered list', '1. item'],
  ['a closing run of #', 'Checkout ##'],
  ['math', '$x$'],
  ['backslashes', 'C:\\dir\\'],
  ['leading spaces and a heading', '   # Heading']
]

type Where = (doc: string) => string | undefined

const tablesOf = (doc: string) =>
  marked.lexer(doc, { gfm: true }).filter((t): t is Tokens.Table => t.type === 'table')
const column = (table: Tokens.Table | undefined, name: string, row = 0) =>
  table?.rows[row]?.[table.header.findIndex((h) => h.text === name)]?.text
const lineAfter = (doc: string, prefix: string) =>
  doc
    .split('\n')
    .find((l) => l.startsWith(prefix))
    ?.slice(prefix.length)
    .replace(/ {2}$/, '')

/** Each plain field: how to put a text there, and where the document shows it. */
const PLAIN_FIELDS: readonly [string, (text: string) => Blueprint, Where][] = [
  ['project', (t) => ({ ...SHOP, project: t }), (doc) => lineAfter(doc, '**Project:** ')],
  [
    'title (in the first heading)',
    (t) => ({ ...SHOP, title: t }),
    (doc) =>
      doc
        .split('\n')[0]
        ?.replace(/^# /, '')
        .replace(/ — System Architecture Documentation$/, '')
  ],
  [
    'title (in the overview written when there is none)',
    (t) => ({ ...SHOP, title: t, overview: undefined }),
    (doc) =>
      doc
        .split('## Architecture Overview\n\n')[1]
        ?.split('\n')[0]
        ?.replace(/: no overview written yet\.$/, '')
  ],
  [
    'component name',
    (t) => withComponent({ name: t }),
    (doc) => column(tablesOf(doc)[0], 'Component', 2)
  ],
  [
    'component type',
    (t) => withComponent({ type: t }),
    (doc) => column(tablesOf(doc)[0], 'Type', 2)
  ],
  [
    'component technology',
    (t) => withComponent({ technology: t }),
    (doc) => column(tablesOf(doc)[0], 'Technology', 2)
  ],
  [
    'component group',
    (t) => withComponent({ group: t }),
    (doc) => column(tablesOf(doc)[0], 'Group', 2)
  ],
  [
    'dependency description',
    (t) => withDependency({ description: t }),
    (doc) => column(tablesOf(doc)[1], 'Description', 1)
  ],
  [
    'dependency technology',
    (t) => withDependency({ technology: t }),
    (doc) => column(tablesOf(doc)[1], 'Technology', 1)
  ],
  [
    'the From name',
    (t) => withComponent({ name: t }, true),
    (doc) => column(tablesOf(doc)[1], 'From', 1)
  ],
  [
    'the To name',
    (t) => withComponent({ name: t }, true, true),
    (doc) => column(tablesOf(doc)[1], 'To', 1)
  ]
]

function withComponent(
  more: Partial<Blueprint['components'][number]>,
  depends = false,
  reverse = false
): Blueprint {
  const components = [...SHOP.components, { id: 'extra', name: 'extra', type: 'service', ...more }]
  const dependency = reverse
    ? { from: 'web', to: 'extra', async: false }
    : { from: 'extra', to: 'db', async: false }
  return {
    ...SHOP,
    components,
    dependencies: depends ? [...SHOP.dependencies, dependency] : SHOP.dependencies
  }
}

function withDependency(more: Partial<Blueprint['dependencies'][number]>): Blueprint {
  return {
    ...SHOP,
    dependencies: [...SHOP.dependencies, { from: 'db', to: 'web', async: true, ...more }]
  }
}

describe('plain text fields in the document', () => {
  const cases = PLAIN_FIELDS.flatMap(([field, make, where]) =>
    HOSTILE_PLAIN.map(([what, text]) => [field, what, text, make, where] as const)
  )

  it.each(cases)('%s holding %s shows as that text', (_field, _what, text, make, where) => {
    const doc = render(make(text)).text
    expect(shown(where(doc) ?? 'NOT FOUND')).toBe(flat(text))
    // Nothing else moved: the same headings (the first names the title), both tables, the marker still last.
    expect(headings(doc).slice(1)).toEqual(headings(SEED).slice(1))
    expect(marked.lexer(doc, { gfm: true })[0]).toMatchObject({ type: 'heading', depth: 1 })
    expect(tablesOf(doc).length).toBe(2)
    expect(markedSource(doc)).toBe('x.blueprint.yaml')
  })

  it('an id that renders as emphasis (`0-_._`) shows as written', () => {
    const doc = render({ ...SHOP, id: '0-_._' }).text
    expect(shown(lineAfter(doc, '**Blueprint ID:** ') ?? '')).toBe('0-_._')
  })

  it('a component id with a pipe (no code span possible) is escaped text, not raw HTML', () => {
    const doc = render({
      ...SHOP,
      components: [
        ...SHOP.components,
        { id: '<img src=x onerror=alert(1)>|x', name: 'n', type: 'service' }
      ]
    }).text
    expect(shown(column(tablesOf(doc)[0], 'ID', 2) ?? '')).toBe('<img src=x onerror=alert(1)>|x')
  })

  it('a project of a newline and `<!--` hides nothing: every section still renders', () => {
    const html = marked.parse(render({ ...SHOP, project: 'acme\n\n<!--' }).text, {
      gfm: true,
      async: false
    }) as string
    expect(html.match(/<!--/g)?.length).toBe(1) // our marker only
    expect(html).toContain('<h2>Configuration Management</h2>')
  })

  it('custom templates get the same escaped placeholder values', () => {
    const t = compileTemplate(
      't.hbs',
      '# {{blueprint_id}} for {{project_id}}\n\n{{components_section}}\n'
    )
    if (!t.ok) throw new Error(t.problem.message)
    const doc = render({ ...SHOP, id: 'a_', project: '<b>Checkout</b> ##' }, t.template).text
    expect(doc.split('\n')[0]).toBe('# a\\_ for &lt;b&gt;Checkout&lt;/b&gt; \\##')
    const heading = marked.lexer(doc, { gfm: true })[0] as Tokens.Heading
    expect(shown(heading.text)).toBe('a_ for <b>Checkout</b> ##')
  })

  it('keeps the author Markdown of descriptions and the overview as written', () => {
    const doc = render({
      ...SHOP,
      overview: 'Uses **bold** and `code`.',
      components: [{ id: 'a', name: 'a', type: 'service', description: '*em* <br> text' }],
      dependencies: []
    }).text
    expect(doc).toContain('\nUses **bold** and `code`.\n')
    expect(doc).toContain('| *em* <br> text |')
  })
})

describe('table cells', () => {
  const columns = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/).length

  it('hold any text in one cell of one row (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        (a, b) => {
          const row = `| ${cell(a)} | ${code(b)} | x |`
          expect(row.includes('\n')).toBe(false)
          expect(columns(row)).toBe(3)
        }
      ),
      { numRuns: fuzzRuns(500) }
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
