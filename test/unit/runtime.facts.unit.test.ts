/**
 * What runtime files say, as facts a document may state: replicas,
 * autoscalers, resources, probes and health checks, state, NetworkPolicies,
 * Services, routes, images, namespaces, kinds, profiles, and names (never
 * values) of env files, ConfigMaps, Secrets and environment variables; and
 * the derived sections written from them.
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { renderDocument } from '../../src/engine/document.js'
import { formatProblem } from '../../src/engine/model.js'
import { readRuntime } from '../../src/engine/runtime/index.js'
import { runtimeFacts, type RuntimeFacts } from '../../src/engine/runtime/facts.js'
import { builtInTemplate } from '../../src/engine/template.js'

const MANIFEST = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: orders, namespace: shop }
spec:
  replicas: 3
  selector: { matchLabels: { app: orders } }
  template:
    metadata:
      labels: { app: orders }
      annotations: { prometheus.io/scrape: "true", prometheus.io/port: "9102" }
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.4.2
          ports: [{ name: grpc, containerPort: 7070 }, { name: metrics, containerPort: 9102 }]
          env:
            - { name: DB_PASSWORD, value: "s3cr3t-value" }
            - name: API_KEY
              valueFrom: { secretKeyRef: { name: orders-keys, key: api } }
          envFrom: [{ configMapRef: { name: orders-config } }]
          livenessProbe: { httpGet: { path: /healthz, port: 8080 } }
          readinessProbe: { grpc: { port: 7070 } }
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { memory: 128Mi }
      volumes:
        - name: cache
          persistentVolumeClaim: { claimName: orders-cache }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: orders-db, namespace: shop }
spec:
  serviceName: orders-db
  selector: { matchLabels: { app: orders-db } }
  template:
    metadata: { labels: { app: orders-db } }
    spec:
      containers: [{ name: db, image: "postgres:16" }]
  volumeClaimTemplates:
    - metadata: { name: data }
      spec: { resources: { requests: { storage: 10Gi } } }
---
apiVersion: v1
kind: Service
metadata: { name: orders, namespace: shop }
spec:
  selector: { app: orders }
  ports: [{ name: grpc, port: 7070 }, { name: web, port: 80, targetPort: 8080 }]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: orders-hpa, namespace: shop }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: orders }
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: orders-cache, namespace: shop }
spec: { resources: { requests: { storage: 1Gi } } }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: orders-only-from-web, namespace: shop }
spec: { podSelector: { matchLabels: { app: orders } } }
---
apiVersion: v1
kind: Secret
metadata: { name: orders-keys, namespace: shop }
data: { api: c2VjcmV0LWFwaS1rZXk= }
stringData: { extra: another-secret-value }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: public, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /orders
            pathType: Prefix
            backend: { service: { name: orders, port: { number: 80 } } }
`

const COMPOSE = `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    env_file: [web.env]
    environment:
      - UPSTREAM=http://orders:7070
      - TOKEN=compose-secret-token
    deploy:
      replicas: 2
      resources:
        limits: { cpus: "0.5", memory: 256M }
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
    profiles: [edge]
  cache:
    image: redis:7
    volumes: ["cache-data:/data", "./redis.conf:/etc/redis.conf"]
    environment: { REDIS_PASSWORD: compose-redis-password }
volumes:
  cache-data: {}
`

function factsOf(files: Record<string, string>): RuntimeFacts {
  const read = readRuntime(Object.entries(files).map(([file, content]) => ({ file, content })))
  expect(read.problems).toEqual([])
  return runtimeFacts(read.documents)
}

const VALUES = [
  's3cr3t-value',
  'c2VjcmV0LWFwaS1rZXk=',
  'another-secret-value',
  'compose-secret-token',
  'compose-redis-password',
  'http://orders:7070'
]

describe('runtime facts', () => {
  const facts = factsOf({ 'k8s/shop.yaml': MANIFEST, 'compose.yaml': COMPOSE })

  it('read workloads with replicas, images, probes, resources, ports and names', () => {
    const orders = facts.workloads.find((w) => w.name === 'orders')
    expect(orders).toEqual({
      name: 'orders',
      kind: 'Deployment',
      file: 'k8s/shop.yaml',
      namespace: 'shop',
      replicas: 3,
      images: ['ghcr.io/acme/orders:1.4.2'],
      probes: ['liveness', 'readiness'],
      requests: 'cpu=100m, memory=64Mi',
      limits: 'memory=128Mi',
      ports: ['grpc/7070', 'metrics/9102'],
      env: ['API_KEY', 'DB_PASSWORD'],
      envFiles: [],
      configMaps: ['orders-config'],
      secrets: ['orders-keys'],
      volumes: ['orders-cache'],
      profiles: [],
      metrics: ['9102']
    })
    expect(facts.workloads.find((w) => w.name === 'orders-db')?.volumes).toEqual(['data (10Gi)'])
  })

  it('read Compose services: deploy replicas and limits, healthcheck, env files, named volumes', () => {
    const web = facts.workloads.find((w) => w.name === 'web')
    expect(web).toMatchObject({
      kind: 'compose',
      replicas: 2,
      probes: ['healthcheck'],
      limits: 'cpus=0.5, memory=256M',
      env: ['TOKEN', 'UPSTREAM'],
      envFiles: ['web.env'],
      profiles: ['edge'],
      ports: ['8080:80']
    })
    expect(facts.workloads.find((w) => w.name === 'cache')).toMatchObject({
      env: ['REDIS_PASSWORD'],
      volumes: ['cache-data']
    })
  })

  it('read the objects around the workloads, by name, in a stable order', () => {
    expect(facts.autoscalers).toEqual([
      { name: 'orders-hpa', target: 'Deployment orders', min: 2, max: 10 }
    ])
    expect(facts.claims).toEqual([{ name: 'orders-cache', storage: '1Gi' }])
    expect(facts.networkPolicies).toEqual(['orders-only-from-web'])
    expect(facts.secrets).toEqual(['orders-keys'])
    expect(facts.namespaces).toEqual(['shop'])
    expect(facts.profiles).toEqual(['edge'])
    expect(facts.envFiles).toEqual(['web.env'])
    expect(facts.namedVolumes).toEqual(['cache-data'])
    expect(facts.routes).toEqual([
      { from: 'Ingress public', host: 'shop.example.com', path: '/orders', service: 'orders' }
    ])
    expect(facts.services).toEqual([
      { name: 'orders', namespace: 'shop', ports: ['grpc 7070', 'web 80→8080'] }
    ])
    expect(facts.kinds).toEqual([
      { kind: 'Compose service', count: 2 },
      { kind: 'Deployment', count: 1 },
      { kind: 'HorizontalPodAutoscaler', count: 1 },
      { kind: 'Ingress', count: 1 },
      { kind: 'Namespace', count: 1 },
      { kind: 'NetworkPolicy', count: 1 },
      { kind: 'PersistentVolumeClaim', count: 1 },
      { kind: 'Secret', count: 1 },
      { kind: 'Service', count: 1 },
      { kind: 'StatefulSet', count: 1 }
    ])
  })

  it('hold no value of an environment variable or a Secret', () => {
    const text = JSON.stringify(facts)
    for (const value of VALUES) expect(text).not.toContain(value)
  })

  it('are the same for the same files', () => {
    expect(factsOf({ 'k8s/shop.yaml': MANIFEST, 'compose.yaml': COMPOSE })).toEqual(facts)
  })
})

describe('sections derived from runtime facts', () => {
  const parsed = parseBlueprint({
    file: 'shop.blueprint.yaml',
    content: `id: shop
project: acme
derived_sections: true
runtime: [k8s/shop.yaml, compose.yaml]
components:
  - { id: web, type: gateway, technology: nginx 1.27 }
  - { id: orders, technology: Go }
  - { id: orders-db, type: database, technology: PostgreSQL 16 }
  - { id: cache, type: cache, technology: Redis 7 }
dependencies:
  - { from: web, to: orders, technology: gRPC over mTLS }
  - { from: orders, to: orders-db }
  - { from: orders, to: cache }
`
  })
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
  const doc = renderDocument({
    blueprint: parsed.blueprint,
    source: 'shop.blueprint.yaml',
    generatedAt: 'T',
    template: builtInTemplate(),
    runtimeFacts: factsOf({ 'k8s/shop.yaml': MANIFEST, 'compose.yaml': COMPOSE })
  }).text
  const between = (from: string, to: string) => doc.slice(doc.indexOf(from), doc.indexOf(to))

  it('state scaling: replicas, the autoscaler and resources per workload', () => {
    const scaling = between('## Scalability and Performance', '## Deployment Architecture')
    expect(scaling).toContain(
      '| `orders` | Deployment | 3 | `orders-hpa` (2–10) | cpu=100m, memory=64Mi | memory=128Mi |'
    )
    expect(scaling).toContain('| `web` | Compose service | 2 | — | — | cpus=0.5, memory=256M |')
    expect(scaling).toContain(
      '*No performance targets in `shop.blueprint.yaml`: set `sections.scalability`.*'
    )
  })

  it('state security from gateways, encrypted protocols, NetworkPolicies and Secret names', () => {
    const security = between('## Security Architecture', '### Authentication Flow')
    expect(security).toContain('- **Gateways:** **web**')
    expect(security).toContain(
      '- **Encrypted dependencies:** **web** → **orders** (gRPC over mTLS)'
    )
    expect(security).toContain('- **NetworkPolicies:** `orders-only-from-web`')
    expect(security).toContain('- **Secrets (names only):** `orders-keys`')
    expect(security).toContain('- **Env files (names only):** `web.env`')
  })

  it('state state: stores and who uses them, StatefulSets, claims and volumes', () => {
    const storage = between('### Data Storage Architecture', '## Security Architecture')
    expect(storage).toContain('- **orders-db** (database, PostgreSQL 16): used by **orders**')
    expect(storage).toContain('- StatefulSet `orders-db`: volumes `data (10Gi)`')
    expect(storage).toContain('- PersistentVolumeClaim `orders-cache` (1Gi): mounted by `orders`')
    expect(storage).toContain('- Volume `cache-data`: mounted by `cache`')
  })

  it('state deployment, monitoring, API and configuration from the files', () => {
    expect(doc).toContain('- **Namespaces:** `shop`')
    expect(doc).toContain('- **Profiles:** `edge`')
    expect(doc).toContain('| `orders` | `ghcr.io/acme/orders:1.4.2` | liveness, readiness | — |')
    expect(doc).toContain('- **Metrics ports:** `orders` (9102)')
    expect(doc).toContain('- **gRPC over mTLS:** **web** → **orders**')
    expect(doc).toContain('- Ingress public: `shop.example.com/orders` → `orders`')
    expect(doc).toContain('| `orders` | `API_KEY`, `DB_PASSWORD` |')
    expect(doc).toContain('- **ConfigMaps and configs:** `orders-config`')
    for (const value of VALUES) expect(doc).not.toContain(value)
  })
})
