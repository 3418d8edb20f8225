/**
 * Diagrams people can read. Every Mermaid block of every document the
 * product generates and of the pull-request comment, for the examples, the
 * realistic blueprints of test/fixtures/diagrams and the blueprints
 * `init --from` drafts from the real systems in test/fixtures/runtime, is
 * rendered by the real Mermaid in headless Chromium in a page 900 px wide
 * and measured (see test/support/readability.ts) against the budget:
 *
 * - no text on top of other text (edge labels, nodes);
 * - the natural width is at most 1,600 px (text at 9 px or more on GitHub);
 * - the height is at most three times the width.
 *
 * The engine decides with a cheap model whether one diagram fits (budget.ts);
 * this suite keeps the model honest: whenever it says a whole diagram fits,
 * Chromium must agree. The figures are printed as tables.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openWorkspace } from '../../src/adapters/files.js'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { buildComment } from '../../src/engine/review/comment.js'
import { renderDocument } from '../../src/engine/document.js'
import { MAX_RATIO, MAX_WIDTH, withinBudget } from '../../src/engine/mermaid/budget.js'
import { wholeDiagram } from '../../src/engine/mermaid/index.js'
import type { Blueprint } from '../../src/engine/model.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { initBlueprint } from '../../src/project/init.js'
import { mermaidForTests } from '../support/browser.js'
import type { Readability } from '../support/readability.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const RUNTIME = join(ROOT, 'test', 'fixtures', 'runtime')

function blueprintsUnder(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...blueprintsUnder(path))
    else if (/\.blueprint\.(ya?ml|json)$/.test(entry.name)) found.push(relative(ROOT, path))
  }
  return found.sort()
}

/**
 * The runtime inputs of each real system: a project's Compose files when it
 * has any (its manifests describe the same services again), else its
 * Kubernetes manifests; found by name, so new fixtures join by themselves.
 */
function runtimeSources(): { name: string; from: string[] }[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
    )
  return readdirSync(RUNTIME)
    .filter((name) => statSync(join(RUNTIME, name)).isDirectory())
    .sort()
    .flatMap((name) => {
      const all = files(join(RUNTIME, name))
        .map((f) => relative(RUNTIME, f).split('\\').join('/'))
        .sort()
      const compose = all.filter((f) => /(^|\/)(docker-)?compose[^/]*\.ya?ml$/.test(f))
      const manifests = all.filter((f) => /\.ya?ml$/.test(f) && !compose.includes(f))
      const from = compose.length > 0 ? compose.slice(0, 1) : manifests
      return from.length > 0 ? [{ name, from }] : []
    })
}

/** The text of every ```mermaid fence (of any length) in a Markdown document. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] as string)
}

function parse(file: string, content: string): Blueprint {
  const parsed = parseBlueprint({ file, content })
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`)
  return parsed.blueprint
}

/** A pull request on a large system: one component removed (with its dependencies), one added. */
function edited(bp: Blueprint): Blueprint {
  const [gone] = [...bp.components].sort((a, b) => (a.id < b.id ? -1 : 1))
  const [target] = bp.components.filter((c) => c.id !== gone?.id)
  if (gone === undefined || target === undefined) return bp
  return {
    ...bp,
    components: [
      ...bp.components.filter((c) => c.id !== gone.id),
      { id: 'audit-log', name: 'Audit log', type: 'service' }
    ],
    dependencies: [
      ...bp.dependencies.filter((d) => d.from !== gone.id && d.to !== gone.id),
      { from: 'audit-log', to: target.id, async: true, description: 'records changes' }
    ]
  }
}

interface Subject {
  readonly name: string
  readonly blueprint: Blueprint
}

const subjects: Subject[] = []
const undrafted: string[] = []

