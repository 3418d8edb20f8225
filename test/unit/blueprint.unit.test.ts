import { parseBlueprint, type ParseResult } from '../../src/engine/blueprint/index.js'
import {
  COMPONENT_TYPES,
  LIMITS,
  SECTION_KEYS,
  formatProblem,
  type Blueprint
} from '../../src/engine/model.js'
import schema from '../../schema/blueprint.schema.json' with { type: 'json' }

const FILE = 'services/checkout.blueprint.yaml'

/** The problems of a blueprint as the user sees them, or [] when it parses. */
function problemsOf(content: string | Uint8Array, file = FILE): string[] {
  const result = parseBlueprint({ file, content })
  return result.ok ? [] : result.problems.map(formatProblem)
}

function blueprintOf(content: string | Uint8Array, file = FILE): Blueprint {
  const result: ParseResult = parseBlueprint({ file, content })
  if (!result.ok)
    throw new Error(`expected a blueprint, got:\n${result.problems.map(formatProblem).join('\n')}`)
  return result.blueprint
}

const HEAD = 'id: checkout\nproject: acme-shop\n'
const COMPONENTS = `${HEAD}components:
  - id: web
    type: frontend
  - id: orders-db
    type: database
`

const FULL = `# yaml-language-server: $schema=../schema/blueprint.schema.json
id: checkout
project: acme-shop
title: Checkout platform
overview: |
  Takes orders from the storefront and charges cards.
diagram:
  type: flowchart
  direction: LR
components:
  - id: web
    name: Web storefront
    type: frontend
    technology: React 18
    description: Browser UI.
    group: Edge
  - id: orders-db
    name: Orders DB
    type: database
dependencies:
  - from: web
    to: orders-db
    description: reads orders
    technology: HTTPS/JSON
    async: true
sections:
  data_storage: |
    - **Primary Database:** MySQL 8
`

const FULL_MODEL: Blueprint = {
  id: 'checkout',
  project: 'acme-shop',
  title: 'Checkout platform',
  overview: 'Takes orders from the storefront and charges cards.\n',
  diagram: { type: 'flowchart', direction: 'LR' },
  components: [
    {
      id: 'web',
      name: 'Web storefront',
      type: 'frontend',
      technology: 'React 18',
      description: 'Browser UI.',
      group: 'Edge'
    },
    { id: 'orders-db', name: 'Orders DB', type: 'database' }
  ],
  dependencies: [
    {
      from: 'web',
      to: 'orders-db',
      description: 'reads orders',
      technology: 'HTTPS/JSON',
      async: true
    }
  ],
  sections: { data_storage: '- **Primary Database:** MySQL 8\n' }
}

