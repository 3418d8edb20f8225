/**
 * Acceptance: the action bundle built from src/ on push
 * events, commit mode. Each test: a fresh fake GitHub over a bare repository
 * and a fresh workspace cloned from it.
 */
import { symlinkSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../support/github-server.js'
import {
  DevClone,
  api,
  errors,
  checkout,
  cleanupTemps,
  count,
  filesIn,
  fixedLines,
  head,
  headings,
  jsonOut,
  missingFixedLine,
  parents,
  pushPayload,
  runAction,
  seedText,
  show,
  tempDir,
  type ActionRun
} from './harness.js'
import {
  BILLING,
  BILLING_MD,
  INVENTORY,
  INVENTORY_MD,
  LEDGER,
  LEDGER_MD,
  TRACKING,
  TRACKING_MD,
  DUNNING_COMPONENT,
  FRAUD_COMPONENT,
  FRAUD_DEPENDENCY,
  LEDGER_INVALID_LINE,
  billing,
  inventory,
  ledger,
  ledgerInvalid,
  tracking
} from './blueprints.js'
import { ZERO_SHA } from '../../../src/project/event.js'

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'northwind', repo: 'platform' })
})
afterEach(async () => {
  await gh.close()
  cleanupTemps()
})

async function push(
  before: string,
  after: string,
  o: { branch?: string; depth?: number; inputs?: Record<string, string>; dir?: string } = {}
): Promise<ActionRun> {
  const branch = o.branch ?? 'main'
  const workspace = checkout(gh, after, {
    branch,
    ...(o.depth ? { depth: o.depth } : {}),
    ...(o.dir ? { dir: o.dir } : {})
  })
  return runAction({
    gh,
    workspace,
    eventName: 'push',
    payload: pushPayload(gh, { before, after, branch }),
    ref: `refs/heads/${branch}`,
    sha: after,
    inputs: o.inputs ?? {}
  })
}

const sorted = (v: unknown) => [...(v as string[])].sort()
const writes = (from = 0) => gh.requests.slice(from).filter((r) => r.method !== 'GET')

