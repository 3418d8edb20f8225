/**
 * Problems and rule findings as SARIF 2.1.0, the format GitHub code scanning
 * takes (`github/codeql-action/upload-sarif`): one run of blueprint-docs,
 * one result per problem or finding, each with its rule, level and place.
 */
import { formatProblem, type Problem } from '../engine/model.js'
import { RULES, RULE_IDS, type RuleSettings } from '../engine/rules/rule.js'
import { plural } from '../engine/text.js'
import { loadBlueprint } from './plan.js'
import type { Workspace } from './ports.js'
import { lazySystems } from './systems.js'
import { VERSION } from './version.js'

/** The rule id of a problem that no architecture rule found: the file is not a valid input. */
export const INVALID_RULE = 'invalid-blueprint'
const INVALID_SUMMARY =
  'A blueprint (or its document, template or configuration) that cannot be used: invalid YAML, a key or value the format does not allow, a dependency on a missing component, a document path already taken.'

const INFORMATION_URI = 'https://github.com/blueprint-docs/blueprint-docs'
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Options of {@link buildSarif}. */
export interface SarifOptions {
  /** Every problem and finding, positioned. */
  readonly problems: readonly Problem[]
  /** The problem's file as a path from the repository root (the action's working directory may be a folder of it). */
  readonly uriOf?: (file: string) => string
}

/** The SARIF log as plain data. */
export function buildSarif(options: SarifOptions): Record<string, unknown> {
  const uriOf = options.uriOf ?? ((file: string) => file)
  const ruleIds = [...RULE_IDS, INVALID_RULE]
  const rules = ruleIds.map((id) => {
    const known = id === INVALID_RULE ? undefined : RULES[id as keyof typeof RULES]
    return {
      id,
      name: id,
      shortDescription: { text: known ? known.summary : INVALID_SUMMARY },
      helpUri: `${INFORMATION_URI}#architecture-rules`,
      defaultConfiguration: {
        level: known ? (known.severity === 'off' ? 'none' : known.severity) : 'error',
        ...(known?.severity === 'off' ? { enabled: false } : {})
      }
    }
  })
  const results = options.problems.map((p) => {
    const ruleId = p.rule ?? INVALID_RULE
    return {
      ruleId,
      ruleIndex: ruleIds.indexOf(ruleId),
      level: p.level ?? 'error',
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(uriOf(p.file)) },
            region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.col) }
          }
        }
      ]
    }
  })
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'blueprint-docs',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        results
      }
    ]
  }
}

/** The SARIF file's text: the log as indented JSON with a final newline. */
export function sarifText(options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(options), null, 2)}\n`
}

/** What a SARIF file reports on: the blueprints of a run, and what its plan found besides. */
export interface SarifReport {
  readonly workspace: Workspace
  /** The file to write, a repository path (confined to the workspace). */
  readonly file: string
  /**
   * The blueprints to report on. Code scanning closes an alert that a later upload leaves out, so
   * a run about "everything" passes every blueprint the globs find, not only those it regenerated.
   */
  readonly blueprints: readonly string[]
  /** The globs and output pattern, for resolving references to other blueprints. */
  readonly globs: readonly string[]
  readonly output: string
  readonly rules: RuleSettings
  /** Problems a plan found besides the blueprints' own: a hand-written document, a failing template. */
  readonly planProblems?: readonly Problem[]
  /** The file of a problem as a path from the repository root, when the workspace is a folder of it. */
  readonly uriOf?: (file: string) => string
}

/**
 * Writes every problem and rule finding of the blueprints, and the plan's own problems, each
 * once, as SARIF 2.1.0; the action's `sarif` input and the command line's `--sarif` both come
 * here. Returns a line saying what was written.
 */
export async function writeSarifReport(report: SarifReport): Promise<string> {
  const { workspace } = report
  const results: Problem[] = []
  const seen = new Set<string>()
  const add = (p: Problem) => {
    const key = `${formatProblem(p)}\n${p.level ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    results.push(p)
  }
  const systems = lazySystems({ workspace, globs: report.globs, output: report.output })
  for (const file of report.blueprints) {
    const loaded = await loadBlueprint(workspace, file, { rules: report.rules, systems, workspace })
    for (const p of [...loaded.problems, ...loaded.findings]) add(p)
  }
  for (const p of report.planProblems ?? []) add(p)
  await workspace.write(
    report.file,
    sarifText({ problems: results, ...(report.uriOf ? { uriOf: report.uriOf } : {}) })
  )
  return `wrote ${report.file} (SARIF 2.1.0, ${plural(results.length, 'result')})`
}

/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
function encodeUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}
