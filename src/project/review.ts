/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */
import { parseBlueprint } from '../engine/blueprint/index.js'
import type { BlueprintReview } from '../engine/comment.js'
import { diffBlueprints, isEmptyDiff } from '../engine/diff.js'
import { renderDocument, UNDATED as STAMP } from '../engine/document.js'
import type { Blueprint, Problem } from '../engine/model.js'
import { outputPath } from '../engine/paths.js'
import type { Template } from '../engine/template.js'
import type { Plan } from './outcome.js'
import { introducedFindings, type FindingSubject } from './findings.js'

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
  /**
   * The findings about a blueprint as it was at the base, gathered as the head's were: the review
   * lists the head's findings that the base did not have. Without it, no findings are listed.
   */
  readonly baseFindings?: (subject: FindingSubject) => Promise<readonly Problem[]>
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
    const loadedBase = await loadBase(options, previousPath ?? item.blueprint)
    const base = loadedBase?.blueprint
    const head = deleted ? undefined : item.model
    const problems = item.outcome.kind === 'invalid' ? item.outcome.problems : undefined
    const documentPath = documentOf(options, item, base)
    const before = base ? render(options.template, base, previousPath ?? item.blueprint) : undefined
    const after = head && !problems ? render(options.template, head, item.blueprint) : undefined
    const findings = head && !problems ? await introduced(options, item.findings, loadedBase) : []
    if (
      !problems &&
      base &&
      head &&
      before === after &&
      findings.length === 0 &&
      isEmptyDiff(diffBlueprints(base, head))
    )
      continue
    if (!problems && !base && !head) continue
    reviewed.add(item.blueprint)
    reviews.push({
      path: item.blueprint,
      ...(previousPath !== undefined ? { previousPath } : {}),
      ...(base ? { base } : {}),
      ...(head && !problems ? { head } : {}),
      ...(problems ? { problems } : {}),
      ...(findings.length > 0 ? { findings } : {}),
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
    const base = (await loadBase(options, gone))?.blueprint
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

async function loadBase(options: ReviewOptions, path: string): Promise<FindingSubject | undefined> {
  const bytes = await options.readBase(path)
  if (bytes === undefined) return undefined
  const parsed = parseBlueprint({ file: path, content: bytes })
  if (!parsed.ok) return undefined
  const text = new TextDecoder().decode(bytes)
  return {
    file: path,
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    blueprint: parsed.blueprint
  }
}

/** The head's findings that the base did not have (all of them for a blueprint new at head). */
async function introduced(
  options: ReviewOptions,
  head: readonly Problem[] | undefined,
  base: FindingSubject | undefined
): Promise<Problem[]> {
  if (options.baseFindings === undefined || head === undefined || head.length === 0) return []
  const before = base === undefined ? [] : await options.baseFindings(base)
  return introducedFindings(head, before)
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
