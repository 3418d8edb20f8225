/**
 * What a stale document looks like to a person: the diff from the committed
 * text to the regenerated one, and the one command that fixes it. The
 * command line's `check` and the action's check, comment and summary all
 * say it the same way.
 */
import { createTwoFilesPatch } from 'diff'
import type { ExplicitSettings } from './settings.js'
import type { Outcome } from './outcome.js'

/** The unified diff from the committed document to the one generate would write. */
export function documentDiff(
  outcome: Extract<Outcome, { kind: 'created' | 'updated' | 'deleted' }>
): string {
  if (outcome.kind === 'deleted')
    return createTwoFilesPatch(outcome.document, '/dev/null', outcome.previous, '')
  if (outcome.kind === 'created')
    return createTwoFilesPatch('/dev/null', outcome.document, '', outcome.rendered.text)
  // Show the regenerated text with the committed timestamp, so the diff is only what really changed.
  const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(outcome.previous)?.[0]
  const after =
    stamp === undefined ? outcome.rendered.text : outcome.rendered.withGeneratedAt(stamp)
  return createTwoFilesPatch(outcome.document, outcome.document, outcome.previous, after)
}

/** What the command repeats of the run that printed it. */
export interface FixValues {
  /** The settings the run was given that the command would not get from the configuration. */
  readonly repeat: ExplicitSettings
  /** The command line's `--working-directory`, when it was given. */
  readonly workingDirectory?: string
}

/** Which build of blueprint-docs the command runs: the same as the one that printed it. */
export interface FixSource {
  /** `owner/repo` of the running action (the runner's GITHUB_ACTION_REPOSITORY); empty for `uses: ./`. */
  readonly actionRepository?: string
  /** The ref the workflow pinned the action at (GITHUB_ACTION_REF): `v1`, a tag or a sha. */
  readonly actionRef?: string
  /** The package's own version, used when the action's repository and ref are not both known. */
  readonly version: string
}

/**
 * The command that fixes stale documents, runnable where it is printed: it
 * runs the action's own repository at the pinned ref, else the package at
 * this version, with the options that differ from the defaults.
 */
export function fixCommand(values: FixValues, source: FixSource): string {
  const fromAction = source.actionRepository && source.actionRef
  const words = [
    'npx',
    '--yes',
    fromAction
      ? `github:${source.actionRepository}#${source.actionRef}`
      : `blueprint-docs@${source.version}`,
    'generate'
  ]
  const { repeat } = values
  for (const glob of repeat.blueprints ?? []) words.push('--blueprints', glob)
  if (repeat.output !== undefined) words.push('--output', repeat.output)
  if (repeat.template !== undefined) words.push('--template', repeat.template)
  if (repeat.landscape !== undefined) words.push('--landscape', repeat.landscape)
  const directory = values.workingDirectory
  if (directory && directory !== '.') words.push('--working-directory', directory)
  return words.map(shellWord).join(' ')
}

/**
 * A word as a POSIX shell reads it back: as it is when every character is
 * plain, else in single quotes (a quote inside as `'\''`). Braces, `#`, `*`
 * and the like are quoted too: bash expands `{a,b}`, zsh reads `#` as a glob.
 */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
