/**
 * `init --from` and drift through the command line, in real temporary git
 * repositories holding the real Compose files and manifests of
 * test/fixtures/runtime: the blueprint init writes passes `validate`, init
 * never overwrites a file, and `validate` and `check` warn when the runtime
 * has a service the blueprint lacks.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { runCliIn, tempRepo, type TempRepo } from '../support/repo.js'

const FIXTURES = path.join('test', 'fixtures', 'runtime')
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8')
const VOTING = fixture('voting-app/docker-compose.yml')

let repo: TempRepo
afterEach(() => repo?.cleanup())

describe('init --from', () => {
  it("writes a valid blueprint from the voting app's docker-compose.yml", async () => {
    repo = tempRepo({ files: { 'docker-compose.yml': VOTING } })
    const run = await runCliIn(repo, 'init', '--from', 'docker-compose.yml', '--id', 'voting')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toBe(
      'wrote voting.blueprint.yaml: 6 components and 5 dependencies from docker-compose.yml; check the facts its comments mark, then run `blueprint-docs validate`\n'
    )
    const text = repo.read('voting.blueprint.yaml')
    expect(text).toContain('runtime:\n  - docker-compose.yml\n')
    expect(text).toContain(
      '  - id: redis  # Compose service (docker-compose.yml:54)\n    type: cache'
    )
    expect(text).toContain(
      '  - id: db  # Compose service (docker-compose.yml:64)\n    type: database'
    )
    for (const [from, to] of [
      ['vote', 'redis'],
      ['result', 'db'],
      ['worker', 'redis'],
      ['worker', 'db']
    ])
      expect(text).toContain(`  - from: ${from}\n    to: ${to}  # from depends_on\n`)
    // It passes validate, and its runtime shows no drift from it.
    expect(await runCliIn(repo, 'validate')).toEqual({
      code: 0,
      out: '1 blueprint checked, all valid\n',
      err: ''
    })
    expect(await runCliIn(repo, 'generate')).toMatchObject({ code: 0 })
    expect(repo.read('voting.md')).toContain('**Blueprint ID:** voting')
  })

  it('names the blueprint after the repository folder, and never overwrites a file', async () => {
    repo = tempRepo({ files: { 'docker-compose.yml': VOTING } })
    const id = path
      .basename(repo.root)
      .toLowerCase()
      .replace(/[^a-z0-9-_.]+/g, '-')
    expect((await runCliIn(repo, 'init', '--from', 'docker-compose.yml')).code).toBe(0)
    const written = repo.read(`${id}.blueprint.yaml`)
    expect(written).toContain(`id: ${id}\n`)
    const again = await runCliIn(repo, 'init', '--from', 'docker-compose.yml')
    expect(again).toEqual({
      code: 2,
      out: '',
      err: `blueprint-docs: ${id}.blueprint.yaml already exists; init never overwrites a file: remove it or name another with --out\n`
    })
    expect(repo.read(`${id}.blueprint.yaml`)).toBe(written)
  })

  it('prints the blueprint with --out -, writing nothing', async () => {
    repo = tempRepo({ files: { 'deploy/docker-compose.yml': VOTING } })
    const run = await runCliIn(repo, 'init', 'deploy/docker-compose.yml', '--out', '-', '--id', 'v')
    expect(run.code).toBe(0)
    expect(run.out).toContain('runtime:\n  - deploy/docker-compose.yml\n')
    expect(run.err).toBe(
      'blueprint-docs: 6 components and 5 dependencies from deploy/docker-compose.yml\n'
    )
    expect(repo.git('status', '--porcelain')).toBe('?? deploy/\n')
  })

  it("reads Sock Shop's folder of manifests: one component per workload, user → user-db", async () => {
    const files: Record<string, string> = {}
    for (const f of readdirSync(path.join(FIXTURES, 'sock-shop/kubernetes/manifests')))
      files[`k8s/${f}`] = fixture(`sock-shop/kubernetes/manifests/${f}`)
    repo = tempRepo({ files })
    const run = await runCliIn(repo, 'init', '--from', 'k8s', '--out', 'arch/shop.blueprint.yaml')
    expect(run.code).toBe(0)
    expect(run.err.split('\n')).toEqual([
      'k8s/00-sock-shop-ns.yaml:2:1: note: skipped 1 Namespace: only Deployment, StatefulSet, DaemonSet, Job, CronJob and Service are read',
      expect.stringMatching(
        /^blueprint-docs: read 29 files: k8s\/00-sock-shop-ns\.yaml, k8s\/01-carts-dep\.yaml, .*, k8s\/28-user-db-svc\.yaml$/
      ),
      ''
    ])
    const text = repo.read('arch/shop.blueprint.yaml')
    expect(text).toContain('runtime:\n  - ../k8s\n')
    expect(text.match(/^ {2}- id: /gm)).toHaveLength(14)
    expect(text).toContain('  - from: user\n    to: user-db  # from env mongo\n')
    // Valid, and with no drift from the manifests it came from; Sock Shop's manifests show one
    // dependency only, so the others are orphans the architecture rules warn of (exit 0).
    const validated = await runCliIn(repo, 'validate')
    expect(validated.code).toBe(0)
    const warnings = validated.err.trim().split('\n')
    expect(warnings).toHaveLength(12)
    for (const line of warnings)
      expect(line).toMatch(/^arch\/shop\.blueprint\.yaml:\d+:9: \[orphan-component\] /)
  })

  it('refuses a malformed file with a positioned problem and writes nothing', async () => {
    repo = tempRepo({ files: { 'compose.yaml': 'services:\n  web:\n    image: [nginx\n' } })
    const run = await runCliIn(repo, 'init', '--from', 'compose.yaml', '--id', 'x')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/^compose\.yaml:\d+:\d+: YAML syntax error/)
    expect(run.err).toContain('blueprint-docs: no blueprint written\n')
    expect(repo.exists('x.blueprint.yaml')).toBe(false)
  })

  it('skips a Helm template with a note, and says when nothing runs there', async () => {
    repo = tempRepo({
      files: {
        'chart/templates/web.yaml': 'kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n'
      }
    })
    const run = await runCliIn(repo, 'init', '--from', 'chart', '--id', 'x')
    expect(run.code).toBe(2)
    expect(run.err).toContain('chart/templates/web.yaml:3:1: note: is a template')
    expect(run.err).toContain('chart:1:1: holds no Compose service and no Kubernetes workload')
  })

  it('reads the whole repository with --from ., passing over vendored code, and says what it read', async () => {
    repo = tempRepo({
      files: {
        'deploy/docker-compose.yml': `services:
  web:
    image: \${REGISTRY}/web:\${TAG:-1.0}
    environment: [API_URL]
  api:
    image: \${REGISTRY}/api
    env_file: api.env
  cache: {image: "redis:7"}
`,
        'deploy/.env': 'REGISTRY=ghcr.io/acme\nAPI_URL=http://api:8080\n',
        'deploy/api.env': 'CACHE_ADDR=cache:6379\nSEARCH_URL=http://search:9200\n',
        'deploy/docker-compose.prod.yml': 'services:\n  web: {image: nginx}\n',
        'node_modules/pkg/docker-compose.yml': 'services:\n  junk: {image: x}\n',
        'chart/Chart.yaml': 'apiVersion: v2\nname: x\n',
        'chart/templates/d.yaml': 'kind: Deployment\nmetadata: {name: {{ .Release.Name }}}\n',
        'mkdocs.yml': 'site_name: x\nmarkdown_extensions: [!!python/name:x.y]\n'
      }
    })
    const run = await runCliIn(repo, 'init', '--from', '.', '--id', 'shop')
    expect(run.code).toBe(0)
    expect(run.err.split('\n')).toEqual([
      'deploy/docker-compose.prod.yml:1:1: note: not read: docker compose reads docker-compose.yml in this folder; name this file with --from to read it instead',
      expect.stringMatching(
        /^mkdocs\.yml:2:\d+: note: passed over: not a Compose file or manifest this could read/
      ),
      'blueprint-docs: read 3 files: deploy/docker-compose.yml, deploy/.env, deploy/api.env',
      'deploy/docker-compose.yml:6:5: unresolved: service "api" has SEARCH_URL=http://search:9200, whose host "search" is no service here',
      ''
    ])
    expect(run.out).toBe(
      'wrote shop.blueprint.yaml: 3 components and 2 dependencies from .; check the facts its comments mark, then run `blueprint-docs validate`\n'
    )
    const text = repo.read('shop.blueprint.yaml')
    expect(text).toContain('runtime:\n  - "."\n')
    expect(text).toContain('    technology: web:1.0  # from image ghcr.io/acme/web:1.0\n')
    expect(text).toContain('  - from: web\n    to: api  # from environment API_URL\n')
    expect(text).toContain('  - from: api\n    to: cache  # from environment CACHE_ADDR\n')
    expect(text).not.toContain('junk')
    // The blueprint names the repository as its runtime, and shows no drift from it.
    expect(await runCliIn(repo, 'validate')).toMatchObject({ code: 0, err: '' })
  })

  it('says so when it found no dependency at all', async () => {
    repo = tempRepo({
      files: { 'compose.yaml': 'services:\n  a: {image: "x:${TAG}"}\n  b: {image: y}\n' }
    })
    const run = await runCliIn(repo, 'init', '--from', 'compose.yaml', '--id', 'x', '--out', '-')
    expect(run.code).toBe(0)
    expect(run.err).toBe(
      [
        'compose.yaml:2:14: unresolved: variable TAG has no value (no .env entry, no default): it reads as empty',
        'blueprint-docs: found no dependency at all: nothing in these files (depends_on, links, addresses in environment, command or args) names another service; add the dependencies by hand',
        'blueprint-docs: 2 components and 0 dependencies from compose.yaml',
        ''
      ].join('\n')
    )
  })

  it('drafts the OpenTelemetry demo from its folder: every service, .env read, groups', async () => {
    const files: Record<string, string> = {}
    for (const f of ['docker-compose.yml', '.env', '.env.override'])
      files[`otel/${f}`] = fixture(`otel-demo/${f}`)
    repo = tempRepo({ files })
    const run = await runCliIn(repo, 'init', '--from', 'otel', '--id', 'otel')
    expect(run.code).toBe(0)
    expect(run.err).toContain('blueprint-docs: read 2 files: otel/docker-compose.yml, otel/.env\n')
    expect(run.out).toMatch(
      /^wrote otel\.blueprint\.yaml: 28 components and 77 dependencies from otel;/
    )
    const text = repo.read('otel.blueprint.yaml')
    expect(text).not.toContain('${')
    expect(text.match(/^ {4}group: /gm)).toHaveLength(28)
    expect(await runCliIn(repo, 'validate')).toMatchObject({ code: 0 })
  })

  it('refuses a path outside the repository', async () => {
    repo = tempRepo({ files: { 'a.txt': '' } })
    const run = await runCliIn(repo, 'init', '--from', '../../etc/hosts', '--id', 'x')
    expect(run.code).toBe(2)
    expect(run.err).toContain('is outside the repository')
  })
})

describe('drift', () => {
  const BLUEPRINT = `id: voting
project: demo
runtime: ../docker-compose.yml
components:
  - id: vote
  - id: result
  - id: worker
  - id: redis
    type: cache
  - id: db
    type: database
dependencies:
  - {from: vote, to: redis}
  - {from: result, to: db}
  - {from: worker, to: redis}
  - {from: worker, to: db}
`

  it('warns of a Compose service with no component in validate and check, exit 0', async () => {
    repo = tempRepo({
      files: { 'docker-compose.yml': VOTING, 'arch/voting.blueprint.yaml': BLUEPRINT }
    })
    const warning =
      'arch/voting.blueprint.yaml:3:10: [drift-missing-component] Compose service "seed" (docker-compose.yml:81) has no component; add one with id "seed" (or with `runtime: seed`)\n'
    expect(await runCliIn(repo, 'validate')).toEqual({
      code: 0,
      out: '1 blueprint checked, all valid, 1 warning\n',
      err: warning
    })
    expect((await runCliIn(repo, 'generate')).code).toBe(0)
    const check = await runCliIn(repo, 'check')
    expect(check).toMatchObject({ code: 0, err: warning })
  })

  it('is an error (exit 2) when .blueprint-docs.yaml says so, and the document is still written', async () => {
    repo = tempRepo({
      files: {
        'docker-compose.yml': VOTING,
        'arch/voting.blueprint.yaml': BLUEPRINT,
        '.blueprint-docs.yaml': 'rules:\n  drift-missing-component: error\n'
      }
    })
    const validated = await runCliIn(repo, 'validate')
    expect(validated.code).toBe(2)
    expect(validated.out).toBe('1 blueprint checked, 1 problem\n')
    expect(validated.err).toMatch(
      /^arch\/voting\.blueprint\.yaml:3:10: \[drift-missing-component\] /
    )
    expect((await runCliIn(repo, 'generate')).code).toBe(2)
    expect(repo.read('arch/voting.md')).toContain('# System Architecture Documentation')
  })

  it('shows in the review of the change that added the service', async () => {
    const withoutSeed = BLUEPRINT.replace('runtime: ../docker-compose.yml', 'runtime: ../ops.yml')
    repo = tempRepo({
      files: {
        'ops.yml': 'services:\n  vote:\n    image: app/vote\n  redis:\n    image: redis\n',
        'arch/voting.blueprint.yaml': withoutSeed
          .replace(/ {2}- id: result\n| {2}- id: worker\n| {2}- id: db\n {4}type: database\n/g, '')
          .replace(/dependencies:\n(.|\n)*$/, 'dependencies:\n  - {from: vote, to: redis}\n')
      }
    })
    expect(await runCliIn(repo, 'validate')).toMatchObject({ code: 0, err: '' })
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('ops.yml', `${repo.read('ops.yml')}  cache:\n    image: memcached\n`)
    repo.commit('add a service')
    const run = await runCliIn(repo, 'diff', '--base', 'main')
    expect(run.code).toBe(0)
    expect(run.out).toContain('**Findings this pull request introduces:**')
    expect(run.out).toMatch(
      /⚠️ warning arch\/voting\.blueprint\.yaml:3:10: \\\[drift-missing-component\\\] Compose service "cache"/
    )
  })

  it('does not list drift that was there before the change as one it introduces', async () => {
    const withoutSeed = BLUEPRINT.replace('runtime: ../docker-compose.yml', 'runtime: ../ops.yml')
    const blueprint = withoutSeed
      .replace(/ {2}- id: result\n| {2}- id: worker\n| {2}- id: db\n {4}type: database\n/g, '')
      .replace(/dependencies:\n(.|\n)*$/, 'dependencies:\n  - {from: vote, to: redis}\n')
    repo = tempRepo({
      files: {
        'ops.yml':
          'services:\n  vote:\n    image: app/vote\n  redis:\n    image: redis\n  legacy:\n    image: app/legacy\n',
        'arch/voting.blueprint.yaml': blueprint
      }
    })
    expect((await runCliIn(repo, 'validate')).err).toContain('Compose service "legacy"')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write(
      'arch/voting.blueprint.yaml',
      blueprint.replace('project: demo\n', 'project: demo\noverview: Votes.\n')
    )
    repo.commit('an overview')
    const run = await runCliIn(repo, 'diff', '--base', 'main')
    expect(run.code).toBe(0)
    expect(run.out).toContain('`arch/voting.blueprint.yaml`')
    expect(run.out).not.toContain('legacy')
  })

  it('says nothing once the service is a component (by `runtime:`) with its dependency', async () => {
    const fixed = BLUEPRINT.replace(
      '  - id: db\n',
      '  - id: seeder\n    runtime: seed\n  - id: db\n'
    ).replace('dependencies:\n', 'dependencies:\n  - {from: seeder, to: vote}\n')
    repo = tempRepo({
      files: { 'docker-compose.yml': VOTING, 'arch/voting.blueprint.yaml': fixed }
    })
    expect(await runCliIn(repo, 'validate')).toEqual({
      code: 0,
      out: '1 blueprint checked, all valid\n',
      err: ''
    })
  })

  it('is an error when the runtime file is missing', async () => {
    repo = tempRepo({ files: { 'arch/voting.blueprint.yaml': BLUEPRINT } })
    expect(await runCliIn(repo, 'validate')).toEqual({
      code: 2,
      out: '1 blueprint checked, 1 problem\n',
      err: 'arch/voting.blueprint.yaml:3:10: runtime file docker-compose.yml does not exist\n'
    })
  })
})
