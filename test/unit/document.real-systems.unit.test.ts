/**
 * Documents of real public systems say only what is true. Each system of
 * test/fixtures/runtime is drafted by `init --from` (which turns derived
 * sections on) and documented by the code `generate` runs; then:
 *
 * - every named claim of the standard format (a technology, product,
 *   figure or participant) appears in the document only where the blueprint
 *   or its runtime files name it (case-insensitive, as a whole word);
 * - every participant of a sequence diagram is one of the blueprint's
 *   components;
 * - every `##` heading of the standard format, and its Request Processing
 *   Flow, Data Storage Architecture and Authentication Flow, are there in
 *   order as GitHub's Markdown parser (GFM) reads the document;
 * - with secrets added to a real manifest and Compose file (a Secret's data
 *   and stringData, passwords in env values, an env_file), no secret or
 *   environment value reaches the document; their names do.
 *
 * The Mermaid blocks of these documents render in Chromium in the render
 * suite (test/render/flows.browser.test.ts).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { STANDARD_FORMAT } from '../../src/engine/standard-format.js'
import {
  REAL_SYSTEMS,
  decodeEntities,
  documentSystem,
  mermaidBlocks,
  type Documented
} from '../support/real-systems.js'

/** The standard format's named claims: what its fixed text asserts about any system. */
const CLAIMS = [
  'PostgreSQL',
  'Redis',
  'Elasticsearch',
  'S3',
  'S3-compatible',
  'HTTPS',
  'VPN',
  'Firewall',
  'FastAPI',
  'Python',
  'RabbitMQ',
  'React',
  'TypeScript',
  'Redux',
  'Redux Toolkit',
  'Material-UI',
  'Tailwind',
  'Vite',
  'esbuild',
  'Docker',
  'Kubernetes',
  'AWS',
  'GCP',
  'Azure',
  'GitHub Actions',
  'GitLab',
  'Istio',
  'Prometheus',
  'Grafana',
  'ELK',
  'Logstash',
  'Kibana',
  'Jaeger',
  'PagerDuty',
  '200ms',
  '50ms',
  '90%',
  '99.9%',
  '4 hours',
  '15 minutes',
  '12-month',
  'Blue-Green',
  'Feature Flags',
  'CDN',
  'sharding',
  'Load Balancing',
  'API Gateway',
  'Security Service',
  'Encryption',
  'point-in-time',
  'secondary region',
  'Failover',
  'XML',
  'CRUD',
  '/api/v1',
  '/api/v2',
  'PUT',
  'Zero-downtime',
  'Rollback',
  'daily backups',
  'Remote Configuration',
  'infrastructure as code',
  'Failed logins',
  'Staging',
  'Pre-production'
] as const

/** The participants of the standard format's Authentication Flow. */
const STANDARD_PARTICIPANTS = ['Client', 'Gateway', 'Auth', 'Service']

/** `claim` as a whole word (its own ends are not letters or digits), any case. */
function mentions(text: string, claim: string): boolean {
  const escaped = claim.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i').test(text)
}

const gfmTree = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

const headings = (doc: string): string[] =>
  gfmTree(doc).children.flatMap((n) =>
    n.type === 'heading' ? [`${'#'.repeat(n.depth)} ${textOf(n)}`] : []
  )

/** The standard format's `##` headings and the three sub-headings derived sections keep, in order. */
const STANDARD_HEADINGS = STANDARD_FORMAT.split('\n').filter(
  (l) =>
    l.startsWith('## ') ||
    l === '### Request Processing Flow' ||
    l === '### Data Storage Architecture' ||
    l === '### Authentication Flow'
)

/** The participant names of every sequence diagram of the document, as a reader sees them. */
function participants(doc: string): string[] {
  return mermaidBlocks(doc)
    .filter((b) => b.startsWith('sequenceDiagram'))
    .flatMap((b) =>
      [...b.matchAll(/^ {4}participant \S+ as (.*)$/gm)].map((m) => decodeEntities(m[1] ?? ''))
    )
}

const documented = new Map<string, Promise<Documented>>()
const documentOf = (system: (typeof REAL_SYSTEMS)[number]): Promise<Documented> => {
  const key = `${system.folder}:${system.from.join(',')}`
  let doc = documented.get(key)
  if (doc === undefined) {
    doc = documentSystem(system)
    documented.set(key, doc)
  }
  return doc
}

const label = (s: (typeof REAL_SYSTEMS)[number]) => `${s.folder} (${s.from.join(', ')})`

