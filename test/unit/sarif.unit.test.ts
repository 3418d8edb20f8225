import { buildSarif, INVALID_RULE } from '../../src/project/sarif.js'
import { RULE_IDS } from '../../src/engine/rules/rule.js'
import { VERSION } from '../../src/project/version.js'
import { sarifErrors } from '../support/sarif.js'

const problems = [
  { file: 'billing/a b.blueprint.yaml', line: 3, col: 1, message: 'unknown key "colour"' },
  {
    file: 'shop.blueprint.yaml',
    line: 9,
    col: 7,
    message: 'component "x" has no dependency in or out',
    rule: 'orphan-component' as const,
    level: 'warning' as const
  },
  {
    file: 'shop.blueprint.yaml',
    line: 12,
    col: 5,
    message: 'synchronous dependencies form a cycle',
    rule: 'dependency-cycle' as const,
    level: 'error' as const
  }
]

describe('SARIF', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(sarifErrors(buildSarif({ problems }))).toEqual([])
    expect(sarifErrors(buildSarif({ problems: [] }))).toEqual([])
  })

  it('the schema check can fail', () => {
    const log = buildSarif({ problems }) as { runs: { results: { level: string }[] }[] }
    const broken = structuredClone(log)
    const first = broken.runs[0]?.results[0]
    if (first) first.level = 'fatal'
    expect(sarifErrors(broken).length).toBeGreaterThan(0)
    expect(sarifErrors({ version: '2.0.0', runs: [] }).length).toBeGreaterThan(0)
  })

  it('has one result per problem and finding, with rule, level and place', () => {
    const log = buildSarif({ problems, uriOf: (f) => `docs/${f}` }) as {
      runs: Array<{
        tool: { driver: Record<string, unknown> & { rules: Array<{ id: string }> } }
        results: unknown[]
      }>
    }
    const run = log.runs[0]
    expect(run?.tool.driver).toMatchObject({
      name: 'blueprint-docs',
      version: VERSION,
      informationUri: 'https://github.com/blueprint-docs/blueprint-docs'
    })
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual([...RULE_IDS, INVALID_RULE])
    expect(run?.results).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-blueprint',
        level: 'error',
        message: { text: 'unknown key "colour"' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/billing/a%20b.blueprint.yaml' },
              region: { startLine: 3, startColumn: 1 }
            }
          }
        ]
      }),
      expect.objectContaining({ ruleId: 'orphan-component', level: 'warning' }),
      expect.objectContaining({ ruleId: 'dependency-cycle', level: 'error' })
    ])
  })
})
