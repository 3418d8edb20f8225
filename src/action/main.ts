/**
 * Wires the real adapters to the action's job, and is the one place that
 * catches: anything thrown becomes one failed step with a message, never a
 * stack trace with a token in it.
 *
 * Start-up matters here (issue 6: a push that changes no blueprint must cost
 * ≤ 1.5× `node -e 0`), so this file and what it imports statically are kept
 * to the event, the inputs, git and the runner. The repository (template,
 * yaml, Ajv, Handlebars) and the GitHub API (Octokit) are loaded with
 * `import()` the first time the job needs them; ncc emits them as chunk
 * files next to `dist/index.js`.
 */
import { execFile } from 'node:child_process'
import { lstatSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { runAction } from './run.js'
import { localGit } from '../adapters/git.js'
import type { GitHubApi } from '../project/ports.js'
import { runner } from './runner.js'
import { formatProblem } from '../engine/model.js'
import { messageOf } from '../engine/text.js'
import { readContext } from './event.js'
import { envInputs, readConfig, type Config } from './inputs.js'
import type { Repository } from '../project/repository.js'

export async function run(
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<void> {
  const report = runner({ env })
  try {
    const config = readConfig(envInputs(env))
    if (config.token !== '') report.setSecret(config.token)
    const context = readContext(env)
    const root = path.resolve(context.workspace, config.workingDirectory)
    const relative = path.relative(path.resolve(context.workspace), root)
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error(
        `input "working-directory" is "${config.workingDirectory}", which is outside the workspace ${context.workspace}`
      )
    }
    // The folder must exist (the same error as opening the workspace gives), and git runs in its real
    // path. Not `fs/promises`: it loads readline and watchers, ~1 ms at start-up.
    const realRoot = realpathSync.native(root)
    const open = () => openRepository(config, root, env)
    // The repository (and with it yaml, Ajv, Handlebars) is opened only when a blueprint is to be
    // generated — except with a template: a broken one fails every run, so it is checked up front.
    let repository: Promise<Repository> | undefined
    if (config.template) {
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
      api: lazyApi(async () => {
        const { createGitHubApi } = await import('../adapters/github.js')
        return createGitHubApi({
          token: config.token,
          owner: context.owner,
          repo: context.repo,
          log: { info: (m) => report.info(m), warning: (m) => report.warning(m) }
        })
      }),
      report,
      prefix: await gitPrefix(realRoot, env)
    })
    if (result.failed)
      report.setFailed('blueprint-docs found problems; see the annotations and the job summary')
  } catch (error) {
    report.setFailed(messageOf(error))
  }
}

async function openRepository(
  config: Config,
  root: string,
  env: Readonly<Record<string, string | undefined>>
) {
  const { openRepository } = await import('../project/repository.js')
  return openRepository({
    root,
    ...(config.template ? { template: config.template } : {}),
    sourceDateEpoch: env['SOURCE_DATE_EPOCH'],
    now: () => new Date()
  })
}

/**
 * The working directory's path inside its git repository ('.' at the top), for API paths. A folder
 * with its own `.git` (a repository, or a worktree's or submodule's `.git` file) is the top: git
 * finds it there first. Only otherwise is git asked, which costs a process.
 */
async function gitPrefix(
  root: string,
  env: Readonly<Record<string, string | undefined>>
): Promise<string> {
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

/** The GitHub API, created on the first call: a run that needs no API never loads Octokit. */
function lazyApi(create: () => Promise<GitHubApi>): GitHubApi {
  let api: Promise<GitHubApi> | undefined
  const get = () => (api ??= create())
  return {
    defaultBranch: async () => (await get()).defaultBranch(),
    compare: async (base, head) => (await get()).compare(base, head),
    pullRequestFiles: async (pullNumber) => (await get()).pullRequestFiles(pullNumber),
    headOf: async (branch) => (await get()).headOf(branch),
    readFile: async (ref, file) => (await get()).readFile(ref, file),
    commitFiles: async (opts) => (await get()).commitFiles(opts),
    findStickyComment: async (issue, marker) => (await get()).findStickyComment(issue, marker),
    createComment: async (issue, body) => (await get()).createComment(issue, body),
    updateComment: async (id, body) => (await get()).updateComment(id, body)
  }
}
