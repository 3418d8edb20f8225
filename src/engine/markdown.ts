/**
 * Plain text as inline Markdown: the one escaping rule that both the
 * generated documents (document.ts) and the pull-request comment
 * (comment.ts) use for text that the blueprint format calls text, not
 * Markdown — project, title, names, types, technologies, groups, ids,
 * dependency descriptions — and for file names and messages.
 *
 * The result is one line that renders as the text it was given, wherever it
 * lands: inside a paragraph, at the start of a line, at the end of a heading
 * or in a table cell.
 */
import { clip } from './text.js'

/** Control characters and bidirectional overrides ("Trojan Source"): never shown. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const LINE_BREAKS = /[\r\n\t\f\v\u0085\u2028\u2029]+/g

/** How {@link inlineText} and {@link inlineCode} treat mentions and length. */
export interface InlineTextOptions {
  /**
   * `defuse` (for comments, where GitHub notifies whoever is named) puts a
   * zero-width space after every `@`, the way Renovate and Dependabot do;
   * `text` (for files, where nobody is notified) backslash-escapes it, which
   * is enough to stop `a@b.c` from becoming a mailto link.
   */
  readonly mentions?: 'defuse' | 'text'
  /** Cut to this many characters (code points), the last being an ellipsis. */
  readonly max?: number
}

/**
 * The text on one line, without invisible characters, trimmed and cut to
 * `max`: what {@link inlineText} and {@link inlineCode} escape.
 */
export function flatten(text: string, max?: number, cut: 'end' | 'middle' = 'end'): string {
  const flat = text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').trim()
  if (max === undefined) return flat
  // No space before the ellipsis: `word …` reads as a word left out.
  if (cut === 'end') return clip(flat, max, { trimEnd: true })
  // A path is cut in the middle: its end (the file name) tells two blueprints apart.
  const chars = Array.from(flat)
  if (chars.length <= max) return flat
  const keep = Math.max(1, max - 1)
  const head = Math.ceil(keep / 2)
  return `${chars.slice(0, head).join('').trimEnd()}…${chars
    .slice(chars.length - (keep - head))
    .join('')
    .trimStart()}`
}

/**
 * Plain text made safe as inline Markdown; empty for text that is empty or
 * only white space.
 * - line breaks and tabs become spaces, and the ends are trimmed (a newline
 *   would end a table row, a list item or a heading; leading spaces would let
 *   `  # x` or `    x` through the start-of-line escapes below);
 * - `<`, `>` become entities, and `&` where it would start an entity
 *   (`&lt;`, `&#60;`): no raw HTML, no autolink, no `<!--` that hides the
 *   rest of the page;
 * - `|` becomes `&#124;`, which never splits a table cell (GFM splits at
 *   `\\|`, the backslash escaping the backslash);
 * - Markdown punctuation that could pair up or open something (`` ` ``, `*`,
 *   `_`, `~`, `[`, `]`, `$`, `\`) is backslash-escaped; intraword
 *   underscores (`orders_db`) are left alone, since GFM never reads them as
 *   emphasis and they stay searchable;
 * - at the start, whatever could open a block (heading, list, numbered list,
 *   setext underline, thematic break) is escaped, and so is a closing run of
 *   `#` at the end (an ATX heading would drop it);
 * - `@` per {@link InlineTextOptions.mentions}, and bare `https://` and
 *   `www.` addresses are kept from becoming links;
 * `#123` references are left alone: they are how people link issues.
 */
export function inlineText(text: string, options: InlineTextOptions = {}): string {
  // Plain text is already flat (no invisible character, no line break) and, without a space at
  // either end, already trimmed: most names and types are returned as they are, untouched.
  if (options.max === undefined && !/^ | $/.test(text) && needsNoEscaping(text)) return text
  return escapeFlat(flatten(text, options.max), options.mentions ?? 'text')
}

/**
 * Words, numbers and harmless punctuation: text that needs no escaping (most names are). `-`
 * and `+` are special only at the start of a line (a list item), which is checked apart.
 */
