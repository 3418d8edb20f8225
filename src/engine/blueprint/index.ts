/**
 * Parse and validate a blueprint (SPEC §1) into the model, or explain, with a
 * file:line:col for each, everything that is wrong with it (SPEC §4).
 *
 * The loader is the first thing to see text from a repository, so it is
 * written to survive anything: it never throws, refuses oversized or
 * pathological input (non-UTF-8, alias bombs, deep nesting) early and with
 * bounded work, and only then hands the document to the schema.
 *
 * Pipeline: size → UTF-8 → nesting pre-scan (lexer only) → YAML compose →
 * tree checks (depth, duplicate keys, aliases) → JSON Schema (Ajv) →
 * semantic checks (unique ids, dependency ends) → model.
 */
import jsyaml from 'js-yaml'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import {
  Composer,
  CST,
  Lexer,
  Parser,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type YAMLError
} from 'yaml'
import schema from '../../../schema/blueprint.schema.json' with { type: 'json' }
import {
  LIMITS,
  SECTION_KEYS,
  type Blueprint,
  type Component,
  type Dependency,
  type DiagramType,
  type Direction,
  type Problem,
  type SectionKey
} from '../model.js'

export type ParseResult = { ok: true; blueprint: Blueprint } | { ok: false; problems: Problem[] }

/**
 * A blueprint is three levels deep (top → components → component → field);
 * 64 leaves room for anything sensible while keeping the recursive parts of
 * the yaml library, Ajv and our own code far from the stack limit.
 */
const MAX_NESTING = 64
/**
 * Block (indentation-based) nesting cannot be counted without a full parse,
 * and the full parse is what runs out of memory on hostile input. Every block
 * level needs at least one more column (at most two levels per column), so a
 * bound on the column of block indicators bounds the block depth before the
 * parser runs; the exact MAX_NESTING check follows on the composed tree.
 */
const MAX_BLOCK_COLUMN = 256
/** Refuses "billion laughs" alias expansion long before it costs anything. */
const MAX_ALIAS_COUNT = 100
/** A 1 MiB file can hold 100,000 mistakes; nobody reads past the first hundred. */
const MAX_PROBLEMS = 100

type Path = ReadonlyArray<string | number>
type Loc = { line: number; col: number }
/** Work that is only worth doing for the problems a person will read. */
type Budget = { suggestions: number }

/**
 * Parse a blueprint file.
 *
 * @param input.file repository-relative path, used in problems and to choose
 *   JSON (`.json`) or YAML (anything else) by extension.
 * @param input.content the file's bytes (checked to be UTF-8) or text.
 * @returns the model with defaults applied, or the problems sorted by position.
 *   Never throws.
 */
export function parseBlueprint(
  input: { file: string; content: string | Uint8Array },
  options: { fast?: boolean } = {}
): ParseResult {
  try {
    return parse(input.file, input.content, options.fast ?? true)
  } catch (error) {
    // Nothing above is meant to throw; if a library surprises us, the user
    // still gets an annotation instead of a crashed run.
    const reason = error instanceof Error ? error.message : String(error)
    return fail([{ file: input.file, line: 1, col: 1, message: `could not be read: ${reason}` }])
  }
}

