/**
 * One blueprint's section of the review: a heading, what happened to it, the
 * architecture changes as tables, and the changes diagram (the document diff
 * is added by the caller, which decides whether it fits).
 */
import type { Blueprint, Component, Dependency, Problem } from '../model.js'
import { formatProblem } from '../model.js'
import { buildDiagram, diagramParts } from '../mermaid/index.js'
import type { ArchitectureDiff, ElementChanges, FieldChange, ValueChange } from './diff.js'
import { countChanges, diffBlueprints } from './diff.js'
import { changesDiagramInput } from './changes-diagram.js'
import type { ShownReferences } from '../references.js'
import { documentDiff, type DocumentDiff } from './document-diff.js'
import { fence, safeInline, table } from '../markdown.js'
import type { Impact } from './impact.js'
import { messageOf, plural } from '../text.js'

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
  /** Architecture rule findings at the head that the base did not have. */
  readonly findings?: readonly Problem[]
  /**
   * The generated document's text at base and at head, `generated_at`
   * already neutralised by the caller; undefined = no document on that side.
   */
  readonly document: { readonly path: string; readonly before?: string; readonly after?: string }
  /** How the diagram shows references to other blueprints (else by their text). */
  readonly references?: ShownReferences
  /** Other blueprints that depend on what this one removes or changes (shown only when there are any). */
  readonly impact?: readonly Impact[]
}

/** Outside text as an inline code span, cut to `max` characters. */
export const code = (text: string, max?: number): string =>
  safeInline(text, { style: 'code', ...(max ? { max } : {}) })
const pathCode = (path: string): string =>
  safeInline(path, { style: 'code', max: 200, cut: 'middle' })
const text = (value: string, max?: number): string => safeInline(value, max ? { max } : {})

/** What the comment shows about one review, ready to assemble in any tier. */
export interface ReviewParts {
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

function componentLabel(c: Pick<Component, 'id' | 'name'>): string {
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

/** Table rows for the elements added, removed and changed. */
function changeRows<
  E,
  C extends { readonly after: E; readonly fields: readonly FieldChange<string, string | boolean>[] }
>(
  changes: ElementChanges<E, C>,
  show: { label: (e: E) => string; details: (e: E) => string }
): string[][] {
  return [
    ...changes.added.map((x) => ['➕ added', show.label(x), show.details(x)]),
    ...changes.removed.map((x) => ['➖ removed', show.label(x), show.details(x)]),
    ...changes.changed.map((x) => [
      '✏️ changed',
      show.label(x.after),
      x.fields.map((f) => fieldChange(f.field, f)).join(' · ')
    ])
  ]
}

function semanticDiff(d: ArchitectureDiff): string[] {
  const blocks: string[] = []
  const componentRows = changeRows(d.components, {
    label: componentLabel,
    details: componentDetails
  })
  if (componentRows.length > 0) blocks.push(table(['', 'Component', 'Details'], componentRows))
  const dependencyRows = changeRows(d.dependencies, {
    label: dependencyLabel,
    details: dependencyDetails
  })
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
    const diagram = buildDiagram(input.blueprint, {
      highlight: input.highlight,
      ...(review.references ? { references: review.references } : {})
    })
    const notes = [input.note, diagram.note].filter((n): n is string => n !== undefined)
    const note = notes.length > 0 ? `\n\n_${notes.map((n) => text(n, 300)).join(' ')}_` : ''
    const blocks = diagramParts(diagram, (t) => text(t, 80)).map((p) =>
      p.kind === 'mermaid' ? fence(p.text, 'mermaid') : p.text
    )
    return `${blocks.join('\n\n')}${note}`
  } catch (e) {
    return `_No changes diagram: ${text(messageOf(e), 200)}_`
  }
}

/** What the comment shows about one review, or undefined when nothing about it changed. */
export function reviewParts(review: BlueprintReview): ReviewParts | undefined {
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
  const findings = review.findings ?? []
  if (d.status === 'unchanged' && !renamed && docDiff === undefined && findings.length === 0)
    return undefined

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
  const impact = impactBlock(review.impact)
  const impactNote = impact ? impactCount(review.impact) : undefined
  const findingNote = findings.length > 0 ? plural(findings.length, 'new finding') : undefined
  const summary = [renamedFrom, what, docNote, findingNote].filter(Boolean).join(' · ')
  const blocks = [heading(review.head?.title ?? review.base?.title), `${capitalise(summary)}.`]
  blocks.push(...semanticDiff(d))
  if (findings.length > 0) blocks.push(findingsBlock(findings))
  if (impact) blocks.push(impact)
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
    summaryLine: `${pathCode(review.path)}: ${[summary, impactNote].filter(Boolean).join(' · ')}`,
    main: blocks.join('\n\n'),
    diff: d,
    ...(docDiff ? { docDiff } : {})
  }
}

/** The landscape document's section: its path and its diff, or undefined when it did not change. */
export function landscapeParts(document: BlueprintReview['document']): ReviewParts | undefined {
  const docDiff = documentDiff(document)
  if (docDiff === undefined) return undefined
  const what =
    document.before === undefined
      ? 'new landscape document'
      : document.after === undefined
        ? 'landscape document removed'
        : 'landscape document'
  const summary = `${what} +${docDiff.added} −${docDiff.removed} lines`
  return {
    summaryLine: `${pathCode(document.path)}: ${summary}`,
    main: [`### Landscape · ${pathCode(document.path)}`, `${capitalise(summary)}.`].join('\n\n'),
    docDiff
  }
}

/** How many other blueprints the change reaches, for the one-line summary. */
function impactCount(impact: readonly Impact[] | undefined): string {
  const files = new Set((impact ?? []).flatMap((i) => i.dependents.map((d) => d.file)))
  return `impact on ${plural(files.size, 'other blueprint')}`
}

/** The other blueprints that depend on what the change removes or changes; undefined when none do. */
function impactBlock(impact: readonly Impact[] | undefined): string | undefined {
  if (impact === undefined || impact.length === 0) return undefined
  const rows = impact.flatMap((i) =>
    i.dependents.map((dep) => [
      i.change === 'removed' ? '➖ removed' : '✏️ changed',
      i.component === undefined ? '_the whole system_' : componentLabel({ ...i.component }),
      [
        ...(dep.title !== undefined && dep.title.trim() !== '' ? [text(dep.title, 80)] : []),
        `${code(dep.id, 80)} (${pathCode(dep.file)})`,
        plural(dep.count, 'dependency', 'dependencies')
      ].join(' · ')
    ])
  )
  return [
    '**Impact:** other blueprints depend on what this pull request removes or changes.',
    table(['', 'Component', 'Depended on by'], rows)
  ].join('\n\n')
}

/** The findings a pull request introduces, one line each with its level and rule (at most 20). */
function findingsBlock(findings: readonly Problem[]): string {
  const shown = findings.slice(0, 20)
  const more = findings.length - shown.length
  const lines = [
    ...shown.map(
      (f) => `- ${f.level === 'error' ? '❌ error' : '⚠️ warning'} ${text(formatProblem(f), 300)}`
    ),
    ...(more > 0 ? [`- … and ${plural(more, 'more finding')}`] : [])
  ]
  return `**Findings this pull request introduces:**\n\n${lines.join('\n')}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
