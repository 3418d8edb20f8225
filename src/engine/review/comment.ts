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
 *   piece of it goes through `safeInline` (or into a code fence from
 *   `fence`, both in markdown.ts), so it cannot close our tables, fences or
 *   `<details>`, inject HTML, notify people with `@mentions`, or forge our
 *   marker.
 *
 * One blueprint's section is built in comment-section.ts, its document diff
 * in document-diff.ts; this module assembles them and fits the result.
 */
import type { ArchitectureDiff } from './diff.js'
import {
  code,
  landscapeParts,
  reviewParts,
  type BlueprintReview,
  type ReviewParts
} from './comment-section.js'
import { documentDiffBlock, type DocumentDiff } from './document-diff.js'
import { COMMENT_MARKER_PREFIX } from '../markdown.js'
import { compareText, plural } from '../text.js'

export type { BlueprintReview } from './comment-section.js'

/** Everything the comment shows. */
export interface CommentInput {
  /** The `comment-tag` input: tells apart the sticky comments of several workflows. */
  readonly tag: string
  readonly reviews: readonly BlueprintReview[]
  /** Committed documents that are out of date at head. */
  readonly stale: readonly {
    readonly document: string
    readonly blueprint: string
    /** The landscape document, which has no blueprint of its own. */
    readonly landscape?: boolean
  }[]
  /** The command that regenerates the documents, e.g. `npx blueprint-docs generate`. */
  readonly fixCommand: string
  /** The landscape document at base and at head, `generated_at` neutralised; shown when it differs. */
  readonly landscape?: { readonly path: string; readonly before?: string; readonly after?: string }
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
  const sorted = [...input.stale].sort((a, b) => compareText(a.document, b.document))
  return [
    `### Stale documents (${sorted.length})`,
    'These committed documents are out of date at this head:',
    sorted
      .map(
        (s) =>
          `- ${code(s.document, 200)} (${s.landscape ? 'the landscape' : `blueprint ${code(s.blueprint, 200)}`})`
      )
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
    .sort((a, b) => compareText(a.path, b.path))
    .map(reviewParts)
    .filter((p): p is ReviewParts => p !== undefined)
  // The landscape is shown like a blueprint's document, after them, and not counted as a blueprint.
  const landscape = input.landscape ? landscapeParts(input.landscape) : undefined
  const shown = landscape ? [...parts, landscape] : parts
  const stale = staleBlock(input)

  if (shown.length === 0 && stale === undefined) {
    const s = `${TITLE}\n\nNo architecture or document changes any more.`
    return { body: fitHard(withMarker(s), limit), full: s, tier: 'full' }
  }

  const header = [TITLE, parts.length > 0 ? totalsLine(parts) : '**No architecture changes.**']
  const fullBlocks: { text: string; doc?: DocumentDiff }[] = header.map((t) => ({ text: t }))
  for (const p of shown) {
    fullBlocks.push({ text: p.main })
    if (p.docDiff) fullBlocks.push({ text: documentDiffBlock(p.docDiff), doc: p.docDiff })
  }
  if (stale) fullBlocks.push({ text: stale })
  const full = capFull(fullBlocks, input.fullLimitBytes ?? FULL_LIMIT_BYTES)

  const untruncated = fullBlocks.map((b) => b.text).join('\n\n')
  if (untruncated === full && withMarker(full).length <= limit)
    return { body: withMarker(full), full, tier: 'full' }

  const docCount = shown.filter((p) => p.docDiff).length
  if (docCount > 0) {
    const leftOut = `> **Shortened to fit GitHub's comment limit:** the diffs of ${plural(docCount, 'generated document')} are left out. The full review is in ${summaryRef(input)}.`
    const blocks = [...header, leftOut]
    for (const p of shown) {
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
  const lines = shown.map((p) => `- ${p.summaryLine}`)
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
