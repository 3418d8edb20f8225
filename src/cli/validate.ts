/** `blueprint-docs validate [paths…]`: checks blueprints only, writing nothing. */
import type { Problem } from '../engine/model.js'
import { loadBlueprint } from '../project/plan.js'
import type { Workspace } from '../project/ports.js'
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
  for (const file of files)
    problems.push(...(await loadBlueprint(options.workspace, file)).problems)
  printProblems(problems, io)
  const verdict = problems.length === 0 ? 'all valid' : plural(problems.length, 'problem')
  io.stdout(`${plural(files.length, 'blueprint')} checked, ${verdict}\n`)
  return problems.length > 0 ? EXIT.invalid : EXIT.ok
}
