/**
 * A repository's blueprints and their documents: which documents should
 * exist with which text, compared with what is on disk. `plan` reads and
 * decides; `apply` writes. The command line and the action share both, so a
 * local `generate` and the action agree byte for byte.
 */
import picomatch from 'picomatch'
import { parseBlueprint } from '../engine/blueprint/index.js'
import { markedSource, renderDocument, type Rendered } from '../engine/document.js'
import type { Blueprint, Problem } from '../engine/model.js'
import type { Plan, PlannedBlueprint } from './outcome.js'
import { isOutputOf, outputPath } from '../engine/paths.js'
import { messageOf } from '../engine/text.js'
import type { Template } from '../engine/template.js'
import type { Workspace } from './ports.js'

/** Which blueprints a run looks at. */
export type Selection =
  /** Every blueprint, and every generated document whose blueprint is gone. */
  | { readonly kind: 'all' }
  /**
   * Only these blueprint paths (present ones are generated), plus the
   * documents of `removed` blueprints (deleted, or the old side of a rename).
   */
  | {
      readonly kind: 'paths'
      readonly paths: readonly string[]
      readonly removed?: readonly string[]
    }

export interface PlanOptions {
  readonly workspace: Workspace
  readonly globs: readonly string[]
  readonly output: string
  readonly template: Template
  readonly selection: Selection
  /** `generated_at` for each blueprint path (ISO 8601 UTC); must answer for every path. */
  readonly generatedAt: (blueprintPaths: readonly string[]) => Promise<ReadonlyMap<string, string>>
  /**
   * A better `generated_at` for a document that is created or updated, where `generatedAt` may
   * only know the head commit (a shallow clone); asked only for those, so an unchanged document
   * costs nothing. Undefined keeps `generatedAt`'s answer.
   */
  readonly exactGeneratedAt?: (blueprintPath: string) => Promise<string | undefined>
}

/** Reads the selected blueprints and their documents and decides what each document should be. */
export async function plan(options: PlanOptions): Promise<Plan> {
  const items: PlannedBlueprint[] = []
  const blueprints = await planEach(options, (item) => void items.push(item))
  return { items, blueprints }
}

/**
 * The same plan, handed over a few blueprints at a time and not kept: the
 * command line writes each document as soon as it is decided, so memory
 * follows one batch, not the whole repository. `take` is called in path
 * order; the calls of one batch run concurrently (whatever `take` does
 * before its first await happens in order). Returns the blueprint paths
 * processed.
 */
export async function planEach(
  options: PlanOptions,
  take: (item: PlannedBlueprint) => Promise<void> | void
): Promise<readonly string[]> {
  const { workspace, selection } = options
  // Given paths are taken as they are: a missing one is a problem, not a silent skip.
  const selected =
    selection.kind === 'all'
      ? await workspace.list(options.globs)
      : [...new Set(selection.paths)].sort()
  const present = new Set(selected)

  // One history walk for every path; then a few blueprints at a time, so
  // memory follows the number of changes, not the size of the repository.
  const times = await options.generatedAt(selected)
  const owners = new Map<string, string>() // document path -> blueprint path
  for (let start = 0; start < selected.length; start += BATCH) {
    const loaded = await Promise.all(
      selected.slice(start, start + BATCH).map((file) => loadBlueprint(workspace, file))
    )
    // A batch is planned and handed over concurrently: the files are what takes the time. planOne
    // claims its document path before its first await, so ownership still goes in path order.
    const planned = await Promise.all(
      loaded.map((entry): PlannedBlueprint | Promise<PlannedBlueprint> =>
        entry.model === undefined
          ? { blueprint: entry.file, outcome: { kind: 'invalid', problems: entry.problems } }
          : planOne({
              ...options,
              entry: { file: entry.file, model: entry.model },
              owners,
              time: times.get(entry.file)
            })
      )
    )
    await Promise.all(planned.map((item) => take(item)))
    // A turn of the event loop between batches: a run whose documents are all up to date would
    // otherwise stay in the microtask queue to its end, and nothing else would run meanwhile
    // (the command line's heap watch among them).
    await new Promise<void>((resolve) => setImmediate(resolve))
  }

  if (selection.kind === 'all') {
    for (const item of await orphans(options, present, owners)) await take(item)
  } else {
    for (const gone of selection.removed ?? []) {
      if (present.has(gone) || (await workspace.read(gone).catch(() => undefined)) !== undefined)
        continue
      const item = await planRemoval(workspace, gone, options, owners)
      if (item !== undefined) await take(item)
    }
  }
  return selected
}

/** How many blueprints are read at once. */
const BATCH = 16

/** A blueprint read and parsed: its model, or the problems that stop it. */
export interface Loaded {
  readonly file: string
  readonly model?: Blueprint
  readonly problems: readonly Problem[]
}

/** Reads and parses one blueprint; a missing file or one the workspace refuses is a problem too. */
export async function loadBlueprint(workspace: Workspace, file: string): Promise<Loaded> {
  try {
    const content = await workspace.read(file)
    if (content === undefined)
      return { file, problems: [{ file, line: 1, col: 1, message: 'file not found' }] }
    const result = parseBlueprint({ file, content })
    return result.ok
      ? { file, model: result.blueprint, problems: [] }
      : { file, problems: result.problems }
  } catch (error) {
    return { file, problems: [{ file, line: 1, col: 1, message: messageOf(error) }] }
  }
}

