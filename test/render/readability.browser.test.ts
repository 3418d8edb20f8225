/**
 * Diagrams people can read: every example and every realistic blueprint in
 * test/fixtures/diagrams (15 to 25 components, flowchart and C4, modelled on
 * public systems) rendered by the real Mermaid in headless Chromium in a page
 * 900 px wide, and measured (see test/support/readability.ts):
 *
 * - no edge label overlaps another edge label or a node;
 * - the natural width is at most 1,800 px (shown at half size or more);
 * - the height is at most three times the width.
 *
 * The figures are printed as a table, so a change in layout shows its effect.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { buildDiagram } from '../../src/engine/mermaid/index.js'
import { mermaidForTests } from '../support/browser.js'
import type { Readability } from '../support/readability.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const MAX_WIDTH = 1800
const MAX_RATIO = 3

function blueprintsUnder(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...blueprintsUnder(path))
    else if (/\.blueprint\.(ya?ml|json)$/.test(entry.name)) found.push(relative(ROOT, path))
  }
  return found.sort()
}

const files = [
  ...blueprintsUnder(join(ROOT, 'examples')),
  ...blueprintsUnder(join(ROOT, 'test', 'fixtures', 'diagrams'))
]

const started = mermaidForTests()
const rows: Record<string, string | number>[] = []

afterAll(() => {
  if (rows.length > 0) console.table(rows)
})

async function measure(text: string): Promise<Readability> {
  const result = await started().measure(text)
  if (!result.ok) throw new Error(`mermaid refused the diagram: ${result.error}`)
  return result
}

describe('the measurement', () => {
  it('counts labels drawn on top of each other (Mermaid’s own C4 puts labels at line midpoints)', async () => {
    // Four in a row: a → d and b → c share their midpoint, between b and c.
    const m = await measure(
      [
        'C4Container',
        ...['a', 'b', 'c', 'd'].map((id) => `  Container(${id}, "${id.toUpperCase()}", "Go")`),
        '  Rel(a, d, "reads orders", "SQL")',
        '  Rel(b, c, "writes orders", "SQL")'
      ].join('\n')
    )
    expect(m.labels).toBe(2)
    expect(m.overlaps).toBe(2)
  })

  it('reads the natural width, not the width shown', async () => {
    const chain = Array.from({ length: 30 }, (_, i) => `  n${i}["step ${i}"] --> n${i + 1}`)
    const m = await measure(['flowchart LR', ...chain].join('\n'))
    expect(m.width).toBeGreaterThan(MAX_WIDTH)
  })
})

describe('realistic diagrams are readable at 900 px', () => {
  it('finds the examples and the realistic blueprints of both types', () => {
    expect(files.filter((f) => f.startsWith('examples/')).length).toBeGreaterThanOrEqual(3)
    expect(files.filter((f) => f.startsWith('test/')).length).toBeGreaterThanOrEqual(4)
  })

  it.each(files)('%s', async (file) => {
    const parsed = parseBlueprint({ file, content: readFileSync(join(ROOT, file)) })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    const bp = parsed.blueprint
    const diagram = buildDiagram(bp)
    const m = await measure(diagram.text)
    const direction = /^flowchart (\w+)$/m.exec(diagram.text)?.[1] ?? '?'
    rows.push({
      diagram: file.replace(/^.*\//, '').replace(/\.blueprint\.\w+$/, ''),
      type: diagram.type,
      direction: `${direction}${bp.diagram.autoDirection === true ? ' (chosen)' : ''}`,
      components: bp.components.length,
      dependencies: bp.dependencies.length,
      labels: m.labels,
      overlaps: m.overlaps,
      width: Math.round(m.width),
      height: Math.round(m.height),
      'height/width': Number((m.height / m.width).toFixed(2))
    })
    expect({ file, collisions: m.collisions }).toEqual({ file, collisions: [] })
    expect(m.width).toBeLessThanOrEqual(MAX_WIDTH)
    expect(m.height).toBeLessThanOrEqual(MAX_RATIO * m.width)
  })
})
