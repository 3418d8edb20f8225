/**
 * The pull-request review comment (src/engine/review/comment.ts and the modules it
 * assembles): its marker, goldens, tiers and size cap.
 *
 * Comments are pinned by golden files under test/golden/review/; run with
 * UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the
 * diff of the golden files like any other review.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import type { Blueprint, Component } from '../../src/engine/model.js'
import type { BlueprintReview, CommentInput } from '../../src/engine/review/comment.js'
import { buildComment, commentMarker } from '../../src/engine/review/comment.js'
import { sameComment } from '../../src/action/comment.js'
import { fuzzRuns } from '../support/fast-check-seed.js'
import { expectGolden } from '../support/golden.js'
import {
  blueprint,
  component,
  dependency,
  documentOf,
  input,
  review,
  structureProblems
} from './review-fixtures.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'review')

const expectReviewGolden = (name: string, actual: string): void =>
  expectGolden(join(GOLDEN_DIR, `${name}.md`), actual)

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
      'findings',
      input([
        {
          ...review(base, changedHead),
          findings: [
            {
              file: 'docs/checkout.blueprint.yaml',
              line: 14,
              col: 5,
              message:
                'synchronous dependencies form a cycle: "api" → "cart-cache" → "api"; make one of them async: true or break the cycle',
              rule: 'dependency-cycle',
              level: 'error'
            }
          ]
        },
        {
          ...review(base, base, { path: 'docs/z.blueprint.yaml' }),
          findings: [
            {
              file: 'docs/z.blueprint.yaml',
              line: 7,
              col: 9,
              message:
                'component "<b>@ops</b>" has no dependency in or out; connect it or remove it',
              rule: 'orphan-component',
              level: 'warning'
            }
          ]
        }
      ])
    ],
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

  it('edits a comment only when what readers see would change', () => {
    const body = buildComment(input([review(base, changedHead)])).body
    expect(sameComment(body, body)).toBe(true)
    const linked = (run: number) =>
      `x\nThe full review is in the [job summary](https://github.com/a/b/actions/runs/${run}).`
    expect(sameComment(linked(1), linked(2))).toBe(true)
    expect(sameComment(linked(1), `${linked(1)} `)).toBe(false)
    expect(sameComment(body, buildComment(input([review(base, base)])).body)).toBe(false)
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

describe('buildComment counts', () => {
  it('groups the digits of large counts, like the diagram notes beside them', () => {
    const big = blueprint({
      components: Array.from({ length: 1200 }, (_, i) => component(`c${i}`)),
      dependencies: []
    })
    const { full } = buildComment(input([review(undefined, big)]))
    expect(full).toContain('New blueprint · 1,200 components, 0 dependencies ·')
    expect(full).toContain("1,200 components and 0 dependencies exceed Mermaid's limits")
  })
})
