/**
 * The action bundle on the Node it runs on: GitHub runs `runs.using: node24` actions on
 * Node 24, so the three modes run there end to end (every other suite runs the bundle under
 * the Node running the tests); both Nodes prove which one ran the bundle.
 */
import { readFileSync } from 'node:fs'
import { node24Path } from '../support/action-runner.js'
import {
  MARKER,
  SHOP,
  SHOP_CACHE,
  SHOP_QUEUE,
  gh,
  headOf,
  show,
  apiRequests,
  json,
  errors,
  runPush,
  runPull,
  generateWithCli,
  verification,
  useFakeGitHub
} from './world.js'

/** The fix command names the package at this version when the action runs as `uses: ./`. */
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

useFakeGitHub()

// ------------------------------------------------------------------ the three modes

async function pushCommitScenario(node?: string): Promise<void> {
  const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
  const second = await gh.pushFiles({ branch: 'main', files: { 'arch/shop.blueprint.yaml': SHOP } })
  const run = await runPush(first, second, {}, node ? { node } : {})
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const head = await headOf()
  expect(head).not.toBe(second)
  expect(run.outputs['commit-sha']).toBe(head)
  expect(json(run.outputs['changed-docs'])).toEqual(['arch/shop.md'])
  expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
  expect(json(run.outputs['stale-docs'])).toEqual([])
  expect(run.outputs['comment-url']).toBe('')
  const doc = await show(head, 'arch/shop.md')
  expect(doc).toContain('**Blueprint ID:** shop')
  expect(doc).toContain('<!-- blueprint-docs: generated from arch/shop.blueprint.yaml')
  // One commit, parent = the pushed sha, message, and the API's own identity (no custom author).
  expect((await gh.git(['log', '-1', '--format=%P|%s|%an', head])).trim()).toBe(
    `${second}|docs: regenerate architecture docs|github-actions[bot]`
  )
  expect((await gh.git(['rev-list', '--count', `${second}..${head}`])).trim()).toBe('1')
  expect(await verification(head)).toBe(true)
  // Git Data API: tree with base_tree, commit with no author/committer, ref update with force: false.
  const trees = apiRequests('POST', /\/git\/trees$/)
  expect(trees).toHaveLength(1)
  expect((trees[0]?.body as { base_tree?: string }).base_tree).toMatch(/^[0-9a-f]{40}$/)
  const commits = apiRequests('POST', /\/git\/commits$/)
  expect(commits).toHaveLength(1)
  expect(commits[0]?.body).not.toHaveProperty('author')
  expect(commits[0]?.body).not.toHaveProperty('committer')
  const refs = apiRequests('PATCH', /\/git\/refs\/heads\/main$/)
  expect(refs.map((r) => (r.body as { force?: boolean }).force)).toEqual([false])
  expect(run.summary).toContain('Committed')

  // The run triggered by its own commit: nothing to do.
  const again = await runPush(second, head, {}, node ? { node } : {})
  expect(again.code).toBe(0)
  expect(again.outputs['commit-sha']).toBe('')
  expect(await headOf()).toBe(head)
  expect(again.stdout).toContain('no blueprint changed')
}

