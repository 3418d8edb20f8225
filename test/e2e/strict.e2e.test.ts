/**
 * Strict repositories: a protected `main` gets its documents as one pull request from the
 * action's own branch (opened, updated, closed), and a merge queue's group is checked for what
 * it changes. Against the local GitHub with its real bare repository, the bundle run as the
 * runner runs it.
 */
import { runActionBundle } from '../support/action-runner.js'
import {
  SHOP,
  SHOP_CACHE,
  SHOP_SEARCH,
  blueprint,
  gh,
  headOf,
  show,
  parentsOf,
  apiRequests,
  checkout,
  errors,
  expectNoToken,
  generateWithCli,
  json,
  payload,
  runPush,
  useFakeGitHub,
  verification
} from './world.js'

useFakeGitHub()

const OWN = 'blueprint-docs/main'
const ownHead = () => headOf(OWN).catch(() => undefined)
const notices = (run: Awaited<ReturnType<typeof runPush>>) =>
  run.annotations.filter((a) => a.level === 'notice')
/** Every ref update of `main` the action tried through the API was refused. */
const mainNeverWritten = () =>
  apiRequests('PATCH', /\/git\/refs\/heads\/main$/).every((r) => r.status === 422)

describe('a protected main gets one pull request', () => {
  it.each(['classic', 'ruleset'] as const)(
    '%s protection: opened on the first push, updated on the next, closed when main has the documents; main is never written',
    async (kind) => {
      const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
      gh.protectBranch('main', kind)
      const second = await gh.pushFiles({
        branch: 'main',
        files: { 'arch/shop.blueprint.yaml': SHOP }
      })

      // 1. The direct commit is refused: the documents go to a pull request instead.
      const opened = await runPush(first, second)
      expect(opened.code).toBe(0)
      expect(errors(opened)).toEqual([])
      expect(await headOf()).toBe(second)
      expect(apiRequests('PATCH', /\/git\/refs\/heads\/main$/).map((r) => r.status)).toEqual([422])
      const prs = gh.pullRequests()
      expect(prs).toHaveLength(1)
      const pr = prs[0]!
      expect(pr).toMatchObject({
        head: OWN,
        base: 'main',
        state: 'open',
        title: 'docs: regenerate architecture docs',
        user: 'github-actions[bot]'
      })
      expect(pr.body).toContain('`arch/shop.md` (new) from `arch/shop.blueprint.yaml`')
      const url = `https://github.com/acme/shop/pull/${pr.number}`
      expect(opened.outputs['pull-request-url']).toBe(url)
      expect(opened.outputs['commit-sha']).toBe('')
      expect(notices(opened).map((n) => n.message)).toEqual([
        `main is protected: the regenerated documents are in pull request #${pr.number}, ${url}`
      ])
      expect(opened.summary).toContain(`Opened pull request [#${pr.number}](${url})`)
      const proposed = (await ownHead())!
      expect(await parentsOf(proposed)).toBe(second)
      expect(await verification(proposed)).toBe(true)
      expect(await show(proposed, 'arch/shop.md')).toContain('Database')

      // 2. The next push: the same pull request, its branch rebuilt on the new head.
      const third = await gh.pushFiles({
        branch: 'main',
        files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
      })
      const updated = await runPush(second, third)
      expect(updated.code).toBe(0)
      expect(gh.pullRequests()).toHaveLength(1)
      expect(updated.outputs['pull-request-url']).toBe(url)
      expect(updated.summary).toContain(`Updated pull request [#${pr.number}](${url})`)
      const rebuilt = (await ownHead())!
      expect(await parentsOf(rebuilt)).toBe(third)
      expect(await show(rebuilt, 'arch/shop.md')).toContain('Session cache')
      expect(await headOf()).toBe(third)

      // 3. The documents reach main another way (generated locally and pushed by an admin).
      const fourth = generateWithCli('main')
      const closed = await runPush(third, fourth)
      expect(closed.code).toBe(0)
      expect(gh.pullRequests()[0]?.state).toBe('closed')
      expect(await ownHead()).toBeUndefined()
      expect(closed.outputs['pull-request-url']).toBe('')
      expect(closed.summary).toContain(`closed pull request [#${pr.number}](${url})`)
      expect(await headOf()).toBe(fourth)
      expect(mainNeverWritten()).toBe(true)
    }
  )

  it('mode pull-request never tries the branch, and a teammate pushing meanwhile gets the documents regenerated on the new head', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    // The checkout is of `second`; by the time the action looks, main has moved on.
    const workspace = checkout(second)
    const competing = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_SEARCH },
      message: 'a colleague pushes'
    })
    const run = await runPush(first, second, { mode: 'pull-request' }, { workspace })
    expect(run.code).toBe(0)
    expect(apiRequests('PATCH', /\/git\/refs\/heads\/main$/)).toEqual([])
    const proposed = (await ownHead())!
    expect(await parentsOf(proposed)).toBe(competing)
    expect(await show(proposed, 'arch/shop.md')).toContain('Search index')
    expect(gh.pullRequests()).toHaveLength(1)
    expect(run.stdout).toContain('moved from')
  })

  it('a run that selects other blueprints keeps the documents the open pull request already holds', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    gh.protectBranch('main', 'ruleset')
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/a.blueprint.yaml': blueprint('a') }
    })
    expect((await runPush(first, second)).code).toBe(0)
    const third = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/b.blueprint.yaml': blueprint('b') }
    })
    const run = await runPush(second, third)
    expect(run.code).toBe(0)
    const proposed = (await ownHead())!
    expect(await show(proposed, 'arch/a.md')).toContain('The a system.')
    expect(await show(proposed, 'arch/b.md')).toContain('The b system.')
    expect(gh.pullRequests()).toHaveLength(1)
    expect(gh.pullRequests()[0]?.body).toMatch(/`arch\/a\.md`[\s\S]*`arch\/b\.md`/)
  })

  it('a push to its own branch opens no pull request for itself (loop safety)', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const own = await gh.pushFiles({
      branch: OWN,
      from: first,
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, own, {}, { branch: OWN })
    expect(run.code).toBe(0)
    expect(gh.pullRequests()).toEqual([])
    expect(await headOf(OWN)).toBe(own)
    expect(run.summary).toContain("is blueprint-docs' own branch: nothing committed")
  })

  it('a 403 on opening the pull request names pull-requests: write', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    gh.protectBranch('main', 'classic')
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    gh.failNext({ method: 'POST', path: /\/pulls$/, status: 403 })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    expect(
      errors(run)
        .map((e) => e.message)
        .join('\n')
    ).toContain('pull-requests: write')
    expect(await headOf()).toBe(second)
  })
})

