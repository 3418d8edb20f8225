/**
 * Which blueprints a run must regenerate: from the local clone when its
 * history answers, else from the REST API, else — when even that is cut
 * short — every blueprint. picomatch decides which changed paths are
 * blueprints. The action loads this module at start-up, so it stays light:
 * of the engine, only its small text helpers.
 */
import picomatch from 'picomatch'
import type { ChangedPath, Git, GitHubApi } from './ports.js'
import { ZERO_SHA, type RunEvent } from './event.js'
import type { Selection } from './plan.js'
import { plural } from '../engine/text.js'
import { RUNTIME_NAME } from '../engine/paths.js'

/** The blueprints one run looks at, and why. */
export interface Detected {
  readonly selection: Selection
  /** One sentence for the log: why these blueprints. */
  readonly reason: string
  /** The commit the change is measured from (merge base or `before`), when known: the comment's "before". */
  readonly base?: string
  /** Changed blueprint paths with their old path when renamed, for the comment. */
  readonly renames: ReadonlyMap<string, string>
  /**
   * Markdown files (relative to the working directory) the change added or modified: a marked
   * region in one may be new or edited by hand. Undefined when the change is not known file by
   * file (every blueprint is selected then anyway).
   */
  readonly markdown?: readonly string[]
}

/** What {@link detectChanges} needs: the event, the globs and where history comes from. */
export interface DetectOptions {
  readonly event: RunEvent
  readonly all: boolean
  readonly globs: readonly string[]
  readonly git: Git
  /** The GitHub API, asked for only when the clone lacks the history (a shallow checkout). */
  readonly api: () => Promise<Pick<GitHubApi, 'compare' | 'pullRequestFiles'>>
  /** Changes to these files mean every blueprint: the template and the running workflow. */
  readonly configFiles: readonly string[]
  /** The working directory inside the repository, `.` for the root: paths are made relative to it. */
  readonly prefix: string
  /**
   * The blueprints whose `runtime:` names each of these changed files (paths
   * relative to the working directory): a change to a runtime file is a
   * change to its blueprints. Asked only when a changed file could be one.
   */
  readonly runtimeOwners?: (
    changed: readonly string[]
  ) => Promise<ReadonlyMap<string, readonly string[]>>
}

/** Blueprints deleted or renamed away, as the selection names them (none when every blueprint is selected). */
export function removedBlueprints(detected: Detected): readonly string[] {
  return detected.selection.kind === 'paths' ? (detected.selection.removed ?? []) : []
}

const ALL = (reason: string, base?: string): Detected => ({
  selection: { kind: 'all' },
  reason,
  renames: new Map(),
  ...(base ? { base } : {})
})

/** Decides the selection for one run. */
export async function detectChanges(options: DetectOptions): Promise<Detected> {
  const { event } = options
  if (options.all) return ALL('input "all" is true: every blueprint')
  if (event.kind === 'other') return ALL(`a ${event.name} event: every blueprint`)
  const found =
    event.kind === 'push'
      ? await pushChanges(options, event)
      : event.kind === 'merge_group'
        ? await groupChanges(options, event)
        : await pullChanges(options, event)
  if (found.kind === 'all') return ALL(found.reason, found.base)
  const candidates = runtimeCandidates(options, found)
  const owners =
    options.runtimeOwners && candidates.length > 0
      ? await options.runtimeOwners(candidates)
      : undefined
  return fromChanges({ ...options, ...(owners ? { owners } : {}) }, found)
}

/**
 * Changed files (relative to the working directory) that could be a
 * blueprint's runtime file: YAML, JSON or an env file that is no blueprint.
 */
export function runtimeCandidates(
  options: Pick<DetectOptions, 'globs' | 'prefix'>,
  found: FoundChanges
): string[] {
  const isBlueprint = picomatch([...options.globs])
  const local = localPath(options.prefix)
  const out = new Set<string>()
  for (const f of found.files)
    for (const p of [f.path, ...(f.previousPath ? [f.previousPath] : [])]) {
      const l = local(p)
      if (l !== undefined && RUNTIME_NAME.test(l) && !isBlueprint(l)) out.add(l)
    }
  return [...out].sort()
}

