/**
 * Marked regions end to end: a hand-written README gets the blueprint's diagram between its
 * markers from commit mode and from the command line, nothing outside them changes (a CRLF file
 * too), check mode fails at the region when the blueprint changes, and a broken region is a
 * positioned error that writes nothing.
 */
import { runCliBundle } from '../support/action-runner.js'
import {
  SHOP,
  SHOP_CACHE,
  gh,
  headOf,
  show,
  checkout,
  errors,
  gitIn,
  json,
  runPush,
  useFakeGitHub
} from './world.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'

useFakeGitHub()

const BEGIN = '<!-- blueprint-docs:begin arch/shop.blueprint.yaml diagram -->'
const END = '<!-- blueprint-docs:end -->'
const README = `# Shop

Hand-written intro, kept as it is.  
<!-- an author's own comment -->

${BEGIN}
${END}

## Running it

Trailing words\twith a tab.
`

describe('a README with a marked region', () => {
  it.each([
    ['LF', README],
    ['CRLF', README.replace(/\n/g, '\r\n')]
  ])(
    '%s: commit mode fills the region with the diagram and changes nothing outside the markers',
    async (_name, readme) => {
      const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': readme } })
      const second = await gh.pushFiles({
        branch: 'main',
        files: { 'arch/shop.blueprint.yaml': SHOP }
      })
      const run = await runPush(first, second)
      expect(run.code).toBe(0)
      expect(json(run.outputs['changed-docs'])).toEqual(['arch/shop.md', 'README.md'])
      const head = await headOf()
      const written = (await show(head, 'README.md'))!
      const eol = readme.includes('\r\n') ? '\r\n' : '\n'
      const [before, after] = readme.split(`${BEGIN}${eol}${END}`)
      expect(written.startsWith(`${before}${BEGIN}${eol}\`\`\`mermaid${eol}`)).toBe(true)
      expect(written.endsWith(`\`\`\`${eol}${END}${after}`)).toBe(true)
      // The same diagram as the generated document's.
      const diagram = /```mermaid\r?\n[\s\S]*?```/.exec(written)![0].replace(/\r\n/g, '\n')
      expect(await show(head, 'arch/shop.md')).toContain(diagram)
      if (eol === '\r\n') expect(written.replace(/\r\n/g, '')).not.toContain('\n')

      // The next run has nothing to do: no churn.
      const again = await runPush(second, head, { all: 'true' })
      expect(again.code).toBe(0)
      expect(again.outputs['commit-sha']).toBe('')
    }
  )

  it('check mode fails at the region, naming the README, when the blueprint changes', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': README, 'arch/shop.blueprint.yaml': SHOP }
    })
    const dir = checkout(first)
    expect(runCliBundle(dir, 'generate').code).toBe(0)
    gitIn(dir, 'add', '-A')
    gitIn(dir, 'commit', '-q', '-m', 'docs')
    gitIn(dir, 'push', '-q', 'origin', 'HEAD:refs/heads/main')
    const generated = await headOf()
    expect(await show(generated, 'README.md')).toContain('```mermaid')
    const changed = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    const run = await runPush(generated, changed, { mode: 'check' })
    expect(run.code).toBe(1)
    expect(json(run.outputs['stale-docs'])).toEqual(['arch/shop.md', 'README.md'])
    const atReadme = errors(run).filter((e) => e.file === 'README.md')
    expect(atReadme).toHaveLength(1)
    expect(atReadme[0]).toMatchObject({ line: 6 })
    expect(atReadme[0]?.message).toMatch(/marked region of README\.md at line 6 is out of date/)

    // The command line agrees, and its fix command fixes it.
    const local = checkout(changed)
    const checked = runCliBundle(local, 'check')
    expect(checked.code).toBe(1)
    expect(checked.stdout).toContain('stale: README.md:6: the marked region is out of date')
    expect(runCliBundle(local, 'generate').code).toBe(0)
    expect(readFileSync(path.join(local, 'README.md'), 'utf8')).toContain('Session cache')
    expect(runCliBundle(local, 'check').code).toBe(0)
  })

  it('a broken region is a positioned error and nothing is written to that file', async () => {
    const broken = README.replace(BEGIN, BEGIN.replace('diagram', 'diagrams'))
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': broken } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const at = errors(run).find((e) => e.file === 'README.md')
    expect(at).toMatchObject({ line: 6, col: 52 })
    expect(at?.message).toMatch(/unknown part "diagrams"/)
    const head = await headOf()
    expect(await show(head, 'README.md')).toBe(broken)
    expect(await show(head, 'arch/shop.md')).toContain('Database')

    const local = checkout(second)
    const generated = runCliBundle(local, 'generate')
    expect(generated.code).toBe(2)
    expect(generated.stderr).toContain('README.md:6:52: unknown part "diagrams"')
    expect(readFileSync(path.join(local, 'README.md'), 'utf8')).toBe(broken)
  })

  it('a README that gains a region is filled on its own push, even when no blueprint changed', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# Shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const second = await gh.pushFiles({ branch: 'main', files: { 'README.md': README } })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['README.md'])
    expect(await show(await headOf(), 'README.md')).toContain('```mermaid')
  })

  it('the regions setting narrows the files scanned', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# Shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        '.blueprint-docs.yaml': 'regions:\n  - docs/**/*.md\n',
        'README.md': README,
        'docs/overview.md': README,
        'arch/shop.blueprint.yaml': SHOP
      }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/shop.md', 'docs/overview.md'])
    expect(await show(await headOf(), 'README.md')).toBe(README)
  })
})
