/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */
import { parseBlueprint } from '../engine/blueprint/index.js'
import type { BlueprintReview } from '../engine/review/comment.js'
import { diffBlueprints, isEmptyDiff } from '../engine/review/diff.js'
import { renderDocument, UNDATED as STAMP } from '../engine/document.js'
import type { Blueprint, Problem } from '../engine/model.js'
import { outputPath } from '../engine/paths.js'
import type { Template } from '../engine/template.js'
import type { Plan } from './outcome.js'
import { impactOf, type Impact } from '../engine/review/impact.js'
import { isLandscape } from '../engine/landscape.js'
import {
  hasReferences,
  indexSystems,
  showReferences,
  type ShownReference,
  type ShownReferences,
  type Systems
} from '../engine/references.js'
import { introducedFindings, type FindingSubject } from './findings.js'
import type { Workspace } from './ports.js'
import { systemOf } from './systems.js'
import { documentFacts } from './runtime.js'
import type { RuntimeFacts } from '../engine/runtime/facts.js'

export interface ReviewOptions {
  readonly plan: Plan
  /** The blueprint's bytes at the base commit, or undefined when it did not exist there. */
  readonly readBase: (path: string) => Promise<Uint8Array | undefined>
  /** New path → old path of renamed blueprints. */
  readonly renames: ReadonlyMap<string, string>
  /** Blueprints deleted (or renamed away) since the base: shown even when they never had a document. */
  readonly removed: readonly string[]
  readonly template: Template
  readonly output: string
  /**
   * Every blueprint at the head, loaded on first use: asked for only when a
   * reviewed blueprint has references (its documents show them resolved) or
   * removes or changes a component (the impact on other blueprints).
   */
  readonly systems?: () => Promise<Systems>
  /**
   * The head's files: the base side's runtime folders are listed from them (and their files read
   * at the base). Without it, the base side has no runtime files.
   */
  readonly workspace?: Workspace
  /**
   * The findings about a blueprint as it was at the base, gathered as the head's were, against
   * the repository at the base (its blueprints, and the files runtime drift reads): the review
   * lists the head's findings that the base did not have. Without it, no findings are listed.
   */
  readonly baseFindings?: (
    subject: FindingSubject,
    base: BaseRepository
  ) => Promise<readonly Problem[]>
}

/** The repository at the base, as the base side's findings look beyond the blueprint. */
export interface BaseRepository {
  readonly systems: () => Promise<Systems>
  readonly workspace?: Workspace
}

/** The options, with the blueprints at the base loaded once for the whole review. */
interface Reviewing extends ReviewOptions {
  readonly baseBlueprint: (path: string) => Promise<FindingSubject | undefined>
}