const PLAIN = /^[\p{L}\p{N} ,.;:()'"/%!?+-]*$/u

/** No Markdown punctuation, no leading digit (`1.` starts a list) or list marker, no address to link. */
function needsNoEscaping(flat: string): boolean {
  return (
    PLAIN.test(flat) && !/^[\p{N}+-]/u.test(flat) && !flat.includes('://') && !/www\./i.test(flat)
  )
}

function escapeFlat(flat: string, mentions: 'defuse' | 'text'): string {
  // The common case, checked once instead of a dozen replacements.
  if (needsNoEscaping(flat)) return flat
  return (
    flat
      .replace(/[\\`*~[\]$]/g, '\\$&')
      .replace(/_/g, (m, offset: number, whole: string) =>
        /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') &&
        /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '')
          ? m
          : '\\_'
      )
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      .replace(/@/g, mentions === 'defuse' ? '@&#8203;' : '\\@')
      // GFM links bare URLs (`https://…`, `www.…`); an escape in the scheme or after `www` stops that.
      .replace(/\b(https?|ftp)(?=:\/\/)/gi, '$1\\')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/^[#+=-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      // `### Title ##`: a run of `#` after a space closes the heading and is dropped.
      .replace(/(^|\s)(#+)$/, '$1\\$2')
  )
}

/**
 * Text as an inline code span (verbatim, searchable, copyable), on one line:
 * the delimiter outruns any backtick run inside. Text with a `|` is given as
 * {@link inlineText} instead, because GFM splits a table cell even inside a
 * code span and a pipe there can only be escaped as `\|`, which GFM does not
 * honour after another backslash. Empty for blank text.
 */
export function inlineCode(text: string, options: InlineTextOptions = {}): string {
  const flat = flatten(text, options.max)
  if (flat === '') return ''
  if (flat.includes('|')) return escapeFlat(flat, options.mentions ?? 'text')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const delimiter = '`'.repeat(longest + 1)
  // A backtick at an end would merge with the delimiter; one space each side is stripped again.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${delimiter}${pad}${flat}${pad}${delimiter}`
}

/**
 * A GFM table of cells already made safe (by {@link inlineText}, {@link inlineCode}
 * or the documents' `cell`). An empty cell is written `| |`: the compact table
 * style (markdownlint MD060) has one space, not two.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * Plain text (not Markdown) as inline Markdown, on one line and safe in a
 * table cell; empty for undefined or blank text. The one door for every
 * plain field of the blueprint into the document (see {@link inlineText}).
 */
export function plain(text: string | undefined): string {
  return text === undefined ? '' : inlineText(text)
}

/**
 * The author's Markdown (a component description) made safe for one table
 * cell: a `|` would end the cell and a newline the row. `&#124;` never
 * splits a cell, whatever backslashes precede it. The Markdown itself is
 * kept: plain text goes through {@link plain} instead.
 */
export function cell(text: string | undefined): string {
  if (text === undefined) return ''
  return text.replace(/\r\n?/g, '\n').trim().replace(/\|/g, '&#124;').replace(/\n/g, '<br>')
}

// ---------------------------------------------------------------------------
// Outside text in our pull-request comment and job summary
// ---------------------------------------------------------------------------

/**
 * The start of every pull-request comment's marker. It differs from the generated documents'
 * marker (`<!-- blueprint-docs: generated from …`), which document diffs quote, so a comment is
 * never mistaken for a document or the other way round.
 */
export const COMMENT_MARKER_PREFIX = '<!-- blueprint-docs:comment'
/** The marker prefix broken by a zero-width joiner: looks the same, matches nothing. */
const MARKER_BROKEN = '<!-- blueprint-docs:\u200Dcomment'

/** How {@link safeInline} renders: plain Markdown text, or an inline code span. */
export type InlineStyle = 'text' | 'code'

/** How {@link safeInline} renders and cuts. */
export interface SafeInlineOptions {
  /** `code` gives a code span when it can (not for text with `|`: see {@link inlineCode}). */
  readonly style?: InlineStyle
  /** Cut to this many characters (code points) with an ellipsis. */
  readonly max?: number
  /** Where to cut: at the end (names, prose) or in the middle (paths, whose end tells them apart). */
  readonly cut?: 'end' | 'middle'
}

/**
 * Any outside text (names, descriptions, paths, messages) made safe for one
 * line of Markdown, including a table cell and the end of a heading: the
 * escaping of {@link inlineText} (shared with the generated documents), plus
 * what only a comment needs:
 * - `@` is followed by a zero-width space, so `@someone` notifies nobody;
 * - our marker, quoted, is broken so a search for it never finds it;
 * - text that is empty or only white space shows as `(blank)`, so a line
 *   such as `- (blank)` still says that something is there.
 *
 * `code` style keeps the text verbatim (searchable, copyable) in a code span
 * whose delimiter outruns any backtick run inside; text with a `|` falls back
 * to `text` style.
 */
export function safeInline(text: string, options: SafeInlineOptions = {}): string {
  const flat = flatten(text, options.max, options.cut).replaceAll(
    COMMENT_MARKER_PREFIX,
    MARKER_BROKEN
  )
  const shown =
    options.style === 'code'
      ? inlineCode(flat, { mentions: 'defuse' })
      : inlineText(flat, { mentions: 'defuse' })
  return shown === '' ? '(blank)' : shown
}

/**
 * A fenced code block that holds any text: the fence is longer than the
 * longest backtick run inside, so no line of the content can close it.
 * Our marker's text is broken with a zero-width joiner, so a quoted marker
 * (say, in a document diff) can never be taken for our comment's.
 */
export function fence(content: string, info = ''): string {
  const body = content.replace(/\r\n?/g, '\n').replaceAll(COMMENT_MARKER_PREFIX, MARKER_BROKEN)
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const delimiter = '`'.repeat(Math.max(3, longest + 1))
  return `${delimiter}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${delimiter}`
}