describe('parseBlueprint: valid blueprints', () => {
  it('reads every field of the documented example', () => {
    expect(blueprintOf(FULL)).toStrictEqual(FULL_MODEL)
  })

  it('reads the same blueprint written as JSON, with positions kept for its problems', () => {
    const json = JSON.stringify(
      { $schema: '../schema/blueprint.schema.json', ...FULL_MODEL },
      null,
      2
    )
    expect(blueprintOf(json, 'checkout.blueprint.json')).toStrictEqual(FULL_MODEL)
  })

  it('applies the defaults: name = id, type = service, async = false, a flowchart whose direction is chosen', () => {
    const yaml = `${HEAD}components:\n  - id: a\n  - id: b\ndependencies:\n  - from: a\n    to: b\n`
    expect(blueprintOf(yaml)).toStrictEqual({
      id: 'checkout',
      project: 'acme-shop',
      diagram: { type: 'flowchart', direction: 'TB', autoDirection: true },
      components: [
        { id: 'a', name: 'a', type: 'service' },
        { id: 'b', name: 'b', type: 'service' }
      ],
      dependencies: [{ from: 'a', to: 'b', async: false }],
      sections: {}
    })
  })

  it.each([
    ['diagram: c4', { type: 'c4', direction: 'TB', autoDirection: true }],
    ['diagram: flowchart', { type: 'flowchart', direction: 'TB', autoDirection: true }],
    ['diagram: {direction: RL}', { type: 'flowchart', direction: 'RL' }],
    ['diagram: {direction: TB}', { type: 'flowchart', direction: 'TB' }],
    ['diagram: {type: c4}', { type: 'c4', direction: 'TB', autoDirection: true }],
    ['diagram: {}', { type: 'flowchart', direction: 'TB', autoDirection: true }]
  ])('reads %s', (line, diagram) => {
    expect(blueprintOf(`${HEAD}${line}\n`).diagram).toStrictEqual(diagram)
  })

  it.each([
    ['an unknown component type', `${HEAD}components:\n  - id: x\n    type: mainframe\n`],
    ['a "$schema" key for editors', `$schema: ../schema/blueprint.schema.json\n${HEAD}`],
    ['a self-dependency', `${HEAD}components: [{id: a}]\ndependencies: [{from: a, to: a}]\n`],
    ['empty lists', `${HEAD}components: []\ndependencies: []\nsections: {}\n`],
    [
      'anchors and aliases',
      `${HEAD}components:\n  - id: a\n    technology: &t Go 1.23\n  - id: b\n    technology: *t\n`
    ],
    ['a leading document marker', `---\n${HEAD}`],
    [
      'every section key',
      `${HEAD}sections:\n${['data_flow', 'data_storage', 'security', 'scalability', 'deployment', 'monitoring', 'disaster_recovery', 'technology_stack', 'api', 'configuration'].map((k) => `  ${k}: x\n`).join('')}`
    ],
    [
      '2,000 components and 10,000 dependencies',
      `${HEAD}components:\n${'  - {id: a}\n'.repeat(1).concat(Array.from({ length: 1999 }, (_, i) => `  - {id: c${i}}\n`).join(''))}dependencies:\n${'  - {from: a, to: c1}\n'.repeat(10000)}`
    ]
  ])('accepts %s', (_name, yaml) => {
    expect(problemsOf(yaml)).toEqual([])
  })

  it('accepts a project with spaces around its text, and keeps them', () => {
    expect(blueprintOf('id: checkout\nproject: " acme "\n').project).toBe(' acme ')
  })

  it('keeps text as written: no trimming, quotes and Markdown intact', () => {
    const bp = blueprintOf(`${HEAD}title: "  spaced  "\noverview: "a | b <c> \\"d\\""\n`)
    expect(bp.title).toBe('  spaced  ')
    expect(bp.overview).toBe('a | b <c> "d"')
  })

  it('strips a UTF-8 byte order mark, from bytes and from text, keeping positions', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(HEAD)])
    expect(blueprintOf(bytes).id).toBe('checkout')
    expect(blueprintOf(`\uFEFF${HEAD}`).id).toBe('checkout')
    expect(problemsOf(`\uFEFFid: Checkout\nproject: p\n`)).toEqual([
      `${FILE}:1:5: "id" must match [a-z0-9][a-z0-9-_.]* (lower-case letters, digits, "-", "_", "."), got "Checkout"`
    ])
  })

  it('reads CRLF files and turns CRLF inside text into LF', () => {
    const crlf =
      `${HEAD}overview: |\n  line one\n  line two\ncomponents:\n  - id: a\n    description: "x\\r\\ny"\n`.replace(
        /\n/g,
        '\r\n'
      )
    const bp = blueprintOf(crlf)
    expect(bp.overview).toBe('line one\nline two\n')
    expect(bp.components[0]?.description).toBe('x\ny')
    expect(problemsOf(`${HEAD}tite: x\n`.replace(/\n/g, '\r\n'))).toEqual([
      `${FILE}:3:1: unknown key "tite" at the top level (did you mean "title"?)`
    ])
  })

  it('accepts the same text as bytes and as a string', () => {
    expect(blueprintOf(new TextEncoder().encode(FULL))).toStrictEqual(blueprintOf(FULL))
  })
})

const many = (n: number, line: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => line(i)).join('')

