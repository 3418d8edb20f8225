import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import path from 'node:path'
import {
  capSummary,
  escapeData,
  escapeProperty,
  outputEntry,
  randomDelimiter,
  runner,
  SUMMARY_LIMIT,
  workflowCommand
} from '../../src/action/runner.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A runner writing to files in `dir`, with everything it prints collected. */
function fake(options: { output?: boolean; summary?: boolean } = {}) {
  const printed: string[] = []
  let failed = 0
  const output = path.join(dir, 'output')
  const summary = path.join(dir, 'summary')
  if (options.output !== false) writeFileSync(output, '')
  if (options.summary !== false) writeFileSync(summary, '')
  const r = runner({
    env: {
      ...(options.output !== false ? { GITHUB_OUTPUT: output } : {}),
      ...(options.summary !== false ? { GITHUB_STEP_SUMMARY: summary } : {})
    },
    write: (text) => void printed.push(text),
    fail: () => void failed++
  })
  return { r, printed, output, summary, failures: () => failed }
}

/** Reads a GITHUB_OUTPUT file the way the runner does: `name<<DELIMITER`, value lines, `DELIMITER`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^<=]+)<<(.+)$/.exec(line)
    if (!heredoc) throw new Error(`not an output entry: ${line}`)
    const [, name = '', delimiter] = heredoc
    const value: string[] = []
    for (i++; lines[i] !== delimiter; i++) {
      if (i >= lines.length) throw new Error(`no closing ${delimiter}`)
      value.push(lines[i] ?? '')
    }
    outputs[name] = value.join('\n')
  }
  return outputs
}

describe('workflow-command escaping', () => {
  it.each([
    ['plain text', 'plain text'],
    ['100%', '100%25'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A literally', '%250A literally'],
    ['a: b, c', 'a: b, c']
  ])('escapes the message %j as %j', (input, escaped) => {
    expect(escapeData(input)).toBe(escaped)
  })

  it.each([
    ['docs/a.md', 'docs/a.md'],
    ['C:\\x', 'C%3A\\x'],
    ['a,b', 'a%2Cb'],
    ['50%\n', '50%25%0A'],
    ['blueprint-docs: template', 'blueprint-docs%3A template']
  ])('escapes the property %j as %j', (input, escaped) => {
    expect(escapeProperty(input)).toBe(escaped)
  })

  it('writes annotations with title, file, line and col, in the toolkit order, leaving out empty ones', () => {
    expect(
      workflowCommand(
        'error',
        { title: 'blueprint-docs: template', file: 'a,b.md', line: 3, col: 7 },
        'bad\nthing'
      )
    ).toBe('::error title=blueprint-docs%3A template,file=a%2Cb.md,line=3,col=7::bad%0Athing')
    expect(
      workflowCommand('warning', { title: undefined, file: 'x.md', line: undefined, col: 0 }, 'w')
    ).toBe('::warning file=x.md::w')
    expect(workflowCommand('error', {}, 'plain')).toBe('::error::plain')
  })
})

describe('the runner adapter', () => {
  it('prints info lines, groups around a phase even when it throws, and annotations', async () => {
    const { r, printed } = fake()
    r.info('hello')
    await expect(r.group('Phase', async () => 42)).resolves.toBe(42)
    await expect(
      r.group('Broken', async () => {
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    r.warning('careful', { file: 'docs/a.md' })
    r.error('wrong: really', { file: 'a.blueprint.yaml', line: 2, col: 5 })
    expect(printed.join('')).toBe(
      [
        'hello',
        '::group::Phase',
        '::endgroup::',
        '::group::Broken',
        '::endgroup::',
        '::warning file=docs/a.md::careful',
        '::error file=a.blueprint.yaml,line=2,col=5::wrong: really',
        ''
      ].join(EOL)
    )
  })

  it('masks a secret with ::add-mask::, escaped like any message', () => {
    const { r, printed } = fake()
    r.setSecret('ghs_abc%def')
    expect(printed).toEqual([`::add-mask::ghs_abc%25def${EOL}`])
  })

  it('fails the step: an error annotation and the failure hook (exit code 1 by default)', () => {
    const { r, printed, failures } = fake()
    r.setFailed('it broke\nhere')
    expect(failures()).toBe(1)
    expect(printed).toEqual([`::error::it broke%0Ahere${EOL}`])
  })

  it('sets exit code 1 by default', () => {
    const before = process.exitCode
    try {
      runner({ env: {}, write: () => undefined }).setFailed('x')
      expect(process.exitCode).toBe(1)
    } finally {
      process.exitCode = before
    }
  })

  it('appends outputs to GITHUB_OUTPUT so that the runner reads back every value, multi-line and empty ones too', () => {
    const { r, output, printed } = fake()
    const values = {
      blueprints: '["a.blueprint.yaml","b c.blueprint.yml"]',
      'changed-docs': '[]',
      'commit-sha': '',
      multi: 'line 1\nline 2\n\nline 4 with name<<EOF and %0A',
      'ends-with-newline': 'x\n'
    }
    for (const [name, value] of Object.entries(values)) r.setOutput(name, value)
    expect(printed).toEqual([])
    expect(parseOutputFile(readFileSync(output, 'utf8'))).toEqual(values)
  })

  it('uses a fresh ghadelimiter_<uuid> for every output', () => {
    const { r, output } = fake()
    r.setOutput('a', '1')
    r.setOutput('b', '2')
    const delimiters = readFileSync(output, 'utf8')
      .split(EOL)
      .filter((l) => /^[ab]<</.test(l))
      .map((l) => l.split('<<')[1])
    expect(delimiters).toHaveLength(2)
    for (const d of delimiters)
      expect(d).toMatch(
        /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      )
    expect(delimiters[0]).not.toBe(delimiters[1])
  })

  it('refuses a name or value that contains the delimiter, so no value can end its entry early', () => {
    expect(() => outputEntry('x', 'a\nghadelimiter_1\nevil=1', 'ghadelimiter_1')).toThrow(
      'value should not contain the delimiter'
    )
    expect(() => outputEntry('ghadelimiter_1', 'a', 'ghadelimiter_1')).toThrow(
      'name should not contain the delimiter'
    )
    expect(randomDelimiter()).not.toBe(randomDelimiter())
  })

  it('fails like the toolkit when GITHUB_OUTPUT names a missing file, and falls back to ::set-output without one', () => {
    const missing = runner({
      env: { GITHUB_OUTPUT: path.join(dir, 'nope') },
      write: () => undefined
    })
    expect(() => missing.setOutput('a', '1')).toThrow(
      `Missing file at path: ${path.join(dir, 'nope')}`
    )
    const { r, printed } = fake({ output: false })
    r.setOutput('name', 'a\nb')
    expect(printed.join('')).toBe(`${EOL}::set-output name=name::a%0Ab${EOL}`)
  })

  it('appends the job summary, and does nothing without GITHUB_STEP_SUMMARY', async () => {
    const { r, summary } = fake()
    await r.summary('## One\n')
    await r.summary('two')
    expect(readFileSync(summary, 'utf8')).toBe(`## One\n${EOL}two${EOL}`)
    await expect(fake({ summary: false }).r.summary('x')).resolves.toBeUndefined()
  })

  it('cuts a summary over GitHub’s 1 MiB limit on a character boundary and says so', () => {
    expect(capSummary('small')).toBe('small')
    const big = 'é'.repeat(SUMMARY_LIMIT) // two bytes each
    const cut = capSummary(big)
    expect(cut).toMatch(/\n\n\*\(cut at GitHub's 1 MiB summary limit\)\*\n$/)
    expect(cut).not.toContain('\uFFFD')
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024 * 1024)
  })
})
