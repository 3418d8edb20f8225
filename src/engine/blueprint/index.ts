/**
 * The blueprint loader: a file's bytes → the model, or, with a
 * `file:line:col` for each, everything that is wrong with it.
 *
 * The loader is the first thing to see text from a repository, so it is
 * written to survive anything: it never throws, refuses oversized or
 * pathological input (non-UTF-8, alias bombs, deep nesting) early and with
 * bounded work, and only then hands the document to the schema.
 *
 * Pipeline: text (size, UTF-8) → the quick path for plain valid YAML →
 * positioned YAML document (parse.ts) → schema and cross-checks
 * (validate.ts, whose sentences come from messages.ts) → model (normalise.ts).
 */
import type { Blueprint, Problem } from '../model.js'
import { messageOf } from '../text.js'
import { capProblems, type At } from './messages.js'
import { normalise } from './normalise.js'
import { readDocument, readText } from './parse.js'
import { parseQuickly } from './quick.js'
import { validate } from './validate.js'

/** The model, or the problems sorted by position (at most 100, the last saying how many more). */
export type ParseResult = { ok: true; blueprint: Blueprint } | { ok: false; problems: Problem[] }

/**
 * Parse a blueprint file.
 *
 * @param input.file repository-relative path, used in problems and to choose
 *   JSON (`.json`) or YAML (anything else) by extension.
 * @param input.content the file's bytes (checked to be UTF-8) or text.
 * @param options.fast try the quick path for plain valid YAML first (default
 *   true); the result is the same either way, only the time differs.
 * @returns the model with defaults applied, or the problems sorted by position.
 *   Never throws.
 */
export function parseBlueprint(
  input: { file: string; content: string | Uint8Array },
  options: { fast?: boolean } = {}
): ParseResult {
  const at: At = (loc, message) => ({ file: input.file, line: loc.line, col: loc.col, message })
  try {
    return load(input.content, {
      json: /\.json$/i.test(input.file),
      fast: options.fast ?? true,
      at
    })
  } catch (error) {
    // Nothing above is meant to throw; if a library surprises us, the user
    // still gets an annotation instead of a crashed run.
    return fail([at({ line: 1, col: 1 }, `could not be read: ${messageOf(error)}`)])
  }
}

function load(
  content: string | Uint8Array,
  options: { json: boolean; fast: boolean; at: At }
): ParseResult {
  const { json, at } = options
  const read = readText(content, at)
  if (!read.ok) return fail(read.problems)
  // JSON blueprints always take the positioned path: JSON.parse keeps the last
  // of two equal keys silently, and YAML parsers accept JSON's near misses.
  if (options.fast && !json) {
    const quick = parseQuickly(read.text)
    if (quick !== undefined) return { ok: true, blueprint: quick }
  }
  const doc = readDocument(read.text, { json, at })
  if (!doc.ok) return fail(doc.problems)
  const problems = validate(doc.data, { locator: doc.locator, at })
  if (problems.length > 0) return fail(problems)
  return { ok: true, blueprint: normalise(doc.data) }
}

function fail(problems: readonly Problem[]): ParseResult {
  return { ok: false, problems: capProblems(problems) }
}