/** Asserts the standard format: headings in order, every fixed line in order, the metrics. */
function expectStandardDocument(
  doc: string | undefined,
  o: {
    id: string
    blueprintPath: string
    components: number
    dependencies: number
    generated?: string
  }
): void {
  expect(doc).toBeDefined()
  const text = doc as string
  const seed = seedText()
  expect(headings(text)).toEqual(headings(seed))
  expect(missingFixedLine(text, fixedLines(seed))).toBeUndefined()
  expect(text).toContain('**Project:** northwind-freight')
  expect(text).toContain(`**Blueprint ID:** ${o.id}`)
  expect(text).toContain(`- **Components:** ${o.components}`)
  expect(text).toContain(`- **Dependencies:** ${o.dependencies}`)
  expect(text).toContain('- **Diagram Type:** flowchart')
  expect(text).toMatch(/## System Architecture Diagram\n\n```mermaid\n(flowchart|graph) /)
  if (o.generated)
    expect(text).toMatch(
      new RegExp(`\\*\\*Generated:\\*\\* ${o.generated.replace('Z', '')}(\\.000)?Z`)
    )
  // The generated marker names the blueprint.
  const marker = new RegExp(
    `<!--[^]*?${o.blueprintPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^]*?-->`
  )
  expect(text).toMatch(marker)
}

describe('push → commit', () => {
  it('makes one verified-style API commit on top of the pushed sha, with the documents of the changed blueprints in the standard format', async () => {
    const dev = new DevClone(gh)
    dev
      .write('README.md', '# Northwind platform\n')
      .write(BILLING, billing())
      .write(TRACKING, tracking())
    const c0 = dev.commit('initial architecture', '2026-03-01T09:00:00Z')
    dev.push()
    dev
      .write(BILLING, billing({ components: FRAUD_COMPONENT, dependencies: FRAUD_DEPENDENCY }))
      .write(INVENTORY, inventory())
    const c1 = dev.commit('billing: screen card payments; add inventory', '2026-03-04T05:06:07Z')
    dev.push()

    const run = await push(c0, c1)
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })

    const after = await head(gh)
    expect(await count(gh, `${c1}..${after}`)).toBe(1)
    expect(await parents(gh, after)).toEqual([c1])
    expect(run.outputs['commit-sha']).toBe(after)
    expect((await gh.git(['log', '-1', '--format=%s', after])).trim()).toBe(
      'docs: regenerate architecture docs'
    )
    expect(sorted(jsonOut(run, 'blueprints'))).toEqual([BILLING, INVENTORY])
    expect(sorted(jsonOut(run, 'changed-docs'))).toEqual([BILLING_MD, INVENTORY_MD])
    // Only the documents of the changed blueprints: tracking was not in the push.
    expect((await gh.git(['diff', '--name-only', c1, after])).trim().split('\n').sort()).toEqual([
      BILLING_MD,
      INVENTORY_MD
    ])
    expect(await show(gh, after, TRACKING_MD)).toBeUndefined()

    const doc = await show(gh, after, BILLING_MD)
    expectStandardDocument(doc, {
      id: 'billing',
      blueprintPath: BILLING,
      components: 5,
      dependencies: 4,
      generated: '2026-03-04T05:06:07Z'
    })
    expect(doc).toContain('Fraud screening')
    expect(doc).toContain('Invoices shippers for completed deliveries')
    expect(doc).toMatch(/```mermaid\n(flowchart|graph) LR/)
    expectStandardDocument(await show(gh, after, INVENTORY_MD), {
      id: 'inventory',
      blueprintPath: INVENTORY,
      components: 3,
      dependencies: 2,
      generated: '2026-03-04T05:06:07Z'
    })

    // Through the Git Data API, unforced, with no custom author: GitHub marks it verified.
    const trees = gh.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/git/trees') && r.status === 201
    )
    const commits = gh.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/git/commits') && r.status === 201
    )
    const refs = gh.requests.filter(
      (r) => r.method === 'PATCH' && r.path.includes('/git/refs/heads/main')
    )
    expect(trees).toHaveLength(1)
    expect((trees[0]?.body as Record<string, unknown>)['base_tree']).toEqual(expect.any(String))
    expect(commits).toHaveLength(1)
    expect(commits[0]?.body).not.toHaveProperty('author')
    expect(commits[0]?.body).not.toHaveProperty('committer')
    expect(refs.map((r) => (r.body as Record<string, unknown>)['force'])).toEqual([false])
    expect(
      ((await api(gh, `/git/commits/${after}`))['verification'] as Record<string, unknown>)[
        'verified'
      ]
    ).toBe(true)
    expect(run.summary.trim()).not.toBe('')
  })

  it("the action's own commit changes nothing: no commit, no write request", async () => {
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(BILLING, billing()).write(INVENTORY, inventory())
    const c1 = dev.commit('add billing and inventory', '2026-03-02T10:00:00Z')
    dev.push()
    const first = await push(c0, c1)
    expect(first.code).toBe(0)
    const bot = await head(gh)
    expect(bot).not.toBe(c1)

    const mark = gh.requests.length
    const second = await push(c1, bot)
    expect({ code: second.code, errors: errors(second) }).toEqual({ code: 0, errors: [] })
    expect(await head(gh)).toBe(bot)
    expect(second.outputs['commit-sha'] ?? '').toBe('')
    expect(jsonOut(second, 'changed-docs')).toEqual([])
    expect(writes(mark).map((r) => `${r.method} ${r.path}`)).toEqual([])
  })

  it('invalid blueprint → positioned error annotation, nothing of it written, the others committed, the step fails', async () => {
    const dev = new DevClone(gh)
    dev.write(BILLING, billing()).write(LEDGER, ledger())
    dev.commit('billing and ledger', '2026-03-01T09:00:00Z')
    const gen = dev.cli('generate')
    expect(gen.code).toBe(0)
    const c0 = dev.commit('docs', '2026-03-01T09:05:00Z')
    dev.push()
    const ledgerDocBefore = dev.read(LEDGER_MD)
    dev
      .write(LEDGER, ledgerInvalid())
      .write(BILLING, billing({ components: FRAUD_COMPONENT, dependencies: FRAUD_DEPENDENCY }))
    const c1 = dev.commit(
      'ledger: name maintainer; billing: fraud screening',
      '2026-03-05T11:00:00Z'
    )
    dev.push()

    const run = await push(c0, c1)
    expect(run.code).not.toBe(0)
    const onLedger = errors(run).filter((a) => a.file === LEDGER)
    expect(onLedger.length).toBeGreaterThan(0)
    expect(onLedger[0]).toEqual(
      expect.objectContaining({ file: LEDGER, line: LEDGER_INVALID_LINE, col: 1 })
    )
    expect(onLedger[0]?.message).toMatch(/maintainer/)
    expect(onLedger[0]?.raw).toMatch(
      new RegExp(`file=${LEDGER},line=${LEDGER_INVALID_LINE},col=\\d+`)
    )

    const after = await head(gh)
    expect(await parents(gh, after)).toEqual([c1])
    expect(await show(gh, after, BILLING_MD)).toContain('Fraud screening')
    expect(await show(gh, after, LEDGER_MD)).toBe(ledgerDocBefore)
    expect((await gh.git(['diff', '--name-only', c1, after])).trim()).toBe(BILLING_MD)
    expect(jsonOut(run, 'changed-docs')).toEqual([BILLING_MD])
    expect(run.outputs['commit-sha']).toBe(after)
  })

  it('deleted blueprint → its document deleted (tree entry with sha: null), the other left alone', async () => {
    const dev = new DevClone(gh)
    dev.write(BILLING, billing()).write(INVENTORY, inventory())
    dev.commit('blueprints', '2026-03-01T09:00:00Z')
    expect(dev.cli('generate').code).toBe(0)
    const c0 = dev.commit('docs', '2026-03-01T09:05:00Z')
    dev.push()
    const billingDoc = dev.read(BILLING_MD)
    dev.rm(INVENTORY)
    const c1 = dev.commit('inventory moved to the WMS vendor', '2026-03-06T08:00:00Z')
    dev.push()

    const run = await push(c0, c1)
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    const after = await head(gh)
    expect(await parents(gh, after)).toEqual([c1])
    expect(await filesIn(gh, after)).not.toContain(INVENTORY_MD)
    expect(await show(gh, after, BILLING_MD)).toBe(billingDoc)
    expect(jsonOut(run, 'changed-docs')).toEqual([INVENTORY_MD])
    const tree = gh.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/git/trees') && r.status === 201
    )
    expect((tree?.body as { tree: Array<Record<string, unknown>> }).tree).toContainEqual(
      expect.objectContaining({ path: INVENTORY_MD, sha: null })
    )
  })

  it('shallow clone (depth 1) → history from the API; only the changed blueprint, one commit', async () => {
    const dev = new DevClone(gh)
    dev.write(BILLING, billing()).write(TRACKING, tracking())
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(BILLING, billing({ components: DUNNING_COMPONENT }))
    const c1 = dev.commit('billing: dunning', '2026-03-07T07:07:07Z')
    dev.push()

    const run = await push(c0, c1, { depth: 1 })
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    expect(jsonOut(run, 'blueprints')).toEqual([BILLING])
    const after = await head(gh)
    expect(await parents(gh, after)).toEqual([c1])
    expect(await show(gh, after, TRACKING_MD)).toBeUndefined()
    const doc = await show(gh, after, BILLING_MD)
    expectStandardDocument(doc, {
      id: 'billing',
      blueprintPath: BILLING,
      components: 5,
      dependencies: 3,
      generated: '2026-03-07T07:07:07Z'
    })
    expect(doc).toContain('Dunning worker')
    expect(gh.requests.some((r) => r.method === 'GET' && /\/compare\//.test(r.path))).toBe(true)
  })

  it('new branch (before = forty zeros) → blueprints changed against the default branch, committed to the new branch', async () => {
    const dev = new DevClone(gh)
    dev.write(BILLING, billing())
    dev.commit('billing', '2026-03-01T09:00:00Z')
    expect(dev.cli('generate').code).toBe(0)
    const c0 = dev.commit('docs', '2026-03-01T09:05:00Z')
    dev.push()
    dev.git('checkout', '-q', '-b', 'feature/inventory')
    dev.write(INVENTORY, inventory('First draft.'))
    dev.commit('inventory: first draft', '2026-03-08T08:00:00Z')
    dev.write(INVENTORY, inventory())
    const c2 = dev.commit('inventory: review notes', '2026-03-08T09:30:00Z')
    dev.push('feature/inventory')

    const run = await push(ZERO_SHA, c2, { branch: 'feature/inventory' })
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    expect(jsonOut(run, 'blueprints')).toEqual([INVENTORY])
    const after = await head(gh, 'feature/inventory')
    expect(await parents(gh, after)).toEqual([c2])
    expect(run.outputs['commit-sha']).toBe(after)
    expectStandardDocument(await show(gh, after, INVENTORY_MD), {
      id: 'inventory',
      blueprintPath: INVENTORY,
      components: 3,
      dependencies: 2,
      generated: '2026-03-08T09:30:00Z'
    })
    expect((await gh.git(['diff', '--name-only', c2, after])).trim()).toBe(INVENTORY_MD)
    expect(await head(gh, 'main')).toBe(c0)
  })

  it('a race on the ref → regenerates on the new head and retries; never forces', async () => {
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(BILLING, billing()).write(INVENTORY, inventory())
    const c1 = dev.commit('billing and inventory', '2026-03-02T09:00:00Z')
    dev.push()
    let racer = ''
    gh.beforeRefUpdate(async () => {
      racer = await gh.pushFiles({
        branch: 'main',
        message: 'billing: dunning worker (pushed meanwhile)',
        files: {
          'CHANGELOG.md': '## 2026-03\n- dunning\n',
          [BILLING]: billing({ components: DUNNING_COMPONENT })
        }
      })
    })

    const run = await push(c0, c1)
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    expect(racer).not.toBe('')
    const after = await head(gh)
    expect(await parents(gh, after)).toEqual([racer])
    expect(run.outputs['commit-sha']).toBe(after)
    expect(await show(gh, after, 'CHANGELOG.md')).toBe('## 2026-03\n- dunning\n')
    expect(await show(gh, after, INVENTORY_MD)).toContain('Stock service')
    const refs = gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))
    expect(refs.length).toBeGreaterThanOrEqual(2)
    expect(refs.map((r) => (r.body as Record<string, unknown>)['force'])).toEqual(
      refs.map(() => false)
    )
    // Regenerated on the new head: the billing document shows the component pushed meanwhile.
    expect(await show(gh, after, BILLING_MD)).toContain('Dunning worker')
  })

  it('a 502 from the API → retried (reads from a shallow clone and writes), the commit is made', async () => {
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(BILLING, billing())
    const c1 = dev.commit('billing', '2026-03-02T09:00:00Z')
    dev.push()
    gh.failNext({ method: 'GET', path: /\/compare\//, status: 502 })
    gh.failNext({ method: 'POST', path: /\/git\/trees$/, status: 502 })
    gh.failNext({ method: 'POST', path: /\/git\/commits$/, status: 502 })

    const run = await push(c0, c1, { depth: 1 })
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    expect(jsonOut(run, 'blueprints')).toEqual([BILLING])
    const after = await head(gh)
    expect(await parents(gh, after)).toEqual([c1])
    expect(await show(gh, after, BILLING_MD)).toContain('Billing API')
    const statuses = (method: string, re: RegExp) =>
      gh.requests.filter((r) => r.method === method && re.test(r.path)).map((r) => r.status)
    expect(statuses('GET', /\/compare\//)).toEqual([502, 200])
    expect(statuses('POST', /\/git\/trees$/)).toEqual([502, 201])
    expect(statuses('POST', /\/git\/commits$/)).toEqual([502, 201])
  })

  it('a 502 that does not go away → retried a bounded number of times, then the step fails with a clear error, and still writes its job summary and outputs', async () => {
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(BILLING, billing())
    const c1 = dev.commit('billing', '2026-03-02T09:00:00Z')
    dev.push()
    gh.failNext({ method: 'POST', path: /\/git\/trees$/, status: 502, times: 1000 })

    const run = await push(c0, c1)
    expect(run.code).not.toBe(0)
    const attempts = gh.requests.filter(
      (r) => r.method === 'POST' && /\/git\/trees$/.test(r.path)
    ).length
    expect(attempts).toBeGreaterThan(1)
    expect(attempts).toBeLessThan(20)
    expect(
      errors(run)
        .map((a) => a.message)
        .join('\n')
    ).toMatch(/502/)
    expect(await head(gh)).toBe(c1)
    // "Every mode writes a job summary"; every output of action.yml is set.
    expect(run.summary.trim()).not.toBe('')
    expect(jsonOut(run, 'blueprints')).toEqual([BILLING])
    expect(run.outputs['commit-sha']).toBe('')
  })

  it('a hand-written file at the output path → error, never overwritten; the other blueprint committed', async () => {
    const handWritten =
      '# Ledger\n\nWritten by the ledger team. The real diagrams live in Confluence.\n'
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n').write(LEDGER_MD, handWritten)
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(LEDGER, ledger()).write(BILLING, billing())
    const c1 = dev.commit('ledger and billing blueprints', '2026-03-02T09:00:00Z')
    dev.push()

    const run = await push(c0, c1)
    expect(run.code).not.toBe(0)
    // Named in the complaint: the document, and why it is left alone.
    const complaint = errors(run).find((a) => a.message.includes(LEDGER_MD))
    expect(complaint?.message).toMatch(
      /not generated by blueprint-docs|no generated marker|hand-written/i
    )
    const after = await head(gh)
    expect(await show(gh, after, LEDGER_MD)).toBe(handWritten)
    expect(await parents(gh, after)).toEqual([c1])
    expect(await show(gh, after, BILLING_MD)).toContain('Billing API')
    expect(jsonOut(run, 'changed-docs')).toEqual([BILLING_MD])
  })

  it('a symlink out of the repository → refused; its content reaches no output, summary or commit', async () => {
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    mkdirSync(path.join(dev.dir, 'services', 'partner'), { recursive: true })
    symlinkSync(
      '../../../outside/partner.blueprint.yaml',
      path.join(dev.dir, 'services', 'partner', 'partner.blueprint.yaml')
    )
    dev.write(BILLING, billing())
    const c1 = dev.commit('partner blueprint (linked) and billing', '2026-03-02T09:00:00Z')
    dev.push()

    // The runner's disk: the workspace, and beside it a file that is not in the repository.
    const outer = tempDir('bpd-acc-outer-')
    const secret = 'TOPSECRET-7f3a9c'
    mkdirSync(path.join(outer, 'outside'))
    writeFileSync(
      path.join(outer, 'outside', 'partner.blueprint.yaml'),
      `id: partner\nproject: northwind-freight\noverview: ${secret} contract terms\ncomponents:\n  - id: vault\n    name: Vault ${secret}\n`
    )
    const run = await push(c0, c1, { dir: path.join(outer, 'repo') })
    expect(run.code).not.toBe(0)
    expect(
      errors(run)
        .filter((a) => a.file?.includes('partner'))
        .map((a) => a.message)
    ).toEqual([expect.stringMatching(/outside the repository/)])
    for (const channel of [run.stdout, run.stderr, run.summary, run.outputFile])
      expect(channel).not.toContain(secret)
    const after = await head(gh)
    expect(await filesIn(gh, after)).not.toContain('services/partner/partner.md')
    expect((await gh.git(['log', '-p', '--all'])).includes(secret)).toBe(false)
    expect(await show(gh, after, BILLING_MD)).toContain('Billing API')
  })

  it('a custom template (the standard format file verbatim) works, and a change to it regenerates every blueprint', async () => {
    const TEMPLATE = 'docs/templates/architecture.md'
    const seed = seedText()
    const dev = new DevClone(gh)
    dev.write('README.md', '# Northwind platform\n')
    const c0 = dev.commit('initial', '2026-03-01T09:00:00Z')
    dev.push()
    dev.write(TEMPLATE, seed).write(BILLING, billing()).write(INVENTORY, inventory())
    const c1 = dev.commit('blueprints and our template', '2026-03-02T09:00:00Z')
    dev.push()
    const inputs = { template: TEMPLATE }

    const run = await push(c0, c1, { inputs })
    expect({ code: run.code, errors: errors(run) }).toEqual({ code: 0, errors: [] })
    const first = await head(gh)
    expect(await parents(gh, first)).toEqual([c1])
    const doc = (await show(gh, first, BILLING_MD)) as string
    expectStandardDocument(doc, {
      id: 'billing',
      blueprintPath: BILLING,
      components: 4,
      dependencies: 3,
      generated: '2026-03-02T09:00:00Z'
    })
    expect(doc).toContain('- **Resource-based URLs:** `/api/v1/resources/{id}`')
    expect(doc).not.toMatch(
      /\{(project_id|generated_at|blueprint_id|components_section|diagram_content)\}/
    )

    // The standard format file as a template gives what the built-in template gives.
    const builtIn = new DevClone(gh)
    builtIn.git('checkout', '-q', c1)
    expect(builtIn.cli('generate').code).toBe(0)
    const noMarker = (s: string) => s.replace(/<!--\s*blueprint-docs[^]*?-->\n?/g, '')
    expect(noMarker(doc)).toBe(noMarker(builtIn.read(BILLING_MD)))

    // A change to the template alone → every blueprint regenerated.
    dev.pull()
    dev.write(
      TEMPLATE,
      seed.replace(
        '{architecture_overview}\n',
        '{architecture_overview}\n\nOwning project: **{project_id}** (contacts under /teams/{team}).\n'
      )
    )
    const c2 = dev.commit('template: name the owning project', '2026-03-09T12:00:00Z')
    dev.push()
    const run2 = await push(first, c2, { inputs })
    expect({ code: run2.code, errors: errors(run2) }).toEqual({ code: 0, errors: [] })
    const second = await head(gh)
    expect(await parents(gh, second)).toEqual([c2])
    expect(sorted(jsonOut(run2, 'blueprints'))).toEqual([BILLING, INVENTORY])
    for (const file of [BILLING_MD, INVENTORY_MD]) {
      const d = (await show(gh, second, file)) as string
      expect(d).toContain('Owning project: **northwind-freight** (contacts under /teams/{team}).')
      expect(d).toMatch(/\*\*Generated:\*\* 2026-03-09T12:00:00(\.000)?Z/)
    }
  })
})
