/**
 * Architecture rules end to end, through the bundles as users run them: the command line's
 * `validate`, `check --sarif`, `generate` and `diff` in a real repository with three
 * blueprints, a cycle, an orphan and a typo'd type, with and without `.blueprint-docs.yaml`;
 * and the action's annotations, SARIF file, failed step and pull-request comment.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { builtBundles } from '../support/action-runner.js'
import { tempRepo, type TempRepo } from '../support/repo.js'
import { sarifErrors } from '../support/sarif.js'
import {
  apiRequests,
  checkout,
  gh,
  json,
  runPull,
  runPush,
  useFakeGitHub,
  warnings,
  errors
} from './world.js'

const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** A dependency cycle: api → ledger → api (line 13 closes it). */
const PAYMENTS = `id: payments
project: acme
components:
  - id: api
    type: service
  - id: ledger
    type: service
  - id: db
    type: database
dependencies:
  - from: api
    to: ledger
  - from: ledger
    to: api
  - from: ledger
    to: db
`
/** An orphan: \`audit\` (line 8) has no dependency. */
const SHOP = `id: shop
project: acme
components:
  - id: web
    type: frontend
  - id: orders
    type: service
  - id: audit
    type: storage
dependencies:
  - from: web
    to: orders
`
/** A typo'd type: \`databse\` (line 7, column 11). */
const SEARCH = `id: search
project: acme
components:
  - id: indexer
    type: service
  - id: index
    type: databse
dependencies:
  - from: indexer
    to: index
`

const FINDINGS = [
  'payments/payments.blueprint.yaml:13:5: [dependency-cycle] synchronous dependencies form a cycle: "api" → "ledger" → "api"; make one of them async: true or break the cycle',
  'search/search.blueprint.yaml:7:11: [unknown-type] component "index" has type "databse", which is not a known type; it is drawn as a service (did you mean "database"?)',
  'shop/shop.blueprint.yaml:8:9: [orphan-component] component "audit" has no dependency in or out; connect it or remove it'
]

const DOCS = ['payments/payments.md', 'search/search.md', 'shop/shop.md']

function threeBlueprints(): TempRepo {
  const repo = tempRepo({
    files: {
      'payments/payments.blueprint.yaml': PAYMENTS,
      'shop/shop.blueprint.yaml': SHOP,
      'search/search.blueprint.yaml': SEARCH
    }
  })
  repo.commit('three systems')
  return repo
}

const lines = (text: string) => text.split('\n').filter(Boolean)