function parse(file: string, content: string | Uint8Array, fast: boolean): ParseResult {
  const at = (loc: Loc, message: string): Problem => ({
    file,
    line: loc.line,
    col: loc.col,
    message
  })
  const top: Loc = { line: 1, col: 1 }

  const size = typeof content === 'string' ? utf8Length(content) : content.length
  if (size > LIMITS.fileBytes) {
    return fail([at(top, `is ${formatSize(size)}; a blueprint may be at most 1 MiB`)])
  }

  let text: string
  if (typeof content === 'string') {
    text = content
  } else {
    const decoded = decodeUtf8(content)
    if (typeof decoded !== 'string') return fail([at(decoded.loc, decoded.message)])
    text = decoded
  }
  // Editors on Windows like to add a BOM; it is not content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  const json = /\.json$/i.test(file)
  // JSON blueprints always take the positioned path: JSON.parse keeps the last
  // of two equal keys silently, and YAML parsers accept JSON's near misses.
  if (fast && !json) {
    const quick = parseQuickly(text)
    if (quick !== undefined) return { ok: true, blueprint: quick }
  }
  const pos = lineIndex(text)

  const tooDeep = scanNesting(text)
  if (tooDeep) return fail([at(pos(tooDeep.offset), tooDeep.message)])

  const composer = new Composer({
    // Our own duplicate-key check: yaml's is quadratic in the mapping size.
    uniqueKeys: false,
    prettyErrors: false,
    schema: json ? 'json' : 'core',
    logLevel: 'silent'
  })
  const docs: Document.Parsed[] = []
  for (const doc of composer.compose(new Parser().parse(text), true, text.length)) {
    docs.push(doc)
    // A second document is already an error; do not spend time on a third.
    if (docs.length === 2) break
  }
  const doc = docs[0]
  if (!doc) return fail([at(top, 'is empty; a blueprint needs at least "id" and "project"')])
  const second = docs[1]
  if (second) {
    return fail([
      at(
        pos(second.range[0]),
        'a second YAML document starts here; a blueprint file holds exactly one document (remove the "---" separator)'
      )
    ])
  }

  const root = doc.contents
  if (json && isCollection(root) && !root.flow) {
    return fail([
      at(
        pos(root.range[0]),
        'is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml'
      )
    ])
  }

  const syntax = [...doc.errors, ...doc.warnings].map((e) =>
    at(pos(e.pos[0]), yamlMessage(e, json))
  )
  if (syntax.length > 0) return fail(syntax)

  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    return fail([at(top, 'is empty; a blueprint needs at least "id" and "project"')])
  }
  if (!isMap(root)) {
    const what = isSeq(root)
      ? 'a list'
      : isAlias(root)
        ? 'an alias'
        : describe(isScalar(root) ? root.value : root)
    return fail([
      at(
        pos(root.range?.[0] ?? 0),
        `a blueprint must be a mapping with keys such as "id" and "project", not ${what}`
      )
    ])
  }

  const tree = checkTree(doc, root, (node) => pos(nodeStart(node)))
  if (tree.problems.length > 0) return fail(tree.problems.map((p) => at(p.loc, p.message)))

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    // The only throw we expect is the alias-count guard.
    const loc = tree.firstAlias ? pos(nodeStart(tree.firstAlias)) : top
    return fail([
      at(
        loc,
        `expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; a blueprint may not`
      )
    ])
  }
  if (!isRecord(data))
    return fail([at(top, 'a blueprint must be a mapping with keys such as "id" and "project"')])

  const locator = new Locator(doc, pos)
  const budget: Budget = { suggestions: MAX_PROBLEMS }
  const problems = [...validate(data, locator, at), ...checkSemantics(data, locator, at, budget)]
  if (problems.length > 0) return fail(problems)
  return { ok: true, blueprint: normalise(data) }
}

/* ------------------------------------------------------------------ bytes */

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
  if (mib < 1.1) return `${group(bytes)} bytes`
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
 * Offset → line and column (1-based, column in UTF-16 units like editors and
 * GitHub annotations). Built from the text itself rather than yaml's
 * LineCounter, which is fed by the parser and, the fuzzer found, misses the
 * line breaks inside some malformed tokens, yielding columns past the line end.
 */
function lineIndex(text: string): (offset: number) => Loc {
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

/* ---------------------------------------------------------------- nesting */

/**
 * Bound the nesting with the yaml lexer alone, which is a streaming state
 * machine: the parser keeps a stack (100,000 `[` cost it 900 MB) and the
 * composer recurses (and has crashed the process on deep input), so neither
 * may see unbounded nesting.
 */
function scanNesting(text: string): { offset: number; message: string } | undefined {
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
            message: `is nested more than ${MAX_NESTING} levels deep; a blueprint needs 3`
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
          message: `is indented or nested too deeply (column ${col + 1}); a blueprint may nest keys and list items only up to column ${MAX_BLOCK_COLUMN}`
        }
      }
    }
    offset += lexeme.length
    const nl = lexeme.lastIndexOf('\n')
    col = nl === -1 ? col + lexeme.length : lexeme.length - nl - 1
  }
  return undefined
}

/* ------------------------------------------------------------------- tree */

type TreeProblem = { loc: Loc; message: string }

/**
 * One iterative walk over the composed tree (no recursion, aliases not
 * expanded): exact depth, duplicate keys, the number of aliases and aliases
 * without an anchor.
 */
