/**
 * Marked regions across a repository: which Markdown files hold regions,
 * which of them a run must look at, and what each such file should be — as
 * plan items, so generate, commit, check, the fix command and the comment
 * treat a file with regions as they treat a document. Nothing is written
 * here; a file with a broken region is an invalid item (nothing written to it).
 */
import picomatch from 'picomatch'
import { markedSource } from '../engine/document.js'
import type { Blueprint, Problem } from '../engine/model.js'
import {
  findRegions,
  fillRegions,
  firstChangedRegion,
  REGION_MARKER,
  renderPart,
  type Region
} from '../engine/regions.js'
import { messageOf } from '../engine/text.js'
import type { Plan, PlannedBlueprint } from './outcome.js'
import { loadBlueprint } from './plan.js'
import type { Workspace } from './ports.js'

/** The Markdown files scanned for regions when the configuration names none. */
export const DEFAULT_REGION_GLOBS: readonly string[] = ['**/*.md', '**/*.markdown']

/** What a run's settings say about regions: the configuration's `regions` globs. */
export interface RegionSettings {
  readonly regions?: readonly string[]
}

/**
 * The region items for a run that planned `blueprints` (the paths it processed) with
 * `selection`: every file with regions when it looked at every blueprint.
 */
export function regionsOfRun(
  workspace: Workspace,
  options: RegionSettings & {
    readonly selection: { readonly kind: 'all' } | { readonly kind: 'paths' }
    readonly blueprints: readonly string[]
  }
): Promise<PlannedBlueprint[]> {
  return planRegions({
    workspace,
    ...(options.regions ? { globs: options.regions } : {}),
    scope:
      options.selection.kind === 'all'
        ? { kind: 'all' }
        : { kind: 'some', blueprints: options.blueprints, files: [] }
  })
}

/** Options of {@link planRegions}. */
export interface RegionOptions {
  readonly workspace: Workspace
  /** `regions` of the configuration: narrows the files scanned. Default: every Markdown file. */
  readonly globs?: readonly string[]
  /**
   * Which files this run looks at: every file with regions (`all`), or those whose regions name
   * one of `blueprints`, and the `files` that changed themselves (a region added or edited by hand).
   */
  readonly scope:
    | { readonly kind: 'all' }
    | {
        readonly kind: 'some'
        readonly blueprints: readonly string[]
        readonly files: readonly string[]
      }
}

/** The plan items for the files with regions this run looks at, in path order. */
export async function planRegions(options: RegionOptions): Promise<PlannedBlueprint[]> {
  const { workspace, scope } = options
  if (
    scope.kind === 'some' &&
    scope.blueprints.length === 0 &&
    !scope.files.some((f) => /\.(md|markdown)$/i.test(f))
  )
    return []
  const inScope = picomatch([...(options.globs ?? DEFAULT_REGION_GLOBS)])
  const files = (await workspace.list(options.globs ?? DEFAULT_REGION_GLOBS)).filter((f) =>
    inScope(f)
  )
  const wanted = scope.kind === 'all' ? undefined : new Set(scope.blueprints)
  const changed = scope.kind === 'all' ? undefined : new Set(scope.files)
  const blueprints = new Map<string, Promise<Blueprint | string>>()
  const load = (path: string) => {
    let loaded = blueprints.get(path)
    if (loaded === undefined) {
      loaded = loadBlueprint(workspace, path).then((l) =>
        l.model !== undefined
          ? l.model
          : l.problems[0]?.message === 'file not found'
            ? `no blueprint at ${path} (the path is relative to the repository root)`
            : `${path} is not a valid blueprint: ${l.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('; ')}`
      )
      blueprints.set(path, loaded)
    }
    return loaded
  }
  const items: PlannedBlueprint[] = []
  for (const file of files) {
    let text: string
    try {
      const bytes = await workspace.read(file)
      if (bytes === undefined) continue
      text = new TextDecoder().decode(bytes)
    } catch (error) {
      if (changed?.has(file))
        items.push(invalid(file, [{ file, line: 1, col: 1, message: messageOf(error) }]))
      continue
    }
    // A generated document is ours whole; only hand-written files hold regions.
    if (!text.includes(REGION_MARKER) || markedSource(text) !== undefined) continue
    const found = findRegions(text, file)
    if (!found.ok) {
      items.push(invalid(file, found.problems))
      continue
    }
    if (found.regions.length === 0) continue
    if (
      wanted !== undefined &&
      !changed?.has(file) &&
      !found.regions.some((r) => wanted.has(r.path))
    )
      continue
    items.push(await planFile(file, text, found.regions, load))
  }
  return items
}

/** A file with a region that cannot be filled: nothing is written to it. */
const invalid = (file: string, problems: readonly Problem[]): PlannedBlueprint => ({
  blueprint: file,
  outcome: { kind: 'invalid', problems, document: file },
  region: { line: problems[0]?.line ?? 1, blueprints: [] }
})

async function planFile(
  file: string,
  text: string,
  regions: readonly Region[],
  load: (path: string) => Promise<Blueprint | string>
): Promise<PlannedBlueprint> {
  const problems: Problem[] = []
  const contents: string[] = []
  for (const region of regions) {
    const blueprint = await load(region.path)
    if (typeof blueprint === 'string') {
      problems.push({ file, line: region.line, col: region.pathCol, message: blueprint })
      contents.push('')
    } else contents.push(renderPart(blueprint, region.part))
  }
  if (problems.length > 0) return invalid(file, problems)
  const names = [...new Set(regions.map((r) => r.path))]
  const next = fillRegions(text, regions, contents)
  const first = firstChangedRegion(text, regions, contents)
  const region = { line: first?.line ?? regions[0]?.line ?? 1, blueprints: names }
  const base = { blueprint: names[0] ?? file, region }
  if (next === text) return { ...base, outcome: { kind: 'unchanged', document: file } }
  return {
    ...base,
    outcome: {
      kind: 'updated',
      document: file,
      previous: text,
      // No timestamp in a region: the text is the whole comparison.
      rendered: { text: next, sameAs: (existing) => existing === next, withGeneratedAt: () => next }
    }
  }
}

/** The plan with the items of its files with regions after its own. */
export async function withRegions(
  planned: Plan,
  options: Omit<RegionOptions, 'scope'> & {
    readonly all: boolean
    /** Files the run's change touched (relative to the working directory). */
    readonly changed?: readonly string[]
  }
): Promise<Plan> {
  const removed = planned.items.filter((i) => i.outcome.kind === 'deleted').map((i) => i.blueprint)
  const items = await planRegions({
    workspace: options.workspace,
    ...(options.globs ? { globs: options.globs } : {}),
    scope: options.all
      ? { kind: 'all' }
      : {
          kind: 'some',
          blueprints: [...planned.blueprints, ...removed],
          files: options.changed ?? []
        }
  })
  return items.length === 0 ? planned : { ...planned, items: [...planned.items, ...items] }
}