/** One review per blueprint that differs between base and head; unchanged ones are left out. */
export async function buildReviews(given: ReviewOptions): Promise<BlueprintReview[]> {
  // Each base file is read, and each base blueprint parsed, once: the base side's findings need
  // the reviewed blueprints again, as the repository's systems at the base.
  const readBase = once(given.readBase)
  const options: Reviewing = {
    ...given,
    readBase,
    baseBlueprint: once((path) => loadBase(readBase, path))
  }
  const workspaceAtBase = options.workspace && baseWorkspace(options.workspace, options.readBase)
  const atBase = {
    systems: baseSystems(options),
    ...(workspaceAtBase ? { workspace: workspaceAtBase } : {})
  }
  const reviews: BlueprintReview[] = []
  const renamedAway = new Set(options.renames.values())
  const reviewed = new Set<string>()
  const kept = new Set(
    options.plan.items.filter((i) => i.outcome.kind !== 'deleted').map((i) => i.blueprint)
  )
  for (const item of options.plan.items) {
    if (item.landscape) continue // see landscapeReview
    const deleted = item.outcome.kind === 'deleted'
    if (deleted && renamedAway.has(item.blueprint)) continue // shown under its new name
    if (deleted && kept.has(item.blueprint)) continue // only its old document goes: its id changed
    const previousPath = deleted ? undefined : options.renames.get(item.blueprint)
    const loadedBase = await options.baseBlueprint(previousPath ?? item.blueprint)
    const base = loadedBase?.blueprint
    const head = deleted ? undefined : item.model
    const problems = item.outcome.kind === 'invalid' ? item.outcome.problems : undefined
    const documentPath = documentOf(options, item, base)
    // Both sides resolve references against the head's blueprints: the diff shows this blueprint's change only.
    const shown = async (bp: Blueprint) =>
      hasReferences(bp) && options.systems
        ? showReferences(bp, await options.systems(), documentPath)
        : undefined
    // Each side's derived sections state what its runtime files said on that side.
    const facts = async (bp: Blueprint, file: string, workspace: Workspace | undefined) =>
      workspace === undefined
        ? undefined
        : documentFacts({ workspace, file, blueprint: bp, template: options.template })
    const before = base
      ? render(
          options.template,
          base,
          previousPath ?? item.blueprint,
          await shown(base),
          await facts(base, previousPath ?? item.blueprint, workspaceAtBase)
        )
      : undefined
    // An invalid blueprint keeps its document as it was (generate writes and deletes nothing
    // for it): the document is unchanged, not deleted.
    const after = problems
      ? before
      : head
        ? render(
            options.template,
            head,
            item.blueprint,
            await shown(head),
            await facts(head, item.blueprint, options.workspace)
          )
        : undefined
    const findings =
      head && !problems ? await introduced(options, item.findings, loadedBase, atBase) : []
    if (
      !problems &&
      base &&
      head &&
      before === after &&
      findings.length === 0 &&
      isEmptyDiff(diffBlueprints(base, head))
    )
      continue
    if (!problems && !base && !head) continue
    reviewed.add(item.blueprint)
    const references = await shownAll(options, [base, head], documentPath)
    const impact = problems
      ? []
      : await impactFor(options, base, head, [
          item.blueprint,
          ...(previousPath ? [previousPath] : [])
        ])
    reviews.push({
      path: item.blueprint,
      ...(previousPath !== undefined ? { previousPath } : {}),
      ...(base ? { base } : {}),
      ...(head && !problems ? { head } : {}),
      ...(problems ? { problems } : {}),
      ...(findings.length > 0 ? { findings } : {}),
      document: {
        path: documentPath,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {})
      },
      ...(impact.length > 0 ? { impact } : {}),
      ...(references ? { references } : {})
    })
  }
  // A deleted blueprint whose document was never committed has no plan item: it is still a change.
  for (const gone of options.removed) {
    if (reviewed.has(gone) || renamedAway.has(gone)) continue
    const base = (await options.baseBlueprint(gone))?.blueprint
    if (base === undefined) continue
    const before = render(
      options.template,
      base,
      gone,
      undefined,
      workspaceAtBase &&
        (await documentFacts({
          workspace: workspaceAtBase,
          file: gone,
          blueprint: base,
          template: options.template
        }))
    )
    let document = gone
    try {
      document = outputPath(options.output, gone, base.id)
    } catch {
      // an output pattern that leaves the repository: the blueprint's own path names the review
    }
    const impact = await impactFor(options, base, undefined, [gone])
    reviews.push({
      path: gone,
      base,
      document: { path: document, ...(before !== undefined ? { before } : {}) },
      ...(impact.length > 0 ? { impact } : {})
    })
  }
  return reviews
}

/** How the changes diagram shows the references of both sides, when either has any. */
async function shownAll(
  options: ReviewOptions,
  sides: readonly (Blueprint | undefined)[],
  document: string
): Promise<ShownReferences | undefined> {
  const withReferences = sides.filter((b): b is Blueprint => b !== undefined && hasReferences(b))
  if (withReferences.length === 0 || options.systems === undefined) return undefined
  const systems = await options.systems()
  const shown = new Map<string, ShownReference>()
  for (const bp of withReferences)
    for (const [end, s] of showReferences(bp, systems, document)) shown.set(end, s)
  return shown
}

/** The impact of a blueprint's change on the others; loads the head's blueprints only when something was removed or changed. */
async function impactFor(
  options: ReviewOptions,
  base: Blueprint | undefined,
  head: Blueprint | undefined,
  files: readonly string[]
): Promise<Impact[]> {
  if (base === undefined || options.systems === undefined) return []
  if (head !== undefined && head.id === base.id) {
    const d = diffBlueprints(base, head)
    if (d.components.removed.length === 0 && d.components.changed.length === 0) return []
  }
  return impactOf({ base, ...(head ? { head } : {}), files, systems: await options.systems() })
}

/**
 * The landscape document at base and at head, `generated_at` neutralised, when the plan has one:
 * the committed landscape of the base against the one generated now.
 */