function checkTree(
  doc: Document.Parsed,
  root: YamlNode,
  pos: (node: YamlNode) => Loc
): { problems: TreeProblem[]; firstAlias: YamlNode | undefined } {
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
        message: `is nested more than ${MAX_NESTING} levels deep; a blueprint needs 3`
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
              message: `key "${clip(name)}" appears twice in the same mapping (first on line ${pos(first).line})`
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
  if (aliases.length > MAX_ALIAS_COUNT) {
    // yaml looks each alias up by walking the whole document, in resolve()
    // and again in toJS(): 25,000 aliases in 1 MiB took minutes. A blueprint
    // has no use for that many.
    problems.push({
      loc: pos(firstAlias ?? root),
      message: `uses ${group(aliases.length)} YAML aliases (*name); a blueprint may use at most ${MAX_ALIAS_COUNT}`
    })
    return { problems, firstAlias }
  }
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

function nodeStart(node: unknown): number {
  if (isScalar(node) || isCollection(node) || isAlias(node)) return node.range?.[0] ?? 0
  return 0
}

/**
 * Finds the YAML node for a JSON-pointer path, with an index per mapping so
 * that thousands of errors in one large mapping stay linear.
 */
class Locator {
  private readonly index = new Map<unknown, Map<string, { key: unknown; value: unknown }>>()

  constructor(
    private readonly doc: Document.Parsed,
    readonly pos: (offset: number) => Loc
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
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step]
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

/* ----------------------------------------------------------------- schema */

let compiled: ValidateFunction | undefined

/** Compiled once, on first use, and shared: compiling costs far more than validating. */
function validator(): ValidateFunction {
  // verbose: errors carry the value and the sub-schema, which the messages need.
  compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema)
  return compiled
}

type At = (loc: Loc, message: string) => Problem

function validate(data: Record<string, unknown>, locator: Locator, at: At): Problem[] {
  const validateFn = validator()
  if (validateFn(data)) return []
  const errors = simplify(validateFn.errors ?? [])
  // The cached validator would otherwise keep the last errors, and through
  // `verbose` their data, the whole last blueprint, alive between calls.
  validateFn.errors = null
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const e of errors) {
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(id)) continue
    seen.add(id)
    problems.push(describeError(e, data, locator, at))
  }
  return problems
}

