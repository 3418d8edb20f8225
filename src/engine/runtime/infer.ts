/**
 * Guesses from what the runtime files say: a component's type and
 * technology from its image, and the names of other services that a
 * configuration value or command-line argument mentions.
 */

/** Image name words → the component type they suggest, most specific first. */
const TYPE_WORDS: ReadonlyArray<readonly [type: string, words: readonly string[]]> = [
  [
    'database',
    [
      'postgres',
      'postgresql',
      'postgis',
      'timescaledb',
      'mysql',
      'mariadb',
      'mongo',
      'mongodb',
      'mssql',
      'cassandra',
      'scylla',
      'couchdb',
      'couchbase',
      'cockroach',
      'cockroachdb',
      'neo4j',
      'influxdb',
      'clickhouse',
      'elasticsearch',
      'opensearch',
      'oracle',
      'db',
      'database'
    ]
  ],
  ['cache', ['redis', 'memcached', 'valkey', 'keydb', 'dragonfly', 'varnish']],
  [
    'queue',
    ['rabbitmq', 'kafka', 'nats', 'activemq', 'artemis', 'pulsar', 'redpanda', 'mosquitto', 'nsq']
  ],
  ['gateway', ['nginx', 'envoy', 'traefik', 'haproxy', 'caddy', 'kong']],
  ['storage', ['minio', 'azurite', 'seaweedfs', 'ceph', 'garage']]
]

/**
 * Component name words → the type they suggest, the last word first
 * (`frontend-proxy` is a gateway, `user-db` a database, `frontend` a
 * frontend).
 */
const NAME_WORDS: ReadonlyArray<readonly [type: string, words: readonly string[]]> = [
  ['gateway', ['proxy', 'gateway', 'ingress', 'lb', 'loadbalancer', 'router', 'edge']],
  ['frontend', ['frontend', 'ui', 'webui', 'webapp', 'storefront', 'spa']]
]

/** An image reference taken apart: `registry/owner/name:tag@digest`. */
export interface ImageName {
  /** The last path segment: `redis`, `frontend`. */
  readonly name: string
  /** Every path segment after the registry, `bitnami/postgresql` → both. */
  readonly path: readonly string[]
  readonly tag?: string
}

/** Takes an image reference apart (what substitution left behind removed); undefined for an empty one. */
export function parseImage(image: string): ImageName | undefined {
  const withoutDigest = cleanImage(image).replace(/@.*$/, '')
  if (withoutDigest === '') return undefined
  const segments = withoutDigest.split('/')
  const last = segments.pop() ?? ''
  const colon = last.lastIndexOf(':')
  const name = colon === -1 ? last : last.slice(0, colon)
  const tag = colon === -1 ? undefined : last.slice(colon + 1)
  // A first segment with a dot, a port or `localhost` names a registry, not an owner.
  if (segments.length > 0 && /[.:]|^localhost$/.test(segments[0] ?? '')) segments.shift()
  if (name === '') return undefined
  return { name, path: [...segments, name], ...(tag ? { tag } : {}) }
}

/** A component type guessed from words, with the word that decided it. */
export interface TypeGuess {
  readonly type: string
  readonly word: string
}

/**
 * The type a name suggests (`postgres:15-alpine` → database), from the words
 * of its last segment first, then of the segments before it
 * (`mssql/server`); undefined when nothing is known about it.
 */
export function typeOfImage(image: ImageName): TypeGuess | undefined {
  for (const segment of [...image.path].reverse()) {
    const guess = typeOfWords(segment)
    if (guess) return guess
  }
  return undefined
}

/** The type an image segment's words suggest (`bitnami-postgresql` → database), or undefined. */
export function typeOfWords(name: string): TypeGuess | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  for (const [type, known] of TYPE_WORDS) {
    const word = words.find((w) => known.includes(w))
    if (word !== undefined) return { type, word }
  }
  return undefined
}

/**
 * The type a component's name suggests, its last word deciding first:
 * `frontend-proxy` → gateway, `user-db` → database, `front-end` → frontend.
 */
export function typeOfName(name: string): TypeGuess | undefined {
  const lower = name.toLowerCase()
  if (
    /(?:^|[^a-z0-9])front-?end(?:$|[^a-z0-9])/.test(lower) &&
    !/[-_](?:proxy|gateway|db)$/.test(lower)
  )
    return { type: 'frontend', word: lower.includes('front-end') ? 'front-end' : 'frontend' }
  const words = lower.split(/[^a-z0-9]+/).filter((w) => w !== '')
  for (const word of [...words].reverse()) {
    for (const [type, known] of [...NAME_WORDS, ...TYPE_WORDS])
      if (known.includes(word)) return { type, word }
  }
  return undefined
}

/**
 * An image reference with what substitution left behind removed: `${…}`
 * that could not be substituted, and the empty tag or dangling separators
 * an unset variable leaves (`vendor/app:` → `vendor/app`).
 */
export function cleanImage(image: string): string {
  let out = image
  for (let i = 0; i < 8 && out.includes('${'); i++) out = out.replace(/\$\{[^${}]*\}/g, '')
  return out
    .replace(/\$[A-Za-z_][A-Za-z0-9_]*|[${}]/g, '')
    .replace(/:[-.]+/, ':')
    .replace(/[-.:@]+$/, '')
    .replace(/^[-.:/]+/, '')
    .trim()
}

