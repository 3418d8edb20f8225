/**
 * How the command line answers the person typing it: each command's own usage, the options
 * a command does not take, arguments in the wrong place, paths that are not blueprints, and
 * an output closed early (`| head`), the last one through the bundle in a real pipe.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { builtBundles } from '../support/action-runner.js'
import { runCliIn, SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'

const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

const cli = runCliIn

let repo: TempRepo
afterEach(() => repo?.cleanup())

describe('usage', () => {
  it('answers an unknown command with the usage and exit 2', async () => {
    repo = tempRepo()
    const run = await cli(repo, 'frobnicate')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^blueprint-docs: unknown command "frobnicate"\n\nUsage: blueprint-docs/
    )
    expect(run.out).toBe('')
  })

  it('suggests the command meant by a typo', async () => {
    repo = tempRepo()
    const run = await cli(repo, 'generat')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^blueprint-docs: unknown command "generat" \(did you mean generate\?\)\n/
    )
  })

  it('prints the usage on stderr with exit 2 when no command is given', async () => {
    repo = tempRepo()
    const run = await cli(repo)
    expect(run).toMatchObject({ code: 2, out: '' })
    expect(run.err).toMatch(/^Usage: blueprint-docs <command>/)
  })

  it.each([['--help'], ['-h']])(
    '%s prints the usage, naming every command and --version, with exit 0',
    async (...argv) => {
      repo = tempRepo()
      const run = await cli(repo, ...argv)
      expect(run).toMatchObject({ code: 0, err: '' })
      expect(run.out).toMatch(/^Usage: blueprint-docs <command> \[options\]\n/)
      for (const word of ['generate', 'check', 'diff', 'validate', '-h, --help'])
        expect(run.out).toContain(word)
      expect(run.out).toMatch(/^ {2}-v, --version +the version of blueprint-docs$/m)
      expect(run.out).toContain('blueprint-docs <command> --help')
    }
  )

  it.each<[string, RegExp, string[], string[]]>([
    [
      'generate',
      /^Usage: blueprint-docs generate \[paths…\] \[options\]\n/,
      [
        '--all',
        '--blueprints GLOB',
        '--output PATTERN',
        '--template PATH',
        '--landscape PATH',
        '--working-directory'
      ],
      ['--base', '--sarif']
    ],
    [
      'check',
      /^Usage: blueprint-docs check \[paths…\] \[options\]\n/,
      [
        'Exit status: 0',
        '--blueprints GLOB',
        '--output PATTERN',
        '--template PATH',
        '--sarif FILE'
      ],
      ['--base']
    ],
    [
      'diff',
      /^Usage: blueprint-docs diff \[options\]\n/,
      ['--base REF', '--blueprints GLOB', '--output PATTERN', '--template PATH'],
      ['--all']
    ],
    [
      'validate',
      /^Usage: blueprint-docs validate \[paths…\] \[options\]\n/,
      ['--blueprints GLOB', '--sarif FILE', '--working-directory'],
      ['--output', '--template', '--base', '--all', '--landscape']
    ]
  ])(
    '%s --help prints that command’s own usage and options, with exit 0',
    async (command, head, has, lacks) => {
      repo = tempRepo()
      for (const argv of [
        [command, '--help'],
        ['-h', command]
      ]) {
        const run = await cli(repo, ...argv)
        expect(run).toMatchObject({ code: 0, err: '' })
        expect(run.out).toMatch(head)
        for (const text of [...has, '-h, --help', '-v, --version']) expect(run.out).toContain(text)
        for (const text of lacks) expect(run.out).not.toContain(text)
      }
    }
  )

  it.each([['--version'], ['-v'], ['generate', '-v']])(
    "%s prints package.json's version and writes nothing",
    async (...argv) => {
      repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP_BLUEPRINT } })
      expect(await cli(repo, ...argv)).toEqual({ code: 0, out: `${VERSION}\n`, err: '' })
      expect(repo.exists('shop.md')).toBe(false)
    }
  )

  it('reports a failure no command foresaw in one line, with exit 2', async () => {
    repo = tempRepo()
    const missing = path.join(repo.root, 'no-such-folder')
    const run = await cli(repo, 'check', '--working-directory', missing)
    expect(run).toMatchObject({ code: 2, out: '' })
    expect(run.err).toMatch(
      /^blueprint-docs: (Error: )?ENOENT: no such file or directory, .*no-such-folder'\n$/
    )
  })
})

describe('options a command does not take', () => {
  it('names the unknown option and lists the options of that command, writing nothing', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP_BLUEPRINT } })
    const run = await cli(repo, 'check', '--frobnicate')
    expect(run).toMatchObject({ code: 2, out: '' })
    const [first, blank, ...usage] = run.err.split('\n')
    expect(first).toBe('blueprint-docs: check: unknown option --frobnicate')
    expect(blank).toBe('')
    expect(usage.join('\n')).toMatch(/^Usage: blueprint-docs check /)
    expect(run.err).toContain('--template PATH')
    // Not Node's own wording, with its dangling quote and its advice about `--`.
    expect(run.err).not.toMatch(/'--frobnicate|To specify a positional/)
    expect(repo.exists('shop.md')).toBe(false)
  })

  it.each<[string[], string]>([
    [
      ['generate', '--blueprint', 'x'],
      'generate: unknown option --blueprint (did you mean --blueprints?)'
    ],
    [
      ['validate', '--template', 't.md'],
      'validate: unknown option --template (generate, check and diff take it)'
    ],
    [['check', '--base', 'main'], 'check: unknown option --base (diff takes it)'],
    [['generate', '-x'], 'generate: unknown option -x'],
    [['generate', '--output'], 'generate: --output needs a value: --output PATTERN'],
    [['diff', '--base', '--all'], 'diff: --base needs a value: --base REF'],
    [['generate', '--all=yes'], 'generate: --all takes no value'],
    [['--frobnicate'], 'unknown option --frobnicate']
  ])('%j: %s', async (argv, message) => {
    repo = tempRepo()
    const run = await cli(repo, ...argv)
    expect(run).toMatchObject({ code: 2, out: '' })
    expect(run.err.split('\n')[0]).toBe(`blueprint-docs: ${message}`)
  })

  it('refuses `diff REF`, a forgotten --base, with the right spelling', async () => {
    repo = tempRepo({ files: { 'shop.blueprint.yaml': SHOP_BLUEPRINT } })
    repo.commit('shop')
    const run = await cli(repo, 'diff', 'main')
    expect(run).toMatchObject({ code: 2, out: '' })
    expect(run.err.split('\n')[0]).toBe(
      'blueprint-docs: diff takes no arguments, only options; did you mean: diff --base main'
    )
    expect(run.err).toContain('Usage: blueprint-docs diff [options]')
  })

  it('still takes options before the command and a path after `--`', async () => {
    repo = tempRepo({ files: { '-odd.blueprint.yaml': SHOP_BLUEPRINT } })
    const run = await cli(
      repo,
      '--working-directory',
      repo.root,
      'validate',
      '--',
      '-odd.blueprint.yaml'
    )
    expect(run).toEqual({ code: 0, out: '1 blueprint checked, all valid\n', err: '' })
  })
})

describe('paths that are not blueprints', () => {
  it('a folder: says it is one and how to name the blueprints in it', async () => {
    repo = tempRepo({ files: { 'services/shop.blueprint.yaml': SHOP_BLUEPRINT } })
    for (const command of ['validate', 'generate']) {
      const run = await cli(repo, command, 'services')
      expect(run.code).toBe(2)
      expect(run.err).toBe(
        "services:1:1: is a folder, not a blueprint file; name the blueprint files in it, or select them with --blueprints 'services/**/*.blueprint.yaml'\n"
      )
    }
  })

  it('a Markdown file: says it is not a blueprint, not that it is empty', async () => {
    repo = tempRepo({
      files: { 'README.md': '# Shop\n\nSells things.\n', 'notes.md': '# Notes\n' }
    })
    const run = await cli(repo, 'validate', 'README.md', 'notes.md')
    expect(run.code).toBe(2)
    const lines = run.err.trimEnd().split('\n')
    expect(lines).toEqual([
      'README.md:1:1: is not a blueprint: a blueprint is a YAML or JSON file (*.blueprint.yaml, *.blueprint.yml, *.blueprint.json) with at least "id" and "project"',
      'notes.md:1:1: is not a blueprint: a blueprint is a YAML or JSON file (*.blueprint.yaml, *.blueprint.yml, *.blueprint.json) with at least "id" and "project"'
    ])
  })

  it('a YAML file of something else: one line saying so, not a list of unknown keys', async () => {
    repo = tempRepo({
      files: { '.github/workflows/ci.yml': 'name: CI\non: push\njobs:\n  test:\n    runs-on: x\n' }
    })
    const run = await cli(repo, 'validate', '.github/workflows/ci.yml')
    expect(run.code).toBe(2)
    expect(run.err).toBe(
      '.github/workflows/ci.yml:1:1: is not a blueprint: it has none of a blueprint\'s keys (it has name, on, jobs); a blueprint has at least "id" and "project"\n'
    )
  })
})