/**
 * `oneOf`/`anyOf` report every branch. Keep only the branches whose type fits
 * the value (their errors are the useful ones); when no branch fits, replace
 * them all with one "must be A or B" error.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>()
  const add: ErrorObject[] = []
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue
    drop.add(e)
    const prefix = `${e.schemaPath}/`
    const inside = errors.filter((x) => x.schemaPath.startsWith(prefix))
    const branchOf = (x: ErrorObject): string =>
      x.schemaPath.slice(prefix.length).split('/')[0] ?? ''
    const wrongType = new Set(
      inside
        .filter(
          (x) =>
            x.keyword === 'type' &&
            x.instancePath === e.instancePath &&
            x.schemaPath === `${prefix}${branchOf(x)}/type`
        )
        .map(branchOf)
    )
    const branches: unknown[] = Array.isArray(e.schema) ? e.schema : []
    const fitting = branches.map((_, i) => String(i)).filter((i) => !wrongType.has(i))
    for (const x of inside) if (!fitting.includes(branchOf(x))) drop.add(x)
    if (fitting.length === 0) {
      add.push({
        ...e,
        keyword: 'alternatives',
        params: { alternatives: branches.map(describeSchema) }
      })
    }
  }
  return [...errors.filter((e) => !drop.has(e)), ...add]
}

function describeSchema(s: unknown): string {
  if (!isRecord(s)) return 'a value'
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(', ')
  return typeof s.type === 'string' ? expected(s.type) : 'a value'
}

function describeError(
  e: ErrorObject,
  data: Record<string, unknown>,
  locator: Locator,
  at: At
): Problem {
  const path = pointer(e.instancePath)
  const value: unknown = e.data
  const subject = subjectOf(path, data)
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty)
      const allowed =
        isRecord(e.parentSchema) && isRecord(e.parentSchema.properties)
          ? Object.keys(e.parentSchema.properties).filter((k) => k !== '$schema')
          : []
      // A handful of candidate keys: cheap enough for every unknown key.
      const guess = suggest(key, allowed)
      const hint = guess
        ? ` (did you mean "${guess}"?)`
        : allowed.length > 0
          ? ` (expected one of: ${allowed.join(', ')})`
          : ''
      return at(
        locator.keyLoc([...path, key]),
        `unknown key "${clip(key)}" ${placeOf(path, data)}${hint}`
      )
    }
    case 'required': {
      const owner = ownerOf(path, data)
      const missing = String(e.params.missingProperty)
      return at(
        locator.valueLoc(path),
        `${owner ? `${owner}: ` : ''}missing required key "${missing}"`
      )
    }
    case 'type': {
      const want = String(e.params.type)
      let hint = ''
      const written = locator.source(path)
      if (
        want === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean') &&
        written !== undefined
      ) {
        hint = ` (put it in quotes: "${clip(written)}")`
      } else if (value === null) {
        hint = EMPTY_HINT
      }
      return at(
        locator.valueLoc(path),
        `${subject} must be ${expected(want)}, not ${describe(value)}${hint}`
      )
    }
    case 'pattern': {
      // `\S`: text that must say something (`project: "   "` names no project).
      if (e.params.pattern === '\\S')
        return at(locator.valueLoc(path), `${subject} must not be blank`)
      const pattern = String(e.params.pattern).replace(/^\^|\$$/g, '')
      const explain =
        pattern === '[a-z0-9][a-z0-9-_.]*' ? ' (lower-case letters, digits, "-", "_", ".")' : ''
      return at(
        locator.valueLoc(path),
        `${subject} must match ${pattern}${explain}, got ${describe(value)}`
      )
    }
    case 'enum': {
      const allowed = Array.isArray(e.params.allowedValues)
        ? e.params.allowedValues.map((v) => JSON.stringify(v))
        : []
      return at(
        locator.valueLoc(path),
        `${subject} must be ${orList(allowed)}, not ${describe(value)}`
      )
    }
    case 'alternatives': {
      const alternatives = Array.isArray(e.params.alternatives)
        ? e.params.alternatives.map(String)
        : []
      return at(
        locator.valueLoc(path),
        `${subject} must be ${orList(alternatives)}, not ${describe(value)}${value === null ? EMPTY_HINT : ''}`
      )
    }
    case 'maxItems': {
      const what = path[0] === 'dependencies' ? 'dependencies' : 'components'
      const count = Array.isArray(value) ? value.length : 0
      return at(
        locator.valueLoc(path),
        `has ${group(count)} ${what}; a blueprint may have at most ${group(Number(e.params.limit))}`
      )
    }
    case 'minLength':
      return at(locator.valueLoc(path), `${subject} must not be empty`)
    default:
      return at(locator.valueLoc(path), `${subject} ${e.message ?? 'is not valid'}`)
  }
}

/** `title:` with nothing after it is usually a value forgotten, or a key to delete. */
const EMPTY_HINT = ' (give it a value or remove the key)'

/** JSON pointer → path; array indexes become numbers so they can be told apart from keys. */
function pointer(instancePath: string): Array<string | number> {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s, i, all) =>
      /^(0|[1-9]\d*)$/.test(s) &&
      (all[i - 1] === 'components' || all[i - 1] === 'dependencies') &&
      i === 1
        ? Number(s)
        : s
    )
}

/** "component 3 ("orders-db")" or "dependency 2 ("web" → "db")" for a path inside a list item. */
function ownerOf(path: Path, data: Record<string, unknown>): string | undefined {
  const [list, index] = path
  if (typeof index !== 'number') return undefined
  const item = Array.isArray(data[list as string])
    ? (data[list as string] as unknown[])[index]
    : undefined
  if (list === 'components') {
    const id =
      isRecord(item) && typeof item.id === 'string' && item.id !== ''
        ? ` (${JSON.stringify(clip(item.id))})`
        : ''
    return `component ${index + 1}${id}`
  }
  if (list === 'dependencies') {
    const ends =
      isRecord(item) && typeof item.from === 'string' && typeof item.to === 'string'
        ? ` (${JSON.stringify(clip(item.from))} → ${JSON.stringify(clip(item.to))})`
        : ''
    return `dependency ${index + 1}${ends}`
  }
  return undefined
}

/** How a value is named in a message: `"project"`, `"diagram.direction"`, `component 3 ("db"): "async"`. */
function subjectOf(path: Path, data: Record<string, unknown>): string {
  const owner = ownerOf(path, data)
  const rest = owner ? path.slice(2) : path
  const name = rest.length > 0 ? `"${rest.map((s) => clip(String(s))).join('.')}"` : ''
  if (owner) return name ? `${owner}: ${name}` : owner
  return name || 'the blueprint'
}

