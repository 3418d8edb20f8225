/**
 * Wires the real adapters to the action's job, and is the one place that
 * catches: anything thrown becomes one failed step with a message, never a
 * stack trace with a token in it.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import * as core from '@actions/core'
import { runAction, type Reporter } from './action.js'
import { createGitHubApi } from './adapters/github.js'
import { formatProblem } from './engine/model.js'
import { readContext } from './event.js'
import { envInputs, readConfig } from './inputs.js'
import { messageOf } from './project.js'
import { openRepository } from './repository.js'

/** GitHub refuses a step summary over 1 MiB. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024

export async function run(env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  try {
    const config = readConfig(envInputs(env))
    if (config.token !== '') core.setSecret(config.token)
    const context = readContext(env)
    const root = path.resolve(context.workspace, config.workingDirectory)
    const relative = path.relative(path.resolve(context.workspace), root)
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error(`input "working-directory" is "${config.workingDirectory}", which is outside the workspace ${context.workspace}`)
    }
    const opened = await openRepository({ root, ...(config.template ? { template: config.template } : {}), sourceDateEpoch: env['SOURCE_DATE_EPOCH'], now: () => new Date() })
    if (!opened.ok) {
      const p = opened.problem
      core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.col, title: 'blueprint-docs: template' })
      core.setFailed(formatProblem(p))
      return
    }
    const prefix = await gitPrefix(root)
    const api = createGitHubApi({
      token: config.token,
      owner: context.owner,
      repo: context.repo,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) }
    })
    const result = await runAction({ config, context, repository: opened.repository, api, report: coreReporter(), prefix })
    if (result.failed) core.setFailed('blueprint-docs found problems; see the annotations and the job summary')
  } catch (error) {
    core.setFailed(messageOf(error))
  }
}

/** The working directory's path inside its git repository ('.' at the top), for API paths. */
async function gitPrefix(root: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--show-prefix'], { cwd: root })
    return stdout.trim().replace(/\/$/, '') || '.'
  } catch {
    return '.'
  }
}

function coreReporter(): Reporter {
  const where = (w?: { file: string; line?: number; col?: number }) =>
    w === undefined ? {} : { file: w.file, ...(w.line !== undefined ? { startLine: w.line } : {}), ...(w.col !== undefined ? { startColumn: w.col } : {}) }
  return {
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, where(w)),
    error: (m, w) => core.error(m, where(w)),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    async summary(markdown) {
      if (!process.env['GITHUB_STEP_SUMMARY']) return
      const bytes = Buffer.from(markdown)
      const text = bytes.length > SUMMARY_LIMIT ? `${bytes.subarray(0, SUMMARY_LIMIT).toString().replace(/\uFFFD$/, '')}\n\n*(cut at GitHub's 1 MiB summary limit)*\n` : markdown
      await core.summary.addRaw(text, true).write()
    }
  }
}
