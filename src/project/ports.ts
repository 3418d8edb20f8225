/**
 * The small interfaces through which the project's code meets the world:
 * the repository's files, the local clone and the GitHub API. The code that
 * uses them owns them; src/adapters implements them, and tests use in-memory
 * fakes of them.
 */

/** What the rest of the program may do with the repository's files. */
export interface Workspace {
  /** Absolute, symlinks resolved. */
  readonly root: string
  /** The file's bytes, or undefined when there is no such file. Throws on a path that escapes. */
  read(file: string): Promise<Uint8Array | undefined>
  write(file: string, content: string): Promise<void>
  remove(file: string): Promise<void>
  /** Repository-relative paths matching any of the globs, sorted. */
  list(globs: readonly string[]): Promise<string[]>
}

/** A file changed between two commits, by git or by GitHub. */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'
export interface ChangedPath {
  readonly path: string
  readonly status: ChangeStatus
  /** The old path of a renamed file. */
  readonly previousPath?: string
}

export interface Git {
  /** True when `root` is inside a git work tree. */
  isRepository(): Promise<boolean>
  /** True when the commit object is present locally. */
  hasCommit(sha: string): Promise<boolean>
  isShallow(): Promise<boolean>
  isAncestor(ancestor: string, descendant: string): Promise<boolean>
  mergeBase(a: string, b: string): Promise<string | undefined>
  resolve(ref: string): Promise<string | undefined>
  /** Files changed from `base` to `head` (renames detected); without `head`, to the work tree, untracked files included. */
  changes(base: string, head?: string): Promise<ChangedPath[]>
  /**
   * For each path, the commit time (ISO 8601 UTC, whole seconds) of the
   * newest commit that changed it, in one pass over the history. Paths
   * never committed are absent.
   */
  lastChanged(paths: readonly string[]): Promise<Map<string, string>>
  /** A file's content at a commit, or undefined when it is not there. */
  show(commit: string, file: string): Promise<Uint8Array | undefined>
}

/** How `head` relates to `base`: `diverged` or `behind` after a force push. */
export type CompareStatus = 'ahead' | 'behind' | 'diverged' | 'identical'

/** One change of a commit: write `content` at `path`, or delete `path`. */
export type FileChange =
  { path: string; content: string; mode?: '100644' | '100755' } | { path: string; delete: true }

/** What {@link GitHubApi.commitFiles} did. */
export type CommitOutcome =
  /** The branch now points at `sha`. */
  | { kind: 'committed'; sha: string }
  /** The branch is no longer at `parent`: regenerate on the new head and try again. */
  | { kind: 'moved' }
  /** The changes leave the parent's tree as it is: no commit was made. */
  | { kind: 'unchanged' }
  /** The branch is protected (branch protection or a ruleset): GitHub's reason, on one line. */
  | { kind: 'protected'; reason: string }

/** An open pull request, as the action needs it. */
export interface PullRequestRef {
  readonly number: number
  readonly url: string
  readonly title: string
  readonly body: string
}

/** The calls the action makes to GitHub. All paths are repository-relative with `/`. */
export interface GitHubApi {
  /** The repository's default branch, e.g. `main`. */
  defaultBranch(): Promise<string>
  /** Files changed from the merge base of `base` and `head` to `head`; `complete` is false when GitHub's 300-file cap may have cut the list. */
  compare(
    base: string,
    head: string
  ): Promise<{ files: ChangedPath[]; complete: boolean; status: CompareStatus }>
  /** Files changed by a pull request, all pages; `complete` is false past GitHub's 3,000-file cap. */
  pullRequestFiles(pullNumber: number): Promise<{ files: ChangedPath[]; complete: boolean }>
  /** The commit sha a branch points at. */
  headOf(branch: string): Promise<string>
  /**
   * The commit time (ISO 8601 UTC, whole seconds) of the newest commit reachable from `ref` that
   * changed `path`; undefined when none did. What a full clone's history says, for a shallow one.
   */
  lastCommitTime(ref: string, path: string): Promise<string | undefined>
  /**
   * The bytes of the file at `path` as of `ref` (a commit sha or a branch), byte for byte, up to
   * GitHub's 100 MB limit for raw contents. `undefined` when nothing is at `path` at `ref`, or what
   * is there is a folder, a submodule or a symbolic link GitHub cannot resolve inside the repository
   * (a link to a file in the repository reads as that file: GitHub follows it).
   * @throws PermissionError on 403 (`contents: read`).
   */
  readFile(ref: string, path: string): Promise<Uint8Array | undefined>
  /**
   * One commit on `branch` on top of `parent` through the Git Data API (so GitHub signs it and no
   * git credentials are needed). Never forces: if the branch moved, answers `{kind: 'moved'}`.
   * @throws PermissionError on 403 (`contents: write`).
   */
  commitFiles(opts: {
    branch: string
    parent: string
    message: string
    changes: FileChange[]
  }): Promise<CommitOutcome>
  /**
   * Points `branch` (created when missing, else reset: only ever the action's own branch) at one
   * commit on top of `parent` holding `changes`. `unchanged` when the branch already holds exactly
   * that: a commit with the same tree on the same parent.
   * @throws PermissionError on 403 (`contents: write`).
   */
  pushBranch(opts: {
    branch: string
    parent: string
    message: string
    changes: FileChange[]
  }): Promise<{ kind: 'created' | 'updated' | 'unchanged'; sha: string } | { kind: 'empty' }>
  /** Deletes a branch; nothing when it is already gone. */
  deleteBranch(branch: string): Promise<void>
  /** The open pull request from `head` (a branch of this repository) into `base`, if any. */
  findPullRequest(head: string, base: string): Promise<PullRequestRef | undefined>
  /** @throws PermissionError on 403 (`pull-requests: write`). */
  createPullRequest(opts: {
    head: string
    base: string
    title: string
    body: string
  }): Promise<PullRequestRef>
  /** @throws PermissionError on 403 (`pull-requests: write`). */
  updatePullRequest(
    number: number,
    opts: { title?: string; body?: string; state?: 'closed' }
  ): Promise<PullRequestRef>
  /** Our own comment on `issue` that carries `marker`, looking through every page; undefined when there is none. */
  findStickyComment(
    issue: number,
    marker: string
  ): Promise<{ id: number; body: string; url: string } | undefined>
  /** @throws PermissionError on 403 (`pull-requests: write`). */
  createComment(issue: number, body: string): Promise<{ id: number; url: string }>
  /** @throws PermissionError on 403 (`pull-requests: write`). */
  updateComment(id: number, body: string): Promise<{ id: number; url: string }>
}

/*
 * The one GitHub refusal callers act on: a 403 for a permission the workflow's token lacks.
 * The adapter throws it; the modes recognise it without loading the client.
 */

/** The `permissions:` entries a workflow can be missing. */
export type Permission =
  'contents: read' | 'contents: write' | 'pull-requests: read' | 'pull-requests: write'

/**
 * GitHub answered 403 to a call the token is not allowed to make. The message names the
 * `permissions:` entry the workflow needs (on a pull request the action adds why a fork cannot get it).
 */
export class PermissionError extends Error {
  override readonly name = 'PermissionError'
  constructor(
    /** The workflow permission that would allow the call, e.g. `contents: write`. */
    readonly permission: Permission,
    /** What was attempted, e.g. `commit to main`. */
    readonly operation: string,
    githubMessage: string
  ) {
    super(
      `GitHub refused to ${operation} (403: ${githubMessage}). ` +
        `The workflow's token needs "permissions: ${permission}" — add to the job:\n` +
        `  permissions:\n    ${permission}`
    )
  }
}
