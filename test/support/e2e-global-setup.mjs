/**
 * Jest globalSetup of the projects that run the bundles (end to end, and the integration
 * suite that starts the command line's writer thread from it): builds the bundles the suites run from the
 * source as it is now, so a passing run can never come from an old dist/. It runs the very
 * scripts `npm run bundle` runs (`build:action`, `build:cli`), side by side, into a temporary
 * folder named by BUNDLE_OUT, and resolves a real Node 24 (what `runs.using: node24` means)
 * once for every suite. Both reach the test workers as environment variables, which
 * test/support/action-runner.ts reads.
 *
 * The scripts run with ncc's `--transpile-only`: type-checking is `npm run typecheck`'s job, and
 * here it would cost most of the build while every suite waits for it. ts-loader transpiles one
 * file at a time and cannot see `"type": "module"` from there, so under the repository's
 * `module: NodeNext` it would emit CommonJS (and refuse the entry points' top-level await). The
 * scripts therefore run in a staged copy of what the bundles are built from (src/, schema/,
 * package.json, node_modules by link) whose tsconfig.json extends the repository's and says
 * ESNext modules instead. The bundle's code is the same as `npm run bundle`'s but for webpack's
 * module ids, which are hashes of the (here different) module paths.
 *
 * Plain JavaScript: jest imports a globalSetup module as native ESM, without ts-jest.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The folder holding `index.js` (the action) and `cli/index.js` (the command line). */
export const BUNDLE_DIR_VARIABLE = 'BLUEPRINT_DOCS_E2E_BUNDLE'
/** The path of the Node 24 binary. */
export const NODE24_VARIABLE = 'BLUEPRINT_DOCS_E2E_NODE24'

/**
 * A folder holding what the bundles are built from, with a tsconfig.json that lets ncc
 * transpile each file on its own as an ES module (see the top of this file).
 */
function stageSources(root) {
  const stage = mkdtempSync(path.join(tmpdir(), 'bpd-e2e-source-'))
  for (const entry of ['src', 'schema', 'package.json'])
    cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true })
  symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir')
  const tsconfig = {
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' },
    include: ['src']
  }
  writeFileSync(path.join(stage, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  return stage
}

/** `npm run <script> -- --transpile-only` in `stage`, the bundle written to `out`; its output only when it fails. */
async function build(stage, script, out) {
  try {
    await run('npm', ['run', '--silent', script, '--', '--transpile-only'], {
      cwd: stage,
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
  const stage = stageSources(root)
  const [node] = await Promise.all([
    node24(),
    build(stage, 'build:action', out),
    build(stage, 'build:cli', out)
  ]).finally(() => rmSync(stage, { recursive: true, force: true }))
  process.env[BUNDLE_DIR_VARIABLE] = out
  process.env[NODE24_VARIABLE] = node
  process.stderr.write(
    `\nend-to-end: bundle built from src/ into ${out}, Node 24 at ${node} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`
  )
}
