/**
 * The npm package as users get it: `npm pack` of the repository (package.json's
 * `files` decide), unpacked into a temporary folder and run from there with no
 * `npm install`, offline, in a real git repository: the bundle alone must be
 * the whole command line. Then `npm run release:check` on the same files, and
 * on a changelog that lacks the version.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  packFolder,
  ROOT,
  runCommand,
  stageRepository,
  type CommandRun,
  type PackedPackage
} from '../support/package.js'
import { runCliIn, SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'

/** Caps well above today's package (about 1.1 MB packed, 4.9 MB unpacked) that catch a stray folder. */
const MAX_PACKED_BYTES = 5 * 1024 * 1024
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024

const RELEASE_CHECK = path.join(ROOT, 'scripts', 'release-check.mjs')

let stage: string
let pkg: PackedPackage
beforeAll(() => {
  stage = stageRepository()
  pkg = packFolder(stage)
})
afterAll(() => {
  pkg?.cleanup()
  if (stage !== undefined) rmSync(stage, { recursive: true, force: true })
})

const repoVersion = (): string =>
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

describe('npm pack', () => {
  it('publishes the bundle, the schema, the action and the documents', () => {
    for (const file of [
      'package.json',
      'dist/index.js',
      'dist/cli/index.js',
      'dist/package.json',
      'schema/blueprint.schema.json',
      'action.yml',
      'README.md',
      'LICENSE',
      'CHANGELOG.md'
    ])
      expect(pkg.entries).toContain(file)
  })

  it('publishes no sources, tests, benchmarks, examples or workflows', () => {
    const stray = pkg.entries.filter((f) =>
      /^(src|test|bench|scripts|examples|\.github|\.ci|node_modules)\//.test(f)
    )
    expect(stray).toEqual([])
    // Everything else is the bundle or one of the few files a package carries.
    const unexpected = pkg.entries.filter(
      (f) =>
        !f.startsWith('dist/') &&
        !f.startsWith('schema/') &&
        !['package.json', 'action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f)
    )
    expect(unexpected).toEqual([])
  })

  it("lists in npm's report exactly the files in the tarball", () => {
    expect([...pkg.report.files.map((f) => f.path)].sort()).toEqual(pkg.entries)
  })

  it('stays under the size caps', () => {
    expect(readFileSync(pkg.tarball).length).toBe(pkg.report.size)
    expect(pkg.report.size).toBeLessThan(MAX_PACKED_BYTES)
    expect(pkg.report.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES)
  })

  it("is the repository's version, with a bin npm can run", () => {
    expect(pkg.manifest.version).toBe(repoVersion())
    expect(pkg.manifest.bin).toEqual({ 'blueprint-docs': 'dist/cli/index.js' })
    expect(readFileSync(path.join(pkg.root, 'dist/cli/index.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/
    )
  })

  it('is unpacked where no node_modules can be found', () => {
    // Node looks for packages in every ancestor's node_modules: none may exist.
    const ancestors: string[] = []
    for (let dir = pkg.root; ; dir = path.dirname(dir)) {
      ancestors.push(dir)
      if (path.dirname(dir) === dir) break
    }
    expect(ancestors.filter((dir) => existsSync(path.join(dir, 'node_modules')))).toEqual([])
  })
})

describe('the unpacked command line, with no npm install', () => {
  let repo: TempRepo
  afterEach(() => repo?.cleanup())

  /** `node <unpacked>/dist/cli/index.js …` inside the temporary repository. */
  const cli = (...args: string[]): Promise<CommandRun> =>
    runCommand(process.execPath, [path.join(pkg.root, 'dist', 'cli', 'index.js'), ...args], {
      cwd: repo.root
    })

  function shopRepo(): TempRepo {
    const made = tempRepo({ files: { 'docs/shop.blueprint.yaml': SHOP_BLUEPRINT } })
    made.commit('add the shop blueprint')
    return made
  }

  it('--help prints the usage', async () => {
    repo = tempRepo({ git: false })
    const run = await cli('--help')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/^Usage: blueprint-docs <command> \[options\]/)
    for (const command of ['generate', 'check', 'diff', 'validate'])
      expect(run.stdout).toContain(`  ${command}`)
  })

  it("--version and -v print package.json's version", async () => {
    repo = tempRepo({ git: false })
    const pattern = new RegExp(`^(blueprint-docs )?${repoVersion().replace(/\./g, '\\.')}\n$`)
    for (const flag of ['--version', '-v']) {
      const run = await cli(flag)
      expect({ flag, code: run.code, stderr: run.stderr }).toEqual({ flag, code: 0, stderr: '' })
      expect(run.stdout).toMatch(pattern)
    }
  })

  it('validate, check, generate and check again in a repository with one blueprint', async () => {
    repo = shopRepo()

    expect(await cli('validate')).toEqual({
      code: 0,
      stdout: '1 blueprint checked, all valid\n',
      stderr: ''
    })

    const missing = await cli('check')
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain(
      'stale: docs/shop.md is missing (blueprint docs/shop.blueprint.yaml)\n'
    )
    expect(repo.exists('docs/shop.md')).toBe(false)

    expect(await cli('generate')).toEqual({
      code: 0,
      stdout:
        'created docs/shop.md (docs/shop.blueprint.yaml)\n1 blueprint, 1 document written or removed\n',
      stderr: ''
    })
    const written = repo.read('docs/shop.md')
    expect(written).toMatch(/^# /)
    expect(written).toContain('```mermaid\n')
    // generated_at is the time of the commit that last changed the blueprint.
    expect(written).toContain('2026-01-02T03:04:05Z')
    expect(written.trimEnd().split('\n').at(-1)).toMatch(
      /^<!-- blueprint-docs: generated from docs\/shop\.blueprint\.yaml; .* -->$/
    )

    // The packed bundle writes exactly what the sources write.
    const twin = shopRepo()
    try {
      expect((await runCliIn(twin, 'generate')).code).toBe(0)
      expect(written).toBe(twin.read('docs/shop.md'))
    } finally {
      twin.cleanup()
    }

    expect(await cli('check')).toEqual({
      code: 0,
      stdout: '1 blueprint: every document is up to date\n',
      stderr: ''
    })
    // A second generate changes nothing.
    expect(await cli('generate')).toEqual({
      code: 0,
      stdout: '1 blueprint, 0 documents written or removed\n',
      stderr: ''
    })
    expect(repo.read('docs/shop.md')).toBe(written)
  })

  it('validate reports a broken blueprint at file:line:col and exits 2', async () => {
    repo = tempRepo({
      files: {
        'bad.blueprint.yaml': 'id: bad\nproject: acme\ncolour: blue\ncomponents:\n  - id: api\n'
      }
    })
    const run = await cli('validate')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^bad\.blueprint\.yaml:3:1: /)
    expect(run.stdout).toBe('1 blueprint checked, 1 problem\n')
  })

  it('a big generate writes every document through its writer thread', async () => {
    // More documents than the command line writes inline: the bundle starts itself as a worker.
    const count = 40
    const files: Record<string, string> = {}
    for (let i = 0; i < count; i++)
      files[`systems/s${i}.blueprint.yaml`] = SHOP_BLUEPRINT.replace('id: shop', `id: s${i}`)
    repo = tempRepo({ files })
    repo.commit('add the blueprints')
    const run = await cli('generate')
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${count} blueprints, ${count} documents written or removed`
    )
    for (let i = 0; i < count; i++)
      expect(repo.read(`systems/s${i}.md`)).toContain(`generated from systems/s${i}.blueprint.yaml`)
    expect((await cli('check')).code).toBe(0)
  })
})

describe('npm run release:check', () => {
  /** Runs the release check in a copy of the staged repository, with `edits` applied to its files. */
  async function releaseCheckWith(
    edits: Record<string, (text: string) => string>,
    ...args: string[]
  ): Promise<CommandRun> {
    const copy = mkdtempSync(path.join(tmpdir(), 'bpd-release-'))
    try {
      cpSync(stage, copy, { recursive: true })
      for (const [name, edit] of Object.entries(edits)) {
        const file = path.join(copy, name)
        writeFileSync(file, edit(readFileSync(file, 'utf8')))
      }
      return await runCommand(process.execPath, [RELEASE_CHECK, ...args], { cwd: copy })
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  }
  /** {@link releaseCheckWith} with CHANGELOG.md `edit`ed. */
  const releaseCheck = (edit: (changelog: string) => string, ...args: string[]) =>
    releaseCheckWith({ 'CHANGELOG.md': edit }, ...args)

  const version = (): string => repoVersion()
  const heading = (): RegExp => new RegExp(`^## \\[${version().replace(/\./g, '\\.')}\\].*$`, 'm')

  it('passes on the repository as it is', async () => {
    const run = await releaseCheck((c) => c)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      new RegExp(`^release-check: blueprint-docs@${version().replace(/\./g, '\\.')} is ready: `)
    )
  })

  it('fails with a clear message when CHANGELOG.md has no section for the version', async () => {
    const run = await releaseCheck((c) => c.replace(heading(), '## [0.0.1] - 2026-01-01'))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `release-check: CHANGELOG.md has no section for ${version()}: add "## [${version()}] - YYYY-MM-DD" describing the release\n`
    )
  })

  it("fails when the version's section has no date", async () => {
    const run = await releaseCheck((c) => c.replace(heading(), `## [${version()}]`))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`"## [${version()}]" has no date`)
  })

  it('fails when the tag does not name the version', async () => {
    const run = await releaseCheck((c) => c, '--tag', 'v0.0.1')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`the tag v0.0.1 does not name package.json's version ${version()}`)
  })

  it('fails when the bin cannot run without its #! line', async () => {
    const run = await releaseCheckWith({
      'dist/cli/index.js': (text) => text.replace(/^#![^\n]*\n/, '')
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'release-check: bin blueprint-docs (dist/cli/index.js) does not start with "#!/usr/bin/env node"'
    )
  })

  it('fails when "files" would publish the sources', async () => {
    const run = await releaseCheckWith({
      'package.json': (text) => text.replace('"files": [', '"files": [\n    "src/",')
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^release-check: the package would publish src\/[\w/]+\.ts: keep src\/ out of "files"$/m
    )
  })

  it('fails when a "build" script would make a git install fetch every devDependency', async () => {
    const run = await releaseCheckWith({
      'package.json': (text) => text.replace('"scripts": {', '"scripts": {\n    "build": "true",')
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'release-check: package.json has a "build" script: npm would install all devDependencies'
    )
  })

  it("--notes prints the version's section: the release's body", async () => {
    const run = await releaseCheck((c) => c, '--notes', version())
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain('### Added\n')
    expect(run.stdout).not.toMatch(/^## /m)
    expect(run.stdout).not.toMatch(/^\[[^\]]+\]: /m)
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toContain(run.stdout.trim())
  })

  it('--notes fails for a version the changelog does not have', async () => {
    const run = await releaseCheck((c) => c, '--notes', '0.0.1')
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'release-check: CHANGELOG.md has no notes for 0.0.1\n'
    })
  })
})
