/**
 * Tokens, permissions and GitHub's limits: forks' read-only tokens, 403s, the compare and
 * pull-files caps, file modes kept, comment bodies cut under the comment size limit.
 */
import {
  SHOP,
  SHOP_CACHE,
  blueprint,
  gh,
  restartWith,
  headOf,
  show,
  parentsOf,
  apiRequests,
  json,
  OUTPUT_NAMES,
  errors,
  warnings,
  runPush,
  runPull,
  generateWithCli,
  useFakeGitHub
} from './world.js'

useFakeGitHub()

/**
 * A server that accepts `token` read-only (not a fork: a workflow without `contents: write`),
 * and a push adding the shop blueprint. Returns the push's before and after.
 */
async function blueprintPushedWithReadOnlyToken(
  token: string
): Promise<{ first: string; second: string }> {
  await restartWith({
    tokens: { [token]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true } }
  })
  const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
  const second = await gh.pushFiles({ branch: 'main', files: { 'arch/shop.blueprint.yaml': SHOP } })
  return { first, second }
}

describe('tokens and permissions', () => {
  const FORK_TOKEN = 'ghs_forkReadOnlyToken11111111111111111'

  it('fork pull request, comment mode, read-only token: warning, review in the job summary, exit 0', async () => {
    await restartWith({
      tokens: {
        [FORK_TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true }
      }
    })
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 3, head: 'feature', base: 'main', headRepoFork: true })
    const run = await runPull({ number: 3, fork: true }, FORK_TOKEN)
    expect(run.code).toBe(0)
    expect(
      warnings(run).some(
        (w) =>
          /pull-requests: write/.test(w.message) &&
          /from a fork always gets a read-only token/.test(w.message)
      )
    ).toBe(true)
    expect(errors(run)).toEqual([])
    expect(run.summary).toContain('Session cache')
    expect(run.outputs['comment-url']).toBe('')
    expect(gh.comments(3)).toHaveLength(0)
  })

  it('fork pull request, commit mode: warning, falls back to comment (itself read-only: summary), no commit', async () => {
    await restartWith({
      tokens: {
        [FORK_TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true }
      }
    })
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const headSha = await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 4, head: 'feature', base: 'main', headRepoFork: true })
    const run = await runPull({ number: 4, fork: true, inputs: { mode: 'commit' } }, FORK_TOKEN)
    expect(run.code).toBe(0)
    expect(warnings(run).some((w) => /fork/i.test(w.message))).toBe(true)
    expect(run.summary).toContain('Session cache')
    expect(run.outputs['commit-sha']).toBe('')
    expect(await headOf('feature')).toBe(headSha)
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('403 on commit with a non-fork: fails with a message naming contents: write', async () => {
    const { first, second } = await blueprintPushedWithReadOnlyToken(
      'ghs_readOnlyNotAFork2222222222222222222'
    )
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(errors(run).some((e) => e.message.includes('contents: write'))).toBe(true)
    // A push has no fork to blame: the message names the permission only.
    expect(errors(run).filter((e) => /fork/i.test(e.message))).toEqual([])
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha'] ?? '').toBe('')
    expect(apiRequests('PATCH', /\/git\/refs\//)).toHaveLength(0)
  })

  it('a failed step (403 on commit) still writes the job summary and the outputs', async () => {
    const { first, second } = await blueprintPushedWithReadOnlyToken(
      'ghs_readOnlyNotAFork3333333333333333333'
    )
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(run.summary).toContain('contents: write')
    expect(Object.keys(run.outputs).sort()).toEqual(OUTPUT_NAMES)
  })
})

describe('API limits', () => {
  it('past the compare API cap (300 files) every blueprint is regenerated', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/quiet.blueprint.yaml': blueprint('quiet') }
    })
    const many: Record<string, string> = {}
    for (let i = 0; i < 300; i++) many[`assets/f${String(i).padStart(3, '0')}.txt`] = `${i}\n`
    const second = await gh.pushFiles({ branch: 'main', files: many })
    const run = await runPush(first, second, {}, { depth: 1 })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//)).toHaveLength(1)
    // The blueprint was not among the (cut) files: only "everything" finds its missing document.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/quiet.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/quiet.md'])
  })

  it('pull request files are read through every page (shallow clone, >100 files)', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'zz/shop.blueprint.yaml': SHOP }
    })
    const many: Record<string, string | null> = { 'zz/shop.blueprint.yaml': SHOP_CACHE }
    for (let i = 0; i < 150; i++) many[`assets/f${String(i).padStart(3, '0')}.txt`] = `${i}\n`
    await gh.pushFiles({ branch: 'feature', from: 'main', files: many })
    gh.addPullRequest({ number: 9, head: 'feature', base: 'main' })
    const run = await runPull({ number: 9, shallow: true })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/pulls\/9\/files$/).length).toBe(2)
    expect(json(run.outputs['blueprints'])).toEqual(['zz/shop.blueprint.yaml'])
    expect(gh.comments(9)[0]?.body).toContain('Session cache')
  })

  it('file modes are kept: an executable document stays executable when regenerated', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const generated = generateWithCli('main')
    const doc = (await show(generated, 'arch/shop.md')) ?? ''
    const executable = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.md': { content: doc, mode: '100755' } },
      message: 'chmod +x'
    })
    const changed = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    const run = await runPush(executable, changed)
    expect(run.code).toBe(0)
    const head = await headOf()
    expect(await parentsOf(head)).toBe(changed)
    expect((await gh.git(['ls-tree', head, 'arch/shop.md'])).split(' ')[0]).toBe('100755')
    expect(await show(head, 'arch/shop.md')).toContain('Session cache')
  })
})

describe('comment body', () => {
  it('fences outrun backticks in the document diff; a huge change is cut under 65,536 characters with a note, the whole diff in the summary', async () => {
    await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const fenced = `id: fenced
project: acme
components:
  - id: api
    description: "Start a block with \`\`\`\`\` five backticks"
`
    const parts = ['id: huge', 'project: acme', 'components:']
    for (let i = 0; i < 1500; i++)
      parts.push(
        `  - id: c${i}`,
        `    name: Component number ${i}`,
        `    description: This component does a fairly long list of important things, number ${i}.`
      )
    const huge = `${parts.join('\n')}\n`
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/fenced.blueprint.yaml': fenced }
    })
    gh.addPullRequest({ number: 11, head: 'feature', base: 'main' })
    const small = await runPull({ number: 11 })
    expect(small.code).toBe(0)
    const body = gh.comments(11)[0]?.body ?? ''
    const diffFence = /^(`+)diff$/m.exec(body)
    expect(diffFence?.[1]?.length).toBeGreaterThan(5)

    await gh.pushFiles({ branch: 'feature', files: { 'arch/huge.blueprint.yaml': huge } })
    const big = await runPull({ number: 11, action: 'synchronize' })
    expect(big.code).toBe(0)
    const comments = gh.comments(11)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.length).toBeLessThanOrEqual(65536)
    expect(comments[0]!.body).toMatch(/shortened|left out/i)
    expect(big.summary).toContain('Component number 1499')
  })
})
