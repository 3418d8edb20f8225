/**
 * The pull-request review: the architecture diff (src/engine/diff.ts) and
 * the sticky comment built from it (src/engine/comment.ts).
 *
 * Comments are pinned by golden files under test/golden/review/; run with
 * UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the
 * diff of the golden files like any other review.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import type { Blueprint, Component, Dependency } from '../../src/engine/model.js'
import { changesDiagramInput, diffBlueprints, isEmptyDiff } from '../../src/engine/diff.js'
import type { BlueprintReview, CommentInput } from '../../src/engine/comment.js'
import { buildComment, commentMarker } from '../../src/engine/comment.js'
import { fence, safeInline } from '../../src/engine/markdown.js'
import { dependencyKey } from '../../src/engine/mermaid.js'
import { fuzzRuns } from '../support/fast-check-seed.js'
import { expectGolden } from '../support/golden.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'review')

const expectReviewGolden = (name: string, actual: string): void =>
  expectGolden(join(GOLDEN_DIR, `${name}.md`), actual)

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

function component(id: string, more: Partial<Component> = {}): Component {
  return { id, name: id, type: 'service', ...more }
}

function dependency(from: string, to: string, more: Partial<Dependency> = {}): Dependency {
  return { from, to, async: false, ...more }
}

function blueprint(more: Partial<Blueprint> = {}): Blueprint {
  return {
    id: 'checkout',
    project: 'acme-shop',
    title: 'Checkout platform',
    overview: 'Takes orders from the storefront and charges cards.',
    diagram: { type: 'flowchart', direction: 'LR' },
    components: [
      component('web', {
        name: 'Web storefront',
        type: 'frontend',
        technology: 'React 18',
        group: 'Edge'
      }),
      component('api', {
        name: 'Checkout API',
        technology: 'Node 20',
        description: 'Takes orders.'
      }),
      component('orders-db', { name: 'Orders DB', type: 'database', technology: 'PostgreSQL 15' }),
      component('payments', { name: 'Payment provider', type: 'external' })
    ],
    dependencies: [
      dependency('web', 'api', { description: 'places orders', technology: 'HTTPS/JSON' }),
      dependency('api', 'orders-db', { description: 'reads and writes orders', technology: 'SQL' }),
      dependency('api', 'payments', { description: 'charges cards', technology: 'HTTPS' })
    ],
    sections: {},
    ...more
  }
}

/**
 * A stand-in for the generated document: enough lines that depend on the
 * blueprint to give a realistic unified diff, without tying these goldens to
 * the template (which has goldens of its own).
 */
function documentOf(bp: Blueprint): string {
  return [
    `# ${bp.title ?? bp.id}`,
    '',
    bp.overview ?? '',
    '',
    '## Components',
    '',
    ...bp.components.map(
      (c) => `- ${c.name} (${c.id}): ${c.type}${c.technology ? `, ${c.technology}` : ''}`
    ),
    '',
    '## Dependencies',
    '',
    ...bp.dependencies.map(
      (d) => `- ${d.from} -> ${d.to}${d.description ? `: ${d.description}` : ''}`
    ),
    '',
    '<!-- blueprint-docs: generated from docs/checkout.blueprint.yaml; edit the blueprint, not this file. -->',
    ''
  ].join('\n')
}

function review(
  base: Blueprint | undefined,
  head: Blueprint | undefined,
  more: Partial<BlueprintReview> = {}
): BlueprintReview {
  return {
    path: 'docs/checkout.blueprint.yaml',
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    document: {
      path: 'docs/checkout.md',
      ...(base ? { before: documentOf(base) } : {}),
      ...(head ? { after: documentOf(head) } : {})
    },
    ...more
  }
}

function input(
  reviews: readonly BlueprintReview[],
  more: Partial<CommentInput> = {}
): CommentInput {
  return {
    tag: 'blueprint-docs',
    reviews,
    stale: [],
    fixCommand: "npx --yes 'github:acme/blueprint-docs#v1' generate",
    summaryUrl: 'https://github.com/acme/shop/actions/runs/42',
    ...more
  }
}

// ---------------------------------------------------------------------------
// Structure checks used by the golden and the property tests
// ---------------------------------------------------------------------------

