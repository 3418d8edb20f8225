/**
 * The reading machinery for YAML that comes from a repository and is not to
 * be trusted: size and encoding, nesting bounded before the parser runs,
 * duplicate keys and aliases counted on the composed tree. Blueprints
 * (parse.ts) and runtime files (Compose files, Kubernetes manifests) share
 * it; only the words of their refusals differ.
 */
import { CST, Lexer, isAlias, isCollection, isMap, isPair, isScalar } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import { LIMITS, type Problem } from '../model.js'
import { clip, formatCount } from '../text.js'
import { nodeStart, type Loc } from './locate.js'
import { MESSAGE_CHARS, type At } from './messages.js'

/** How a refusal names the kind of file: a blueprint's own words by default. */
export interface Wording {
  /** `a blueprint`: the subject of "may be at most 1 MiB". */
  readonly noun: string
  /** What follows "is nested more than 64 levels deep; ". */
  readonly nesting: string
}

/** The words blueprint problems have always used. */
export const BLUEPRINT_WORDING: Wording = { noun: 'a blueprint', nesting: 'a blueprint needs 3' }

/**
 * A blueprint is three levels deep (top → components → component → field);
 * 64 leaves room for anything sensible while keeping the recursive parts of
 * the yaml library, Ajv and our own code far from the stack limit.
 */
export const MAX_NESTING = 64
/**
 * Block (indentation-based) nesting cannot be counted without a full parse,
 * and the full parse is what runs out of memory on hostile input. Every block
 * level needs at least one more column (at most two levels per column), so a
 * bound on the column of block indicators bounds the block depth before the
 * parser runs; the exact MAX_NESTING check follows on the composed tree.
 */
export const MAX_BLOCK_COLUMN = 256
/** Refuses "billion laughs" alias expansion long before it costs anything. */
export const MAX_ALIAS_COUNT = 100

const TOP: Loc = { line: 1, col: 1 }

/** The text of a file, or why it has none. */
export type TextResult = { ok: true; text: string } | { ok: false; problems: Problem[] }

/**
 * The file's text: at most {@link LIMITS.fileBytes} of UTF-8 (bytes are
 * checked, a string is taken as it is), without a leading BOM.
 */
export function readText(
  content: string | Uint8Array,
  at: At,
  wording: Wording = BLUEPRINT_WORDING
): TextResult {
  const size = typeof content === 'string' ? utf8Length(content) : content.length
  if (size > LIMITS.fileBytes) {
    return {
      ok: false,
      problems: [at(TOP, `is ${formatSize(size)}; ${wording.noun} may be at most 1 MiB`)]
    }
  }
  let text: string
  if (typeof content === 'string') {
    text = content
  } else {
    const decoded = decodeUtf8(content)
    if (typeof decoded !== 'string')
      return { ok: false, problems: [at(decoded.loc, decoded.message)] }
    text = decoded
  }
  // Editors on Windows like to add a BOM; it is not content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { ok: true, text }
}

/** UTF-8 byte length of a string without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function formatSize(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  // "1.0 MiB; at most 1 MiB" would read as a contradiction: show bytes there.
  if (mib < 1.1) return `${formatCount(bytes)} bytes`
  return `${(Math.floor(mib * 10) / 10).toFixed(1)} MiB`
}

function decodeUtf8(bytes: Uint8Array): string | { loc: Loc; message: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    let line = 1
    let lineStart = 0
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++
        lineStart = i + 1
      }
    }
    const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      loc: { line, col },
      message: `is not valid UTF-8 (byte 0x${hex} at offset ${bad}); save the file as UTF-8`
    }
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i] ?? 0
    let need: number
    let min = 0x80
    let max = 0xbf
    if (c < 0x80) {
      i++
      continue
    } else if (c >= 0xc2 && c <= 0xdf) need = 1
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      if (c === 0xe0) min = 0xa0 // overlong
      if (c === 0xed) max = 0x9f // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      if (c === 0xf0) min = 0x90 // overlong
      if (c === 0xf4) max = 0x8f // above U+10FFFF
    } else return i
    for (let k = 1; k <= need; k++) {
      const d = b[i + k]
      if (d === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (d < lo || d > hi) return i
    }
    i += need + 1
  }
  return b.length
}

/**
 * Bound the nesting with the yaml lexer alone, which is a streaming state
 * machine: the parser keeps a stack (100,000 `[` cost it 900 MB) and the
 * composer recurses (and has crashed the process on deep input), so neither
 * may see unbounded nesting.
 */
