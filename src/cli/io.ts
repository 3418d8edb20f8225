/**
 * What every command gets from the outside world, and how it speaks to it:
 * argv, folder, environment and output streams come in as parameters, so
 * tests run the real commands in-process against real repositories.
 */
import type { Writable } from 'node:stream'
import { formatProblem, type Problem } from '../engine/model.js'
import type { StartWriter } from './writer.js'

/** The command line's surroundings, given by the entry point (tests give their own). */
export interface CliIo {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly now?: () => Date
  /** Starts the writer thread for big `generate` runs (the bundled command line); without it, every write is inline. */
  readonly startWriter?: StartWriter
}

/** Exit codes: 0 fresh or done, 1 stale documents, 2 invalid input. */
export const EXIT = { ok: 0, stale: 1, invalid: 2 } as const

/** One `path:line:col: message` line on stderr per problem. */
export function printProblems(problems: readonly Problem[], io: CliIo): void {
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`)
}

/**
 * Writes text to a stream whose reader may go away early, as `head` does in
 * `blueprint-docs check | head -1`: from the first failed write (EPIPE) on,
 * the rest of the output is dropped. The command still finishes its work
 * (generate writes every document) and exits with its own status, instead
 * of dying of an unhandled 'error' event with a stack trace.
 */
export function writeTo(stream: Writable): (text: string) => void {
  // A failed write destroys the stream at once and emits 'error' a tick later: without a
  // listener, that event would end the process.
  stream.on('error', () => {})
  return (text) => {
    if (!stream.destroyed) stream.write(text)
  }
}
