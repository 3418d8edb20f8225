/**
 * How readable a rendered diagram is, measured the way a reader meets it: the
 * SVG placed in a page 900 px wide (about GitHub's Markdown column), every
 * box read from the laid-out DOM.
 *
 * - width, height: the diagram's natural size (its viewBox), before the page
 *   scales it down to fit;
 * - labels: the edge (relationship) labels drawn;
 * - overlaps: the edge labels whose box overlaps another edge label or a
 *   node, and the nodes whose box overlaps another node, by more than a
 *   pixel each way.
 *
 * Flowcharts and Mermaid's own C4 diagrams are both understood, so a C4
 * diagram drawn either way can be compared.
 */

/** The figures of one rendered diagram. */
export interface Readability {
  readonly width: number
  readonly height: number
  readonly labels: number
  readonly overlaps: number
  /** Text of each overlapping label and what it hits, for a failure message. */
  readonly collisions: readonly string[]
}

/** The page width the diagram is shown in. */
export const PAGE_WIDTH = 900

/**
 * Measures the SVG inside the page (runs in the browser: self-contained, no
 * imports, DOM types kept narrow because this file is type-checked without
 * lib "dom").
 */
export function measureInPage(svg: string): Readability {
  interface Rect {
    readonly left: number
    readonly top: number
    readonly width: number
    readonly height: number
  }
  interface El {
    readonly tagName: string
    readonly textContent: string | null
    readonly nextElementSibling: El | null
    readonly children: ArrayLike<El>
    innerHTML: string
    getAttribute(name: string): string | null
    getBoundingClientRect(): Rect
    querySelector(sel: string): El | null
    querySelectorAll(sel: string): ArrayLike<El>
    remove(): void
  }
  const doc = (globalThis as unknown as { document: { getElementById(id: string): El | null } })
    .document
  const stage = doc.getElementById('stage')
  if (stage === null) throw new Error('the page has no #stage')
  stage.innerHTML = svg
  try {
    const root = stage.querySelector('svg')
    if (root === null) throw new Error('no svg drawn')
    const viewBox = (root.getAttribute('viewBox') ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number)
    const width = viewBox[2] ?? 0
    const height = viewBox[3] ?? 0
    const frame = root.getBoundingClientRect()
    const scale = frame.width / width
    interface Box {
      readonly x: number
      readonly y: number
      readonly w: number
      readonly h: number
      readonly text: string
    }
    const boxOf = (els: readonly El[]): Box => {
      const rects = els.map((e) => e.getBoundingClientRect())
      const x0 = Math.min(...rects.map((r) => r.left))
      const y0 = Math.min(...rects.map((r) => r.top))
      const x1 = Math.max(...rects.map((r) => r.left + r.width))
      const y1 = Math.max(...rects.map((r) => r.top + r.height))
      return {
        x: (x0 - frame.left) / scale,
        y: (y0 - frame.top) / scale,
        w: (x1 - x0) / scale,
        h: (y1 - y0) / scale,
        text: els
          .map((e) => (e.textContent ?? '').trim())
          .join(' ')
          .replace(/\s+/g, ' ')
      }
    }
    const nodes = Array.from(root.querySelectorAll('g.node')).map((n) => boxOf([n]))
    let labels: Box[]
    if ((root.getAttribute('aria-roledescription') ?? '') === 'c4') {
      // Mermaid's C4 draws each relationship as a line or path followed by its text elements.
      labels = []
      for (const line of Array.from(root.querySelectorAll('line, path[marker-end]'))) {
        const texts: El[] = []
        for (let t = line.nextElementSibling; t !== null && t.tagName === 'text';) {
          texts.push(t)
          t = t.nextElementSibling
        }
        if (texts.length > 0) labels.push(boxOf(texts))
      }
    } else {
      labels = Array.from(root.querySelectorAll('g.edgeLabel')).map((l) => boxOf([l]))
    }
    labels = labels.filter((b) => b.w > 0 && b.h > 0 && b.text !== '')
    const overlap = (a: Box, b: Box): boolean =>
      Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 &&
      Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1
    const collisions: string[] = []
    labels.forEach((label, i) => {
      const hit =
        labels.find((other, j) => j !== i && overlap(label, other)) ??
        nodes.find((node) => overlap(label, node))
      if (hit !== undefined) collisions.push(`"${label.text}" overlaps "${hit.text}"`)
    })
    // Node labels on top of each other: each pair once.
    nodes.forEach((node, i) => {
      const hit = nodes.find((other, j) => j > i && overlap(node, other))
      if (hit !== undefined) collisions.push(`node "${node.text}" overlaps node "${hit.text}"`)
    })
    return { width, height, labels: labels.length, overlaps: collisions.length, collisions }
  } finally {
    stage.innerHTML = ''
  }
}

/** How one drawn node looks: its element id, its text (lines joined by line breaks), and its outline's computed dash pattern. */
export interface NodeLook {
  readonly id: string
  readonly text: string
  /** `none` for a solid outline. */
  readonly dasharray: string
}

/** Every drawn node's look, read from computed styles (runs in the browser, like {@link measureInPage}). */
export function nodeLooksInPage(svg: string): NodeLook[] {
  interface El {
    readonly id: string
    readonly textContent: string | null
    readonly innerText?: string
    innerHTML: string
    querySelector(sel: string): El | null
    querySelectorAll(sel: string): ArrayLike<El>
  }
  const g = globalThis as unknown as {
    document: { getElementById(id: string): El | null }
    getComputedStyle(el: El): { getPropertyValue(name: string): string }
  }
  const stage = g.document.getElementById('stage')
  if (stage === null) throw new Error('the page has no #stage')
  stage.innerHTML = svg
  try {
    return Array.from(stage.querySelectorAll('g.node')).map((node) => {
      const shape = node.querySelector('rect, path, polygon, circle, ellipse')
      // An HTML label's innerText keeps its <br/> breaks as line breaks; SVG text has only textContent.
      const label = node.querySelector('.nodeLabel')
      return {
        id: node.id,
        text: (label?.innerText ?? node.textContent ?? '').trim(),
        dasharray:
          shape === null ? 'none' : g.getComputedStyle(shape).getPropertyValue('stroke-dasharray')
      }
    })
  } finally {
    stage.innerHTML = ''
  }
}
