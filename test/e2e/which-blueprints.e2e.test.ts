/**
 * Which blueprints a run regenerates: the push's range, new branches, force pushes, shallow
 * clones through the compare and pull-files APIs, workflow changes and workflow_dispatch.
 */
import { runActionBundle } from '../support/action-runner.js'
import {
  payload,
  SHOP,
  SHOP_CACHE,
  blueprint,
  gh,
  checkout,
  headOf,
  show,
  parentsOf,
  apiRequests,
  json,
  expectNoToken,
  runPush,
  runPull,
  useFakeGitHub
} from './world.js'
import { ZERO_SHA } from '../../src/project/event.js'

useFakeGitHub()

/** `main` with a blueprint of its own; `feature` from it adds `feat`, then touches only the README. Returns feature's tip. */
async function newBranchAddingFeat(): Promise<string> {
  await gh.pushFiles({
    branch: 'main',
    files: { 'README.md': '# shop\n', 'arch/main-only.blueprint.yaml': blueprint('main-only') }
  })
  await gh.pushFiles({
    branch: 'feature',
    from: 'main',
    files: { 'arch/feat.blueprint.yaml': blueprint('feat') },
    message: 'add feat'
  })
  const tip = await gh.pushFiles({
    branch: 'feature',
    files: { 'README.md': '# shop!\n' },
    message: 'unrelated'
  })
  return tip
}

describe('which blueprints (push)', () => {
  it('nothing changed → no commit', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n\nMore words.\n' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('no blueprint changed')
    expect(json(run.outputs['blueprints'])).toEqual([])
    expect(run.outputs['commit-sha']).toBe('')
    expect(await headOf()).toBe(second)
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('new branch (forty-zero before): measured against the merge base with the default branch', async () => {
    const tip = await newBranchAddingFeat()
    const run = await runPush(
      ZERO_SHA,
      tip,
      {},
      { branch: 'feature', payloadFile: 'push.new-branch.json' }
    )
    expect(run.code).toBe(0)
    // Not only the last commit (README), not every blueprint (main-only): what the branch brings.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/feat.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/feat.md'])
    const head = await headOf('feature')
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(tip)
    expect(await show(head, 'arch/main-only.md')).toBeUndefined()
    expect(await headOf('main')).not.toBe(head)
  })

  it('new branch with a shallow clone: through the compare API against the default branch', async () => {
    const tip = await newBranchAddingFeat()
    const run = await runPush(
      ZERO_SHA,
      tip,
      {},
      { branch: 'feature', depth: 1, payloadFile: 'push.new-branch.json' }
    )
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//).map((r) => r.path)).toEqual([
      `/repos/acme/shop/compare/main...${tip}`
    ])
    expect(json(run.outputs['blueprints'])).toEqual(['arch/feat.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/feat.md'])
  })

  it('force push (before not an ancestor, still in the clone): measured against the default branch', async () => {
    const base = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    // The old branch tip added two blueprints; the rewritten one adds only `c` (with the same content).
    const old = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/b.blueprint.yaml': blueprint('b'), 'arch/c.blueprint.yaml': blueprint('c') }
    })
    await gh.git(['update-ref', 'refs/heads/backup', old])
    await gh.git(['update-ref', '-d', 'refs/heads/feature'])
    const rewritten = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/c.blueprint.yaml': blueprint('c') },
      message: 'rewritten'
    })
    const run = await runPush(old, rewritten, {}, { branch: 'feature', forced: true })
    expect(run.code).toBe(0)
    // `before..after` alone would have said "b removed, c unchanged": no document for c.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/c.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/c.md'])
    expect(await show(await headOf('feature'), 'arch/c.md')).toContain('**Blueprint ID:** c')
  })

  it('force push after a rebase onto a moved default branch (old tip gone): only what the branch brings', async () => {
    const base = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const old = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/b.blueprint.yaml': blueprint('b') }
    })
    const moved = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/m.blueprint.yaml': blueprint('m') },
      message: 'main moves on'
    })
    await gh.git(['update-ref', '-d', 'refs/heads/feature'])
    const rebased = await gh.pushFiles({
      branch: 'feature',
      from: moved,
      files: { 'arch/b.blueprint.yaml': blueprint('b') },
      message: 'rebased'
    })
    await gh.git(['reflog', 'expire', '--expire=now', '--all'])
    const run = await runPush(old, rebased, {}, { branch: 'feature', forced: true })
    expect(run.code).toBe(0)
    expect(json(run.outputs['blueprints'])).toEqual(['arch/b.blueprint.yaml'])
  })

  it('shallow clone: the change comes from the compare API', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/old.blueprint.yaml': blueprint('old') }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, {}, { depth: 1 })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//).map((r) => r.path)).toEqual([
      `/repos/acme/shop/compare/${first}...${second}`
    ])
    expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
    expect(await show(head, 'arch/shop.md')).toContain('**Blueprint ID:** shop')
  })

  it('a change to the workflow file (the configuration) means every blueprint; so does workflow_dispatch', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: {
        'README.md': '# shop\n',
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { '.github/workflows/docs.yml': 'on: push\n' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('.github/workflows/docs.yml changed')
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])

    const third = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/c.blueprint.yaml': blueprint('c') }
    })
    const p = payload('workflow_dispatch.json')
    const dispatch = await runActionBundle({
      workspace: checkout(third),
      eventName: 'workflow_dispatch',
      payload: {
        ...p,
        ref: 'refs/heads/main',
        repository: {
          ...(p['repository'] as object),
          full_name: 'acme/shop',
          name: 'shop',
          default_branch: 'main'
        }
      },
      inputs: { token: gh.token },
      apiUrl: gh.url,
      repository: 'acme/shop',
      sha: third
    })
    expectNoToken(dispatch)
    expect(dispatch.code).toBe(0)
    expect(json(dispatch.outputs['blueprints'])).toEqual([
      'arch/a.blueprint.yaml',
      'arch/b.blueprint.yaml',
      'arch/c.blueprint.yaml'
    ])
    expect(json(dispatch.outputs['changed-docs'])).toEqual(['arch/c.md'])
    expect(await parentsOf(await headOf())).toBe(third)
  })
})

describe('pull request, shallow', () => {
  it('a shallow clone reads the pull request files from pulls/{n}/files', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 7, head: 'feature', base: 'main' })
    const run = await runPull({ number: 7, shallow: true })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/pulls\/7\/files$/)).toHaveLength(1)
    expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
    const ours = gh.comments(7)
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain('Session cache')
    expect(ours[0]!.body).toContain('➖ removed')
  })
})
