/**
 * The command line's settings: its options over `.blueprint-docs.yaml` over
 * the built-in defaults, and the findings and SARIF file that `validate`,
 * `check` and `generate` report alike.
 */
import { openWorkspace } from '../adapters/files.js'
import { isError, type Problem } from '../engine/model.js'
import { plural } from '../engine/text.js'
import {
  readConfig,
  resolveSettings,
  type RepositoryConfig,
  type Settings
} from '../project/config.js'
import { sarifText } from '../project/sarif.js'
import type { Workspace } from '../project/ports.js'
import type { CliIo } from './io.js'

/** The options the command line was given that the configuration may also hold. */
export interface GivenOptions {
  readonly blueprints?: readonly string[]
  readonly output?: string
  readonly template?: string
  readonly landscape?: string
}

/** The settings for a run at `root`, or the configuration's problems. */
export async function cliSettings(
  root: string,
  given: GivenOptions
): Promise<
  | { ok: true; settings: Settings; config: RepositoryConfig }
  | { ok: false; problems: readonly Problem[] }
> {
  const read = await readConfig(await openWorkspace(root))
  if (!read.ok) return read
  return { ok: true, settings: resolveSettings(given, read.config), config: read.config }
}

/** Findings that fail a run: those at `error`. */
export const failing = (findings: readonly Problem[]): number => findings.filter(isError).length

/** `, 2 warnings` when some findings are warnings, else nothing. */
export function warningCount(findings: readonly Problem[]): string {
  const n = findings.filter((f) => f.level === 'warning').length
  return n > 0 ? `, ${plural(n, 'warning')}` : ''
}

/** Writes every problem and finding as SARIF to `file` (a repository path), confined to the workspace. */
export async function writeSarif(
  workspace: Workspace,
  file: string,
  problems: readonly Problem[],
  io: CliIo
): Promise<void> {
  await workspace.write(file, sarifText({ problems }))
  io.stdout(`wrote ${file} (SARIF, ${plural(problems.length, 'result')})\n`)
}
