/** `blueprint-docs validate [paths…]`: checks blueprints and their architecture rules, writing no document. */
import type { Problem } from '../engine/model.js'
import type { RuleSettings } from '../engine/rules/rule.js'
import { loadBlueprint } from '../project/plan.js'
import type { Workspace } from '../project/ports.js'
import { lazySystems } from '../project/systems.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'
import { failing, warningCount } from '../project/findings.js'
import { writeSarifReport } from '../project/sarif.js'

/** What `validate` looks at. */
export interface ValidateOptions {
  readonly workspace: Workspace
  /** Repository paths named on the command line; when none, every blueprint the globs find. */
  readonly paths: readonly string[]
  readonly globs: readonly string[]
  /** The output pattern: where the blueprints referenced are documented. */
  readonly output: string
  /** The repository's rule severities; rules not named keep their default. */
  readonly rules?: RuleSettings
  /** Repository path of a SARIF file to write every problem and finding to. */
  readonly sarif?: string
}

/**
 * Parses each blueprint and runs the architecture rules on the valid ones
 * (references to other blueprints resolved among those the globs find);
 * reports every problem and finding, file by file. Exit 0 when every
 * blueprint is valid and no finding is at `error`, else 2.
 */
export async function validate(options: ValidateOptions, io: CliIo): Promise<number> {
  const files =
    options.paths.length > 0 ? options.paths : await options.workspace.list(options.globs)
  const systems = lazySystems(options)
  const problems: Problem[] = []
  const findings: Problem[] = []
  const reported: Problem[] = []
  for (const file of files) {
    const loaded = await loadBlueprint(options.workspace, file, {
      rules: options.rules ?? {},
      systems,
      workspace: options.workspace
    })
    problems.push(...loaded.problems)
    findings.push(...loaded.findings)
    reported.push(...loaded.problems, ...loaded.findings)
  }
  printProblems(reported, io)
  const count = problems.length + failing(findings)
  const verdict = count === 0 ? 'all valid' : plural(count, 'problem')
  if (options.sarif !== undefined)
    io.stdout(
      `${await writeSarifReport({
        workspace: options.workspace,
        file: options.sarif,
        blueprints: files,
        globs: options.globs,
        output: options.output,
        rules: options.rules ?? {}
      })}\n`
    )
  io.stdout(`${plural(files.length, 'blueprint')} checked, ${verdict}${warningCount(findings)}\n`)
  return count > 0 ? EXIT.invalid : EXIT.ok
}
