/**
 * One blueprint → one architecture document: the placeholder values, the
 * generated marker, and the comparison that ignores `generated_at`.
 */
import type { Blueprint, Component, Dependency } from './model.js'
import { buildDiagram, diagramMarkdown } from './mermaid/index.js'
import { cell, inlineCode, plain, table } from './markdown.js'
import type { ShownReferences } from './references.js'
import type { RuntimeFacts } from './runtime/facts.js'
import { derivesSections, withDerivedSections } from './sections/index.js'
import type { PlaceholderValues, Template } from './template.js'

export { cell, plain } from './markdown.js'

/** A generated document: its text and how to recognise itself on disk. */
export interface Rendered {
  /** The document as written, ending in a newline. */
  readonly text: string
  /** True when `existing` is this document apart from its `generated_at` value. */
  sameAs(existing: string): boolean
  /** The document with `generated_at` shown as `value`, for diffs that should not show the timestamp. */
  withGeneratedAt(value: string): string
}

/** What {@link renderDocument} needs: the blueprint, where it lives, the time and the template. */
export interface RenderOptions {
  readonly blueprint: Blueprint
  /** Repository-relative path of the blueprint, named in the marker. */
  readonly source: string
  /** ISO 8601 UTC. */
  readonly generatedAt: string
  readonly template: Template
  /** How the document shows the blueprint's references to other blueprints (resolved across the repository). */
  readonly references?: ShownReferences
  /**
   * What the blueprint's runtime files say, for derived sections: read by the caller (the
   * engine reads no files). Absent for a blueprint without `runtime:`, or whose files could not
   * be read; the sections then say what is not known.
   */
  readonly runtimeFacts?: RuntimeFacts
}

// The timestamp is rendered as this token first, so the document knows where
// it stands. U+E000 is a private-use character: blueprint text that holds this
// exact token is the only way to confuse it, and then only the comparison.
export const STAMP = '\uE000generated_at\uE000'

/**
 * What a document shows for `generated_at` when two versions of it are
 * compared (the review's document diffs): both sides carry the same value,
 * so the time they were rendered at is never a difference.
 */
export const UNDATED = '<generated_at>'

/** Renders the document for one blueprint. Pure: same options, same bytes. */
export function renderDocument(options: RenderOptions): Rendered {
  const { template } = options
  // Derived sections go in as overrides under the author's own, so every template places them alike.
  const blueprint = derivesSections(options.blueprint, template.derivedSections)
    ? withDerivedSections(options.blueprint, {
        file: options.source.slice(options.source.lastIndexOf('/') + 1),
        ...(options.runtimeFacts !== undefined ? { facts: options.runtimeFacts } : {}),
        ...(options.references !== undefined ? { references: options.references } : {})
      })
    : options.blueprint
  const values = placeholderValues(blueprint, options.references)
  const body = template.render({ values: { ...values, generated_at: STAMP }, blueprint })
  return stamped(body, {
    marker: generatedMarker(options.source),
    generatedAt: options.generatedAt
  })
}

/**
 * A generated text whose `generated_at` stands where {@link STAMP} does in
 * `body`: the marker goes on its last line, and the result knows itself on
 * disk apart from the time. Shared by blueprint documents and the landscape.
 */
export function stamped(body: string, options: { marker: string; generatedAt: string }): Rendered {
  const normalised = body.replace(/\r\n?/g, '\n')
  // Trailing newlines trimmed by hand: /\n*$/ tries every position of a 20 KB document.
  let end = normalised.length
  while (end > 0 && normalised.charCodeAt(end - 1) === 10) end--
  const withStamp = `${normalised.slice(0, end)}\n\n${options.marker}\n`
  // Keep one string and where the timestamps stand in it, not a copy per piece:
  // a plan holds thousands of these at once.
  const pieces = withStamp.split(STAMP)
  const text = pieces.join(options.generatedAt)
  const ends: number[] = []
  let at = 0
  for (const piece of pieces)
    ends.push((at += piece.length + options.generatedAt.length) - options.generatedAt.length)
  const piece = (i: number) =>
    text.slice(i === 0 ? 0 : (ends[i - 1] ?? 0) + options.generatedAt.length, ends[i])
  return {
    text,
    sameAs: (existing) =>
      matchesApartFromStamps(
        existing.includes('\r') ? existing.replace(/\r\n?/g, '\n') : existing,
        ends.length,
        piece
      ),
    withGeneratedAt: (value) => Array.from({ length: ends.length }, (_, i) => piece(i)).join(value)
  }
}

/**
 * True when `text` is the pieces in order with any one-line value between
 * each two. A plain scan: a regular expression built from a 20 KB document
 * costs V8 hundreds of kilobytes of compiled code per document.
 */