export async function landscapeReview(options: {
  readonly plan: Plan
  readonly readBase: (path: string) => Promise<Uint8Array | undefined>
  readonly readHead: (path: string) => Promise<Uint8Array | undefined>
}): Promise<{ path: string; before?: string; after?: string } | undefined> {
  const item = options.plan.items.find((i) => i.landscape)
  if (item === undefined || item.outcome.kind === 'invalid' || item.outcome.kind === 'deleted')
    return undefined
  const o = item.outcome
  const decode = (b: Uint8Array | undefined) =>
    b === undefined ? undefined : new TextDecoder().decode(b)
  const before = undated(decode(await options.readBase(o.document).catch(() => undefined)))
  const after =
    o.kind === 'unchanged'
      ? undated(decode(await options.readHead(o.document).catch(() => undefined)))
      : o.rendered.withGeneratedAt(STAMP)
  return {
    path: o.document,
    ...(before !== undefined && isLandscape(before) ? { before } : {}),
    ...(after !== undefined ? { after } : {})
  }
}

/** A landscape with its `generated_at` shown as the review's placeholder. */
function undated(text: string | undefined): string | undefined {
  return text?.replace(/^(\*\*Generated:\*\* )\S+( {2})$/m, `$1${STAMP}$2`)
}

async function loadBase(
  readBase: ReviewOptions['readBase'],
  path: string
): Promise<FindingSubject | undefined> {
  const bytes = await readBase(path)
  if (bytes === undefined) return undefined
  const parsed = parseBlueprint({ file: path, content: bytes })
  if (!parsed.ok) return undefined
  const text = new TextDecoder().decode(bytes)
  return {
    file: path,
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    blueprint: parsed.blueprint
  }
}

/** The head's findings that the base did not have (all of them for a blueprint new at head). */
async function introduced(
  options: ReviewOptions,
  head: readonly Problem[] | undefined,
  base: FindingSubject | undefined,
  repositoryAtBase: BaseRepository
): Promise<Problem[]> {
  if (options.baseFindings === undefined || head === undefined || head.length === 0) return []
  const before = base === undefined ? [] : await options.baseFindings(base, repositoryAtBase)
  return introducedFindings(head, before)
}

/**
 * The repository at the base as the base side's findings read it: files read at the base,
 * folders listed at the head. A runtime file the change added is then missing at the base, so
 * the drift it brings is the change's.
 */
function baseWorkspace(
  head: Workspace,
  readBase: (path: string) => Promise<Uint8Array | undefined>
): Workspace {
  const refuse = (): Promise<never> => Promise.reject(new Error('the base is only read'))
  return {
    root: head.root,
    read: readBase,
    list: (globs) => head.list(globs),
    write: refuse,
    remove: refuse
  }
}

/**
 * The repository's blueprints as they were at the base: the head's, with every reviewed
 * blueprint as it was at the base (left out where it is new). The others did not change, so
 * this is the base's whole set without listing the base. Loaded on first use.
 */
function baseSystems(options: Reviewing): () => Promise<Systems> {
  let loading: Promise<Systems> | undefined
  const load = async (): Promise<Systems> => {
    const head = options.systems ? (await options.systems()).all : []
    const atHead = new Set<string>(options.removed)
    const atBase = new Set<string>(options.removed)
    for (const item of options.plan.items) {
      if (item.landscape) continue
      atHead.add(item.blueprint)
      atBase.add(options.renames.get(item.blueprint) ?? item.blueprint)
    }
    const systems = head.filter((system) => !atHead.has(system.file))
    for (const file of atBase) {
      const blueprint = (await options.baseBlueprint(file))?.blueprint
      const system = blueprint && systemOf(options.output, file, blueprint)
      if (system) systems.push(system)
    }
    return indexSystems(systems)
  }
  return () => (loading ??= load())
}

/** `load`, each path loaded at most once. */
function once<T>(load: (path: string) => Promise<T>): (path: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>()
  return (path) => {
    let loading = loads.get(path)
    if (loading === undefined) {
      loading = load(path)
      loads.set(path, loading)
    }
    return loading
  }
}

function documentOf(
  options: ReviewOptions,
  item: Plan['items'][number],
  base: Blueprint | undefined
): string {
  const o = item.outcome
  if (o.kind !== 'invalid') return o.document
  if (o.document !== undefined) return o.document
  try {
    return outputPath(options.output, item.blueprint, item.model?.id ?? base?.id ?? '')
  } catch {
    return item.blueprint
  }
}

function render(
  template: Template,
  blueprint: Blueprint,
  source: string,
  references?: ShownReferences,
  runtimeFacts?: RuntimeFacts
): string | undefined {
  try {
    return renderDocument({
      blueprint,
      source,
      generatedAt: STAMP,
      template,
      ...(references ? { references } : {}),
      ...(runtimeFacts ? { runtimeFacts } : {})
    }).text
  } catch {
    return undefined
  }
}
