/**
 * Bytes → a YAML document with positions, refusing what a blueprint can
 * never be before it costs anything: oversized or non-UTF-8 files, deep
 * nesting, alias bombs, a second document, duplicate keys. `yaml` is the
 * parser of record: every problem is positioned on its tree.
 *
 * Order: size → UTF-8 → nesting pre-scan (lexer only) → JSON syntax (for
 * `.json` files, json.ts) → YAML compose, its errors taken back to their
 * first cause (syntax.ts) → tree checks (depth, duplicate keys, aliases) →
 * plain data.
 */
import { Composer, Parser, isAlias, isMap, isScalar, isSeq, type Document } from 'yaml'
import type { Problem } from '../model.js'
import { Locator, lineIndex, nodeStart, type Loc } from './locate.js'
import { jsonSyntaxError } from './json.js'
import { describe, type At } from './messages.js'
import { isRecord } from './normalise.js'
import { explainSyntax } from './syntax.js'
import { BLUEPRINT_WORDING, MAX_ALIAS_COUNT, checkTree, scanNesting } from './untrusted.js'

export { readText, type TextResult } from './untrusted.js'

const TOP: Loc = { line: 1, col: 1 }
const EMPTY = 'is empty; a blueprint needs at least "id" and "project"'
const NOT_A_MAPPING = 'a blueprint must be a mapping with keys such as "id" and "project"'

/** A mapping of plain data, with the {@link Locator} that finds where each value was written. */
export type DocumentResult =
  { ok: true; data: Record<string, unknown>; locator: Locator } | { ok: false; problems: Problem[] }

/**
 * Parses the text as one YAML (or, for `json`, JSON) document holding a
 * mapping, with bounded work whatever the text holds.
 */
export function readDocument(text: string, options: { json: boolean; at: At }): DocumentResult {
  const { json, at } = options
  const fail = (problems: Problem[]): DocumentResult => ({ ok: false, problems })
  const pos = lineIndex(text)

  const tooDeep = scanNesting(text, BLUEPRINT_WORDING)
  if (tooDeep) return fail([at(pos(tooDeep.offset), tooDeep.message)])
  if (json && text.trim() !== '') {
    const wrong = jsonSyntaxError(text)
    if (wrong) return fail([at(pos(wrong.offset), wrong.message)])
  }

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
  if (!doc) return fail([at(TOP, EMPTY)])
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
  const syntax = explainSyntax(text, doc.errors, doc.warnings, json)
  if (syntax.length > 0) return fail(syntax.map((e) => at(pos(e.offset), e.message)))

  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    return fail([at(TOP, EMPTY)])
  }
  if (!isMap(root)) {
    const what = isSeq(root)
      ? 'a list'
      : isAlias(root)
        ? 'an alias'
        : describe(isScalar(root) ? root.value : root)
    return fail([at(pos(root.range?.[0] ?? 0), `${NOT_A_MAPPING}, not ${what}`)])
  }

  const tree = checkTree(doc, root, (node) => pos(nodeStart(node)), BLUEPRINT_WORDING)
  if (tree.problems.length > 0) return fail(tree.problems.map((p) => at(p.loc, p.message)))

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    // The only throw we expect is the alias-count guard.
    const loc = tree.firstAlias ? pos(nodeStart(tree.firstAlias)) : TOP
    return fail([
      at(
        loc,
        `expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; a blueprint may not`
      )
    ])
  }
  if (!isRecord(data)) return fail([at(TOP, NOT_A_MAPPING)])

  return { ok: true, data, locator: new Locator(doc, pos, text) }
}