beforeAll(async () => {
  for (const file of [
    ...blueprintsUnder(join(ROOT, 'examples')),
    ...blueprintsUnder(join(ROOT, 'test', 'fixtures', 'diagrams'))
  ])
    subjects.push({
      name: file.replace(/^.*\//, '').replace(/\.blueprint\.\w+$/, ''),
      blueprint: parse(file, readFileSync(join(ROOT, file), 'utf8'))
    })
  const workspace = await openWorkspace(RUNTIME)
  for (const { name, from } of runtimeSources()) {
    const result = await initBlueprint({ workspace, from, id: name, project: name, folder: '.' })
    // What init cannot draft yet (another part of the product) is listed, not measured.
    if (!result.ok) undrafted.push(`${name}: ${result.problems[0]?.message ?? 'no blueprint'}`)
    else
      subjects.push({
        name: `${name} (init)`,
        blueprint: parse(`${name}.blueprint.yaml`, result.text)
      })
  }
  if (undrafted.length > 0) console.log(`init --from could not draft:\n${undrafted.join('\n')}`)
})

const started = mermaidForTests()
const blocks: Record<string, string | number>[] = []
const models: Record<string, string | number>[] = []

afterAll(() => {
  if (models.length > 0) console.table(models)
  if (blocks.length > 0) console.table(blocks)
})

async function measure(text: string): Promise<Readability> {
  const result = await started().measure(text)
  if (!result.ok) throw new Error(`mermaid refused the diagram: ${result.error}\n${text}`)
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

/** Measures one Mermaid block, records its figures, and says how it breaks the budget (nothing when it keeps to it). */
async function overBudget(where: string, text: string): Promise<string[]> {
  const m = await measure(text)
  blocks.push({
    block: where,
    direction: /^flowchart (\w+)$/m.exec(text)?.[1] ?? '?',
    width: Math.round(m.width),
    height: Math.round(m.height),
    'height/width': Number((m.height / m.width).toFixed(2)),
    labels: m.labels,
    overlaps: m.overlaps
  })
  return [
    ...m.collisions.map((c) => `${where}: ${c}`),
    ...(m.width > MAX_WIDTH ? [`${where}: ${Math.round(m.width)} px wide`] : []),
    ...(m.height > MAX_RATIO * m.width
      ? [`${where}: ${Math.round(m.height)} px tall for ${Math.round(m.width)} px wide`]
      : [])
  ]
}

describe('every diagram the product writes keeps to the budget', () => {
  it('has the examples, the realistic blueprints and at least five real systems of 18 to 60 components', () => {
    expect(subjects.filter((s) => !s.name.endsWith('(init)')).length).toBeGreaterThanOrEqual(7)
    const real = subjects.filter(
      (s) =>
        s.name.endsWith('(init)') &&
        s.blueprint.components.length >= 18 &&
        s.blueprint.components.length <= 60
    )
    expect(real.map((s) => s.name)).toHaveLength(Math.max(5, real.length))
  })

  it('in the generated documents and the pull-request comments', async () => {
    expect(subjects.length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const { name, blueprint } of subjects) {
      const document = renderDocument({
        blueprint,
        source: `${name}.blueprint.yaml`,
        generatedAt: '2026-01-01T00:00:00Z',
        template: builtInTemplate()
      }).text
      const inDocument = mermaidBlocks(document)
      if (inDocument.length === 0) problems.push(`${name}: no diagram in the document`)
      for (const [i, text] of inDocument.entries())
        problems.push(...(await overBudget(`${name} document #${i + 1}`, text)))

      const comment = buildComment({
        tag: 'docs',
        reviews: [
          {
            path: `${name}.blueprint.yaml`,
            base: blueprint,
            head: edited(blueprint),
            document: { path: `${name}.md` }
          }
        ],
        stale: [],
        fixCommand: 'npx blueprint-docs generate'
      }).body
      const inComment = mermaidBlocks(comment)
      if (inComment.length === 0) problems.push(`${name}: no diagram in the comment`)
      for (const [i, text] of inComment.entries())
        problems.push(...(await overBudget(`${name} comment #${i + 1}`, text)))
    }
    expect(problems).toEqual([])
  }, 900_000)
})

describe('the budget model', () => {
  it('never passes a whole diagram that Chromium finds over the budget', async () => {
    const wrong: string[] = []
    for (const { name, blueprint } of subjects) {
      const { text, estimate } = wholeDiagram(blueprint)
      const m = await measure(text)
      const fits = m.width <= MAX_WIDTH && m.height <= MAX_RATIO * m.width && m.overlaps === 0
      models.push({
        diagram: name,
        components: blueprint.components.length,
        dependencies: blueprint.dependencies.length,
        'estimated w×h': `${Math.round(estimate.w)}×${Math.round(estimate.h)}`,
        'drawn w×h': `${Math.round(m.width)}×${Math.round(m.height)}`,
        overlaps: m.overlaps,
        model: withinBudget(estimate) ? 'fits' : 'views',
        chromium: fits ? 'fits' : 'over'
      })
      if (withinBudget(estimate) && !fits) wrong.push(name)
    }
    expect(wrong).toEqual([])
  }, 600_000)
})
