/**
 * The one place where a blueprint's architecture findings are gathered and
 * given the level the repository set for their rule: every source of
 * findings (the local rules, and any that look beyond the blueprint) is
 * listed in {@link findingsOf}. Findings come back positioned at the node
 * they are about, as problems with a rule id and a level.
 */
import { positionFindings } from '../engine/blueprint/position.js'
import { isError, type Blueprint, type Problem } from '../engine/model.js'
import { plural } from '../engine/text.js'
import { crossReferenceFindings, hasReferences, type Systems } from '../engine/references.js'
import { localFindings } from '../engine/rules/local.js'
import type { Workspace } from './ports.js'
import { runtimeDrift } from './runtime.js'
import {
  RULE_IDS,
  severityOf,
  type Level,
  type RawFinding,
  type RuleSettings
} from '../engine/rules/rule.js'

/** The blueprint a finding source looks at: its repository path, its text and its model. */
export interface FindingSubject {
  /** Repository-relative path with forward slashes. */
  readonly file: string
  /** The file's text, from which findings are positioned. */
  readonly text: string
  readonly blueprint: Blueprint
}

/** What every source may know beyond the blueprint; sources that look further get their own fields here. */
export interface FindingContext {
  /** The repository's rule severities (from `.blueprint-docs.yaml`); rules not named keep their default. */
  readonly rules: RuleSettings
  /**
   * Every blueprint of the repository, loaded on first use: references to
   * other blueprints are checked against them. Without it they are not checked.
   */
  readonly systems?: () => Promise<Systems>
  /**
   * The repository, for the runtime files a blueprint names (`runtime:`):
   * drift from them is checked. Without it, it is not.
   */
  readonly workspace?: Workspace
}

/** One source of findings: pure or reading through the context. */
export type FindingSource = (
  subject: FindingSubject,
  context: FindingContext
) => readonly RawFinding[] | Promise<readonly RawFinding[]>

/** The sources, in the order their findings are listed (at one position). */
const SOURCES: readonly FindingSource[] = [
  (subject) => localFindings(subject.blueprint),
  // Only a blueprint with references waits for the repository's other blueprints.
  async ({ blueprint }, { systems }) =>
    systems && hasReferences(blueprint) ? crossReferenceFindings(blueprint, await systems()) : []
]

/**
 * Every finding about a blueprint whose rule is not `off`, positioned in its
 * text, at the level its rule has here, sorted by position. Rules that are
 * off do not run at all when every rule is off.
 */
export async function findingsOf(
  subject: FindingSubject,
  context: FindingContext
): Promise<Problem[]> {
  const raw: RawFinding[] = []
  // With every rule off, no source need run; runtime files that cannot be read are still reported.
  if (RULE_IDS.some((rule) => severityOf(rule, context.rules) !== 'off'))
    for (const source of SOURCES) raw.push(...(await source(subject, context)))
  // Runtime files that cannot be read fail the run like an error finding, but, as with any
  // finding, the document is still written: they are positioned where they are (a missing path at
  // its `runtime:` entry, a malformed file in that file).
  const unreadable: Problem[] = []
  if (context.workspace && subject.blueprint.runtime !== undefined) {
    const drift = await runtimeDrift({ ...subject, workspace: context.workspace })
    raw.push(...drift.findings)
    unreadable.push(...drift.problems.map((p) => ({ ...p, level: 'error' as const })))
  }
  const problems = [
    ...positionFindings(raw, {
      file: subject.file,
      text: subject.text,
      level: (f) => levelOf(f, context.rules)
    }),
    ...unreadable
  ]
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p)
}

function levelOf(finding: RawFinding, rules: RuleSettings): Level | undefined {
  const severity = severityOf(finding.rule, rules)
  return severity === 'off' ? undefined : severity
}

/**
 * Findings at the head that were not there at the base: compared by rule and
 * message, not by position, so a finding that only moved is not new.
 */
export function introducedFindings(head: readonly Problem[], base: readonly Problem[]): Problem[] {
  const before = new Map<string, number>()
  for (const f of base) {
    const key = `${f.rule ?? ''}\n${f.message}`
    before.set(key, (before.get(key) ?? 0) + 1)
  }
  return head.filter((f) => {
    const key = `${f.rule ?? ''}\n${f.message}`
    const left = before.get(key) ?? 0
    if (left === 0) return true
    before.set(key, left - 1)
    return false
  })
}

/** Findings that fail a run: those at `error`. */
export const failing = (findings: readonly Problem[]): number => findings.filter(isError).length

/** `, 2 warnings` when some findings are warnings, else nothing. */
export function warningCount(findings: readonly Problem[]): string {
  const n = findings.filter((f) => f.level === 'warning').length
  return n > 0 ? `, ${plural(n, 'warning')}` : ''
}
