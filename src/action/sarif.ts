/**
 * The `sarif` input: every problem and finding as SARIF 2.1.0, for
 * `github/codeql-action/upload-sarif`. Code scanning closes an alert that a
 * later upload leaves out, so the file covers every blueprint the globs
 * find, not only those this run regenerated.
 */
import type { Problem } from '../engine/model.js'
import { formatProblem } from '../engine/model.js'
import { plural } from '../engine/text.js'
import { reportedProblems, type Plan } from '../project/outcome.js'
import { joinPrefix } from './paths.js'
import type { ActionDeps } from './mode.js'

/** Writes the SARIF file (a path relative to the working directory, confined to it). */
export async function writeActionSarif(
  deps: ActionDeps,
  options: { plan: Plan; file: string }
): Promise<void> {
  const [h, repository] = await Promise.all([deps.heavy(), deps.repository()])
  const { config, prefix, report } = deps
  const workspace = repository.workspace
  const results: Problem[] = []
  const seen = new Set<string>()
  const add = (p: Problem) => {
    const key = `${formatProblem(p)}\n${p.level ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    results.push(p)
  }
  const systems = h.lazySystems({ workspace, globs: config.globs, output: config.output })
  for (const file of await workspace.list(config.globs)) {
    const loaded = await h.loadBlueprint(workspace, file, {
      rules: config.rules ?? {},
      systems,
      workspace
    })
    for (const p of [...loaded.problems, ...loaded.findings]) add(p)
  }
  // The plan's own problems: documents that are hand-written or share a path, templates that fail.
  for (const p of reportedProblems(options.plan)) add(p)
  await workspace.write(
    options.file,
    h.sarifText({ problems: results, uriOf: (file) => joinPrefix(prefix, file) })
  )
  report.info(`wrote ${options.file}: SARIF 2.1.0, ${plural(results.length, 'result')}`)
}
