/**
 * What every mode (commit, comment, check, the SARIF file) gets from the run,
 * and what they say alike. Kept apart from run.ts, which calls the modes, so
 * that no mode imports the file that imports it.
 */
import type * as heavyModules from './heavy.js'
import type { Git, GitHubApi } from '../project/ports.js'
import type { Repository } from '../project/repository.js'
import type { RunContext } from './event.js'
import type { Config } from './inputs.js'
import type { Reporter } from './reporter.js'

/** The modules only a run that generates something needs: see heavy.ts. */
export type Heavy = typeof heavyModules

export interface ActionDeps {
  readonly config: Config
  readonly context: RunContext
  /** The local clone, for what changed. */
  readonly git: Git
  /**
   * The repository's files, template and clock, opened on first use: a run whose changes touch no
   * blueprint never opens it, and never loads the engine behind it.
   */
  readonly repository: () => Promise<Repository>
  /** The GitHub API, created on first use: a run that needs no API never loads Octokit. */
  readonly api: () => Promise<GitHubApi>
  /** The heavy modules, loaded on first use. */
  readonly heavy: () => Promise<Heavy>
  readonly report: Reporter
  /** Repository-relative working directory (`.` for the root). */
  readonly prefix: string
}

/** Said with a refused write on a pull request, where a fork is the usual reason (not on a push). */
export const FORK_TOKEN =
  'A pull request from a fork always gets a read-only token, whatever the workflow asks for.'
