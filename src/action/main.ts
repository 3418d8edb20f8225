/**
 * Wires the real adapters to the action's job, and is the one place that
 * catches: anything thrown becomes one failed step with a message, never a
 * stack trace with a token in it.
 *
 * Most pushes change no blueprint, and the action runs on every one of them:
 * what this file imports statically is kept to the event, the inputs, git
 * and the runner. Everything else is in heavy.ts, loaded here with one
 * `import()` the first time the job asks for it.
 */
import { execFile } from 'node:child_process'
import { lstatSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { localGit } from '../adapters/git.js'
import { formatProblem } from '../engine/model.js'
import { messageOf } from '../engine/text.js'
import type { GitHubApi } from '../project/ports.js'
import type { Repository } from '../project/repository.js'
import { readContext, type RunContext } from './event.js'
import { readConfig, type Config } from './inputs.js'
import { coreRunner, type Runner } from './reporter.js'
import { runAction } from './run.js'
import type { Heavy } from './mode.js'
import { joinPrefix } from './paths.js'
import { withRepositoryConfig } from './settings.js'

/** Runs the action in this process: inputs and runner from the environment, exit code 1 on failure. */
export async function run(): Promise<void> {
  const report = coreRunner()
  try {
    await job(report)
  } catch (error) {
    report.setFailed(messageOf(error))
  }
}

async function job(report: Runner): Promise<void> {
  const env = process.env
  const inputs = readConfig()
  if (inputs.token !== '') report.setSecret(inputs.token)
  const context = readContext(env)
  const root = path.resolve(context.workspace, inputs.workingDirectory)
  const relative = path.relative(path.resolve(context.workspace), root)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(
      `input "working-directory" is "${inputs.workingDirectory}", which is outside the workspace ${context.workspace}`
    )
  }
  // The folder must exist (the same error as opening the workspace gives), and git runs in its real
  // path. Not `fs/promises`: it loads readline and watchers, ~1 ms at start-up.
  const realRoot = realpathSync.native(root)

  let heavyModules: Promise<Heavy> | undefined
  const heavy = () => (heavyModules ??= import('./heavy.js'))
  const prefix = await gitPrefix(realRoot)
  // `.blueprint-docs.yaml`: a broken one stops the run before anything is generated or posted.
  const configured = await withRepositoryConfig(inputs, root, heavy)
  if (!configured.ok) {
    for (const p of configured.problems)
      report.error(p.message, {
        file: joinPrefix(prefix, p.file),
        line: p.line,
        col: p.col,
        title: 'blueprint-docs: configuration'
      })
    report.setFailed(configured.problems.map(formatProblem).join('\n'))
    return
  }
  const config = configured.config
  let api: Promise<GitHubApi> | undefined
  const githubApi = () =>
    (api ??= heavy().then((h) => h.createGitHubApi(apiOptions(config, context, report))))
  const open = async () =>
    (await heavy()).openLocalRepository({
      root,
      ...(config.settings.template ? { template: config.settings.template } : {}),
      ...(config.settings.derivedSections !== undefined
        ? { derivedSections: config.settings.derivedSections }
        : {}),
      sourceDateEpoch: env['SOURCE_DATE_EPOCH'],
      now: () => new Date(),
      // A shallow clone (fetch-depth: 1) knows only its head commit; GitHub knows when each file changed.
      ...(config.token !== ''
        ? {
            history: async (ref: string, file: string) =>
              (await githubApi()).lastCommitTime(ref, joinPrefix(prefix, file))
          }
        : {})
    })

  // The repository is opened only when a blueprint is to be generated — except with a template: a
  // broken one fails every run, so it is checked up front.
  let repository: Promise<Repository> | undefined
  if (config.settings.template) {
    const result = await open()
    if (!result.ok) {
      const p = result.problem
      report.error(p.message, {
        file: p.file,
        line: p.line,
        col: p.col,
        title: 'blueprint-docs: template'
      })
      report.setFailed(formatProblem(p))
      return
    }
    repository = Promise.resolve(result.repository)
  }
  const result = await runAction({
    config,
    context,
    git: localGit(realRoot),
    // Without a template, opening cannot report a problem; should it ever, it fails the run like any error.
    repository: () =>
      (repository ??= open().then((r) =>
        r.ok ? r.repository : Promise.reject(new Error(formatProblem(r.problem)))
      )),
    api: githubApi,
    heavy,
    report,
    prefix
  })
  if (result.failed)
    report.setFailed('blueprint-docs found problems; see the annotations and the job summary')
}

function apiOptions(config: Config, context: RunContext, report: Runner) {
  return {
    token: config.token,
    owner: context.owner,
    repo: context.repo,
    log: { info: (m: string) => report.info(m), warning: (m: string) => report.warning(m) }
  }
}

/**
 * The working directory's path inside its git repository ('.' at the top), for API paths. A folder
 * with its own `.git` (a repository, or a worktree's or submodule's `.git` file) is the top: git
 * finds it there first. Only otherwise is git asked, which costs a process.
 */
async function gitPrefix(root: string): Promise<string> {
  const env = process.env
  if (env['GIT_DIR'] === undefined && env['GIT_WORK_TREE'] === undefined && ownGitDir(root))
    return '.'
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--show-prefix'], { cwd: root }, (error, stdout) =>
      resolve(error ? '.' : stdout.trim().replace(/\/$/, '') || '.')
    )
  })
}

function ownGitDir(root: string): boolean {
  try {
    const dotGit = path.join(root, '.git')
    const stat = lstatSync(dotGit)
    if (stat.isFile()) return true
    return stat.isDirectory() && statSync(path.join(dotGit, 'HEAD')).isFile()
  } catch {
    return false
  }
}
