/**
 * A YAML syntax error as its first cause, where it is. The yaml library
 * finds the error where parsing could go no further: an unclosed `[` or
 * quote at the end of the file, a line indented one space short as a
 * "sequence item without - indicator", a tab followed by a cascade of
 * errors about what the tab broke. Here the error is taken back to the
 * character a person has to change (the `[` or quote that never closes, the
 * first character of the misindented line), said with the fix, and only the
 * first error is kept: the later ones follow from it.
 */
import { CST, Lexer, type YAMLError } from 'yaml'
import { clip } from '../text.js'
import { yamlMessage } from './messages.js'

/** Where the error is (an offset into the text) and what to do about it. */
export interface SyntaxProblem {
  readonly offset: number
  readonly message: string
}

/**
 * The first of yaml's errors (by position), explained. Warnings alone (an
 * unknown tag, say) are independent of each other and all kept.
 */
export function explainSyntax(
  text: string,
  errors: readonly YAMLError[],
  warnings: readonly YAMLError[],
  json: boolean
): SyntaxProblem[] {
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0]
  if (first === undefined)
    return warnings.map((w) => ({ offset: w.pos[0], message: yamlMessage(w, json) }))
  return [
    firstCause(text, first, json) ?? { offset: first.pos[0], message: yamlMessage(first, json) }
  ]
}

function firstCause(text: string, error: YAMLError, json: boolean): SyntaxProblem | undefined {
  const raw = error.message
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(raw)) return unclosedFlow(text)
  if (error.code === 'MISSING_CHAR' && /^Missing closing .?quote/.test(raw))
    return unclosedQuote(text, error.pos[0])
  if (json) return undefined
  if (
    (error.code === 'MISSING_CHAR' && /without - indicator/.test(raw)) ||
    (error.code === 'BAD_INDENT' && /same column/.test(raw))
  )
    return misindented(text, lineOf(text, error.pos[0]))
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // The line yaml stopped on, or the one after it that it tried to read as part of it.
    const line = lineOf(text, error.pos[0])
    return (
      misindented(text, line) ??
      misindented(text, nextContentLine(text, line)) ?? {
        offset: error.pos[0],
        message:
          'a plain value cannot hold ": " (it reads as a key inside the value); put the value in quotes'
      }
    )
  }
  return undefined
}

/**
 * The lexemes of the text with their offsets, the lexer's control lexemes
 * (document start, scalar marker, flow error) left out of the count.
 */
function* lexemes(text: string): Generator<{ type: string; offset: number; source: string }> {
  let offset = 0
  let scalarNext = false
  for (const source of new Lexer().lex(text)) {
    // The lexeme after the scalar marker is content, whatever it looks like.
    const type: string = scalarNext ? 'content' : (CST.tokenType(source) ?? 'content')
    scalarNext = type === 'scalar'
    if (type === 'doc-mode' || type === 'scalar' || type === 'flow-error-end') {
      yield { type, offset, source: '' }
      continue
    }
    yield { type, offset, source }
    offset += source.length
  }
}

/** The innermost `[` or `{` still open where the lexer gave up on the flow collection. */
function unclosedFlow(text: string): SyntaxProblem | undefined {
  const open: { offset: number; char: string }[] = []
  let stopped: number | undefined
  for (const { type, offset, source } of lexemes(text)) {
    if (type === 'flow-seq-start' || type === 'flow-map-start') open.push({ offset, char: source })
    else if (type === 'flow-seq-end' || type === 'flow-map-end') open.pop()
    else if (type === 'flow-error-end' && open.length > 0) {
      stopped = offset
      break
    }
  }
  const last = open.at(-1)
  if (last === undefined) return undefined
  const [what, closer] = last.char === '{' ? ['a mapping', '}'] : ['a list', ']']
  // A closer further on: the list goes on over lines indented too little to stay inside it.
  if (stopped !== undefined && text.includes(closer, stopped)) {
    const line = lineOf(text, stopped) + 1
    return {
      offset: last.offset,
      message: `this "${last.char}" opens ${what} that goes on to line ${line}, which is not indented more than the line it starts on, so it ends there unclosed; indent its lines further, or close it with "${closer}" on this line`
    }
  }
  return {
    offset: last.offset,
    message: `this "${last.char}" opens ${what} that is never closed; add the "${closer}" that ends it, or put text that starts with "${last.char}" in quotes`
  }
}

