/**
 * Positions in a blueprint's text: offsets to line and column, and the YAML
 * node (so the line and column) that a JSON-pointer path names.
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, type Document } from 'yaml'

/** 1-based line and column, the column in UTF-16 units like editors and GitHub annotations. */
export type Loc = { line: number; col: number }
/** Keys and list indexes from the document's root to a value. */
export type Path = ReadonlyArray<string | number>

/**
 * Offset → line and column (1-based, column in UTF-16 units like editors and
 * GitHub annotations). Built from the text itself rather than yaml's
 * LineCounter, which is fed by the parser and, the fuzzer found, misses the
 * line breaks inside some malformed tokens, yielding columns past the line end.
 */
export function lineIndex(text: string): (offset: number) => Loc {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: at - (starts[lo] ?? 0) + 1 }
  }
}

/** Where a node starts in the text: an offset for {@link lineIndex}. */
export function nodeStart(node: unknown): number {
  if (isScalar(node) || isCollection(node) || isAlias(node)) return node.range?.[0] ?? 0
  return 0
}

/**
 * Finds the YAML node for a JSON-pointer path, with an index per mapping so
 * that thousands of errors in one large mapping stay linear.
 */
export class Locator {
  private readonly index = new Map<unknown, Map<string, { key: unknown; value: unknown }>>()
  /** Offsets where lines start, built on first use. */
  private starts: number[] | undefined

  constructor(
    private readonly doc: Document.Parsed,
    readonly pos: (offset: number) => Loc,
    private readonly text = ''
  ) {}

  /** The deepest node on the path, and the key node of the last step taken. */
  find(path: Path): { node: unknown; key: unknown; complete: boolean } {
    let node: unknown = this.doc.contents
    let key: unknown
    for (const step of path) {
      // Stop at an alias: the place to fix is where the alias was written.
      if (isMap(node)) {
        const entry = this.entries(node).get(String(step))
        if (!entry) return { node, key, complete: false }
        key = entry.key
        node = entry.value
      } else if (isSeq(node) && (typeof step === 'number' || /^(0|[1-9]\d*)$/.test(step))) {
        // A JSON pointer names list items by text ("/blueprints/0").
        const item = node.items[Number(step)]
        if (item === undefined) return { node, key, complete: false }
        key = undefined
        node = item
      } else return { node, key, complete: false }
    }
    return { node, key, complete: true }
  }

  /** Where to point for a value: at the value, or at its key when the value is empty. */
  valueLoc(path: Path): Loc {
    const { node, key } = this.find(path)
    // `project:` with nothing after it: the empty node sits at the end of the line.
    if (isScalar(node) && node.value === null && node.source === '' && key)
      return this.pos(nodeStart(key))
    return this.pos(nodeStart(node))
  }

  /** Where to point for a key: at the key itself when there is one. */
  keyLoc(path: Path): Loc {
    const { node, key, complete } = this.find(path)
    return this.pos(nodeStart(complete && key ? key : node))
  }

  /**
   * Where the character at `offset` of the text value at `path` was written:
   * `value` is that text with line breaks as `\n`, `token` the text found
   * there. A literal block (`|`) maps line for line; any other style is
   * searched for the token, and failing that the value's start is given.
   */
  textLoc(path: Path, value: string, offset: number, token: string): Loc {
    const { node, complete } = this.find(path)
    if (!complete || !isScalar(node) || node.range === undefined || node.range === null)
      return this.valueLoc(path)
    const [from, to] = node.range
    const before = value.slice(0, offset)
    const line = before.split('\n').length - 1
    const col = offset - (before.lastIndexOf('\n') + 1)
    if (node.type === 'BLOCK_LITERAL') {
      // Content starts on the line after the `|` header, one value line per source line.
      const sourceLine = this.pos(from).line + 1 + line
      const written = this.lineText(sourceLine)
      const valueLine = value.split('\n')[line] ?? ''
      if (valueLine !== '' && written.endsWith(valueLine))
        return { line: sourceLine, col: written.length - valueLine.length + col + 1 }
    }
    // The same occurrence of the token in the source as in the value.
    let occurrence = 0
    for (let i = value.indexOf(token); i !== -1 && i < offset; i = value.indexOf(token, i + 1))
      occurrence++
    const source = this.text.slice(from, to)
    let at = -1
    for (let k = 0; k <= occurrence; k++) {
      at = source.indexOf(token, at + 1)
      if (at === -1) return this.pos(from)
    }
    return this.pos(from + at)
  }

  /** Line `line` (1-based) of the text, without its line break. */
  private lineText(line: number): string {
    if (this.starts === undefined) {
      this.starts = [0]
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
        this.starts.push(i + 1)
    }
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const end = this.starts[line]
    return this.text.slice(start, end === undefined ? undefined : end - 1).replace(/\r$/, '')
  }

  /** The scalar as written, e.g. `1.10` where the value is 1.1. */
  source(path: Path): string | undefined {
    const { node, complete } = this.find(path)
    return complete && isScalar(node) && typeof node.source === 'string' ? node.source : undefined
  }

  private entries(map: object): Map<string, { key: unknown; value: unknown }> {
    let entries = this.index.get(map)
    if (!entries) {
      entries = new Map()
      if (isMap(map)) {
        for (const pair of map.items) {
          const k: unknown = pair.key
          const name = isScalar(k) ? String(k.value === null ? '' : k.value) : String(k)
          if (!entries.has(name)) entries.set(name, { key: k, value: pair.value })
        }
      }
      this.index.set(map, entries)
    }
    return entries
  }
}
