/**
 * Compose projects as `docker compose config` reads them: substitution in
 * every form the Compose Specification gives, the `.env` format, files
 * merged as `-f a -f b`, `include:`, `extends:`, `env_file:` and bare
 * environment names; and the draft's Kubernetes Service components, types
 * and groups.
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { draftOf } from '../../src/engine/runtime/draft.js'
import { emitBlueprint } from '../../src/engine/runtime/emit.js'
import { readRuntime, type RuntimeRead } from '../../src/engine/runtime/index.js'
import { cleanImage, parseImage, technologyOf, typeOfName } from '../../src/engine/runtime/infer.js'
import { interpolate, readEnvFile } from '../../src/engine/runtime/interpolate.js'

/** Reads Compose files (in order, one project) with other files reachable by path. */
function project(files: Record<string, string>, others: Record<string, string> = {}): RuntimeRead {
  return readRuntime(
    Object.entries(files).map(([file, content]) => ({ file, content })),
    { lookup: (file) => others[file] ?? null }
  )
}

const edges = (read: RuntimeRead) =>
  read.runtime.edges.map((e) => `${e.from} -> ${e.to} (${e.evidence.join(', ')})`)
const service = (read: RuntimeRead, name: string) => {
  const data = read.documents[0]?.document.data as {
    services: Record<string, Record<string, unknown>>
  }
  return data.services[name]
}

describe('interpolation, as the Compose Specification gives it', () => {
  const vars: Record<string, string> = { SET: 'value', EMPTY: '', FOO: 'foo' }
  const lookup = (name: string) => vars[name]

  it.each([
    ['${SET}', 'value', []],
    ['$SET', 'value', []],
    ['$SET.x', 'value.x', []],
    ['${UNSET}', '', ['UNSET']],
    ['$UNSET-x', '-x', ['UNSET']],
    ['${SET:-d}', 'value', []],
    ['${EMPTY:-d}', 'd', []],
    ['${UNSET:-d}', 'd', []],
    ['${EMPTY-d}', '', []],
    ['${UNSET-d}', 'd', []],
    ['${SET:?need it}', 'value', []],
    ['${EMPTY:?need it}', '', ['EMPTY (need it)']],
    ['${EMPTY?need it}', '', []],
    ['${UNSET?need it}', '', ['UNSET (need it)']],
    ['${SET:+alt}', 'alt', []],
    ['${EMPTY:+alt}', '', []],
    ['${EMPTY+alt}', 'alt', []],
    ['${UNSET+alt}', '', []],
    ['${UNSET:-${FOO}}', 'foo', []],
    ['${UNSET:-${NONE:-deep}}', 'deep', []],
    ['${SET:-${NONE}}', 'value', []],
    ['${UNSET?$FOO}', '', ['UNSET (foo)']],
    ['$$SET', '$SET', []],
    ['$${SET}', '${SET}', []],
    ['cost: 5$', 'cost: 5$', []],
    ['a $1 b', 'a $1 b', []],
    ['${IMAGE:-vendor/app}:${VERSION:-latest}', 'vendor/app:latest', []],
    ['${UNSET:-a:b}', 'a:b', []],
    // The first `}` closes the default; the second is text.
    ['${UNSET:-{x}}', '{x}', []]
  ])('%s → %j', (text, value, unresolved) => {
    const done = interpolate(text, lookup)
    expect(done.error).toBeUndefined()
    expect(done.value).toBe(value)
    expect(done.unresolved).toEqual(unresolved)
  })

  it.each([
    ['${SET', /never closed/],
    ['${}', /no variable name/],
    ['${SET/a/b}', /does not know/],
    [`${'${A:-'.repeat(40)}x${'}'.repeat(40)}`, /nests "\$\{" more than 16 levels deep/]
  ])('refuses %s', (text, message) => {
    const done = interpolate(text, lookup)
    expect(done.error).toMatch(message)
    expect(done.value).toBe(text)
  })

  it('never substitutes a substituted value again, so no value loops', () => {
    const loop = interpolate('${A}', (n) => (n === 'A' ? '${A}' : undefined))
    expect(loop).toEqual({ value: '${A}', unresolved: [] })
  })
})

