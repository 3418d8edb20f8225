/**
 * Check mode: fails the step when a committed document differs from its
 * regenerated self, with an error annotation on each stale document and on
 * its blueprint, and the diff in the job summary.
 */
import { isChange, type Plan } from '../project/outcome.js'
import { joinPrefix } from './paths.js'
import type { ActionDeps } from './mode.js'
import { CHECK_PASSED, checkSummary } from './summary.js'

/** Options of {@link runCheck}. */
export interface CheckOptions {
  readonly plan: Plan
  /** The documents that are out of date: none after a commit in the same run. */
  readonly stale: readonly { document: string; blueprint: string }[]
  /** The command that regenerates them, asked for only when something is stale. */
  readonly fix: () => Promise<string>
}

/** What check mode found: its summary section, and whether the step fails. */
export interface Checked {
  readonly summary: string
  readonly failed: boolean
}

/** Reports every stale document and fails when there is one. */
export async function runCheck(
  deps: ActionDeps,
  { plan, stale, fix: fixCommand }: CheckOptions
): Promise<Checked> {
  const { report, prefix } = deps
  const changed = stale.length === 0 ? [] : plan.items.filter((i) => isChange(i.outcome))
  const fix = changed.length > 0 ? await fixCommand() : ''
  const summary =
    changed.length === 0
      ? CHECK_PASSED
      : checkSummary({ stale: changed, fix, documentDiff: (await deps.heavy()).documentDiff })
  const regions = new Map(
    plan.items.flatMap((i) =>
      i.region !== undefined && i.outcome.kind !== 'invalid'
        ? [[i.outcome.document, i.region] as const]
        : []
    )
  )
  for (const s of stale) {
    const region = regions.get(s.document)
    if (region !== undefined) {
      // A hand-written file: the annotation points at the region, the text around it is the author's.
      report.error(
        `the marked region of ${s.document} at line ${region.line} is out of date with ${region.blueprints.join(', ')}; run \`${fix}\` and commit the result`,
        { file: joinPrefix(prefix, s.document), line: region.line }
      )
      continue
    }
    report.error(
      `${s.document} is out of date with its blueprint ${s.blueprint}; run \`${fix}\` and commit the result`,
      { file: joinPrefix(prefix, s.document) }
    )
    report.error(`the document of this blueprint, ${s.document}, is out of date; run \`${fix}\``, {
      file: joinPrefix(prefix, s.blueprint),
      line: 1
    })
  }
  if (stale.length === 0) return { summary, failed: false }
  report.error(
    `${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date: run \`${fix}\` and commit the result`
  )
  return { summary, failed: true }
}
