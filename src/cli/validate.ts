/** `blueprint-docs validate [paths…]`: checks blueprints only, writing nothing. */
import type { Problem } from '../engine/model.js'
import { DEFAULT_OUTPUT } from '../engine/paths.js'
import { loadBlueprint } from '../project/plan.js'
import type { Workspace } from '../project/ports.js'
import { lazySystems, resolveBlueprint } from '../project/systems.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'

/** What `validate` looks at. */
export interface ValidateOptions {
  readonly workspace: Workspace
  /** Repository paths named on the command line; when none, every blueprint the globs find. */
  readonly paths: readonly string[]
  readonly globs: readonly string[]
  /** The output pattern: where the blueprints referenced are documented. */
  readonly output?: string
}

/**
 * Parses each blueprint and reports every problem, and every reference to
 * another blueprint that does not resolve among the blueprints the globs
 * find; exit 0 when all are valid, else 2.
 */
export async function validate(options: ValidateOptions, io: CliIo): Promise<number> {
  const files =
    options.paths.length > 0 ? options.paths : await options.workspace.list(options.globs)
  const systems = lazySystems({ ...options, output: options.output ?? DEFAULT_OUTPUT })
  const problems: Problem[] = []
  for (const file of files) {
    const loaded = await loadBlueprint(options.workspace, file)
    problems.push(...loaded.problems)
    // Only a blueprint with references loads the others.
    if (loaded.model !== undefined && loaded.text !== undefined)
      problems.push(
        ...resolveBlueprint({
          file,
          text: loaded.text,
          blueprint: loaded.model,
          document: file,
          systems: await systems()
        }).findings
      )
  }
  printProblems(problems, io)
  const verdict = problems.length === 0 ? 'all valid' : plural(problems.length, 'problem')
  io.stdout(`${plural(files.length, 'blueprint')} checked, ${verdict}\n`)
  return problems.length > 0 ? EXIT.invalid : EXIT.ok
}
