/**
 * The job summary's sections and the log's one line per blueprint: what the
 * run decided and why, the problems found, the diff of each stale document.
 */
import { formatProblem, type Problem } from '../engine/model.js'
import { fence, safeInline } from '../engine/markdown.js'
import type { Detected } from '../project/changes.js'
import { isChange, type Plan, type PlannedBlueprint } from '../project/outcome.js'
import type { documentDiff } from '../project/stale.js'
import { joinPrefix } from './paths.js'
import type { Reporter } from './reporter.js'
import { plural } from '../engine/text.js'

/** The summary's first line. */
export const SUMMARY_TITLE = '## Architecture docs (blueprint-docs)\n'

/** The check's section when nothing is stale. */
export const CHECK_PASSED = '### Check\n\nEvery document is up to date.\n'

/** Why these blueprints, and how many were processed. */
export function reasonLine(detected: Detected, planned: Plan): string {
  const n = planned.blueprints.length
  return `${detected.reason}. ${plural(n, 'blueprint')} processed.\n`
}

/** The section for a run that stopped with an error: the message, quoted line by line. */
export function failedSection(message: string): string {
  return `### Failed\n\n${message
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}\n`
}

/** Options of {@link checkSummary}. */
export interface CheckSummaryOptions {
  /** The blueprints whose documents are out of date. */
  readonly stale: readonly PlannedBlueprint[]
  /** The command that regenerates them. */
  readonly fix: string
  readonly documentDiff: typeof documentDiff
}

/** The check's section when documents are stale: the fix, and each document's diff, folded. */
export function checkSummary({ stale, fix, documentDiff }: CheckSummaryOptions): string {
  const parts = [
    `### Check\n\n${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date. Fix: \`${fix}\`, then commit.\n`
  ]
  for (const item of stale) {
    const o = item.outcome
    if (!isChange(o)) continue
    const diff = o.kind === 'created' ? `${o.document} is missing.` : documentDiff(o)
    parts.push(
      `<details><summary>${escapeHtml(o.document)}</summary>\n\n${fence(diff, 'diff')}\n\n</details>\n`
    )
  }
  return parts.join('\n')
}

/** Every problem, one line each. */
export function problemSummary(problems: readonly Problem[]): string {
  // Messages quote blueprint text: the comment's one helper keeps each on its line, in code.
  return `### Problems\n\n${problems.map((p) => `- ${safeInline(formatProblem(p), { style: 'code' })}`).join('\n')}\n`
}

/** One positioned error annotation per problem, at its repository path. */
export function annotateProblems(options: {
  problems: readonly Problem[]
  report: Reporter
  prefix: string
}): void {
  for (const p of options.problems)
    options.report.error(p.message, {
      file: joinPrefix(options.prefix, p.file),
      line: p.line,
      col: p.col
    })
}

/** Every rule finding, one line each with its level. */
export function findingSummary(findings: readonly Problem[]): string {
  return `### Architecture rule findings\n\n${findings.map((f) => `- ${f.level ?? 'error'}: ${safeInline(formatProblem(f), { style: 'code' })}`).join('\n')}\n`
}

/** One warning or error annotation per finding, at its repository path, titled with its rule id. */
export function annotateFindings(options: {
  findings: readonly Problem[]
  report: Reporter
  prefix: string
}): void {
  for (const f of options.findings) {
    const where = {
      file: joinPrefix(options.prefix, f.file),
      line: f.line,
      col: f.col,
      ...(f.rule !== undefined ? { title: f.rule } : {})
    }
    if (f.level === 'warning') options.report.warning(f.message, where)
    else options.report.error(f.message, where)
  }
}

/** The log's line for one blueprint: what happened to its document, and why. */
export function describe(item: Plan['items'][number]): string {
  const o = item.outcome
  if (item.landscape && o.kind !== 'invalid' && o.kind !== 'unchanged')
    return `${o.document}: the landscape of every blueprint, ${o.kind}`
  switch (o.kind) {
    case 'unchanged':
      return `${o.document} unchanged apart from generated_at: nothing to write`
    case 'created':
      return `${o.document}: new document for ${item.blueprint}`
    case 'updated':
      return `${o.document}: regenerated from ${item.blueprint}`
    case 'deleted':
      return `${o.document}: its blueprint ${item.blueprint} is gone, so the document goes too`
    case 'invalid':
      return `${item.blueprint}: invalid, nothing written for it (${plural(o.problems.length, 'problem')})`
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