/** `name:tag` of an image, the technology a component is written with. */
export function technologyOf(image: ImageName): string {
  return image.tag ? `${image.name}:${image.tag}` : image.name
}

/** What may come right before a host name: the start, a separator, or `//` of a URL. */
const BEFORE = new Set([' ', '\t', '\n', '=', ',', ';', '"', "'", '(', '[', '@', '{'])
/** What may come right after one: the end, a port, a path, a separator. */
const AFTER = new Set([' ', '\t', '\n', ':', '/', ',', ';', '"', "'", ')', ']', '}', '?', '#'])

/**
 * The host names a value mentions, as a container would resolve them:
 * `user-db:27017`, `http://carts.sock-shop.svc.cluster.local/x`,
 * `amqp://guest@rabbitmq`. A word inside a path (`/app`), an option
 * (`-Dspring.x`) or a key (`HOST=`) is not one.
 */
export function hostsIn(value: string): string[] {
  const found: string[] = []
  for (const match of value.matchAll(/[A-Za-z0-9][A-Za-z0-9._-]*/g)) {
    const start = match.index
    const end = start + match[0].length
    const before = start === 0 ? '' : value.charAt(start - 1)
    const after = end === value.length ? '' : value.charAt(end)
    const url = before === '/' && value.charAt(start - 2) === '/'
    if (before !== '' && !BEFORE.has(before) && !url) continue
    if (after !== '' && !AFTER.has(after)) continue
    // `http://`: a scheme, not a host.
    if (value.startsWith('://', end)) continue
    const host = match[0].replace(/\.+$/, '')
    if (host !== '' && !found.includes(host)) found.push(host)
  }
  return found
}

/** A variable whose value is an address: `*_HOST`, `*_ADDR`, `*_URL`, `*_SERVERS`… */
export const ADDRESS_KEY =
  /(?:HOST|HOSTNAME|HOSTS|ADDR|ADDRESS|SERVER|SERVERS|SERVICE|ENDPOINT|URL|URI|BROKER|BROKERS|DSN)$/i

/** Variables whose bare-word value names a thing inside a service, not a host: `DB_NAME`, `*_USER`… */
const NAMING_KEY =
  /(?:^|_)(?:NAME|DB|DBNAME|DATABASE|USER|USERNAME|PASSWORD|PASS|SCHEMA|TABLE|QUEUE|TOPIC|BUCKET|INDEX|MODULE|APP|PROFILE|ENV|ENVIRONMENT|MODE|LEVEL|REALM|KEYSPACE|TRANSPORT|BACKEND|DRIVER|ENGINE|TYPE|PROVIDER)$/i

/**
 * The hosts an environment variable's value names. A bare word
 * (`registrar`: no port, scheme or `@`) is a host, as a container would
 * resolve it, unless the variable names something inside a service by its
 * name (`DB_NAME: registrar` is a database, not the registrar service).
 */
export function envHosts(key: string, value: string): string[] {
  if (/^[A-Za-z0-9._-]+$/.test(value.trim()) && NAMING_KEY.test(key) && !ADDRESS_KEY.test(key))
    return []
  return hostsIn(value)
}

/** Options after which a command line names a host: `-h edge-router`, `--host db`. */
const HOST_FLAG =
  /^-{1,2}(?:h|H|host|hostname|server|servers|addr|address|broker|brokers|url|uri|endpoint|target|connect|bootstrap-server|bootstrap-servers)$/

/**
 * The host names a command line mentions as addresses, not merely as words:
 * `db:5432`, `http://api/x`, `user@mq`, the value of a host option
 * (`-h edge-router`, `--host=db`), or a name followed by a port
 * (`nc -z kafka 9092`). `celery -A registrar` names an application module,
 * not a host, and is not one.
 */
export function commandHosts(command: string): string[] {
  const found: string[] = []
  const add = (hosts: readonly string[]) => {
    for (const h of hosts) if (!found.includes(h)) found.push(h)
  }
  const tokens = command.split(/[\s;&|()`'"]+/).filter((t) => t !== '')
  tokens.forEach((token, i) => {
    const eq = token.indexOf('=')
    if (eq > 0 && HOST_FLAG.test(token.slice(0, eq))) {
      add(hostsIn(token.slice(eq + 1)))
      return
    }
    if (/:\d|\/\/|@/.test(token)) {
      // Only the hosts written as addresses: `x:5432`, `//x`, `u@x`.
      add(
        hostsIn(token).filter((h) =>
          new RegExp(`(?://|@)${escape(h)}|${escape(h)}:\\d`).test(token)
        )
      )
      return
    }
    const before = tokens[i - 1]
    const after = tokens[i + 1]
    if (
      (before !== undefined && HOST_FLAG.test(before)) ||
      (after !== undefined && /^\d{2,5}$/.test(after))
    )
      add(hostsIn(token))
  })
  return found
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The Service a host name resolves to inside a cluster: `svc`, `svc.ns`,
 * `svc.ns.svc` or `svc.ns.svc.<cluster domain>`; undefined for other names.
 */
export function serviceOfHost(host: string): { name: string; namespace?: string } | undefined {
  const labels = host.split('.')
  const [name, namespace, third] = labels
  if (name === undefined || name === '') return undefined
  if (labels.length === 1) return { name }
  if (namespace === undefined || namespace === '') return undefined
  if (labels.length === 2) return { name, namespace }
  return third === 'svc' ? { name, namespace } : undefined
}
