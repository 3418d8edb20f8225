/**
 * The pull-request comment (and the output of `blueprint-docs diff`, which
 * is the same Markdown): per blueprint, what changed in the architecture, the
 * changes diagram and the generated document's unified diff, under a header
 * with totals.
 *
 * Two constraints shape this module:
 * - GitHub refuses comment bodies over 65,536 characters (422), so the body
 *   degrades in tiers (full → without document diffs → summary lines) and
 *   always says what it left out; the untruncated text goes to the job
 *   summary (1 MiB per step).
 * - Blueprint text and file names come from the pull request's author. Every
 *   piece of it goes through {@link safeInline} (or into a code fence from
 *   {@link fence}), so it cannot close our tables, fences or `<details>`,
 *   inject HTML, notify people with `@mentions`, or forge our marker.
 */
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff'
import type { Blueprint, Component, Dependency, Problem } from './model.js'
import { formatProblem } from './model.js'
import { buildDiagram } from './mermaid/index.js'
import type { ArchitectureDiff, ValueChange } from './diff.js'
import { changesDiagramInput, countChanges, diffBlueprints } from './diff.js'
import { COMMENT_MARKER_PREFIX, fence, safeInline, table } from './markdown.js'

/** One blueprint of the pull request, as the caller found it at base and head. */
export interface BlueprintReview {
  /** Head path of the blueprint (base path when deleted). */
  readonly path: string
  /** Base path, when the blueprint was renamed. */
  readonly previousPath?: string
  /** Undefined: added (or invalid at base). */
  readonly base?: Blueprint
  /** Undefined: deleted (or invalid at head, then `problems` is set). */
  readonly head?: Blueprint
  /** The head version is invalid: these are shown, and no diagram. */
  readonly problems?: readonly Problem[]
  /**
   * The generated document's text at base and at head, `generated_at`
   * already neutralised by the caller; undefined = no document on that side.
   */
  readonly document: { readonly path: string; readonly before?: string; readonly after?: string }
}

/** Everything the comment shows. */
export interface CommentInput {
  /** The `comment-tag` input: tells apart the sticky comments of several workflows. */
  readonly tag: string
  readonly reviews: readonly BlueprintReview[]
  /** Committed documents that are out of date at head. */
  readonly stale: readonly { readonly document: string; readonly blueprint: string }[]
  /** The command that regenerates the documents, e.g. `npx blueprint-docs generate`. */
  readonly fixCommand: string
  /** Link to the job summary (the run URL) when known. */
  readonly summaryUrl?: string
  /** Maximum body length in characters; default {@link COMMENT_LIMIT}. Tests pass small values. */
  readonly limit?: number
  /** Maximum size of `full` in UTF-8 bytes; default {@link FULL_LIMIT_BYTES}. Tests pass small values. */
  readonly fullLimitBytes?: number
}

/** What {@link buildComment} produces. */
export interface BuiltComment {
  /** The comment body: at most `limit` characters, starting with the marker. */
  readonly body: string
  /** The whole review for the job summary (no marker), capped at `fullLimitBytes` with a note. */
  readonly full: string
  /** Which tier the body needed to fit. */
  readonly tier: 'full' | 'no-document-diffs' | 'summary'
}

/** GitHub's limit on a comment body, in characters (a longer body is refused with 422). */
export const COMMENT_LIMIT = 65536

/**
 * The job summary holds at most 1 MiB per step. The review leaves 16 KiB of
 * it to whatever else the step writes there (errors, check results).
 */
export const FULL_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

/**
 * The hidden HTML comment that finds our comment again on the next run.
 *
 * The tag is percent-encoded down to `[A-Za-z0-9_.-]` with no `--`, so no tag
 * can end the comment early (`-->`, `--!>`) or make two tags' markers
 * collide. Callers should match with `body.startsWith(marker)` and check the
 * author too: anyone can paste a marker into a comment of their own.
 */
export function commentMarker(tag: string): string {
  const encoded = Array.from(tag)
    .map((ch) =>
      /^[A-Za-z0-9_.-]$/.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g, percent)
    )
    .join('')
    // A run of dashes could end or corrupt the HTML comment; a lone one cannot.
    .replace(/-(?=-)/g, '%2D')
    .replace(/-$/, '%2D')
  return `${COMMENT_MARKER_PREFIX} tag=${encoded} -->`
}

