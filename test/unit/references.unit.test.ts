/**
 * References between blueprints (src/engine/references.ts), the landscape
 * document (src/engine/landscape.ts) and the impact of a change
 * (src/engine/review/impact.ts), on models built in memory.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { positionFindings } from '../../src/engine/blueprint/position.js'
import { buildComment } from '../../src/engine/review/comment.js'
import { renderDocument } from '../../src/engine/document.js'
import { impactOf } from '../../src/engine/review/impact.js'
import { isLandscape, renderLandscape, systemLinks } from '../../src/engine/landscape.js'
import type { Blueprint } from '../../src/engine/model.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import {
  crossReferenceFindings,
  indexSystems,
  parseReference,
  relativeLink,
  showReferences,
  type Systems
} from '../../src/engine/references.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { expectGolden } from '../support/golden.js'
import { LANDSCAPE } from '../support/landscape.js'
import { documentOf } from './review-fixtures.js'

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden')

function load(file: string, text: string): Blueprint {
  const parsed = parseBlueprint({ file, content: text })
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'))
  return parsed.blueprint
}

function systemsOf(files: Record<string, string>): Systems {
  return indexSystems(
    Object.entries(files).map(([file, text]) => ({
      file,
      document: file.replace(/\.blueprint\.ya?ml$/, '.md'),
      blueprint: load(file, text)
    }))
  )
}

const CHECKOUT = 'checkout/checkout.blueprint.yaml'
const PAYMENTS = 'payments/payments.blueprint.yaml'

describe('parseReference', () => {
  it.each([
    ['payments/api', { blueprint: 'payments', component: 'api' }],
    ['payments/', { blueprint: 'payments' }],
    ['a.b_c-d/x/y z', { blueprint: 'a.b_c-d', component: 'x/y z' }],
    ['Payments/api', undefined],
    ['/api', undefined],
    ['api', undefined]
  ])('reads %j', (end, expected) => {
    expect(parseReference(end)).toEqual(expected)
  })
})

describe('the loader', () => {
  it('accepts references on both the quick and the positioned path', () => {
    const text = LANDSCAPE[CHECKOUT]
    const quick = parseBlueprint({ file: CHECKOUT, content: text })
    const slow = parseBlueprint({ file: CHECKOUT, content: text }, { fast: false })
    expect(quick).toStrictEqual(slow)
    expect(quick.ok).toBe(true)
  })

  it('prefers a component of its own when one is called like a reference', () => {
    const bp = load(
      'a.blueprint.yaml',
      'id: a\nproject: p\ncomponents:\n  - id: x\n  - id: b/c\ndependencies:\n  - from: x\n    to: b/c\n'
    )
    expect(crossReferenceFindings(bp, systemsOf({}))).toEqual([])
    expect(buildDiagram(bp).text).not.toContain('bp_external')
  })
})

describe('crossReferenceFindings', () => {
  const systems = systemsOf(LANDSCAPE)

  it('finds nothing when every reference resolves', () => {
    for (const s of systems.all) expect(crossReferenceFindings(s.blueprint, systems)).toEqual([])
  })

  it('finds a missing blueprint, a missing component, a self-reference and a claimed id, at the end that names them', () => {
    const text = `id: checkout
project: acme
components:
  - id: web
dependencies:
  - from: web
    to: billing/api
  - from: web
    to: payments/apii
  - from: checkout/web
    to: web
  - from: web
    to: twice/
`
    const twice = 'id: twice\nproject: p\n'
    const bp = load(CHECKOUT, text)
    const found = crossReferenceFindings(
      bp,
      systemsOf({ ...LANDSCAPE, 'x/a.blueprint.yaml': twice, 'y/b.blueprint.yaml': twice })
    )
    expect(found).toEqual([
      {
        rule: 'cross-reference',
        path: ['dependencies', 0, 'to'],
        message:
          'dependency 1: "to" is "billing/api", which names the blueprint "billing", and no blueprint of the repository has that id'
      },
      {
        rule: 'cross-reference',
        path: ['dependencies', 1, 'to'],
        message:
          'dependency 2: "to" is "payments/apii", which names the component "apii" of payments/payments.blueprint.yaml, which has no component with that id'
      },
      {
        rule: 'cross-reference',
        path: ['dependencies', 2, 'from'],
        message:
          'dependency 3: "from" is "checkout/web", which names this blueprint itself; write the component id without "checkout/"'
      },
      {
        rule: 'cross-reference',
        path: ['dependencies', 3, 'to'],
        message:
          'dependency 4: "to" is "twice/", which names the blueprint "twice", which 2 files claim (x/a.blueprint.yaml, y/b.blueprint.yaml); give them different ids'
      }
    ])
    const positioned = positionFindings(found, { file: CHECKOUT, text, level: () => 'error' })
    expect(positioned.map((p) => [p.line, p.col])).toEqual([
      [7, 9],
      [9, 9],
      [10, 11],
      [13, 9]
    ])
  })

  it('finds a flow step that names a missing component, and shows one that resolves by its names', () => {
    const text = `id: checkout
project: acme
derived_sections: true
components:
  - id: web
    name: Web
flows:
  - name: Pay
    steps:
      - { from: web, to: payments/api, message: charge }
      - { from: web, to: payments/apii }
`
    const bp = load(CHECKOUT, text)
    const found = crossReferenceFindings(bp, systems)
    expect(found).toEqual([
      {
        rule: 'cross-reference',
        path: ['flows', 0, 'steps', 1, 'to'],
        message:
          'flow 1, step 2: "to" is "payments/apii", which names the component "apii" of payments/payments.blueprint.yaml, which has no component with that id'
      }
    ])
    const positioned = positionFindings(found, { file: CHECKOUT, text, level: () => 'error' })
    expect(positioned.map((p) => [p.line, p.col])).toEqual([[11, 26]])
    const doc = renderDocument({
      blueprint: bp,
      source: CHECKOUT,
      generatedAt: 'T',
      template: builtInTemplate(),
      references: showReferences(bp, systems, 'checkout/checkout.md')
    }).text
    expect(doc).toMatch(/participant p[0-9a-f]+ as Payments platform \/ Payments API\n/)
    expect(doc).toMatch(/participant p[0-9a-f]+ as payments\/apii\n/)
  })
})

describe('documents with references', () => {
  const systems = systemsOf(LANDSCAPE)
  const checkout = systems.byId.get('checkout')?.[0]

  it('links a reference to the other document, relative to this one', () => {
    expect(relativeLink('checkout/checkout.md', 'payments/payments.md')).toBe(
      '../payments/payments.md'
    )
    expect(relativeLink('a.md', 'docs/my (old) doc.md')).toBe('docs/my%20%28old%29%20doc.md')
  })

  it('draws external nodes named by system and component, in a flowchart and in C4', () => {
    if (checkout === undefined) throw new Error('no checkout')
    const references = showReferences(checkout.blueprint, systems, checkout.document)
    expect([...references]).toEqual([
      [
        'payments/api',
        { label: 'Payments platform / Payments API', link: '../payments/payments.md' }
      ],
      ['shipping/', { label: 'Shipping', link: '../shipping/shipping.md' }]
    ])
    // Labels wrap at spaces: read them with the line breaks as spaces.
    const unwrapped = (text: string) => text.replace(/<br\/>/g, ' ')
    const flowchart = unwrapped(buildDiagram(checkout.blueprint, { references }).text)
    expect(flowchart).toMatch(/n[0-9a-f]{8}\["Payments platform \/ Payments API"\]/)
    const c4 = unwrapped(
      buildDiagram(
        { ...checkout.blueprint, diagram: { type: 'c4', direction: 'TB' } },
        { references }
      ).text
    )
    // In C4 notation, a referenced component is an external software system.
    expect(c4).toMatch(
      /n[0-9a-f]{8}\["<b>Payments platform \/ Payments API<\/b> \[Software#160;System\]"\]:::c4_external/
    )
    expect(c4).toMatch(/n[0-9a-f]{8}\["<b>Shipping<\/b> \[Software#160;System\]"\]/)
  })

  it('shows an unresolved reference as written, without a link', () => {
    if (checkout === undefined) throw new Error('no checkout')
    const doc = renderDocument({
      blueprint: checkout.blueprint,
      source: CHECKOUT,
      generatedAt: '2026-01-01T00:00:00Z',
      template: builtInTemplate(),
      references: new Map()
    }).text
    expect(doc).toContain('| Web storefront | payments/api | charges the card | | sync |')
    expect(doc).toContain('["payments/api"]')
  })
})

describe('the landscape document', () => {
  it('is pinned by a golden file', () => {
    const rendered = renderLandscape({
      systems: systemsOf(LANDSCAPE),
      path: 'docs/landscape.md',
      generatedAt: '2026-02-03T04:05:06Z'
    })
    expectGolden(join(GOLDEN, 'landscape', 'three-systems.md'), rendered.text)
    expect(isLandscape(rendered.text)).toBe(true)
    expect(
      rendered.sameAs(rendered.text.replace('2026-02-03T04:05:06Z', '2027-01-01T00:00:00Z'))
    ).toBe(true)
    expect(rendered.sameAs(rendered.text.replace('| 2 | 1 |', '| 2 | 2 |'))).toBe(false)
  })

  it('labels an arrow by the components it references, or the whole system, or a count', () => {
    const systems = systemsOf({
      'a.blueprint.yaml':
        'id: a\nproject: p\ncomponents:\n  - id: x\ndependencies:\n  - from: x\n    to: b/\n  - from: x\n    to: c/1\n  - from: x\n    to: c/2\n',
      'b.blueprint.yaml': 'id: b\nproject: p\n',
      'c.blueprint.yaml':
        'id: c\nproject: p\ncomponents:\n  - id: "1"\n    name: One\n  - id: "2"\n    name: Two\n'
    })
    expect(systemLinks(systems).map((l) => [l.from.file, l.to.file, l.targets, l.count])).toEqual([
      ['a.blueprint.yaml', 'b.blueprint.yaml', [undefined], 1],
      ['a.blueprint.yaml', 'c.blueprint.yaml', ['One', 'Two'], 2]
    ])
    const text = renderLandscape({ systems, path: 'l.md', generatedAt: 'x' }).text
    expect(text).toContain('-->|"the whole system"|')
    expect(text).toContain('-->|"One, Two"|')
  })

  it('says so when there is no blueprint', () => {
    const text = renderLandscape({ systems: indexSystems([]), path: 'l.md', generatedAt: 'x' }).text
    expect(text).toContain('*The repository has no valid blueprints.*')
    expect(text).not.toContain('```mermaid')
  })
})

describe('impactOf', () => {
  const systems = systemsOf(LANDSCAPE)
  const payments = systems.byId.get('payments')?.[0]?.blueprint as Blueprint

  it('names the blueprints that depend on a removed or changed component', () => {
    const head: Blueprint = {
      ...payments,
      components: [{ id: 'ledger', name: 'ledger', type: 'storage' }],
      dependencies: []
    }
    expect(impactOf({ base: payments, head, files: [PAYMENTS], systems })).toEqual([
      {
        component: { id: 'api', name: 'Payments API' },
        change: 'removed',
        dependents: [{ file: CHECKOUT, id: 'checkout', title: 'Checkout platform', count: 1 }]
      }
    ])
    // ledger changed type, but no other blueprint depends on it.
  })

  it('takes references to the whole system with a deleted blueprint', () => {
    const shipping = systems.byId.get('shipping')?.[0]?.blueprint as Blueprint
    expect(
      impactOf({ base: shipping, files: ['shipping/shipping.blueprint.yaml'], systems })
    ).toEqual([
      {
        change: 'removed',
        dependents: [{ file: CHECKOUT, id: 'checkout', title: 'Checkout platform', count: 1 }]
      }
    ])
  })

  it('finds nothing for an added blueprint or an unchanged one', () => {
    expect(impactOf({ head: payments, files: [PAYMENTS], systems })).toEqual([])
    expect(impactOf({ base: payments, head: payments, files: [PAYMENTS], systems })).toEqual([])
  })

  it('shows the impact in the comment, and nothing when there is none', () => {
    const head: Blueprint = {
      ...payments,
      components: payments.components.slice(1),
      dependencies: []
    }
    const review = {
      path: PAYMENTS,
      base: payments,
      head,
      document: {
        path: 'payments/payments.md',
        before: documentOf(payments),
        after: documentOf(head)
      }
    }
    const impact = impactOf({ base: payments, head, files: [PAYMENTS], systems })
    const input = { tag: 'blueprint-docs', stale: [], fixCommand: 'npx blueprint-docs generate' }
    const without = buildComment({ ...input, reviews: [review] }).body
    const withImpact = buildComment({ ...input, reviews: [{ ...review, impact }] }).body
    expect(without).not.toContain('Impact')
    expectGolden(join(GOLDEN, 'review', 'impact.md'), withImpact)
    expect(
      withImpact
        .replace(/\n\n\*\*Impact:\*\*[^]*?\n\n(?=```mermaid)/, '\n\n')
        .replace(' · impact on 1 other blueprint', '')
    ).toBe(without)
  })
})
