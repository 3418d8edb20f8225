/**
 * The floor of the action's start-up: the least any JavaScript action that
 * looks at its repository does — load `@actions/core`, run one git process,
 * set one output. bench/run.mjs bundles it with ncc (the real build's flags)
 * and times it against `dist/index.js` under the same Node and environment.
 */
import * as core from '@actions/core'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], {
  cwd: process.env.GITHUB_WORKSPACE
})
core.setOutput('sha', stdout.trim())