async function pullCommentScenario(node?: string): Promise<void> {
  await gh.pushFiles({
    branch: 'main',
    files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
  })
  generateWithCli('main')
  const changed = await gh.pushFiles({
    branch: 'feature',
    from: 'main',
    files: { 'arch/shop.blueprint.yaml': SHOP_CACHE },
    message: 'swap db for a cache'
  })
  gh.addPullRequest({ number: 2, head: 'feature', base: 'main' })
  // Enough chatter that our comment lands on the second page of comments.
  for (let i = 0; i < 105; i++) gh.addComment(2, `looks good ${i}`, 'reviewer')
  // A human pasting our marker: never ours to edit.
  const human = gh.addComment(2, `${MARKER}\nI copied this from the bot`, 'octocat')
  const opts = node ? { node } : {}

  const first = await runPull({ ...opts, action: 'opened' })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  const ours = () =>
    gh.comments(2).filter((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]')
  expect(ours()).toHaveLength(1)
  const comment = ours()[0]!
  expect(comment.body.startsWith(MARKER)).toBe(true)
  expect(comment.body).toContain('➕ added')
  expect(comment.body).toContain('Session cache')
  expect(comment.body).toContain('➖ removed')
  expect(comment.body).toMatch(/\bdb\b/)
  // The head's committed document is now stale: named, with the command that fixes it.
  expect(comment.body).toContain('arch/shop.md')
  expect(comment.body).toContain(`npx --yes blueprint-docs@${VERSION} generate`)
  expect(first.outputs['comment-url']).toBe(
    `https://github.com/acme/shop/pull/2#issuecomment-${comment.id}`
  )
  expect(first.outputs['commit-sha']).toBe('')
  expect(first.summary).toContain('Session cache')
  // Comment mode commits nothing.
  expect(await headOf('feature')).toBe(changed)

  // Another push: the same comment is edited, not a new one.
  const more = await gh.pushFiles({
    branch: 'feature',
    files: { 'arch/shop.blueprint.yaml': SHOP_QUEUE },
    message: 'add a queue'
  })
  const second = await runPull({ ...opts, action: 'synchronize', before: changed })
  expect(second.code).toBe(0)
  expect(ours()).toHaveLength(1)
  expect(ours()[0]!.id).toBe(comment.id)
  expect(ours()[0]!.body).toContain('Order queue')
  expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  expect(apiRequests('PATCH', /\/issues\/comments\/\d+$/).map((r) => r.path)).toEqual([
    `/repos/acme/shop/issues/comments/${comment.id}`
  ])
  expect(apiRequests('POST', /\/issues\/\d+\/comments$/)).toHaveLength(1)

  // Reverted: the comment says there is nothing any more.
  await gh.pushFiles({
    branch: 'feature',
    files: { 'arch/shop.blueprint.yaml': SHOP },
    message: 'revert'
  })
  const third = await runPull({ ...opts, action: 'synchronize', before: more })
  expect(third.code).toBe(0)
  expect(ours()).toHaveLength(1)
  expect(ours()[0]!.id).toBe(comment.id)
  expect(ours()[0]!.body).toMatch(/no architecture or document changes any more/i)
  expect(ours()[0]!.body).not.toContain('Order queue')
  // The human's comment was never touched.
  expect(gh.comments(2).find((c) => c.id === human.id)?.body).toBe(human.body)
  expect(gh.comments(2)).toHaveLength(107)
}

async function checkScenario(node?: string): Promise<void> {
  // Two blueprints, so "each stale document" is more than the first one.
  const till = (text: string) => text.replace('id: shop', 'id: till')
  await gh.pushFiles({
    branch: 'main',
    files: {
      'README.md': '# shop\n',
      'arch/shop.blueprint.yaml': SHOP,
      'till/till.blueprint.yaml': till(SHOP)
    }
  })
  const fresh = generateWithCli('main')
  const staleSha = await gh.pushFiles({
    branch: 'main',
    files: { 'arch/shop.blueprint.yaml': SHOP_CACHE, 'till/till.blueprint.yaml': till(SHOP_CACHE) },
    message: 'blueprints only'
  })
  const opts = node ? { node } : {}

  const failing = await runPush(fresh, staleSha, { mode: 'check' }, opts)
  expect(failing.code).toBe(1)
  expect(json(failing.outputs['stale-docs'])).toEqual(['arch/shop.md', 'till/till.md'])
  expect(failing.outputs['commit-sha']).toBe('')
  // An error on each stale document and on each of their blueprints.
  const annotated = new Set(errors(failing).flatMap((a) => (a.file === undefined ? [] : [a.file])))
  expect([...annotated].sort()).toEqual([
    'arch/shop.blueprint.yaml',
    'arch/shop.md',
    'till/till.blueprint.yaml',
    'till/till.md'
  ])
  expect(failing.summary).toContain('```diff')
  expect(failing.summary).toMatch(/^\+.*Session cache/m)
  expect(failing.summary).toContain(`npx --yes blueprint-docs@${VERSION} generate`)
  // Check mode writes nothing.
  expect(await headOf()).toBe(staleSha)
  expect(apiRequests('POST', /\/git\//)).toHaveLength(0)

  // The developer runs the one command, commits, pushes: the check passes.
  const fixed = generateWithCli('main')
  expect(await show(fixed, 'arch/shop.md')).toContain('Session cache')
  expect(await show(fixed, 'till/till.md')).toContain('Session cache')
  const passing = await runPush(staleSha, fixed, { mode: 'check' }, opts)
  expect(passing.code).toBe(0)
  expect(errors(passing)).toEqual([])
  expect(json(passing.outputs['stale-docs'])).toEqual([])
  expect(passing.summary).toContain('up to date')
}

// ------------------------------------------------------------------ tests

const NODES: Array<[string, () => string | undefined]> = [
  ['local Node', () => undefined],
  ['Node 24', () => node24Path()]
]

describe.each(NODES)('under %s', (name, node) => {
  it('runs the bundle on the Node version it says', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop, again\n' } })
    // The process that runs the bundle says which Node it is, before the bundle loads.
    const sayVersion =
      '--import=data:text/javascript,process.stderr.write(`node:${process.version}\\n`)'
    const run = await runPush(
      first,
      second,
      {},
      { ...(node() ? { node: node() } : {}), env: { NODE_OPTIONS: sayVersion } }
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      name === 'Node 24'
        ? /^node:v24\.\d+\.\d+\n$/
        : new RegExp(`^node:${process.version.replace(/\./g, '\\.')}\n$`)
    )
    expect(run.summary).toContain('no blueprint changed')
  })
})

// The runner runs the action on Node 24: the three modes end to end there.
describe('the three modes under Node 24', () => {
  it('push → one verified API commit with the document; its own commit then changes nothing', async () => {
    await pushCommitScenario(node24Path())
  })
  it('pull request → one sticky comment, edited in place on the next push, "no changes any more" after a revert', async () => {
    await pullCommentScenario(node24Path())
  })
  it('check → stale document fails with annotations, stale-docs and the diff; passes after the CLI generate is committed', async () => {
    await checkScenario(node24Path())
  })
})
