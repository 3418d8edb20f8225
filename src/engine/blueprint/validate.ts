/**
 * Is the data a blueprint? The JSON Schema (Ajv) decides its shape; the
 * checks the schema cannot express follow: component ids unique, every
 * dependency's ends naming a component (or, shaped `<blueprint-id>/…`,
 * another blueprint, which only the whole repository can resolve).
 */
import type { Problem } from '../model.js'
import { acceptsBlueprint } from '../schema/accepts.js'
import { explainBlueprint } from '../schema/explain.js'
import { clip } from '../text.js'
import type { Locator } from './locate.js'
import { markdownFields, unclosedMarkdown } from './markdown-fields.js'
import { MAX_PROBLEMS, MESSAGE_CHARS, subjectOf, schemaProblems, type At } from './messages.js'
import { suggest, type Budget } from '../text.js'
import { isRecord } from './normalise.js'
import { parseReference } from '../references.js'

/**
 * Whether the data fits the blueprint schema: the schema compiled (ahead of time, by
 * `npm run schemas`) to stop at the first error and record nothing about it. The quick
 * path asks only this; the reports use the schema that collects every error with its
 * value and sub-schema (`verbose`), which the messages need.
 */
export function accepts(data: unknown): boolean {
  const valid = acceptsBlueprint(data)
  // Errors left on the shared function would keep this blueprint alive until the next call.
  acceptsBlueprint.errors = null
  return valid
}

/** Everything the schema and the cross-checks find wrong with the data, positioned by `locator`. */
export function validate(
  data: Record<string, unknown>,
  options: { locator: Locator; at: At }
): Problem[] {
  const { locator, at } = options
  // Each check suggests for its first hundred problems, found in file order: about as many as
  // can be shown, and a broken reference is not left without one by a file of unknown keys.
  const suggestions = (): Budget => ({ suggestions: MAX_PROBLEMS })
  return [
    ...schemaProblems(explainBlueprint, data, { locator, at, budget: suggestions() }),
    ...checkSemantics(data, locator, at, suggestions()),
    ...checkMarkdown(data, locator, at)
  ]
}

/**
 * Markdown fields that would swallow the rest of the document, each at the
 * fence, comment or tag that opens what it never closes.
 */
function checkMarkdown(data: Record<string, unknown>, locator: Locator, at: At): Problem[] {
  const problems: Problem[] = []
  for (const field of markdownFields(data)) {
    const found = unclosedMarkdown(field.text, field.kind)
    if (found === undefined) continue
    const value = field.text.replace(/\r\n?/g, '\n')
    problems.push(
      at(
        locator.textLoc(field.path, value, found.offset, found.opener),
        `${subjectOf(field.path, data)} ${found.message}`
      )
    )
  }
  return problems
}

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
        `component ${i + 1}: id ${JSON.stringify(clip(c.id, MESSAGE_CHARS))} is already used by component ${first + 1} (line ${firstLine}); component ids must be unique`
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
      // `<blueprint-id>/<component-id>` and `<blueprint-id>/` name another blueprint: resolved
      // across the repository later, where every blueprint is known.
      if (typeof ref !== 'string' || firstIndex.has(ref) || parseReference(ref) !== undefined)
        continue
      const tail = notAComponent(ref, ids, budget)
      problems.push(
        at(
          locator.valueLoc(['dependencies', i, end]),
          `dependency ${i + 1}: "${end}" is ${JSON.stringify(clip(ref, MESSAGE_CHARS))}${tail}`
        )
      )
    }
  })
  const flows = Array.isArray(data.flows) ? data.flows : []
  flows.forEach((f: unknown, i) => {
    if (!isRecord(f) || !Array.isArray(f.steps)) return
    f.steps.forEach((step: unknown, j) => {
      if (!isRecord(step)) return
      for (const end of ['from', 'to'] as const) {
        const ref = step[end]
        if (typeof ref !== 'string' || firstIndex.has(ref) || parseReference(ref) !== undefined)
          continue
        problems.push(
          at(
            locator.valueLoc(['flows', i, 'steps', j, end]),
            `flow ${i + 1}, step ${j + 1}: "${end}" is ${JSON.stringify(clip(ref, MESSAGE_CHARS))}${notAComponent(ref, ids, budget)}`
          )
        )
      }
    })
  })
  return problems
}

/** The end of a message about a dependency or flow end that names no component: why, and a guess. */
function notAComponent(ref: string, ids: readonly string[], budget: Budget): string {
  if (ids.length === 0) return ', but the blueprint has no components'
  const guess = suggest(ref, ids, budget)
  return guess
    ? `, which is not a component id (did you mean "${guess}"?)`
    : ', which is not a component id'
}