describe.each(REAL_SYSTEMS.map((s) => [label(s), s] as const))('%s', (_name, system) => {
  it('names no claim of the standard format that neither the blueprint nor its runtime files name', async () => {
    const { blueprint, runtime, document } = await documentOf(system)
    const facts = `${blueprint}\n${runtime}`
    const invented = CLAIMS.filter((c) => mentions(document, c) && !mentions(facts, c))
    expect(invented).toEqual([])
  })

  it('draws only its own components as participants, never the standard ones', async () => {
    const { document, components } = await documentOf(system)
    const names = new Set(components.map((c) => c.name.replace(/\s+/g, ' ').trim()))
    const drawn = participants(document)
    expect(drawn.filter((p) => !names.has(p))).toEqual([])
    for (const standard of STANDARD_PARTICIPANTS)
      if (!names.has(standard)) expect(drawn).not.toContain(standard)
    expect(document).not.toContain('Request with credentials')
  })

  it('keeps every heading of the standard format, in order, as GFM reads it', async () => {
    const { document } = await documentOf(system)
    const found = headings(document)
    let at = 0
    const missing: string[] = []
    for (const heading of STANDARD_HEADINGS) {
      const next = found.indexOf(heading, at)
      if (next === -1) missing.push(heading)
      else at = next + 1
    }
    expect(missing).toEqual([])
    expect(STANDARD_HEADINGS.length).toBe(15)
  })

  it('states what its runtime files say: kinds, and health checks where it has them', async () => {
    const { document, runtime } = await documentOf(system)
    expect(document).toContain('### What the Runtime Files Deploy')
    expect(document).not.toContain('Not described in `system.blueprint.yaml`: set `runtime`')
    if (/livenessProbe|readinessProbe|healthcheck:/.test(runtime))
      expect(document).toMatch(/\*\*Probes and health checks:\*\* /)
  })
})

describe('secrets in real runtime files', () => {
  const SECRET_VALUES = [
    'hunter2-db-password',
    'c3VwZXItc2VjcmV0LXRva2Vu',
    'plain-string-data-secret',
    'env-file-api-key-value',
    'compose-env-password-42',
    'listed-env-password-43'
  ]

  it('never reach a document from a Kubernetes manifest: names do, values do not', async () => {
    const doc = await documentSystem(
      { folder: 'online-boutique', from: ['kubernetes-manifests.yaml'] },
      (folder) => {
        const file = path.join(folder, 'kubernetes-manifests.yaml')
        appendFileSync(
          file,
          [
            '---',
            'apiVersion: v1',
            'kind: Secret',
            'metadata:',
            '  name: cart-db-credentials',
            'type: Opaque',
            'data:',
            `  password: ${SECRET_VALUES[1]}`,
            'stringData:',
            `  token: ${SECRET_VALUES[2]}`,
            '---',
            'apiVersion: apps/v1',
            'kind: Deployment',
            'metadata:',
            '  name: vault-reader',
            'spec:',
            '  selector:',
            '    matchLabels: { app: vault-reader }',
            '  template:',
            '    metadata:',
            '      labels: { app: vault-reader }',
            '    spec:',
            '      containers:',
            '        - name: main',
            '          image: busybox:1.36',
            '          env:',
            '            - name: DB_PASSWORD',
            `              value: ${SECRET_VALUES[0]}`,
            '            - name: API_TOKEN',
            '              valueFrom:',
            '                secretKeyRef: { name: cart-db-credentials, key: token }',
            '          envFrom:',
            '            - secretRef: { name: vault-env }',
            ''
          ].join('\n')
        )
      }
    )
    for (const value of SECRET_VALUES) expect(doc.document).not.toContain(value)
    expect(doc.document).not.toContain('redis-cart:6379') // an env value of cartservice
    for (const name of ['cart-db-credentials', 'vault-env', 'DB_PASSWORD', 'API_TOKEN'])
      expect(doc.document).toContain(`\`${name}\``)
  })

  it('never reach a document from a Compose file and its env_file: names do, values do not', async () => {
    const doc = await documentSystem(
      { folder: 'voting-app', from: ['docker-compose.yml'] },
      (folder) => {
        writeFileSync(path.join(folder, 'secrets.env'), `API_KEY=${SECRET_VALUES[3]}\n`)
        const added = [
          '  vault:',
          '    image: hashicorp/vault:1.15',
          '    env_file: secrets.env',
          '    environment:',
          `      VAULT_DEV_ROOT_TOKEN_ID: ${SECRET_VALUES[4]}`,
          '  audit:',
          '    image: busybox:1.36',
          '    env_file:',
          '      - path: secrets.env',
          '    environment:',
          `      - AUDIT_PASSWORD=${SECRET_VALUES[5]}`,
          ''
        ].join('\n')
        const compose = path.join(folder, 'docker-compose.yml')
        writeFileSync(
          compose,
          readFileSync(compose, 'utf8').replace(/^services:\n/m, () => `services:\n${added}`)
        )
      }
    )
    for (const value of SECRET_VALUES) expect(doc.document).not.toContain(value)
    // The voting app's own environment value (postgres' password) stays out too.
    expect(doc.runtime).toContain('POSTGRES_PASSWORD: "postgres"')
    expect(doc.document).not.toMatch(/"postgres"|postgres:postgres/)
    for (const name of [
      'secrets.env',
      'VAULT_DEV_ROOT_TOKEN_ID',
      'AUDIT_PASSWORD',
      'POSTGRES_PASSWORD'
    ])
      expect(doc.document).toContain(`\`${name}\``)
  })
})
