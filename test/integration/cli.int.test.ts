import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { runCliIn, SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'

const SEED = readFileSync(path.join('test', 'fixtures', 'standard-format.txt'), 'utf8')
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

const SHOP = SHOP_BLUEPRINT
const BILLING = `id: billing
project: acme
components:
  - id: api
dependencies: []
`

const cli = runCliIn

/** Every file in the work tree with its content, to prove a run wrote nothing. */
function snapshot(repo: TempRepo): string {
  return repo
    .git('ls-files', '-co', '--exclude-standard')
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((f) => `${f}\n${repo.exists(f) ? repo.read(f) : '<gone>'}`)
    .join('\n')
}

let repo: TempRepo
afterEach(() => repo?.cleanup())

describe('generate', () => {
  it('writes a document per blueprint next to it', async () => {
    repo = tempRepo({
      files: { 'shop/shop.blueprint.yaml': SHOP, 'billing.blueprint.yml': BILLING }
    })
    const run = await cli(repo, 'generate')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toContain('created shop/shop.md (shop/shop.blueprint.yaml)')
    expect(repo.read('shop/shop.md')).toContain('**Blueprint ID:** shop')
    expect(repo.read('billing.md')).toContain('**Blueprint ID:** billing')
  })

  it('changes nothing when run twice, or after a commit, and check then passes', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    const first = snapshot(repo)
    expect((await cli(repo, 'generate')).out).toContain('0 documents written')
    expect(snapshot(repo)).toBe(first)
    repo.commit('add shop')
    expect((await cli(repo, 'generate')).out).toContain('0 documents written')
    expect(repo.git('status', '--porcelain')).toBe('')
    expect(await cli(repo, 'check')).toMatchObject({ code: 0 })
  })

  it('dates the document by the last commit of its blueprint', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    repo.commit('add shop', { date: '2026-03-04T05:06:07Z' })
    repo.commit('unrelated', { date: '2026-05-05T05:05:05Z' })
    await cli(repo, 'generate')
    expect(repo.read('shop.md')).toContain('**Generated:** 2026-03-04T05:06:07Z')
  })

  it('uses SOURCE_DATE_EPOCH when it is set', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    const code = await runCli({
      argv: ['generate'],
      cwd: repo.root,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      stdout: () => {},
      stderr: () => {}
    })
    expect(code).toBe(0)
    expect(repo.read('shop.md')).toContain('**Generated:** 2023-11-14T22:13:20Z')
  })

  it('works without git, everything counting as changed', async () => {
    repo = tempRepo({
      git: false,
      files: {
        'a/shop.blueprint.json': JSON.stringify({
          id: 'shop',
          project: 'acme',
          components: [{ id: 'x' }]
        })
      }
    })
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(0)
    expect(repo.read('a/shop.md')).toContain('**Generated:** 2026-11-25T10:00:00Z')
  })

  it('generates only the blueprints named on the command line', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP, 'billing.blueprint.yaml': BILLING } })
    expect((await cli(repo, 'generate', 'billing.blueprint.yaml')).code).toBe(0)
    expect(repo.exists('billing.md')).toBe(true)
    expect(repo.exists('shop.md')).toBe(false)
  })

  it('follows --output with {id}, {name} and {dir}', async () => {
    repo = tempRepo({ files: { 'sys/shop.blueprint.yaml': SHOP } })
    expect((await cli(repo, 'generate', '--output', 'docs/{dir}/{id}-{name}.md')).code).toBe(0)
    expect(repo.exists('docs/sys/shop-shop.md')).toBe(true)
  })

  it('deletes the document of a deleted blueprint and moves that of a renamed one', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP, 'billing.blueprint.yaml': BILLING } })
    await cli(repo, 'generate')
    repo.commit('docs')
    repo.remove('billing.blueprint.yaml')
    repo.git('mv', 'shop.blueprint.yaml', 'store.blueprint.yaml')
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(0)
    expect(run.out).toContain('deleted billing.md (billing.blueprint.yaml)')
    expect(repo.exists('billing.md')).toBe(false)
    expect(repo.exists('shop.md')).toBe(false)
    expect(repo.read('store.md')).toContain('generated from store.blueprint.yaml')
  })

  it('never deletes a file that only quotes a marker, one outside the globs, or one away from its output path', async () => {
    repo = tempRepo({
      files: { 'shop.blueprint.yaml': SHOP, 'other/billing.blueprint.yaml': BILLING }
    })
    await cli(repo, 'generate')
    const quoted = `# Review\n\n\`\`\`diff\n+${repo.read('shop.md').trim().split('\n').pop()}\n\`\`\`\n\nWritten by hand.\n`
    repo.write('notes/review.md', quoted.replace('shop.blueprint.yaml', 'gone.blueprint.yaml'))
    repo.write(
      'elsewhere/copy.md',
      repo
        .read('shop.md')
        .replace('generated from shop.blueprint.yaml', 'generated from gone.blueprint.yaml')
    )
    repo.remove('shop.blueprint.yaml')
    const run = await cli(repo, 'generate', '--blueprints', 'nothing-matches/**')
    expect(run.code).toBe(0)
    expect(repo.exists('shop.md')).toBe(true) // its blueprint is outside this run's globs
    expect(repo.exists('other/billing.md')).toBe(true)
    expect((await cli(repo, 'generate')).out).toContain('deleted shop.md (shop.blueprint.yaml)')
    expect(repo.exists('notes/review.md')).toBe(true)
    expect(repo.exists('elsewhere/copy.md')).toBe(true)
    expect(repo.exists('other/billing.md')).toBe(true)
  })

  it('finds the document of a deleted blueprint under an {id} output pattern', async () => {
    repo = tempRepo({ files: { 'sys/shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate', '--output', 'docs/{id}.md')
    expect(repo.exists('docs/shop.md')).toBe(true)
    repo.remove('sys/shop.blueprint.yaml')
    expect((await cli(repo, 'generate', '--output', 'docs/{id}.md')).out).toContain(
      'deleted docs/shop.md'
    )
    expect(repo.exists('docs/shop.md')).toBe(false)
  })

  it('uses a custom template, the standard format file itself included', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP, 'docs/format.md': SEED } })
    await cli(repo, 'generate')
    const builtIn = repo.read('shop.md')
    repo.remove('shop.md')
    expect((await cli(repo, 'generate', '--template', 'docs/format.md')).code).toBe(0)
    expect(repo.read('shop.md')).toBe(builtIn)
  })
})

