/**
 * What the author writes and what the document says: Markdown fields that
 * would swallow the rest of the document are refused at the line that opens
 * them; a blank name is refused; derived sections say only what the
 * blueprint holds.
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { renderDocument } from '../../src/engine/document.js'
import { formatProblem, type Blueprint } from '../../src/engine/model.js'
import { builtInTemplate, type Template } from '../../src/engine/template.js'

const FILE = 'docs/x.blueprint.yaml'

function problems(yaml: string, file = FILE): string[] {
  for (const fast of [true, false]) {
    const result = parseBlueprint({ file, content: yaml }, { fast })
    if (result.ok) return []
    if (fast) return result.problems.map(formatProblem)
  }
  return []
}

function load(yaml: string): Blueprint {
  const result = parseBlueprint({ file: FILE, content: yaml })
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
  return result.blueprint
}

const render = (bp: Blueprint, template: Template = builtInTemplate()) =>
  renderDocument({ blueprint: bp, source: FILE, generatedAt: '2026-01-02T03:04:05Z', template })
    .text

describe('Markdown fields that would swallow the document', () => {
  it.each<[string, string, string]>([
    [
      'an overview ending in an unclosed fence',
      'id: a\nproject: p\noverview: |\n  Build it:\n\n    ```sh\n  npm ci\n',
      'docs/x.blueprint.yaml:6:5: "overview" opens a code fence (```sh) that it never closes, so the rest of the document would show as code; add a line ``` where the code ends'
    ],
    [
      'an HTML comment that runs to the first Mermaid arrow',
      'id: a\nproject: p\noverview: |\n  Sells things.\n\n  <!-- TODO: write more\n',
      'docs/x.blueprint.yaml:6:3: "overview" opens an HTML comment (<!--) that it never closes, so the rest of the document would be hidden; add --> where it ends'
    ],
    [
      'a <details> left open in a section',
      'id: a\nproject: p\nsections:\n  api: |\n    <details>\n    <summary>Endpoints</summary>\n\n    GET /orders\n',
      'docs/x.blueprint.yaml:5:5: "sections.api" opens <details> and never closes it, so the rest of the document would end up inside it; add </details> where it ends'
    ],
    [
      'a <pre> block that runs to its end tag',
      'id: a\nproject: p\nsections:\n  security: "Keys:\\n\\n<pre>\\nkey"\n',
      'docs/x.blueprint.yaml:4:23: "sections.security" opens <pre> that it never closes, so the rest of the document would be read as raw HTML; add </pre> where it ends'
    ],
    [
      'a <b> left open in a component description',
      'id: a\nproject: p\ncomponents:\n  - id: web\n    description: Serves <b>pages\n',
      'docs/x.blueprint.yaml:5:25: component 1 ("web"): "description" opens <b> and never closes it, so the rest of the document would end up inside it; add </b> where it ends'
    ],
    [
      'a </table> in a component description',
      'id: a\nproject: p\ncomponents:\n  - id: web\n    description: "a </table> b"\n',
      'docs/x.blueprint.yaml:5:21: component 1 ("web"): "description" has </table> without its <table>, which would end the components table there; remove it'
    ],
    [
      'a comment opened in a JSON blueprint',
      '{\n  "id": "a",\n  "project": "p",\n  "overview": "Intro\\n\\n<!-- x"\n}\n',
      'docs/x.blueprint.json:4:25: "overview" opens an HTML comment (<!--) that it never closes, so the rest of the document would be hidden; add --> where it ends'
    ]
  ])('refuses %s, at the line and column that opens it', (_what, yaml, expected) => {
    const file = yaml.startsWith('{') ? FILE.replace(/yaml$/, 'json') : FILE
    expect(problems(yaml, file)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['a closed fence', '```sh\nnpm ci\n```'],
    ['a closed <details>', '<details>\n<summary>More</summary>\n\nText.\n\n</details>'],
    ['a closed comment', '<!-- note --> text'],
    ['an inline <!-- that GFM shows as text', 'see x <!-- y'],
    ['generics in prose', 'Returns List<T> and Map<K, V>.'],
    ['a fence inside a quote, closed by the quote', '> ```\n> code'],
    ['void elements', 'a<br>b<img src="x.png">'],
    ['SVG that closes its own elements', '<svg><path d="M0"/></svg>']
  ])('accepts %s', (_what, markdown) => {
    const yaml = `id: a\nproject: p\noverview: ${JSON.stringify(markdown)}\ncomponents:\n  - id: w\n    description: ${JSON.stringify(markdown.replace(/\n/g, ' '))}\n`
    expect(problems(yaml)).toEqual([])
  })

  it('accepts a fence in a description: a table cell holds no block, so it cannot open there', () => {
    expect(
      problems('id: a\nproject: p\ncomponents:\n  - id: w\n    description: "```sh"\n')
    ).toEqual([])
  })
})

describe('names and titles', () => {
  it('refuses a blank name at its value, saying how to show the id', () => {
    expect(
      problems(
        'id: a\nproject: p\ncomponents:\n  - id: web\n    name: ""\n  - id: db\n    name: "  "\n'
      )
    ).toEqual([
      'docs/x.blueprint.yaml:5:11: component 1 ("web"): "name" must not be blank; leave "name" out to show the id',
      'docs/x.blueprint.yaml:7:11: component 2 ("db"): "name" must not be blank; leave "name" out to show the id'
    ])
  })

  it('shows the id for a missing name, and for a name of invisible characters only', () => {
    const doc = render(
      load('id: a\nproject: p\ncomponents:\n  - id: web\n  - id: db\n    name: "\\u200E"\n')
    )
    expect(doc).toContain('| web | `web` | service | | |')
    expect(doc).toContain('| db | `db` | service | | |')
  })

  it('shows the title in the first heading, and nothing of it without one', () => {
    expect(render(load('id: a\nproject: p\ntitle: Checkout platform\n')).split('\n')[0]).toBe(
      '# Checkout platform — System Architecture Documentation'
    )
    expect(render(load('id: a\nproject: p\n')).split('\n')[0]).toBe(
      '# System Architecture Documentation'
    )
  })
})

const MONGO_GO = `id: orders
project: shop
components:
  - id: web
    name: Storefront
    type: frontend
    technology: Vue 3
  - id: api
    name: Orders API
    technology: Go 1.22
  - id: db
    name: Orders DB
    type: database
    technology: MongoDB 7
    description: Orders and carts.
  - id: sessions
    type: cache
    technology: Memcached
  - id: files
    name: Invoices
    type: storage
    technology: MinIO
dependencies:
  - from: web
    to: api
    description: places orders
    technology: HTTPS/JSON
  - from: api
    to: db
  - from: api
    to: sessions
    async: true
`

const section = (doc: string, heading: string) => {
  const start = doc.indexOf(`${heading}\n`)
  const level = heading.indexOf(' ')
  const rest = doc.slice(start + heading.length + 1)
  const end = rest.search(new RegExp(`^(#{1,${level}} |---$)`, 'm'))
  return rest.slice(0, end === -1 ? undefined : end).trim()
}

describe('derived sections', () => {
  const on = load(`${MONGO_GO}derived_sections: true\n`)
  const doc = render(on)

  it('write Data Storage from the components that hold data, with who uses them', () => {
    expect(section(doc, '### Data Storage Architecture')).toBe(
      [
        '- **Orders DB** (database, MongoDB 7): Orders and carts. (used by **Orders API**)',
        '- **sessions** (cache, Memcached): used by **Orders API**',
        '- **Invoices** (storage, MinIO)'
      ].join('\n')
    )
  })

  it('write Technology Stack from the technologies by component type', () => {
    expect(section(doc, '## Technology Stack')).toBe(
      [
        '### Frontend',
        '- **Storefront:** Vue 3',
        '',
        '### Service',
        '- **Orders API:** Go 1.22',
        '',
        '### Database',
        '- **Orders DB:** MongoDB 7',
        '',
        '### Cache',
        '- **sessions:** Memcached',
        '',
        '### Storage',
        '- **Invoices:** MinIO'
      ].join('\n')
    )
  })

  it('write Request Processing Flow from the entry points inward along the dependencies', () => {
    expect(section(doc, '### Request Processing Flow')).toBe(
      [
        'From **Storefront** inward, as the dependencies show:',
        '',
        '1. **Storefront** → **Orders API**: places orders (HTTPS/JSON)',
        '2. **Orders API** → **Orders DB**',
        '3. **Orders API** → **sessions** (async)',
        '',
        '*No named flows in `x.blueprint.yaml`: set `flows` to draw the important ones.*'
      ].join('\n')
    )
  })

  it('leave none of the standard text’s claims, in any section', () => {
    for (const claim of [
      'PostgreSQL',
      'Python',
      'FastAPI',
      'Redis',
      'RabbitMQ',
      'Elasticsearch',
      'Prometheus',
      'PagerDuty',
      'Istio',
      '99.9%',
      '4 hours',
      'participant Auth',
      'participant Gateway',
      '/api/v1'
    ])
      expect(doc).not.toContain(claim)
    expect(doc).toContain('### Authentication Flow')
  })

  it('give way to a sections: override', () => {
    const overridden = render({ ...on, sections: { data_storage: 'Our own words.' } })
    expect(section(overridden, '### Data Storage Architecture')).toBe('Our own words.')
    expect(section(overridden, '## Technology Stack')).toContain('- **Orders API:** Go 1.22')
  })

  it('are off by default and when set false: the standard format, byte for byte', () => {
    const standard = render(load(MONGO_GO))
    expect(render(load(`${MONGO_GO}derived_sections: false\n`))).toBe(standard)
    expect(standard).toContain('- **Primary Database:** PostgreSQL for transactional data')
    expect(standard).toContain('- **Runtime:** Python 3.11+ with FastAPI framework')
  })

  it('follow the repository default unless the blueprint says', () => {
    const byDefault = builtInTemplate({ derivedSections: true })
    expect(render(load(MONGO_GO), byDefault)).toBe(doc)
    expect(render(load(`${MONGO_GO}derived_sections: false\n`), byDefault)).toBe(
      render(load(MONGO_GO))
    )
  })

  it('say so, naming the key that fills it, when the blueprint lists nothing to derive from', () => {
    const empty = render(load('id: a\nproject: p\nderived_sections: true\n'))
    expect(section(empty, '### Data Storage Architecture')).toBe(
      '*Not described in `x.blueprint.yaml`: set `sections.data_storage`.*'
    )
    expect(section(empty, '## Technology Stack')).toBe(
      '*Not described in `x.blueprint.yaml`: set `components[].technology` or `sections.technology_stack`.*'
    )
    expect(section(empty, '### Request Processing Flow')).toBe(
      '*Not described in `x.blueprint.yaml`: set `flows` or `dependencies`.*'
    )
    expect(section(empty, '## Deployment Architecture')).toBe(
      '*Not described in `x.blueprint.yaml`: set `runtime` or `sections.deployment`.*'
    )
  })

  it('refuse a derived_sections that is not true or false', () => {
    expect(problems('id: a\nproject: p\nderived_sections: yes please\n')).toEqual([
      'docs/x.blueprint.yaml:3:19: "derived_sections" must be true or false, not "yes please"'
    ])
  })
})
