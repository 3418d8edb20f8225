/**
 * Runs the bundles the way their users do: the action `index.js` as the GitHub runner runs
 * it (a child process with the runner's environment: `INPUT_*`, `GITHUB_*`, `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`, the event payload in a file), reading back what it said through
 * each of those channels; and the command line `cli/index.js` as `npx blueprint-docs` runs it.
 *
 * The bundles are the ones the end-to-end project's globalSetup
 * (test/support/e2e-global-setup.mjs) built from src/ for this very run, never dist/.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

export const BUNDLE_DIR_VARIABLE = 'BLUEPRINT_DOCS_E2E_BUNDLE'
const NODE24_VARIABLE = 'BLUEPRINT_DOCS_E2E_NODE24'

function fromSetup(variable: string): string {
  const value = process.env[variable]
  if (value === undefined || value === '')
    throw new Error(
      `${variable} is not set: run the end-to-end suites through jest's e2e project ` +
        '(npm run test:e2e, or jest test/e2e/…), whose globalSetup builds the bundle from src/'
    )
  return value
}

/** The bundles built from the current src/ for this run. */
export function builtBundles(): { readonly action: string; readonly cli: string } {
  const dir = fromSetup(BUNDLE_DIR_VARIABLE)
  return { action: path.join(dir, 'index.js'), cli: path.join(dir, 'cli', 'index.js') }
}

/** A real Node 24 binary (what `runs.using: node24` means), resolved once by the globalSetup. */
export function node24Path(): string {
  return fromSetup(NODE24_VARIABLE)
}

/** One `::error …::`, `::warning …::` or `::notice …::` workflow command, parsed. */
export interface Annotation {
  readonly level: string
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly message: string
  /** The command as printed. */
  readonly raw: string
}

/** Everything one run of the action told the runner. */
export interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  /** The GITHUB_OUTPUT file as written. */
  readonly outputFile: string
  readonly summary: string
  readonly annotations: readonly Annotation[]
}

/** One run: the event, the workspace, the inputs a workflow sets, the local GitHub to talk to. */
export interface RunOptions {
  /** The Node binary; the one running the tests unless given. */
  readonly node?: string
  readonly workspace: string
  readonly eventName: string
  readonly payload: unknown
  /** Inputs by their action.yml names (`commit-message`); the others get action.yml's defaults. */
  readonly inputs?: Record<string, string>
  /** More environment, over the runner's. */
  readonly env?: Record<string, string>
  readonly apiUrl: string
  /** `owner/repo`. */
  readonly repository: string
  readonly ref?: string
  readonly sha?: string
}

const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

let defaults: Record<string, string> | undefined
/**
 * The runner passes every declared input; one the workflow leaves unset arrives as its
 * action.yml default. An expression default (`${{ github.token }}`) is the runner's to
 * evaluate: a run passes the token itself.
 */
function defaultInputs(): Record<string, string> {
  defaults ??= Object.fromEntries(
    Object.entries(
      (
        parse(readFileSync('action.yml', 'utf8')) as {
          inputs: Record<string, { default?: string }>
        }
      ).inputs
    ).flatMap(([name, input]) =>
      input.default === undefined || input.default.includes('${{')
        ? []
        : [[inputVariable(name), input.default]]
    )
  )
  return defaults
}

/** Runs the action once and collects everything it reported. */
export async function runActionBundle(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpd-runner-'))
  try {
    const eventPath = path.join(dir, 'event.json')
    const outputPath = path.join(dir, 'output')
    const summaryPath = path.join(dir, 'summary')
    writeFileSync(eventPath, JSON.stringify(options.payload, null, 2))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const inputs = Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [inputVariable(k), v])
    )
    const ref = options.ref ?? 'refs/heads/main'
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0] ?? '',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_NUMBER: '12',
      GITHUB_ACTOR: 'dana-dev',
      GITHUB_WORKFLOW: 'architecture docs',
      GITHUB_JOB: 'docs',
      GITHUB_REF: ref,
      GITHUB_SHA: options.sha ?? '',
      GITHUB_WORKFLOW_REF: `${options.repository}/.github/workflows/docs.yml@${ref}`,
      ...defaultInputs(),
      ...inputs,
      ...(options.env ?? {})
    }
    const { code, stdout, stderr } = await new Promise<{
      code: number
      stdout: string
      stderr: string
    }>((resolve, reject) => {
      const child = spawn(options.node ?? process.execPath, [builtBundles().action], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      let err = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
      child.on('error', reject)
      child.on('close', (c) => {
        clearTimeout(timer)
        resolve({ code: c ?? -1, stdout: out, stderr: err })
      })
    })
    const outputFile = readFileSync(outputPath, 'utf8')
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(outputFile),
      outputFile,
      summary: readFileSync(summaryPath, 'utf8'),
      annotations: parseAnnotations(stdout)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What one run of the command line printed, and its exit code. */
export interface CliBundleRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** `npx blueprint-docs …` in `cwd`: the command-line bundle under the Node running the tests. */
export function runCliBundle(cwd: string, ...args: string[]): CliBundleRun {
  try {
    const stdout = execFileSync(process.execPath, [builtBundles().cli, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The tests' own --experimental-vm-modules is nothing a user's shell would set.
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string }
    return {
      code: failed.status ?? -1,
      stdout: String(failed.stdout),
      stderr: String(failed.stderr)
    }
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them, and `name=value` lines. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (m && m[1] !== undefined && m[2] !== undefined) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '')
      outputs[m[1]] = value.join('\n')
      continue
    }
    const kv = /^([^=]+)=(.*)$/.exec(lines[i] ?? '')
    if (kv && kv[1] !== undefined) outputs[kv[1]] = kv[2] ?? ''
  }
  return outputs
}

const unescapeData = (s: string): string =>
  s.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%')
const unescapeProperty = (s: string): string =>
  unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',')

function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const i = kv.indexOf('=')
          return [kv.slice(0, i).trim(), kv.slice(i + 1)]
        })
    )
    found.push({
      level: m[1] ?? '',
      ...(props['file'] ? { file: unescapeProperty(props['file']) } : {}),
      ...(props['line'] ? { line: Number(props['line']) } : {}),
      ...(props['col'] ? { col: Number(props['col']) } : {}),
      message: unescapeData(m[3] ?? ''),
      raw: line
    })
  }
  return found
}