describe('invalid input', () => {
  const cases: [string, string, RegExp][] = [
    ['bad YAML', 'id: bad\nproject: [unclosed\n', /^bad\.blueprint\.yaml:\d+:\d+: /m],
    [
      'an unknown key',
      'id: bad\nproject: p\ncompnents: []\n',
      /^bad\.blueprint\.yaml:3:1: .*compnents/m
    ],
    [
      'a duplicate component id',
      'id: bad\nproject: p\ncomponents:\n  - id: a\n  - id: a\n',
      /^bad\.blueprint\.yaml:5:\d+: .*duplicate|^bad\.blueprint\.yaml:5:\d+: .*"a"/m
    ],
    [
      'a dangling dependency',
      'id: bad\nproject: p\ncomponents:\n  - id: a\ndependencies:\n  - from: a\n    to: nowhere\n',
      /^bad\.blueprint\.yaml:7:\d+: .*nowhere/m
    ],
    [
      'a wrong type',
      'id: bad\nproject: p\ncomponents:\n  - id: a\ndependencies:\n  - from: a\n    to: a\n    async: "yes"\n',
      /^bad\.blueprint\.yaml:8:\d+: .*async/m
    ],
    ['a missing project', 'id: bad\n', /^bad\.blueprint\.yaml:1:1: .*project/m],
    [
      'too many components',
      `id: bad\nproject: p\ncomponents:\n${Array.from({ length: 2001 }, (_, i) => `  - id: c${i}\n`).join('')}`,
      /^bad\.blueprint\.yaml:\d+:\d+: .*2,?000/m
    ]
  ]

  it.each(cases)(
    '%s: a positioned error, exit 2, nothing written for it, the others still written',
    async (_, content, error) => {
      repo = tempRepo({ files: { 'bad.blueprint.yaml': content, 'shop.blueprint.yaml': SHOP } })
      const run = await cli(repo, 'generate')
      expect(run.code).toBe(2)
      expect(run.err).toMatch(error)
      expect(repo.exists('bad.md')).toBe(false)
      expect(repo.exists('shop.md')).toBe(true)
      expect((await cli(repo, 'validate')).code).toBe(2)
      expect((await cli(repo, 'check')).code).toBe(2)
    }
  )

  it('keeps the last good document of a blueprint that became invalid', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    const good = repo.read('shop.md')
    repo.write('shop.blueprint.yaml', SHOP.replace('project: acme', 'project: [acme'))
    expect((await cli(repo, 'generate')).code).toBe(2)
    expect(repo.read('shop.md')).toBe(good)
  })

  it('never touches a hand-written file at the output path', async () => {
    repo = tempRepo({
      files: { 'shop.blueprint.yaml': SHOP, 'shop.md': '# Shop\n\nWritten by hand.\n' }
    })
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^shop\.blueprint\.yaml:1:1: shop\.md exists and was not generated by blueprint-docs/m
    )
    expect(repo.read('shop.md')).toBe('# Shop\n\nWritten by hand.\n')
    repo.remove('shop.blueprint.yaml')
    expect((await cli(repo, 'generate')).code).toBe(0)
    expect(repo.read('shop.md')).toBe('# Shop\n\nWritten by hand.\n')
  })

  it('refuses a blueprint that is a symbolic link out of the repository', async () => {
    const outside = tempRepo({ git: false, files: { 'secret.blueprint.yaml': SHOP } })
    try {
      repo = tempRepo({ files: { 'ok.blueprint.yaml': BILLING } })
      repo.symlink(path.join(outside.root, 'secret.blueprint.yaml'), 'evil.blueprint.yaml')
      const run = await cli(repo, 'generate')
      expect(run.code).toBe(2)
      expect(run.err).toMatch(/^evil\.blueprint\.yaml:1:1: .*outside the repository/m)
      expect(repo.exists('evil.md')).toBe(false)
      expect(repo.exists('ok.md')).toBe(true)
    } finally {
      outside.cleanup()
    }
  })

  it('refuses to write a document through a symlinked folder that leads out', async () => {
    const outside = tempRepo({ git: false })
    try {
      repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
      repo.symlink(outside.root, 'docs')
      const run = await cli(repo, 'generate', '--output', 'docs/{name}.md')
      expect(run.code).toBe(2)
      expect(run.err).toMatch(/outside the repository/)
      expect(outside.exists('shop.md')).toBe(false)
    } finally {
      outside.cleanup()
    }
  })

  it('refuses an output pattern that leaves the repository', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    const run = await cli(repo, 'generate', '--output', '../{name}.md')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^shop\.blueprint\.yaml:1:1: output pattern "\.\.\/\{name\}\.md" .*outside the repository/m
    )
  })

  it('names the template, line and column of a broken template and writes nothing', async () => {
    repo = tempRepo({
      files: { 'shop.blueprint.yaml': SHOP, 't.hbs': '# {{blueprint.id}}\n{{#each components}}\n' }
    })
    const run = await cli(repo, 'generate', '--template', 't.hbs')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/^t\.hbs:\d+:\d+: template is not valid Handlebars/m)
    expect(repo.exists('shop.md')).toBe(false)
  })

  it('refuses a template outside the repository', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    const run = await cli(repo, 'generate', '--template', '../../etc/passwd')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/outside the repository/)
  })
})