/** Where a key sits, for "unknown key … at the top level". */
function placeOf(path: Path, data: Record<string, unknown>): string {
  if (path.length === 0) return 'at the top level'
  const owner = ownerOf(path, data)
  if (owner && path.length === 2) return `in ${owner}`
  return `in ${subjectOf(path, data)}`
}

function expected(type: string): string {
  switch (type) {
    case 'string':
      return 'text'
    case 'boolean':
      return 'true or false'
    case 'object':
      return 'a mapping'
    case 'array':
      return 'a list'
    case 'number':
    case 'integer':
      return 'a number'
    default:
      return type
  }
}

/** A value as a person would name it in a message. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'string') return JSON.stringify(clip(value))
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Uint8Array) return 'binary data'
  if (value instanceof Date) return 'a date'
  return 'a mapping'
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`
}

/* -------------------------------------------------------------- semantics */

function checkSemantics(
  data: Record<string, unknown>,
  locator: Locator,
  at: At,
  budget: Budget
): Problem[] {
  const problems: Problem[] = []
  const components = Array.isArray(data.components) ? data.components : []
  const firstIndex = new Map<string, number>()
  components.forEach((c: unknown, i) => {
    if (!isRecord(c) || typeof c.id !== 'string' || c.id === '') return
    const first = firstIndex.get(c.id)
    if (first === undefined) {
      firstIndex.set(c.id, i)
      return
    }
    const firstLine = locator.valueLoc(['components', first, 'id']).line
    problems.push(
      at(
        locator.valueLoc(['components', i, 'id']),
        `component ${i + 1}: id ${JSON.stringify(clip(c.id))} is already used by component ${first + 1} (line ${firstLine}); component ids must be unique`
      )
    )
  })

  // Without a list of components there is nothing to check the ends against.
  if (data.components !== undefined && !Array.isArray(data.components)) return problems
  const ids = [...firstIndex.keys()]
  const dependencies = Array.isArray(data.dependencies) ? data.dependencies : []
  dependencies.forEach((d: unknown, i) => {
    if (!isRecord(d)) return
    for (const end of ['from', 'to'] as const) {
      const ref = d[end]
      if (typeof ref !== 'string' || firstIndex.has(ref)) continue
      const guess = suggest(ref, ids, budget)
      const tail =
        ids.length === 0
          ? ', but the blueprint has no components'
          : guess
            ? `, which is not a component id (did you mean "${guess}"?)`
            : ', which is not a component id'
      problems.push(
        at(
          locator.valueLoc(['dependencies', i, end]),
          `dependency ${i + 1}: "${end}" is ${JSON.stringify(clip(ref))}${tail}`
        )
      )
    }
  })
  return problems
}

/** The closest candidate within a small edit distance (typos, case), if any. */
function suggest(word: string, candidates: readonly string[], budget?: Budget): string | undefined {
  if (word.length > 64) return undefined
  // Against 2,000 component ids a suggestion costs ids × length²; a file full of broken references gets them for the first few only.
  if (budget && budget.suggestions-- <= 0) return undefined
  const w = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1
  for (const c of candidates) {
    if (c.length > 64 || Math.abs(c.length - w.length) >= bestDistance) continue
    const d = editDistance(w, c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = row
  }
  return prev[b.length] ?? 0
}

/* -------------------------------------------------------------- normalise */

/**
 * Build the model from data the schema has accepted. Text stays as written
 * except that CRLF becomes LF, so a file saved on Windows generates the same
 * document as on Linux.
 */
function normalise(data: Record<string, unknown>): Blueprint {
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v.replace(/\r\n/g, '\n') : undefined
  const components: Component[] = (Array.isArray(data.components) ? data.components : [])
    .filter(isRecord)
    .map((c) => {
      const id = text(c.id) ?? ''
      return {
        id,
        name: text(c.name) ?? id,
        type: text(c.type) ?? 'service',
        ...optional('technology', text(c.technology)),
        ...optional('description', text(c.description)),
        ...optional('group', text(c.group))
      }
    })
  const dependencies: Dependency[] = (Array.isArray(data.dependencies) ? data.dependencies : [])
    .filter(isRecord)
    .map((d) => ({
      from: text(d.from) ?? '',
      to: text(d.to) ?? '',
      ...optional('description', text(d.description)),
      ...optional('technology', text(d.technology)),
      async: d.async === true
    }))
  const sections: Partial<Record<SectionKey, string>> = {}
  if (isRecord(data.sections)) {
    for (const key of SECTION_KEYS) {
      const body = text(data.sections[key])
      if (body !== undefined) sections[key] = body
    }
  }
  let diagram: { type: DiagramType; direction: Direction } = { type: 'flowchart', direction: 'TB' }
  if (typeof data.diagram === 'string')
    diagram = { type: data.diagram as DiagramType, direction: 'TB' }
  else if (isRecord(data.diagram)) {
    diagram = {
      type:
        typeof data.diagram.type === 'string' ? (data.diagram.type as DiagramType) : 'flowchart',
      direction:
        typeof data.diagram.direction === 'string' ? (data.diagram.direction as Direction) : 'TB'
    }
  }
  return {
    id: text(data.id) ?? '',
    project: text(data.project) ?? '',
    ...optional('title', text(data.title)),
    ...optional('overview', text(data.overview)),
    diagram,
    components,
    dependencies,
    sections
  }
}

/** `{key: value}` when the value is present, `{}` otherwise, so absent keys stay absent. */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string })
}