/** Repository path → path relative to the working directory (undefined outside it). */
function localPath(prefixOption: string): (p: string) => string | undefined {
  const prefix =
    prefixOption === '.' || prefixOption === '' ? '' : `${prefixOption.replace(/\/+$/, '')}/`
  return (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined)
}

/** Changed files and where they were learnt from. */
export interface FoundChanges {
  readonly files: readonly ChangedPath[]
  /** The commit the change is measured from, when known. */
  readonly base?: string
  /** Where the list came from, for the log: `git diff abc1234..def5678`. */
  readonly source: string
}

type Found = { kind: 'all'; reason: string; base?: string } | ({ kind: 'files' } & FoundChanges)

async function pushChanges(
  options: DetectOptions,
  event: Extract<RunEvent, { kind: 'push' }>
): Promise<Found> {
  const { git, api } = options
  if (event.deleted) return { kind: 'files', files: [], source: 'the branch was deleted' }
  const newBranch = event.before === ZERO_SHA
  if (!newBranch && !event.forced) {
    // Neither new nor forced: a fast-forward, so `before` is an ancestor of `after` and one
    // `git diff` answers. It fails only when an object is missing (a shallow clone): then ask
    // GitHub.
    const local = await git.changes(event.before, event.after).catch(() => undefined)
    if (local !== undefined)
      return {
        kind: 'files',
        files: local,
        base: event.before,
        source: `git diff ${short(event.before)}..${short(event.after)}`
      }
    // Only a plain fast-forward is measured from `before`.
    const compared = await (await api()).compare(event.before, event.after)
    if (compared.status === 'ahead' || compared.status === 'identical') {
      if (!compared.complete)
        return {
          kind: 'all',
          reason: 'the compare API listed 300 files, its limit: every blueprint'
        }
      return {
        kind: 'files',
        files: compared.files,
        base: event.before,
        source: `the compare API ${short(event.before)}...${short(event.after)}`
      }
    }
  }
  // A new branch, or a force push (`before` no ancestor of `after`): measure against the default branch's merge base.
  const defaultBranch = event.defaultBranch
  if (defaultBranch === undefined)
    return {
      kind: 'all',
      reason: 'a new or force-pushed branch and no default branch in the payload: every blueprint'
    }
  if (event.branch === defaultBranch)
    return {
      kind: 'all',
      reason: `a ${newBranch ? 'first' : 'force'} push of the default branch: every blueprint`
    }
  const local = await git.resolve(`refs/remotes/origin/${defaultBranch}`)
  if (local !== undefined && (await localHas(git, event.after, local))) {
    const base = await git.mergeBase(local, event.after)
    if (base !== undefined) {
      return {
        kind: 'files',
        files: await git.changes(base, event.after),
        base,
        source: `git diff against the merge base with ${defaultBranch}`
      }
    }
  }
  const compared = await (await api()).compare(defaultBranch, event.after)
  if (!compared.complete)
    return { kind: 'all', reason: 'the compare API listed 300 files, its limit: every blueprint' }
  return {
    kind: 'files',
    files: compared.files,
    source: `the compare API ${defaultBranch}...${short(event.after)}`
  }
}

async function pullChanges(
  options: DetectOptions,
  event: Extract<RunEvent, { kind: 'pull_request' }>
): Promise<Found> {
  const { api } = options
  const local = await fromMergeBase(options.git, event.baseSha, event.headSha)
  if (local !== undefined) return { ...local, source: 'git diff from the merge base to the head' }
  const listed = await (await api()).pullRequestFiles(event.number)
  if (!listed.complete)
    return {
      kind: 'all',
      reason: 'the pull request lists more than 3,000 files, the API limit: every blueprint'
    }
  return {
    kind: 'files',
    files: listed.files,
    source: `the files of pull request #${event.number}`
  }
}

