/**
 * The README is what users read first, and its tables are what they copy:
 * every input and output of `action.yml` is in them (the same names, in the
 * same order, each default as `action.yml` sets it), a workflow is on the
 * first screen, and the page stays short, with the rest under docs/. The
 * source map in CONTRIBUTING.md names every source file, and no file that
 * is gone.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

/** The rows of the first table after `heading`: each row's cells, without the header. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n')
  const at = lines.indexOf(heading)
  if (at < 0) throw new Error(`no heading ${heading}`)
  const start = lines.findIndex((line, i) => i > at && line.startsWith('|'))
  const rows: string[][] = []
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').startsWith('|'); i++)
    rows.push(
      (lines[i] ?? '')
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim())
    )
  return rows
}

/** `name` from a cell written as `` `name` ``. */
const code = (cell: string | undefined) => /^`([^`]+)`$/.exec(cell ?? '')?.[1]

describe('the README and action.yml', () => {
  const inputs = tableAfter(readme, '### Inputs')
  const outputs = tableAfter(readme, '### Outputs')

  it('lists every input of action.yml, in its order, and no other', () => {
    expect(inputs.map((row) => code(row[0]))).toEqual(Object.keys(action.inputs))
  })

  it.each(Object.entries(action.inputs).filter(([, input]) => input.default !== undefined))(
    'shows the default action.yml gives the input %s',
    (name, input) => {
      const row = inputs.find((r) => code(r[0]) === name)
      const shown = input.default === '' ? 'none' : `\`${input.default}\``
      expect(row?.[1]).toBe(shown)
    }
  )

  it('lists every output of action.yml, in its order, and no other', () => {
    expect(outputs.map((row) => code(row[0]))).toEqual(Object.keys(action.outputs))
  })

  it('shows a workflow within its first 60 lines', () => {
    const firstWorkflow = readme.split('\n').findIndex((line) => line.startsWith('jobs:'))
    expect(firstWorkflow).toBeGreaterThanOrEqual(0)
    expect(firstWorkflow).toBeLessThan(60)
  })

  it('stays under 300 lines, with the guides under docs/', () => {
    expect(readme.split('\n').length).toBeLessThan(300)
    for (const [, target] of readme.matchAll(/\]\((docs\/[^)#]+)/g))
      expect(readdirSync(path.join(ROOT, 'docs'))).toContain(path.basename(target as string))
  })
})

describe('the source map of CONTRIBUTING.md', () => {
  const contributing = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8')
  const mapped = new Set<string>()
  let folder = ''
  for (const line of contributing.split('\n')) {
    const heading = /^\*\*`(src\/[^`]*)`\*\*$/.exec(line)
    if (heading) folder = heading[1] as string
    const file = /^\| `([^`]+\.ts)` \|/.exec(line)
    if (file && folder) mapped.add(`${folder}${file[1]}`)
  }
  const sources = (readdirSync(path.join(ROOT, 'src'), { recursive: true }) as string[])
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()

  it('names every source file', () => {
    expect(sources.filter((file) => !mapped.has(file))).toEqual([])
  })

  it('names no file that is not there', () => {
    expect([...mapped].filter((file) => !sources.includes(file))).toEqual([])
  })
})
