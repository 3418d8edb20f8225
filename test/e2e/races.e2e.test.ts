/**
 * The branch moving under the run and the API failing: regenerated on the new head and never
 * forced, retried within bounds, waited out on rate limits.
 */
import {
  SHOP,
  SHOP_SEARCH,
  gh,
  headOf,
  show,
  parentsOf,
  isAncestor,
  apiRequests,
  errors,
  runPush,
  useFakeGitHub
} from './world.js'

useFakeGitHub()

describe('races on the ref and API failures', () => {
  it('a race on the ref (same blueprint changed meanwhile): regenerates on the new head, commits on top, never forces', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      competing = await gh.pushFiles({
        branch: 'main',
        files: { 'arch/shop.blueprint.yaml': SHOP_SEARCH },
        message: 'a colleague pushes'
      })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(competing).toMatch(/^[0-9a-f]{40}$/)
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(competing)
    expect(await isAncestor(competing, head)).toBe(true)
    expect(await isAncestor(second, head)).toBe(true)
    // Regenerated from the blueprint as it is at the new head.
    expect(await show(head, 'arch/shop.md')).toContain('Search index')
    const patches = apiRequests('PATCH', /\/git\/refs\//)
    expect(patches.length).toBe(2)
    expect(patches.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true)
  })

  it('a race on the ref (an unrelated file changed meanwhile): the competing commit stays, the document is committed on top', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      competing = await gh.pushFiles({
        branch: 'main',
        files: { 'CHANGELOG.md': '- something\n' },
        message: 'unrelated push'
      })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    const head = await headOf()
    expect(await parentsOf(head)).toBe(competing)
    expect(await show(head, 'CHANGELOG.md')).toBe('- something\n')
    expect(await show(head, 'arch/shop.md')).toContain('**Blueprint ID:** shop')
  })

  it('a race with more files than the compare API lists: no commit rather than one built on a half-known head', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      const many = Object.fromEntries(
        Array.from({ length: 301 }, (_, i) => [`data/f${i}.txt`, `${i}\n`])
      )
      competing = await gh.pushFiles({ branch: 'main', files: many, message: 'a large push' })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('moved by more files than the compare API lists')
    expect(await headOf()).toBe(competing)
    expect(await show(competing, 'arch/shop.md')).toBeUndefined()
    expect(run.summary).toContain('### Failed')
    expect(run.outputs['commit-sha']).toBe('')
  })

  it('a 502 from the API once: retried, success', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    gh.failNext({ method: 'POST', path: /\/git\/trees$/, status: 502 })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(apiRequests('POST', /\/git\/trees$/).map((r) => r.status)).toEqual([502, 201])
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
  })

  it('a rate limit (403, x-ratelimit-remaining 0) and a secondary rate limit are waited out, then success', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    gh.failNext({
      method: 'POST',
      path: /\/git\/trees$/,
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1)
      }
    })
    gh.failNext({
      method: 'POST',
      path: /\/git\/commits$/,
      status: 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: { 'retry-after': '1' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(apiRequests('POST', /\/git\/trees$/).map((r) => r.status)).toEqual([403, 201])
    expect(apiRequests('POST', /\/git\/commits$/).map((r) => r.status)).toEqual([403, 201])
    expect(await parentsOf(await headOf())).toBe(second)
  })

  it('the ref keeps moving: bounded retries, never a force, nothing lost', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const competing: string[] = []
    for (let i = 0; i < 10; i++) {
      gh.beforeRefUpdate(async () => {
        competing.push(
          await gh.pushFiles({
            branch: 'main',
            files: { [`notes/${i}.txt`]: `${i}\n` },
            message: `busy ${i}`
          })
        )
      })
    }
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(errors(run).some((e) => /kept moving|gave up/i.test(e.message))).toBe(true)
    const patches = apiRequests('PATCH', /\/git\/refs\//)
    expect(patches.length).toBeGreaterThan(1)
    expect(patches.length).toBeLessThanOrEqual(5)
    expect(patches.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true)
    // The branch ends at the last competing push: nothing of anyone else's was overwritten.
    expect(await headOf()).toBe(competing[competing.length - 1])
  })
})