describe('the .env format', () => {
  it('reads comments, export, quotes, escapes, inline comments and earlier variables', () => {
    const env = readEnvFile(
      [
        '# a comment',
        '',
        'export PORT=7070',
        'ADDR=cart:${PORT}',
        "SINGLE='${PORT} # kept'",
        'DOUBLE="a\\tb ${PORT}" # dropped',
        'UNQUOTED=x # dropped',
        'HASH=x#kept',
        'SPACED = y',
        'EMPTY=',
        'MULTI="one',
        'two"',
        'SELF=${SELF:-fallback}',
        'LATER=${NOT_YET}',
        'NOT_YET=1'
      ].join('\n')
    )
    expect(Object.fromEntries(env.entries.map((e) => [e.name, e.value]))).toEqual({
      PORT: '7070',
      ADDR: 'cart:7070',
      SINGLE: '${PORT} # kept',
      DOUBLE: 'a\tb 7070',
      UNQUOTED: 'x',
      HASH: 'x#kept',
      SPACED: 'y',
      EMPTY: '',
      MULTI: 'one\ntwo',
      SELF: 'fallback',
      LATER: '',
      NOT_YET: '1'
    })
    expect(env.unresolved).toEqual([{ name: 'NOT_YET', line: 14 }])
    expect(env.problems).toEqual([])
  })

  it('says where a quote is never closed', () => {
    expect(readEnvFile('A=1\nB="open\nC=3\n').problems).toEqual([
      { line: 2, col: 1, message: 'the value of B opens a double quote that is never closed' }
    ])
  })
})

