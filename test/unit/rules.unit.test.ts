import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { formatProblem, type Blueprint } from '../../src/engine/model.js'
import {
  dependencyCycles,
  duplicateDependencies,
  localFindings,
  orphanComponents,
  sharedDatabases,
  unknownTypes
} from '../../src/engine/rules/local.js'
import { findingsOf, introducedFindings } from '../../src/project/findings.js'

function model(text: string): Blueprint {
  const parsed = parseBlueprint({ file: 'x.blueprint.yaml', content: text })
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
  return parsed.blueprint
}

const components = (...ids: string[]) =>
  `components:\n${ids.map((id) => `  - id: ${id.split(':')[0]}\n    type: ${id.split(':')[1] ?? 'service'}\n`).join('')}`
const deps = (...pairs: string[]) =>
  `dependencies:\n${pairs
    .map((p) => {
      const [from, to, async] = p.split(/>|~/)
      return `  - from: ${from}\n    to: ${to}\n${p.includes('~') ? '    async: true\n' : ''}${async ? '' : ''}`
    })
    .join('')}`
const bp = (...parts: string[]) => `id: s\nproject: p\n${parts.join('')}`

describe('unknown-type', () => {
  it('names the type and suggests the closest known one', () => {
    const found = unknownTypes(model(bp(components('a:datbase', 'b:service'))))
    expect(found).toEqual([
      {
        rule: 'unknown-type',
        path: ['components', 0, 'type'],
        message:
          'component "a" has type "datbase", which is not a known type; it is drawn as a service (did you mean "database"?)'
      }
    ])
  })

  it('lists the known types when nothing is close', () => {
    const [found] = unknownTypes(model(bp(components('a:mainframe'))))
    expect(found?.message).toContain('(known types: person, frontend, gateway, service')
  })

  it('finds nothing for the ten known types, nor for a type left out', () => {
    const all = [
      'person',
      'frontend',
      'gateway',
      'service',
      'function',
      'database',
      'cache',
      'queue',
      'storage',
      'external'
    ]
    expect(unknownTypes(model(bp(components(...all.map((t, i) => `c${i}:${t}`)))))).toEqual([])
    expect(unknownTypes(model('id: s\nproject: p\ncomponents:\n  - id: a\n'))).toEqual([])
  })
})

describe('duplicate-dependency', () => {
  it('reports each repetition of from → to, at the repeated entry', () => {
    const found = duplicateDependencies(
      model(bp(components('a', 'b'), deps('a>b', 'b>a', 'a~b', 'a>b')))
    )
    expect(found.map((f) => f.path)).toEqual([
      ['dependencies', 2],
      ['dependencies', 3]
    ])
    expect(found[0]?.message).toBe(
      'the dependency "a" → "b" is listed more than once; list it once'
    )
  })
})

describe('dependency-cycle', () => {
  it('reports a cycle once, at the dependency that closes it, naming the whole cycle', () => {
    const found = dependencyCycles(
      model(bp(components('web', 'api', 'db'), deps('web>api', 'api>db', 'db>web')))
    )
    expect(found).toEqual([
      {
        rule: 'dependency-cycle',
        path: ['dependencies', 0],
        message:
          'synchronous dependencies form a cycle: "api" → "db" → "web" → "api"; make one of them async: true or break the cycle'
      }
    ])
  })

  it('ignores cycles that an async dependency breaks, and finds self-loops and separate cycles', () => {
    expect(dependencyCycles(model(bp(components('a', 'b'), deps('a>b', 'b~a'))))).toEqual([])
    const found = dependencyCycles(
      model(bp(components('a', 'b', 'c', 'd'), deps('a>a', 'b>c', 'c>b', 'c>d', 'd>c')))
    )
    expect(found.map((f) => f.message.split(';')[0])).toEqual([
      'synchronous dependencies form a cycle: "a" → "a"',
      'synchronous dependencies form a cycle: "b" → "c" → "b"',
      'synchronous dependencies form a cycle: "c" → "d" → "c"'
    ])
  })

  it('stays bounded on a dense graph', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`)
    const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}>${b}`))
    const started = Date.now()
    const found = dependencyCycles(model(bp(components(...ids), deps(...pairs))))
    expect(found.length).toBe(20)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('orphan-component and shared-database', () => {
  it('finds components with no dependency, only in blueprints of two or more', () => {
    expect(orphanComponents(model(bp(components('a'))))).toEqual([])
    const found = orphanComponents(model(bp(components('a', 'b', 'lonely'), deps('a>b'))))
    expect(found).toEqual([
      {
        rule: 'orphan-component',
        path: ['components', 2, 'id'],
        message: 'component "lonely" has no dependency in or out; connect it or remove it'
      }
    ])
  })

  it('finds a database used directly by two or more non-database components', () => {
    const found = sharedDatabases(
      model(
        bp(
          components('a', 'b', 'db:database', 'replica:database'),
          deps('a>db', 'b>db', 'replica>db', 'a>replica')
        )
      )
    )
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [
        ['components', 2, 'id'],
        'database "db" is used directly by 2 components ("a", "b"); give each its own database or put one service in front of it'
      ]
    ])
  })
})

describe('findings of a blueprint', () => {
  const text = bp(
    components('web:frontnd', 'api', 'db:database', 'lonely'),
    deps('web>api', 'api>web', 'api>db')
  )

  it('are positioned at their node, at each rule level, off rules left out', async () => {
    const found = await findingsOf(
      { file: 'a/s.blueprint.yaml', text, blueprint: model(text) },
      { rules: { 'orphan-component': 'error' } }
    )
    expect(found.map(formatProblem)).toEqual([
      'a/s.blueprint.yaml:5:11: [unknown-type] component "web" has type "frontnd", which is not a known type; it is drawn as a service (did you mean "frontend"?)',
      'a/s.blueprint.yaml:10:9: [orphan-component] component "lonely" has no dependency in or out; connect it or remove it',
      'a/s.blueprint.yaml:13:5: [dependency-cycle] synchronous dependencies form a cycle: "api" → "web" → "api"; make one of them async: true or break the cycle'
    ])
    expect(found.map((f) => f.level)).toEqual(['warning', 'error', 'warning'])
  })

  it('are none when every rule is off', async () => {
    const off = Object.fromEntries(
      ['unknown-type', 'duplicate-dependency', 'dependency-cycle', 'orphan-component'].map((r) => [
        r,
        'off'
      ])
    )
    expect(
      await findingsOf({ file: 's.blueprint.yaml', text, blueprint: model(text) }, { rules: off })
    ).toEqual([])
    expect(localFindings(model(text)).length).toBe(3)
  })

  it('that a change introduces are compared by rule and message, not position', () => {
    const at = (line: number, message: string, rule = 'orphan-component' as const) => ({
      file: 'f',
      line,
      col: 1,
      message,
      rule,
      level: 'warning' as const
    })
    expect(
      introducedFindings([at(9, 'x'), at(12, 'y'), at(14, 'y')], [at(3, 'x'), at(4, 'y')])
    ).toEqual([at(14, 'y')])
  })
})
