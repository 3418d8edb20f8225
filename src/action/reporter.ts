/**
 * What the action says to the runner — logs, annotations, outputs, the job
 * summary — as one small interface, and its one implementation over
 * `@actions/core`, which speaks the runner's protocol.
 */
import * as core from '@actions/core'

/** Where an annotation points: a repository-relative file and, when known, a 1-based line and column. */
export interface Where {
  readonly file: string
  readonly line?: number
  readonly col?: number
  /** The annotation's title (shown in bold above the message). */
  readonly title?: string
}

/** What the action's job says to the runner. */
export interface Reporter {
  info(message: string): void
  /** A notice: shown in the log and on the run's page, for what a person should see but is no problem. */
  notice(message: string): void
  warning(message: string, where?: Where): void
  error(message: string, where?: Where): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  setOutput(name: string, value: string): void
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>
}

/** The {@link Reporter} plus what only the entry point does: masking a secret and failing the step. */
export interface Runner extends Reporter {
  setSecret(secret: string): void
  /** An error annotation with the message, and exit code 1 once the process ends. */
  setFailed(message: string): void
}

/** GitHub refuses a step summary over 1 MiB; leave room for the note that says it was cut. */
export const SUMMARY_LIMIT = 1024 * 1024 - 1024

/** The summary as GitHub will take it: cut at {@link SUMMARY_LIMIT} bytes, on a character boundary, with a note. */
export function capSummary(markdown: string): string {
  const bytes = Buffer.from(markdown)
  if (bytes.length <= SUMMARY_LIMIT) return markdown
  return `${bytes
    .subarray(0, SUMMARY_LIMIT)
    .toString()
    .replace(/\uFFFD$/, '')}\n\n*(cut at GitHub's 1 MiB summary limit)*\n`
}

/**
 * An annotation's properties, only those with a value, or none at all: core writes a property list
 * (`::error ::`) whenever it is handed an object with keys, even keys without values.
 */
function annotation(where: Where | undefined): core.AnnotationProperties | undefined {
  if (where === undefined) return undefined
  const properties: core.AnnotationProperties = {
    ...(where.title ? { title: where.title } : {}),
    ...(where.file ? { file: where.file } : {}),
    ...(where.line ? { startLine: where.line } : {}),
    ...(where.col ? { startColumn: where.col } : {})
  }
  return Object.keys(properties).length > 0 ? properties : undefined
}

/** The runner of this process, through `@actions/core`. */
export function coreRunner(): Runner {
  return {
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message, where) => core.warning(message, annotation(where)),
    error: (message, where) => core.error(message, annotation(where)),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    async summary(markdown) {
      // Outside a job step (a local run) there is no summary file: nothing to write, not an error.
      if (!process.env['GITHUB_STEP_SUMMARY']) return
      await core.summary.addRaw(capSummary(markdown), true).write()
    },
    setSecret: (secret) => core.setSecret(secret),
    setFailed: (message) => core.setFailed(message)
  }
}
