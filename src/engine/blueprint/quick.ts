/**
 * The quick path for plain valid blueprints: js-yaml instead of the
 * positioned `yaml` parse, for files that need no positions because nothing
 * is wrong with them.
 */
import jsyaml from 'js-yaml'
import type { Blueprint } from '../model.js'
import type { Loc, Path } from './locate.js'
import { anyUnclosed } from './markdown-fields.js'
import { isRecord, normalise } from './normalise.js'
import { accepts } from './validate.js'
import { parseReference } from '../references.js'

/**
 * What sends a file down the positioned path: a possible anchor, alias or
 * tag (`&x`, `*x`, `!x` after a space, bracket or start of line), a merge
 * key, a directive or document marker, a tab, a carriage return alone, and
 * deep indentation. Over-eager on purpose (`**bold**` in a description
 * counts): a false alarm costs time, never correctness.
 */
const UNUSUAL = /(?:^|[\s[{,])[&*!]|<<\s*:|^(?:%|---|\.\.\.)|\t|\r(?!\n)|^ {64}/m

/**
 * Most blueprints are valid and plain. For them a second, faster parser
 * (js-yaml, ten times quicker than the positioned parse on a 10 KB
 * blueprint) gives the same value; the schema and the cross-checks then
 * run on it. Anything unusual — anchors, aliases, tags, directives, a second
 * document, a line not laid out as {@link plainLayout} expects, a duplicate key, a value the schema or the cross-checks refuse,
 * any exception — returns undefined, and the full positioned parse decides,
 * so every problem is reported exactly as the positioned parse reports it.
 * A property test holds the two paths to the same model.
 */
export function parseQuickly(text: string): Blueprint | undefined {
  if (!isPlain(text)) return undefined
  let data: unknown
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })
  } catch {
    return undefined
  }
  if (!isRecord(data)) return undefined
  if (!accepts(data)) return undefined
  const components = Array.isArray(data.components) ? data.components : []
  const ids = new Set<string>()
  for (const c of components) {
    if (!isRecord(c) || typeof c.id !== 'string' || ids.has(c.id)) return undefined
    ids.add(c.id)
  }
  const dependencies = Array.isArray(data.dependencies) ? data.dependencies : []
  const end = (value: unknown): boolean =>
    typeof value === 'string' && (ids.has(value) || parseReference(value) !== undefined)
  for (const d of dependencies) {
    if (!isRecord(d) || !end(d.from) || !end(d.to)) return undefined
  }
  const flows = Array.isArray(data.flows) ? data.flows : []
  for (const f of flows) {
    if (!isRecord(f) || !Array.isArray(f.steps)) return undefined
    for (const step of f.steps)
      if (!isRecord(step) || !end(step.from) || !end(step.to)) return undefined
  }
  // A Markdown field that would swallow the document is a problem, positioned by the full parse.
  if (anyUnclosed(data)) return undefined
  return normalise(data)
}

/** True when the text is laid out as the quick path reads it: no unusual YAML, only plain lines. */
function isPlain(text: string): boolean {
  return !UNUSUAL.test(text) && plainLayout(text)
}

/** Where each value of a plain blueprint starts, by path: what the positioned parse's locator answers. */
export type PlainLocations = (path: Path) => Loc | undefined

/**
 * The start of every value in a plain blueprint's block structure, read from
 * its lines, for placing rule findings without the positioned parse (which
 * costs ten times the quick path, and most of a big run when many blueprints
 * have a finding). A value written as `key:` with nothing under it points at
 * its key, as the positioned parse does. Undefined for a text that is not
 * plain or holds a quoted key, and for a path into a flow collection or a
 * block scalar; those are placed by the positioned parse. A property test
 * holds the two to the same answer.
 */
export function plainLocations(text: string): PlainLocations | undefined {
  if (!isPlain(text)) return undefined
  const starts = new Map<string, Loc>()
  /** Open block collections, innermost last, each with the column its entries start at. */
  const open: Collection[] = []
  /** A key written with nothing after it: its value is the block that follows, if any. */
  let pending: { path: string; key: Loc } | undefined
  let block: { parent: number } | undefined
  let lineNo = 0
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
    start = end + 1
    lineNo++
    const content = line.trimStart()
    const indent = line.length - content.length
    if (block) {
      if (content === '' || indent > block.parent) continue
      block = undefined
    }
    if (content === '' || content.startsWith('#')) continue
    let at = indent
    const dash = line[at] === '-'
    /** The path of the value that starts at `at`, as {@link pathKey} writes it. */
    let path: string
    // A key's value on the lines below: more indented, or a list at the key's own column.
    if (pending && (indent > pending.key.col - 1 || (indent === pending.key.col - 1 && dash))) {
      starts.set(pending.path, { line: lineNo, col: at + 1 })
      path = pending.path
    } else {
      if (pending) starts.set(pending.path, pending.key)
      path = closeTo(open, at, dash)
      if (starts.size === 0) starts.set(path, { line: lineNo, col: at + 1 })
    }
    pending = undefined
    let parent = at
    while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
      let seq = open[open.length - 1]
      if (seq === undefined || !seq.seq || seq.indent !== at) {
        seq = { indent: at, seq: true, path, items: 0 }
        open.push(seq)
      }
      path = `${seq.path}\u0000${seq.items++}`
      parent = at
      at += 1
      while (line[at] === ' ') at++
      // An item with nothing on its line: not worth the cases; the positioned parse places it.
      if (at >= line.length || line[at] === '#') return undefined
      starts.set(path, { line: lineNo, col: at + 1 })
    }
    KEY.lastIndex = at
    if (KEY.test(line)) {
      const name = line.slice(at, line.indexOf(':', at)).trimEnd()
      if (name.startsWith('"') || name.startsWith("'")) return undefined
      let map = open[open.length - 1]
      if (map === undefined || map.seq || map.indent !== at) {
        map = { indent: at, seq: false, path, items: 0 }
        open.push(map)
      }
      const entry = `${map.path}\u0000${name}`
      const keyAt = { line: lineNo, col: at + 1 }
      parent = at
      at = KEY.lastIndex
      while (line[at] === ' ') at++
      if (at >= line.length || line[at] === '#') {
        pending = { path: entry, key: keyAt }
        continue
      }
      if (!starts.has(entry)) starts.set(entry, { line: lineNo, col: at + 1 })
    }
    if (line[at] === '|' || line[at] === '>') block = { parent }
  }
  if (pending) starts.set(pending.path, pending.key)
  return (path) => starts.get(pathKey(path))
}

