/**
 * The only reader of the action's inputs: reads them through `@actions/core`
 * into one typed, readonly configuration, or an error that names the input,
 * the value given and what was expected. Input and output names live here
 * and nowhere else.
 */
import * as core from '@actions/core'
import {
  NO_CONFIG,
  resolveSettings,
  type ExplicitSettings,
  type Settings
} from '../project/settings.js'

export const INPUT = {
  mode: 'mode',
  blueprints: 'blueprints',
  output: 'output',
  template: 'template',
  landscape: 'landscape',
  all: 'all',
  token: 'token',
  commitMessage: 'commit-message',
  commentTag: 'comment-tag',
  workingDirectory: 'working-directory',
  sarif: 'sarif'
} as const

export const OUTPUT = {
  blueprints: 'blueprints',
  changedDocs: 'changed-docs',
  staleDocs: 'stale-docs',
  commitSha: 'commit-sha',
  commentUrl: 'comment-url',
  pullRequestUrl: 'pull-request-url'
} as const

/**
 * `pull-request` is commit mode for a branch the action may not write: the documents go to one
 * pull request from the action's own branch, without trying the branch first.
 */
export type Mode = 'commit' | 'pull-request' | 'comment' | 'check'
const MODES: readonly Mode[] = ['commit', 'pull-request', 'comment', 'check']

export interface Config {
  /**
   * `auto` is resolved against the event later: comment on pull requests, check on a merge
   * queue's group, commit otherwise.
   */
  readonly modes: ReadonlySet<Mode> | 'auto'
  readonly all: boolean
  readonly token: string
  readonly commitMessage: string
  readonly commentTag: string
  readonly workingDirectory: string
  /** Path (relative to the working directory) of a SARIF file to write every problem and finding to. */
  readonly sarif?: string
  /** What the workflow set explicitly of the settings `.blueprint-docs.yaml` may also hold. */
  readonly given: ExplicitSettings
  /**
   * The settings the run uses: the inputs over the repository configuration over the defaults,
   * resolved once (without a configuration file, the inputs over the defaults).
   */
  readonly settings: Settings
}

export class InputError extends Error {
  override readonly name = 'InputError'
}

/** Parses every input once. Throws {@link InputError} on a value that cannot be meant. */
export function readConfig(): Config {
  const input = (name: string) => core.getInput(name)
  const modeText = input(INPUT.mode) || 'auto'
  let modes: Config['modes'] = 'auto'
  if (modeText.toLowerCase() !== 'auto') {
    const given = modeText
      .split(',')
      .map((m) => m.trim().toLowerCase())
      .filter(Boolean)
    const unknown = given.filter((m) => !MODES.includes(m as Mode))
    if (unknown.length > 0 || given.length === 0) {
      throw new InputError(
        `input "${INPUT.mode}" is "${modeText}"; expected "auto" or a comma-separated list of ${MODES.join(', ')}`
      )
    }
    modes = new Set(given as Mode[])
  }
  const globs = core
    .getMultilineInput(INPUT.blueprints)
    .filter((g) => g !== '' && !g.startsWith('#'))
  // Not core.getBooleanInput: it refuses `tRUE`, which this input has always taken, and its error
  // does not say which value it was given.
  const all = input(INPUT.all).toLowerCase() || 'false'
  if (!['true', 'false'].includes(all))
    throw new InputError(`input "${INPUT.all}" is "${all}"; expected true or false`)
  const tag = input(INPUT.commentTag) || 'blueprint-docs'
  const template = input(INPUT.template)
  const landscape = input(INPUT.landscape)
  const output = input(INPUT.output)
  const sarif = input(INPUT.sarif)
  // Defaults are applied by the settings, not in action.yml, so that an input left unset can be
  // taken from `.blueprint-docs.yaml` instead.
  const given: ExplicitSettings = {
    ...(globs.length > 0 ? { blueprints: globs } : {}),
    ...(output !== '' ? { output } : {}),
    ...(template !== '' ? { template } : {}),
    ...(landscape !== '' ? { landscape } : {})
  }
  return {
    modes,
    all: all === 'true',
    token: input(INPUT.token),
    commitMessage: input(INPUT.commitMessage) || 'docs: regenerate architecture docs',
    commentTag: tag,
    workingDirectory: input(INPUT.workingDirectory) || '.',
    ...(sarif !== '' ? { sarif } : {}),
    given,
    settings: resolveSettings(given, NO_CONFIG)
  }
}

/**
 * The modes to run for an event: `auto` means comment on pull requests, check on a merge queue's
 * group (its branch is GitHub's, nothing may be committed to it) and commit on everything else.
 */
export function resolveModes(
  config: Config,
  event: 'pull_request' | 'merge_group' | 'other'
): ReadonlySet<Mode> {
  if (config.modes !== 'auto') return config.modes
  return new Set<Mode>([
    event === 'pull_request' ? 'comment' : event === 'merge_group' ? 'check' : 'commit'
  ])
}