export function scanNesting(
  text: string,
  wording: Wording
): { offset: number; message: string } | undefined {
  let flow = 0
  let offset = 0
  let col = 0
  let scalarNext = false
  for (const lexeme of new Lexer().lex(text)) {
    if (scalarNext) {
      // The lexeme after the scalar marker is scalar content, whatever it looks like.
      scalarNext = false
    } else {
      const type = CST.tokenType(lexeme)
      if (type === 'doc-mode') continue
      if (type === 'flow-error-end') {
        flow = 0
        continue
      }
      if (type === 'scalar') {
        scalarNext = true
        continue
      }
      if (type === 'flow-seq-start' || type === 'flow-map-start') {
        if (++flow > MAX_NESTING) {
          return {
            offset,
            message: `is nested more than ${MAX_NESTING} levels deep; ${wording.nesting}`
          }
        }
      } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
        flow = Math.max(0, flow - 1)
      } else if (
        flow === 0 &&
        col > MAX_BLOCK_COLUMN &&
        (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')
      ) {
        return {
          offset,
          message: `is indented or nested too deeply (column ${col + 1}); ${wording.noun} may nest keys and list items only up to column ${MAX_BLOCK_COLUMN}`
        }
      }
    }
    offset += lexeme.length
    const nl = lexeme.lastIndexOf('\n')
    col = nl === -1 ? col + lexeme.length : lexeme.length - nl - 1
  }
  return undefined
}

export type TreeProblem = { loc: Loc; message: string }

/**
 * How {@link checkTree} treats aliases. Blueprints bound their number and
 * have each resolved here; runtime files (Compose files share settings
 * through many aliases) leave both to their own reader, which bounds the
 * size of the data once expanded instead.
 */
export interface AliasPolicy {
  /** At most this many aliases; {@link MAX_ALIAS_COUNT} by default. */
  readonly maxAliases?: number
  /** Check that each alias has an anchor above it (true by default). */
  readonly resolve?: boolean
}

/**
 * One iterative walk over the composed tree (no recursion, aliases not
 * expanded): exact depth, duplicate keys, the number of aliases and aliases
 * without an anchor.
 */
export function checkTree(
  doc: Document.Parsed,
  root: YamlNode,
  pos: (node: YamlNode) => Loc,
  wording: Wording,
  policy: AliasPolicy = {}
): { problems: TreeProblem[]; firstAlias: YamlNode | undefined } {
  const maxAliases = policy.maxAliases ?? MAX_ALIAS_COUNT
  const problems: TreeProblem[] = []
  let firstAlias: YamlNode | undefined
  const aliases: YamlNode[] = []
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 }
    if (isAlias(node)) {
      // The stack visits nodes out of order; report the alias written first.
      if (!firstAlias || nodeStart(node) < nodeStart(firstAlias)) firstAlias = node
      aliases.push(node)
      continue
    }
    if (!isCollection(node)) continue
    if (depth > MAX_NESTING) {
      problems.push({
        loc: pos(node),
        message: `is nested more than ${MAX_NESTING} levels deep; ${wording.nesting}`
      })
      break
    }
    if (isMap(node)) {
      const seen = new Map<string, YamlNode>()
      for (const pair of node.items) {
        const key: unknown = pair.key
        if (
          isScalar(key) &&
          (typeof key.value === 'string' ||
            typeof key.value === 'number' ||
            typeof key.value === 'boolean')
        ) {
          const name = String(key.value)
          const first = seen.get(name)
          if (first) {
            problems.push({
              loc: pos(key),
              message: `key "${clip(name, MESSAGE_CHARS)}" appears twice in the same mapping (first on line ${pos(first).line})`
            })
          } else seen.set(name, key)
        } else if (isCollection(key) || isAlias(key)) {
          stack.push({ node: key, depth: depth + 1 })
        }
        stack.push({ node: pair.value, depth: depth + 1 })
      }
    } else {
      for (const item of node.items)
        stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 })
    }
  }
  if (aliases.length > maxAliases) {
    // yaml looks each alias up by walking the whole document, in resolve()
    // and again in toJS(): 25,000 aliases in 1 MiB took minutes. A blueprint
    // has no use for that many.
    problems.push({
      loc: pos(firstAlias ?? root),
      message: `uses ${formatCount(aliases.length)} YAML aliases (*name); ${wording.noun} may use at most ${maxAliases}`
    })
    return { problems, firstAlias }
  }
  if (policy.resolve === false) return { problems, firstAlias }
  for (const alias of aliases) {
    if (isAlias(alias) && !alias.resolve(doc)) {
      problems.push({
        loc: pos(alias),
        message: `alias "*${alias.source}" refers to no anchor "&${alias.source}" above it`
      })
    }
  }
  return { problems, firstAlias }
}
