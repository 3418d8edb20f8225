/**
 * Jest globalSetup of the projects that run the bundles (end to end, and the integration
 * suite that starts the command line's writer thread from it): builds the bundles the suites run from the
 * source as it is now, so a passing run can never come from an old dist/. It runs the very
 * scripts `npm run build` runs (`build:action`, `build:cli`), side by side, into a temporary
 * folder named by BUNDLE_OUT, and resolves a real Node 24 (what `runs.using: node24` means)
 * once for every suite. Both reach the test workers as environment variables, which
 * test/support/action-runner.ts reads.
 *
 * Plain JavaScript: jest imports a globalSetup module as native ESM, without ts-jest.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The folder holding `index.js` (the action) and `cli/index.js` (the command line). */
export const BUNDLE_DIR_VARIABLE = 'BLUEPRINT_DOCS_E2E_BUNDLE'
/** The path of the Node 24 binary. */
export const NODE24_VARIABLE = 'BLUEPRINT_DOCS_E2E_NODE24'

/** `npm run <script>` with the bundle written to `out`; its output only when it fails. */
async function build(root, script, out) {
  try {
    await run('npm', ['run', '--silent', script], {
      cwd: root,
      env: { ...process.env, BUNDLE_OUT: out, NODE_OPTIONS: '' },
      maxBuffer: 64 << 20
    })
  } catch (error) {
    throw new Error(
      `npm run ${script} (the bundle, from src/) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`
    )
  }
}

async function node24() {
  const { stdout } = await run('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  return stdout.trim()
}

/** Builds once per jest run: the projects that run the bundle (e2e, integration) share it. */
export default async function buildBundles(_globalConfig, projectConfig) {
  if (process.env[BUNDLE_DIR_VARIABLE]) return
  const root = projectConfig.rootDir
  const out = mkdtempSync(path.join(tmpdir(), 'bpd-e2e-bundle-'))
  const started = Date.now()
  const [node] = await Promise.all([
    node24(),
    build(root, 'build:action', out),
    build(root, 'build:cli', out)
  ])
  process.env[BUNDLE_DIR_VARIABLE] = out
  process.env[NODE24_VARIABLE] = node
  process.stderr.write(
    `\nend-to-end: bundle built from src/ into ${out}, Node 24 at ${node} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`
  )
}
