/**
 * Every changes diagram in the golden review comments renders in the real
 * Mermaid library (headless Chromium, see test/support/browser.ts): a
 * diagram GitHub cannot draw is worse than none, and only a real render can
 * tell (REFERENCE.md, "mermaid.parse in plain Node cannot tell").
 *
 * The goldens are written by test/unit/review.unit.test.ts; this suite reads them, so
 * it checks exactly the text reviewers see.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchMermaid, type MermaidBrowser } from '../support/browser.js'

const here = dirname(fileURLToPath(import.meta.url))
const GOLDEN_DIR = join(here, '..', 'golden', 'review')

/** The text of every ```mermaid fence (of any length) in a Markdown document. */
function mermaidBlocks(markdown: string): string[] {
  const blocks: string[] = []
  for (const m of markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm))
    blocks.push(m[2] as string)
  return blocks
}

const goldens = existsSync(GOLDEN_DIR)
  ? readdirSync(GOLDEN_DIR)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : []
const diagrams = goldens.flatMap((file) =>
  mermaidBlocks(readFileSync(join(GOLDEN_DIR, file), 'utf8')).map(
    (text, i) => [`${file} #${i + 1}`, text] as const
  )
)

describe('review diagrams in the browser', () => {
  let browser: MermaidBrowser

  beforeAll(async () => {
    browser = await launchMermaid()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds diagrams in the goldens to render', () => {
    // Without goldens this suite would pass vacuously: they are written by test/unit/review.unit.test.ts.
    expect(diagrams.length).toBeGreaterThanOrEqual(8)
  })

  it('reports a broken diagram (the harness is not vacuous)', async () => {
    expect((await browser.render('flowchart LR\n  a --> end')).ok).toBe(false)
  })

  it.each(diagrams)('renders the diagram in %s', async (_name, text) => {
    const result = await browser.render(text)
    expect(result).toEqual(expect.objectContaining({ ok: true }))
  })
})
