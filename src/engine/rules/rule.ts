/**
 * Architecture rules: what each one finds, how serious it is by default, and
 * the shape of what it reports. A repository may set any rule to `off`,
 * `warning` or `error`; a finding at `error` counts as a problem (it fails
 * the step and gives exit 2), one at `warning` is shown and changes nothing.
 */
import type { Path } from '../blueprint/locate.js'

/** How seriously a repository takes a rule. */
export type Severity = 'off' | 'warning' | 'error'
/** The level of a finding that is reported at all. */
export type Level = Exclude<Severity, 'off'>

/** Every rule, its default severity and a one-line summary (shown in SARIF and the README). */
export const RULES = {
  'unknown-type': {
    severity: 'warning',
    summary: 'A component type outside the ten known ones.'
  },
  'duplicate-dependency': {
    severity: 'warning',
    summary: 'The same dependency, from one component to another, listed twice.'
  },
  'dependency-cycle': {
    severity: 'warning',
    summary: 'A cycle of synchronous dependencies.'
  },
  'orphan-component': {
    severity: 'warning',
    summary: 'A component with no dependency in or out, in a blueprint of two or more.'
  },
  'shared-database': {
    severity: 'off',
    summary: 'A database that two or more non-database components depend on.'
  },
  'cross-reference': {
    severity: 'error',
    summary: 'A reference to a blueprint or component that does not exist.'
  },
  'drift-missing-component': {
    severity: 'warning',
    summary: 'A service or workload in the runtime files with no component in the blueprint.'
  },
  'drift-missing-runtime': {
    severity: 'warning',
    summary: 'A component naming a runtime service or workload that does not exist there.'
  },
  'drift-missing-dependency': {
    severity: 'warning',
    summary: 'A dependency the runtime files show that the blueprint does not list.'
  }
} as const satisfies Record<string, { severity: Severity; summary: string }>

/** The id of a rule, as written in `.blueprint-docs.yaml` and printed in brackets. */
export type RuleId = keyof typeof RULES
export const RULE_IDS = Object.keys(RULES) as RuleId[]

/** The severity of each rule a repository has set; the others keep their default. */
export type RuleSettings = Readonly<Partial<Record<RuleId, Severity>>>

/** The severity a rule has in a repository with these settings. */
export function severityOf(rule: RuleId, settings: RuleSettings = {}): Severity {
  return settings[rule] ?? RULES[rule].severity
}

/**
 * What a rule found, before it has a position: the path to the blueprint
 * node it is about (`['dependencies', 3, 'to']`), which the caller, holding
 * the blueprint's text, turns into a line and column.
 */
export interface RawFinding {
  readonly rule: RuleId
  readonly path: Path
  readonly message: string
}