function percent(ch: string): string {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

// ---------------------------------------------------------------------------
// One blueprint
// ---------------------------------------------------------------------------

const code = (text: string, max?: number): string =>
  safeInline(text, { style: 'code', ...(max ? { max } : {}) })
const pathCode = (path: string): string =>
  safeInline(path, { style: 'code', max: 200, cut: 'middle' })
const text = (value: string, max?: number): string => safeInline(value, max ? { max } : {})

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

interface DocumentDiff {
  readonly patch: string
  readonly added: number
  readonly removed: number
}

function documentDiff(doc: BlueprintReview['document']): DocumentDiff | undefined {
  if (doc.before === doc.after) return undefined
  const patch = structuredPatch(
    doc.before === undefined ? '/dev/null' : `a/${doc.path}`,
    doc.after === undefined ? '/dev/null' : `b/${doc.path}`,
    doc.before ?? '',
    doc.after ?? '',
    undefined,
    undefined,
    { context: 3 }
  )
  let added = 0
  let removed = 0
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith('+')) added++
      else if (line.startsWith('-')) removed++
    }
  }
  return { patch: formatPatch(patch, FILE_HEADERS_ONLY), added, removed }
}

/** What the comment shows about one review, ready to assemble in any tier. */
interface ReviewParts {
  /** One line: path and what happened. Used in every tier. */
  readonly summaryLine: string
  /** Heading, summary, semantic diff, problems, diagram: all but the document diff. */
  readonly main: string
  readonly docDiff?: DocumentDiff
  readonly diff?: ArchitectureDiff
}

function describeValue(v: string | boolean | undefined, max: number): string {
  if (v === undefined) return '_(none)_'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  return v === '' ? '_(empty)_' : text(v, max)
}

function fieldChange(field: string, change: ValueChange<string | boolean>): string {
  // Long prose (descriptions) is cut; the document diff has it whole.
  const max = field === 'description' ? 60 : 80
  return `${field}: ${describeValue(change.before, max)} → ${describeValue(change.after, max)}`
}

function componentLabel(c: Component): string {
  return c.name !== c.id ? `${code(c.id, 80)} ${text(c.name, 80)}` : code(c.id, 80)
}

function componentDetails(c: Component): string {
  const parts = [text(c.type, 40)]
  if (c.technology !== undefined) parts.push(text(c.technology, 60))
  if (c.group !== undefined) parts.push(`group: ${text(c.group, 60)}`)
  return parts.join(' · ')
}

function dependencyLabel(d: Dependency): string {
  return `${code(d.from, 60)} → ${code(d.to, 60)}`
}

function dependencyDetails(d: Dependency): string {
  const parts: string[] = []
  if (d.description !== undefined) parts.push(text(d.description, 60))
  if (d.technology !== undefined) parts.push(text(d.technology, 60))
  if (d.async) parts.push('async')
  return parts.join(' · ')
}

function semanticDiff(d: ArchitectureDiff): string[] {
  const blocks: string[] = []
  const c = d.components
  const componentRows = [
    ...c.added.map((x) => ['➕ added', componentLabel(x), componentDetails(x)]),
    ...c.removed.map((x) => ['➖ removed', componentLabel(x), componentDetails(x)]),
    ...c.changed.map((x) => [
      '✏️ changed',
      componentLabel(x.after),
      x.fields.map((f) => fieldChange(f.field, f)).join(' · ')
    ])
  ]
  if (componentRows.length > 0) blocks.push(table(['', 'Component', 'Details'], componentRows))

  const p = d.dependencies
  const dependencyRows = [
    ...p.added.map((x) => ['➕ added', dependencyLabel(x), dependencyDetails(x)]),
    ...p.removed.map((x) => ['➖ removed', dependencyLabel(x), dependencyDetails(x)]),
    ...p.changed.map((x) => [
      '✏️ changed',
      dependencyLabel(x.after),
      x.fields.map((f) => fieldChange(f.field, f)).join(' · ')
    ])
  ]
  if (dependencyRows.length > 0) blocks.push(table(['', 'Dependency', 'Details'], dependencyRows))

  const other: string[] = []
  if (d.id) other.push(fieldChange('id', d.id))
  if (d.project) other.push(fieldChange('project', d.project))
  if (d.title) other.push(fieldChange('title', d.title))
  if (d.diagram) {
    const show = (v: { type: string; direction: string } | undefined): string | undefined =>
      v === undefined ? undefined : `${v.type} ${v.direction}`
    other.push(
      fieldChange('diagram', { before: show(d.diagram.before), after: show(d.diagram.after) })
    )
  }
  if (d.overviewChanged) other.push('the overview')
  if (d.sectionsChanged.length > 0) {
    other.push(
      `${d.sectionsChanged.length === 1 ? 'section' : 'sections'} ${d.sectionsChanged.map((k) => code(k)).join(', ')}`
    )
  }
  if (other.length > 0)
    blocks.push(`**${blocks.length > 0 ? 'Also changed' : 'Changed'}:** ${other.join(' · ')}`)
  return blocks
}