/** The quoted text that runs to `end` without its closing quote. */
function unclosedQuote(text: string, end: number): SyntaxProblem | undefined {
  let found: { offset: number; quote: string } | undefined
  for (const { type, offset, source } of lexemes(text)) {
    if (offset > end) break
    if (type === 'double-quoted-scalar' || type === 'single-quoted-scalar')
      found = { offset, quote: source.charAt(0) }
  }
  if (found === undefined) return undefined
  const inside = found.quote === '"' ? 'write \\" for a " inside it' : "write '' for a ' inside it"
  return {
    offset: found.offset,
    message: `this ${found.quote} opens a quoted text that is never closed; end it with ${found.quote} (${inside})`
  }
}

/** One line of the text as the indentation check sees it. */
interface Line {
  /** 0-based. */
  readonly index: number
  readonly start: number
  /** Leading spaces. */
  readonly indent: number
  readonly text: string
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const [index, line] of text.split('\n').entries()) {
    lines.push({ index, start, indent: line.length - line.trimStart().length, text: line })
    start += line.length + 1
  }
  return lines
}

function lineOf(text: string, offset: number): number {
  let line = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

const isContent = (line: Line): boolean => !/^\s*(#.*)?\r?$/.test(line.text)

function nextContentLine(text: string, line: number): number {
  const lines = linesOf(text)
  for (let i = line + 1; i < lines.length; i++) if (isContent(lines[i] as Line)) return i
  return lines.length
}

/** A column that something above starts at: a key, or the `-` of a list item. */
interface Level {
  readonly indent: number
  readonly line: number
  /** `"name"`, or undefined for the `-` of a list item. */
  readonly key: string | undefined
  /** The key has its value on its own line (`id: a`), so nothing may nest under it. */
  readonly inline: boolean
  /** The value is a block scalar (`|`, `>`): the lines below are its text. */
  readonly block?: boolean
}

/**
 * `name: value` at the start of `rest`, the name unquoted. Scanned by hand:
 * a hostile line of a megabyte must not cost a backtracking regex its square.
 */
function keyOf(rest: string): { name: string; value: string } | undefined {
  const quote = rest.charAt(0)
  let name: string
  let after: string
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1)
    if (end === -1) return undefined
    name = rest.slice(1, end)
    after = rest.slice(end + 1).trimStart()
    if (!/^:(\s|$)/.test(after)) return undefined
    after = after.slice(1)
  } else {
    const colon = rest.search(/:(\s|$)/)
    if (colon <= 0 || /^[\s#]/.test(rest)) return undefined
    name = rest.slice(0, colon).trimEnd()
    if (/\s#/.test(name)) return undefined
    after = rest.slice(colon + 1)
  }
  return { name, value: after }
}

/** The levels of one line: `  - id: a` starts a list item at 2 and a key at 4. */
function levelsOf(line: Line): Level[] {
  const levels: Level[] = []
  const text = line.text
  let indent = line.indent
  // By index, not by slicing: a line of a megabyte of "- - - …" must stay linear.
  while (text.charAt(indent) === '-' && /^( |$)/.test(text.charAt(indent + 1))) {
    levels.push({ indent, line: line.index, key: undefined, inline: false })
    indent++
    while (text.charAt(indent) === ' ') indent++
  }
  const rest = text.slice(indent)
  const key = keyOf(rest)
  if (key)
    levels.push({
      indent,
      line: line.index,
      key: key.name,
      // A block scalar's `|` or `>` counts: the text below it is its value, not keys.
      inline: !/^\s*(#.*)?\r?$/.test(key.value),
      block: /^\s*[|>][-+0-9]*\s*(#.*)?\r?$/.test(key.value)
    })
  return levels
}

/**
 * The lines above `target` that its indentation can line up with: the line
 * before it, then each line less indented than everything seen so far (its
 * parents), skipping comments and the text of block scalars (`|`, `>`).
 */
function levelsAbove(lines: readonly Line[], target: number): Level[] {
  const inScalar = blockScalarLines(lines)
  const levels: Level[] = []
  let floor = Infinity
  for (let i = target - 1; i >= 0 && floor > 0; i--) {
    const line = lines[i] as Line
    if (!isContent(line) || inScalar.has(i) || line.indent >= floor) continue
    levels.push(...levelsOf(line).filter((l) => l.indent < floor))
    floor = line.indent
  }
  return levels
}

/**
 * Lines that are the text of a block scalar: from the line after a key whose
 * value is `|` or `>`, as long as they are indented at least as much as the
 * first of them (blank lines included), provided that is deeper than the key.
 */
function blockScalarLines(lines: readonly Line[]): Set<number> {
  const inside = new Set<number>()
  let owner: number | undefined
  let indent: number | undefined
  for (const line of lines) {
    if (owner !== undefined) {
      if (!isContent(line)) {
        inside.add(line.index)
        continue
      }
      indent ??= line.indent > owner ? line.indent : undefined
      if (indent !== undefined && line.indent >= indent) {
        inside.add(line.index)
        continue
      }
    }
    owner = undefined
    indent = undefined
    const header = levelsOf(line).at(-1)
    if (header?.block) owner = header.indent
  }
  return inside
}

/**
 * The line at `index`, when its indentation lines up with nothing it could
 * belong to: which line it seems to belong with, and the indentation that
 * puts it there. Undefined when its indentation is not the trouble.
 */
function misindented(text: string, index: number): SyntaxProblem | undefined {
  const lines = linesOf(text)
  const line = lines[index]
  if (line === undefined || !isContent(line) || line.text.charAt(line.indent) === '\t')
    return undefined
  const n = line.indent
  const offset = line.start + n
  const own = levelsOf(line)[0]
  const item = own !== undefined && own.key === undefined
  const name =
    own === undefined ? 'this line' : item ? 'this list item' : `"${clip(own.key ?? '', 40)}"`
  const levels = levelsAbove(lines, index)
  const previous = levels.filter((l) => l.line === levels[0]?.line).at(-1)

  // Deeper than a key that already has its value on its line: `id: a` then `   type: x`.
  if (previous?.key !== undefined && previous.inline && n > previous.indent)
    return {
      offset,
      message: `${name} is indented ${spaces(n)}, deeper than ${described(previous)}, which already has its value; ${indentTo(previous.indent)} to put it ${beside(previous)}`
    }

  // The first line nested under a key (`components:`) may be indented any deeper.
  if (previous?.key !== undefined && !previous.inline && n > previous.indent) return undefined

  const match = levels.find((l) => l.indent === n)
  if (match !== undefined) {
    if (match.key !== undefined || item) return undefined
    // A key in line with a list item's "-": neither in the item nor a new one.
    const besideKey = levels.find((l) => l.line === match.line && l.key !== undefined)
    return {
      offset,
      message: `${name} is indented ${spaces(n)}, like the "-" of the list item on line ${match.line + 1}, so it is neither a key of that item nor a new item: ${besideKey ? `${indentTo(besideKey.indent)} to put it ${beside(besideKey)}, or ` : ''}start a new item with "- "`
    }
  }

  // In line with nothing: the nearest column of its kind, the deeper one first (one space short).
  const kind = levels.filter((l) => (l.key === undefined) === item)
  const deeper = kind.filter((l) => l.indent > n).sort((a, b) => a.indent - b.indent)[0]
  const shallower = kind.filter((l) => l.indent < n).sort((a, b) => b.indent - a.indent)[0]
  const target = deeper ?? shallower
  if (target === undefined) return undefined
  // The shallower column is a fair alternative only within the same list item.
  const between = (l: Level) =>
    levels.some((x) => x.key === undefined && x.indent < n && x.indent > l.indent)
  const or =
    deeper !== undefined && shallower !== undefined && !between(shallower)
      ? `, or ${indentTo(shallower.indent).replace(/^indent it /, '')} to put it ${beside(shallower)}`
      : ''
  return {
    offset,
    message: `${name} is indented ${spaces(n)}, in line with nothing above it: ${indentTo(target.indent)} to put it ${beside(target)}${or}`
  }
}

function spaces(k: number): string {
  return `${k} space${k === 1 ? '' : 's'}`
}

function indentTo(k: number): string {
  return k === 0 ? 'remove its indentation' : `indent it ${spaces(k)}`
}

function described(level: Level): string {
  return level.key === undefined
    ? `the list item on line ${level.line + 1}`
    : `"${clip(level.key, 40)}" (line ${level.line + 1})`
}

/** "beside "id" (line 4)", or "in line with the list item on line 4". */
function beside(level: Level): string {
  return level.key === undefined ? `in line with ${described(level)}` : `beside ${described(level)}`
}
