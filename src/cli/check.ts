/** `blueprint-docs check`: lists the documents that are out of date, with their diff. */
import { isError } from '../engine/model.js'
import { isChange, problemsOf } from '../project/outcome.js'
import { plan, type PlanOptions } from '../project/plan.js'
import { driftProblems } from '../project/runtime.js'
import { documentDiff } from '../project/stale.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'

/** The plan `check` compares with the committed documents, and the fix it names. */
export interface CheckOptions extends PlanOptions {
  /** The command that regenerates the stale documents, printed when there are any. */
  readonly fix: string
}

/** Writes nothing; exit 0 when every document is up to date, 1 when some are stale, 2 on invalid input. */
export async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const planned = await plan(options)
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
    io.stdout(`stale: ${o.document} ${why} (blueprint ${item.blueprint})\n`)
    // A missing document's diff is the whole document: say so instead of printing it.
    if (o.kind !== 'created') io.stdout(documentDiff(o))
  }
  const problems = problemsOf(planned)
  // Drift against each valid blueprint's runtime files: warnings unless a rule says otherwise.
  for (const item of planned.items)
    if (item.model && item.outcome.kind !== 'invalid' && item.outcome.kind !== 'deleted')
      problems.push(
        ...(await driftProblems({
          workspace: options.workspace,
          file: item.blueprint,
          blueprint: item.model
        }))
      )
  printProblems(problems, io)
  if (problems.some(isError)) return EXIT.invalid
  if (stale.length > 0) {
    const are = stale.length === 1 ? 'is' : 'are'
    io.stdout(
      `${plural(stale.length, 'document')} ${are} out of date; run \`${options.fix}\` and commit the result\n`
    )
    return EXIT.stale
  }
  io.stdout(`${plural(planned.blueprints.length, 'blueprint')}: every document is up to date\n`)
  return EXIT.ok
}
