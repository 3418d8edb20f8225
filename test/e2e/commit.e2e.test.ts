/**
 * What the commit mode commits: documents of valid blueprints only, deletions and renames,
 * hand-written files and links out of the repository refused, custom templates.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  SHOP,
  blueprint,
  BAD,
  gh,
  headOf,
  show,
  filesAt,
  parentsOf,
  apiRequests,
  json,
  errors,
  runPush,
  generateWithCli,
  scratchDir,
  useFakeGitHub
} from './world.js'

useFakeGitHub()

describe('generated_at in a shallow clone', () => {
  it('is the time of the newest commit that changed the blueprint, from the API, as with full history', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/a.blueprint.yaml': blueprint('a') },
      date: '2026-01-10T10:00:00Z'
    })
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop, renamed\n' },
      date: '2026-02-20T10:00:00Z'
    })
    const head = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/b.blueprint.yaml': blueprint('b') },
      date: '2026-03-15T10:00:00Z'
    })
    const documents = async (run: Awaited<ReturnType<typeof runPush>>) => {
      expect(run.code).toBe(0)
      const sha = run.outputs['commit-sha'] ?? ''
      return [await show(sha, 'arch/a.md'), await show(sha, 'arch/b.md')]
    }

    const full = await documents(await runPush(first, head, { all: 'true' }))
    // The same push again, on a clone of depth 1, whose only commit is the head.
    await gh.git(['update-ref', 'refs/heads/main', head])
    const run = await runPush(first, head, { all: 'true' }, { depth: 1 })
    const shallow = await documents(run)

    expect(full[0]).toContain('**Generated:** 2026-01-10T10:00:00Z')
    expect(full[1]).toContain('**Generated:** 2026-03-15T10:00:00Z')
    expect(shallow).toEqual(full)
    expect(
      apiRequests('GET', /^\/repos\/acme\/shop\/commits$/).map((r) => [
        r.query['sha'],
        r.query['path']
      ])
    ).toEqual(
      expect.arrayContaining([
        [head, 'arch/a.blueprint.yaml'],
        [head, 'arch/b.blueprint.yaml']
      ])
    )
  })
})

describe('commit details', () => {
  it('a backtick in a blueprint file name stays inside its code span in the job summary', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/a`b.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a`b.md'])
    expect(run.summary).toContain('- wrote ``arch/a`b.md``\n')
  })

  it('mode commit,check: after its own commit nothing is stale, so the check passes and its summary says so', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, { mode: 'commit,check' })
    expect(run.code).toBe(0)
    expect(errors(run)).toEqual([])
    expect(run.outputs['commit-sha']).toBe(await headOf())
    expect(json(run.outputs['stale-docs'])).toEqual([])
    expect(run.summary).toContain('### Check\n\nEvery document is up to date.')
    expect(run.summary).not.toContain('out of date')
  })

  it('an invalid blueprint among valid ones: positioned annotation, nothing of it committed, the others committed, exit 1', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/bad.blueprint.yaml': BAD,
        'arch/z.blueprint.yaml': blueprint('z')
      }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const bad = errors(run).filter((a) => a.file === 'arch/bad.blueprint.yaml')
    expect(bad.length).toBeGreaterThan(0)
    expect(bad[0]).toMatchObject({ line: 3, col: 1 })
    expect(bad[0]?.message).toMatch(/colour/)
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
    expect((await filesAt(head)).filter((f) => f.endsWith('.md')).sort()).toEqual([
      'README.md',
      'arch/a.md',
      'arch/z.md'
    ])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/z.md'])
  })

  it('a deleted blueprint deletes its document; a renamed one moves it', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: {
        'README.md': '# shop\n',
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const generated = generateWithCli('main')
    expect(await filesAt(generated)).toEqual(expect.arrayContaining(['arch/a.md', 'arch/b.md']))

    const deleted = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/a.blueprint.yaml': null },
      message: 'drop a'
    })
    const run = await runPush(generated, deleted)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md'])
    const afterDelete = await headOf()
    expect(await parentsOf(afterDelete)).toBe(deleted)
    expect(await filesAt(afterDelete)).not.toContain('arch/a.md')
    expect(await filesAt(afterDelete)).toContain('arch/b.md')
    const tree = apiRequests('POST', /\/git\/trees$/)[0]?.body as {
      tree: Array<{ path: string; sha?: string | null }>
    }
    expect(tree.tree).toEqual([expect.objectContaining({ path: 'arch/a.md', sha: null })])

    const renamed = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/b.blueprint.yaml': null, 'systems/b.blueprint.yaml': blueprint('b') },
      message: 'move b'
    })
    const moved = await runPush(afterDelete, renamed)
    expect(moved.code).toBe(0)
    expect(json(moved.outputs['changed-docs'])!).toEqual(
      expect.arrayContaining(['arch/b.md', 'systems/b.md'])
    )
    const afterMove = await headOf()
    const files = await filesAt(afterMove)
    expect(files).not.toContain('arch/b.md')
    expect(files).toContain('systems/b.md')
    expect(await show(afterMove, 'systems/b.md')).toContain(
      'generated from systems/b.blueprint.yaml'
    )
  })

  it('a hand-written file at the output path: error annotation, left untouched, not committed', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.md': '# Shop\n\nWritten by hand.\n' }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const errs = errors(run)
    expect(
      errs.some(
        (a) =>
          (a.file === 'arch/shop.blueprint.yaml' || a.file === 'arch/shop.md') &&
          a.message.includes('arch/shop.md') &&
          /not generated|by hand|no generated marker/.test(a.message)
      )
    ).toBe(true)
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha']).toBe('')
    expect(await show(second, 'arch/shop.md')).toBe('# Shop\n\nWritten by hand.\n')
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('a blueprint that is a symbolic link out of the repository: refused with an annotation, nothing committed', async () => {
    const outside = scratchDir('bpd-outside-')
    const target = path.join(outside, 'secret.blueprint.yaml')
    writeFileSync(target, blueprint('topsecret', '\n  TOPSECRET-CONTENT-7c1f'))
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'arch/evil.blueprint.yaml': { content: target, mode: '120000' },
        'arch/passwd.blueprint.yaml': { content: '../../../etc/passwd', mode: '120000' }
      }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const errs = errors(run)
    expect(errs.find((a) => a.file === 'arch/evil.blueprint.yaml')?.message).toMatch(
      /outside the repository/
    )
    expect(errs.find((a) => a.file === 'arch/passwd.blueprint.yaml')?.message).toMatch(
      /outside the repository/
    )
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha']).toBe('')
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
    for (const text of [run.stdout, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain('TOPSECRET-CONTENT')
      expect(text).not.toContain('root:x:0')
    }
  })

  it('a custom template (the standard format file verbatim) works; a change to the template alone regenerates every blueprint', async () => {
    const seed = readFileSync('test/fixtures/standard-format.txt', 'utf8')
    const inputs = { template: 'docs/architecture.template.md' }
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'docs/architecture.template.md': seed,
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const run = await runPush(first, second, inputs)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])
    const head = await headOf()
    const a = (await show(head, 'arch/a.md')) ?? ''
    expect(a).toContain('**Blueprint ID:** a')
    expect(a).toContain('**Template:** Standard Architecture Documentation Format')
    expect(a).toContain('/api/v1/resources/{id}')
    expect(a).not.toMatch(/\{(project_id|blueprint_id|components_section|diagram_content)\}/)

    // The seed gives the same document as the built-in template: the check without the template agrees.
    const builtIn = await runPush(second, head, { mode: 'check', all: 'true' })
    expect(builtIn.code).toBe(0)
    expect(json(builtIn.outputs['stale-docs'])).toEqual([])

    const changed = await gh.pushFiles({
      branch: 'main',
      files: { 'docs/architecture.template.md': `${seed}\nMaintained by the platform team.\n` },
      message: 'template only'
    })
    const again = await runPush(head, changed, inputs)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('docs/architecture.template.md changed')
    expect(json(again.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])
    const last = await headOf()
    expect(await parentsOf(last)).toBe(changed)
    expect(await show(last, 'arch/a.md')).toContain('Maintained by the platform team.')
    expect(await show(last, 'arch/b.md')).toContain('Maintained by the platform team.')
  })
})