/** `npx blueprint-docs …` in `cwd`, keeping stderr whatever the exit code (warnings go there). */
function runCliBundle(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [builtBundles().cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}

describe('the command line', () => {
  let repo: TempRepo
  beforeEach(() => {
    repo = threeBlueprints()
  })
  afterEach(() => repo.cleanup())

  it('validate prints each finding at its line with its rule id; warnings keep exit 0', () => {
    const run = runCliBundle(repo.root, 'validate')
    expect(lines(run.stderr)).toEqual(FINDINGS)
    expect(run.stdout).toBe('3 blueprints checked, all valid, 3 warnings\n')
    expect(run.code).toBe(0)
  })

  it('check --sarif writes every finding as SARIF 2.1.0 that the official schema accepts', () => {
    expect(runCliBundle(repo.root, 'generate').code).toBe(0)
    const run = runCliBundle(repo.root, 'check', '--sarif', 'out.sarif')
    expect(run.code).toBe(0)
    expect(lines(run.stderr)).toEqual(FINDINGS)
    expect(run.stdout).toContain('wrote out.sarif (SARIF 2.1.0, 3 results)')
    const log = JSON.parse(repo.read('out.sarif')) as {
      version: string
      runs: Array<{
        tool: { driver: { name: string; version: string } }
        results: Array<{
          ruleId: string
          level: string
          locations: Array<{
            physicalLocation: {
              artifactLocation: { uri: string }
              region: { startLine: number; startColumn: number }
            }
          }>
        }>
      }>
    }
    expect(sarifErrors(log)).toEqual([])
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'blueprint-docs', version: VERSION })
    expect(
      log.runs[0]?.results.map((r) => {
        const where = r.locations[0]?.physicalLocation
        return `${where?.artifactLocation.uri}:${where?.region.startLine}:${where?.region.startColumn} ${r.ruleId} ${r.level}`
      })
    ).toEqual([
      'payments/payments.blueprint.yaml:13:5 dependency-cycle warning',
      'search/search.blueprint.yaml:7:11 unknown-type warning',
      'shop/shop.blueprint.yaml:8:9 orphan-component warning'
    ])
  })

  it('a rule set to error in .blueprint-docs.yaml fails validate and generate, and the documents are still written', () => {
    repo.write(
      '.blueprint-docs.yaml',
      'rules:\n  dependency-cycle: error\n  orphan-component: off\n'
    )
    const validated = runCliBundle(repo.root, 'validate')
    expect(validated.code).toBe(2)
    expect(lines(validated.stderr)).toEqual([FINDINGS[0], FINDINGS[1]])
    expect(validated.stdout).toBe('3 blueprints checked, 1 problem, 1 warning\n')

    const generated = runCliBundle(repo.root, 'generate')
    expect(generated.code).toBe(2)
    expect(lines(generated.stderr)).toEqual([FINDINGS[0], FINDINGS[1]])
    for (const doc of DOCS) expect(repo.exists(doc)).toBe(true)
    expect(repo.read('payments/payments.md')).toContain('**Blueprint ID:** payments')
    expect(generated.stdout).toContain('3 blueprints, 3 documents written or removed, 1 problem')

    // check fails on the finding too, and its SARIF says error.
    const checked = runCliBundle(repo.root, 'check', '--sarif', 'out.sarif')
    expect(checked.code).toBe(2)
    expect(checked.stdout).toContain('wrote out.sarif')
    expect(repo.read('out.sarif')).toContain('"level": "error"')
  })

  it('takes globs and output from .blueprint-docs.yaml, options over them, and the fix command repeats neither', () => {
    repo.write(
      '.blueprint-docs.yaml',
      'blueprints:\n  - shop/*.blueprint.yaml\noutput: docs/{id}.md\n'
    )
    const stale = runCliBundle(repo.root, 'check')
    expect(stale.code).toBe(1)
    expect(stale.stdout).toContain(
      'stale: docs/shop.md is missing (blueprint shop/shop.blueprint.yaml)'
    )
    expect(stale.stdout).toContain(
      `1 document is out of date; run \`npx --yes blueprint-docs@${VERSION} generate\` and commit the result`
    )
    expect(runCliBundle(repo.root, 'generate').code).toBe(0)
    expect(repo.exists('docs/shop.md')).toBe(true)
    expect(repo.exists('docs/payments.md')).toBe(false)
    // An option wins over the configuration, and is repeated in the fix command.
    const given = runCliBundle(repo.root, 'check', '--output', '{dir}/{name}.md')
    expect(given.code).toBe(1)
    expect(given.stdout).toContain(`generate --output '{dir}/{name}.md'`)
  })

  it('a mistake in .blueprint-docs.yaml is a positioned error with a suggestion', () => {
    repo.write('.blueprint-docs.yaml', 'rules:\n  dependency-cycles: error\n')
    const run = runCliBundle(repo.root, 'validate')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      '.blueprint-docs.yaml:2:3: unknown key "dependency-cycles" in "rules" (did you mean "dependency-cycle"?)\n'
    )
  })

  it('diff lists only the findings the branch introduces', () => {
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write(
      'shop/shop.blueprint.yaml',
      SHOP.replace('dependencies:', '  - id: mailer\n    type: service\ndependencies:')
    )
    repo.commit('add a mailer')
    const run = runCliBundle(repo.root, 'diff', '--base', 'main')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('**Findings this pull request introduces:**')
    expect(run.stdout).toContain('component "mailer" has no dependency in or out')
    expect(run.stdout).not.toContain('component "audit"')
    expect(run.stdout).not.toContain('dependency-cycle')
  })
})

