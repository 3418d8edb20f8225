/**
 * Drift: a blueprint against the runtime files its `runtime:` names — the
 * pure comparison, the project function that reads the files through the
 * workspace (an in-memory fake here), and change detection, where a changed
 * runtime file selects the blueprints that name it.
 */
import picomatch from 'picomatch'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import type { Blueprint } from '../../src/engine/model.js'
import { driftFindings } from '../../src/engine/runtime/drift.js'
import { readRuntime } from '../../src/engine/runtime/index.js'
import { DEFAULT_BLUEPRINT_GLOBS, PathError } from '../../src/engine/paths.js'
import { detectChanges, fromChanges, runtimeCandidates } from '../../src/project/changes.js'
import type { Git, Workspace } from '../../src/project/ports.js'
import { findingsOf } from '../../src/project/findings.js'
import { runtimeDrift, runtimeOwners } from '../../src/project/runtime.js'
import { RULE_IDS, type RuleSettings } from '../../src/engine/rules/rule.js'

const COMPOSE = `services:
  web:
    image: nginx
    depends_on: [api]
  api:
    image: example/api
    environment: {DB: "db:5432"}
  db:
    image: postgres:16
`

function model(text: string): Blueprint {
  const parsed = parseBlueprint({ file: 'b.blueprint.yaml', content: text })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.blueprint
}

/** A repository in memory: reads, lists by glob, refuses paths that leave it. */
function memory(files: Record<string, string>): Workspace {
  return {
    root: '/repo',
    async read(file) {
      if (file.startsWith('../') || file.startsWith('/'))
        throw new PathError(file, 'is outside the repository')
      const text = files[file]
      return text === undefined ? undefined : new TextEncoder().encode(text)
    },
    async write(file, content) {
      files[file] = content
    },
    async remove(file) {
      delete files[file]
    },
    async list(globs) {
      const match = picomatch([...globs])
      return Object.keys(files)
        .filter((f) => match(f))
        .sort()
    }
  }
}

describe('driftFindings', () => {
  const runtime = readRuntime([{ file: 'ops/compose.yaml', content: COMPOSE }]).runtime

  it('finds nothing when every service is a component and every dependency is listed', () => {
    const blueprint = model(`id: b
project: p
runtime: ../ops/compose.yaml
components: [{id: web}, {id: api}, {id: db}]
dependencies: [{from: web, to: api}, {from: api, to: db}]
`)
    expect(driftFindings({ blueprint, runtime })).toEqual([])
  })

  it('reports a service with no component and a runtime name that is not there', () => {
    const blueprint = model(`id: b
project: p
runtime: [a.yaml, ../ops/compose.yaml]
components:
  - {id: web}
  - {id: backend, runtime: api}
  - {id: ghost, runtime: nothing}
dependencies: [{from: web, to: backend}]
`)
    const findings = driftFindings({
      blueprint,
      runtime,
      entryOf: (f) => (f === 'ops/compose.yaml' ? 1 : undefined)
    })
    expect(findings).toEqual([
      {
        rule: 'drift-missing-component',
        path: ['runtime', 1],
        message:
          'Compose service "db" (ops/compose.yaml:8) has no component; add one with id "db" (or with `runtime: db`)'
      },
      {
        rule: 'drift-missing-runtime',
        path: ['components', 2, 'runtime'],
        message:
          'component "ghost" is runtime "nothing", which is no service or workload in the blueprint\'s runtime files'
      }
    ])
  })

  it('names the dependency a component matched by `runtime:` lacks', () => {
    const blueprint = model(`id: b
project: p
runtime: c.yaml
components: [{id: web}, {id: backend, runtime: api}, {id: db}]
dependencies: [{from: web, to: backend}]
`)
    expect(driftFindings({ blueprint, runtime })).toEqual([
      {
        rule: 'drift-missing-dependency',
        path: ['components', 1],
        message:
          'the runtime shows api → db (environment DB, ops/compose.yaml:7), but no dependency from "backend" to "db" is listed'
      }
    ])
  })

  it('suggests a rename when a component with no service has an id close to a missing one', () => {
    const blueprint = model(`id: b
project: p
runtime: ../ops/compose.yaml
components: [{id: web}, {id: api}, {id: dbs}, {id: edge, runtime: wep}]
dependencies: [{from: web, to: api}, {from: api, to: dbs}]
`)
    expect(driftFindings({ blueprint, runtime }).map((f) => f.message)).toEqual([
      'Compose service "db" (ops/compose.yaml:8) has no component; did you mean component "dbs"? If it is this service renamed, give it `runtime: db` (or the id "db")',
      'component "edge" is runtime "wep", which is no service or workload in the blueprint\'s runtime files (did you mean "web"?)'
    ])
  })

  it('matches a component to a workload through the Kubernetes Service that selects it', () => {
    const k8s = readRuntime([
      {
        file: 'k.yaml',
        content: `apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend}
spec: {template: {metadata: {labels: {app: fe}}, spec: {containers: [{name: fe, image: web}]}}}
---
apiVersion: v1
kind: Service
metadata: {name: frontend-external}
spec: {selector: {app: fe}}
`
      }
    ]).runtime
    const blueprint = model(`id: b
project: p
runtime: k.yaml
components: [{id: site, runtime: frontend-external}]
`)
    expect(driftFindings({ blueprint, runtime: k8s })).toEqual([])
  })
})

