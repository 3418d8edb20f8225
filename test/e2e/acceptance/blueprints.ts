/**
 * Blueprints of a fictional freight company, written for the acceptance suite
 * (not taken from examples/).
 */

export const PROJECT = 'northwind-freight'

/** Where the blueprints live in the test repositories, and where their documents go (the default output). */
export const BILLING = 'services/billing/billing.blueprint.yaml'
export const BILLING_MD = 'services/billing/billing.md'
export const INVENTORY = 'warehouse/inventory.blueprint.yml'
export const INVENTORY_MD = 'warehouse/inventory.md'
export const TRACKING = 'apps/tracking/tracking.blueprint.json'
export const TRACKING_MD = 'apps/tracking/tracking.md'
export const LEDGER = 'finance/ledger/ledger.blueprint.yaml'
export const LEDGER_MD = 'finance/ledger/ledger.md'

/** 4 components, 3 dependencies. `extra` adds components/dependencies at the end. */
export function billing(extra: { components?: string; dependencies?: string } = {}): string {
  return `# Billing for completed deliveries.
id: billing
project: northwind-freight
overview: |
  Invoices shippers for completed deliveries and reconciles the payments
  received from the payment provider. Month-end statements are built from
  the invoice store.
diagram:
  type: flowchart
  direction: LR
components:
  - id: billing-api
    name: Billing API
    type: service
    technology: Kotlin / Ktor
    description: Issues invoices and answers invoice status queries.
    group: Billing core
  - id: invoice-db
    name: Invoice store
    type: database
    technology: PostgreSQL 16
    group: Billing core
  - id: payment-provider
    name: Stripe
    type: external
    description: Card and SEPA Direct Debit payments.
  - id: billing-events
    name: Billing events
    type: queue
    technology: Kafka
${extra.components ?? ''}dependencies:
  - from: billing-api
    to: invoice-db
    description: reads and writes invoices
    technology: JDBC
  - from: billing-api
    to: payment-provider
    description: creates payment intents
    technology: HTTPS/JSON
  - from: billing-api
    to: billing-events
    description: publishes invoice.paid
    async: true
${extra.dependencies ?? ''}`
}

export const FRAUD_COMPONENT = `  - id: fraud-screen
    name: Fraud screening
    type: function
    technology: AWS Lambda (Python 3.12)
    description: Scores card payments before capture.
`
export const FRAUD_DEPENDENCY = `  - from: billing-api
    to: fraud-screen
    description: scores a payment (sync, 300 ms budget)
    technology: HTTPS/JSON
`
export const DUNNING_COMPONENT = `  - id: dunning-worker
    name: Dunning worker
    type: service
    technology: Kotlin / Spring Batch
    description: Sends payment reminders for overdue invoices.
`

/** 3 components, 2 dependencies; a `.blueprint.yml`. */
export function inventory(note = 'Tracks pallets per warehouse bay.'): string {
  return `id: inventory
project: northwind-freight
overview: |
  ${note}
  Scanners post stock movements; planners read the current levels.
components:
  - id: scanner-app
    name: Handheld scanner app (Android)
    type: frontend
    technology: Kotlin / Jetpack Compose
  - id: stock-service
    name: Stock service
    technology: Go 1.22
  - id: stock-cache
    name: Stock levels cache
    type: cache
    technology: Redis 7
dependencies:
  - from: scanner-app
    to: stock-service
    description: posts stock movements
    technology: gRPC
  - from: stock-service
    to: stock-cache
    description: updates current levels
`
}

/** A JSON blueprint: 3 components, 2 dependencies. */
export function tracking(): string {
  return `${JSON.stringify(
    {
      id: 'tracking',
      project: 'northwind-freight',
      overview: 'Shows shippers where their parcels are, from truck GPS pings.',
      diagram: 'flowchart',
      components: [
        {
          id: 'truck-gateway',
          name: 'Truck telemetry gateway',
          type: 'gateway',
          technology: 'MQTT'
        },
        { id: 'position-store', name: 'Positions', type: 'database', technology: 'TimescaleDB' },
        { id: 'tracking-web', name: 'Tracking page', type: 'frontend', technology: 'SvelteKit' }
      ],
      dependencies: [
        {
          from: 'truck-gateway',
          to: 'position-store',
          description: 'stores GPS pings',
          async: true
        },
        { from: 'tracking-web', to: 'position-store', description: 'reads the last position' }
      ]
    },
    null,
    2
  )}\n`
}

/** A ledger blueprint, 2 components, 1 dependency. */
export function ledger(): string {
  return `id: ledger
project: northwind-freight
overview: Double-entry ledger for carrier payouts.
components:
  - id: ledger-api
    name: Ledger API
    technology: Java 21
  - id: ledger-db
    name: Ledger DB
    type: database
dependencies:
  - from: ledger-api
    to: ledger-db
    description: appends journal entries
`
}

/** Invalid: an unknown top-level key `maintainer` on line 4, column 1. */
export const LEDGER_INVALID_LINE = 4
export function ledgerInvalid(): string {
  return `id: ledger
project: northwind-freight
overview: Double-entry ledger for carrier payouts.
maintainer: team-ledger
components:
  - id: ledger-api
    name: Ledger API
    technology: Java 21
  - id: ledger-db
    name: Ledger DB
    type: database
dependencies:
  - from: ledger-api
    to: ledger-db
    description: appends journal entries
`
}
