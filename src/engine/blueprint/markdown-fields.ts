/**
 * The author's Markdown fields — the overview, `sections:` bodies and
 * component descriptions — checked to close what they open.
 *
 * In CommonMark an unclosed code fence runs to the end of the document, and
 * an HTML block opened by `<!--`, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?` or `<!X` runs to its own end marker, which may be far
 * below (every Mermaid arrow `-->` ends a comment). An HTML element left open
 * (`<details>`, `<div>`, `<table>`, `<b>`) holds everything after it once the
 * Markdown has become HTML. Any of these in one field would swallow the rest
 * of the generated document: its metrics, diagram, tables and sections. The
 * field is parsed as GitHub parses it (micromark, CommonMark to the letter),
 * followed by what always follows it in a document, and the first construct
 * that would run past the field is reported, with the fix.
 *
 * Descriptions sit in one table cell, where a fence or a comment cannot open
 * (a cell holds inline Markdown only); HTML elements are checked there too.
 */
import type { Html, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { SECTION_KEYS } from '../model.js'
import { clip } from '../text.js'
import type { Path } from './locate.js'
import { isRecord } from './normalise.js'

/** Where a field lands: a block of its own (overview, sections) or one table cell (descriptions). */
export type FieldKind = 'block' | 'cell'

/** Something a field opens and never closes. */
export interface Unclosed {
  /** Offset in the field's text with line breaks normalised to `\n`. */
  readonly offset: number
  /** The text that opens it, as written there (`` ```sh ``, `<!--`, `<details`). */
  readonly opener: string
  /** What is wrong and how to fix it, to follow the field's name: "opens … ; add …". */
  readonly message: string
}

/** One Markdown field of a blueprint's data. */
export interface MarkdownField {
  readonly path: Path
  readonly text: string
  readonly kind: FieldKind
}

/** Every Markdown field the data holds as text (values of other types are the schema's to report). */
export function markdownFields(data: Record<string, unknown>): MarkdownField[] {
  const fields: MarkdownField[] = []
  if (typeof data.overview === 'string')
    fields.push({ path: ['overview'], text: data.overview, kind: 'block' })
  if (isRecord(data.sections)) {
    for (const key of SECTION_KEYS) {
      const body = data.sections[key]
      if (typeof body === 'string')
        fields.push({ path: ['sections', key], text: body, kind: 'block' })
    }
  }
  if (Array.isArray(data.components)) {
    data.components.forEach((c: unknown, i) => {
      if (isRecord(c) && typeof c.description === 'string')
        fields.push({ path: ['components', i, 'description'], text: c.description, kind: 'cell' })
    })
  }
  if (Array.isArray(data.flows)) {
    data.flows.forEach((f: unknown, i) => {
      if (isRecord(f) && typeof f.description === 'string')
        fields.push({ path: ['flows', i, 'description'], text: f.description, kind: 'block' })
    })
  }
  return fields
}

/** True when some Markdown field of the data would run past its place in the document. */
export function anyUnclosed(data: Record<string, unknown>): boolean {
  return markdownFields(data).some((f) => unclosedMarkdown(f.text, f.kind) !== undefined)
}

/**
 * A paragraph that always follows a field in a document: the standard text
 * after the overview, the next heading or rule after a section. The field is
 * whole when this still parses as a paragraph of its own.
 */
const SENTINEL = 'blueprint-docs-end-of-field'

/**
 * The first thing `text` opens and never closes, as it is placed in a
 * document (trimmed, and for a cell flattened as the components table writes
 * it); undefined when the field is whole.
 */
export function unclosedMarkdown(text: string, kind: FieldKind): Unclosed | undefined {
  // Only a backtick or tilde fence, or `<`, can open anything that outlives a blank line.
  if (kind === 'block' ? !/[`~<]/.test(text) : !text.includes('<')) return undefined
  const norm = text.replace(/\r\n?/g, '\n')
  const trimmed = norm.trim()
  const lead = norm.length - norm.trimStart().length
  if (kind === 'block') {
    const source = `${trimmed}\n\n${SENTINEL}`
    const tree = fromMarkdown(source)
    const findings = [
      ...swallowing(tree, source, trimmed.length + 2),
      ...openElements(tree, source, kind)
    ].filter((f) => f.offset < trimmed.length)
    return first(findings, (offset) => lead + offset)
  }
  // A cell: `|` written as `&#124;` and line breaks as `<br>`, as the components table does;
  // behind a letter, so the line parses as the inline text of a paragraph, as a cell's does.
  let source = 'x'
  const back = [lead]
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charAt(i)
    const piece = c === '|' ? '&#124;' : c === '\n' ? '<br>' : c
    source += piece
    for (let k = 0; k < piece.length; k++) back.push(lead + i)
  }
  back.push(lead + trimmed.length)
  return first(openElements(fromMarkdown(source), source, kind), (offset) => back[offset] ?? lead)
}

function first(findings: Unclosed[], toField: (offset: number) => number): Unclosed | undefined {
  let best: Unclosed | undefined
  for (const f of findings) if (best === undefined || f.offset < best.offset) best = f
  return best && { ...best, offset: toField(best.offset) }
}

/** The block that runs on into the sentinel, if any: an unclosed fence or raw HTML block. */
function swallowing(tree: Root, source: string, sentinelAt: number): Unclosed[] {
  const last = tree.children.at(-1)
  if (last?.type === 'paragraph' && last.position?.start.offset === sentinelAt) return []
  const holder = tree.children.find(
    (n) =>
      (n.position?.start.offset ?? 0) < sentinelAt && (n.position?.end.offset ?? 0) > sentinelAt
  )
  const offset = holder?.position?.start.offset ?? 0
  const line = source.slice(offset, source.indexOf('\n', offset)).trim()
  if (holder?.type === 'code') {
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1] ?? '```'
    return [
      {
        offset,
        opener: fence,
        message: `opens a code fence (${shown(line)}) that it never closes, so the rest of the document would show as code; add a line ${fence} where the code ends`
      }
    ]
  }
  if (holder?.type === 'html') {
    const block = htmlBlockEnd(line)
    return [
      {
        offset,
        opener: block.opener,
        message: `opens ${block.what} that it never closes, so the rest of the document would ${block.effect}; add ${block.close} where it ends`
      }
    ]
  }
  return [
    {
      offset,
      opener: line.slice(0, 3),
      message:
        'runs on into the text that follows it in the document; close every code fence and HTML block it opens'
    }
  ]
}

/** The HTML blocks that end only at their own marker (CommonMark's kinds 1 to 5). */
function htmlBlockEnd(line: string): {
  opener: string
  what: string
  effect: string
  close: string
} {
  if (line.startsWith('<!--'))
    return {
      opener: '<!--',
      what: 'an HTML comment (<!--)',
      effect: 'be hidden',
      close: '-->'
    }
  if (line.startsWith('<?'))
    return { opener: '<?', what: 'a processing instruction (<?)', effect: 'be hidden', close: '?>' }
  if (line.startsWith('<![CDATA['))
    return { opener: '<![CDATA[', what: 'a CDATA section', effect: 'be hidden', close: ']]>' }
  if (line.startsWith('<!'))
    return { opener: '<!', what: 'a declaration (<!…)', effect: 'be hidden', close: '>' }
  const name = /^<([a-z]+)/i.exec(line)?.[1]?.toLowerCase() ?? 'pre'
  return {
    opener: `<${/^<([a-z]+)/i.exec(line)?.[1] ?? name}`,
    what: `<${name}>`,
    effect: 'be read as raw HTML',
    close: `</${name}>`
  }
}

/**
 * Elements that hold what follows them until their end tag, wherever they
 * stand. Void elements (`<br>`, `<img>`) have none; elements whose end tag
 * is optional (`<p>`, `<li>`, `<td>`, …) are closed by what follows; and an
 * element the HTML standard does not know (`List<T>`) is closed by the end
 * of the paragraph, heading or cell it sits in — but not in an HTML block of
 * its own, where nothing closes it (see {@link NEVER_HOLDING}).
 */
const HOLDING = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote button canvas center cite code ' +
    'data datalist del details dfn dialog div dl em fieldset figcaption figure font footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup i iframe ins kbd label legend main map mark math menu meter ' +
    'nav noembed noframes noscript object ol output picture pre progress q ruby s samp script ' +
    'section select small span strike strong style sub summary sup svg table template textarea ' +
    'time title tt u ul var video xmp'
  ).split(' ')
)
/** Void elements and those whose end tag is optional: never left open. */
const NEVER_HOLDING = new Set(
  (
    'area base basefont bgsound br col embed frame hr image img input keygen link meta param ' +
    'source track wbr p li dt dd rb rp rt rtc optgroup option tr td th thead tbody tfoot ' +
    'colgroup caption html head body'
  ).split(' ')
)
/**
 * The parts of a table. In a cell of the components table, outside a table
 * of the field's own, each ends the cell or the row (`<td>`, `<tr>`,
 * `</td>`) or the whole table (`</table>`) where it stands.
 */
