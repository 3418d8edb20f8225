/**
 * The pre-commit hooks of `.pre-commit-hooks.yaml`, run as pre-commit runs
 * them: the hook's `files` pattern decides whether it runs (searched in each
 * staged path, as Python's `re.search` does), and its `entry` runs at the
 * repository's root with the installed package's `blueprint-docs` command on
 * PATH and, as `pass_filenames: false` says, no file names. The command is
 * the packed bundle's bin, linked the way npm links it on install.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { packRepository, ROOT, runCommand, type PackedPackage } from '../support/package.js'
import { SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  files: string
  pass_filenames: boolean
}

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = (id: string): Hook => {
  const found = hooks.find((h) => h.id === id)
  if (found === undefined) throw new Error(`.pre-commit-hooks.yaml has no hook ${id}`)
  return found
}

describe('.pre-commit-hooks.yaml', () => {
  it('offers the generate and check hooks, run by the package’s own command', () => {
    expect(hooks.map((h) => h.id)).toEqual(['blueprint-docs-generate', 'blueprint-docs-check'])
    expect(hook('blueprint-docs-generate')).toMatchObject({
      entry: 'blueprint-docs generate',
      language: 'node',
      pass_filenames: false
    })
    expect(hook('blueprint-docs-check')).toMatchObject({
      entry: 'blueprint-docs check',
      language: 'node',
      pass_filenames: false
    })
    for (const h of hooks) expect(h.name).toBeTruthy()
  })

  const blueprints = [
    'checkout.blueprint.yaml',
    'docs/payments.blueprint.yml',
    'a/b/c/search.blueprint.json',
    'examples/checkout/checkout.blueprint.yaml'
  ]
  const others = [
    'checkout.yaml',
    'blueprint.yaml',
    'checkout-blueprint.yaml',
    'checkout.md',
    'checkout.blueprint.md',
    'checkout.blueprint.yaml.md',
    'checkout.blueprint.yamlx',
    'checkout.blueprint.toml',
    'checkout.Blueprint.yaml',
    'docs/blueprint.yaml/readme.txt',
    'package.json'
  ]
  it.each(hooks.map((h) => h.id))('%s runs for blueprint files and no others', (id) => {
    const files = new RegExp(hook(id).files)
    expect(blueprints.filter((f) => !files.test(f))).toEqual([])
    expect(others.filter((f) => files.test(f))).toEqual([])
  })
})

describe('the hooks run as pre-commit runs them', () => {
  let pkg: PackedPackage
  let repo: TempRepo
  beforeAll(() => {
    pkg = packRepository()
  })
  afterAll(() => pkg?.cleanup())
  afterEach(() => repo?.cleanup())

  /** The hook's entry, split as pre-commit splits it, run at the repository's root. */
  function runHook(id: string) {
    const [command, ...args] = hook(id).entry.split(/\s+/)
    return runCommand(command as string, args, { cwd: repo.root, prepend: [pkg.binDir] })
  }

  it('the command on PATH is the packed bundle', async () => {
    repo = tempRepo({ git: false })
    const found = await runCommand('sh', ['-c', 'command -v blueprint-docs'], {
      cwd: repo.root,
      prepend: [pkg.binDir]
    })
    expect(found.stdout).toBe(`${path.join(pkg.binDir, 'blueprint-docs')}\n`)
    const run = await runCommand('blueprint-docs', ['--help'], {
      cwd: repo.root,
      prepend: [pkg.binDir]
    })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Usage: blueprint-docs /)
  })

  it('generate writes the document, check then passes, and fails once the blueprint changes', async () => {
    repo = tempRepo({ files: { 'docs/shop.blueprint.yaml': SHOP_BLUEPRINT } })
    repo.commit('add the shop blueprint')

    const generated = await runHook('blueprint-docs-generate')
    expect(generated).toEqual({
      code: 0,
      stdout:
        'created docs/shop.md (docs/shop.blueprint.yaml)\n1 blueprint, 1 document written or removed\n',
      stderr: ''
    })
    expect(repo.read('docs/shop.md')).toContain(
      '<!-- blueprint-docs: generated from docs/shop.blueprint.yaml;'
    )
    repo.commit('add the document')

    expect(await runHook('blueprint-docs-check')).toEqual({
      code: 0,
      stdout: '1 blueprint: every document is up to date\n',
      stderr: ''
    })

    repo.write(
      'docs/shop.blueprint.yaml',
      SHOP_BLUEPRINT.replace('overview: Sells things.', 'overview: Sells things and ships them.')
    )
    const stale = await runHook('blueprint-docs-check')
    expect(stale.code).toBe(1)
    expect(stale.stderr).toBe('')
    expect(stale.stdout).toContain(
      'stale: docs/shop.md is out of date (blueprint docs/shop.blueprint.yaml)\n'
    )
    expect(stale.stdout).toContain('+Sells things and ships them.')
    expect(stale.stdout).toMatch(/1 document is out of date; run `[^`]+` and commit the result\n$/)

    // The generate hook fixes it; pre-commit then reports the rewritten file to the author.
    expect((await runHook('blueprint-docs-generate')).stdout).toContain(
      'updated docs/shop.md (docs/shop.blueprint.yaml)\n'
    )
    expect((await runHook('blueprint-docs-check')).code).toBe(0)
  })
})
