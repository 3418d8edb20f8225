/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */
import { parseBlueprint } from '../engine/blueprint/index.js'
import type { BlueprintReview } from '../engine/comment.js'
import { diffBlueprints, isEmptyDiff } from '../engine/diff.js'
import { renderDocument, UNDATED as STAMP } from '../engine/document.js'
import type { Blueprint } from '../engine/model.js'
import { outputPath } from '../engine/paths.js'
import type { Template } from '../engine/template.js'
import type { Plan } from './outcome.js'

export interface ReviewOptions {
  readonly plan: Plan
  /** The blueprint's bytes at the base commit, or undefined when it did not exist there. */
  readonly readBase: (path: string) => Promise<Uint8Array | undefined>
  /** New path → old path of renamed blueprints. */
  readonly renames: ReadonlyMap<string, string>
  /** Blueprints deleted (or renamed away) since the base: shown even when they never had a document. */
  readonly removed: readonly string[]
  readonly template: Template
  readonly output: string
}

/** One review per blueprint that differs between base and head; unchanged ones are left out. */
export async function buildReviews(options: ReviewOptions): Promise<BlueprintReview[]> {
  const reviews: BlueprintReview[] = []
  const renamedAway = new Set(options.renames.values())
  const reviewed = new Set<string>()
  for (const item of options.plan.items) {
    const deleted = item.outcome.kind === 'deleted'
    if (deleted && renamedAway.has(item.blueprint)) continue // shown under its new name
    const previousPath = deleted ? undefined : options.renames.get(item.blueprint)
    const base = await loadBase(options, previousPath ?? item.blueprint)
    const head = deleted ? undefined : item.model
    const problems = item.outcome.kind === 'invalid' ? item.outcome.problems : undefined
    const documentPath = documentOf(options, item, base)
    const before = base ? render(options.template, base, previousPath ?? item.blueprint) : undefined
    // An invalid blueprint keeps its document as it was (generate writes and deletes nothing
    // for it): the document is unchanged, not deleted.
    const after = problems
      ? before
      : head
        ? render(options.template, head, item.blueprint)
        : undefined
    if (!problems && base && head && before === after && isEmptyDiff(diffBlueprints(base, head)))
      continue
    if (!problems && !base && !head) continue
    reviewed.add(item.blueprint)
    reviews.push({
      path: item.blueprint,
      ...(previousPath !== undefined ? { previousPath } : {}),
      ...(base ? { base } : {}),
      ...(head && !problems ? { head } : {}),
      ...(problems ? { problems } : {}),
      document: {
        path: documentPath,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {})
      }
    })
  }
  // A deleted blueprint whose document was never committed has no plan item: it is still a change.
  for (const gone of options.removed) {
    if (reviewed.has(gone) || renamedAway.has(gone)) continue
    const base = await loadBase(options, gone)
    if (base === undefined) continue
    const before = render(options.template, base, gone)
    let document = gone
    try {
      document = outputPath(options.output, gone, base.id)
    } catch {
      // an output pattern that leaves the repository: the blueprint's own path names the review
    }
    reviews.push({
      path: gone,
      base,
      document: { path: document, ...(before !== undefined ? { before } : {}) }
    })
  }
  return reviews
}

async function loadBase(options: ReviewOptions, path: string): Promise<Blueprint | undefined> {
  const bytes = await options.readBase(path)
  if (bytes === undefined) return undefined
  const parsed = parseBlueprint({ file: path, content: bytes })
  return parsed.ok ? parsed.blueprint : undefined
}

function documentOf(
  options: ReviewOptions,
  item: Plan['items'][number],
  base: Blueprint | undefined
): string {
  const o = item.outcome
  if (o.kind !== 'invalid') return o.document
  if (o.document !== undefined) return o.document
  try {
    return outputPath(options.output, item.blueprint, item.model?.id ?? base?.id ?? '')
  } catch {
    return item.blueprint
  }
}

function render(template: Template, blueprint: Blueprint, source: string): string | undefined {
  try {
    return renderDocument({ blueprint, source, generatedAt: STAMP, template }).text
  } catch {
    return undefined
  }
}
