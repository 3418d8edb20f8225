/**
 * Workflow lint: `action.yml`, every workflow under `.github/`, and every
 * workflow a user may copy from the README or the guides under docs/ pass
 * `action-validator`, run as a process on each file.
 */
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parse as parseYaml } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const run = promisify(execFile)
function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => path.join(dir, f))
    .filter(keep)
    .sort()
}

const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/')

const VALIDATOR = path.join(ROOT, 'node_modules', '.bin', 'action-validator')

/**
 * Runs action-validator on one file. It tells an action from a workflow by
 * the file name (`action.yml`/`action.yaml` is an action); it exits non-zero
 * and prints JSON on stderr when the file breaks the schema.
 */
async function validate(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(VALIDATOR, [file], { cwd: ROOT })
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message?: string }
    return {
      ok: false,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}` || (e.message ?? String(error))
    }
  }
}

async function expectValid(file: string, label = rel(file)): Promise<void> {
  const result = await validate(file)
  if (!result.ok) throw new Error(`action-validator rejects ${label}:\n${result.output}`)
}

/**
 * The ```yaml blocks of a Markdown text that are whole workflows (a
 * top-level `on:` and `jobs:`), with the line each starts on.
 */
function workflowSnippets(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*(ya?ml)\b/i.exec(lines[i] ?? '')
    if (open === null) continue
    const fenceText = open[1] as string
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j] ?? ''
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
      if (
        close !== null &&
        (close[1] as string)[0] === fenceText[0] &&
        (close[1] as string).length >= fenceText.length
      )
        break
      body.push(line)
    }
    const text = body.join('\n')
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) out.push({ line: i + 1, text: `${text}\n` })
    i = j
  }
  return out
}

describe('workflow lint: action-validator', () => {
  let scratch: string
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'bpd-workflow-lint-'))
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('the validator really rejects a broken workflow and a broken action', async () => {
    // Without this, a validator that passed everything would make every test below pass.
    const workflow = path.join(scratch, 'broken.yml')
    writeFileSync(
      workflow,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        bogus: 1\n'
    )
    expect((await validate(workflow)).ok).toBe(false)
    const action = path.join(scratch, 'broken', 'action.yml')
    mkdirSync(path.dirname(action), { recursive: true })
    writeFileSync(action, 'name: x\ndescription: y\nruns:\n  using: node20\n')
    expect((await validate(action)).ok).toBe(false)
  })

  it('action.yml is valid', async () => {
    const source = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    const using = (parseYaml(source) as { runs?: { using?: unknown } }).runs?.using
    // The action runs on node24, as GitHub runs it; action-validator 0.6.0 (the
    // newest release) only knows node12/16/20. Validate everything else with
    // `using` swapped for a runtime the schema knows, and pin node24 here.
    expect(using).toBe('node24')
    const dir = mkdtempSync(path.join(scratch, 'action-'))
    const copy = path.join(dir, 'action.yml')
    writeFileSync(copy, source.replace(/^(\s*using:\s*)['"]?node24['"]?\s*$/m, '$1node20'))
    expect(readFileSync(copy, 'utf8')).not.toMatch(/node24/)
    await expectValid(copy, 'action.yml (runs.using node24 checked above)')
  })

  const github = path.join(ROOT, '.github')
  const workflows = filesUnder(path.join(github, 'workflows'), (f) => /\.ya?ml$/.test(f)).map(rel)
  const actions = filesUnder(github, (f) => /(^|[\\/])action\.ya?ml$/.test(f)).map(rel)
  it('finds the workflows', () => expect(workflows.length).toBeGreaterThan(0))
  it.each(workflows)('workflow %s is valid', async (file) => {
    await expectValid(path.join(ROOT, file))
  })
  // Composite actions under .github/ would be validated too; there are none today.
  for (const file of actions)
    it(`action ${file} is valid`, async () => expectValid(path.join(ROOT, file)))

  it('finds the workflow snippets of a Markdown text (and only those)', () => {
    const markdown = [
      '```yaml',
      'id: shop',
      'project: acme',
      '```',
      '',
      '````yml',
      'name: docs',
      'on: push',
      'jobs:',
      '  docs:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "```"',
      '````'
    ].join('\n')
    expect(workflowSnippets(markdown)).toEqual([
      {
        line: 6,
        text: 'name: docs\non: push\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "```"\n'
      }
    ])
  })

  // The README and the guides under docs/ show workflows users copy: each must be valid.
  const guides = [
    'README.md',
    ...readdirSync(path.join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`)
  ]
  const snippets = guides.flatMap((guide) =>
    workflowSnippets(readFileSync(path.join(ROOT, guide), 'utf8')).map((s) => ({ guide, ...s }))
  )
  it('finds the workflows of the README and the guides', () => {
    expect(snippets.filter((s) => s.guide === 'README.md').length).toBeGreaterThanOrEqual(2)
    expect(snippets.length).toBeGreaterThanOrEqual(5)
  })
  it.each(snippets.map((s) => [s.guide, s.line, s.text] as const))(
    'the workflow snippet of %s at line %i is valid',
    async (guide, line, text) => {
      const file = path.join(scratch, `${guide.replace(/\W/g, '-')}-line-${line}.yml`)
      writeFileSync(file, text)
      await expectValid(file, `${guide}:${line}`)
    }
  )
})
