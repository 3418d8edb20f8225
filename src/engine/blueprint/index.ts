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
import schema from '../../../schema/blueprint.schema.json' with { type: 'json' }
import type { Blueprint, Problem } from '../model.js'
import { clip, messageOf } from '../text.js'
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
    const result = load(input.content, {
      json: /\.json$/i.test(input.file),
      fast: options.fast ?? true,
      at
    })
    if (result.ok) return result
    // A file not even named like YAML or JSON (a README given by mistake) that holds no
    // blueprint is better told so than told what its text lacks as YAML.
    if ('notBlueprint' in result && !/\.(ya?ml|json)$/i.test(input.file))
      return fail([at(TOP, NOT_A_BLUEPRINT_FILE)])
    return { ok: false, problems: result.problems }
  } catch (error) {
    // Nothing above is meant to throw; if a library surprises us, the user
    // still gets an annotation instead of a crashed run.
    return fail([at({ line: 1, col: 1 }, `could not be read: ${messageOf(error)}`)])
  }
}

const TOP = { line: 1, col: 1 }
const NOT_A_BLUEPRINT_FILE =
  'is not a blueprint: a blueprint is a YAML or JSON file (*.blueprint.yaml, *.blueprint.yml, *.blueprint.json) with at least "id" and "project"'
/** The top-level keys a blueprint may have. */
const BLUEPRINT_KEYS = new Set(Object.keys(schema.properties))

/** A failure that shows the file is no blueprint at all: not text, not a mapping, or none of a blueprint's keys. */
type Loaded = ParseResult | { ok: false; problems: Problem[]; notBlueprint: true }

function load(
  content: string | Uint8Array,
  options: { json: boolean; fast: boolean; at: At }
): Loaded {
  const { json, at } = options
  const read = readText(content, at)
  if (!read.ok) return { ...fail(read.problems), notBlueprint: true }
  // JSON blueprints always take the positioned path: JSON.parse keeps the last
  // of two equal keys silently, and YAML parsers accept JSON's near misses.
  if (options.fast && !json) {
    const quick = parseQuickly(read.text)
    if (quick !== undefined) return { ok: true, blueprint: quick }
  }
  const doc = readDocument(read.text, { json, at })
  if (!doc.ok) return { ...fail(doc.problems), notBlueprint: true }
  const keys = Object.keys(doc.data)
  if (keys.length > 0 && !keys.some((k) => BLUEPRINT_KEYS.has(k) && k !== '$schema')) {
    const shown = keys.slice(0, 5).map((k) => clip(k, 30))
    const them = `${shown.join(', ')}${keys.length > shown.length ? ', …' : ''}`
    return {
      ...fail([
        at(
          TOP,
          `is not a blueprint: it has none of a blueprint's keys (it has ${them}); a blueprint has at least "id" and "project"`
        )
      ]),
      notBlueprint: true
    }
  }
  const problems = validate(doc.data, { locator: doc.locator, at })
  if (problems.length > 0) return fail(problems)
  return { ok: true, blueprint: normalise(doc.data) }
}

function fail(problems: readonly Problem[]): { ok: false; problems: Problem[] } {
  return { ok: false, problems: capProblems(problems) }
}
