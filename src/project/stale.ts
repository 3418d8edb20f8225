/**
 * What a stale document looks like to a person: the diff from the committed
 * text to the regenerated one, and the one command that fixes it. The
 * command line's `check` and the action's check, comment and summary all
 * say it the same way.
 */
import { createTwoFilesPatch } from 'diff'
import { DEFAULT_OUTPUT } from '../engine/paths.js'
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

/** The command that fixes stale documents, with the options that differ from the defaults. */
export function fixCommand(values: {
  blueprints?: string[]
  output?: string
  template?: string
  'working-directory'?: string
}): string {
  const quote = (s: string) => (/^[\w./{}-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)
  const parts = ['npx blueprint-docs generate']
  for (const g of values.blueprints ?? []) parts.push(`--blueprints ${quote(g)}`)
  if (values.output !== undefined && values.output !== DEFAULT_OUTPUT)
    parts.push(`--output ${quote(values.output)}`)
  if (values.template) parts.push(`--template ${quote(values.template)}`)
  if (values['working-directory'] && values['working-directory'] !== '.')
    parts.push(`--working-directory ${quote(values['working-directory'])}`)
  return parts.join(' ')
}
