/**
 * Variables as Compose substitutes them: `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`, `${VAR:+alt}`,
 * `${VAR+alt}`, nested (`${A:-${B:-c}}`), and `$$` for a dollar sign; and
 * the `.env` format Compose reads them from (comments, `export`, single and
 * double quotes, escapes). Substituted values are not substituted again, so
 * no value can loop; nesting and the length of what comes out are bounded,
 * so no value can explode either.
 */

/** Braces nested deeper than this are refused: real files nest two or three. */
export const MAX_INTERPOLATION_NESTING = 16
/** The longest value a substitution may produce; a value past it is refused. */
export const MAX_INTERPOLATED_CHARS = 64 * 1024

/** All the values of one `.env` file, or of one project's files, together may not be longer. */
export const MAX_SUBSTITUTED_CHARS = 16 * 1024 * 1024

/** A variable's value, or undefined when it is not set. */
export type Lookup = (name: string) => string | undefined

/** What one substitution gave: the text, the variables it found no value for, and what stopped it. */
export interface Interpolated {
  readonly value: string
  /** Variables used with no value and no default (`${VAR}`, `$VAR`), and `:?`/`?` messages. */
  readonly unresolved: readonly string[]
  /** Why the value could not be substituted (too deep, too long, an unclosed `${`); the value is then the text as written. */
  readonly error?: string
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/

/** Substitutes the variables of `text`, as Compose does. Never throws. */
export function interpolate(text: string, lookup: Lookup): Interpolated {
  if (!text.includes('$')) return { value: text, unresolved: [] }
  const unresolved: string[] = []
  try {
    const { value, end } = substitute(text, 0, { lookup, unresolved, depth: 0, stop: false })
    if (end !== text.length) throw new Refusal(`an unmatched "}" at character ${end + 1}`)
    return { value, unresolved }
  } catch (error) {
    if (error instanceof Refusal) return { value: text, unresolved, error: error.message }
    throw error
  }
}

class Refusal extends Error {}

interface State {
  readonly lookup: Lookup
  readonly unresolved: string[]
  readonly depth: number
  /** Inside `${…}`: an unmatched `}` ends the text. */
  readonly stop: boolean
}

/** Reads from `start` up to the end (or, inside braces, up to the matching `}`), substituting. */
function substitute(text: string, start: number, state: State): { value: string; end: number } {
  if (state.depth > MAX_INTERPOLATION_NESTING)
    throw new Refusal(`nests "\${" more than ${MAX_INTERPOLATION_NESTING} levels deep`)
  let out = ''
  let i = start
  const add = (s: string) => {
    out += s
    if (out.length > MAX_INTERPOLATED_CHARS)
      throw new Refusal(`would be longer than ${MAX_INTERPOLATED_CHARS} characters substituted`)
  }
  while (i < text.length) {
    const c = text.charAt(i)
    if (c === '}' && state.stop) return { value: out, end: i }
    if (c !== '$') {
      // Copy a run of plain text at once.
      let j = i + 1
      while (j < text.length && text.charAt(j) !== '$' && !(state.stop && text.charAt(j) === '}'))
        j++
      add(text.slice(i, j))
      i = j
      continue
    }
    const next = text.charAt(i + 1)
    if (next === '$') {
      add('$')
      i += 2
      continue
    }
    if (next === '{') {
      const braced = bracedAt(text, i + 2, state)
      add(braced.value)
      i = braced.end + 1
      continue
    }
    const name = NAME.exec(text.slice(i + 1, i + 1 + 256))?.[0]
    if (name === undefined) {
      // Not a variable: Compose keeps the `$` as written.
      add('$')
      i++
      continue
    }
    const value = state.lookup(name)
    if (value === undefined) state.unresolved.push(name)
    add(value ?? '')
    i += 1 + name.length
  }
  if (state.stop) throw new Refusal('a "${" that is never closed')
  return { value: out, end: i }
}

/** `${…}` whose content starts at `start`: its value, and the index of its `}`. */
function bracedAt(text: string, start: number, state: State): { value: string; end: number } {
  const name = NAME.exec(text.slice(start, start + 256))?.[0]
  if (name === undefined)
    throw new Refusal(`"\${" at character ${start - 1} is followed by no variable name`)
  let i = start + name.length
  const value = state.lookup(name)
  const inner = { ...state, depth: state.depth + 1, stop: true }
  if (text.charAt(i) === '}') {
    if (value === undefined) state.unresolved.push(name)
    return { value: value ?? '', end: i }
  }
  if (i >= text.length) throw new Refusal('a "${" that is never closed')
  const colon = text.charAt(i) === ':'
  if (colon) i++
  const op = text.charAt(i)
  if (op !== '-' && op !== '?' && op !== '+')
    throw new Refusal(
      `"\${${name}" is followed by "${text.charAt(i)}", which Compose does not know`
    )
  // The operand is read (and its own variables substituted) only when it is used, as a shell does;
  // an unused one is still scanned, to find the closing brace.
  const unset = value === undefined || (colon && value === '')
  const used = op === '-' ? unset : op === '+' ? !unset : unset
  const scratch: string[] = []
  const operand = substitute(text, i + 1, used ? inner : { ...inner, unresolved: scratch })
  if (op === '-') return { value: unset ? operand.value : (value ?? ''), end: operand.end }
  if (op === '+') return { value: unset ? '' : operand.value, end: operand.end }
  if (unset) state.unresolved.push(operand.value === '' ? name : `${name} (${operand.value})`)
  return { value: value ?? '', end: operand.end }
}

/** One variable of a `.env` file, and the line it is on. */
export interface EnvEntry {
  readonly name: string
  readonly value: string
  readonly line: number
}

/** A `.env` file read: its variables in order, what it could not substitute, and lines it could not read. */
export interface EnvRead {
  readonly entries: readonly EnvEntry[]
  readonly unresolved: ReadonlyArray<{ readonly name: string; readonly line: number }>
  readonly problems: ReadonlyArray<{
    readonly line: number
    readonly col: number
    readonly message: string
  }>
}

/**
 * Reads a `.env` file as Compose does: `KEY=value` per line, `export`
 * allowed, `#` comments (inline ones after a space), single quotes literal,
 * double quotes with `\n`, `\t`, `\\`, `\"` escapes and substitution over
 * several lines, unquoted values trimmed and substituted. A value refers to
 * the variables defined above it, then to `outer`.
 */
export function readEnvFile(text: string, outer: Lookup = () => undefined): EnvRead {
  const entries: EnvEntry[] = []
  const unresolved: Array<{ name: string; line: number }> = []
  const problems: Array<{ line: number; col: number; message: string }> = []
  const own = new Map<string, string>()
  const lookup: Lookup = (name) => own.get(name) ?? outer(name)
  const lines = text.split(/\r?\n/)
  let total = 0
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] ?? ''
    const lineNo = n + 1
    const trimmed = raw.replace(/^\s+/, '')
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const indent = raw.length - trimmed.length
    const body = trimmed.replace(/^export\s+/, '')
    const key = /^([^\s=:#]+)\s*([=:])?\s?/.exec(body)
    if (!key?.[1]) {
      problems.push({ line: lineNo, col: indent + 1, message: 'is no KEY=value line' })
      continue
    }
    const name = key[1]
    if (key[2] === undefined) {
      // `KEY` alone: a name with no value here.
      continue
    }
    let rest = body.slice(key[0].length).replace(/^\s+/, '')
    let value: string
    const quote = rest.charAt(0)
    if (quote === "'" || quote === '"') {
      // A quoted value may run over several lines, up to its closing quote.
      let text2 = rest.slice(1)
      let close = closingQuote(text2, quote)
      while (close === -1 && n + 1 < lines.length) {
        n++
        text2 += `\n${lines[n] ?? ''}`
        close = closingQuote(text2, quote)
      }
      if (close === -1) {
        problems.push({
          line: lineNo,
          col: indent + 1,
          message: `the value of ${name} opens a ${quote === '"' ? 'double' : 'single'} quote that is never closed`
        })
        break
      }
      const inner = text2.slice(0, close)
      if (quote === "'") value = inner.replace(/\\'/g, "'")
      else {
        const unescaped = inner.replace(/\\([nrt"\\$])/g, (_, ch: string) =>
          ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch === '$' ? '$$' : ch
        )
        value = substituteEnv(unescaped, name, lineNo)
      }
    } else {
      const comment = rest.search(/\s#/)
      if (comment !== -1) rest = rest.slice(0, comment)
      value = substituteEnv(rest.trim(), name, lineNo)
    }
    total += value.length
    if (total > MAX_SUBSTITUTED_CHARS) {
      problems.push({
        line: lineNo,
        col: indent + 1,
        message: `its values come to more than ${MAX_SUBSTITUTED_CHARS} characters substituted; an environment file may not`
      })
      break
    }
    own.set(name, value)
    entries.push({ name, value, line: lineNo })
  }
  return { entries, unresolved, problems }

  function substituteEnv(value: string, name: string, line: number): string {
    const done = interpolate(value, lookup)
    for (const u of done.unresolved) unresolved.push({ name: u, line })
    if (done.error !== undefined) {
      problems.push({ line, col: 1, message: `the value of ${name} ${done.error}` })
      return value
    }
    return done.value
  }
}

/** The index of the quote that closes a quoted value (a backslash escapes one). */
function closingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '\\') i++
    else if (c === quote) return i
  }
  return -1
}
