/**
 * The action's edges, in-process: what the @actions/core runner writes for
 * each thing the job says, how the inputs are read, what the run's context
 * holds.
 */
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import path from 'node:path'
import { readContext } from '../../src/action/event.js'
import { InputError, readConfig } from '../../src/action/inputs.js'
import { capSummary, coreRunner, SUMMARY_LIMIT } from '../../src/action/reporter.js'

let dir: string
let printed: string[]
const saved = { ...process.env }
const savedExitCode = process.exitCode

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'action-reporter-'))
  printed = []
  jest.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
    printed.push(String(text))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = savedExitCode
  rmSync(dir, { recursive: true, force: true })
})

describe('the runner over @actions/core', () => {
  it.each([
    [
      'a file, line and column',
      { file: 'a/b.yaml', line: 3, col: 4 },
      '::error file=a/b.yaml,line=3,col=4::bad'
    ],
    ['a file only', { file: 'a.md' }, '::error file=a.md::bad'],
    [
      'a title, escaped like every property',
      { file: 't.hbs', line: 2, title: 'blueprint-docs: template' },
      '::error title=blueprint-docs%3A template,file=t.hbs,line=2::bad'
    ],
    ['nothing', undefined, '::error::bad'],
    ['no value at all', { file: '' }, '::error::bad']
  ])('an error annotation with %s', (_name, where, line) => {
    coreRunner().error('bad', where)
    expect(printed).toEqual([line + EOL])
  })

  it('keeps a message on one line: %, CR and LF are escaped', () => {
    coreRunner().warning('50% done\r\nnext', { file: 'x,y.md', line: 1 })
    expect(printed).toEqual([`::warning file=x%2Cy.md,line=1::50%25 done%0D%0Anext${EOL}`])
  })

  it('groups, logs, masks and fails as workflow commands', async () => {
    const runner = coreRunner()
    const value = await runner.group('Generate', async () => {
      runner.info('shop.md: new document for shop.blueprint.yaml')
      return 42
    })
    runner.setSecret('ghs_secret')
    runner.setFailed('it broke')
    expect(value).toBe(42)
    expect(printed.join('')).toBe(
      [
        '::group::Generate',
        'shop.md: new document for shop.blueprint.yaml',
        '::endgroup::',
        '::add-mask::ghs_secret',
        '::error::it broke',
        ''
      ].join(EOL)
    )
    expect(process.exitCode).toBe(1)
  })

  it('writes outputs to the GITHUB_OUTPUT file as heredocs', () => {
    const file = path.join(dir, 'output')
    writeFileSync(file, '')
    process.env['GITHUB_OUTPUT'] = file
    coreRunner().setOutput('changed-docs', '["a.md"]')
    const match =
      /^changed-docs<<(ghadelimiter_[\w-]+)\n\["a\.md"\]\n(ghadelimiter_[\w-]+)\n$/.exec(
        readFileSync(file, 'utf8')
      )
    expect(match?.[1]).toBe(match?.[2])
    expect(printed).toEqual([])
  })

  it('appends the summary with a line ending, and writes nothing without a summary file', async () => {
    const file = path.join(dir, 'summary')
    writeFileSync(file, 'before\n')
    process.env['GITHUB_STEP_SUMMARY'] = file
    await coreRunner().summary('## Architecture docs')
    expect(readFileSync(file, 'utf8')).toBe(`before\n## Architecture docs${EOL}`)
    delete process.env['GITHUB_STEP_SUMMARY']
    await expect(coreRunner().summary('lost')).resolves.toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(`before\n## Architecture docs${EOL}`)
  })

  it('cuts a summary over the limit on a character boundary, with a note', () => {
    expect(capSummary('small')).toBe('small')
    const cut = capSummary('é'.repeat(SUMMARY_LIMIT))
    expect(cut).toMatch(/^é+\n\n\*\(cut at GitHub's 1 MiB summary limit\)\*\n$/)
    expect(Buffer.byteLength(cut)).toBeLessThan(1024 * 1024)
    expect(cut).not.toContain('\uFFFD')
  })
})

describe('inputs', () => {
  const withInputs = (inputs: Record<string, string>) => {
    for (const [name, value] of Object.entries(inputs))
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  it('defaults every input the runner leaves empty', () => {
    withInputs({ mode: '', blueprints: '', all: '' })
    expect(readConfig()).toEqual({
      modes: 'auto',
      all: false,
      token: '',
      commitMessage: 'docs: regenerate architecture docs',
      commentTag: 'blueprint-docs',
      workingDirectory: '.',
      // Nothing set explicitly: .blueprint-docs.yaml may still set globs, output and template.
      given: {},
      settings: {
        globs: ['**/*.blueprint.yaml', '**/*.blueprint.yml', '**/*.blueprint.json'],
        output: '{dir}/{name}.md',
        rules: {},
        repeat: {}
      }
    })
  })

  it('reads modes, globs without comments or blank lines, and all in any case', () => {
    withInputs({
      mode: ' Commit, check ',
      blueprints: '  docs/*.yaml\n\n# not this\n   \nmore/*.yml  ',
      all: 'TrUe',
      template: 'tpl/doc.hbs'
    })
    const config = readConfig()
    expect(config.modes).toEqual(new Set(['commit', 'check']))
    expect(config.settings.globs).toEqual(['docs/*.yaml', 'more/*.yml'])
    expect(config.all).toBe(true)
    expect(config.settings.template).toBe('tpl/doc.hbs')
    expect(config.given).toEqual({
      blueprints: ['docs/*.yaml', 'more/*.yml'],
      template: 'tpl/doc.hbs'
    })
  })

  it.each([
    [
      { mode: 'commit,publish' },
      'input "mode" is "commit,publish"; expected "auto" or a comma-separated list of commit, pull-request, comment, check'
    ],
    [
      { mode: ',' },
      'input "mode" is ","; expected "auto" or a comma-separated list of commit, pull-request, comment, check'
    ],
    [{ all: 'Yes' }, 'input "all" is "yes"; expected true or false']
  ])('refuses %j, naming the input, the value and what was expected', (inputs, message) => {
    withInputs(inputs)
    expect(() => readConfig()).toThrow(new InputError(message))
  })
})

describe('the run context', () => {
  const base = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: '/work'
  }

  it("names the action's repository and ref when the step runs it from elsewhere", () => {
    const context = readContext({
      ...base,
      GITHUB_ACTION_REPOSITORY: 'acme/blueprint-docs',
      GITHUB_ACTION_REF: 'v1'
    })
    expect(context).toMatchObject({ actionRepository: 'acme/blueprint-docs', actionRef: 'v1' })
  })

  it('leaves them out for `uses: ./`, where the runner sets them empty', () => {
    const context = readContext({ ...base, GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })
    expect(context).not.toHaveProperty('actionRepository')
    expect(context).not.toHaveProperty('actionRef')
    expect(context.event).toEqual({ kind: 'other', name: 'workflow_dispatch', branch: 'main' })
  })

  it("reads a merge queue's group from GitHub's own merge_group payload: its commit and its base", () => {
    const context = readContext({
      ...base,
      GITHUB_EVENT_NAME: 'merge_group',
      GITHUB_EVENT_PATH: path.resolve('test/fixtures/payloads/merge_group.checks_requested.json'),
      GITHUB_SHA: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d'
    })
    expect(context.event).toEqual({
      kind: 'merge_group',
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      baseRef: 'main',
      headRef: 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64'
    })
  })

  it('says which payload cannot be read', () => {
    const file = path.join(dir, 'event.json')
    writeFileSync(file, '{not json')
    expect(() => readContext({ ...base, GITHUB_EVENT_PATH: file })).toThrow(
      new RegExp(
        `^the event payload ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read: `
      )
    )
  })
})
