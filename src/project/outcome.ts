/**
 * What a plan decided, blueprint by blueprint, and the questions every mode
 * asks of it: which documents change, which are stale, what the problems
 * are. Types and small pure functions only, so the action can ask them of
 * any plan without loading the engine that makes one (plan.ts).
 */
import type { Rendered } from '../engine/document.js'
import type { Blueprint, Problem } from '../engine/model.js'

/** What happens to one document. */
export type Outcome =
  /** Equal apart from `generated_at`: nothing is kept but the path (a plan may hold thousands). */
  | { readonly kind: 'unchanged'; readonly document: string }
  | { readonly kind: 'created'; readonly document: string; readonly rendered: Rendered }
  | {
      readonly kind: 'updated'
      readonly document: string
      readonly rendered: Rendered
      readonly previous: string
    }
  /** The blueprint is gone (deleted or renamed away): its generated document goes too. */
  | { readonly kind: 'deleted'; readonly document: string; readonly previous: string }
  /** Nothing is written, deleted or committed for this blueprint. */
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[]; readonly document?: string }

export interface PlannedBlueprint {
  /** The blueprint's path (for `deleted`, the blueprint that no longer exists). */
  readonly blueprint: string
  readonly model?: Blueprint
  readonly outcome: Outcome
  /**
   * Findings about a blueprint whose document is still written: the
   * architecture rules' and references that do not resolve, positioned, each
   * with its level. Only findings at `error` fail the run.
   */
  readonly findings?: readonly Problem[]
  /** Set for the landscape document: `blueprint` is then the landscape's own path. */
  readonly landscape?: true
  /**
   * Set for a hand-written Markdown file with marked regions: `document` is that file,
   * `blueprint` the first blueprint its regions show, `line` the first region that changes (or
   * the first problem's line).
   */
  readonly region?: { readonly line: number; readonly blueprints: readonly string[] }
}

export interface Plan {
  readonly items: readonly PlannedBlueprint[]
  /** Blueprint paths processed (present and valid or invalid). */
  readonly blueprints: readonly string[]
}

/** True for outcomes that change a file. */
export function isChange(
  outcome: Outcome
): outcome is Extract<Outcome, { kind: 'created' | 'updated' | 'deleted' }> {
  return outcome.kind === 'created' || outcome.kind === 'updated' || outcome.kind === 'deleted'
}

/** Every problem of the plan that made a blueprint invalid, in file order (findings are apart). */
export function problemsOf(planned: Plan): Problem[] {
  return planned.items.flatMap((i) => (i.outcome.kind === 'invalid' ? [...i.outcome.problems] : []))
}

/** Every rule finding of the plan (warnings and errors), in file order. */
export function findingsOfPlan(planned: Plan): Problem[] {
  return planned.items.flatMap((i) => [...(i.findings ?? [])])
}

/** Problems and findings together, blueprint by blueprint, each blueprint's sorted by position. */
export function reportedProblems(planned: Plan): Problem[] {
  return planned.items.flatMap((i) => {
    const own = [...(i.outcome.kind === 'invalid' ? i.outcome.problems : []), ...(i.findings ?? [])]
    return own
      .map((p, n) => ({ p, n }))
      .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.n - b.n)
      .map(({ p }) => p)
  })
}

/** Committed documents that differ from what their blueprint generates now, each with its blueprint. */
export function staleDocuments(
  plan: Plan
): { document: string; blueprint: string; landscape?: true }[] {
  return plan.items.flatMap((i) =>
    isChange(i.outcome)
      ? [
          {
            document: i.outcome.document,
            blueprint: i.blueprint,
            ...(i.landscape ? { landscape: true as const } : {})
          }
        ]
      : []
  )
}