describe('a Compose project', () => {
  it('substitutes from the .env beside the first file, and bare environment names take their value there', () => {
    const read = project(
      {
        'app/compose.yaml': `services:
  frontend:
    image: \${IMAGE_NAME}:\${DEMO_VERSION}-frontend
    environment:
      - AD_ADDR
      - QUOTE_ADDR
      - NOPE
  ad:
    image: \${IMAGE_NAME}:\${DEMO_VERSION}-ad
    depends_on: ["\${DB_HOST:-postgres}"]
  quote:
    image: \${IMAGE:-vendor/app}:\${VERSION:-latest}
    environment:
      NETWORK: backend
      STORE: backend
    networks: [backend]
  postgres: {image: "postgres:\${PG_TAG}"}
  backend: {image: "envoyproxy/envoy:\${ENVOY_TAG}"}
networks:
  backend: {}
`
      },
      {
        'app/.env':
          'IMAGE_NAME=ghcr.io/acme/demo\nDEMO_VERSION=2.0\nAD_ADDR=ad:9555\nQUOTE_ADDR="http://quote:8090"\n'
      }
    )
    expect(read.problems).toEqual([])
    expect(edges(read)).toEqual([
      'frontend -> ad (environment AD_ADDR)',
      'frontend -> quote (environment QUOTE_ADDR)',
      'ad -> postgres (depends_on)'
    ])
    expect(service(read, 'frontend')?.environment).toEqual({
      AD_ADDR: 'ad:9555',
      QUOTE_ADDR: 'http://quote:8090'
    })
    expect(read.unresolved.map((u) => `${u.file}:${u.line}: ${u.message}`)).toEqual([
      'app/compose.yaml:17: variable PG_TAG has no value (no .env entry, no default): it reads as empty',
      'app/compose.yaml:18: variable ENVOY_TAG has no value (no .env entry, no default): it reads as empty',
      'app/compose.yaml:2: service "frontend" takes NOPE from the environment, and neither .env nor an env_file sets it'
    ])
    const draft = draftOf(read.runtime)
    const byId = Object.fromEntries(draft.components.map((c) => [c.id, c]))
    expect(byId.frontend?.technology?.value).toBe('demo:2.0-frontend')
    expect(byId.frontend?.type?.value).toBe('frontend')
    expect(byId.quote?.technology?.value).toBe('app:latest')
    expect(byId.postgres?.technology?.value).toBe('postgres')
    expect(byId.backend?.type).toEqual({
      value: 'gateway',
      why: 'guessed from image envoyproxy/envoy:'
    })
  })

  it('reads env_file in each of its forms, the environment winning over it', () => {
    const read = project(
      {
        'compose.yaml': `services:
  a:
    image: x
    env_file: one.env
    environment: [FROM_ONE, OWN=b:1]
  b:
    image: x
    env_file:
      - path: ./two.env
        required: false
      - path: missing.env
        required: false
  c:
    image: x
    env_file: [gone.env]
`
      },
      { 'one.env': 'FROM_ONE=c:80\nOWN=ignored\n', 'two.env': 'TO_A=http://a\n' }
    )
    expect(edges(read)).toEqual([
      'a -> c (environment FROM_ONE)',
      'a -> b (environment OWN)',
      'b -> a (environment TO_A)'
    ])
    expect(read.unresolved.map((u) => u.message)).toEqual([
      'service "c" reads env_file gone.env, which does not exist'
    ])
  })

  it('merges files as -f a -f b does: mappings by key, lists appended, commands replaced, !reset and !override', () => {
    const read = project({
      'compose.yaml': `services:
  web:
    image: web:1
    depends_on: [api]
    environment: {A: "1"}
    command: ["run", "db:5432"]
  api:
    image: api:1
    depends_on: [cache]
  db: {image: postgres}
  cache: {image: redis}
  mq: {image: rabbitmq}
`,
      'compose.override.yaml': `services:
  web:
    image: web:2
    depends_on:
      mq: {condition: service_healthy}
    environment: [B=2]
    command: ["run"]
  api:
    depends_on: !reset []
    environment: !override {X: "y"}
  extra: {image: busybox}
`
    })
    expect(read.problems).toEqual([])
    expect(service(read, 'web')).toMatchObject({
      image: 'web:2',
      environment: { A: '1', B: '2' },
      command: ['run']
    })
    expect(Object.keys(service(read, 'web')?.depends_on as object)).toEqual(['api', 'mq'])
    expect(service(read, 'api')?.depends_on).toBeUndefined()
    expect(read.runtime.workloads.map((w) => `${w.name} ${w.file}:${w.line}`)).toEqual([
      'web compose.yaml:2',
      'api compose.yaml:7',
      'db compose.yaml:10',
      'cache compose.yaml:11',
      'mq compose.yaml:12',
      'extra compose.override.yaml:11'
    ])
    expect(edges(read)).toEqual(['web -> api (depends_on)', 'web -> mq (depends_on)'])
  })

  it('follows include: with its own folder and .env, keeping its own definition of a name both define', () => {
    const read = project(
      {
        'compose.yaml': `include:
  - db/compose.yaml
  - path: [mq/compose.yaml]
services:
  app:
    image: app
    environment: {DB: "postgres:5432", MQ: "amqp://rabbit"}
  postgres: {image: "postgres:16"}
`
      },
      {
        'db/compose.yaml':
          'services:\n  postgres: {image: "postgres:${PG:-15}"}\n  pgadmin: {image: "dpage/pgadmin4", depends_on: [postgres]}\n',
        'mq/compose.yaml': 'services:\n  rabbit: {image: "rabbitmq:${TAG}"}\n',
        'mq/.env': 'TAG=3\n'
      }
    )
    expect(read.problems).toEqual([])
    expect(read.runtime.workloads.map((w) => `${w.name} ${w.file}`)).toEqual([
      'app compose.yaml',
      'postgres compose.yaml',
      'pgadmin db/compose.yaml',
      'rabbit mq/compose.yaml'
    ])
    expect(read.runtime.workloads.find((w) => w.name === 'rabbit')?.image).toBe('rabbitmq:3')
    expect(edges(read)).toEqual([
      'app -> postgres (environment DB)',
      'app -> rabbit (environment MQ)',
      'pgadmin -> postgres (depends_on)'
    ])
    expect(read.notes.map((n) => n.message)).toEqual([
      'service "postgres" of the included db/compose.yaml is also defined here: this definition is kept'
    ])
  })

  it('resolves extends: from its own file and from another', () => {
    const read = project(
      {
        'compose.yaml': `services:
  base: {image: "node:20", environment: {API: "http://api"}}
  web:
    extends: base
    environment: {EXTRA: "1"}
  admin:
    extends: {file: shared/common.yml, service: front}
  api: {image: api}
`
      },
      { 'shared/common.yml': 'services:\n  front:\n    image: "nginx:1"\n    depends_on: [api]\n' }
    )
    expect(read.problems).toEqual([])
    expect(service(read, 'web')).toMatchObject({
      image: 'node:20',
      environment: { API: 'http://api', EXTRA: '1' }
    })
    expect(edges(read)).toEqual([
      'base -> api (environment API)',
      'web -> api (environment API)',
      'admin -> api (depends_on)'
    ])
  })

  it('says once of a variable many services take by name that nothing sets', () => {
    const services = ['a', 'b', 'c', 'd'].map((n) => `  ${n}: {image: x, environment: [SECRET]}`)
    const read = project({ 'compose.yaml': `services:\n${services.join('\n')}\n` })
    expect(read.unresolved.map((u) => `${u.line}: ${u.message}`)).toEqual([
      '2: 4 services (a, b, c, …) take SECRET from the environment, and neither .env nor an env_file sets it'
    ])
  })

  it('reads a file found in a folder that another project extends as part of it, not as a project', () => {
    const common = 'services:\n  front: {image: "nginx:1"}\n'
    const read = readRuntime(
      [
        {
          file: 'compose.yaml',
          project: '.',
          discovered: true,
          content: 'services:\n  web: {extends: {file: common.yml, service: front}}\n'
        },
        { file: 'common.yml', project: 'common.yml', discovered: true, content: common }
      ],
      { lookup: (file) => (file === 'common.yml' ? common : null) }
    )
    expect(read.runtime.workloads.map((w) => w.name)).toEqual(['web'])
    expect(read.read).toEqual(['compose.yaml'])
  })

  it('takes container names and network aliases as host names, and no network or volume name as one', () => {
    const read = project({
      'compose.yaml': `services:
  lms:
    image: x
    environment: {DB_HOST: edx.devstack.mysql, CACHE: "edx.cache:11211", NET: backend, VOL: data}
  mysql:
    image: mysql
    networks:
      default:
        aliases: [edx.devstack.mysql]
  memcached: {image: memcached, container_name: edx.cache}
  backend: {image: x}
  data: {image: x}
networks: {backend: {}}
volumes: {data: {}}
`
    })
    expect(edges(read)).toEqual([
      'lms -> mysql (environment DB_HOST)',
      'lms -> memcached (environment CACHE)'
    ])
  })

  it('reads a file that shares settings through 150 aliases and merge keys', () => {
    const services = Array.from(
      { length: 50 },
      (_, i) => `  s${i}:\n    <<: *defaults\n    environment: *env\n    depends_on: *deps\n`
    ).join('')
    const read = project({
      'compose.yaml': `x-defaults: &defaults\n  image: "app:1"\n  restart: always\nx-env: &env\n  DB: "db:5432"\nx-deps: &deps [db]\nservices:\n${services}  db: {image: postgres}\n`
    })
    expect(read.problems).toEqual([])
    expect(read.runtime.workloads).toHaveLength(51)
    expect(read.runtime.edges).toHaveLength(50)
    expect(read.runtime.edges[0]?.evidence).toEqual(['depends_on', 'environment DB'])
  })
})

