/** `blueprint-docs validate [paths…]`: checks blueprints only, writing nothing. */
import { isError, type Problem } from '../engine/model.js'
import { loadBlueprint } from '../project/plan.js'
import type { Workspace } from '../project/ports.js'
import { driftProblems } from '../project/runtime.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'

/** What `validate` looks at. */
export interface ValidateOptions {
  readonly workspace: Workspace
  /** Repository paths named on the command line; when none, every blueprint the globs find. */
  readonly paths: readonly string[]
  readonly globs: readonly string[]
}

/** Parses each blueprint and reports every problem; exit 0 when all are valid, else 2. */
export async function validate(options: ValidateOptions, io: CliIo): Promise<number> {
  const files =
    options.paths.length > 0 ? options.paths : await options.workspace.list(options.globs)
  const problems: Problem[] = []
  for (const file of files) {
    const loaded = await loadBlueprint(options.workspace, file)
    problems.push(...loaded.problems)
    // Drift against the blueprint's runtime files: warnings unless a rule says otherwise.
    if (loaded.model)
      problems.push(
        ...(await driftProblems({ workspace: options.workspace, file, blueprint: loaded.model }))
      )
  }
  printProblems(problems, io)
  const errors = problems.filter(isError).length
  const warnings = problems.length - errors
  const verdict =
    (errors === 0 ? 'all valid' : plural(errors, 'problem')) +
    (warnings > 0 ? `, ${plural(warnings, 'warning')}` : '')
  io.stdout(`${plural(files.length, 'blueprint')} checked, ${verdict}\n`)
  return errors > 0 ? EXIT.invalid : EXIT.ok
}