const TABLE_PARTS = new Set('table caption col colgroup tbody td tfoot th thead tr'.split(' '))
/** SVG and MathML: inside them, `<x/>` closes itself and HTML's rules do not apply. */
const FOREIGN = new Set(['svg', 'math'])

/** What an HTML tokenizer finds in raw HTML: a tag, or a construct the text ends inside. */
type HtmlToken =
  | { kind: 'tag'; index: number; text: string; slash: boolean; name: string; selfClosing: boolean }
  | { kind: 'unterminated'; index: number; opener: string; what: string; close: string }

/**
 * The tags of raw HTML, as a browser's tokenizer reads them, skipping
 * comments, declarations and processing instructions; and the first
 * construct the text ends inside (a comment without `-->`, a tag without
 * `>`), which would run on into whatever follows it on the page.
 */
function* htmlTokens(value: string): Generator<HtmlToken> {
  for (let i = value.indexOf('<'); i !== -1; i = value.indexOf('<', i + 1)) {
    const rest = value.slice(i, i + 9)
    const skipTo = (close: string, opener: string, what: string): number | HtmlToken => {
      const end = value.indexOf(close, i + opener.length)
      return end === -1 ? { kind: 'unterminated', index: i, opener, what, close } : end
    }
    let end: number | HtmlToken | undefined
    if (rest.startsWith('<!--')) end = skipTo('-->', '<!--', 'an HTML comment (<!--)')
    else if (rest.startsWith('<![CDATA[')) end = skipTo('>', '<![CDATA[', 'a CDATA section')
    else if (/^<[!?]/.test(rest))
      end = skipTo('>', rest.slice(0, 2), `a declaration (${rest.slice(0, 2)}…)`)
    if (end !== undefined) {
      if (typeof end !== 'number') return yield end
      i = end
      continue
    }
    const name = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(value.slice(i, i + 64))
    if (name === null) continue
    // The tag runs to the first `>` outside a quoted attribute value.
    let at = i + name[0].length
    let quote = ''
    for (; at < value.length; at++) {
      const c = value.charAt(at)
      if (quote !== '') {
        if (c === quote) quote = ''
      } else if ((c === '"' || c === "'") && /=\s*$/.test(value.slice(Math.max(i, at - 16), at)))
        quote = c
      else if (c === '>') break
    }
    if (at >= value.length)
      return yield {
        kind: 'unterminated',
        index: i,
        opener: name[0],
        what: `a tag (${name[0]}) that it never ends with >`,
        close: '>'
      }
    yield {
      kind: 'tag',
      index: i,
      text: value.slice(i, at + 1),
      slash: name[1] === '/',
      name: (name[2] ?? '').toLowerCase(),
      selfClosing: value.charAt(at - 1) === '/'
    }
    i = at
  }
}