/** A blueprint's findings as every command gathers them, with the workspace its runtime files are in. */
async function driftProblems(options: {
  workspace: Workspace
  file: string
  blueprint: Blueprint
  settings?: RuleSettings
}) {
  const bytes = await options.workspace.read(options.file)
  return findingsOf(
    { file: options.file, text: new TextDecoder().decode(bytes), blueprint: options.blueprint },
    { rules: options.settings ?? {}, workspace: options.workspace }
  )
}

describe('runtimeDrift, and drift among the findings, through the workspace', () => {
  const BLUEPRINT = `id: b
project: p
runtime: ../ops/compose.yaml
components:
  - id: web
  - id: api
dependencies:
  - from: web
    to: api
`

  it('reads the runtime file relative to the blueprint and positions the warning at `runtime:`', async () => {
    const workspace = memory({ 'arch/b.blueprint.yaml': BLUEPRINT, 'ops/compose.yaml': COMPOSE })
    const problems = await driftProblems({
      workspace,
      file: 'arch/b.blueprint.yaml',
      blueprint: model(BLUEPRINT)
    })
    expect(problems).toEqual([
      {
        file: 'arch/b.blueprint.yaml',
        line: 3,
        col: 10,
        rule: 'drift-missing-component',
        level: 'warning',
        message: expect.stringContaining('Compose service "db"')
      }
    ])
  })

  it('is an error when a setting says so, and nothing when it is off', async () => {
    const workspace = memory({ 'arch/b.blueprint.yaml': BLUEPRINT, 'ops/compose.yaml': COMPOSE })
    const options = { workspace, file: 'arch/b.blueprint.yaml', blueprint: model(BLUEPRINT) }
    expect(
      await driftProblems({ ...options, settings: { 'drift-missing-component': 'error' } })
    ).toEqual([expect.objectContaining({ level: 'error' })])
    expect(
      await driftProblems({ ...options, settings: { 'drift-missing-component': 'off' } })
    ).toEqual([])
  })

  it('reports a runtime file that cannot be read even with every rule off', async () => {
    const text = BLUEPRINT.replace('../ops/compose.yaml', '../ops/none.yaml')
    const workspace = memory({ 'arch/b.blueprint.yaml': text })
    const allOff = Object.fromEntries(RULE_IDS.map((rule) => [rule, 'off' as const]))
    expect(
      await driftProblems({
        workspace,
        file: 'arch/b.blueprint.yaml',
        blueprint: model(text),
        settings: allOff
      })
    ).toEqual([
      expect.objectContaining({
        line: 3,
        col: 10,
        level: 'error',
        message: expect.stringContaining('runtime file ops/none.yaml does not exist')
      })
    ])
  })

  it.each([
    ['a missing file', '../ops/none.yaml', 'runtime file ops/none.yaml does not exist'],
    ['a path out of the repository', '../../../etc/passwd', 'is outside the repository']
  ])('makes %s a positioned error, and no findings', async (_, runtime, message) => {
    const text = BLUEPRINT.replace('../ops/compose.yaml', runtime)
    const workspace = memory({ 'arch/b.blueprint.yaml': text, 'ops/compose.yaml': COMPOSE })
    const drift = await runtimeDrift({
      workspace,
      file: 'arch/b.blueprint.yaml',
      text,
      blueprint: model(text)
    })
    expect(drift.findings).toEqual([])
    expect(drift.problems).toEqual([
      expect.objectContaining({ line: 3, col: 10, message: expect.stringContaining(message) })
    ])
  })

  it('reads the whole repository as runtime (`..` from arch/), with the .env its Compose file uses', async () => {
    const text =
      'id: b\nproject: p\nruntime: ..\ncomponents: [{id: web}, {id: api}]\ndependencies: []\n'
    const workspace = memory({
      'arch/b.blueprint.yaml': text,
      'deploy/compose.yaml':
        'services:\n  web: {image: x, depends_on: ["${UPSTREAM:-none}"]}\n  api: {image: y}\n',
      'deploy/.env': 'UPSTREAM=api\n'
    })
    const drift = await runtimeDrift({
      workspace,
      file: 'arch/b.blueprint.yaml',
      text,
      blueprint: model(text)
    })
    expect(drift.problems).toEqual([])
    expect(drift.findings).toEqual([
      {
        rule: 'drift-missing-dependency',
        path: ['components', 0],
        message:
          'the runtime shows web → api (depends_on, deploy/compose.yaml:2), but no dependency from "web" to "api" is listed'
      }
    ])
    const owners = await runtimeOwners(
      workspace,
      [...DEFAULT_BLUEPRINT_GLOBS],
      ['deploy/compose.yaml', 'deploy/.env', 'README.md']
    )
    expect([...owners.keys()]).toEqual(['deploy/compose.yaml', 'deploy/.env'])
  })

  it('reads a folder of manifests, and reports a malformed one where it is broken', async () => {
    const workspace = memory({
      'b.blueprint.yaml': 'id: b\nproject: p\nruntime: k8s\ncomponents: []\n',
      'k8s/a.yaml': 'kind: Deployment\napiVersion: apps/v1\nmetadata: {name: a\n',
      'k8s/README.md': '# not read'
    })
    const text = 'id: b\nproject: p\nruntime: k8s\ncomponents: []\n'
    const drift = await runtimeDrift({
      workspace,
      file: 'b.blueprint.yaml',
      text,
      blueprint: model(text)
    })
    expect(drift.problems).toEqual([
      expect.objectContaining({ file: 'k8s/a.yaml', line: expect.any(Number) as number })
    ])
  })
})