describe('Kubernetes Services in a draft', () => {
  const deployment = (name: string, app: string, extra = '') => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, labels: {app.kubernetes.io/part-of: shop}}
spec:
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: c, image: "example/${app}:1"${extra}}]}
`
  const svc = (name: string, app: string) =>
    `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: {selector: {app: ${app}}}\n`

  it('makes one component of the versions behind one Service, named for it, with edges through it', () => {
    const read = readRuntime([
      {
        file: 'k8s.yaml',
        content:
          deployment('reviews-v1', 'reviews') +
          deployment('reviews-v2', 'reviews', ', env: [{name: RATINGS_HOSTNAME, value: ratings}]') +
          deployment('ratings-v1', 'ratings') +
          deployment('page', 'page', ', env: [{name: REVIEWS, value: "http://reviews:9080"}]') +
          deployment('batch', 'batch') +
          svc('reviews', 'reviews') +
          svc('ratings', 'ratings') +
          svc('page', 'page')
      }
    ])
    const draft = draftOf(read.runtime)
    expect(draft.components.map((c) => `${c.id}: ${c.origin}`)).toEqual([
      'reviews: Service (k8s.yaml:42) selecting Deployment reviews-v1, Deployment reviews-v2',
      'ratings: Service (k8s.yaml:47) selecting Deployment ratings-v1',
      'page: Deployment (k8s.yaml:26)',
      'batch: Deployment (k8s.yaml:34)'
    ])
    expect(draft.dependencies.map((d) => `${d.from} -> ${d.to}`)).toEqual([
      'reviews -> ratings',
      'page -> reviews'
    ])
    const text = emitBlueprint({
      id: 'x',
      project: 'x',
      runtimePaths: ['k8s.yaml'],
      runtime: read.runtime
    })
    expect(text).toContain(
      '  - id: reviews  # Service (k8s.yaml:42) selecting Deployment reviews-v1, Deployment reviews-v2\n'
    )
    expect(parseBlueprint({ file: 'x.blueprint.yaml', content: text }).ok).toBe(true)
  })

  it('groups a draft over 20 components, saying why', () => {
    const names = [
      ...Array.from({ length: 8 }, (_, i) => `snuba-c${i}`),
      ...Array.from({ length: 8 }, (_, i) => `sentry-w${i}`),
      'relay',
      'nginx',
      'postgres',
      'redis',
      'vroom'
    ]
    const compose = `services:\n${names.map((n) => `  ${n}: {image: "${n.replace(/-.*/, '')}:1"}`).join('\n')}\n`
    const read = readRuntime([{ file: 'compose.yaml', content: compose }])
    const groups = Object.fromEntries(draftOf(read.runtime).components.map((c) => [c.id, c.group]))
    expect(groups['snuba-c0']).toEqual({ value: 'snuba', why: 'shared name prefix "snuba-"' })
    expect(groups.postgres).toEqual({ value: 'data', why: 'type database; no shared name prefix' })
    expect(groups.nginx).toEqual({ value: 'edge', why: 'type gateway; no shared name prefix' })
    expect(groups.relay).toEqual({ value: 'services', why: 'type service; no shared name prefix' })
    const text = emitBlueprint({
      id: 'x',
      project: 'x',
      runtimePaths: ['compose.yaml'],
      runtime: read.runtime
    })
    expect(text).toContain('    group: snuba  # shared name prefix "snuba-"\n')
    // Not for 20 or fewer.
    const small = readRuntime([
      { file: 'c.yaml', content: 'services:\n  a-x: {image: a}\n  a-y: {image: a}\n' }
    ])
    expect(draftOf(small.runtime).components.every((c) => c.group === undefined)).toBe(true)
  })
})

describe('groups of a large Kubernetes draft', () => {
  it('come from the part-of label, else the namespace', () => {
    const objects = Array.from({ length: 24 }, (_, i) => {
      const ns = i % 2 === 0 ? 'shop' : 'ops'
      const partOf = i < 6 ? '\n    labels: {app.kubernetes.io/part-of: payments}' : ''
      return `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n    name: w${i}\n    namespace: ${ns}${partOf}\nspec: {template: {spec: {containers: [{name: c, image: x}]}}}\n`
    })
    const read = readRuntime([{ file: 'k8s.yaml', content: objects.join('') }])
    const groups = draftOf(read.runtime).components.map(
      (c) => `${c.id}: ${c.group?.value} (${c.group?.why})`
    )
    expect(groups[0]).toBe('w0: payments (label app.kubernetes.io/part-of: payments)')
    expect(groups[6]).toBe('w6: shop (namespace shop)')
    expect(groups[7]).toBe('w7: ops (namespace ops)')
  })
})

describe('types and technologies', () => {
  it.each([
    ['frontend', 'frontend'],
    ['front-end', 'frontend'],
    ['frontend-proxy', 'gateway'],
    ['user-db', 'database'],
    ['payment', undefined],
    ['api-gateway', 'gateway']
  ])('the name %s suggests %s', (name, type) => {
    expect(typeOfName(name)?.type).toBe(type)
  })

  it.each([
    ['chrislusf/seaweedfs:3.8', 'storage', 'seaweedfs:3.8'],
    ['minio/minio', 'storage', 'minio'],
    ['opensearchproject/opensearch:2', 'database', 'opensearch:2'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.1', 'database', 'elasticsearch:8.1'],
    ['envoyproxy/envoy:${ENVOY_TAG}', 'gateway', 'envoy'],
    ['${REGISTRY:-docker.io}/library/redis:${TAG:-7}', 'cache', 'redis']
  ])('%s is %s, written with %s', (image, type, technology) => {
    const parsed = parseImage(image)
    expect(parsed && technologyOf(parsed)).toBe(technology)
    expect(technologyOf(parsed ?? { name: '', path: [] })).not.toContain('$')
    const read = readRuntime([
      { file: 'c.yaml', content: `services:\n  x:\n    image: '${image}'\n` }
    ])
    expect(draftOf(read.runtime).components[0]?.type?.value).toBe(type)
  })

  it('cleans what substitution leaves behind', () => {
    expect(cleanImage('vendor/app:')).toBe('vendor/app')
    expect(cleanImage('${A}/app:${B}')).toBe('app')
  })
})
