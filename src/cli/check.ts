/** `blueprint-docs check`: lists the documents that are out of date, with their diff. */
import { findingsOfPlan, isChange, problemsOf, reportedProblems } from '../project/outcome.js'
import { plan, type PlanOptions } from '../project/plan.js'
import { regionsOfRun, type RegionSettings } from '../project/regions.js'
import { documentDiff } from '../project/stale.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'
import { failing, warningCount } from '../project/findings.js'
import { writeSarifReport } from '../project/sarif.js'

/** The plan `check` compares with the committed documents, and the fix it names. */
export interface CheckOptions extends PlanOptions, RegionSettings {
  /** The command that regenerates the stale documents, printed when there are any. */
  readonly fix: string
  /** Repository path of a SARIF file to write every problem and finding to. */
  readonly sarif?: string
}

/** Writes nothing; exit 0 when every document is up to date, 1 when some are stale, 2 on invalid input. */
export async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const documents = await plan(options)
  const planned = {
    ...documents,
    items: [
      ...documents.items,
      ...(await regionsOfRun(options.workspace, { ...options, blueprints: documents.blueprints }))
    ]
  }
  const stale = planned.items.filter((i) => isChange(i.outcome))
  for (const item of stale) {
    const o = item.outcome
    if (!isChange(o)) continue
    const why =
      o.kind === 'created'
        ? 'is missing'
        : o.kind === 'deleted'
          ? 'belongs to a blueprint that no longer exists'
          : 'is out of date'
    io.stdout(
      item.region !== undefined
        ? `stale: ${o.document}:${item.region.line}: the marked region is out of date (blueprint ${item.region.blueprints.join(', ')})\n`
        : `stale: ${o.document} ${why} (${item.landscape ? 'the landscape' : `blueprint ${item.blueprint}`})\n`
    )
    // A missing document's diff is the whole document: say so instead of printing it.
    if (o.kind !== 'created') io.stdout(documentDiff(o))
  }
  const problems = problemsOf(planned)
  const findings = findingsOfPlan(planned)
  const reported = reportedProblems(planned)
  printProblems(reported, io)
  if (options.sarif !== undefined)
    io.stdout(
      `${await writeSarifReport({
        workspace: options.workspace,
        file: options.sarif,
        blueprints: planned.blueprints,
        globs: options.globs,
        output: options.output,
        rules: options.rules ?? {},
        planProblems: reported
      })}\n`
    )
  const count = problems.length + failing(findings)
  if (count > 0) return EXIT.invalid
  if (stale.length > 0) {
    const are = stale.length === 1 ? 'is' : 'are'
    io.stdout(
      `${plural(stale.length, 'document')} ${are} out of date; run \`${options.fix}\` and commit the result\n`
    )
    return EXIT.stale
  }
  io.stdout(
    `${plural(planned.blueprints.length, 'blueprint')}: every document is up to date${warningCount(findings)}\n`
  )
  return EXIT.ok
}