/**
 * HTML elements the field opens and never closes, in the order written; raw
 * HTML that ends inside a comment or a tag; and, in a cell, the parts of a
 * table that would break the components table.
 */
function openElements(tree: Root, source: string, kind: FieldKind): Unclosed[] {
  const open: { name: string; offset: number; opener: string }[] = []
  const left: Unclosed[] = []
  const unclosed = (e: { name: string; offset: number; opener: string }): Unclosed => ({
    offset: e.offset,
    opener: e.opener,
    message: `opens <${e.name}> and never closes it, so the rest of the document would end up inside it; add </${e.name}> where it ends`
  })
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? source.length
    for (const token of htmlTokens(node.value)) {
      if (token.kind === 'unterminated') {
        left.push({
          offset: locate(source, start, end, node.value, token.index, token.opener),
          opener: token.opener,
          message: token.what.startsWith('a tag')
            ? `starts ${token.what}, so the rest of the document would be read as part of it; end the tag with >`
            : `opens ${token.what} that it never closes, so the rest of the document would be hidden; add ${token.close} where it ends`
        })
        break
      }
      const { name, slash } = token
      const at = () => locate(source, start, end, node.value, token.index, token.text)
      const foreign = open.some((e) => FOREIGN.has(e.name))
      const opener = `<${slash ? '/' : ''}${token.text.slice(slash ? 2 : 1, (slash ? 2 : 1) + name.length)}`
      if (
        kind === 'cell' &&
        !foreign &&
        TABLE_PARTS.has(name) &&
        (slash || name !== 'table') &&
        !open.some((e) => e.name === 'table')
      ) {
        const tag = `<${slash ? '/' : ''}${name}>`
        const ended = name === 'table' ? 'the components table' : "the components table's cell"
        left.push({
          offset: at(),
          opener,
          message: slash
            ? `has ${tag} without its <${name}>, which would end ${ended} there; remove it`
            : `has ${tag} outside a <table> of its own, which would split the components table's row there; remove it or put it in a <table>`
        })
        continue
      }
      if (slash) {
        const found = open.map((e) => e.name).lastIndexOf(name)
        if (found < 0) continue
        for (const e of open.splice(found)) if (e.name !== name) left.push(unclosed(e))
        continue
      }
      if (foreign && !FOREIGN.has(name)) continue
      const holds = HOLDING.has(name) || (!node.inline && !NEVER_HOLDING.has(name))
      if (!holds || (token.selfClosing && FOREIGN.has(name))) continue
      open.push({ name, offset: at(), opener })
    }
  }
  return [...left, ...open.map(unclosed)]
}