/** What the local clone says changed from the merge base of `baseSha` and `headSha`, when it has both. */
async function fromMergeBase(
  git: Git,
  baseSha: string,
  headSha: string
): Promise<{ kind: 'files'; files: ChangedPath[]; base: string } | undefined> {
  if (!(await localHas(git, baseSha, headSha))) return undefined
  const base = await git.mergeBase(baseSha, headSha)
  return base === undefined
    ? undefined
    : { kind: 'files', files: await git.changes(base, headSha), base }
}

/**
 * A merge queue's group: what its commit changes against the branch it lands on, as a pull
 * request's change is measured (from the merge base).
 */
async function groupChanges(
  options: DetectOptions,
  event: Extract<RunEvent, { kind: 'merge_group' }>
): Promise<Found> {
  const { api } = options
  const local = await fromMergeBase(options.git, event.baseSha, event.headSha)
  if (local !== undefined)
    return {
      ...local,
      source: `git diff from the queue's base ${short(local.base)} to its commit ${short(event.headSha)}`
    }
  const compared = await (await api()).compare(event.baseSha, event.headSha)
  if (!compared.complete)
    return { kind: 'all', reason: 'the compare API listed 300 files, its limit: every blueprint' }
  return {
    kind: 'files',
    files: compared.files,
    base: event.baseSha,
    source: `the compare API ${short(event.baseSha)}...${short(event.headSha)} (the merge queue's group)`
  }
}

/**
 * The selection for a list of changed files: blueprints among them, removed ones, renames, and
 * the blueprints whose runtime files changed (`owners`, from `runtimeOwners`); config files mean all.
 */
export function fromChanges(
  options: Pick<DetectOptions, 'globs' | 'configFiles' | 'prefix'> & {
    readonly owners?: ReadonlyMap<string, readonly string[]>
  },
  found: FoundChanges
): Detected {
  const isBlueprint = picomatch([...options.globs])
  const local = localPath(options.prefix)
  const config = new Set(options.configFiles)
  const touched = found.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
  const configChange = touched.find((p) => config.has(p))
  if (configChange !== undefined) return ALL(`${configChange} changed: every blueprint`, found.base)

  const paths: string[] = []
  const removed: string[] = []
  const renames = new Map<string, string>()
  for (const file of found.files) {
    const now = local(file.path)
    const before = file.previousPath !== undefined ? local(file.previousPath) : undefined
    if (file.status === 'removed') {
      if (now !== undefined && isBlueprint(now)) removed.push(now)
      continue
    }
    if (now !== undefined && isBlueprint(now)) {
      paths.push(now)
      if (before !== undefined && isBlueprint(before)) renames.set(now, before)
    }
    if (file.status === 'renamed' && before !== undefined && isBlueprint(before))
      removed.push(before)
  }
  // A changed runtime file changes what its blueprints' drift findings say.
  for (const file of found.files)
    for (const p of [file.path, ...(file.previousPath ? [file.previousPath] : [])]) {
      const now = local(p)
      for (const owner of (now !== undefined ? options.owners?.get(now) : undefined) ?? [])
        if (!paths.includes(owner) && !removed.includes(owner)) paths.push(owner)
    }
  const count = paths.length + removed.length
  const markdown = found.files.flatMap((f) => {
    const now = f.status === 'removed' ? undefined : local(f.path)
    return now !== undefined && /\.(md|markdown)$/i.test(now) ? [now] : []
  })
  return {
    selection: { kind: 'paths', paths, removed },
    markdown,
    reason: `${found.source}: ${count === 0 ? 'no blueprint changed' : `${plural(count, 'blueprint')} changed`}`,
    renames,
    ...(found.base ? { base: found.base } : {})
  }
}

async function localHas(git: Git, ...shas: string[]): Promise<boolean> {
  for (const sha of shas) if (!(await git.hasCommit(sha))) return false
  return true
}

const short = (sha: string) => sha.slice(0, 7)
