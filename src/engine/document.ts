/**
 * One blueprint → one architecture document: the placeholder values, the
 * generated marker, and the comparison that ignores `generated_at`.
 */
import type { Blueprint, Component, Dependency } from './model.js'
import { buildDiagram } from './mermaid.js'
import type { PlaceholderValues, Template } from './template.js'

/** A generated document: its text and how to recognise itself on disk. */
export interface Rendered {
  /** The document as written, ending in a newline. */
  readonly text: string
  /** True when `existing` is this document apart from its `generated_at` value. */
  sameAs(existing: string): boolean
  /** The document with `generated_at` shown as `value`, for diffs that should not show the timestamp. */
  withGeneratedAt(value: string): string
}

export interface RenderOptions {
  readonly blueprint: Blueprint
  /** Repository-relative path of the blueprint, named in the marker. */
  readonly source: string
  /** ISO 8601 UTC. */
  readonly generatedAt: string
  readonly template: Template
}

// The timestamp is rendered as this token first, so the document knows where
// it stands. U+E000 is a private-use character: blueprint text that holds this
// exact token is the only way to confuse it, and then only the comparison.
const STAMP = '\uE000generated_at\uE000'

/** Renders the document for one blueprint. Pure: same options, same bytes. */
export function renderDocument(options: RenderOptions): Rendered {
  const { blueprint, template } = options
  const values = placeholderValues(blueprint)
  const body = template.render({ values: { ...values, generated_at: STAMP }, blueprint })
  const withStamp = `${body.replace(/\r\n?/g, '\n').replace(/\n*$/, '')}\n\n${generatedMarker(options.source)}\n`
  const pieces = withStamp.split(STAMP)
  const pattern = new RegExp(`^${pieces.map(escapeRegExp).join('[^\\n]*?')}$`)
  return {
    text: pieces.join(options.generatedAt),
    sameAs: (existing) => pattern.test(existing.replace(/\r\n?/g, '\n')),
    withGeneratedAt: (value) => pieces.join(value)
  }
}

/** The values of SPEC §2's placeholders, `generated_at` aside. */
export function placeholderValues(blueprint: Blueprint): Omit<PlaceholderValues, 'generated_at'> & { generated_at: string } {
  const diagram = buildDiagram(blueprint)
  const note = diagram.note === undefined ? '' : `> **Note:** ${diagram.note}\n\n`
  return {
    project_id: blueprint.project,
    generated_at: '',
    blueprint_id: blueprint.id,
    architecture_overview: (blueprint.overview ?? '').trim() || `${blueprint.title ?? blueprint.id}: no overview written yet.`,
    component_count: String(blueprint.components.length),
    dependency_count: String(blueprint.dependencies.length),
    diagram_type: diagram.type,
    diagram_content: diagram.text,
    components_section: note + componentsTable(blueprint.components),
    dependencies_section: dependenciesTable(blueprint.components, blueprint.dependencies)
  }
}

const MARKER_PREFIX = '<!-- blueprint-docs: generated from '
const MARKER_SUFFIX = '; edit the blueprint, not this file. -->'
const MARKER = /^<!-- blueprint-docs: generated from (\S+); edit the blueprint, not this file\. -->$/

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
  if (components.length === 0) return '_This blueprint lists no components._'
  const grouped = components.some((c) => c.group !== undefined)
  const header = ['Component', 'ID', 'Type', 'Technology', ...(grouped ? ['Group'] : []), 'Description']
  const rows = components.map((c) => [
    cell(c.name),
    code(c.id),
    cell(c.type),
    cell(c.technology),
    ...(grouped ? [cell(c.group)] : []),
    cell(c.description)
  ])
  return table(header, rows)
}

function dependenciesTable(components: readonly Component[], dependencies: readonly Dependency[]): string {
  if (dependencies.length === 0) return '_This blueprint lists no dependencies._'
  const names = new Map(components.map((c) => [c.id, c.name]))
  const rows = dependencies.map((d) => [
    cell(names.get(d.from) ?? d.from),
    cell(names.get(d.to) ?? d.to),
    cell(d.description),
    cell(d.technology),
    d.async ? 'async' : 'sync'
  ])
  return table(['From', 'To', 'Description', 'Technology', 'Mode'], rows)
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * Text made safe for one table cell: a `|` would end the cell and a newline
 * the row. `&#124;` never splits a cell, whatever backslashes precede it.
 */
export function cell(text: string | undefined): string {
  if (text === undefined) return ''
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\|/g, '&#124;')
    .replace(/\n/g, '<br>')
}

/** An inline code span that holds any text: its fence is longer than any backtick run inside. */
export function code(text: string): string {
  // GFM splits a cell at `\\|` too (the backslash escapes the backslash), so
  // text with a pipe or a line break stays plain, entity-escaped text.
  if (/[|\r\n]/.test(text)) return cell(text)
  const flat = text.trim()
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
