import { positionFindings } from '../../src/engine/blueprint/position.js'
import { formatProblem, isError } from '../../src/engine/model.js'
import { severityOf } from '../../src/engine/rules/rule.js'

const text = `id: shop
project: acme
components:
  - id: web
    type: frontnd
  - id: db
dependencies:
  - from: web
    to: db
`

describe('rule findings', () => {
  it('are positioned at the node they are about and printed with their rule id', () => {
    const problems = positionFindings(
      [
        {
          rule: 'unknown-type',
          path: ['components', 0, 'type'],
          message: 'type "frontnd" is not known'
        },
        { rule: 'orphan-component', path: ['components', 1], message: 'db has no dependency' }
      ],
      {
        file: 'shop.blueprint.yaml',
        text,
        level: (f) => (f.rule === 'unknown-type' ? 'error' : 'warning')
      }
    )
    expect(problems.map(formatProblem)).toEqual([
      'shop.blueprint.yaml:5:11: [unknown-type] type "frontnd" is not known',
      'shop.blueprint.yaml:6:5: [orphan-component] db has no dependency'
    ])
    expect(problems.map(isError)).toEqual([true, false])
  })

  it('leaves out findings whose rule is off, and positions JSON blueprints too', () => {
    const json = '{\n  "id": "shop",\n  "project": "acme",\n  "components": [{ "id": "web" }]\n}\n'
    const problems = positionFindings(
      [
        { rule: 'shared-database', path: ['components', 0], message: 'off' },
        { rule: 'orphan-component', path: ['components', 0, 'id'], message: 'alone' }
      ],
      {
        file: 'shop.blueprint.json',
        text: json,
        level: (f) => (f.rule === 'shared-database' ? undefined : 'warning')
      }
    )
    expect(problems.map(formatProblem)).toEqual([
      'shop.blueprint.json:4:26: [orphan-component] alone'
    ])
  })

  it('take the repository setting over the default', () => {
    expect(severityOf('shared-database')).toBe('off')
    expect(severityOf('cross-reference')).toBe('error')
    expect(severityOf('dependency-cycle', { 'dependency-cycle': 'error' })).toBe('error')
  })

  it('print plain problems as before', () => {
    expect(formatProblem({ file: 'a.yaml', line: 2, col: 3, message: 'bad' })).toBe(
      'a.yaml:2:3: bad'
    )
    expect(isError({ file: 'a.yaml', line: 2, col: 3, message: 'bad' })).toBe(true)
  })
})
