/**
 * What is wrong with a blueprint, as sentences a person can act on: Ajv's
 * and yaml's errors turned into `what and why` with the key or value named
 * and, where a typo is likely, a suggestion; and the list of problems sorted
 * by position and capped.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { YAMLError } from 'yaml'
import type { Problem } from '../model.js'
import { clip, formatCount, suggest, type Budget } from '../text.js'
import type { Loc, Locator, Path } from './locate.js'
import { isRecord } from './normalise.js'

/** Makes a problem of this file at a position. */
export type At = (loc: Loc, message: string) => Problem

/** A 1 MiB file can hold 100,000 mistakes; nobody reads past the first hundred. */
export const MAX_PROBLEMS = 100
/** Long values would swamp a message; 58 characters identify any key or id. */
export const MESSAGE_CHARS = 58

/**
 * The problems sorted by position (ties in the order found), at most
 * {@link MAX_PROBLEMS}: the last one shown then says how many more there are.
 */
export function capProblems(problems: readonly Problem[]): Problem[] {
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p)
  if (sorted.length <= MAX_PROBLEMS) return sorted
  const cut = sorted[MAX_PROBLEMS - 1]
  const shown = sorted.slice(0, MAX_PROBLEMS - 1)
  if (cut) {
    shown.push({
      ...cut,
      message: `${formatCount(sorted.length - shown.length)} more problems from here on are not shown`
    })
  }
  return shown
}

/**
 * What a schema finds wrong with the data (a validator compiled to collect every error,
 * `verbose`), as one problem per distinct error: none when the data fits.
 */
export function schemaProblems(
  validate: ValidateFunction,
  data: Record<string, unknown>,
  options: Omit<Explaining, 'data'>
): Problem[] {
  if (validate(data)) return []
  const errors = validate.errors ?? []
  // The shared validator would otherwise keep the last errors, and through
  // `verbose` their data, the whole last file, alive between calls.
  validate.errors = null
  return explainSchemaErrors(errors, { data, ...options })
}

/** What the sentences about one file's schema errors are made from. */
interface Explaining {
  readonly data: Record<string, unknown>
  readonly locator: Locator
  readonly at: At
  /** Suggestions left to make; unlimited without one. */
  readonly budget?: Budget
}

/**
 * One problem per distinct schema error, each pointing at the value (or the
 * key) it concerns.
 */
function explainSchemaErrors(errors: readonly ErrorObject[], options: Explaining): Problem[] {
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const e of simplify(errors)) {
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(id)) continue
    seen.add(id)
    problems.push(describeError(e, options))
  }
  return problems
}

/**
 * `oneOf`/`anyOf` report every branch. Keep only the branches whose type fits
 * the value (their errors are the useful ones); when no branch fits, replace
 * them all with one "must be A or B" error.
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
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

function describeError(e: ErrorObject, options: Explaining): Problem {
  const { data, locator, at } = options
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
      // A handful of candidate keys, each cheap; a file of thousands of unknown keys still
      // gets suggestions only while the budget lasts.
      const guess = suggest(key, allowed, options.budget)
      const hint = guess
        ? ` (did you mean "${guess}"?)`
        : allowed.length > 0
          ? ` (expected one of: ${allowed.join(', ')})`
          : ''
      return at(
        locator.keyLoc([...path, key]),
        `unknown key "${clip(key, MESSAGE_CHARS)}" ${placeOf(path, data)}${hint}`
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
        hint = ` (put it in quotes: "${clip(written, MESSAGE_CHARS)}")`
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
        return at(
          locator.valueLoc(path),
          `${subject} must not be blank${path.at(-1) === 'name' ? '; leave "name" out to show the id' : ''}`
        )
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
        `has ${formatCount(count)} ${what}; a blueprint may have at most ${formatCount(Number(e.params.limit))}`
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
        ? ` (${JSON.stringify(clip(item.id, MESSAGE_CHARS))})`
        : ''
    return `component ${index + 1}${id}`
  }
  if (list === 'dependencies') {
    const ends =
      isRecord(item) && typeof item.from === 'string' && typeof item.to === 'string'
        ? ` (${JSON.stringify(clip(item.from, MESSAGE_CHARS))} → ${JSON.stringify(clip(item.to, MESSAGE_CHARS))})`
        : ''
    return `dependency ${index + 1}${ends}`
  }
  if (list === 'flows') {
    const name =
      isRecord(item) && typeof item.name === 'string' && item.name !== ''
        ? ` (${JSON.stringify(clip(item.name, MESSAGE_CHARS))})`
        : ''
    return `flow ${index + 1}${name}`
  }
  return undefined
}

/** How a value is named in a message: `"project"`, `"diagram.direction"`, `component 3 ("db"): "async"`. */
export function subjectOf(path: Path, data: Record<string, unknown>): string {
  const owner = ownerOf(path, data)
  const rest = owner ? path.slice(2) : path
  const name =
    rest.length > 0 ? `"${rest.map((s) => clip(String(s), MESSAGE_CHARS)).join('.')}"` : ''
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

/** A JSON Schema type as a person would name it. */
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
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'string') return JSON.stringify(clip(value, MESSAGE_CHARS))
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

/** A yaml parse error or warning as a sentence; `json` when the file is JSON. */
export function yamlMessage(e: YAMLError, json: boolean): string {
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