describe('an output closed early', () => {
  const BUNDLE = builtBundles().cli

  /** Runs the bundled command line with stdout read until its first chunk, then closed. */
  function runClosingEarly(
    cwd: string,
    argv: string[]
  ): Promise<{ code: number | null; signal: string | null; err: string; read: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLE, ...argv], {
        cwd,
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let err = ''
      let read = ''
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.toString()
        child.stdout.destroy()
      })
      child.on('error', reject)
      child.on('close', (code, signal) => resolve({ code, signal, err, read }))
    })
  }

  it('`check | head -1` ends quietly with the exit code of the check', async () => {
    // Forty documents generated from another template: `check` prints forty whole-document
    // diffs, far more than a pipe holds, so it writes after the reader has gone.
    const files: Record<string, string> = { 'short.hbs': '# {{blueprint.id}}\n' }
    for (let i = 0; i < 40; i++)
      files[`s${i}/shop.blueprint.yaml`] = SHOP_BLUEPRINT.replace('id: shop', `id: shop-${i}`)
    repo = tempRepo({ files })
    expect((await cli(repo, 'generate', '--template', 'short.hbs')).code).toBe(0)
    const run = await runClosingEarly(repo.root, ['check'])
    expect(run.read).toMatch(/^stale: s0\/shop\.md is out of date/)
    expect(run.err).toBe('')
    expect(run).toMatchObject({ code: 1, signal: null })
  })
})
