/**
 * Opens a repository for one run — its files, its git history, the template
 * and the clock — the same way for the command line and the action.
 */
import type { Git, Workspace } from './ports.js'
import type { Problem } from '../engine/model.js'
import { builtInTemplate, compileTemplate, type Template } from '../engine/template.js'
import { messageOf } from '../engine/text.js'

export interface Repository {
  readonly workspace: Workspace
  readonly git: Git
  readonly template: Template
  /** `generated_at` per blueprint path: SOURCE_DATE_EPOCH, else last commit of blueprint or template, else now. */
  generatedAt(blueprints: readonly string[]): Promise<ReadonlyMap<string, string>>
  /**
   * `generated_at` for a document about to be written, where {@link generatedAt} only knows the
   * head commit: in a shallow clone, when the GitHub API can tell the newest commit that changed
   * the blueprint or the template. Undefined when {@link generatedAt}'s answer stands.
   */
  exactGeneratedAt(blueprint: string): Promise<string | undefined>
}

/**
 * The commit time (ISO 8601 UTC) of the newest commit reachable from `ref` that changed `path`
 * (relative to the repository root given to {@link openRepository}), from outside the clone.
 */
export type History = (ref: string, path: string) => Promise<string | undefined>

export interface OpenOptions {
  /** The repository's files and its history, as the caller's adapters reach them. */
  readonly workspace: Workspace
  readonly git: Git
  /** Repository-relative template path; built-in when undefined. */
  readonly template?: string
  /** The value of SOURCE_DATE_EPOCH, when set. */
  readonly sourceDateEpoch?: string
  readonly now: () => Date
  /**
   * The history a shallow clone lacks (the action: the GitHub API). Without it, a shallow clone
   * dates a document by the oldest commit it has, its head.
   */
  readonly history?: History
  /**
   * The repository's default for blueprints without `derived_sections`: write the standard
   * sections whose facts a blueprint holds from those facts. Default false.
   */
  readonly derivedSections?: boolean
}

export type OpenResult = { ok: true; repository: Repository } | { ok: false; problem: Problem }

/** Opens a repository; a template that cannot be read or compiled is the problem it answers with. */
export async function openRepository(options: OpenOptions): Promise<OpenResult> {
  const { workspace, git } = options
  const rendering = { derivedSections: options.derivedSections ?? false }
  let template = builtInTemplate(rendering)
  if (options.template !== undefined && options.template !== '') {
    const file = options.template
    let bytes: Uint8Array | undefined
    try {
      bytes = await workspace.read(file)
    } catch (error) {
      return {
        ok: false,
        problem: {
          file,
          line: 1,
          col: 1,
          message: `the template cannot be used: ${messageOf(error)}`
        }
      }
    }
    if (bytes === undefined)
      return {
        ok: false,
        problem: { file, line: 1, col: 1, message: 'the template file does not exist' }
      }
    const compiled = compileTemplate(file, new TextDecoder().decode(bytes), rendering)
    if (!compiled.ok) return { ok: false, problem: compiled.problem }
    template = compiled.template
  }
  const fixed = epochTime(options.sourceDateEpoch)
  const templatePath = options.template
  const remote = remoteHistory(git, options.history)
  return {
    ok: true,
    repository: {
      workspace,
      git,
      template,
      async generatedAt(blueprints) {
        const now = iso(options.now())
        if (fixed !== undefined) return new Map(blueprints.map((b) => [b, fixed]))
        const known = (await git.isRepository())
          ? await git.lastChanged(templatePath ? [...blueprints, templatePath] : blueprints)
          : new Map<string, string>()
        const templateTime = templatePath ? known.get(templatePath) : undefined
        return new Map(
          blueprints.map((b) => {
            const own = known.get(b)
            // ISO strings of one format compare as times.
            const newest =
              own === undefined
                ? undefined
                : templateTime !== undefined && templateTime > own
                  ? templateTime
                  : own
            return [b, newest ?? now]
          })
        )
      },
      async exactGeneratedAt(blueprint) {
        if (fixed !== undefined) return undefined
        const [own, template] = await Promise.all([
          remote(blueprint),
          templatePath ? remote(templatePath) : undefined
        ])
        if (own === undefined) return undefined
        return template !== undefined && template > own ? template : own
      }
    }
  }
}

/**
 * Last-change times from `history`, only for a shallow clone (a full one knows them itself), each
 * path asked once. Anything that goes wrong leaves the clone's own answer standing.
 */
function remoteHistory(
  git: Git,
  history: History | undefined
): (path: string) => Promise<string | undefined> {
  if (history === undefined) return async () => undefined
  let head: Promise<string | undefined> | undefined
  const asked = new Map<string, Promise<string | undefined>>()
  return (path) => {
    head ??= (async () =>
      (await git.isRepository()) && (await git.isShallow()) ? git.resolve('HEAD') : undefined)()
    let time = asked.get(path)
    if (time === undefined) {
      time = head
        .then((ref) => (ref === undefined ? undefined : history(ref, path)))
        .catch(() => undefined)
      asked.set(path, time)
    }
    return time
  }
}

function epochTime(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '' || !/^\d+$/.test(value.trim())) return undefined
  return iso(new Date(Number(value.trim()) * 1000))
}

/** ISO 8601 UTC in whole seconds, the one format `generated_at` is written in. */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