function matchesApartFromStamps(
  text: string,
  count: number,
  piece: (i: number) => string
): boolean {
  const first = piece(0)
  if (count === 1) return text === first
  if (!text.startsWith(first)) return false
  let at = first.length
  for (let i = 1; i < count; i++) {
    const next = piece(i)
    const found =
      i === count - 1
        ? text.endsWith(next)
          ? text.length - next.length
          : -1
        : text.indexOf(next, at)
    if (found < at || text.slice(at, found).includes('\n')) return false
    at = found + next.length
  }
  return at === text.length
}

/**
 * The values of the placeholders, `generated_at` aside, as Markdown.
 *
 * Text the blueprint format calls text (project, id, title, names, types,
 * technologies, groups, dependency descriptions) goes through {@link plain},
 * so it reads as the text it is wherever a template puts it: a name
 * `<img onerror=…>`, `__init__` or `a@b.c`, or a project `"x\n# Heading"`,
 * changes nothing around it. The overview, component descriptions and
 * `sections:` are the author's Markdown and are written as they are.
 * Custom templates (Handlebars or single-brace) get these same escaped
 * values; the raw model they also see (`blueprint`, `components`, …) is
 * theirs to escape.
 */
export function placeholderValues(
  blueprint: Blueprint,
  references?: ShownReferences
): Omit<PlaceholderValues, 'generated_at'> & { generated_at: string } {
  const diagram = buildDiagram(blueprint, references ? { references } : undefined)
  const note = diagram.note === undefined ? '' : `> **Note:** ${plain(diagram.note)}\n\n`
  const title = plain(blueprint.title) || plain(blueprint.id)
  return {
    // The loader refuses a blank project, but one of only control characters (which are not shown) gets through.
    project_id: plain(blueprint.project) || '(blank)',
    generated_at: '',
    blueprint_id: plain(blueprint.id),
    architecture_overview:
      (blueprint.overview ?? '').trim() || `${title}: no overview written yet.`,
    component_count: String(blueprint.components.length),
    dependency_count: String(blueprint.dependencies.length),
    diagram_type: diagram.type,
    // Views come as several Mermaid blocks, spliced into the one fence the template writes.
    diagram_content: diagramMarkdown(diagram, plain),
    components_section: note + componentsTable(blueprint.components),
    dependencies_section: dependenciesTable(blueprint, references)
  }
}

const MARKER_PREFIX = '<!-- blueprint-docs: generated from '
const MARKER_SUFFIX = '; edit the blueprint, not this file. -->'
const MARKER =
  /^<!-- blueprint-docs: generated from (\S+); edit the blueprint, not this file\. -->$/

/**
 * The comment that marks a document as generated and names its blueprint.
 * A file at an output path without it was written by hand and is never
 * touched. The path is URI-encoded so no path can close the comment early.
 */
export function generatedMarker(source: string): string {
  return `${MARKER_PREFIX}${encodeURI(source)}${MARKER_SUFFIX}`
}

/**
 * The blueprint path named by a document's marker, or undefined for a
 * hand-written file. Only the document's last line counts: a file that
 * merely quotes a marker (a review of a document diff, say) is not ours.
 */
export function markedSource(text: string): string | undefined {
  const last = text.replace(/\s+$/, '').split('\n').pop() ?? ''
  const found = MARKER.exec(last)?.[1]
  if (found === undefined) return undefined
  try {
    return decodeURI(found)
  } catch {
    return undefined
  }
}

function componentsTable(components: readonly Component[]): string {
  // Asterisks, like the standard format's closing line: one emphasis style per document (markdownlint MD049).
  if (components.length === 0) return '*This blueprint lists no components.*'
  const grouped = components.some((c) => c.group !== undefined)
  const header = [
    'Component',
    'ID',
    'Type',
    'Technology',
    ...(grouped ? ['Group'] : []),
    'Description'
  ]
  const rows = components.map((c) => [
    plain(c.name),
    inlineCode(c.id),
    plain(c.type),
    plain(c.technology),
    ...(grouped ? [plain(c.group)] : []),
    cell(c.description)
  ])
  return table(header, rows)
}

function dependenciesTable(blueprint: Blueprint, references?: ShownReferences): string {
  const dependencies: readonly Dependency[] = blueprint.dependencies
  if (dependencies.length === 0) return '*This blueprint lists no dependencies.*'
  const names = new Map(blueprint.components.map((c) => [c.id, c.name]))
  // An end that is no component of this blueprint names another blueprint: linked to its document.
  const end = (id: string): string => {
    const name = names.get(id)
    if (name !== undefined) return plain(name)
    const shown = references?.get(id)
    if (shown === undefined) return plain(id)
    return shown.link === undefined ? plain(shown.label) : `[${plain(shown.label)}](${shown.link})`
  }
  const rows = dependencies.map((d) => [
    end(d.from),
    end(d.to),
    plain(d.description),
    plain(d.technology),
    d.async ? 'async' : 'sync'
  ])
  return table(['From', 'To', 'Description', 'Technology', 'Mode'], rows)
}