/** Removes inline code spans (CommonMark rules: a run of n backticks closes at the next run of exactly n). */
function withoutCodeSpans(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const ch = line[i] as string
    if (ch === '\\' && i + 1 < line.length && line[i + 1] !== '`') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (ch === '\\' && line[i + 1] === '`') {
      out += '\\`'
      i += 2
      continue
    }
    if (ch === '`') {
      let n = 0
      while (line[i + n] === '`') n++
      let j = i + n
      let close = -1
      while (j < line.length) {
        if (line[j] === '`') {
          let m = 0
          while (line[j + m] === '`') m++
          if (m === n) {
            close = j
            break
          }
          j += m
        } else j++
      }
      if (close >= 0) {
        out += ' '
        i = close + n
        continue
      }
      out += '`'.repeat(n)
      i += n
      continue
    }
    out += ch
    i++
  }
  return out
}

/**
 * Problems with the structure of comment Markdown: unbalanced fences or
 * `<details>`, raw HTML other than our own tags, live `@mentions`, a second
 * marker, table rows with the wrong number of cells.
 */
function structureProblems(markdown: string, marker?: string): string[] {
  const problems: string[] = []
  let fenceChar: string | undefined
  let fenceLength = 0
  let details = 0
  let tableCells: number | undefined
  const lines = markdown.split('\n')
  lines.forEach((line, n) => {
    if (fenceChar !== undefined) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(line)
      if (
        close &&
        (close[1] as string)[0] === fenceChar &&
        (close[1] as string).length >= fenceLength
      )
        fenceChar = undefined
      return
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (open && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
      fenceChar = (open[1] as string)[0]
      fenceLength = (open[1] as string).length
      tableCells = undefined
      return
    }
    const plain = withoutCodeSpans(line)
    if (n === 0 && marker !== undefined) {
      if (line !== marker) problems.push(`line 1 is not the marker: ${line}`)
      return
    }
    for (const tag of plain.match(/<[^>]*>?/g) ?? []) {
      if (tag === '<details>') details++
      else if (tag === '</details>') details--
      else if (!['<summary>', '</summary>'].includes(tag))
        problems.push(`line ${n + 1}: raw HTML ${tag}`)
      if (details < 0) problems.push(`line ${n + 1}: </details> without <details>`)
    }
    if (/@(?!&#8203;)/.test(plain)) problems.push(`line ${n + 1}: live @mention: ${line}`)
    if (line.includes('<!-- blueprint-docs:comment'))
      problems.push(`line ${n + 1}: a second marker`)
    if (line.startsWith('|')) {
      const cells = (plain.match(/\|/g) ?? []).length
      if (tableCells === undefined) tableCells = cells
      else if (cells !== tableCells)
        problems.push(`line ${n + 1}: ${cells - 1} cells, header has ${tableCells - 1}`)
    } else tableCells = undefined
  })
  if (fenceChar !== undefined) problems.push('a code fence is never closed')
  if (details !== 0) problems.push(`${details} <details> never closed`)
  return problems
}

// ---------------------------------------------------------------------------
// diffBlueprints
// ---------------------------------------------------------------------------

describe('diffBlueprints', () => {
  const base = blueprint()
  const withComponents = (f: (cs: Component[]) => Component[]): Blueprint =>
    blueprint({ components: f([...base.components]) })
  const withDependencies = (f: (ds: Dependency[]) => Dependency[]): Blueprint =>
    blueprint({ dependencies: f([...base.dependencies]) })

  it.each([
    ['name', { name: 'Storefront' }],
    ['type', { type: 'gateway' }],
    ['technology', { technology: 'React 19' }],
    ['group', { group: 'Public' }],
    ['description', { description: 'Browser UI.' }]
  ] as const)('reports a changed component %s field by field', (field, change) => {
    const head = withComponents((cs) => cs.map((c) => (c.id === 'web' ? { ...c, ...change } : c)))
    const d = diffBlueprints(base, head)
    expect(d.status).toBe('modified')
    expect(d.components.changed).toHaveLength(1)
    expect(d.components.changed[0]?.id).toBe('web')
    expect(d.components.changed[0]?.fields.map((f) => f.field)).toEqual([field])
    expect(d.components.added).toEqual([])
    expect(d.components.removed).toEqual([])
  })

  it.each([
    ['description', { description: 'submits orders' }, 'places orders', 'submits orders'],
    ['technology', { technology: 'gRPC' }, 'HTTPS/JSON', 'gRPC'],
    ['async', { async: true }, false, true]
  ] as const)('reports a changed dependency %s', (field, change, before, after) => {
    const head = withDependencies((ds) =>
      ds.map((d) => (d.from === 'web' ? { ...d, ...change } : d))
    )
    const d = diffBlueprints(base, head)
    expect(d.dependencies.changed).toEqual([
      expect.objectContaining({ from: 'web', to: 'api', fields: [{ field, before, after }] })
    ])
  })

  it.each([
    [
      'component added',
      withComponents((cs) => [...cs, component('cache', { type: 'cache' })]),
      'components',
      'added',
      'cache'
    ],
    [
      'component removed',
      withComponents((cs) => cs.filter((c) => c.id !== 'payments')),
      'components',
      'removed',
      'payments'
    ],
    [
      'dependency added',
      withDependencies((ds) => [...ds, dependency('web', 'payments')]),
      'dependencies',
      'added',
      'web→payments'
    ],
    [
      'dependency removed',
      withDependencies((ds) => ds.filter((d) => d.to !== 'payments')),
      'dependencies',
      'removed',
      'api→payments'
    ]
  ] as const)('finds a %s', (_name, head, kind, change, expected) => {
    const d = diffBlueprints(base, head)
    const list = d[kind][change] as readonly (Component | Dependency)[]
    expect(list.map((e) => ('id' in e ? e.id : `${e.from}→${e.to}`))).toEqual([expected])
  })

  it.each([
    ['title', { title: 'Checkout' }, 'title'],
    ['project', { project: 'acme' }, 'project'],
    ['id', { id: 'checkout-2' }, 'id'],
    ['diagram', { diagram: { type: 'c4', direction: 'LR' } }, 'diagram']
  ] as const)('reports a changed blueprint %s', (_name, change, key) => {
    const d = diffBlueprints(base, blueprint(change))
    expect(d[key]).toBeDefined()
    expect(d.status).toBe('modified')
  })

  it('reports overview and section changes, sections in document order', () => {
    const head = blueprint({
      overview: 'New words.',
      sections: { security: 'mTLS', data_flow: 'left to right' }
    })
    const d = diffBlueprints(blueprint({ sections: { api: 'REST' } }), head)
    expect(d.overviewChanged).toBe(true)
    expect(d.sectionsChanged).toEqual(['data_flow', 'security', 'api'])
  })

  it('counts components and dependencies before and after', () => {
    const head = withComponents((cs) => [...cs, component('cache'), component('queue')])
    expect(diffBlueprints(base, head).metrics).toEqual({ components: [4, 6], dependencies: [3, 3] })
  })

  it('does not depend on the order of components and dependencies in the files', () => {
    const shuffled = blueprint({
      components: [...base.components].reverse(),
      dependencies: [...base.dependencies].reverse()
    })
    expect(isEmptyDiff(diffBlueprints(base, shuffled))).toBe(true)
    const head = blueprint({
      components: [component('zeta'), ...base.components, component('alpha')],
      dependencies: [dependency('zeta', 'web'), ...base.dependencies, dependency('alpha', 'web')]
    })
    const headShuffled = blueprint({
      components: [...head.components].reverse(),
      dependencies: [...head.dependencies].reverse()
    })
    const d = diffBlueprints(shuffled, head)
    expect(d).toEqual(diffBlueprints(base, headShuffled))
    expect(d.components.added.map((c) => c.id)).toEqual(['alpha', 'zeta'])
    expect(d.dependencies.added.map((x) => x.from)).toEqual(['alpha', 'zeta'])
  })

  it('matches duplicate dependencies of one pair by content first, whatever their order', () => {
    const sync = dependency('api', 'orders-db', { description: 'writes' })
    const event = dependency('api', 'orders-db', { description: 'emits', async: true })
    const before = blueprint({ dependencies: [sync, event] })
    expect(isEmptyDiff(diffBlueprints(before, blueprint({ dependencies: [event, sync] })))).toBe(
      true
    )
    const d = diffBlueprints(
      before,
      blueprint({ dependencies: [{ ...event, technology: 'Kafka' }, sync] })
    )
    expect(d.dependencies.changed).toHaveLength(1)
    expect(d.dependencies.changed[0]?.fields).toEqual([
      { field: 'technology', before: undefined, after: 'Kafka' }
    ])
    const removedOne = diffBlueprints(before, blueprint({ dependencies: [sync] }))
    expect(removedOne.dependencies.removed).toEqual([event])
    expect(removedOne.dependencies.changed).toEqual([])
  })

  it.each([
    ['a new blueprint', undefined, base, 'added', { added: 4, removed: 0 }],
    ['a deleted blueprint', base, undefined, 'deleted', { added: 0, removed: 4 }],
    ['nothing on either side', undefined, undefined, 'unchanged', { added: 0, removed: 0 }]
  ] as const)('shows %s as such', (_name, before, after, status, counts) => {
    const d = diffBlueprints(before, after)
    expect(d.status).toBe(status)
    expect(d.components.added).toHaveLength(counts.added)
    expect(d.components.removed).toHaveLength(counts.removed)
    expect(isEmptyDiff(d)).toBe(status === 'unchanged')
  })

  it('never calls a new blueprint without components empty', () => {
    expect(
      isEmptyDiff(diffBlueprints(undefined, blueprint({ components: [], dependencies: [] })))
    ).toBe(false)
  })
})

// ---------------------------------------------------------------------------
// changesDiagramInput
// ---------------------------------------------------------------------------

describe('changesDiagramInput', () => {
  const base = blueprint()

  it('draws the head plus what was removed, each marked by kind', () => {
    const head = blueprint({
      components: [
        ...base.components.filter((c) => c.id !== 'payments'),
        component('cache', { type: 'cache' })
      ].map((c) => (c.id === 'api' ? { ...c, technology: 'Node 22' } : c)),
      dependencies: [
        ...base.dependencies
          .filter((d) => d.to !== 'payments')
          .map((d) => (d.from === 'web' ? { ...d, async: true } : d)),
        dependency('api', 'cache')
      ]
    })
    const { blueprint: drawn, highlight } = changesDiagramInput(base, head)
    expect(drawn.components.map((c) => c.id).sort()).toEqual([
      'api',
      'cache',
      'orders-db',
      'payments',
      'web'
    ])
    expect(drawn.dependencies).toHaveLength(4)
    expect(drawn.diagram.type).toBe('flowchart')
    expect([...(highlight.nodes ?? [])]).toEqual([
      ['cache', 'added'],
      ['payments', 'removed'],
      ['api', 'changed']
    ])
    expect(highlight.edges?.get(dependencyKey('api', 'cache'))).toBe('added')
    expect(highlight.edges?.get(dependencyKey('api', 'payments'))).toBe('removed')
    expect(highlight.edges?.get(dependencyKey('web', 'api'))).toBe('changed')
    expect(highlight.edges?.has(dependencyKey('api', 'orders-db'))).toBe(false)
  })

  it('marks a pair that lost one of two duplicates as changed and draws it once', () => {
    const twice = blueprint({
      dependencies: [...base.dependencies, dependency('web', 'api', { async: true })]
    })
    const { blueprint: drawn, highlight } = changesDiagramInput(twice, base)
    expect(highlight.edges?.get(dependencyKey('web', 'api'))).toBe('changed')
    expect(drawn.dependencies.filter((d) => d.from === 'web')).toHaveLength(1)
  })

  it('draws a deleted blueprint whole, all removed', () => {
    const { blueprint: drawn, highlight } = changesDiagramInput(base, undefined)
    expect(drawn.components).toHaveLength(4)
    expect(new Set(highlight.nodes?.values())).toEqual(new Set(['removed']))
  })

  it('keeps only the changed neighbourhood of an architecture too large for Mermaid', () => {
    const many = Array.from({ length: 800 }, (_, i) =>
      component(`svc-${String(i).padStart(3, '0')}`)
    )
    const chain = many.slice(1).map((c, i) => dependency((many[i] as Component).id, c.id))
    const big = blueprint({ components: many, dependencies: chain })
    const head = blueprint({
      components: [...many, component('new-one')],
      dependencies: [...chain, dependency('new-one', 'svc-400')]
    })
    const result = changesDiagramInput(big, head)
    expect(result.blueprint.components.map((c) => c.id).sort()).toEqual([
      'new-one',
      'svc-399',
      'svc-400',
      'svc-401'
    ])
    expect(result.note).toMatch(/changed components and their direct neighbours/)
  })
})

// ---------------------------------------------------------------------------
// Inline-safe text, fences, marker
// ---------------------------------------------------------------------------

describe('safeInline', () => {
  it.each([
    ['an @mention', 'ping @octocat', 'ping @&#8203;octocat'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a details tag', '</details>', '&lt;/details&gt;'],
    ['a table pipe and newlines', 'a | b\nc\r\nd', 'a &#124; b c d'],
    [
      'our marker',
      '<!-- blueprint-docs:comment tag=x -->',
      '&lt;!-- blueprint-docs:\u200Dcomment tag=x --&gt;'
    ],
    [
      'emphasis and backticks',
      '**bold** `code` [link](x) _em_',
      '\\*\\*bold\\*\\* \\`code\\` \\[link\\](x) \\_em\\_'
    ],
    ['an issue reference (left alone)', 'fixes #123', 'fixes #123'],
    ['intraword underscores (left alone)', 'orders_db', 'orders_db'],
    ['bidi overrides', 'a\u202Eb', 'ab'],
    ['a heading at line start', '# Title', '\\# Title'],
    ['a list at line start', '- item', '\\- item'],
    ['a numbered list at line start', '1. item', '1\\. item'],
    ['a heading behind leading spaces', '  # Heading', '\\# Heading'],
    ['a list behind a tab and a newline', '\t\n- item', '\\- item'],
    ['a closing run of # (a heading would drop it)', 'Checkout ##', 'Checkout \\##'],
    ['a # that closes nothing', 'C#', 'C#'],
    ['an entity (shown, not decoded)', '&lt; R&D', '&amp;lt; R&D'],
    ['white space only', ' \t\n ', '(blank)'],
    ['nothing', '', '(blank)']
  ])('defuses %s', (_name, input, expected) => {
    expect(safeInline(input)).toBe(expected)
  })

  it.each([
    ['plain', 'orders-db', '`orders-db`'],
    ['backticks inside', 'a``b', '```a``b```'],
    ['a backtick at the end', 'a`', '`` a` ``'],
    ['a pipe (falls back to text)', 'a|b', 'a&#124;b'],
    ['a mention (code is inert)', '@team', '`@team`'],
    ['white space only', '   ', '(blank)'],
    ['spaces around', '  orders-db ', '`orders-db`']
  ])('renders code style for %s', (_name, input, expected) => {
    expect(safeInline(input, { style: 'code' })).toBe(expected)
  })

  it('cuts a long path in the middle, so two paths that differ only at the end stay apart', () => {
    const dir = 'systems/'.repeat(40)
    const a = safeInline(`${dir}checkout.blueprint.yaml`, {
      style: 'code',
      max: 200,
      cut: 'middle'
    })
    const b = safeInline(`${dir}payments.blueprint.yaml`, {
      style: 'code',
      max: 200,
      cut: 'middle'
    })
    expect(a).not.toBe(b)
    expect(a).toMatch(/^`systems\/.*….*checkout\.blueprint\.yaml`$/)
  })

  it('cuts long text on a code point boundary', () => {
    expect(safeInline('😀'.repeat(10), { max: 4 })).toBe('😀😀😀…')
  })
})

describe('fence', () => {
  it.each([
    ['no backticks', 'a\nb', 3],
    ['a three-backtick fence inside', '```js\nx\n```', 4],
    ['a run of seven', 'x ``````` y', 8]
  ])('is longer than any backtick run inside (%s)', (_name, content, length) => {
    const f = fence(content, 'diff')
    expect(f.startsWith(`${'`'.repeat(length)}diff\n`)).toBe(true)
    expect(f.endsWith(`\n${'`'.repeat(length)}`)).toBe(true)
    expect(structureProblems(f)).toEqual([])
  })
})

describe('commentMarker', () => {
  it.each(['blueprint-docs', 'a-->b', 'x --!> y', '<!-- -->', 'docs\n-->', 'ü', '-', '--'])(
    'keeps the tag %j inside one HTML comment',
    (tag) => {
      const marker = commentMarker(tag)
      expect(marker.startsWith('<!-- blueprint-docs:comment tag=')).toBe(true)
      expect(marker.endsWith(' -->')).toBe(true)
      const encoded = marker.slice('<!-- blueprint-docs:comment tag='.length, -' -->'.length)
      expect(encoded).toMatch(/^[A-Za-z0-9_.%-]+$/)
      expect(encoded).not.toMatch(/--|-$/)
    }
  )

  it('tells tags apart', () => {
    const tags = ['a', 'A', 'a-b', 'a_b', 'a b', 'a%20b', 'a--b', 'a-%2Db']
    expect(new Set(tags.map(commentMarker)).size).toBe(tags.length)
  })
})

// ---------------------------------------------------------------------------
// Golden comments
// ---------------------------------------------------------------------------

const base = blueprint()

/** A head with every kind of component and dependency change. */
const changedHead = blueprint({
  title: 'Checkout platform v2',
  overview: 'Takes orders, charges cards and caches carts.',
  sections: { security: 'All traffic uses mTLS.' },
  components: [
    component('web', {
      name: 'Web storefront',
      type: 'frontend',
      technology: 'React 19',
      group: 'Edge'
    }),
    component('api', {
      name: 'Checkout API',
      technology: 'Node 22',
      description: 'Takes orders and carts.',
      group: 'Core'
    }),
    component('orders-db', { name: 'Orders DB', type: 'database', technology: 'PostgreSQL 15' }),
    component('cart-cache', { name: 'Cart cache', type: 'cache', technology: 'Redis 7' })
  ],
  dependencies: [
    dependency('web', 'api', {
      description: 'places orders',
      technology: 'HTTPS/JSON',
      async: false
    }),
    dependency('api', 'orders-db', {
      description: 'reads and writes orders',
      technology: 'SQL (pooled)'
    }),
    dependency('api', 'cart-cache', { description: 'caches carts', technology: 'RESP' })
  ]
})

/** Every kind of hostile text in every field that reaches the comment. */
const hostile =
  'x ``` </details> <details><summary>pwn</summary> <script>alert(1)</script> @octocat @acme/admins | a\nb ~~~ <!-- blueprint-docs:comment tag=blueprint-docs --> #123 **b** [l](javascript:alert(1)) $x$'
const hostileHead = blueprint({
  title: `Title ${hostile}`,
  components: [
    ...base.components,
    component(`evil|${hostile}`, {
      name: hostile,
      type: hostile,
      technology: hostile,
      description: hostile,
      group: hostile
    }),
    component('``` end', { name: '@octocat' })
  ],
  dependencies: [
    ...base.dependencies,
    dependency(`evil|${hostile}`, 'web', { description: hostile, technology: hostile, async: true })
  ]
})

describe('buildComment goldens', () => {
  const cases: [string, CommentInput][] = [
    ['added', input([review(undefined, base)])],
    ['deleted', input([review(base, undefined)])],
    [
      'renamed',
      input([
        review(
          base,
          blueprint({
            components: [...base.components, component('audit-log', { type: 'storage' })]
          }),
          {
            previousPath: 'checkout.blueprint.yaml'
          }
        )
      ])
    ],
    [
      'renamed-only',
      input([{ ...review(base, base), previousPath: 'old/checkout.blueprint.yaml' }])
    ],
    ['changes', input([review(base, changedHead)])],
    [
      'overview-and-sections',
      input([
        review(
          base,
          blueprint({
            overview: 'Takes orders and refunds them.',
            sections: { security: 'All traffic uses mTLS.' }
          })
        )
      ])
    ],
    [
      'hostile',
      input([review(base, hostileHead, { path: `docs/@octocat ${'`'}x${'`'}.blueprint.yaml` })], {
        tag: 'prod --> <b>',
        stale: [{ document: 'docs/<b>@x</b>.md', blueprint: 'docs/|.blueprint.yaml' }]
      })
    ],
    ['no-changes', input([review(base, base)])],
    [
      'stale-only',
      input([review(base, base)], {
        stale: [{ document: 'docs/checkout.md', blueprint: 'docs/checkout.blueprint.yaml' }]
      })
    ],
    [
      'invalid-head',
      input([
        {
          path: 'docs/checkout.blueprint.yaml',
          base,
          problems: [
            {
              file: 'docs/checkout.blueprint.yaml',
              line: 12,
              col: 5,
              message: 'dependency "to" is not a component id: <cache> @ops'
            }
          ],
          document: { path: 'docs/checkout.md', before: documentOf(base), after: documentOf(base) }
        }
      ])
    ],
    (() => {
      // Over Mermaid's limits: the diagram keeps the changed neighbourhood only.
      const many = Array.from({ length: 700 }, (_, i) =>
        component(`svc-${String(i).padStart(3, '0')}`)
      )
      const chain = many.slice(1).map((c, i) => dependency((many[i] as Component).id, c.id))
      const big = blueprint({ components: many, dependencies: chain })
      const head = blueprint({
        components: [...many, component('new-one')],
        dependencies: [...chain, dependency('new-one', 'svc-400')]
      })
      return ['large-architecture', input([review(big, head)])] as [string, CommentInput]
    })(),
    [
      'two-blueprints',
      input([
        review(base, changedHead),
        review(undefined, blueprint({ id: 'billing', title: 'Billing' }), {
          path: 'billing/billing.blueprint.yaml',
          document: { path: 'billing/billing.md', after: documentOf(blueprint({ id: 'billing' })) }
        })
      ])
    ]
  ]

  it.each(cases)('renders the %s comment', (name, comment) => {
    const built = buildComment(comment)
    expect(built.tier).toBe('full')
    expect(built.body.startsWith(`${commentMarker(comment.tag)}\n`)).toBe(true)
    expect(built.body).toBe(`${commentMarker(comment.tag)}\n${built.full}`)
    expect(structureProblems(built.body, commentMarker(comment.tag))).toEqual([])
    expectReviewGolden(name, built.body)
  })

  it('names the added and removed components and dependencies', () => {
    const { body } = buildComment(input([review(base, changedHead)]))
    for (const name of ['cart-cache', 'payments', '`api` → `cart-cache`', '`api` → `payments`'])
      expect(body).toContain(name)
    expect(body).toContain('components +1 −1 ~2 · dependencies +1 −1 ~1')
  })

  it('says so when nothing differs any more', () => {
    const { body, tier } = buildComment(input([review(base, base)]))
    expect(tier).toBe('full')
    expect(body).toContain('No architecture or document changes any more.')
  })

  it('writes the empty header cell of its tables as `| |`, the compact table style (markdownlint MD060)', () => {
    const { body } = buildComment(input([review(base, changedHead)]))
    expect(body).toContain('\n| | Component | Details |\n')
    expect(body).toContain('\n| | Dependency | Details |\n')
    expect(body).not.toContain('|  |')
  })

  it('keeps a closing run of # at the end of a heading', () => {
    const { body } = buildComment(input([review(base, changedHead, { path: 'docs/a|b ##' })]))
    const html = marked.parse(body, { gfm: true, async: false }) as string
    expect(html).toContain(' · docs/a&#124;b ##</h3>')
  })

  it('starts no heading or list inside a list of problems, leading spaces included', () => {
    const { full } = buildComment(
      input([
        {
          path: 'docs/checkout.blueprint.yaml',
          base,
          problems: [
            { file: ' # Heading', line: 1, col: 1, message: 'x' },
            { file: '\t- item', line: 2, col: 1, message: 'y' }
          ],
          document: { path: 'docs/checkout.md' }
        }
      ])
    )
    const list = marked.lexer(full, { gfm: true }).find((t): t is Tokens.List => t.type === 'list')
    expect(list?.items.length).toBe(2)
    for (const item of list?.items ?? []) expect(item.tokens.map((t) => t.type)).toEqual(['text'])
    expect(list?.items.map((i) => i.text)).toEqual(['\\# Heading:1:1: x', '\\- item:2:1: y'])
  })

  it('shows the hostile text defused, not dropped', () => {
    const { body } = buildComment(input([review(base, hostileHead)]))
    expect(body).toContain('@&#8203;octocat')
    expect(body).toContain('&lt;script&gt;')
    expect(body).toContain('#123')
  })
})

describe('buildComment tiers', () => {
  /** A change too large for small limits: many blueprints, each with a document diff. */
  const large = input(
    Array.from({ length: 6 }, (_, i) =>
      review(i % 2 === 0 ? base : undefined, changedHead, {
        path: `team-${i}/checkout.blueprint.yaml`,
        ...(i === 4 ? { previousPath: 'old/checkout.blueprint.yaml' } : {})
      })
    ),
    { stale: [{ document: 'team-0/checkout.md', blueprint: 'team-0/checkout.blueprint.yaml' }] }
  )
  const full = buildComment(large)
  const withoutDocs = buildComment({ ...large, limit: full.body.length - 1 })
  const summary = buildComment({ ...large, limit: withoutDocs.body.length - 1 })

  it.each([
    ['full', full],
    ['no-document-diffs', withoutDocs],
    ['summary', summary]
  ] as const)('degrades to the %s tier and says what it left out', (tier, built) => {
    expect(built.tier).toBe(tier)
    expect(built.full).toBe(full.full)
    expect(structureProblems(built.body, commentMarker(large.tag))).toEqual([])
    if (tier !== 'full') {
      expect(built.body).toMatch(/left out/)
      expect(built.body).toContain('[job summary](https://github.com/acme/shop/actions/runs/42)')
    }
    expectReviewGolden(`tier-${tier}`, built.body)
  })

  it('keeps summary lines while they fit, and says how many it dropped', () => {
    const tight = buildComment({ ...large, limit: summary.body.length - 60 })
    expect(tight.tier).toBe('summary')
    expect(tight.body.length).toBeLessThanOrEqual(summary.body.length - 60)
    expect(tight.body).toMatch(/… and \d+ more blueprints?/)
  })

  it('caps the full text for the job summary with a note', () => {
    const capped = buildComment({ ...large, fullLimitBytes: 8000 })
    expect(new TextEncoder().encode(capped.full).length).toBeLessThanOrEqual(8000)
    expect(capped.full).toMatch(/Truncated/)
    expect(structureProblems(capped.full)).toEqual([])
  })
})

// ---------------------------------------------------------------------------
// Size cap: a property over any input
// ---------------------------------------------------------------------------

describe('buildComment size cap', () => {
  const nasty = fc.constantFrom(
    '```',
    '~~~',
    '````',
    '<details>',
    '</details>',
    '@octocat',
    '|',
    '\n',
    '\r\n',
    '`',
    '<!-- blueprint-docs:comment tag=blueprint-docs -->',
    '-->',
    '<b>',
    '&amp;',
    '\\',
    '#1',
    'end',
    '😀'
  )
  const textArb = fc
    .array(
      fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
      { maxLength: 6 }
    )
    .map((xs) => xs.join(''))
  const componentArb = fc
    .record({
      id: textArb.filter((s) => s !== ''),
      name: textArb,
      type: fc.oneof(fc.constantFrom('service', 'database', 'queue', 'external'), textArb),
      technology: fc.option(textArb, { nil: undefined }),
      description: fc.option(textArb, { nil: undefined }),
      group: fc.option(fc.constantFrom('Edge', 'Core', '<g>'), { nil: undefined })
    })
    .map(
      (c): Component =>
        Object.fromEntries(
          Object.entries(c).filter(([, v]) => v !== undefined)
        ) as unknown as Component
    )
  const blueprintArb = fc
    .tuple(
      fc.uniqueArray(componentArb, { selector: (c) => c.id, maxLength: 8 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(textArb, { nil: undefined }), fc.boolean()), {
        maxLength: 10
      }),
      textArb
    )
    .map(([components, deps, title]): Blueprint => ({
      ...blueprint({ title, components }),
      dependencies:
        components.length === 0
          ? []
          : deps.map(([a, b, description, async]) => ({
              from: (components[a % components.length] as Component).id,
              to: (components[b % components.length] as Component).id,
              async,
              ...(description !== undefined ? { description } : {})
            }))
    }))
  const reviewArb = fc
    .record({
      path: textArb,
      previousPath: fc.option(textArb, { nil: undefined }),
      base: fc.option(blueprintArb, { nil: undefined }),
      head: fc.option(blueprintArb, { nil: undefined }),
      before: fc.option(textArb, { nil: undefined }),
      after: fc.option(
        fc.array(textArb, { maxLength: 20 }).map((xs) => xs.join('\n')),
        { nil: undefined }
      )
    })
    .map((r): BlueprintReview => ({
      path: r.path,
      ...(r.previousPath !== undefined ? { previousPath: r.previousPath } : {}),
      ...(r.base ? { base: r.base } : {}),
      ...(r.head ? { head: r.head } : {}),
      document: {
        path: r.path,
        ...(r.before !== undefined ? { before: r.before } : {}),
        ...(r.after !== undefined ? { after: r.after } : {})
      }
    }))
  const inputArb = fc.record({
    tag: textArb,
    reviews: fc.array(reviewArb, { maxLength: 4 }),
    stale: fc.array(fc.record({ document: textArb, blueprint: textArb }), { maxLength: 3 }),
    fixCommand: textArb,
    summaryUrl: fc.option(textArb, { nil: undefined }),
    limit: fc.integer({ min: 400, max: 20000 }),
    fullLimitBytes: fc.integer({ min: 2000, max: 60000 })
  })

  it('fits any input under the limit, marker first, fences and <details> balanced', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const comment: CommentInput = {
          ...raw,
          ...(raw.summaryUrl === undefined ? {} : { summaryUrl: raw.summaryUrl })
        }
        const marker = commentMarker(comment.tag)
        fc.pre(marker.length + 40 < raw.limit)
        const built = buildComment(comment)
        expect(built.body.length).toBeLessThanOrEqual(raw.limit)
        expect(built.body.startsWith(marker)).toBe(true)
        expect(structureProblems(built.body, marker)).toEqual([])
        expect(new TextEncoder().encode(built.full).length).toBeLessThanOrEqual(raw.fullLimitBytes)
        expect(structureProblems(built.full)).toEqual([])
      }),
      { numRuns: fuzzRuns(150) }
    )
  })
})