/* ------------------------------------------------------------------ misc */

function yamlMessage(e: YAMLError, json: boolean): string {
  const raw = e.message.split('\n')[0] ?? e.message
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation; indent with spaces'
    case 'TAG_RESOLVE_FAILED':
      if (json && raw.startsWith('Unresolved plain scalar')) {
        return `${raw.slice('Unresolved plain scalar '.length)} is not a JSON value; put text in double quotes`
      }
      return `${lowerFirst(raw)}; a blueprint holds plain text, lists and mappings only (remove the tag)`
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same mapping'
    default:
      return `YAML syntax error: ${lowerFirst(raw)}`
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Long values would swamp the message; 60 characters identify any key or id. */
function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)
}

function fail(problems: Problem[]): ParseResult {
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p)
  if (sorted.length <= MAX_PROBLEMS) return { ok: false, problems: sorted }
  const cut = sorted[MAX_PROBLEMS - 1]
  const shown = sorted.slice(0, MAX_PROBLEMS - 1)
  if (cut) {
    shown.push({
      ...cut,
      message: `${group(sorted.length - shown.length)} more problems from here on are not shown`
    })
  }
  return { ok: false, problems: shown }
}

/**
 * Most blueprints are valid and plain. For them a second, faster parser
 * (js-yaml, ten times quicker than the positioned parse below on a 10 KB
 * blueprint) gives the same value; the schema and the cross-checks then
 * run on it. Anything unusual — anchors, aliases, tags, directives, a second
 * document, a duplicate key, a value the schema or the cross-checks refuse,
 * any exception — returns undefined, and the full positioned parse decides,
 * so every problem is still reported exactly as before.
 * test/blueprint.fuzz.test.ts checks that both paths agree.
 */
function parseQuickly(text: string): Blueprint | undefined {
  if (UNUSUAL.test(text)) return undefined
  let data: unknown
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })
  } catch {
    return undefined
  }
  if (!isRecord(data) || !validator()(data)) return undefined
  const components = Array.isArray(data.components) ? data.components : []
  const ids = new Set<string>()
  for (const c of components) {
    if (!isRecord(c) || typeof c.id !== 'string' || ids.has(c.id)) return undefined
    ids.add(c.id)
  }
  const dependencies = Array.isArray(data.dependencies) ? data.dependencies : []
  for (const d of dependencies) {
    if (
      !isRecord(d) ||
      typeof d.from !== 'string' ||
      typeof d.to !== 'string' ||
      !ids.has(d.from) ||
      !ids.has(d.to)
    )
      return undefined
  }
  return normalise(data)
}

/**
 * What sends a file down the positioned path: a possible anchor, alias or
 * tag (`&x`, `*x`, `!x` after a space, bracket or start of line), a merge
 * key, a directive or document marker, a tab, a carriage return alone, and
 * deep indentation. Over-eager on purpose (`**bold**` in a description
 * counts): a false alarm costs time, never correctness.
 */
const UNUSUAL = /(?:^|[\s[{,])[&*!]|<<\s*:|^(?:%|---|\.\.\.)|\t|\r(?!\n)|^ {64}/m
