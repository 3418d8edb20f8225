/**
 * The GitHub Actions runner, spoken to directly: workflow commands on stdout
 * (`::error file=…,line=…::message`, `::group::`, `::add-mask::`), outputs
 * appended to the `GITHUB_OUTPUT` file and the job summary to
 * `GITHUB_STEP_SUMMARY`, failure as exit code 1.
 *
 * Why not `@actions/core`: start-up. The action runs on every push of every
 * repository that uses it, and most of those pushes change no blueprint, so
 * the whole run should cost little more than Node's own start (issue 6:
 * ≤ 1.5× `node -e 0`). `@actions/core` imports its OIDC helper at load time,
 * which imports `@actions/http-client` and with it undici: ~50 ms and 1 MB
 * before the first line of ours runs, for a token we never ask for. The
 * protocol itself is small and documented ("Workflow commands for GitHub
 * Actions"); this file writes byte for byte what `@actions/core` 3.0 writes.
 */
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs'
import type { Reporter } from './run.js'

/** `os.EOL`, without loading `node:os` at start-up for one constant. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/** Where an annotation points: a repository-relative file and, when known, a 1-based line and column. */
export interface Where {
  readonly file: string
  readonly line?: number
  readonly col?: number
  /** The annotation's title (shown in bold above the message). */
  readonly title?: string
}

/** The {@link Reporter} plus what only the entry point does: masking and failing the step. */
export interface Runner extends Reporter {
  /** Masks `secret` in every later log line (`::add-mask::`). */
  setSecret(secret: string): void
  /** Fails the step: an `::error::` annotation with the message, and exit code 1 once the process ends. */
  setFailed(message: string): void
  warning(message: string, where?: Where): void
  error(message: string, where?: Where): void
}

export interface RunnerOptions {
  /** The runner's environment: `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`. Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Where commands and log lines go. Default: the process's stdout. */
  readonly write?: (text: string) => void
  /** Called by {@link Runner.setFailed}. Default: `process.exitCode = 1`. */
  readonly fail?: () => void
  /** A fresh heredoc delimiter for each output. Default: {@link randomDelimiter}. */
  readonly delimiter?: () => string
}

/** GitHub refuses a step summary over 1 MiB; leave room for the note that says it was cut. */
export const SUMMARY_LIMIT = 1024 * 1024 - 1024

/** A command's message: `%`, CR and LF percent-encoded, so a message is always one line. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A command property's value: as {@link escapeData}, plus `:` and `,`, which end a value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * One workflow command line, without the line ending: `::name key=value,key=value::message`.
 * Properties with an empty value (undefined, '', 0) are left out, as the runner's toolkit does.
 */
export function workflowCommand(
  name: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`
}

/**
 * `ghadelimiter_` and a version-4-shaped UUID. Not `crypto.randomUUID()`: loading `node:crypto` costs
 * ~4 ms at start-up, a third of the budget. The delimiter needs no secrecy: {@link outputEntry}
 * refuses a name or value that contains it, so no value can end its heredoc early.
 */
export function randomDelimiter(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('')
  return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`
}

/** One entry of the `GITHUB_OUTPUT` file, without the final line ending: `name<<DELIMITER`, the value, `DELIMITER`. */
export function outputEntry(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

/** The runner of this process (or, for tests, of `options`). */
export function runner(options: RunnerOptions = {}): Runner {
  const env = options.env ?? process.env
  const write = options.write ?? ((text: string) => void process.stdout.write(text))
  const fail = options.fail ?? (() => void (process.exitCode = 1))
  const delimiter = options.delimiter ?? randomDelimiter
  const issue = (
    name: string,
    properties: Readonly<Record<string, string | number | undefined>>,
    message: string
  ) => write(workflowCommand(name, properties, message) + EOL)
  const annotate = (level: 'error' | 'warning', message: string, where?: Where) =>
    issue(
      level,
      where === undefined
        ? {}
        : { title: where.title, file: where.file, line: where.line, col: where.col },
      message
    )

  return {
    info: (message) => write(message + EOL),
    warning: (message, where) => annotate('warning', message, where),
    error: (message, where) => annotate('error', message, where),
    async group(name, fn) {
      issue('group', {}, name)
      try {
        return await fn()
      } finally {
        issue('endgroup', {}, '')
      }
    },
    setOutput(name, value) {
      const file = env['GITHUB_OUTPUT']
      if (!file) {
        // Runners before 2.297 have no output file: the deprecated command is all there is.
        write(EOL)
        issue('set-output', { name }, value)
        return
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
      appendFileSync(file, outputEntry(name, value, delimiter()) + EOL, { encoding: 'utf8' })
    },
    async summary(markdown) {
      const file = env['GITHUB_STEP_SUMMARY']
      if (!file) return
      try {
        accessSync(file, constants.R_OK | constants.W_OK)
      } catch {
        throw new Error(
          `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
        )
      }
      appendFileSync(file, capSummary(markdown) + EOL, { encoding: 'utf8' })
    },
    setSecret: (secret) => issue('add-mask', {}, secret),
    setFailed(message) {
      fail()
      issue('error', {}, message)
    }
  }
}

/** The summary as GitHub will take it: cut at {@link SUMMARY_LIMIT} bytes, on a character boundary, with a note. */
export function capSummary(markdown: string): string {
  const bytes = Buffer.from(markdown)
  if (bytes.length <= SUMMARY_LIMIT) return markdown
  return `${bytes
    .subarray(0, SUMMARY_LIMIT)
    .toString()
    .replace(/\uFFFD$/, '')}\n\n*(cut at GitHub's 1 MiB summary limit)*\n`
}