/** Where a tag found at `index` in a node's value stands in the source (the value may lack container prefixes). */
function locate(
  source: string,
  start: number,
  end: number,
  value: string,
  index: number,
  tag: string
): number {
  if (source.startsWith(tag, start + index)) return start + index
  let occurrence = 0
  for (let i = value.indexOf(tag); i !== -1 && i < index; i = value.indexOf(tag, i + 1))
    occurrence++
  let at = start - 1
  for (let k = 0; k <= occurrence; k++) {
    at = source.indexOf(tag, at + 1)
    if (at === -1 || at >= end) return start
  }
  return at
}

/** Every HTML node of the tree in document order, `inline` when it sits in a paragraph, heading or the like. */
function htmlNodes(tree: Root): (Html & { inline: boolean })[] {
  const found: (Html & { inline: boolean })[] = []
  const stack: { node: Nodes; inline: boolean }[] = [{ node: tree, inline: false }]
  while (stack.length > 0) {
    const { node, inline } = stack.pop() ?? { node: tree, inline: false }
    if (node.type === 'html') found.push({ ...node, inline })
    if (!('children' in node)) continue
    // Blocks hold blocks in the root, quotes, list items and footnotes; anything else holds text.
    const phrasing = !['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'].includes(
      node.type
    )
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as Nodes, inline: phrasing })
  }
  return found
}

/** A line of the field as a message quotes it. */
function shown(line: string): string {
  return clip(line, 40)
}
