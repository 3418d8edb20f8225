/**
 * Marked regions in hand-written Markdown: found with positioned problems when broken, filled
 * without touching a byte outside them (CRLF files too), and planned over a real folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import type { Blueprint } from '../../src/engine/model.js'
import {
  fillRegions,
  findRegions,
  flowsPart,
  renderPart,
  REGION_PARTS
} from '../../src/engine/regions.js'
import { openWorkspace } from '../../src/adapters/files.js'
import { planRegions } from '../../src/project/regions.js'
import { SHOP_BLUEPRINT } from '../support/repo.js'
import { fuzzRuns } from '../support/fast-check-seed.js'

const shop = (): Blueprint => {
  const parsed = parseBlueprint({ file: 'arch/shop.blueprint.yaml', content: SHOP_BLUEPRINT })
  if (!parsed.ok) throw new Error('the shop blueprint does not parse')
  return parsed.blueprint
}

const begin = (part = 'diagram', path = 'arch/shop.blueprint.yaml') =>
  `<!-- blueprint-docs:begin ${path} ${part} -->`
const END = '<!-- blueprint-docs:end -->'

describe('findRegions', () => {
  it('finds each region with its blueprint, part, line and content span', () => {
    const text = `# Shop\n\nIntro.\n${begin()}\nold\n${END}\n\n${begin('components')}\n${END}\ntail\n`
    const found = findRegions(text, 'README.md')
    if (!found.ok) throw new Error(JSON.stringify(found.problems))
    expect(found.regions.map((r) => [r.path, r.part, r.line])).toEqual([
      ['arch/shop.blueprint.yaml', 'diagram', 4],
      ['arch/shop.blueprint.yaml', 'components', 8]
    ])
    const first = found.regions[0]!
    expect(text.slice(first.start, first.end)).toBe('old\n')
    expect(first.pathCol).toBe(27)
  })

  it.each([
    ['no end marker', `a\n${begin()}\nx\n`, 2, 1, /no end marker/],
    [
      'an unknown part',
      `a\n\n${begin('diagrams')}\n${END}\n`,
      3,
      52,
      /unknown part "diagrams".*diagram, components, dependencies, flows/
    ],
    [
      'nested regions',
      `${begin()}\n${begin('components')}\n${END}\n${END}\n`,
      2,
      1,
      /cannot begin inside another.*line 1/
    ],
    ['an end without a begin', `text\n${END}\n`, 2, 1, /end marker without a begin/],
    [
      'a begin marker without its part',
      `<!-- blueprint-docs:begin arch/shop.blueprint.yaml -->\n${END}\n`,
      1,
      1,
      /must read <!-- blueprint-docs:begin PATH PART -->/
    ]
  ])('%s is a positioned problem', (_name, text, line, col, message) => {
    const found = findRegions(text, 'README.md')
    expect(found.ok).toBe(false)
    if (found.ok) return
    expect(found.problems[0]).toMatchObject({ file: 'README.md', line, col })
    expect(found.problems[0]?.message).toMatch(message)
  })

  it('takes markers inside fenced code blocks as text: a page may show how a region is written', () => {
    const text = `Write:\n\n\`\`\`markdown\n${begin('nonsense')}\n\`\`\`\n\n~~~\n${END}\n~~~\n`
    expect(findRegions(text, 'docs/how.md')).toEqual({ ok: true, regions: [] })
  })
})

describe('fillRegions', () => {
  it('replaces only what is between the markers, byte for byte, with CRLF kept in a CRLF file', () => {
    const lf = `# Shop  \n\n${begin()}\nstale\n${END}\nafter\ttabs\n`
    const crlf = lf.replace(/\n/g, '\r\n')
    for (const text of [lf, crlf]) {
      const found = findRegions(text, 'README.md')
      if (!found.ok) throw new Error('no regions')
      const filled = fillRegions(text, found.regions, ['line one\nline two\n'])
      const eol = text === crlf ? '\r\n' : '\n'
      expect(filled).toBe(
        `# Shop  ${eol}${eol}${begin()}${eol}line one${eol}line two${eol}${END}${eol}after\ttabs${eol}`
      )
    }
  })

  it('keeps every byte outside the regions, whatever surrounds them', () => {
    const outside = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '<', '-', '#', 'é') })
    fc.assert(
      fc.property(outside, outside, fc.string(), (before, after, content) => {
        // Lines that could be markers or fences are not what this property is about.
        fc.pre(!/[`~]{3}|blueprint-docs:/.test(before + after))
        const head = before.endsWith('\n') || before === '' ? before : `${before}\n`
        const text = `${head}${begin()}\nold\n${END}\n${after}`
        const found = findRegions(text, 'R.md')
        if (!found.ok) return
        const filled = fillRegions(text, found.regions, [`${content.replace(/\r/g, '')}\n`])
        expect(filled.startsWith(`${head}${begin()}`)).toBe(true)
        expect(filled.endsWith(`${END}\n${after}`) || filled.endsWith(`${END}\r\n${after}`)).toBe(
          true
        )
      }),
      { numRuns: fuzzRuns(200) }
    )
  })
})

describe('renderPart', () => {
  it.each(REGION_PARTS)('%s: no timestamp, the same bytes every time', (part) => {
    const once = renderPart(shop(), part)
    expect(renderPart(shop(), part)).toBe(once)
    expect(once).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
    expect(once.endsWith('\n')).toBe(true)
  })

  it('the diagram is a mermaid fence of the blueprint, the tables its components and dependencies', () => {
    expect(renderPart(shop(), 'diagram')).toMatch(/^```mermaid\n(flowchart|C4)[\s\S]*\n```\n$/)
    expect(renderPart(shop(), 'components')).toContain('| Component |')
    expect(renderPart(shop(), 'dependencies')).toContain('| From | To |')
  })

  it('flows: a one-line note without flows, each flow and its steps with them', () => {
    expect(flowsPart(shop())).toBe('*This blueprint describes no flows.*')
    const withFlows = {
      ...shop(),
      flows: [
        { name: 'Checkout', steps: [{ from: 'web', to: 'db', message: 'stores', async: false }] }
      ]
    }
    const part = flowsPart(withFlows)
    expect(part).toMatch(/^\*\*Checkout\*\*\n\n```mermaid\nsequenceDiagram\n/)
    expect(part).toContain('stores')
    expect(part.endsWith('```')).toBe(true)
  })
})

describe('planRegions', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bpd-regions-'))
    mkdirSync(path.join(root, 'arch'))
    writeFileSync(path.join(root, 'arch/shop.blueprint.yaml'), SHOP_BLUEPRINT)
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text)

  it('plans the file that shows a selected blueprint, and leaves generated documents and others alone', async () => {
    write('README.md', `# Shop\n${begin()}\n${END}\n`)
    write('OTHER.md', `# Other\n${begin('diagram', 'arch/other.blueprint.yaml')}\n${END}\n`)
    write(
      'arch/shop.md',
      `${begin()}\n\n<!-- blueprint-docs: generated from arch/shop.blueprint.yaml; edit the blueprint, not this file. -->\n`
    )
    const items = await planRegions({
      workspace: await openWorkspace(root),
      scope: { kind: 'some', blueprints: ['arch/shop.blueprint.yaml'], files: [] }
    })
    expect(
      items.map((i) => [i.outcome.kind, i.outcome.kind !== 'invalid' && i.outcome.document])
    ).toEqual([['updated', 'README.md']])
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe(`# Shop\n${begin()}\n${END}\n`)
  })

  it('a region naming a missing blueprint is a problem at its path, and the file is not written', async () => {
    write('README.md', `# Shop\n\n${begin('diagram', 'arch/gone.blueprint.yaml')}\n${END}\n`)
    const [item] = await planRegions({
      workspace: await openWorkspace(root),
      scope: { kind: 'all' }
    })
    expect(item?.outcome).toMatchObject({
      kind: 'invalid',
      document: 'README.md',
      problems: [
        {
          file: 'README.md',
          line: 3,
          col: 27,
          message: expect.stringMatching(/no blueprint at arch\/gone\.blueprint\.yaml/)
        }
      ]
    })
  })

  it('a filled region is unchanged on the next run', async () => {
    write('README.md', `# Shop\n${begin('dependencies')}\n${END}\n`)
    const workspace = await openWorkspace(root)
    const [first] = await planRegions({ workspace, scope: { kind: 'all' } })
    if (first?.outcome.kind !== 'updated') throw new Error('expected an update')
    write('README.md', first.outcome.rendered.text)
    const [second] = await planRegions({ workspace, scope: { kind: 'all' } })
    expect(second?.outcome.kind).toBe('unchanged')
  })
})
