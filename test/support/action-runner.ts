/**
 * Runs the committed bundle `dist/index.js` the way the GitHub runner does:
 * a child process with the runner's environment (`INPUT_*`, `GITHUB_*`,
 * `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, the event payload in a file), and
 * reads back what it said through each of those channels.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const BUNDLE = path.resolve('dist', 'index.js')
export const CLI_BUNDLE = path.resolve('dist', 'cli', 'index.js')

let node24: string | undefined
/** The path of a real Node 24 binary, fetched once from the npm registry through npx. */
export function node24Path(): string {
  node24 ??= execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8'
  }).trim()
  return node24
}

export interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  /** `::error file=…,line=…::message` and `::warning …` commands, parsed. */
  readonly annotations: {
    level: string
    file?: string
    line?: number
    col?: number
    message: string
  }[]
}

export interface RunOptions {
  readonly node?: string
  readonly workspace: string
  readonly eventName: string
  readonly payload: unknown
  readonly inputs?: Record<string, string>
  readonly env?: Record<string, string>
  readonly apiUrl: string
  readonly repository: string
  readonly ref?: string
  readonly sha?: string
}

/** Runs the action once and collects everything it reported. */
export async function runActionBundle(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpd-runner-'))
  try {
    const eventPath = path.join(dir, 'event.json')
    const outputPath = path.join(dir, 'output')
    const summaryPath = path.join(dir, 'summary')
    writeFileSync(eventPath, JSON.stringify(options.payload))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const inputs = Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v
      ])
    )
    // The runner passes every declared input; unset ones arrive as their defaults.
    const defaults = {
      INPUT_MODE: 'auto',
      'INPUT_COMMIT-MESSAGE': 'docs: regenerate architecture docs',
      'INPUT_COMMENT-TAG': 'blueprint-docs',
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_ALL: 'false',
      INPUT_OUTPUT: '{dir}/{name}.md',
      INPUT_BLUEPRINTS: '**/*.blueprint.yaml\n**/*.blueprint.yml\n**/*.blueprint.json\n'
    }
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_SHA: options.sha ?? '',
      GITHUB_WORKFLOW_REF: `${options.repository}/.github/workflows/docs.yml@${options.ref ?? 'refs/heads/main'}`,
      ...defaults,
      ...inputs,
      ...(options.env ?? {})
    }
    const { code, stdout, stderr } = await new Promise<{
      code: number
      stdout: string
      stderr: string
    }>((resolve, reject) => {
      const child = spawn(options.node ?? process.execPath, [BUNDLE], {
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
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      annotations: parseAnnotations(stdout)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m || m[1] === undefined || m[2] === undefined) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '')
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => kv.split('=') as [string, string])
    )
    found.push({
      level: m[1] ?? '',
      ...(props['file'] ? { file: unescapeProperty(props['file']) } : {}),
      ...(props['line'] ? { line: Number(props['line']) } : {}),
      ...(props['col'] ? { col: Number(props['col']) } : {}),
      message: unescapeData(m[3] ?? '')
    })
  }
  return found
}

const unescapeData = (s: string) =>
  s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
