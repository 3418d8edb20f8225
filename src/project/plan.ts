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
import { shellWord } from './stale.js'
import { hasReferences, showReferences, type Systems } from '../engine/references.js'
import type { RuleSettings } from '../engine/rules/rule.js'
import { findingsOf, type FindingContext } from './findings.js'
import { lazySystems, planLandscape, referencing } from './systems.js'
import { documentFacts } from './runtime.js'

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
  /** Repository path of the landscape document, when one is asked for. */
  readonly landscape?: string
  /** Every blueprint of the repository, loaded on first use; by default from `workspace` and `globs`. */
  readonly systems?: () => Promise<Systems>
  /** The repository's rule severities; rules not named keep their default. */
  readonly rules?: RuleSettings
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
 * before its first await happens in order). After the selected blueprints
 * come those that reference them (when only some were selected), then the
 * removed ones' documents, then the landscape. Returns the blueprint paths
 * processed.
 */
export async function planEach(
  options: PlanOptions,
  take: (item: PlannedBlueprint) => Promise<void> | void
): Promise<readonly string[]> {
  const { workspace, selection } = options
  const systems = options.systems ?? lazySystems(options)
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
  const touched = new Set<string>() // ids of the selected blueprints, for the blueprints referencing them
  const documented = new Set<string>() // blueprints whose document was decided (not refused)
  const created = new Set<string>() // blueprints whose document is new this run
  const planBatch = async (files: readonly string[], when: ReadonlyMap<string, string>) => {
    const loaded = await Promise.all(
      files.map((file) =>
        loadBlueprint(workspace, file, { rules: options.rules ?? {}, systems, workspace })
      )
    )
    for (const entry of loaded) if (entry.model) touched.add(entry.model.id)
    // A batch is planned and handed over concurrently: the files are what takes the time. planOne
    // claims its document path before its first await, so ownership still goes in path order.
    const planned = await Promise.all(
      loaded.map((entry): PlannedBlueprint | Promise<PlannedBlueprint> =>
        entry.model === undefined
          ? { blueprint: entry.file, outcome: { kind: 'invalid', problems: entry.problems } }
          : planOne({
              ...options,
              entry: { file: entry.file, model: entry.model, text: entry.text },
              owners,
              systems,
              time: when.get(entry.file)
            }).then((item) =>
              entry.findings.length > 0 ? { ...item, findings: entry.findings } : item
            )
      )
    )
    for (const item of planned) {
      if (item.outcome.kind !== 'invalid') documented.add(item.blueprint)
      if (item.outcome.kind === 'created') created.add(item.blueprint)
    }
    await Promise.all(planned.map((item) => take(item)))
    // A turn of the event loop between batches: a run whose documents are all up to date would
    // otherwise stay in the microtask queue to its end, and nothing else would run meanwhile
    // (the command line's heap watch among them).
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  for (let start = 0; start < selected.length; start += BATCH)
    await planBatch(selected.slice(start, start + BATCH), times)

  // A blueprint that references a changed one shows something of it: planned too, and unchanged
  // unless what it shows did change.
  let processed: readonly string[] = selected
  // A selected blueprint with a new document under an output pattern with `{id}` may have had
  // another id: its old document goes, and what referenced the old id is planned again.
  const moved =
    selection.kind === 'paths' && created.size > 0 && options.output.includes('{id}')
      ? (await orphans(options, present, owners, documented)).filter((item) =>
          created.has(item.blueprint)
        )
      : []
  if (selection.kind === 'paths' && selected.length + (selection.removed ?? []).length > 0) {
    const extra = await referencing(
      options,
      { ids: touched, anyId: (selection.removed ?? []).length > 0 || moved.length > 0 },
      present
    )
    if (extra.length > 0) {
      const extraTimes = await options.generatedAt(extra)
      for (let start = 0; start < extra.length; start += BATCH)
        await planBatch(extra.slice(start, start + BATCH), extraTimes)
      processed = [...selected, ...extra].sort()
    }
  }

  if (selection.kind === 'all') {
    for (const item of await orphans(options, present, owners, documented)) await take(item)
  } else {
    for (const item of moved) await take(item)
    for (const gone of selection.removed ?? []) {
      if (present.has(gone) || (await workspace.read(gone).catch(() => undefined)) !== undefined)
        continue
      const item = await planRemoval(workspace, gone, options, owners)
      if (item !== undefined) await take(item)
    }
  }
  // The landscape shows every blueprint: it is planned whenever any blueprint may have changed.
  if (
    options.landscape !== undefined &&
    (selection.kind === 'all' || selected.length + (selection.removed ?? []).length > 0)
  )
    await take(
      await planLandscape({
        ...options,
        path: options.landscape,
        systems,
        generatedAt: options.generatedAt
      })
    )
  return processed
}

/** How many blueprints are read at once. */
const BATCH = 16

/** A blueprint read and parsed: its model, or the problems that stop it. */
export interface Loaded {
  readonly file: string
  readonly model?: Blueprint
  readonly problems: readonly Problem[]
  /** The blueprint's text, kept only when it references other blueprints (its links are shown from it). */
  readonly text?: string
  /** The architecture rules' findings about a valid blueprint, at their levels (none when not asked). */
  readonly findings: readonly Problem[]
}

/**
 * Reads and parses one blueprint, and with a `context` gathers its findings;
 * a missing file or one the workspace refuses is a problem too.
 */
export async function loadBlueprint(
  workspace: Workspace,
  file: string,
  context?: FindingContext
): Promise<Loaded> {
  const none: readonly Problem[] = []
  try {
    const content = await workspace.read(file)
    if (content === undefined)
      return {
        file,
        problems: [{ file, line: 1, col: 1, message: 'file not found' }],
        findings: none
      }
    const result = parseBlueprint({ file, content })
    if (!result.ok) return { file, problems: result.problems, findings: none }
    const text = textOf(content)
    const findings =
      context === undefined
        ? none
        : await findingsOf({ file, text, blueprint: result.blueprint }, context)
    return {
      file,
      model: result.blueprint,
      problems: none,
      findings,
      ...(hasReferences(result.blueprint) ? { text } : {})
    }
  } catch (error) {
    const message = isFolderError(error)
      ? `is a folder, not a blueprint file; name the blueprint files in it, or select them with --blueprints ${shellWord(`${file === '.' ? '' : `${file}/`}**/*.blueprint.yaml`)}`
      : messageOf(error)
    return { file, problems: [{ file, line: 1, col: 1, message }], findings: none }
  }
}

/** Reading a folder as a file: a path named on the command line that is a folder. */
function isFolderError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EISDIR'
}

/** The text findings are positioned in, as the loader read it (without a BOM). */
function textOf(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

async function planOne(
  options: PlanOptions & {
    entry: { file: string; model: Blueprint; text: string | undefined }
    owners: Map<string, string>
    systems: () => Promise<Systems>
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

  // Only a blueprint with references waits for the repository's other blueprints (its findings
  // about them came with it from the loader).
  const references =
    entry.text === undefined
      ? undefined
      : showReferences(entry.model, await options.systems(), document)
  // A document whose sections are derived states what the blueprint's runtime files say.
  const runtimeFacts = await documentFacts({
    workspace,
    file: entry.file,
    blueprint: entry.model,
    template: options.template
  })
  const render = (generatedAt: string): Rendered =>
    renderDocument({
      blueprint: entry.model,
      source: entry.file,
      generatedAt,
      template: options.template,
      ...(references ? { references } : {}),
      ...(runtimeFacts ? { runtimeFacts } : {})
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
 * Generated documents whose blueprint is gone, or whose blueprint's document
 * is now elsewhere (its id changed under an output pattern with `{id}`):
 * Markdown files that end with our marker, whose marker names a blueprint
 * this run's globs cover, and that sit exactly where the output pattern
 * would put that blueprint's document. Anything less certain is left alone,
 * and so is the document of a blueprint that is invalid now.
 */
async function orphans(
  options: PlanOptions,
  present: ReadonlySet<string>,
  owners: ReadonlyMap<string, string>,
  /** Blueprints whose document this run decided: any other document of theirs is left over from an earlier id (an output pattern with `{id}`), and goes. */
  documented: ReadonlySet<string>
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
      (present.has(source) && !documented.has(source)) ||
      !covered(source) ||
      !isOutputOf(options.output, source, document)
    )
      continue
    if (!present.has(source) && (await workspace.read(source).catch(() => undefined)) !== undefined)
      continue
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