describe('the action', () => {
  useFakeGitHub()

  it('annotates each finding at its line with the rule id as title, writes SARIF, and fails only on error findings', async () => {
    const before = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# acme\n' } })
    const after = await gh.pushFiles({
      branch: 'main',
      files: {
        'payments/payments.blueprint.yaml': PAYMENTS,
        'shop/shop.blueprint.yaml': SHOP,
        'search/search.blueprint.yaml': SEARCH
      }
    })
    const workspace = checkout(after)
    const run = await runPush(before, after, { sarif: 'reports/blueprints.sarif' }, { workspace })
    expect(run.code).toBe(0)
    expect(
      warnings(run).map((a) => `${a.file}:${a.line}:${a.col} ${a.raw.match(/title=([^,:]+)/)?.[1]}`)
    ).toEqual([
      'payments/payments.blueprint.yaml:13:5 dependency-cycle',
      'search/search.blueprint.yaml:7:11 unknown-type',
      'shop/shop.blueprint.yaml:8:9 orphan-component'
    ])
    expect(run.stdout).toContain(
      '::warning title=orphan-component,file=shop/shop.blueprint.yaml,line=8,col=9::component "audit" has no dependency in or out; connect it or remove it'
    )
    expect(errors(run)).toEqual([])
    expect(json(run.outputs['changed-docs'])).toEqual(DOCS)
    expect(run.summary).toContain('### Architecture rule findings')
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/blueprints.sarif'), 'utf8'))
    expect(sarifErrors(sarif)).toEqual([])
    expect(JSON.stringify(sarif)).toContain('"uri":"shop/shop.blueprint.yaml"')
    // The command line reports the same results on the same repository: one report, two doors.
    expect(runCliBundle(workspace, 'check', '--sarif', 'cli.sarif').code).toBe(0)
    const cli = JSON.parse(readFileSync(path.join(workspace, 'cli.sarif'), 'utf8'))
    expect(cli.runs[0].results).toEqual(sarif.runs[0].results)
    expect(sarif.runs[0].results).toHaveLength(3)

    // With the cycle at error in the repository's configuration: the step fails, the documents
    // are still committed.
    const configured = await gh.pushFiles({
      branch: 'main',
      files: {
        '.blueprint-docs.yaml': 'rules:\n  dependency-cycle: error\n',
        'payments/payments.blueprint.yaml': `${PAYMENTS}  - from: api\n    to: db\n`
      }
    })
    const failing = await runPush(
      await gh.git(['rev-parse', `${configured}~1`]).then((s) => s.trim()),
      configured
    )
    expect(failing.code).toBe(1)
    expect(errors(failing).map((a) => `${a.file}:${a.line}:${a.col} ${a.message}`)).toContain(
      'payments/payments.blueprint.yaml:13:5 synchronous dependencies form a cycle: "api" → "ledger" → "api"; make one of them async: true or break the cycle'
    )
    expect(json(failing.outputs['changed-docs'])).toEqual(['payments/payments.md'])
    expect(failing.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
  })

  it('comments the findings a pull request introduces, edits only when the body changes, and says in one line when nothing differs any more', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: {
        'shop/shop.blueprint.yaml': SHOP,
        'payments/payments.blueprint.yaml': PAYMENTS
      }
    })
    const withMailer = SHOP.replace(
      'dependencies:',
      '  - id: mailer\n    type: service\ndependencies:'
    )
    const first = await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'shop/shop.blueprint.yaml': withMailer },
      message: 'add a mailer'
    })
    gh.addPullRequest({ number: 2, head: 'feature', base: 'main' })
    const ours = () => gh.comments(2).filter((c) => c.user.login === 'github-actions[bot]')
    const patches = () => apiRequests('PATCH', /\/issues\/comments\/\d+$/)

    const opened = await runPull({ action: 'opened' })
    expect(opened.code).toBe(0)
    expect(ours()).toHaveLength(1)
    const body = ours()[0]!.body
    expect(body).toContain('**Findings this pull request introduces:**')
    expect(body).toContain('component "mailer" has no dependency in or out')
    // Present at the base too: not introduced by this pull request.
    expect(body).not.toContain('component "audit"')
    expect(body).not.toContain('dependency-cycle')

    // The same head again (a re-run): the body would not change, so no edit.
    const rerun = await runPull({ action: 'synchronize', before: first })
    expect(rerun.code).toBe(0)
    expect(patches()).toHaveLength(0)
    expect(ours()[0]!.body).toBe(body)
    expect(rerun.stdout).toContain('the comment is already up to date')

    // Reverted: one line says nothing differs any more.
    const reverted = await gh.pushFiles({
      branch: 'feature',
      files: { 'shop/shop.blueprint.yaml': SHOP },
      message: 'no mailer after all'
    })
    await runPull({ action: 'synchronize', before: first })
    expect(patches()).toHaveLength(1)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toBe(
      '<!-- blueprint-docs:comment tag=blueprint-docs -->\n## Architecture review\n\nNo architecture or document changes any more.'
    )
    await runPull({ action: 'synchronize', before: reverted })
    expect(patches()).toHaveLength(1)
  })

  it('does not comment a finding the base already had: a reference broken on main is not the pull request’s', async () => {
    const broken = SHOP.replace(
      '    to: orders\n',
      '    to: orders\n  - from: orders\n    to: payments/refunds\n'
    )
    await gh.pushFiles({
      branch: 'main',
      files: {
        '.blueprint-docs.yaml': 'rules:\n  cross-reference: warning\n',
        'shop/shop.blueprint.yaml': broken,
        'payments/payments.blueprint.yaml': PAYMENTS
      }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: {
        'shop/shop.blueprint.yaml': broken.replace(
          'project: acme\n',
          'project: acme\ntitle: Shop\n'
        )
      },
      message: 'a title'
    })
    gh.addPullRequest({ number: 2, head: 'feature', base: 'main' })
    const opened = await runPull({ action: 'opened' })
    expect(opened.code).toBe(0)
    // The head has the finding (annotated), the comment does not call it new.
    expect(opened.stdout).toContain(
      '::warning title=cross-reference,file=shop/shop.blueprint.yaml,'
    )
    const body = gh.comments(2).find((c) => c.user.login === 'github-actions[bot]')?.body ?? ''
    expect(body).toContain('`shop/shop.blueprint.yaml`')
    expect(body).not.toContain('cross-reference')
  })

  it('takes output from .blueprint-docs.yaml, so the fix command needs no options; a broken one fails the step at its line', async () => {
    const before = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# acme\n' } })
    const after = await gh.pushFiles({
      branch: 'main',
      files: {
        '.blueprint-docs.yaml': 'output: docs/{id}.md\n',
        'shop/shop.blueprint.yaml': SHOP
      }
    })
    const checked = await runPush(before, after, { mode: 'check' })
    expect(checked.code).toBe(1)
    expect(errors(checked).map((a) => `${a.file} ${a.message}`)).toContain(
      `docs/shop.md docs/shop.md is out of date with its blueprint shop/shop.blueprint.yaml; run \`npx --yes blueprint-docs@${VERSION} generate\` and commit the result`
    )

    const broken = await gh.pushFiles({
      branch: 'main',
      files: { '.blueprint-docs.yaml': 'output: docs/{id}.md\nrules:\n  orphan-components: off\n' }
    })
    const failed = await runPush(after, broken, {}, { complete: false })
    expect(failed.code).toBe(1)
    expect(errors(failed)[0]).toMatchObject({
      file: '.blueprint-docs.yaml',
      line: 3,
      col: 3,
      message: 'unknown key "orphan-components" in "rules" (did you mean "orphan-component"?)'
    })
    expect(apiRequests('POST', /\/git\/commits$/)).toHaveLength(0)
  })

  it('posts no comment on a pull request that changes no architecture and has none yet', async () => {
    await gh.pushFiles({ branch: 'main', files: { 'shop/shop.blueprint.yaml': SHOP } })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'README.md': '# shop\n' }
    })
    gh.addPullRequest({ number: 2, head: 'feature', base: 'main' })
    const run = await runPull({ action: 'opened' })
    expect(run.code).toBe(0)
    expect(gh.comments(2)).toHaveLength(0)
    expect(apiRequests('POST', /\/issues\/\d+\/comments$/)).toHaveLength(0)
    expect(apiRequests('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0)
  })
})