describe('a merge queue', () => {
  /** Runs the action on a `merge_group` event for a queue branch built on main. */
  async function runGroup(files: Record<string, string>) {
    const base = await headOf()
    const queue = 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64'
    const head = await gh.pushFiles({ branch: queue, from: base, files })
    const p = payload('merge_group.checks_requested.json')
    const group = p['merge_group'] as Record<string, unknown>
    const run = await runActionBundle({
      workspace: checkout(head, { depth: 1 }),
      eventName: 'merge_group',
      payload: {
        ...p,
        merge_group: {
          ...group,
          head_sha: head,
          base_sha: base,
          head_ref: `refs/heads/${queue}`,
          base_ref: 'refs/heads/main'
        },
        repository: { ...(p['repository'] as object), full_name: 'acme/shop', name: 'shop' }
      },
      inputs: { token: gh.token },
      apiUrl: gh.url,
      repository: 'acme/shop',
      ref: `refs/heads/${queue}`,
      sha: head
    })
    expectNoToken(run)
    return run
  }

  beforeEach(async () => {
    await gh.pushFiles({
      branch: 'main',
      files: {
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    generateWithCli('main')
  })

  it('checks only what the queued change touched, against the queue base, and commits nothing', async () => {
    const run = await runGroup({
      'arch/a.blueprint.yaml': blueprint('a').replace('The a system.', 'The a system, queued.')
    })
    expect(run.code).toBe(1)
    expect(json(run.outputs['blueprints'])).toEqual(['arch/a.blueprint.yaml'])
    expect(json(run.outputs['stale-docs'])).toEqual(['arch/a.md'])
    expect(errors(run).some((e) => e.file === 'arch/a.md')).toBe(true)
    expect(errors(run).some((e) => e.file === 'arch/b.md')).toBe(false)
    expect(apiRequests('PATCH', /\/git\/refs\//)).toEqual([])
    expect(apiRequests('POST', /\/git\/commits$/)).toEqual([])
  })

  it('a queued change that touches no blueprint passes without generating anything', async () => {
    const run = await runGroup({ 'README.md': '# shop, queued\n' })
    expect(run.code).toBe(0)
    expect(json(run.outputs['blueprints'])).toEqual([])
    expect(run.stdout).toContain('no blueprint changed')
  })
})