describe('change detection', () => {
  const files = {
    'arch/shop.blueprint.yaml':
      'id: shop\nproject: p\nruntime: [../deploy/k8s, ../compose.yaml]\ncomponents: []\n',
    'arch/other.blueprint.yaml': 'id: other\nproject: p\ncomponents: []\n',
    'deploy/k8s/web.yaml': '',
    'compose.yaml': ''
  }

  it('finds the blueprints whose runtime names a changed file or its folder', async () => {
    const owners = await runtimeOwners(
      memory({ ...files }),
      [...DEFAULT_BLUEPRINT_GLOBS],
      ['deploy/k8s/web.yaml', 'compose.yaml', 'deploy/other.yaml', '.env', 'deploy/.env']
    )
    expect(owners).toEqual(
      new Map([
        ['deploy/k8s/web.yaml', ['arch/shop.blueprint.yaml']],
        ['compose.yaml', ['arch/shop.blueprint.yaml']],
        // The .env beside a Compose file holds its variables.
        ['.env', ['arch/shop.blueprint.yaml']]
      ])
    )
  })

  it('selects a blueprint when its runtime file changes, and only YAML, JSON or env files are candidates', () => {
    const found = {
      files: [
        { path: 'deploy/k8s/web.yaml', status: 'modified' as const },
        { path: 'src/main.ts', status: 'modified' as const }
      ],
      source: 'test'
    }
    const options = { globs: [...DEFAULT_BLUEPRINT_GLOBS], configFiles: [], prefix: '.' }
    expect(runtimeCandidates(options, found)).toEqual(['deploy/k8s/web.yaml'])
    expect(
      runtimeCandidates(options, {
        files: [
          { path: 'deploy/.env', status: 'modified' as const },
          { path: 'deploy/web.env', status: 'added' as const },
          { path: 'deploy/environment.md', status: 'added' as const }
        ],
        source: 'test'
      })
    ).toEqual(['deploy/.env', 'deploy/web.env'])
    const detected = fromChanges(
      { ...options, owners: new Map([['deploy/k8s/web.yaml', ['arch/shop.blueprint.yaml']]]) },
      found
    )
    expect(detected.selection).toEqual({
      kind: 'paths',
      paths: ['arch/shop.blueprint.yaml'],
      removed: []
    })
  })

  it('asks for the owners during a push only when a changed file could be a runtime file', async () => {
    const asked: string[][] = []
    const git = (changed: string[]): Git => ({
      isRepository: async () => true,
      hasCommit: async () => true,
      isShallow: async () => false,
      isAncestor: async () => true,
      mergeBase: async () => undefined,
      resolve: async () => undefined,
      changes: async () => changed.map((path) => ({ path, status: 'modified' as const })),
      lastChanged: async () => new Map(),
      show: async () => undefined
    })
    const detect = (changed: string[]) =>
      detectChanges({
        event: {
          kind: 'push',
          before: 'a'.repeat(40),
          after: 'b'.repeat(40),
          branch: 'feature',
          defaultBranch: 'main',
          deleted: false,
          forced: false
        },
        all: false,
        globs: [...DEFAULT_BLUEPRINT_GLOBS],
        git: git(changed),
        api: () => Promise.reject(new Error('not asked')),
        configFiles: [],
        prefix: '.',
        runtimeOwners: async (paths) => {
          asked.push([...paths])
          return runtimeOwners(memory({ ...files }), [...DEFAULT_BLUEPRINT_GLOBS], paths)
        }
      })
    expect((await detect(['README.md'])).selection).toEqual({
      kind: 'paths',
      paths: [],
      removed: []
    })
    expect(asked).toEqual([])
    const detected = await detect(['compose.yaml'])
    expect(asked).toEqual([['compose.yaml']])
    expect(detected.selection).toEqual({
      kind: 'paths',
      paths: ['arch/shop.blueprint.yaml'],
      removed: []
    })
  })
})

describe('the blueprint loader reads `runtime:`', () => {
  it('takes one path as a list of one, and a component runtime name as written', () => {
    const blueprint = model(
      'id: b\nproject: p\nruntime: compose.yaml\ncomponents:\n  - {id: web, runtime: frontend}\n'
    )
    expect(blueprint.runtime).toEqual(['compose.yaml'])
    expect(blueprint.components[0]).toEqual({
      id: 'web',
      name: 'web',
      type: 'service',
      runtime: 'frontend'
    })
    expect(model('id: b\nproject: p\n')).not.toHaveProperty('runtime')
  })

  it.each([
    ['a number', 'runtime: 3\n', 4],
    ['a list holding a number', 'runtime: [a, 2]\n', 4],
    ['an empty component runtime', 'components: [{id: a, runtime: ""}]\n', 4]
  ])('refuses %s with a positioned problem', (_, tail, line) => {
    const parsed = parseBlueprint({
      file: 'b.blueprint.yaml',
      content: `id: b\nproject: p\n\n${tail}`
    })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ line })
  })
})
