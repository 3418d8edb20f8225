/**
 * A headless-Chromium harness that renders Mermaid text with the real
 * mermaid bundle, the only reliable validity check: `mermaid.parse` in plain
 * Node cannot tell valid from broken text (DOMPurify is missing there), and
 * jsdom parses but cannot lay out (see REFERENCE.md, "Headless Chromium").
 *
 * One browser and one page serve every render: launching costs about a
 * second, a render a tenth of that.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { chromium } from 'playwright-core'
import {
  measureInPage,
  nodeLooksInPage,
  PAGE_WIDTH,
  type NodeLook,
  type Readability
} from './readability.js'

/** What one render gives back: the SVG, or Mermaid's message as text. */
export type RenderResult =
  | {
      readonly ok: true
      readonly svg: string
      /** textContent of each drawn node, edge label, group and SVG text element: what a reader sees. */
      readonly texts: readonly string[]
      /** Number of flowchart nodes drawn (`g.node`); 0 for C4. */
      readonly nodes: number
    }
  | { readonly ok: false; readonly error: string }

/** A running browser with mermaid loaded into one page. */
export interface MermaidBrowser {
  /** Renders one diagram; never throws for a bad diagram, only reports it. */
  render(text: string): Promise<RenderResult>
  /**
   * Renders one diagram into a page {@link PAGE_WIDTH} px wide and measures
   * it (see readability.ts); a diagram Mermaid refuses gives its message.
   */
  measure(
    text: string
  ): Promise<({ readonly ok: true } & Readability) | { readonly ok: false; readonly error: string }>
  /** Renders one diagram and reads how each node looks (throws if Mermaid refuses it). */
  nodeLooks(text: string): Promise<readonly NodeLook[]>
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>
}

/**
 * Markers of Mermaid's own error graphics. Depending on the code path Mermaid
 * draws a "Syntax error in text" bomb instead of rejecting, and a text over
 * `maxTextSize` is silently replaced by a one-node diagram saying so: both
 * "succeed" as SVG, and both are failures for us.
 */
// Every SVG carries CSS for `.error-icon`, so match the drawn element's attribute, not the class name.
const ERROR_SVG_MARKERS = [
  'class="error-icon"',
  'class="error-text"',
  'Syntax error in text',
  'Maximum text size in diagram exceeded'
] as const

/** Per-render ceiling, so one pathological diagram cannot hang the suite. */
const RENDER_TIMEOUT_MS = 30_000

function mermaidBundlePath(): string {
  // Resolve through Node so the harness works from any working directory.
  const require = createRequire(import.meta.url)
  // The package entry lives in mermaid/dist/, beside the self-contained browser bundle.
  return join(dirname(require.resolve('mermaid')), 'mermaid.min.js')
}

/** Launches Chromium, loads mermaid locally (no network) and returns the harness. */
export async function launchMermaid(): Promise<MermaidBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'bp-mermaid-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  try {
    // Nothing the page does may reach the network; the bundle is injected inline.
    await context.route('**/*', (route) => route.abort())
    const page = context.pages()[0] ?? (await context.newPage())
    await page.setViewportSize({ width: PAGE_WIDTH, height: 1000 })
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="stage" style="width:${PAGE_WIDTH}px"></div></body></html>`
    )
    await page.addScriptTag({ path: mermaidBundlePath() })
    // Under tsx (esbuild, keepNames) functions sent to the page call a `__name` helper the page lacks.
    await page.addScriptTag({ content: 'globalThis.__name = globalThis.__name || ((f) => f)' })
    await page.evaluate(() => {
      const m = (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid
      m.initialize({ startOnLoad: false })
    })

    let counter = 0
    const harness: MermaidBrowser = {
      async render(text: string): Promise<RenderResult> {
        counter += 1
        const id = `bpd${counter}`
        const result = await page.evaluate(
          async ({ id, text, timeoutMs }) => {
            // The page has a DOM; this file is type-checked without lib "dom", hence the narrow shapes.
            interface El {
              readonly textContent: string | null
              innerHTML: string
              remove(): void
              querySelectorAll(sel: string): ArrayLike<El>
            }
            const g = globalThis as unknown as {
              mermaid: { render(id: string, text: string): Promise<{ svg: string }> }
              document: { querySelector(sel: string): El | null; createElement(tag: string): El }
            }
            const timeout = new Promise<never>((_, reject) =>
              setTimeout(
                () => reject(new Error(`render timed out after ${timeoutMs} ms`)),
                timeoutMs
              )
            )
            try {
              const { svg } = await Promise.race([g.mermaid.render(id, text), timeout])
              // What a reader would see: the text of every node, edge label and group title.
              const box = g.document.createElement('div')
              box.innerHTML = svg
              const texts = Array.from(
                box.querySelectorAll('g.node, g.edgeLabel, g.cluster-label, g.cluster, text')
              ).map((e) => e.textContent ?? '')
              const nodes = box.querySelectorAll('g.node').length
              return { ok: true as const, svg, texts, nodes }
            } catch (e) {
              const error =
                e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e)
              return { ok: false as const, error: error || String(e) }
            } finally {
              // A failed render can leave its scratch elements behind; keep the page clean.
              for (const sel of [`#${id}`, `#d${id}`, `#i${id}`])
                g.document.querySelector(sel)?.remove()
            }
          },
          { id, text, timeoutMs: RENDER_TIMEOUT_MS }
        )
        if (result.ok) {
          const marker = ERROR_SVG_MARKERS.find((mk) => result.svg.includes(mk))
          if (marker !== undefined)
            return { ok: false, error: `mermaid drew its error graphic (${marker})` }
        }
        return result
      },
      async measure(text) {
        const result = await harness.render(text)
        if (!result.ok) return result
        return { ok: true as const, ...(await page.evaluate(measureInPage, result.svg)) }
      },
      async nodeLooks(text) {
        const result = await harness.render(text)
        if (!result.ok) throw new Error(`mermaid refused the diagram: ${result.error}`)
        return page.evaluate(nodeLooksInPage, result.svg)
      },
      async close(): Promise<void> {
        await context.close()
        await rm(profile, { recursive: true, force: true })
      }
    }
    return harness
  } catch (e) {
    await context.close().catch(() => undefined)
    await rm(profile, { recursive: true, force: true })
    throw e
  }
}

/**
 * One browser for a test file: launched before its tests and closed after
 * them. Call it at the top level of the file; what it returns gives the
 * browser, and fails the test when it did not start.
 */
export function mermaidForTests(): () => MermaidBrowser {
  let browser: MermaidBrowser | undefined
  beforeAll(async () => {
    browser = await launchMermaid()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (browser === undefined) throw new Error('the browser did not start')
    return browser
  }
}