async function planOne(
  options: PlanOptions & {
    entry: { file: string; model: Blueprint }
    owners: Map<string, string>
    time: string | undefined
  }
): Promise<PlannedBlueprint> {
  const { entry, workspace, owners } = options
  const problem = (message: string, document?: string): PlannedBlueprint => ({
    blueprint: entry.file,
    model: entry.model,
    outcome: {
      kind: 'invalid',
      problems: [{ file: entry.file, line: 1, col: 1, message }],
      ...(document ? { document } : {})
    }
  })
  let document: string
  try {
    document = outputPath(options.output, entry.file, entry.model.id)
  } catch (error) {
    return problem(messageOf(error))
  }
  const owner = owners.get(document)
  if (owner !== undefined)
    return problem(
      `its document ${document} is also the document of ${owner}; give one of them another output path`,
      document
    )
  owners.set(document, entry.file)

  const render = (generatedAt: string): Rendered =>
    renderDocument({
      blueprint: entry.model,
      source: entry.file,
      generatedAt,
      template: options.template
    })
  let rendered: Rendered
  // The time source answers for every path; the epoch only guards a broken one.
  const time = options.time ?? '1970-01-01T00:00:00Z'
  try {
    rendered = render(time)
  } catch (error) {
    return problem(
      `the template ${options.template.source} failed on this blueprint: ${messageOf(error)}`,
      document
    )
  }

  let existing: string | undefined
  try {
    const bytes = await workspace.read(document)
    existing = bytes === undefined ? undefined : new TextDecoder().decode(bytes)
  } catch (error) {
    return problem(messageOf(error), document)
  }
  const base = { blueprint: entry.file, model: entry.model }
  if (existing !== undefined && markedSource(existing) === undefined) {
    return problem(
      `${document} exists and was not generated by blueprint-docs (it has no generated marker); it is left alone — move it away or set another output path`,
      document
    )
  }
  if (existing !== undefined && rendered.sameAs(existing))
    return { ...base, outcome: { kind: 'unchanged', document } }
  // Written: with the best time there is (the same template rendered again cannot fail now).
  const exact = await options.exactGeneratedAt?.(entry.file)
  if (exact !== undefined && exact !== time) rendered = render(exact)
  if (existing === undefined) return { ...base, outcome: { kind: 'created', document, rendered } }
  return { ...base, outcome: { kind: 'updated', document, rendered, previous: existing } }
}

/** The document of a blueprint that is gone, when it carries the marker naming that blueprint. */
async function planRemoval(
  workspace: Workspace,
  gone: string,
  options: PlanOptions,
  owners: ReadonlyMap<string, string>
): Promise<PlannedBlueprint | undefined> {
  // The id is gone with the file; `{id}` patterns are found by the orphan scan instead.
  if (options.output.includes('{id}')) return undefined
  let document: string
  try {
    document = outputPath(options.output, gone, '')
  } catch {
    return undefined
  }
  if (owners.has(document)) return undefined // a blueprint that is still there writes it now
  const bytes = await workspace.read(document).catch(() => undefined)
  if (bytes === undefined) return undefined
  const previous = new TextDecoder().decode(bytes)
  if (markedSource(previous) !== gone) return undefined
  return { blueprint: gone, outcome: { kind: 'deleted', document, previous } }
}

/**
 * Generated documents whose blueprint is gone: Markdown files that end with
 * our marker, whose marker names a blueprint this run's globs cover that no
 * longer exists, and that sit exactly where the output pattern put that
 * blueprint's document. Anything less certain is left alone.
 */
async function orphans(
  options: PlanOptions,
  present: ReadonlySet<string>,
  owners: ReadonlyMap<string, string>
): Promise<PlannedBlueprint[]> {
  const { workspace } = options
  const covered = picomatch([...options.globs])
  const found: PlannedBlueprint[] = []
  for (const document of await workspace.list(['**/*.md'])) {
    if (owners.has(document)) continue
    const bytes = await workspace.read(document).catch(() => undefined)
    if (bytes === undefined) continue
    const previous = new TextDecoder().decode(bytes)
    const source = markedSource(previous)
    if (
      source === undefined ||
      present.has(source) ||
      !covered(source) ||
      !isOutputOf(options.output, source, document)
    )
      continue
    if ((await workspace.read(source).catch(() => undefined)) !== undefined) continue
    found.push({ blueprint: source, outcome: { kind: 'deleted', document, previous } })
  }
  return found
}

/** Writes the plan's changes to the workspace; returns the documents written or removed. Invalid blueprints write nothing. */
export async function apply(workspace: Workspace, planned: Plan): Promise<string[]> {
  const changed: string[] = []
  for (const item of planned.items)
    if (await applyOne(workspace, item))
      changed.push((item.outcome as { document: string }).document)
  return changed
}

/** Writes or removes one planned document; false when there was nothing to do. */
export async function applyOne(workspace: Workspace, item: PlannedBlueprint): Promise<boolean> {
  const outcome = item.outcome
  if (outcome.kind === 'created' || outcome.kind === 'updated')
    await workspace.write(outcome.document, outcome.rendered.text)
  else if (outcome.kind === 'deleted') await workspace.remove(outcome.document)
  else return false
  return true
}