describe('check', () => {
  it('lists a stale document with its diff and the command that fixes it, then passes after generate', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    repo.commit('docs')
    repo.write('shop.blueprint.yaml', SHOP.replace('Sells things.', 'Sells more things.'))
    const run = await cli(repo, 'check')
    expect(run.code).toBe(1)
    expect(run.out).toContain('stale: shop.md is out of date (blueprint shop.blueprint.yaml)')
    expect(run.out).toContain('-Sells things.\n+Sells more things.')
    expect(run.out).not.toMatch(/^[-+]\*\*Generated/m)
    expect(run.out).toContain(
      `1 document is out of date; run \`npx --yes blueprint-docs@${VERSION} generate\` and commit the result\n`
    )
    expect((await cli(repo, 'generate')).code).toBe(0)
    expect((await cli(repo, 'check')).code).toBe(0)
  })

  it('names the options that differ from the defaults in the fix command, quoted where a shell needs it', async () => {
    repo = tempRepo({ files: { 'arch/shop.yaml': SHOP, 'my format.md': SEED } })
    const run = await cli(
      repo,
      'check',
      '--blueprints',
      'arch/*.yaml',
      '--output',
      'docs/{name}.md',
      '--template',
      'my format.md',
      '--working-directory',
      repo.root
    )
    expect(run).toMatchObject({ code: 1, err: '' })
    expect(run.out.split('\n').at(-2)).toBe(
      `1 document is out of date; run \`npx --yes blueprint-docs@${VERSION} generate --blueprints 'arch/*.yaml' --output 'docs/{name}.md' --template 'my format.md' --working-directory ${repo.root}\` and commit the result`
    )
  })

  it('counts a missing document as stale', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    const run = await cli(repo, 'check')
    expect(run.code).toBe(1)
    expect(run.out).toContain('stale: shop.md is missing')
    expect(repo.exists('shop.md')).toBe(false)
  })
})