function metricsText(d: ArchitectureDiff): string {
  const [cb, ca] = d.metrics.components
  const [db, da] = d.metrics.dependencies
  return `components ${cb} → ${ca} · dependencies ${db} → ${da}`
}

/** The diagram block, or a line saying why there is none; never throws. */
function diagramBlock(review: BlueprintReview): string {
  try {
    const input = changesDiagramInput(review.base, review.head)
    const diagram = buildDiagram(input.blueprint, { highlight: input.highlight })
    const notes = [input.note, diagram.note].filter((n): n is string => n !== undefined)
    const note = notes.length > 0 ? `\n\n_${notes.map((n) => text(n, 300)).join(' ')}_` : ''
    return `${fence(diagram.text, 'mermaid')}${note}`
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return `_No changes diagram: ${text(message, 200)}_`
  }
}

function reviewParts(review: BlueprintReview): ReviewParts | undefined {
  const docDiff = documentDiff(review.document)
  const renamed = review.previousPath !== undefined && review.previousPath !== review.path
  const heading = (title: string | undefined): string =>
    `### ${title !== undefined && title.trim() !== '' ? `${text(title, 80)} · ` : ''}${pathCode(review.path)}`
  const renamedFrom = renamed ? `renamed from ${code(review.previousPath ?? '', 200)}` : undefined
  const docNote = docDiff ? `document +${docDiff.added} −${docDiff.removed} lines` : undefined

  if (review.problems !== undefined && review.problems.length > 0) {
    const shown = review.problems.slice(0, 20)
    const more = review.problems.length - shown.length
    const what = [renamedFrom, `invalid at head: ${plural(review.problems.length, 'problem')}`]
      .filter(Boolean)
      .join(' · ')
    const list = [
      ...shown.map((p) => `- ${text(formatProblem(p), 300)}`),
      ...(more > 0 ? [`- … and ${plural(more, 'more problem')}`] : [])
    ].join('\n')
    return {
      summaryLine: `${pathCode(review.path)}: ${what}`,
      main: [
        heading(review.base?.title),
        `${capitalise(what)}. No diagram until it is valid.`,
        list
      ].join('\n\n'),
      ...(docDiff ? { docDiff } : {})
    }
  }

  const d = diffBlueprints(review.base, review.head)
  const changes = countChanges(d)
  if (d.status === 'unchanged' && !renamed && docDiff === undefined) return undefined

  let what: string
  if (d.status === 'added') {
    what = `new blueprint · ${plural(d.metrics.components[1], 'component')}, ${plural(d.metrics.dependencies[1], 'dependency', 'dependencies')}`
  } else if (d.status === 'deleted') {
    what = `deleted blueprint · had ${plural(d.metrics.components[0], 'component')}, ${plural(d.metrics.dependencies[0], 'dependency', 'dependencies')}`
  } else if (d.status === 'modified') {
    what = `${plural(changes, 'change')} · ${metricsText(d)}`
  } else {
    what = 'no architecture change'
  }
  const summary = [renamedFrom, what, docNote].filter(Boolean).join(' · ')
  const blocks = [heading(review.head?.title ?? review.base?.title), `${capitalise(summary)}.`]
  blocks.push(...semanticDiff(d))
  // A diagram with nothing highlighted (only the overview or a section
  // changed) would cost thousands of characters and show no change.
  const elementChanges =
    changes -
    (d.id ? 1 : 0) -
    (d.title ? 1 : 0) -
    (d.project ? 1 : 0) -
    (d.diagram ? 1 : 0) -
    (d.overviewChanged ? 1 : 0) -
    d.sectionsChanged.length
  if (elementChanges > 0 || d.status === 'added' || d.status === 'deleted')
    blocks.push(diagramBlock(review))
  return {
    summaryLine: `${pathCode(review.path)}: ${summary}`,
    main: blocks.join('\n\n'),
    diff: d,
    ...(docDiff ? { docDiff } : {})
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function documentDiffBlock(doc: DocumentDiff, patch = doc.patch): string {
  // A blank line after <summary> and before </details> is what makes GitHub
  // render the Markdown (the fence) between them.
  return [
    `<details><summary>Generated document diff (+${doc.added} −${doc.removed} lines)</summary>`,
    '',
    fence(patch, 'diff'),
    '',
    '</details>'
  ].join('\n')
}

// ---------------------------------------------------------------------------
// Assembly and tiers
// ---------------------------------------------------------------------------

const TITLE = '## Architecture review'

function totalsLine(parts: readonly ReviewParts[]): string {
  const sum = (pick: (d: ArchitectureDiff) => number): number =>
    parts.reduce((n, p) => n + (p.diff ? pick(p.diff) : 0), 0)
  const counts = (kind: 'components' | 'dependencies'): string => {
    const added = sum((d) => d[kind].added.length)
    const removed = sum((d) => d[kind].removed.length)
    const changed = sum((d) => d[kind].changed.length)
    return `+${added} −${removed} ~${changed}`
  }
  return `**${plural(parts.length, 'blueprint')} changed** · components ${counts('components')} · dependencies ${counts('dependencies')}`
}

function staleBlock(input: CommentInput): string | undefined {
  if (input.stale.length === 0) return undefined
  const sorted = [...input.stale].sort((a, b) =>
    a.document < b.document ? -1 : a.document > b.document ? 1 : 0
  )
  return [
    `### Stale documents (${sorted.length})`,
    'These committed documents are out of date at this head:',
    sorted
      .map((s) => `- ${code(s.document, 200)} (blueprint ${code(s.blueprint, 200)})`)
      .join('\n'),
    `Fix: run ${code(input.fixCommand, 200)} and commit the result.`
  ].join('\n\n')
}

function summaryRef(input: CommentInput): string {
  if (input.summaryUrl === undefined) return "this run's job summary"
  // The URL comes from the run context; percent-encode what could end the link.
  const url = Array.from(input.summaryUrl)
    .map((ch) =>
      /^[A-Za-z0-9\-._~:/?#=&%+,;]$/.test(ch)
        ? ch
        : encodeURIComponent(ch).replace(/[!'()*]/g, percent)
    )
    .join('')
  return `the [job summary](${url})`
}

const utf8 = new TextEncoder()
const bytes = (s: string): number => utf8.encode(s).length

/**
 * The full text for the job summary, at most `maxBytes`: blocks are kept
 * whole while they fit; a document diff that does not fit is cut at a line
 * (its fence closed again), and a note says where and why the text stops.
 */
function capFull(
  blocks: readonly { text: string; doc?: DocumentDiff }[],
  maxBytes: number
): string {
  const note = (n: number): string =>
    `> **Truncated:** the review is longer than the job summary's limit; the last ${plural(n, 'part')} of it ${n === 1 ? 'is' : 'are'} left out.`
  const out: string[] = []
  let used = 0
  const reserve = bytes(note(blocks.length)) + 2
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as { text: string; doc?: DocumentDiff }
    const size = bytes(block.text) + (out.length > 0 ? 2 : 0)
    if (used + size + (i + 1 < blocks.length ? reserve : 0) <= maxBytes) {
      out.push(block.text)
      used += size
      continue
    }
    if (block.doc !== undefined) {
      // Keep as many whole lines of the diff as fit, found by binary search.
      const doc = block.doc
      const lines = doc.patch.split('\n')
      const cut = (n: number): string =>
        documentDiffBlock(doc, `${lines.slice(0, n).join('\n')}\n… (cut here)\n`)
      const fits = (n: number): boolean => used + bytes(cut(n)) + 2 + reserve <= maxBytes
      let lo = 0
      let hi = lines.length
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2)
        if (fits(mid)) lo = mid
        else hi = mid - 1
      }
      if (lo > 0) out.push(cut(lo))
    }
    out.push(note(blocks.length - i))
    return out.join('\n\n')
  }
  return out.join('\n\n')
}

/**
 * Builds the sticky comment.
 *
 * `body` fits in `limit` characters and starts with {@link commentMarker};
 * `full` carries everything (for the job summary). Each tier says what it
 * left out and where to find it. `limit` counts UTF-16 code units (what
 * `String.length` counts), never fewer than the characters GitHub counts.
 *
 * @throws Error when `limit` cannot even hold the marker.
 */
export function buildComment(input: CommentInput): BuiltComment {
  const limit = input.limit ?? COMMENT_LIMIT
  const marker = commentMarker(input.tag)
  if (limit < marker.length + 1)
    throw new Error(
      `comment limit ${limit} is shorter than the marker (${marker.length} characters)`
    )
  const withMarker = (s: string): string => `${marker}\n${s}`

  // Sorted by path so the comment does not depend on the order changes were found in.
  const parts = [...input.reviews]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(reviewParts)
    .filter((p): p is ReviewParts => p !== undefined)
  const stale = staleBlock(input)

  if (parts.length === 0 && stale === undefined) {
    const s = `${TITLE}\n\nNo architecture or document changes any more.`
    return { body: fitHard(withMarker(s), limit), full: s, tier: 'full' }
  }

  const header = [TITLE, parts.length > 0 ? totalsLine(parts) : '**No architecture changes.**']
  const fullBlocks: { text: string; doc?: DocumentDiff }[] = header.map((t) => ({ text: t }))
  for (const p of parts) {
    fullBlocks.push({ text: p.main })
    if (p.docDiff) fullBlocks.push({ text: documentDiffBlock(p.docDiff), doc: p.docDiff })
  }
  if (stale) fullBlocks.push({ text: stale })
  const full = capFull(fullBlocks, input.fullLimitBytes ?? FULL_LIMIT_BYTES)

  const untruncated = fullBlocks.map((b) => b.text).join('\n\n')
  if (untruncated === full && withMarker(full).length <= limit)
    return { body: withMarker(full), full, tier: 'full' }

  const docCount = parts.filter((p) => p.docDiff).length
  if (docCount > 0) {
    const leftOut = `> **Shortened to fit GitHub's comment limit:** the diffs of ${plural(docCount, 'generated document')} are left out. The full review is in ${summaryRef(input)}.`
    const blocks = [...header, leftOut]
    for (const p of parts) {
      blocks.push(p.main)
      if (p.docDiff)
        blocks.push(
          `_Generated document diff (+${p.docDiff.added} −${p.docDiff.removed} lines) left out; see the job summary._`
        )
    }
    if (stale) blocks.push(stale)
    const body = withMarker(blocks.join('\n\n'))
    if (body.length <= limit) return { body, full, tier: 'no-document-diffs' }
  }

  const leftOut = `> **Shortened to fit GitHub's comment limit:** only one line per blueprint is shown; the changes, diagrams and document diffs are left out. The full review is in ${summaryRef(input)}.`
  const lines = parts.map((p) => `- ${p.summaryLine}`)
  const compose = (shown: readonly string[]): string => {
    const more = lines.length - shown.length
    const list = [
      ...shown,
      ...(more > 0 ? [`- … and ${plural(more, 'more blueprint')}`] : [])
    ].join('\n')
    return withMarker(
      [...header, leftOut, ...(list ? [list] : []), ...(stale ? [stale] : [])].join('\n\n')
    )
  }
  let body = compose(lines)
  if (body.length > limit) {
    // Keep as many lines as fit; binary search, since each line costs a different length.
    let lo = 0
    let hi = lines.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (compose(lines.slice(0, mid)).length <= limit) lo = mid
      else hi = mid - 1
    }
    body = compose(lines.slice(0, lo))
  }
  return { body: fitHard(body, limit, input), full, tier: 'summary' }
}

/**
 * The last resort when even the summary does not fit (a tiny limit, or a
 * huge list of stale documents): the marker and a sentence pointing to the
 * job summary, which holds no outside text and so cannot be cut mid-structure.
 */
function fitHard(body: string, limit: number, input?: CommentInput): string {
  if (body.length <= limit) return body
  const marker = body.slice(0, body.indexOf('\n'))
  const ref = input ? summaryRef(input) : "this run's job summary"
  const candidates = [
    `${TITLE}\n\nThe review is too long for a comment; it is in ${ref}.`,
    `${TITLE}\n\nToo long for a comment; see the job summary.`,
    'See the job summary.'
  ]
  for (const c of candidates) if (marker.length + 1 + c.length <= limit) return `${marker}\n${c}`
  return marker
}
