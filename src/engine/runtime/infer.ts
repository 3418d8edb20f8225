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
  ['storage', ['minio', 'azurite']]
]

/** An image reference taken apart: `registry/owner/name:tag@digest`. */
export interface ImageName {
  /** The last path segment: `redis`, `frontend`. */
  readonly name: string
  /** Every path segment after the registry, `bitnami/postgresql` → both. */
  readonly path: readonly string[]
  readonly tag?: string
}

/** Takes an image reference apart; undefined for an empty one. */
export function parseImage(image: string): ImageName | undefined {
  const withoutDigest = image.trim().replace(/@.*$/, '')
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

/** The type a name's words suggest (`user-db` → database), or undefined. */
export function typeOfWords(name: string): TypeGuess | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  for (const [type, known] of TYPE_WORDS) {
    const word = words.find((w) => known.includes(w))
    if (word !== undefined) return { type, word }
  }
  return undefined
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
