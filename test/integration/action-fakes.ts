/**
 * In-memory fakes of what the action's job meets — the local clone, the
 * GitHub API, the runner — for running `runAction` in-process. The
 * repository itself is real: a temporary folder opened with openRepository.
 */
import { PermissionError } from '../../src/project/ports.js'
import type { Where, Reporter } from '../../src/action/reporter.js'
import type {
  ChangedPath,
  CommitOutcome,
  FileChange,
  Git,
  GitHubApi
} from '../../src/project/ports.js'

/** A clone that knows only what changed between two commits: every other question says "not here". */
export function fakeGit(changed: readonly ChangedPath[] = []): Git {
  return {
    isRepository: async () => true,
    hasCommit: async () => false,
    isShallow: async () => true,
    isAncestor: async () => true,
    mergeBase: async () => undefined,
    resolve: async () => undefined,
    changes: async () => [...changed],
    lastChanged: async () => new Map(),
    show: async () => undefined
  }
}

/** A forty-digit sha made of one number, for readable tests. */
export const sha = (n: number): string => n.toString(16).padStart(2, '0').repeat(20)

/** What one commit the fake received. */
export interface FakeCommit {
  readonly branch: string
  readonly parent: string
  readonly message: string
  readonly changes: readonly FileChange[]
  readonly sha: string
}

/** A move of the branch under a running commit: what the competing commit changed. */
export interface Move {
  readonly files: readonly ChangedPath[]
  /** Contents of the changed files at the new head, by repository path. */
  readonly contents?: Readonly<Record<string, string>>
  /** False when the compare API would list 300 files, its cap. */
  readonly complete?: boolean
}

export interface FakeGitHubOptions {
  /** Where the branch is when the run starts. */
  readonly head: string
  /** Moves the branch makes, one per commit attempt, before a commit can land. */
  readonly moves?: readonly Move[]
  /** Files of the pull request (for a clone without its commits). */
  readonly pullFiles?: readonly ChangedPath[]
  /** Calls that answer 403. */
  readonly deny?: readonly ('commit' | 'comment')[]
  /** Comments already on the pull request. */
  readonly comments?: readonly { id: number; body: string }[]
  /** When each path last changed, as the commits API tells it. */
  readonly times?: Readonly<Record<string, string>>
}

export interface FakeGitHub {
  readonly api: GitHubApi
  readonly commits: FakeCommit[]
  readonly comments: { id: number; body: string; url: string }[]
  /** Names of the calls made, in order. */
  readonly calls: string[]
  head(): string
}

/** A GitHub holding one branch and one pull request, in memory. */
export function fakeGitHub(options: FakeGitHubOptions): FakeGitHub {
  let head = options.head
  let moved = 0
  const moves = [...(options.moves ?? [])]
  const files = new Map<string, Map<string, string>>()
  const compares = new Map<string, Move>()
  const commits: FakeCommit[] = []
  const calls: string[] = []
  const comments = (options.comments ?? []).map((c) => ({ ...c, url: commentUrl(c.id) }))
  const deny = new Set(options.deny ?? [])
  const refuse = (operation: string, permission: 'contents: write' | 'pull-requests: write') => {
    throw new PermissionError(permission, operation, 'Resource not accessible by integration')
  }
  const api: GitHubApi = {
    async defaultBranch() {
      calls.push('defaultBranch')
      return 'main'
    },
    async compare(base, to) {
      calls.push(`compare ${base.slice(0, 4)}...${to.slice(0, 4)}`)
      const move = compares.get(`${base}...${to}`)
      return {
        files: [...(move?.files ?? [])],
        complete: move?.complete ?? true,
        status: 'ahead'
      }
    },
    async pullRequestFiles() {
      calls.push('pullRequestFiles')
      return { files: [...(options.pullFiles ?? [])], complete: true }
    },
    async headOf() {
      calls.push('headOf')
      return head
    },
    async lastCommitTime(_ref, file) {
      calls.push(`lastCommitTime ${file}`)
      return options.times?.[file]
    },
    async readFile(ref, file) {
      calls.push(`readFile ${file}`)
      const text = files.get(ref)?.get(file)
      return text === undefined ? undefined : new TextEncoder().encode(text)
    },
    async commitFiles(commit): Promise<CommitOutcome> {
      calls.push('commitFiles')
      if (deny.has('commit')) refuse(`commit to ${commit.branch}`, 'contents: write')
      const move = moves.shift()
      if (move !== undefined) {
        const next = sha(100 + ++moved)
        compares.set(`${head}...${next}`, move)
        files.set(next, new Map(Object.entries(move.contents ?? {})))
        head = next
      }
      if (commit.parent !== head) return { kind: 'moved' }
      const made = sha(200 + commits.length)
      commits.push({ ...commit, sha: made })
      head = made
      return { kind: 'committed', sha: made }
    },
    // Pull requests of the action's own (a protected branch) live only in the end-to-end suites'
    // local GitHub; here no branch is protected, so there is never one to find.
    async findPullRequest() {
      calls.push('findPullRequest')
      return undefined
    },
    pushBranch: () => Promise.reject(new Error('no protected branch in the in-memory GitHub')),
    deleteBranch: () => Promise.reject(new Error('no protected branch in the in-memory GitHub')),
    createPullRequest: () =>
      Promise.reject(new Error('no protected branch in the in-memory GitHub')),
    updatePullRequest: () =>
      Promise.reject(new Error('no protected branch in the in-memory GitHub')),
    async findStickyComment(_issue, marker) {
      calls.push('findStickyComment')
      const found = comments.find((c) => c.body.includes(marker))
      return found && { ...found }
    },
    async createComment(issue, body) {
      calls.push('createComment')
      if (deny.has('comment')) refuse(`comment on #${issue}`, 'pull-requests: write')
      const id = 1000 + comments.length
      comments.push({ id, body, url: commentUrl(id) })
      return { id, url: commentUrl(id) }
    },
    async updateComment(id, body) {
      calls.push('updateComment')
      if (deny.has('comment')) refuse(`update comment ${id}`, 'pull-requests: write')
      const found = comments.find((c) => c.id === id)
      if (!found) throw new Error(`no comment ${id}`)
      found.body = body
      return { id, url: found.url }
    }
  }
  return { api, commits, comments, calls, head: () => head }
}

const commentUrl = (id: number) => `https://github.com/acme/shop/pull/7#issuecomment-${id}`

/** One annotation the fake runner received. */
export interface Annotation {
  readonly level: 'notice' | 'warning' | 'error'
  readonly message: string
  readonly where?: Where
}

/** A runner that keeps everything said to it. */
export interface FakeReporter extends Reporter {
  readonly infos: string[]
  readonly annotations: Annotation[]
  readonly groups: string[]
  readonly outputs: Record<string, string>
  summaryText(): string
}

export function fakeReporter(): FakeReporter {
  const infos: string[] = []
  const annotations: Annotation[] = []
  const groups: string[] = []
  const outputs: Record<string, string> = {}
  let summary = ''
  return {
    infos,
    annotations,
    groups,
    outputs,
    summaryText: () => summary,
    info: (message) => void infos.push(message),
    notice: (message) => void annotations.push({ level: 'notice', message }),
    warning: (message, where) =>
      void annotations.push({ level: 'warning', message, ...(where ? { where } : {}) }),
    error: (message, where) =>
      void annotations.push({ level: 'error', message, ...(where ? { where } : {}) }),
    async group(name, fn) {
      groups.push(name)
      return fn()
    },
    setOutput(name, value) {
      outputs[name] = value
    },
    async summary(markdown) {
      summary += markdown
    }
  }
}
