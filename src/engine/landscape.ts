/**
 * The landscape document: every blueprint of the repository in one table
 * (name, id, project, counts, a link to its document) and one Mermaid
 * diagram of the systems and the references between them. Pure: the caller
 * hands over the blueprints, the path and the time.
 */
import { stamped, STAMP, plain, type Rendered } from './document.js'
import { inlineCode, table } from './markdown.js'
import { label } from './mermaid/escape.js'
import { assignIds } from './mermaid/ids.js'
import { MAX_EDGES, MAX_NODES, MAX_TEXT_SIZE } from './mermaid/index.js'
import {
  parseReference,
  relativeLink,
  resolveReference,
  systemName,
  type System,
  type Systems
} from './references.js'
import { compareText, plural } from './text.js'

/**
 * The landscape's marker, on its last line like a blueprint document's. It
 * names no blueprint, so nothing mistakes the landscape for the document of
 * a blueprint that is gone; a file at the landscape's path without it was
 * written by hand and is never overwritten.
 */
export const LANDSCAPE_MARKER =
  '<!-- blueprint-docs: landscape generated from every blueprint; edit the blueprints, not this file. -->'

/** True when the text is a generated landscape (its last line is {@link LANDSCAPE_MARKER}). */
export function isLandscape(text: string): boolean {
  return (text.replace(/\s+$/, '').split('\n').pop() ?? '') === LANDSCAPE_MARKER
}

/** What {@link renderLandscape} needs. */
export interface LandscapeOptions {
  readonly systems: Systems
  /** Repository path of the landscape document: its links are relative to it. */
  readonly path: string
  /** ISO 8601 UTC: the newest commit of any blueprint. */
  readonly generatedAt: string
}

/** The references from one system to another, for one arrow of the diagram. */
export interface SystemLink {
  readonly from: System
  readonly to: System
  /**
   * Names of the components of `to` referenced (`undefined` for the whole
   * system), sorted, once each; empty when some dependency of the arrow was
   * written in the other blueprint (a reference in its `from`).
   */
  readonly targets: readonly (string | undefined)[]
  /** How many dependencies the arrow stands for. */
  readonly count: number
}

/** Every resolved reference between two systems, one entry per ordered pair, sorted by file. */
export function systemLinks(systems: Systems): SystemLink[] {
  type Entry = { from: System; to: System; targets: Set<string>; count: number; mixed: boolean }
  const links = new Map<string, Entry>()
  for (const from of systems.all) {
    const own = new Set(from.blueprint.components.map((c) => c.id))
    for (const d of from.blueprint.dependencies) {
      for (const end of [d.from, d.to]) {
        if (own.has(end)) continue
        const reference = parseReference(end)
        if (reference === undefined) continue
        const resolved = resolveReference(reference, from.blueprint.id, systems)
        if (!resolved.ok) continue
        // The arrow follows the dependency: a reference in `from` depends on this system.
        const [a, b] = end === d.to ? [from, resolved.system] : [resolved.system, from]
        const key = JSON.stringify([a.file, b.file])
        const entry: Entry = links.get(key) ?? {
          from: a,
          to: b,
          targets: new Set<string>(),
          count: 0,
          mixed: false
        }
        entry.count++
        if (end === d.to) entry.targets.add(resolved.component?.name ?? '')
        else entry.mixed = true
        links.set(key, entry)
      }
    }
  }
  return [...links.values()]
    .sort((x, y) => compareText(x.from.file, y.from.file) || compareText(x.to.file, y.to.file))
    .map((l) => ({
      from: l.from,
      to: l.to,
      count: l.count,
      targets: l.mixed
        ? []
        : [...l.targets].sort(compareText).map((t) => (t === '' ? undefined : t))
    }))
}

/** At most this many component names on an arrow; beyond, the arrow says how many dependencies. */
const NAMED_TARGETS = 3

/** The Mermaid flowchart of the systems and their references, or undefined when Mermaid could not draw it. */
export function landscapeDiagram(systems: Systems): string | undefined {
  const ids = assignIds(
    systems.all.map((s) => s.file),
    's'
  )
  const id = (s: System): string => ids.get(s.file) ?? 's0'
  const out = ['flowchart LR']
  for (const s of systems.all)
    out.push(`  ${id(s)}["${label(systemName(s.blueprint), `[${s.blueprint.project}]`)}"]`)
  const links = systemLinks(systems)
  for (const l of links) {
    const text =
      l.targets.length > 0 && l.targets.length <= NAMED_TARGETS
        ? l.targets.map((t) => t ?? 'the whole system').join(', ')
        : plural(l.count, 'dependency', 'dependencies')
    out.push(`  ${id(l.from)} -->|"${label(text)}"| ${id(l.to)}`)
  }
  const text = out.join('\n')
  const fits =
    text.length <= MAX_TEXT_SIZE && links.length <= MAX_EDGES && systems.all.length <= MAX_NODES
  return fits ? text : undefined
}

/** The landscape document of every blueprint, marked as generated. */
export function renderLandscape(options: LandscapeOptions): Rendered {
  const { systems } = options
  const rows = systems.all.map((s) => {
    const link = relativeLink(options.path, s.document)
    return [
      plain(systemName(s.blueprint)),
      inlineCode(s.blueprint.id),
      plain(s.blueprint.project) || '(blank)',
      String(s.blueprint.components.length),
      String(s.blueprint.dependencies.length),
      `[${plain(s.document)}](${link})`
    ]
  })
  const diagram = systems.all.length === 0 ? undefined : landscapeDiagram(systems)
  const links = systemLinks(systems)
  const body = [
    '# Architecture Landscape',
    '',
    `**Generated:** ${STAMP}  `,
    `**Blueprints:** ${systems.all.length}  `,
    `**References between systems:** ${links.reduce((n, l) => n + l.count, 0)}`,
    '',
    '---',
    '',
    '## Systems',
    '',
    rows.length === 0
      ? '*The repository has no valid blueprints.*'
      : table(['System', 'ID', 'Project', 'Components', 'Dependencies', 'Document'], rows),
    '',
    '## System Diagram',
    '',
    ...(systems.all.length === 0
      ? ['*No systems to draw.*']
      : diagram === undefined
        ? ["*The diagram is left out: the landscape exceeds Mermaid's limits.*"]
        : ['```mermaid', diagram, '```']),
    ''
  ].join('\n')
  return stamped(body, { marker: LANDSCAPE_MARKER, generatedAt: options.generatedAt })
}
