/**
 * The generated document's unified diff, as the review shows it: counted in
 * lines added and removed, folded away in `<details>`.
 */
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff'
import { fence } from '../markdown.js'

/** A document's diff and its size in lines. */
export interface DocumentDiff {
  readonly patch: string
  readonly added: number
  readonly removed: number
}

/**
 * The diff between a document's text at base and at head (undefined: no
 * document on that side), or undefined when the two are the same.
 */
export function documentDiff(doc: {
  readonly path: string
  readonly before?: string
  readonly after?: string
}): DocumentDiff | undefined {
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

/** The diff in a collapsed `<details>` block; `patch` replaces the whole diff when it had to be cut. */
export function documentDiffBlock(doc: DocumentDiff, patch = doc.patch): string {
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
