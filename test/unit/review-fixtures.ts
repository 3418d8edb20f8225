/**
 * Fixtures for the review tests: blueprints, reviews and comment inputs, and
 * the structure checks that every comment must pass.
 */
import type { Blueprint, Component, Dependency } from '../../src/engine/model.js'
import type { BlueprintReview, CommentInput } from '../../src/engine/review/comment.js'

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

export function component(id: string, more: Partial<Component> = {}): Component {
  return { id, name: id, type: 'service', ...more }
}

export function dependency(from: string, to: string, more: Partial<Dependency> = {}): Dependency {
  return { from, to, async: false, ...more }
}

export function blueprint(more: Partial<Blueprint> = {}): Blueprint {
  return {
    id: 'checkout',
    project: 'acme-shop',
    title: 'Checkout platform',
    overview: 'Takes orders from the storefront and charges cards.',
    diagram: { type: 'flowchart', direction: 'LR' },
    components: [
      component('web', {
        name: 'Web storefront',
        type: 'frontend',
        technology: 'React 18',
        group: 'Edge'
      }),
      component('api', {
        name: 'Checkout API',
        technology: 'Node 20',
        description: 'Takes orders.'
      }),
      component('orders-db', { name: 'Orders DB', type: 'database', technology: 'PostgreSQL 15' }),
      component('payments', { name: 'Payment provider', type: 'external' })
    ],
    dependencies: [
      dependency('web', 'api', { description: 'places orders', technology: 'HTTPS/JSON' }),
      dependency('api', 'orders-db', { description: 'reads and writes orders', technology: 'SQL' }),
      dependency('api', 'payments', { description: 'charges cards', technology: 'HTTPS' })
    ],
    sections: {},
    ...more
  }
}

/**
 * A stand-in for the generated document: enough lines that depend on the
 * blueprint to give a realistic unified diff, without tying these goldens to
 * the template (which has goldens of its own).
 */
export function documentOf(bp: Blueprint): string {
  return [
    `# ${bp.title ?? bp.id}`,
    '',
    bp.overview ?? '',
    '',
    '## Components',
    '',
    ...bp.components.map(
      (c) => `- ${c.name} (${c.id}): ${c.type}${c.technology ? `, ${c.technology}` : ''}`
    ),
    '',
    '## Dependencies',
    '',
    ...bp.dependencies.map(
      (d) => `- ${d.from} -> ${d.to}${d.description ? `: ${d.description}` : ''}`
    ),
    '',
    '<!-- blueprint-docs: generated from docs/checkout.blueprint.yaml; edit the blueprint, not this file. -->',
    ''
  ].join('\n')
}

export function review(
  base: Blueprint | undefined,
  head: Blueprint | undefined,
  more: Partial<BlueprintReview> = {}
): BlueprintReview {
  return {
    path: 'docs/checkout.blueprint.yaml',
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    document: {
      path: 'docs/checkout.md',
      ...(base ? { before: documentOf(base) } : {}),
      ...(head ? { after: documentOf(head) } : {})
    },
    ...more
  }
}

export function input(
  reviews: readonly BlueprintReview[],
  more: Partial<CommentInput> = {}
): CommentInput {
  return {
    tag: 'blueprint-docs',
    reviews,
    stale: [],
    fixCommand: "npx --yes 'github:acme/blueprint-docs#v1' generate",
    summaryUrl: 'https://github.com/acme/shop/actions/runs/42',
    ...more
  }
}

// ---------------------------------------------------------------------------
// Structure checks used by the golden and the property tests
// ---------------------------------------------------------------------------

/** Removes inline code spans (CommonMark rules: a run of n backticks closes at the next run of exactly n). */
export function withoutCodeSpans(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const ch = line[i] as string
    if (ch === '\\' && i + 1 < line.length && line[i + 1] !== '`') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (ch === '\\' && line[i + 1] === '`') {
      out += '\\`'
      i += 2
      continue
    }
    if (ch === '`') {
      let n = 0
      while (line[i + n] === '`') n++
      let j = i + n
      let close = -1
      while (j < line.length) {
        if (line[j] === '`') {
          let m = 0
          while (line[j + m] === '`') m++
          if (m === n) {
            close = j
            break
          }
          j += m
        } else j++
      }
      if (close >= 0) {
        out += ' '
        i = close + n
        continue
      }
      out += '`'.repeat(n)
      i += n
      continue
    }
    out += ch
    i++
  }
  return out
}

/**
 * Problems with the structure of comment Markdown: unbalanced fences or
 * `<details>`, raw HTML other than our own tags, live `@mentions`, a second
 * marker, table rows with the wrong number of cells.
 */
export function structureProblems(markdown: string, marker?: string): string[] {
  const problems: string[] = []
  let fenceChar: string | undefined
  let fenceLength = 0
  let details = 0
  let tableCells: number | undefined
  const lines = markdown.split('\n')
  lines.forEach((line, n) => {
    if (fenceChar !== undefined) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(line)
      if (
        close &&
        (close[1] as string)[0] === fenceChar &&
        (close[1] as string).length >= fenceLength
      )
        fenceChar = undefined
      return
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (open && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
      fenceChar = (open[1] as string)[0]
      fenceLength = (open[1] as string).length
      tableCells = undefined
      return
    }
    const plain = withoutCodeSpans(line)
    if (n === 0 && marker !== undefined) {
      if (line !== marker) problems.push(`line 1 is not the marker: ${line}`)
      return
    }
    for (const tag of plain.match(/<[^>]*>?/g) ?? []) {
      if (tag === '<details>') details++
      else if (tag === '</details>') details--
      else if (!['<summary>', '</summary>'].includes(tag))
        problems.push(`line ${n + 1}: raw HTML ${tag}`)
      if (details < 0) problems.push(`line ${n + 1}: </details> without <details>`)
    }
    if (/@(?!&#8203;)/.test(plain)) problems.push(`line ${n + 1}: live @mention: ${line}`)
    if (line.includes('<!-- blueprint-docs:comment'))
      problems.push(`line ${n + 1}: a second marker`)
    if (line.startsWith('|')) {
      const cells = (plain.match(/\|/g) ?? []).length
      if (tableCells === undefined) tableCells = cells
      else if (cells !== tableCells)
        problems.push(`line ${n + 1}: ${cells - 1} cells, header has ${tableCells - 1}`)
    } else tableCells = undefined
  })
  if (fenceChar !== undefined) problems.push('a code fence is never closed')
  if (details !== 0) problems.push(`${details} <details> never closed`)
  return problems
}