/** A block collection still open while the lines are read. */
interface Collection {
  /** The column its keys or dashes are written at. */
  readonly indent: number
  readonly seq: boolean
  /** Its path, as {@link pathKey} writes it. */
  readonly path: string
  items: number
}

/** Closes the collections a line at column `at` is outside of; returns the path of the one it continues. */
function closeTo(open: Collection[], at: number, dash: boolean): string {
  for (;;) {
    const top = open[open.length - 1]
    if (top === undefined) return ''
    if (top.indent > at || (top.indent === at && top.seq !== dash)) open.pop()
    else return top.path
  }
}

/** A path as a map key: each step after a NUL, so the root is '' and an index and its text agree. */
function pathKey(path: Path): string {
  let key = ''
  for (const step of path) key += `\u0000${step}`
  return key
}

/** A key a blueprint can hold, bare or quoted, followed by its colon (matched where a line's key starts). */
const KEY = /(?:[A-Za-z_$][\w$.-]*|"[^"\\]*"|'[^']*') *:(?= |$)/y
/** What may follow a complete value on its line: spaces, then maybe a comment. */
const END = /(?: *| +#.*)$/y
/** Characters that a plain scalar cannot start with. */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`'

/**
 * True when every line is one that plain blueprints are made of: blank, a
 * comment, `key: value` or `- item` (either may nest), or the content of a
 * block scalar (`|`, `>`) indented under its key. js-yaml is more lenient
 * than `yaml` about the rest (a quoted or flow value running on to a line
 * less indented than its key, a plain value holding `: `), so those take
 * the positioned path, which says what is wrong with them, if anything.
 * Every blueprint passes through here: it reads the lines in place, with
 * sticky patterns, rather than cutting each into pieces.
 */
function plainLayout(text: string): boolean {
  // Inside a block scalar: the column of its key (content must be indented further) and of its first line.
  let block: { parent: number; indent?: number } | undefined
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
    start = end + 1
    const content = line.trimStart()
    const indent = line.length - content.length
    if (block) {
      if (content === '') continue
      if (indent > block.parent) {
        block.indent ??= indent
        if (indent < block.indent) return false
        continue
      }
      block = undefined
    }
    if (content === '' || content.startsWith('#')) continue
    let at = indent
    let parent = indent
    // `- - key: value`: each dash opens an item, the last thing opened is the parent.
    while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
      parent = at
      at += 1
      while (line[at] === ' ') at++
    }
    KEY.lastIndex = at
    if (KEY.test(line)) {
      parent = at
      at = KEY.lastIndex
      while (line[at] === ' ') at++
    } else if (at === indent) {
      // Neither a key nor an item: the continuation of a value from an earlier line.
      return false
    }
    const first = line.charAt(at)
    if (first === '|' || first === '>') {
      if (!/^[|>][-+1-9]* *(?:#.*)?$/.test(line.slice(at))) return false
      block = { parent }
    } else if (!completeValue(line, at)) return false
  }
  return true
}

/** True when `line` from `at` on ends like a complete value (see {@link END}). */
function endsValue(line: string, at: number): boolean {
  END.lastIndex = at
  return END.test(line)
}

/** A value (`line` from `at` on) that starts and ends on its line: empty, quoted, a flow collection or a plain scalar. */
function completeValue(line: string, at: number): boolean {
  if (at >= line.length) return true
  const first = line.charAt(at)
  if (first === '#') return true
  if (first === '"' || first === "'") {
    const end = closingQuote(line, at)
    return end !== -1 && endsValue(line, end + 1)
  }
  if (first === '[' || first === '{') {
    const value = line.slice(at)
    let depth = 0
    for (let i = 0; i < value.length; i++) {
      const c = value.charAt(i)
      if ((c === '"' || c === "'") && /^$|[[{,:] *$/.test(value.slice(0, i))) {
        i = closingQuote(value, i)
        if (i === -1) return false
      } else if (c === '[' || c === '{') depth++
      else if (c === ']' || c === '}') {
        if (--depth === 0) return endsValue(value, i + 1)
      } else if (c === '#' && value.charAt(i - 1) === ' ') return false
    }
    return false
  }
  // A plain scalar: no indicator first, and no `: ` that would make it a mapping.
  if (INDICATORS.includes(first)) return false
  if (line.includes(' #', at)) return !/: |:$/.test(line.slice(at).replace(/ #.*$/, ''))
  return !line.includes(': ', at) && !line.endsWith(':')
}

/** Index of the quote that closes the one at `start`, or -1 when the line ends first. */
function closingQuote(text: string, start: number): number {
  const quote = text.charAt(start)
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i)
    if (quote === '"' && c === '\\') i++
    else if (c === quote) {
      if (quote === "'" && text.charAt(i + 1) === "'") i++
      else return i
    }
  }
  return -1
}