describe('parseBlueprint: problems', () => {
  it.each<[string, string | Uint8Array, string[], string?]>([
    // --- required and unknown keys
    ['missing project', 'id: checkout\n', ['1:1: missing required key "project"']],
    [
      'missing id and project',
      'title: x\n',
      ['1:1: missing required key "id"', '1:1: missing required key "project"']
    ],
    [
      'an unknown top-level key, with a suggestion',
      `${HEAD}compnents: []\n`,
      ['3:1: unknown key "compnents" at the top level (did you mean "components"?)']
    ],
    [
      'an unknown top-level key, without a suggestion',
      `${HEAD}owner: me\n`,
      [
        '3:1: unknown key "owner" at the top level (expected one of: id, project, title, overview, diagram, components, dependencies, flows, derived_sections, sections, runtime)'
      ]
    ],
    [
      'an unknown key of 80 characters, cut to 57 and an ellipsis',
      `${HEAD}${'k'.repeat(80)}: 1\n`,
      [
        `3:1: unknown key "${'k'.repeat(57)}…" at the top level (expected one of: id, project, title, overview, diagram, components, dependencies, flows, derived_sections, sections, runtime)`
      ]
    ],
    [
      'an unknown key of 58 characters, shown whole',
      `${HEAD}${'k'.repeat(58)}: 1\n`,
      [
        `3:1: unknown key "${'k'.repeat(58)}" at the top level (expected one of: id, project, title, overview, diagram, components, dependencies, flows, derived_sections, sections, runtime)`
      ]
    ],
    [
      'a long component id cut between characters, never inside one',
      `${HEAD}components:\n  - id: "${'😀'.repeat(70)}"\n    techology: Go\n`,
      [
        `5:5: unknown key "techology" in component 1 ("${'😀'.repeat(57)}…") (did you mean "technology"?)`
      ]
    ],
    [
      'an unknown component key',
      `${HEAD}components:\n  - id: web\n    techology: Go\n`,
      ['5:5: unknown key "techology" in component 1 ("web") (did you mean "technology"?)']
    ],
    [
      'an unknown dependency key',
      `${COMPONENTS}dependencies:\n  - from: web\n    to: orders-db\n    protocol: x\n`,
      [
        '11:5: unknown key "protocol" in dependency 1 ("web" → "orders-db") (expected one of: from, to, description, technology, async)'
      ]
    ],
    [
      'an unknown diagram key',
      `${HEAD}diagram:\n  typ: c4\n`,
      ['4:3: unknown key "typ" in "diagram" (did you mean "type"?)']
    ],
    [
      'an unknown section',
      `${HEAD}sections:\n  securty: x\n`,
      ['4:3: unknown key "securty" in "sections" (did you mean "security"?)']
    ],
    [
      'a "__proto__" key',
      `${HEAD}__proto__: x\n`,
      [
        '3:1: unknown key "__proto__" at the top level (expected one of: id, project, title, overview, diagram, components, dependencies, flows, derived_sections, sections, runtime)'
      ]
    ],
    [
      'a component without id',
      `${HEAD}components:\n  - name: Web\n`,
      ['4:5: component 1: missing required key "id"']
    ],
    [
      'a dependency without to',
      `${COMPONENTS}dependencies:\n  - from: web\n`,
      ['9:5: dependency 1: missing required key "to"']
    ],
    // --- values
    [
      'an id with capitals',
      'id: Checkout\nproject: p\n',
      [
        '1:5: "id" must match [a-z0-9][a-z0-9-_.]* (lower-case letters, digits, "-", "_", "."), got "Checkout"'
      ]
    ],
    [
      'a number where text belongs',
      'id: checkout\nproject: 42\n',
      ['2:10: "project" must be text, not 42 (put it in quotes: "42")']
    ],
    [
      'a version number that YAML would shorten',
      `${HEAD}components:\n  - id: a\n    technology: 1.10\n`,
      ['5:17: component 1 ("a"): "technology" must be text, not 1.1 (put it in quotes: "1.10")']
    ],
    [
      'an empty value',
      'id: checkout\nproject:\n',
      ['2:1: "project" must be text, not empty (give it a value or remove the key)']
    ],
    ['a blank project', 'id: checkout\nproject: "   "\n', ['2:10: "project" must not be blank']],
    ['an empty project', 'id: checkout\nproject: ""\n', ['2:10: "project" must not be blank']],
    [
      'a project of tabs and newlines',
      'id: checkout\nproject: "\\t\\n "\n',
      ['2:10: "project" must not be blank']
    ],
    ['a list where text belongs', `${HEAD}title: [a]\n`, ['3:8: "title" must be text, not a list']],
    [
      'a string for async',
      `${COMPONENTS}dependencies:\n  - from: web\n    to: orders-db\n    async: "yes"\n`,
      ['11:12: dependency 1 ("web" → "orders-db"): "async" must be true or false, not "yes"']
    ],
    [
      'YAML 1.1 yes for async (a string in YAML 1.2)',
      `${COMPONENTS}dependencies:\n  - {from: web, to: orders-db, async: yes}\n`,
      ['9:39: dependency 1 ("web" → "orders-db"): "async" must be true or false, not "yes"']
    ],
    [
      'components as a mapping',
      `${HEAD}components:\n  web: {}\n`,
      ['4:3: "components" must be a list, not a mapping']
    ],
    [
      'a component that is a string',
      `${HEAD}components:\n  - web\n`,
      ['4:5: component 1 must be a mapping, not "web"']
    ],
    [
      'an empty component id',
      `${HEAD}components:\n  - id: ""\n`,
      ['4:9: component 1: "id" must not be empty']
    ],
    [
      'a numeric component id',
      `${HEAD}components:\n  - id: 7\n`,
      ['4:9: component 1: "id" must be text, not 7 (put it in quotes: "7")']
    ],
    [
      'an unknown diagram shorthand',
      `${HEAD}diagram: sequence\n`,
      ['3:10: "diagram" must be "flowchart" or "c4", not "sequence"']
    ],
    [
      'a number as diagram',
      `${HEAD}diagram: 3\n`,
      ['3:10: "diagram" must be "flowchart", "c4" or a mapping, not 3']
    ],
    [
      'an empty diagram',
      `${HEAD}diagram:\n`,
      [
        '3:1: "diagram" must be "flowchart", "c4" or a mapping, not empty (give it a value or remove the key)'
      ]
    ],
    [
      'an unknown direction',
      `${HEAD}diagram:\n  direction: XY\n`,
      ['4:14: "diagram.direction" must be "TB", "LR", "BT" or "RL", not "XY"']
    ],
    [
      'a section that is not text',
      `${HEAD}sections:\n  api: [a]\n`,
      ['4:8: "sections.api" must be text, not a list']
    ],
    [
      'sections as a list',
      `${HEAD}sections: [a]\n`,
      ['3:11: "sections" must be a mapping, not a list']
    ],
    [
      'several problems, sorted by position',
      'project: 1\nid: X\nextra: 1\n',
      [
        '1:10: "project" must be text, not 1 (put it in quotes: "1")',
        '2:5: "id" must match [a-z0-9][a-z0-9-_.]* (lower-case letters, digits, "-", "_", "."), got "X"',
        '3:1: unknown key "extra" at the top level (expected one of: id, project, title, overview, diagram, components, dependencies, flows, derived_sections, sections, runtime)'
      ]
    ],
    // --- semantics
    [
      'a duplicate component id',
      `${COMPONENTS}  - id: web\n`,
      [
        '8:9: component 3: id "web" is already used by component 1 (line 4); component ids must be unique'
      ]
    ],
    [
      'a dangling dependency with a close id',
      `${COMPONENTS}dependencies:\n  - from: web\n    to: orders-dbb\n`,
      [
        '10:9: dependency 1: "to" is "orders-dbb", which is not a component id (did you mean "orders-db"?)'
      ]
    ],
    [
      'a dangling dependency, no close id',
      `${COMPONENTS}dependencies:\n  - from: payments\n    to: web\n`,
      ['9:11: dependency 1: "from" is "payments", which is not a component id']
    ],
    [
      'a dependency in a blueprint without components',
      `${HEAD}dependencies:\n  - {from: a, to: b}\n`,
      [
        '4:12: dependency 1: "from" is "a", but the blueprint has no components',
        '4:19: dependency 1: "to" is "b", but the blueprint has no components'
      ]
    ],
    [
      'schema and semantic problems together',
      `${COMPONENTS}  - id: web\n    size: 3\ndependencies:\n  - {from: web, to: nope}\n`,
      [
        '8:9: component 3: id "web" is already used by component 1 (line 4); component ids must be unique',
        '9:5: unknown key "size" in component 3 ("web") (expected one of: id, name, type, technology, description, group, runtime)',
        '11:21: dependency 1: "to" is "nope", which is not a component id'
      ]
    ],
    // --- limits
    [
      '2,001 components',
      `${HEAD}components:\n${many(2001, (i) => `  - {id: c${i}}\n`)}`,
      ['4:3: has 2,001 components; a blueprint may have at most 2,000']
    ],
    [
      '10,001 dependencies',
      `${HEAD}components: [{id: a}]\ndependencies:\n${many(10001, () => '  - {from: a, to: a}\n')}`,
      ['5:3: has 10,001 dependencies; a blueprint may have at most 10,000']
    ],
    [
      'a file of 1.4 MiB',
      `${HEAD}#${'x'.repeat(Math.round(1.4 * 1024 * 1024))}\n`,
      ['1:1: is 1.4 MiB; a blueprint may be at most 1 MiB']
    ],
    [
      'a file one byte over 1 MiB',
      `${HEAD}#${'x'.repeat(1024 * 1024 - HEAD.length - 1)}\n`,
      ['1:1: is 1,048,577 bytes; a blueprint may be at most 1 MiB']
    ],
    [
      'a file over 1 MiB counted in UTF-8 bytes, not characters',
      `${HEAD}#${'é'.repeat(600 * 1024)}\n`,
      ['1:1: is 1.1 MiB; a blueprint may be at most 1 MiB']
    ],
    // --- YAML and JSON syntax
    [
      'an unclosed flow sequence',
      `${HEAD}components: [a\ntitle: x\n`,
      [
        '3:13: this "[" opens a list that is never closed; add the "]" that ends it, or put text that starts with "[" in quotes'
      ]
    ],
    [
      'an unclosed quote',
      `${HEAD}title: "x\n`,
      [
        '3:8: this " opens a quoted text that is never closed; end it with " (write \\" for a " inside it)'
      ]
    ],
    [
      'a tab as indentation',
      `${HEAD}components:\n\t- id: a\n`,
      ['4:1: YAML does not allow tabs for indentation; indent with spaces']
    ],
    [
      'a duplicate key',
      'id: a\nproject: p\nid: b\n',
      ['3:1: key "id" appears twice in the same mapping (first on line 1)']
    ],
    [
      'a duplicate key inside a component',
      `${HEAD}components:\n  - id: a\n    name: x\n    name: y\n`,
      ['6:5: key "name" appears twice in the same mapping (first on line 5)']
    ],
    [
      'a custom tag',
      `${HEAD}title: !secret x\n`,
      [
        '3:8: unresolved tag: !secret; a blueprint holds plain text, lists and mappings only (remove the tag)'
      ]
    ],
    [
      'an alias without anchor',
      `${HEAD}title: *nope\n`,
      ['3:8: alias "*nope" refers to no anchor "&nope" above it']
    ],
    [
      'two YAML documents',
      `${HEAD}---\nid: other\n`,
      [
        '3:1: a second YAML document starts here; a blueprint file holds exactly one document (remove the "---" separator)'
      ]
    ],
    [
      'a list at the top',
      '- id: a\n- id: b\n',
      ['1:1: a blueprint must be a mapping with keys such as "id" and "project", not a list']
    ],
    [
      'a string at the top',
      'hello\n',
      ['1:1: a blueprint must be a mapping with keys such as "id" and "project", not "hello"']
    ],
    ['an empty file', '', ['1:1: is empty; a blueprint needs at least "id" and "project"']],
    [
      'a file of comments',
      '# nothing yet\n',
      ['1:1: is empty; a blueprint needs at least "id" and "project"']
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([...new TextEncoder().encode('id: x\nproject: caf'), 0xe9, 0x0a]),
      ['2:13: is not valid UTF-8 (byte 0xE9 at offset 18); save the file as UTF-8']
    ],
    [
      'an overlong UTF-8 sequence',
      new Uint8Array([...new TextEncoder().encode('id: é\n'), 0xc0, 0xaf]),
      ['2:1: is not valid UTF-8 (byte 0xC0 at offset 7); save the file as UTF-8']
    ],
    [
      'nesting deeper than 64 levels',
      `${HEAD}title: ${'['.repeat(65)}${']'.repeat(65)}\n`,
      ['3:72: is nested more than 64 levels deep; a blueprint needs 3']
    ],
    [
      'block nesting indented past column 256',
      `${HEAD}title:\n${' '.repeat(300)}- x\n`,
      [
        '4:301: is indented or nested too deeply (column 301); a blueprint may nest keys and list items only up to column 256'
      ]
    ],
    [
      'block nesting deeper than 64 levels',
      `${HEAD}title:\n${many(70, (i) => `${' '.repeat(i * 2)}- \n`).trimEnd()} x\n`,
      ['67:127: is nested more than 64 levels deep; a blueprint needs 3']
    ],
    [
      'an alias bomb',
      `${HEAD}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      ['4:8: expands YAML aliases (*name) more than 100 times; a blueprint may not']
    ],
    // --- JSON
    [
      'a JSON file with a wrong type',
      '{\n  "id": "checkout",\n  "project": 5\n}\n',
      ['3:14: "project" must be text, not 5 (put it in quotes: "5")'],
      'x.blueprint.json'
    ],
    [
      'a JSON file with an unquoted value',
      '{"id": checkout, "project": "p"}',
      ['1:8: "checkout" is not a JSON value; put text in double quotes'],
      'x.blueprint.json'
    ],
    [
      'a JSON file holding YAML',
      'id: checkout\nproject: p\n',
      ['1:1: is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml'],
      'x.blueprint.json'
    ],
    [
      'a JSON file with a missing comma',
      '{"id": "checkout"\n "project": "p"}',
      ['2:2: missing "," before this item'],
      'x.blueprint.json'
    ],
    [
      'a JSON file with a blank project',
      '{"id": "checkout", "project": " \\n "}',
      ['1:31: "project" must not be blank'],
      'x.blueprint.json'
    ],
    [
      'a JSON file with a duplicate key',
      '{"id": "a", "project": "p", "id": "b"}',
      ['1:29: key "id" appears twice in the same mapping (first on line 1)'],
      'x.blueprint.json'
    ]
  ])('reports %s', (_name, content, expected, file = FILE) => {
    expect(problemsOf(content, file)).toEqual(expected.map((e) => `${file}:${e}`))
  })

  it('shows at most 100 problems, the last one saying how many more there are', () => {
    const yaml = `${HEAD}${many(300, (i) => `k${i}: x\n`)}`
    const problems = problemsOf(yaml)
    expect(problems).toHaveLength(100)
    expect(problems[99]).toBe(`${FILE}:102:1: 201 more problems from here on are not shown`)
  })

  it('suggests for a broken reference shown first even when the file holds over 100 unknown keys', () => {
    const yaml = `${HEAD}dependencies:\n  - from: c1\n    to: ordres-db\ncomponents:\n  - id: orders-db\n${many(120, (i) => `  - id: c${i + 1}\n    nme: C${i + 1}\n`)}`
    const problems = problemsOf(yaml)
    expect(problems.slice(0, 2)).toEqual([
      `${FILE}:5:9: dependency 1: "to" is "ordres-db", which is not a component id (did you mean "orders-db"?)`,
      `${FILE}:9:5: unknown key "nme" in component 2 ("c1") (did you mean "name"?)`
    ])
  })
})

describe('blueprint.schema.json', () => {
  it('knows the section keys and component types of the model, and the limits', () => {
    expect(Object.keys(schema.properties.sections.properties)).toEqual([...SECTION_KEYS])
    expect(schema.properties.components.items.properties.type.examples).toEqual([
      ...COMPONENT_TYPES
    ])
    expect(schema.properties.components.maxItems).toBe(LIMITS.components)
    expect(schema.properties.dependencies.maxItems).toBe(LIMITS.dependencies)
  })

  it('tells editors that a project must not be blank', () => {
    const pattern = new RegExp(schema.properties.project.pattern, 'u')
    expect(['acme', ' acme '].map((p) => pattern.test(p))).toEqual([true, true])
    expect(['', '   ', '\t\n'].map((p) => pattern.test(p))).toEqual([false, false, false])
  })

  it('has a title and a description on every property, for editors', () => {
    const missing: string[] = []
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      const record = node as Record<string, unknown>
      if (
        path !== '' &&
        !path.endsWith('/oneOf') &&
        (typeof record.title !== 'string' || typeof record.description !== 'string')
      )
        missing.push(path)
      const properties = record.properties
      if (typeof properties === 'object' && properties !== null) {
        for (const [key, value] of Object.entries(properties)) visit(value, `${path}/${key}`)
      }
      if (record.items) visit(record.items, `${path}[]`)
      if (Array.isArray(record.oneOf))
        record.oneOf.forEach((branch, i) => visit(branch, `${path}/oneOf/${i}`))
    }
    visit(schema, '')
    expect(missing).toEqual([])
  })
})
