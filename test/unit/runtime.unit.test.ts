/**
 * Reading what runs: real Compose files and Kubernetes manifests (the Docker
 * voting app, Weaveworks Sock Shop, Google's Online Boutique, kept in
 * test/fixtures/runtime with their licenses), the blueprint init writes from
 * them, and the inference rules one by one.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { emitBlueprint, scalar } from '../../src/engine/runtime/emit.js'
import { readRuntime, type RuntimeRead } from '../../src/engine/runtime/index.js'
import {
  hostsIn,
  parseImage,
  serviceOfHost,
  technologyOf,
  typeOfImage
} from '../../src/engine/runtime/infer.js'

const FIXTURES = path.join('test', 'fixtures', 'runtime')

function fixture(...files: string[]): RuntimeRead {
  return readRuntime(
    files.map((file) => ({ file, content: readFileSync(path.join(FIXTURES, file)) }))
  )
}

function folder(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir))
    .sort()
    .map((f) => `${dir}/${f}`)
}

const edges = (read: RuntimeRead) =>
  read.runtime.edges.map((e) => `${e.from} -> ${e.to} (${e.evidence.join(', ')})`)

function blueprintOf(read: RuntimeRead) {
  const text = emitBlueprint({
    id: 'sys',
    project: 'sys',
    runtimePaths: ['runtime.yml'],
    runtime: read.runtime
  })
  const parsed = parseBlueprint({ file: 'sys.blueprint.yaml', content: text })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return { text, blueprint: parsed.blueprint }
}

describe("the voting app's docker-compose.yml", () => {
  const read = fixture('voting-app/docker-compose.yml')

  it('has one workload per service, the profile service marked, and nothing to complain about', () => {
    expect(read.problems).toEqual([])
    expect(read.notes).toEqual([])
    expect(read.runtime.workloads.map((w) => w.name)).toEqual([
      'vote',
      'result',
      'worker',
      'redis',
      'db',
      'seed'
    ])
    expect(read.runtime.workloads.find((w) => w.name === 'seed')?.profiles).toEqual(['seed'])
  })

  it('shows the dependencies its depends_on maps hold', () => {
    expect(edges(read)).toEqual([
      'vote -> redis (depends_on)',
      'result -> db (depends_on)',
      'worker -> redis (depends_on)',
      'worker -> db (depends_on)',
      'seed -> vote (depends_on)'
    ])
  })

  it('becomes a valid blueprint: redis a cache, db a database, every fact commented', () => {
    const { text, blueprint } = blueprintOf(read)
    expect(blueprint.components.map((c) => c.id)).toEqual([
      'vote',
      'result',
      'worker',
      'redis',
      'db',
      'seed'
    ])
    const byId = new Map(blueprint.components.map((c) => [c.id, c]))
    expect(byId.get('redis')).toMatchObject({ type: 'cache', technology: 'redis:alpine' })
    expect(byId.get('db')).toMatchObject({ type: 'database', technology: 'postgres:15-alpine' })
    expect(byId.get('vote')).toMatchObject({ type: 'service' })
    expect(blueprint.dependencies.map((d) => `${d.from} -> ${d.to}`)).toEqual(
      expect.arrayContaining(['vote -> redis', 'result -> db', 'worker -> redis', 'worker -> db'])
    )
    expect(blueprint.runtime).toEqual(['runtime.yml'])
    expect(text).toContain('    type: cache  # guessed from image redis:alpine\n')
    expect(text).toContain('    to: redis  # from depends_on\n')
    expect(text).toMatch(
      /- id: seed {2}# Compose service \(.*\); built from \.\/seed-data; only with profile seed\n/
    )
  })
})

describe("Sock Shop's Compose file", () => {
  it('finds the dependencies its environment and command name', () => {
    const read = fixture('sock-shop/docker-compose/docker-compose.yml')
    expect(read.runtime.workloads).toHaveLength(15)
    expect(edges(read)).toEqual([
      'user -> user-db (environment MONGO_HOST)',
      'user-sim -> edge-router (command)'
    ])
  })
})

describe("Sock Shop's Kubernetes manifests", () => {
  const WORKLOADS = [
    'carts',
    'carts-db',
    'catalogue',
    'catalogue-db',
    'front-end',
    'orders',
    'orders-db',
    'payment',
    'queue-master',
    'rabbitmq',
    'session-db',
    'shipping',
    'user',
    'user-db'
  ]

  it.each([
    ['the folder of manifests', folder('sock-shop/kubernetes/manifests')],
    ['complete-demo.yaml', ['sock-shop/kubernetes/complete-demo.yaml']]
  ])('reads %s: one workload per Deployment, user → user-db from its env', (_, files) => {
    const read = fixture(...files)
    expect(read.problems).toEqual([])
    expect(read.runtime.workloads.map((w) => w.name)).toEqual(WORKLOADS)
    expect(edges(read)).toEqual(['user -> user-db (env mongo)'])
    // The Namespace is no workload: said, not guessed at.
    expect(read.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^skipped 1 Namespace: only Deployment, StatefulSet/)
    ])
    const { blueprint } = blueprintOf(read)
    const types = Object.fromEntries(blueprint.components.map((c) => [c.id, c.type]))
    expect(types).toMatchObject({
      'carts-db': 'database',
      'user-db': 'database',
      'catalogue-db': 'database',
      'session-db': 'cache',
      rabbitmq: 'queue',
      carts: 'service'
    })
  })
})

describe("Online Boutique's release manifests", () => {
  it('maps every *_SERVICE_ADDR through its Service to the workload', () => {
    const read = fixture('online-boutique/kubernetes-manifests.yaml')
    expect(read.problems).toEqual([])
    expect(read.runtime.workloads).toHaveLength(12)
    expect(edges(read)).toEqual(
      expect.arrayContaining([
        'frontend -> productcatalogservice (env PRODUCT_CATALOG_SERVICE_ADDR)',
        'cartservice -> redis-cart (env REDIS_ADDR)',
        'checkoutservice -> paymentservice (env PAYMENT_SERVICE_ADDR)'
      ])
    )
    expect(read.runtime.edges).toHaveLength(16)
    // frontend-external selects the frontend pods too.
    expect(read.runtime.aliases.get('frontend-external')).toEqual(['frontend'])
    expect(blueprintOf(read).blueprint.components).toContainEqual(
      expect.objectContaining({ id: 'redis-cart', type: 'cache' })
    )
  })
})

describe('Compose forms', () => {
  const compose = (text: string) => readRuntime([{ file: 'compose.yaml', content: text }])

  it('reads depends_on as a list, links with and without alias, and environment lists and maps', () => {
    const read = compose(`services:
  web:
    image: nginx:1.27
    depends_on: [api]
    links: ["auth:login", cache]
  api:
    image: example/api
    environment:
      - DATABASE_URL=postgres://u:p@db:5432/app
      - UNRELATED=/usr/local/api
  auth:
    image: example/auth
    environment:
      BROKER: amqp://guest@mq
  cache: {image: memcached}
  db: {image: postgres}
  mq: {image: rabbitmq:3}
`)
    expect(edges(read)).toEqual([
      'web -> api (depends_on)',
      'web -> auth (links)',
      'web -> cache (links)',
      'api -> db (environment DATABASE_URL)',
      'auth -> mq (environment BROKER)'
    ])
    const { blueprint } = blueprintOf(read)
    expect(blueprint.components.map((c) => c.type)).toEqual([
      'gateway',
      'service',
      'service',
      'cache',
      'database',
      'queue'
    ])
  })

  it('merges `<<: *defaults` and notes a depends_on naming no service', () => {
    const read = compose(`x-defaults: &defaults
  image: redis:7
services:
  a:
    <<: *defaults
    depends_on: [ghost]
`)
    expect(read.runtime.workloads).toEqual([
      expect.objectContaining({ name: 'a', image: 'redis:7' })
    ])
    expect(read.notes).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringContaining('"ghost"') })
    ])
  })
})

describe('Kubernetes forms', () => {
  const manifests = (text: string) => readRuntime([{ file: 'k8s.yaml', content: text }])
  const deployment = (name: string, ns: string, env: string, extra = '') => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: ${name}
          image: example/${name}:1
          env: [{name: TARGET, value: "${env}"}]${extra}
---
apiVersion: v1
kind: Service
metadata: {name: ${name}-svc, namespace: ${ns}}
spec: {selector: {app: ${name}}}
`

  it.each([
    ['svc', 'b-svc'],
    ['svc:port', 'b-svc:8080'],
    ['svc.ns', 'b-svc.shop'],
    ['svc.ns.svc', 'b-svc.shop.svc'],
    [
      'svc.ns.svc.cluster.local with scheme, port and path',
      'http://b-svc.shop.svc.cluster.local:80/x'
    ]
  ])('finds a dependency named as %s', (_, value) => {
    const read = manifests(deployment('a', 'shop', value) + deployment('b', 'shop', 'none'))
    expect(edges(read)).toEqual(['a -> b (env TARGET)'])
  })

  it.each([
    ['another namespace', 'b-svc.other'],
    ['a path segment', '/opt/b-svc'],
    ['an option name', '-Db-svc.enabled'],
    ['a key', 'b-svc=1'],
    ['a workload name with no Service', 'b']
  ])('finds none in %s', (_, value) => {
    const read = manifests(deployment('a', 'shop', value) + deployment('b', 'shop', 'none'))
    expect(edges(read)).toEqual([])
  })

  it('reads args, CronJobs and List items, and matches a Service by its selector', () => {
    const read = manifests(`apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: nightly}
    spec:
      jobTemplate:
        spec:
          template:
            metadata: {labels: {role: report}}
            spec:
              containers: [{name: r, image: example/report, args: ["--db=warehouse:5432"]}]
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: pg}
    spec:
      template:
        metadata: {labels: {tier: data, app: pg}}
        spec: {containers: [{name: pg, image: "docker.io/library/postgres:16@sha256:abc"}]}
  - apiVersion: v1
    kind: Service
    metadata: {name: warehouse}
    spec: {selector: {tier: data}}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: settings}
`)
    expect(read.runtime.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual([
      'CronJob nightly',
      'StatefulSet pg'
    ])
    expect(edges(read)).toEqual(['nightly -> pg (args)'])
    expect(read.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^skipped 1 ConfigMap/)
    ])
    expect(blueprintOf(read).blueprint.components[1]).toMatchObject({
      type: 'database',
      technology: 'postgres:16'
    })
  })

  it('skips a Helm template with a note, and never guesses at it', () => {
    const read = manifests(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - image: {{ .Values.image }}
`)
    expect(read.runtime.workloads).toEqual([])
    expect(read.problems).toEqual([])
    expect(read.notes).toEqual([
      expect.objectContaining({ line: 9, message: expect.stringContaining('helm template') })
    ])
  })
})

describe('inference rules', () => {
  it.each([
    ['redis:alpine', 'cache', 'redis:alpine'],
    ['postgres:15-alpine', 'database', 'postgres:15-alpine'],
    ['bitnami/mariadb:11', 'database', 'mariadb:11'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'database', 'server:2022-latest'],
    ['mongo', 'database', 'mongo'],
    ['memcached:1.6', 'cache', 'memcached:1.6'],
    ['confluentinc/cp-kafka:7.6.0', 'queue', 'cp-kafka:7.6.0'],
    ['nats:2', 'queue', 'nats:2'],
    ['envoyproxy/envoy:v1.30', 'gateway', 'envoy:v1.30'],
    ['traefik:v3', 'gateway', 'traefik:v3'],
    ['haproxy:2.9', 'gateway', 'haproxy:2.9'],
    ['localhost:5000/team/billing:2.1', undefined, 'billing:2.1'],
    ['weaveworksdemos/front-end:0.3.12', undefined, 'front-end:0.3.12']
  ])('%s is a %s written with %s', (image, type, technology) => {
    const parsed = parseImage(image)
    expect(parsed && typeOfImage(parsed)?.type).toBe(type)
    expect(parsed && technologyOf(parsed)).toBe(technology)
  })

  it.each([
    ['user-db:27017', ['user-db']],
    // Words that are no host (`1`, `false`) are harmless: only Service names count.
    ['http://a.ns.svc.cluster.local:80/path?q=1', ['a.ns.svc.cluster.local', '1']],
    ['amqp://guest:guest@rabbitmq:5672', ['guest', 'rabbitmq']],
    ['-Xms64m -Dspring.zipkin.enabled=false', ['false']],
    ['a,b; c', ['a', 'b', 'c']]
  ])('hosts in %s', (value, hosts) => {
    expect(hostsIn(value)).toEqual(hosts)
  })

  it.each([
    ['svc', { name: 'svc' }],
    ['svc.ns', { name: 'svc', namespace: 'ns' }],
    ['svc.ns.svc.cluster.local', { name: 'svc', namespace: 'ns' }],
    ['www.example.com', undefined]
  ])('%s resolves to %j', (host, service) => {
    expect(serviceOfHost(host)).toEqual(service)
  })

  it.each([
    ['vote', 'vote'],
    ['redis:alpine', 'redis:alpine'],
    ['yes', '"yes"'],
    ['8080', '"8080"'],
    ['a: b', '"a: b"'],
    ['#x', '"#x"'],
    ['../k8s', '../k8s'],
    ['.inf', '".inf"'],
    ['.5', '".5"'],
    ['...', '"..."']
  ])('writes %s as %s', (text, written) => {
    expect(scalar(text)).toBe(written)
  })
})
