/**
 * Three blueprints that reference each other, shared by the tests of
 * references, the landscape document and the impact of a change.
 */
export const LANDSCAPE = {
  'payments/payments.blueprint.yaml': `id: payments
project: acme
title: Payments platform
overview: Charges cards.
components:
  - id: api
    name: Payments API
  - id: ledger
    type: database
dependencies:
  - from: api
    to: ledger
`,
  'checkout/checkout.blueprint.yaml': `id: checkout
project: acme
title: Checkout platform
components:
  - id: web
    name: Web storefront
    type: frontend
  - id: orders
    name: Orders service
dependencies:
  - from: web
    to: orders
  - from: web
    to: payments/api
    description: charges the card
  - from: web
    to: shipping/
`,
  'shipping/shipping.blueprint.yaml': `id: shipping
project: acme
title: Shipping
components:
  - id: printer
    name: Label printer
dependencies:
  - from: checkout/orders
    to: printer
    description: prints labels
    async: true
`
} as const
