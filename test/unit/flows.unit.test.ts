/**
 * `flows:` in the blueprint format: read with their defaults, refused with a
 * positioned error and a "did you mean" when an end names no component,
 * drawn in the document (Request Processing Flow), and taken as the
 * Authentication Flow when named for signing in.
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { renderDocument } from '../../src/engine/document.js'
import { formatProblem, type Blueprint } from '../../src/engine/model.js'
import { builtInTemplate } from '../../src/engine/template.js'

const FILE = 'shop/shop.blueprint.yaml'

const BASE = `id: shop
project: acme
derived_sections: true
components:
  - id: shopper
    name: Shopper
    type: person
  - id: web
    name: Storefront
    type: frontend
  - id: orders
    name: Orders API
  - id: payments
    name: Payments
dependencies:
  - from: shopper
    to: web
  - from: web
    to: orders
    technology: gRPC
  - from: orders
    to: payments
`

/** Problems from both the quick and the positioned parse, which must agree. */
function problems(yaml: string): string[] {
  const quick = parseBlueprint({ file: FILE, content: yaml })
  const positioned = parseBlueprint({ file: FILE, content: yaml }, { fast: false })
  expect(JSON.stringify(quick)).toBe(JSON.stringify(positioned))
  return quick.ok ? [] : quick.problems.map(formatProblem)
}

function load(yaml: string): Blueprint {
  const result = parseBlueprint({ file: FILE, content: yaml })
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
  return result.blueprint
}

const render = (bp: Blueprint) =>
  renderDocument({ blueprint: bp, source: FILE, generatedAt: 'T', template: builtInTemplate() })
    .text

describe('flows in the blueprint', () => {
  it('are read in order, with async false unless set', () => {
    const bp = load(`${BASE}flows:
  - name: Place an order
    description: The happy path.
    steps:
      - { from: shopper, to: web, message: submits the cart }
      - { from: web, to: orders, message: POST /orders }
      - { from: orders, to: payments, async: true }
`)
    expect(bp.flows).toEqual([
      {
        name: 'Place an order',
        description: 'The happy path.',
        steps: [
          { from: 'shopper', to: 'web', message: 'submits the cart', async: false },
          { from: 'web', to: 'orders', message: 'POST /orders', async: false },
          { from: 'orders', to: 'payments', async: true }
        ]
      }
    ])
  })

  it('are absent from the model when not written', () => {
    expect(load(BASE).flows).toBeUndefined()
  })

  it('refuse an end that names no component, at its line, with a suggestion', () => {
    expect(
      problems(`${BASE}flows:
  - name: Pay
    steps:
      - from: web
        to: order
      - from: orders
        to: paymnts
      - from: nobody-at-all-here
        to: web
`)
    ).toEqual([
      `${FILE}:27:13: flow 1, step 1: "to" is "order", which is not a component id (did you mean "orders"?)`,
      `${FILE}:29:13: flow 1, step 2: "to" is "paymnts", which is not a component id (did you mean "payments"?)`,
      `${FILE}:30:15: flow 1, step 3: "from" is "nobody-at-all-here", which is not a component id`
    ])
  })

  it('refuse a description that would swallow the rest of the document, at its fence', () => {
    expect(
      problems(`${BASE}flows:
  - name: Pay
    description: |
      Run it:

      \`\`\`sh
      pay
    steps:
      - { from: web, to: orders }
`)
    ).toEqual([
      `${FILE}:28:7: flow 1 ("Pay"): "description" opens a code fence (\`\`\`sh) that it never closes, so the rest of the document would show as code; add a line \`\`\` where the code ends`
    ])
  })

  it('accept another blueprint’s component, as dependencies do', () => {
    expect(
      problems(`${BASE}flows:
  - name: Pay
    steps:
      - { from: payments, to: bank/gateway, message: charge }
`)
    ).toEqual([])
  })

  it('refuse a flow without a name or steps, and unknown keys, by the schema', () => {
    const found = problems(`${BASE}flows:
  - steps: []
  - name: x
    steps:
      - { from: web, to: orders, colour: red }
`)
    expect(found.length).toBeGreaterThanOrEqual(3)
    expect(found.join('\n')).toMatch(/name/)
    expect(found.join('\n')).toMatch(/colour/)
  })
})

describe('flows in the document', () => {
  const doc = render(
    load(`${BASE}flows:
  - name: Place an order
    description: The happy path.
    steps:
      - { from: shopper, to: web, message: submits the cart }
      - { from: web, to: orders, message: "POST /orders; #1" }
  - name: Sign in
    steps:
      - { from: shopper, to: web, message: credentials }
`)
  )

  it('are drawn under Request Processing Flow, one sequence diagram each, named by component', () => {
    const flowSection = doc.slice(
      doc.indexOf('### Request Processing Flow'),
      doc.indexOf('### Data Storage Architecture')
    )
    expect(flowSection).toContain(
      '#### Place an order\n\nThe happy path.\n\n```mermaid\nsequenceDiagram\n'
    )
    expect(flowSection).toContain('#### Sign in\n')
    expect(flowSection.match(/```mermaid\nsequenceDiagram/g)).toHaveLength(2)
    expect(flowSection).toMatch(/participant p[0-9a-f]+ as Storefront\n/)
    expect(flowSection).toMatch(/p[0-9a-f]+->>p[0-9a-f]+: POST \/orders#59; #35;1\n/)
  })

  it('give the Authentication Flow when one is named for signing in', () => {
    const auth = doc.slice(doc.indexOf('### Authentication Flow'), doc.indexOf('## Scalability'))
    expect(auth).toContain('From the flow **Sign in**:')
    expect(auth).toMatch(/participant p[0-9a-f]+ as Shopper\n/)
    expect(auth).toContain(': credentials\n')
    expect(auth).not.toContain('participant Auth')
  })

  it('without one, the Authentication Flow is the request path from an entry point inward', () => {
    const auth = render(load(BASE))
    const section = auth.slice(
      auth.indexOf('### Authentication Flow'),
      auth.indexOf('## Scalability')
    )
    expect(section).toContain('is the request path from **Shopper** inward')
    expect(section.match(/ participant /g)).toHaveLength(4)
    expect(section).toContain(': gRPC\n')
  })

  it('without dependencies, the Authentication Flow is one line naming the key', () => {
    const lone = render(load('id: a\nproject: p\nderived_sections: true\ncomponents:\n  - id: x\n'))
    const section = lone.slice(
      lone.indexOf('### Authentication Flow'),
      lone.indexOf('---\n\n## Scalability')
    )
    expect(section.trim()).toBe(
      '### Authentication Flow\n*Not described in `shop.blueprint.yaml`: set `flows`.*'
    )
  })
})
