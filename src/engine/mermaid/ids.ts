/**
 * Mermaid ids: generated from a hash of the component id or group name,
 * never taken from user text (`end`, `default`, `o…`/`x…` after an arrow,
 * `…_blank` all break Mermaid), and stable for the same content.
 */
import { createHash } from 'node:crypto'
import type { Blueprint } from '../model.js'
import { compareText } from '../text.js'
import { groupNames } from './shared.js'

/** Hex digits of the hash used for an id when no other id collides with it. */
const ID_HEX_LENGTH = 8

/**
 * The key of a dependency in {@link Highlight.edges}. Several dependencies
 * between the same two components share a key (and a highlight).
 * JSON keeps it unambiguous whatever characters the ids contain.
 */
export function dependencyKey(from: string, to: string): string {
  return JSON.stringify([from, to])
}

/**
 * Hashes already taken, by text. The same component ids (`api`, `db`) come
 * back in blueprint after blueprint of one repository; a run that outgrows
 * the table starts it afresh.
 */
const hashed = new Map<string, string>()
const HASHED_MAX = 10_000

function sha256Hex(text: string): string {
  let hex = hashed.get(text)
  if (hex === undefined) {
    hex = createHash('sha256').update(text, 'utf8').digest('hex')
    if (hashed.size >= HASHED_MAX) hashed.clear()
    hashed.set(text, hex)
  }
  return hex
}

/**
 * The generated Mermaid id of a component: `n` + the first 8 hex digits of the
 * SHA-256 of its id. Hex only, so it can never spell a keyword; the prefix `n`
 * is safe right after an arrow (`o` and `x` would turn `-->` into `--o`/`--x`).
 * {@link buildDiagram} uses exactly this id unless two components of the same
 * blueprint collide, in which case both get longer ids (see {@link assignIds}).
 */
export function nodeId(componentId: string): string {
  return `n${sha256Hex(componentId).slice(0, ID_HEX_LENGTH)}`
}

/**
 * Generated ids for a set of keys: `prefix` + a hash prefix of each key.
 * Keys whose short ids collide are lengthened together, deterministically (the
 * result depends only on the set of keys), until they differ; identical full
 * hashes (never seen in practice) fall back to a numbered suffix.
 * @internal exported for tests, which inject a deliberately weak hash.
 */
export function assignIds(
  keys: Iterable<string>,
  prefix: string,
  hash: (key: string) => string = sha256Hex
): ReadonlyMap<string, string> {
  const sorted = [...new Set(keys)].sort(compareText)
  const hashes = new Map(sorted.map((k) => [k, hash(k)]))
  const full = (k: string): string => hashes.get(k) ?? ''
  const result = new Map<string, string>()
  const taken = new Set<string>()
  let pending = sorted
  let length = ID_HEX_LENGTH
  while (pending.length > 0) {
    const byCandidate = new Map<string, string[]>()
    for (const key of pending) {
      const candidate = prefix + full(key).slice(0, length)
      const bucket = byCandidate.get(candidate)
      if (bucket) bucket.push(key)
      else byCandidate.set(candidate, [key])
    }
    const next: string[] = []
    const fullLength = pending.every((k) => full(k).length <= length)
    for (const [candidate, bucket] of byCandidate) {
      const [only] = bucket
      if (bucket.length === 1 && only !== undefined && !taken.has(candidate)) {
        result.set(only, candidate)
        taken.add(candidate)
      } else if (fullLength) {
        // The hashes themselves are equal: number the keys in sorted order.
        bucket.forEach((key, i) => {
          let id = `${candidate}z${i}`
          while (taken.has(id)) id += 'z'
          result.set(key, id)
          taken.add(id)
        })
      } else {
        next.push(...bucket)
      }
    }
    pending = next
    length += 4
  }
  return result
}

/** The generated ids of one blueprint's components and groups. */
export interface Ids {
  readonly node: ReadonlyMap<string, string>
  readonly group: ReadonlyMap<string, string>
}

/** Ids for every component and group of the blueprint. */
export function makeIds(bp: Blueprint): Ids {
  return {
    node: assignIds(
      bp.components.map((c) => c.id),
      'n'
    ),
    group: assignIds(groupNames(bp), 'g')
  }
}

/** The generated id of a component or group; a missing one is a bug upstream. */
export function idOf(map: ReadonlyMap<string, string>, key: string): string {
  const id = map.get(key)
  // Validation guarantees every dependency names a component; a broken model is a bug upstream.
  if (id === undefined) throw new Error(`mermaid: no component with id ${JSON.stringify(key)}`)
  return id
}
