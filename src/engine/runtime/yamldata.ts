/**
 * A composed YAML document → plain data, in one walk in document order:
 * anchors are remembered as they are met, aliases and merge keys (`<<`)
 * expand to copies of what they name, and Compose's `!reset` and
 * `!override` tags are kept as markers for the merge of several files.
 *
 * The yaml library's own toJS() looks every alias up by walking the whole
 * document, which is what made many aliases slow; here each lookup is a map
 * read. What protects against "billion laughs" is a bound on the size of
 * the data once expanded, not on the number of aliases: a Compose file that
 * shares settings through 150 aliases is ordinary, one whose aliases expand
 * to millions of values is not.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml'

/** More values (scalars, mappings, sequences) than a document may expand to. */
export const MAX_EXPANDED_NODES = 1_000_000
/** Deeper than data may nest once aliases are expanded. */
export const MAX_EXPANDED_DEPTH = 128

/** `!reset`: the value is removed by the merge, as if not written. */
export const RESET = Symbol('!reset')
/** `!override` on a value: the merge replaces the earlier value instead of merging with it. */
export class Override {
  constructor(readonly value: unknown) {}
}

/** Why the document could not become data, and the node to point at. */
export class DataRefusal extends Error {
  constructor(
    message: string,
    readonly node: unknown
  ) {
    super(message)
  }
}

/**
 * The document's data. Throws {@link DataRefusal} for an alias to no anchor
 * above it, or data past the bounds.
 */
export function toData(root: unknown, options: { tags: boolean }): unknown {
  const anchors = new Map<string, { value: unknown; size: number }>()
  let total = 0
  const count = (n: number, node: unknown) => {
    total += n
    if (total > MAX_EXPANDED_NODES)
      throw new DataRefusal(
        `expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values through YAML aliases (*name); a Compose file or manifest may not`,
        node
      )
  }

  /** Converts a node; returns its value and the number of values it holds. */
  const walk = (node: unknown, depth: number): { value: unknown; size: number } => {
    if (depth > MAX_EXPANDED_DEPTH)
      throw new DataRefusal(
        `nests more than ${MAX_EXPANDED_DEPTH} levels deep once its YAML aliases are expanded`,
        node
      )
    let out: { value: unknown; size: number }
    if (isAlias(node)) {
      const target = anchors.get(node.source)
      if (!target)
        throw new DataRefusal(
          `alias "*${node.source}" refers to no anchor "&${node.source}" above it`,
          node
        )
      count(target.size, node)
      // A copy, so that no later change to one place changes another.
      return { value: copyData(target.value), size: target.size }
    }
    if (isMap(node)) {
      const map: Record<string, unknown> = {}
      const merged: unknown[] = []
      let size = 1
      count(1, node)
      for (const pair of node.items) {
        const key: unknown = pair.key
        if (isScalar(key) && typeof key.value === 'symbol') {
          // `<<: *a` or `<<: [*a, *b]`: keys not written here come from them, the first first.
          const value: unknown = pair.value
          const sources = isSeq(value) ? value.items : [value]
          for (const source of sources) {
            const read = walk(source, depth + 1)
            size += read.size
            merged.push(read.value)
          }
          continue
        }
        const name = keyText(key)
        const read = walk(pair.value, depth + 1)
        size += read.size
        // `!reset` stays, as a marker for the merge (unmark() removes it).
        Object.defineProperty(map, name, {
          value: read.value,
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
      for (const source of merged) {
        if (typeof source !== 'object' || source === null || Array.isArray(source)) continue
        for (const [k, v] of Object.entries(source))
          if (!Object.prototype.hasOwnProperty.call(map, k))
            Object.defineProperty(map, k, {
              value: v,
              enumerable: true,
              writable: true,
              configurable: true
            })
      }
      out = { value: map, size }
    } else if (isSeq(node)) {
      const list: unknown[] = []
      let size = 1
      count(1, node)
      for (const item of node.items) {
        const read = walk(item, depth + 1)
        size += read.size
        list.push(read.value)
      }
      out = { value: list, size }
    } else if (isScalar(node)) {
      count(1, node)
      const v: unknown = node.value
      out = { value: typeof v === 'symbol' ? String(node.source) : v, size: 1 }
    } else {
      count(1, node)
      out = { value: null, size: 1 }
    }
    const tag = (node as { tag?: unknown }).tag
    if (options.tags && tag === '!reset') out = { value: RESET, size: out.size }
    else if (options.tags && tag === '!override')
      out = { value: new Override(out.value), size: out.size }
    const anchor = (node as YamlNode).anchor
    if (typeof anchor === 'string') anchors.set(anchor, out)
    return out
  }

  return walk(root, 1).value
}

/** A mapping key as text: a scalar's value as written, anything else by its source. */
function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null ? '' : String(key.value)
  if (isAlias(key)) return `*${key.source}`
  return String(key)
}

/** A deep copy of plain data (markers kept). */
export function copyData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyData)
  if (value instanceof Override) return new Override(copyData(value.value))
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: copyData(v),
        enumerable: true,
        writable: true,
        configurable: true
      })
    return out
  }
  return value
}

/** The data without markers, for a document read alone (no merge follows): `!override` is its value. */
export function unmark(value: unknown): unknown {
  if (value instanceof Override) return unmark(value.value)
  if (Array.isArray(value)) return value.filter((v) => v !== RESET).map(unmark)
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (v === RESET) delete (value as Record<string, unknown>)[k]
      else (value as Record<string, unknown>)[k] = unmark(v)
    }
  }
  return value
}
