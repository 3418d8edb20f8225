/**
 * Synthetic blueprints for the benchmark: deterministic (a seeded generator),
 * each of COMPONENTS components in two groups and DEPENDENCIES dependencies,
 * the size of a real service's blueprint (about 10 KB of YAML).
 */

/** Components per synthetic blueprint. */
export const COMPONENTS = 30
/** Dependencies per synthetic blueprint. */
export const DEPENDENCIES = 45

const TYPES = [
  'frontend',
  'gateway',
  'service',
  'function',
  'database',
  'cache',
  'queue',
  'storage',
  'external',
  'person'
]
const TECH = [
  'Go 1.23',
  'Node 22',
  'PostgreSQL 16',
  'Redis 7',
  'Kafka',
  'React 18',
  'Envoy',
  'Python 3.12'
]

/** Mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The (from, to) pairs over the components: a chain plus fixed extra edges, no duplicates. */
function edges() {
  const out = []
  for (let i = 0; i < COMPONENTS - 1; i++) out.push([i, i + 1])
  for (let k = 0; out.length < DEPENDENCIES; k++) {
    const from = (k * 7) % COMPONENTS
    const to = (k * 11 + 3) % COMPONENTS
    if (from !== to && !out.some(([a, b]) => a === from && b === to)) out.push([from, to])
  }
  return out
}
const EDGES = edges()

/**
 * The YAML of blueprint number `n`. `variant` > 0 changes a few fields,
 * removes one component (and its edges) and adds another, for review benchmarks.
 */
export function blueprintYaml(n, variant = 0) {
  const r = rng(n * 7919 + 1)
  const id = `system-${String(n).padStart(5, '0')}`
  const lines = [
    `id: ${id}`,
    `project: bench-${n % 17}`,
    `title: Synthetic system ${n}`,
    'overview: |',
    `  Synthetic system number ${n}, generated for the benchmark.`,
    `  It has thirty components in two groups and forty-five dependencies${variant ? ` (revision ${variant})` : ''}.`,
    'diagram:',
    '  type: flowchart',
    `  direction: ${n % 2 ? 'LR' : 'TB'}`,
    'components:'
  ]
  const dropped = variant ? 5 + (n % 10) : -1
  for (let i = 0; i < COMPONENTS; i++) {
    if (i === dropped) continue
    const type = TYPES[Math.floor(r() * TYPES.length)]
    const tech = TECH[Math.floor(r() * TECH.length)]
    lines.push(
      `  - id: c${i}`,
      `    name: Component ${i} of ${id}`,
      `    type: ${type}`,
      `    technology: ${variant && i % 9 === 0 ? `${tech} (upgraded)` : tech}`,
      `    description: "Does part ${i} of the work: reads, writes and reports."`,
      `    group: ${i < COMPONENTS / 2 ? 'Front tier' : 'Back tier'}`
    )
  }
  if (variant)
    lines.push(
      '  - id: added',
      '    name: Added component',
      '    type: cache',
      '    group: Back tier'
    )
  lines.push('dependencies:')
  for (const [a, b] of EDGES) {
    if (a === dropped || b === dropped) continue
    lines.push(
      `  - from: c${a}`,
      `    to: c${b}`,
      `    description: calls ${b} for ${a}`,
      `    technology: ${a % 3 ? 'HTTPS/JSON' : 'gRPC'}`,
      `    async: ${variant && a % 5 === 0 ? 'true' : a % 4 === 0 ? 'true' : 'false'}`
    )
  }
  if (variant) lines.push('  - from: c0', '    to: added', '    description: caches')
  return `${lines.join('\n')}\n`
}

/** Repository path of blueprint `n`: 50 per folder, like a monorepo's services. */
export function blueprintPath(n) {
  return `services/team-${String(Math.floor(n / 50)).padStart(3, '0')}/system-${String(n).padStart(5, '0')}.blueprint.yaml`
}