describe('diff', () => {
  it('prints the review of the work tree against the merge base: added and removed components, the diagram, the document diff', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    repo.commit('shop')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write(
      'shop.blueprint.yaml',
      SHOP.replace(
        '  - id: db\n    type: database\n',
        '  - id: db\n    type: database\n  - id: cache\n    type: cache\n'
      )
    )
    await cli(repo, 'generate')
    const run = await cli(repo, 'diff', '--base', 'main')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toContain('<!-- blueprint-docs:comment')
    expect(run.out).toMatch(/cache/)
    expect(run.out).toContain('```mermaid')
    expect(run.out).toMatch(/<details>/)
  })

  it('shows a deleted blueprint that never had a committed document as deleted', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP, 'billing.blueprint.yaml': BILLING } })
    repo.commit('blueprints, no documents yet')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.git('rm', '-q', 'billing.blueprint.yaml')
    const run = await cli(repo, 'diff', '--base', 'main')
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/### .*`billing\.blueprint\.yaml`\n\nDeleted blueprint/)
  })

  it('shows the document of a blueprint invalid at head as unchanged, with the problem, not as deleted', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    repo.commit('shop')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('shop.blueprint.yaml', SHOP.replace('    to: db\n', '    to: nowhere\n'))
    expect((await cli(repo, 'generate')).code).toBe(2)
    expect(repo.git('status', '--porcelain')).toBe(' M shop.blueprint.yaml\n')
    const run = await cli(repo, 'diff', '--base', 'main')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toMatch(/### .*`shop\.blueprint\.yaml`\n\nInvalid at head: 1 problem\./)
    expect(run.out).toMatch(/^- shop\.blueprint\.yaml:11:\d+: .*nowhere/m)
    expect(run.out).not.toContain('/dev/null')
    expect(run.out).not.toMatch(/document \+\d+ −\d+ lines/)
  })

  it('says so when nothing differs', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP } })
    await cli(repo, 'generate')
    repo.commit('shop')
    const run = await cli(repo, 'diff')
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/No architecture or document changes/)
  })
})

describe('the examples (golden documents)', () => {
  it('are exactly what the engine generates from their blueprints, generated_at aside', async () => {
    let out = ''
    const code = await runCli({
      argv: ['check', '--blueprints', 'examples/**/*.blueprint.yaml', '--working-directory', '.'],
      cwd: process.cwd(),
      env: {},
      stdout: (t) => (out += t),
      stderr: (t) => (out += t)
    })
    expect(out).toBe('4 blueprints: every document is up to date\n')
    expect(code).toBe(0)
  })
})
