/**
 * The repository's blueprints seen together: the index references resolve
 * against, the blueprints a change reaches through references, and the
 * landscape document. Loading every blueprint costs time, so a plan asks for
 * the index only when a planned blueprint has a reference, a landscape is
 * asked for, or a review needs the impact of a change.
 */
import { parseBlueprint } from '../engine/blueprint/index.js'
import type { Blueprint } from '../engine/model.js'
import { isLandscape, renderLandscape } from '../engine/landscape.js'
import { confine, outputPath } from '../engine/paths.js'
import {
  indexSystems,
  parseReference,
  referencesOf,
  type System,
  type Systems
} from '../engine/references.js'
import type { PlannedBlueprint } from './outcome.js'
import type { Workspace } from './ports.js'

/** Where the repository's blueprints are and where their documents go. */
export interface SystemsSource {
  readonly workspace: Workspace
  readonly globs: readonly string[]
  readonly output: string
}

/** Every valid blueprint the globs find, with its document path; invalid ones are left out (they report themselves). */
export async function loadSystems(source: SystemsSource): Promise<Systems> {
  const files = await source.workspace.list(source.globs)
  const systems: System[] = []
  for (let start = 0; start < files.length; start += 32) {
    const batch = await Promise.all(
      files.slice(start, start + 32).map(async (file): Promise<System | undefined> => {
        const content = await source.workspace.read(file).catch(() => undefined)
        if (content === undefined) return undefined
        const parsed = parseBlueprint({ file, content })
        return parsed.ok ? systemOf(source.output, file, parsed.blueprint) : undefined
      })
    )
    for (const s of batch) if (s !== undefined) systems.push(s)
  }
  return indexSystems(systems)
}

/** Loads the index once, on first use, and shares it. */
export function lazySystems(source: SystemsSource): () => Promise<Systems> {
  let loading: Promise<Systems> | undefined
  return () => (loading ??= loadSystems(source))
}

/**
 * A valid blueprint as one of the repository's systems; undefined when the output pattern
 * cannot place its document (that blueprint is refused where it is planned).
 */
export function systemOf(output: string, file: string, blueprint: Blueprint): System | undefined {
  try {
    return { file, document: outputPath(output, file, blueprint.id), blueprint }
  } catch {
    return undefined
  }
}

/** The ids a change touches, for {@link referencing}: ids of changed blueprints, or any id when one was removed. */
export interface Touched {
  readonly ids: ReadonlySet<string>
  /** A removed blueprint's id is gone with its file: every blueprint with a reference is a candidate. */
  readonly anyId: boolean
}

/** `from:` or `to:` (YAML or JSON) followed by something shaped like `<blueprint-id>/`. */
const REFERENCE_TEXT = /["']?(?:from|to)["']?\s*:\s*["']?([a-z0-9][a-z0-9-_.]*)\//g

/**
 * The blueprints outside `selected` that reference a touched blueprint:
 * their documents show something of it (a name, a link), so they are planned
 * again, and stay unchanged unless what they show did change. The files are
 * first read as text, and only the ones that could hold such a reference are
 * parsed.
 */
export async function referencing(
  source: SystemsSource,
  touched: Touched,
  selected: ReadonlySet<string>
): Promise<string[]> {
  if (touched.ids.size === 0 && !touched.anyId) return []
  const found: string[] = []
  for (const file of await source.workspace.list(source.globs)) {
    if (selected.has(file)) continue
    const content = await source.workspace.read(file).catch(() => undefined)
    if (content === undefined) continue
    const text = new TextDecoder().decode(content)
    const mentioned = [...text.matchAll(REFERENCE_TEXT)].map((m) => m[1] ?? '')
    if (!mentioned.some((id) => touched.anyId || touched.ids.has(id))) continue
    const parsed = parseBlueprint({ file, content })
    // An invalid blueprint is not planned because of another's change: it is not changed itself.
    if (!parsed.ok) continue
    const refs = referencesOf(parsed.blueprint).map((r) => parseReference(r)?.blueprint ?? '')
    if (refs.some((id) => touched.anyId || touched.ids.has(id))) found.push(file)
  }
  return found
}

/** What {@link planLandscape} needs. */
export interface LandscapeSource extends SystemsSource {
  /** Repository path of the landscape document. */
  readonly path: string
  readonly systems: () => Promise<Systems>
  readonly generatedAt: (blueprintPaths: readonly string[]) => Promise<ReadonlyMap<string, string>>
}

/**
 * The landscape document's plan: created, updated or unchanged (apart from
 * `generated_at`, which is the newest commit of any blueprint), or a problem
 * when a hand-written file stands at its path.
 */
export async function planLandscape(source: LandscapeSource): Promise<PlannedBlueprint> {
  const document = confine(source.path) ?? source.path
  const invalid = (message: string): PlannedBlueprint => ({
    blueprint: document,
    landscape: true,
    outcome: { kind: 'invalid', problems: [{ file: document, line: 1, col: 1, message }], document }
  })
  if (confine(source.path) === undefined || !/\.md$/i.test(document))
    return invalid(
      `the landscape path "${source.path}" must be a Markdown file (.md) inside the repository`
    )
  const systems = await source.systems()
  const times = await source.generatedAt(systems.all.map((s) => s.file))
  const newest = [...times.values()].sort().pop() ?? '1970-01-01T00:00:00Z'
  const rendered = renderLandscape({ systems, path: document, generatedAt: newest })
  let existing: string | undefined
  try {
    const bytes = await source.workspace.read(document)
    existing = bytes === undefined ? undefined : new TextDecoder().decode(bytes)
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error))
  }
  const base = { blueprint: document, landscape: true } as const
  if (existing === undefined) return { ...base, outcome: { kind: 'created', document, rendered } }
  if (!isLandscape(existing))
    return invalid(
      `${document} exists and is not a landscape generated by blueprint-docs (it has no generated marker); it is left alone — move it away or set another landscape path`
    )
  if (rendered.sameAs(existing)) return { ...base, outcome: { kind: 'unchanged', document } }
  return { ...base, outcome: { kind: 'updated', document, rendered, previous: existing } }
}
