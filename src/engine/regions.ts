/**
 * Marked regions: the part of a hand-written Markdown file between
 * `<!-- blueprint-docs:begin PATH PART -->` and `<!-- blueprint-docs:end -->`
 * that blueprint-docs keeps filled from a blueprint. Pure: finding the
 * regions (with positioned problems for a broken one), rendering a part, and
 * writing the new parts into the text without touching a byte outside them.
 */
import type { Blueprint, Problem } from './model.js'
import { fence, plain } from './markdown.js'
import { placeholderValues } from './document.js'
import { sequenceDiagram } from './mermaid/sequence.js'

/** The parts a region can hold. */
export const REGION_PARTS = ['diagram', 'components', 'dependencies', 'flows'] as const
export type RegionPart = (typeof REGION_PARTS)[number]

/** The words every marker starts with: a file without them has no region and is not read further. */
export const REGION_MARKER = 'blueprint-docs:'

/** One region of a file. Offsets are into the file's text (UTF-16 code units). */
export interface Region {
  /** The blueprint, as written in the marker: relative to the repository root. */
  readonly path: string
  readonly part: RegionPart
  /** 1-based line of the begin marker. */
  readonly line: number
  /** 1-based column of PATH on that line, for problems about the blueprint. */
  readonly pathCol: number
  /** Where the region's content starts: just after the begin marker's line ending. */
  readonly start: number
  /** Where it ends: the start of the end marker's line. */
  readonly end: number
}

/** The regions of a file, or the problems that leave the file alone. */
export type FoundRegions =
  | { readonly ok: true; readonly regions: readonly Region[] }
  | { readonly ok: false; readonly problems: readonly Problem[] }

const BEGIN = /^( {0,3}<!--\s*blueprint-docs:begin)(\s+)(\S+)(\s+)(\S+)\s*-->\s*$/
const END = /^ {0,3}<!--\s*blueprint-docs:end\s*-->\s*$/
/** Anything that looks like one of our markers: one that does not parse is a problem, not text. */
const ANY = /^ {0,3}<!--\s*blueprint-docs:(begin|end)\b/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * Finds the regions of `text` (the file `file`). Markers inside fenced code
 * blocks are text (a page may show how a region is written). A begin marker
 * inside a region, an end marker outside one, a region never ended, an
 * unknown part or a malformed marker is a problem at its line and column.
 */
export function findRegions(text: string, file: string): FoundRegions {
  const problems: Problem[] = []
  const regions: Region[] = []
  const at = (line: number, col: number, message: string) =>
    problems.push({ file, line, col, message })
  let open: Omit<Region, 'end'> | undefined
  let fenced: string | undefined
  let offset = 0
  let lineNo = 0
  while (offset < text.length) {
    lineNo++
    const newline = text.indexOf('\n', offset)
    const next = newline < 0 ? text.length : newline + 1
    const line = text.slice(offset, newline < 0 ? text.length : newline).replace(/\r$/, '')
    const fence = FENCE.exec(line)?.[1]
    if (fenced !== undefined) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (
        fence !== undefined &&
        fence[0] === fenced[0] &&
        fence.length >= fenced.length &&
        line.trim() === fence
      )
        fenced = undefined
    } else if (fence !== undefined) {
      fenced = fence
    } else if (ANY.test(line)) {
      const begin = BEGIN.exec(line)
      const column = line.indexOf('<') + 1
      if (begin) {
        const pathCol = (begin[1] ?? '').length + (begin[2] ?? '').length + 1
        const partCol = pathCol + (begin[3] ?? '').length + (begin[4] ?? '').length
        const part = begin[5] ?? ''
        if (open !== undefined)
          at(
            lineNo,
            column,
            `a region cannot begin inside another (the region of line ${open.line} has no end marker before this line)`
          )
        else if (!(REGION_PARTS as readonly string[]).includes(part))
          at(
            lineNo,
            partCol,
            `unknown part "${part}" in the begin marker; expected one of ${REGION_PARTS.join(', ')}`
          )
        else
          open = {
            path: begin[3] ?? '',
            part: part as RegionPart,
            line: lineNo,
            pathCol,
            start: next
          }
      } else if (END.test(line)) {
        if (open === undefined) at(lineNo, column, 'an end marker without a begin marker before it')
        else regions.push({ ...open, end: offset })
        open = undefined
      } else {
        at(
          lineNo,
          column,
          /blueprint-docs:begin/.test(line)
            ? 'a begin marker must read <!-- blueprint-docs:begin PATH PART --> on a line of its own (PATH a blueprint, PART one of diagram, components, dependencies, flows)'
            : 'an end marker must read <!-- blueprint-docs:end --> on a line of its own'
        )
      }
    }
    offset = next
  }
  if (open !== undefined)
    at(open.line, 1, 'this region has no end marker (<!-- blueprint-docs:end -->) after it')
  return problems.length > 0 ? { ok: false, problems } : { ok: true, regions }
}

/**
 * What a region of `part` holds for `blueprint`, ending in a newline, with LF line endings.
 * Nothing in it depends on the time: a region changes only when its blueprint does.
 */
export function renderPart(blueprint: Blueprint, part: RegionPart): string {
  if (part === 'flows') return `${flowsPart(blueprint)}\n`
  const values = placeholderValues(blueprint)
  if (part === 'components') return `${values.components_section}\n`
  if (part === 'dependencies') return `${values.dependencies_section}\n`
  return `${fence(values.diagram_content, 'mermaid')}\n`
}

/**
 * The flows part: each of the blueprint's `flows` as its name in bold, its description, and its
 * sequence diagram, as the document draws them; else one line saying there are none.
 */
export function flowsPart(blueprint: Blueprint): string {
  const flows = blueprint.flows ?? []
  if (flows.length === 0) return '*This blueprint describes no flows.*'
  return flows
    .map((flow) => {
      const description = (flow.description ?? '').replace(/\r\n?/g, '\n').trim()
      return [
        `**${plain(flow.name) || 'Flow'}**`,
        '',
        ...(description !== '' ? [description, ''] : []),
        fence(sequenceDiagram(blueprint, flow), 'mermaid')
      ].join('\n')
    })
    .join('\n\n')
}

/**
 * `text` with each region's content replaced by `contents[i]` (LF endings, converted to the
 * file's own when it uses CRLF). Every byte outside the regions is kept as it was.
 */
export function fillRegions(
  text: string,
  regions: readonly Region[],
  contents: readonly string[]
): string {
  const crlf = text.includes('\r\n')
  let out = ''
  let at = 0
  regions.forEach((region, i) => {
    const content = contents[i] ?? ''
    out += text.slice(at, region.start) + (crlf ? content.replace(/\n/g, '\r\n') : content)
    at = region.end
  })
  return out + text.slice(at)
}

/** The first region whose content differs between two fillings of the same file, for a stale report. */
export function firstChangedRegion(
  text: string,
  regions: readonly Region[],
  filled: readonly string[]
): Region | undefined {
  const crlf = text.includes('\r\n')
  return regions.find((r, i) => {
    const want = filled[i] ?? ''
    return text.slice(r.start, r.end) !== (crlf ? want.replace(/\n/g, '\r\n') : want)
  })
}
