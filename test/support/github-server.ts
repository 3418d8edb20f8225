/**
 * A local stand-in for the GitHub REST API, for tests.
 *
 * It listens on 127.0.0.1 (random port) and is backed by a real bare git
 * repository: every write goes through git plumbing (`hash-object -w`,
 * `mktree`, `commit-tree`, `update-ref` with the old value as a
 * compare-and-swap) and every read through `rev-parse`, `merge-base`,
 * `diff --raw -M`, `cat-file` and `ls-tree`. So a commit made through the API
 * can be cloned with plain git, and a commit pushed with plain git shows up in
 * the API, exactly as on github.com.
 *
 * JSON shapes, status codes and messages follow docs.github.com (REST API
 * version 2022-11-28), trimmed to the fields a client plausibly reads.
 *
 * Not implemented (answers 404 or is simplified):
 * - any endpoint not routed below; GraphQL; conditional requests (ETag/304);
 * - rate limits only as headers (5,000 per server, never exhausted unless a
 *   fault is injected with `x-ratelimit-remaining: 0`); no secondary limits;
 * - compare: no commit pagination, no `patch` per file, at most 250 commits,
 *   commits without GitHub `author`/`committer` users; `owner:branch` just drops the owner;
 * - pull requests: created with `POST /pulls` or `addPullRequest`, listed by `head`, `base` and
 *   `state`, edited and closed with `PATCH /pulls/N`; no merging, no `refs/pull/N/*`, no merge
 *   commit, no reviewers or labels; a fork's head branch lives in the same bare repo;
 * - branch protection: `protectBranch` makes ref updates of a branch answer 422 as classic branch
 *   protection or a repository ruleset does ("Protected branch update failed for refs/heads/main.",
 *   "Repository rule violations found\n\nChanges must be made through a pull request.\n\n");
 *   pushes with `pushFiles` (an administrator merging) are not refused;
 * - trees: never `truncated`; folder deletion by `type: tree, sha: null` is allowed
 *   (GitHub's behaviour there is not verified); no submodule checks;
 * - commits: not really signed; "verified" just means no custom author/committer/signature;
 *   the commit list filters by `sha` and `path` only (no `since`, `until`, `author`);
 * - refs: only `heads/*`: read, create, update and delete; no listing, no tags;
 * - contents: GET only, for files, folders, symbolic links and submodules; no `html`
 *   format, no `download_url` host, no 1 MB cut of the base64 `content` (GitHub drops it past
 *   1 MB and refuses past 100 MB), no Git LFS;
 * - comments: any issue number is accepted; no delete, reactions or `since`;
 * - auth: no fine-grained permission model beyond `readOnly`; reads work without a token.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { ZERO_SHA } from '../../src/project/event.js'

/** One request as the server saw it. The token itself is never recorded. */
export interface RecordedRequest {
  method: string
  /** Percent-decoded (`/git/ref/heads/main`, not `heads%2Fmain`). */
  path: string
  /** The path as sent, still percent-encoded, without the query. */
  rawPath: string
  query: Record<string, string>
  body: unknown
  /** Response status; 0 while the request is still being handled. */
  status: number
  /** Whether an `Authorization` header was sent (its value is not kept). */
  authorization: boolean
}

/** A token the server accepts, and who it stands for. */
export interface FakeToken {
  login: string
  /** `installation` behaves like the workflow's GITHUB_TOKEN (a Bot, no `GET /user`). */
  kind: 'installation' | 'user'
  /** A fork pull request's token: every write answers 403. */
  readOnly?: boolean
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface FaultOptions {
  method?: string
  path: RegExp
  status: number
  /** How many matching requests fail; default 1. */
  times?: number
  body?: unknown
  /** Extra response headers, e.g. `{ 'x-ratelimit-remaining': '0' }` to fake a rate limit. */
  headers?: Record<string, string>
}

/** A file to write with {@link FakeGitHub.pushFiles}: text or bytes, optionally with a mode, or `null` to delete. */
export type PushedFile =
  | string
  | Uint8Array
  | { content: string | Uint8Array; mode: '100644' | '100755' | '120000' }
  | null

export interface FakeGitHub {
  /** e.g. `http://127.0.0.1:PORT`; use as `GITHUB_API_URL`. */
  url: string
  /** Path of the bare repository; tests clone and push with plain git. */
  bareRepo: string
  owner: string
  repo: string
  /** The token accepted by default (an installation token of `github-actions[bot]`). */
  token: string
  requests: RecordedRequest[]
  /** Makes the next matching request(s) fail with `status`, before any work is done. `path` is tested against the percent-decoded path. */
  failNext(opts: FaultOptions): void
  /** Runs `hook` once, inside the next ref update, after the fast-forward check and before git's compare-and-swap. */
  beforeRefUpdate(hook: () => Promise<void> | void): void
  addPullRequest(pr: {
    number: number
    head: string
    base: string
    headRepoFork?: boolean
    title?: string
  }): void
  /** Every pull request, as stored (open and closed). */
  pullRequests(): FakePullRequest[]
  /**
   * Refuses every ref update of `branch` through the API from now on, with GitHub's own answer
   * for classic branch protection or for a repository ruleset requiring pull requests.
   */
  protectBranch(branch: string, kind: 'classic' | 'ruleset'): void
  comments(issueNumber: number): FakeComment[]
  /** A comment by someone else (e.g. a human pasting our marker). */
  addComment(issueNumber: number, body: string, login: string): FakeComment
  /**
   * Commits straight into the bare repository, as a developer's `git push` would,
   * and returns the new commit sha. `from` is where a new branch starts (branch or sha).
   */
  pushFiles(opts: {
    branch: string
    files: Record<string, PushedFile>
    message?: string
    from?: string
    /** The commit's author and committer date (ISO 8601); default now. */
    date?: string
  }): Promise<string>
  /** Runs git against the bare repository. */
  git(args: string[]): Promise<string>
  close(): Promise<void>
}

export interface StartOptions {
  owner?: string
  repo?: string
  /** Accepted tokens; default `{ [DEFAULT_TOKEN]: github-actions[bot], installation }`. */
  tokens?: Record<string, FakeToken>
  defaultBranch?: string
}

/** The token accepted when `tokens` is not given. */
export const DEFAULT_TOKEN = 'ghs_fakeInstallationToken0000000000000'

const DOCS = 'https://docs.github.com/rest'
/** GitHub's own limits, reproduced so clients meet them in tests. */
const COMPARE_FILE_CAP = 300
const PULL_FILES_CAP = 3000
const COMMENT_MAX = 65536
const BOT = { login: 'github-actions[bot]', id: 41898282 }

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown
  ) {
    super(`HTTP ${status}`)
  }
}

const fail = (status: number, message: string, extra: Record<string, unknown> = {}): HttpError =>
  new HttpError(status, { message, documentation_url: DOCS, status: String(status), ...extra })

const notFound = (): HttpError => fail(404, 'Not Found')

interface GitResult {
  code: number
  stdout: Buffer
  stderr: string
}

function runGit(
  gitDir: string,
  args: string[],
  opts: { input?: Buffer | string; env?: Record<string, string> } = {}
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [`--git-dir=${gitDir}`, ...args], {
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        ...opts.env
      },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout?.on('data', (c: Buffer) => out.push(c))
    child.stderr?.on('data', (c: Buffer) => err.push(c))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString()
      })
    )
    if (child.stdin) {
      // git may exit before reading all of stdin (e.g. on a bad object): not our error to raise.
      child.stdin.on('error', () => undefined)
      child.stdin.end(opts.input)
    }
  })
}

interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: { name: string; email: string; date: string }
  committer: { name: string; email: string; date: string }
  message: string
}

interface FileDiff {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed'
  previous_filename?: string
  sha: string
  additions: number
  deletions: number
}

/** A pull request as the server keeps it. */
export interface FakePullRequest {
  number: number
  head: string
  base: string
  headRepoFork: boolean
  title: string
  body: string | null
  state: 'open' | 'closed'
  /** Who opened it. */
  user: string
}
type PullRequest = FakePullRequest

/** GitHub's answers to a ref update of a protected branch. */
const PROTECTED = {
  classic: (branch: string) => ({
    message: `Protected branch update failed for refs/heads/${branch}.`,
    documentation_url: 'https://docs.github.com/articles/about-protected-branches',
    status: '422'
  }),
  ruleset: () => ({
    message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
    documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
    status: '422'
  })
} as const

/** Starts the server and creates its bare repository (default branch `main`, no commits). */
export async function startFakeGitHub(opts: StartOptions = {}): Promise<FakeGitHub> {
  const owner = opts.owner ?? 'octo-org'
  const repo = opts.repo ?? 'octo-repo'
  const defaultBranch = opts.defaultBranch ?? 'main'
  const tokens: Record<string, FakeToken> = opts.tokens ?? {
    [DEFAULT_TOKEN]: { login: BOT.login, kind: 'installation' }
  }
  const root = await mkdtemp(join(tmpdir(), 'fake-github-'))
  const bareRepo = join(root, `${repo}.git`)
  const init = await runGit(bareRepo, [
    'init',
    '--bare',
    '--quiet',
    `--initial-branch=${defaultBranch}`,
    bareRepo
  ])
  if (init.code !== 0) throw new Error(`git init failed: ${init.stderr}`)

  const requests: RecordedRequest[] = []
  const faults: Array<FaultOptions & { remaining: number }> = []
  const refHooks: Array<() => Promise<void> | void> = []
  const pulls = new Map<number, PullRequest>()
  const protectedBranches = new Map<string, 'classic' | 'ruleset'>()
  const commentsByIssue = new Map<number, FakeComment[]>()
  const commentTimes = new Map<number, { created: string; updated: string }>()
  /** Commits GitHub itself signed: made through the API with no custom author or committer. */
  const verified = new Set<string>()
  let nextCommentId = 1_000_001
  let blobCounter = 0
  let remaining = 5000
  const resetAt = Math.floor(Date.now() / 1000) + 3600
  let baseUrl = ''

  // ---- git helpers -------------------------------------------------------

  async function git(
    args: string[],
    input?: Buffer | string,
    env?: Record<string, string>
  ): Promise<string> {
    const r = await runGit(bareRepo, args, { input, env })
    if (r.code !== 0)
      throw new Error(`git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`)
    return r.stdout.toString()
  }

  /**
   * What git prints about an object named by its full sha: an object never changes, so each
   * answer is kept and later requests spawn no git (a run of the action asks for the same
   * commits and trees many times). Only answers that succeeded are kept.
   */
  const objectReads = new Map<string, string>()
  async function readObject(sha: string, args: string[]): Promise<string> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return git(args)
    const key = args.join('\0')
    const known = objectReads.get(key)
    if (known !== undefined) return known
    const out = await git(args)
    objectReads.set(key, out)
    return out
  }

  async function objectType(sha: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined
    return readObject(sha, ['cat-file', '-t', sha]).then(
      (out) => out.trim(),
      () => undefined
    )
  }

  /**
   * Resolves a branch name, tag or (full or abbreviated) sha to a commit sha, in that order:
   * one git asked all three, answering each with a sha or saying it is missing.
   */
  async function resolveCommit(ref: string): Promise<string | undefined> {
    if (ref === '' || ref.startsWith('-') || /[\r\n]/.test(ref)) return undefined
    const names = [`refs/heads/${ref}`, `refs/tags/${ref}`, ref].map((name) => `${name}^{commit}\n`)
    const r = await runGit(bareRepo, ['cat-file', '--batch-check=%(objectname)'], {
      input: names.join('')
    })
    if (r.code !== 0) return undefined
    return r.stdout
      .toString()
      .split('\n')
      .find((line) => /^[0-9a-f]{40}$/.test(line))
  }

  async function branchHead(branch: string): Promise<string | undefined> {
    const r = await runGit(bareRepo, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])
    return r.code === 0 ? r.stdout.toString().trim() : undefined
  }

  /** All non-tree entries below a tree, by full path. */
  async function flatTree(treeSha: string): Promise<Map<string, TreeEntry>> {
    const out = await readObject(treeSha, ['ls-tree', '-r', '-z', '--full-tree', treeSha])
    const map = new Map<string, TreeEntry>()
    for (const rec of out.split('\0')) {
      if (!rec) continue
      const tab = rec.indexOf('\t')
      const [mode, type, sha] = rec.slice(0, tab).split(' ') as [string, TreeEntry['type'], string]
      map.set(rec.slice(tab + 1), { mode, type, sha })
    }
    return map
  }

  /** Writes nested trees for a flat path map with `git mktree`, bottom up; empty folders vanish as in git. */
  async function writeTree(flat: Map<string, TreeEntry>): Promise<string> {
    interface Dir {
      files: Map<string, TreeEntry>
      dirs: Map<string, Dir>
    }
    const rootDir: Dir = { files: new Map(), dirs: new Map() }
    for (const [path, entry] of flat) {
      const parts = path.split('/')
      let dir = rootDir
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part)
        if (!next) {
          next = { files: new Map(), dirs: new Map() }
          dir.dirs.set(part, next)
        }
        dir = next
      }
      dir.files.set(parts[parts.length - 1] as string, entry)
    }
    const write = async (dir: Dir): Promise<string | undefined> => {
      const lines: string[] = []
      for (const [name, sub] of dir.dirs) {
        const sha = await write(sub)
        if (sha) lines.push(`040000 tree ${sha}\t${name}`)
      }
      for (const [name, e] of dir.files) lines.push(`${e.mode} ${e.type} ${e.sha}\t${name}`)
      if (lines.length === 0 && dir !== rootDir) return undefined
      return (await git(['mktree', '-z'], lines.map((l) => `${l}\0`).join(''))).trim()
    }
    return (await write(rootDir)) as string
  }

  async function readCommit(sha: string): Promise<CommitInfo> {
    const raw = await readObject(sha, ['cat-file', 'commit', sha])
    const split = raw.indexOf('\n\n')
    const header = raw.slice(0, split)
    const message = raw.slice(split + 2)
    let tree = ''
    const parents: string[] = []
    const people: Record<string, { name: string; email: string; date: string }> = {}
    for (const line of header.split('\n')) {
      const sp = line.indexOf(' ')
      const key = line.slice(0, sp)
      const value = line.slice(sp + 1)
      if (key === 'tree') tree = value
      else if (key === 'parent') parents.push(value)
      else if (key === 'author' || key === 'committer') {
        const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value)
        if (m)
          people[key] = {
            name: m[1] as string,
            email: m[2] as string,
            date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z')
          }
      }
    }
    const nobody = { name: '', email: '', date: '' }
    return {
      sha,
      tree,
      parents,
      author: people['author'] ?? nobody,
      committer: people['committer'] ?? nobody,
      message
    }
  }

  /** `git diff` between two commits, with rename detection, in GitHub's file shape. */
  async function diffFiles(from: string, to: string): Promise<FileDiff[]> {
    const raw = (await git(['diff', '--raw', '-z', '-M', '--no-abbrev', from, to])).split('\0')
    const files: FileDiff[] = []
    for (let i = 0; i < raw.length - 1;) {
      const meta = raw[i++] as string
      const [, , , newSha, code] = meta.slice(1).split(' ') as [
        string,
        string,
        string,
        string,
        string
      ]
      const letter = code.charAt(0)
      const first = raw[i++] as string
      const statuses = {
        A: 'added',
        D: 'removed',
        M: 'modified',
        R: 'renamed',
        C: 'copied',
        T: 'changed'
      } as const
      const status: FileDiff['status'] = statuses[letter as keyof typeof statuses] ?? 'modified'
      if (letter === 'R' || letter === 'C') {
        const second = raw[i++] as string
        files.push({
          filename: second,
          previous_filename: first,
          status,
          sha: newSha,
          additions: 0,
          deletions: 0
        })
      } else {
        const oldSha = (meta.slice(1).split(' ')[2] ?? '') as string
        files.push({
          filename: first,
          status,
          sha: letter === 'D' ? oldSha : newSha,
          additions: 0,
          deletions: 0
        })
      }
    }
    // Line counts: `--numstat -z` prints "a\td\tpath\0" or, for a rename, "a\td\t\0old\0new\0".
    const num = (await git(['diff', '--numstat', '-z', '-M', from, to])).split('\0')
    const counts = new Map<string, [number, number]>()
    for (let i = 0; i < num.length - 1;) {
      const rec = num[i++] as string
      const [a, d, path] = rec.split('\t') as [string, string, string]
      const name = path === '' ? ((i++, num[i++]) as string) : path
      counts.set(name, [a === '-' ? 0 : Number(a), d === '-' ? 0 : Number(d)])
    }
    for (const f of files) {
      const c = counts.get(f.filename)
      if (c) [f.additions, f.deletions] = c
    }
    return files
  }

  function fileJson(f: FileDiff, ref: string): Record<string, unknown> {
    const enc = f.filename.split('/').map(encodeURIComponent).join('/')
    return {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `https://github.com/${owner}/${repo}/blob/${ref}/${enc}`,
      raw_url: `https://github.com/${owner}/${repo}/raw/${ref}/${enc}`,
      contents_url: `${baseUrl}/repos/${owner}/${repo}/contents/${enc}?ref=${ref}`,
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {})
    }
  }

  function gitCommitJson(c: CommitInfo): Record<string, unknown> {
    const isVerified = verified.has(c.sha)
    return {
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 16)}`,
      url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${c.sha}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${baseUrl}/repos/${owner}/${repo}/git/trees/${c.tree}` },
      message: c.message.replace(/\n$/, ''),
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${p}`,
        html_url: `https://github.com/${owner}/${repo}/commit/${p}`
      })),
      verification: isVerified
        ? {
            verified: true,
            reason: 'valid',
            signature: '-----BEGIN PGP SIGNATURE-----\n(fake)\n-----END PGP SIGNATURE-----',
            payload: null,
            verified_at: c.committer.date
          }
        : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  async function restCommitJson(sha: string, withFiles: boolean): Promise<Record<string, unknown>> {
    const c = await readCommit(sha)
    const g = gitCommitJson(c)
    const files =
      withFiles && c.parents[0]
        ? (await diffFiles(c.parents[0], sha)).slice(0, COMPARE_FILE_CAP)
        : []
    return {
      sha,
      node_id: g['node_id'],
      url: `${baseUrl}/repos/${owner}/${repo}/commits/${sha}`,
      html_url: g['html_url'],
      commit: {
        author: c.author,
        committer: c.committer,
        message: g['message'],
        tree: g['tree'],
        url: g['url'],
        comment_count: 0,
        verification: g['verification']
      },
      author: null,
      committer: null,
      parents: (g['parents'] as Array<Record<string, string>>).map((p) => ({
        ...p,
        url: `${baseUrl}/repos/${owner}/${repo}/commits/${p['sha']}`
      })),
      ...(withFiles
        ? {
            stats: files.reduce(
              (s, f) => ({
                total: s.total + f.additions + f.deletions,
                additions: s.additions + f.additions,
                deletions: s.deletions + f.deletions
              }),
              { total: 0, additions: 0, deletions: 0 }
            ),
            files: files.map((f) => fileJson(f, sha))
          }
        : {})
    }
  }

  function refJson(branch: string, sha: string): Record<string, unknown> {
    return {
      ref: `refs/heads/${branch}`,
      node_id: `REF_${Buffer.from(branch).toString('base64')}`,
      url: `${baseUrl}/repos/${owner}/${repo}/git/refs/heads/${branch}`,
      object: { type: 'commit', sha, url: `${baseUrl}/repos/${owner}/${repo}/git/commits/${sha}` }
    }
  }

  /** A pull request as GitHub shows it; `full` adds the counts only the single-PR answer has. */
  async function pullJson(pr: PullRequest, full = false): Promise<Record<string, unknown>> {
    // A closed pull request whose branch was deleted still answers, with the sha it had.
    const headSha = (await branchHead(pr.head)) ?? ZERO_SHA
    const baseSha = (await branchHead(pr.base)) ?? ZERO_SHA
    const headOwner = pr.headRepoFork ? 'fork-owner' : owner
    const side = (ref: string, sha: string, o: string, fork: boolean): Record<string, unknown> => ({
      label: `${o}:${ref}`,
      ref,
      sha,
      user: { login: o },
      repo: { name: repo, full_name: `${o}/${repo}`, fork, owner: { login: o } }
    })
    const json: Record<string, unknown> = {
      url: `${baseUrl}/repos/${owner}/${repo}/pulls/${pr.number}`,
      id: 1_000_000 + pr.number,
      node_id: `PR_fake${pr.number}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      body: pr.body,
      html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      user: userJson(pr.user, pr.user.endsWith('[bot]') ? 'installation' : 'user'),
      draft: false,
      head: side(pr.head, headSha, headOwner, pr.headRepoFork),
      base: side(pr.base, baseSha, owner, false)
    }
    if (!full || headSha === ZERO_SHA || baseSha === ZERO_SHA) return json
    const mergeBase = (await git(['merge-base', baseSha, headSha])).trim()
    const all = await diffFiles(mergeBase, headSha)
    return {
      ...json,
      merged: false,
      commits: Number((await git(['rev-list', '--count', `${mergeBase}..${headSha}`])).trim()),
      additions: all.reduce((s, f) => s + f.additions, 0),
      deletions: all.reduce((s, f) => s + f.deletions, 0),
      changed_files: all.length
    }
  }

  function userJson(login: string, kind: FakeToken['kind']): Record<string, unknown> {
    const id =
      login === BOT.login
        ? BOT.id
        : 1000 + [...login].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7)
    return {
      login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${baseUrl}/users/${encodeURIComponent(login)}`,
      html_url:
        kind === 'installation'
          ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
          : `https://github.com/${login}`,
      type: kind === 'installation' ? 'Bot' : 'User',
      site_admin: false
    }
  }

  function commentJson(issue: number, c: FakeComment): Record<string, unknown> {
    const times = commentTimes.get(c.id) ?? { created: '', updated: '' }
    const kind = c.user.type === 'Bot' ? 'installation' : 'user'
    const where = pulls.has(issue) ? 'pull' : 'issues'
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/${where}/${issue}#issuecomment-${c.id}`,
      issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${issue}`,
      body: c.body,
      user: userJson(c.user.login, kind),
      created_at: times.created,
      updated_at: times.updated,
      author_association: kind === 'installation' ? 'NONE' : 'CONTRIBUTOR'
    }
  }

  function storeComment(
    issue: number,
    body: string,
    user: { login: string; type: string }
  ): FakeComment {
    const c: FakeComment = { id: nextCommentId++, body, user }
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    commentTimes.set(c.id, { created: now, updated: now })
    const list = commentsByIssue.get(issue) ?? []
    list.push(c)
    commentsByIssue.set(issue, list)
    return c
  }

  function findComment(id: number): { issue: number; comment: FakeComment } | undefined {
    for (const [issue, list] of commentsByIssue) {
      const comment = list.find((c) => c.id === id)
      if (comment) return { issue, comment }
    }
    return undefined
  }

  /** GitHub's page-based pagination: `per_page` (default 30, max 100), `page`, and a `Link` header. */
  function paginate<T>(url: URL, items: T[], res: ServerResponse): T[] {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100)
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1)
    const last = Math.max(Math.ceil(items.length / perPage), 1)
    const link = (p: number): string => {
      const u = new URL(url.pathname + url.search, baseUrl)
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return u.toString()
    }
    const rels: string[] = []
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`)
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`)
    if (rels.length) res.setHeader('link', rels.join(', '))
    return items.slice((page - 1) * perPage, page * perPage)
  }

  /** Writes every `content` of a tree request as a blob with one `git hash-object -w --stdin-paths` (one process, not one per file). */
  async function hashContents(entries: unknown[]): Promise<Map<number, string>> {
    const indexes: number[] = []
    const paths: string[] = []
    for (const [i, e] of entries.entries()) {
      const content =
        typeof e === 'object' && e !== null ? (e as Record<string, unknown>)['content'] : undefined
      if (typeof content !== 'string') continue
      const file = join(root, `blob-${blobCounter++}`)
      await writeFile(file, content, 'utf8')
      indexes.push(i)
      paths.push(file)
    }
    const shas = new Map<number, string>()
    if (paths.length === 0) return shas
    try {
      const out = (
        await git(['hash-object', '-w', '--no-filters', '--stdin-paths'], paths.join('\n') + '\n')
      )
        .trim()
        .split('\n')
      indexes.forEach((index, k) => shas.set(index, out[k] as string))
    } finally {
      await Promise.all(paths.map((f) => rm(f, { force: true })))
    }
    return shas
  }

  /** Builds a tree from `base` plus GitHub-style tree entries (the body of `POST git/trees`). */
  async function buildTree(baseTree: string | undefined, entries: unknown[]): Promise<string> {
    const flat = baseTree ? await flatTree(baseTree) : new Map<string, TreeEntry>()
    const removeUnder = (path: string): void => {
      flat.delete(path)
      for (const key of [...flat.keys()]) if (key.startsWith(`${path}/`)) flat.delete(key)
    }
    const blobShas = await hashContents(entries)
    for (const [index, raw] of entries.entries()) {
      if (typeof raw !== 'object' || raw === null) throw fail(422, 'Invalid tree info')
      const e = raw as Record<string, unknown>
      const path = e['path']
      const mode = e['mode']
      const type = e['type'] ?? (mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob')
      if (
        typeof path !== 'string' ||
        path === '' ||
        path.startsWith('/') ||
        path.endsWith('/') ||
        path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')
      ) {
        throw fail(422, `tree.path contains a malformed path component`)
      }
      if (
        typeof mode !== 'string' ||
        !['100644', '100755', '040000', '160000', '120000'].includes(mode)
      ) {
        throw fail(
          422,
          `Invalid request.\n\nNo subschema in "anyOf" matched.\n${JSON.stringify(mode)} is not a member of ["100644", "100755", "040000", "160000", "120000"].`
        )
      }
      const hasContent = 'content' in e && e['content'] !== undefined
      if (hasContent && 'sha' in e && e['sha'] !== undefined)
        throw fail(
          422,
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.'
        )
      if (e['sha'] === null) {
        // `sha: null` deletes the path; a folder path deletes everything under it. GitHub documents
        // "Returns an error if you try to delete a file that does not exist": 422 GitRPC::BadObjectState.
        if (!flat.has(path) && ![...flat.keys()].some((k) => k.startsWith(`${path}/`))) {
          throw fail(422, 'GitRPC::BadObjectState', {
            documentation_url: 'https://docs.github.com/rest/git/trees#create-a-tree'
          })
        }
        removeUnder(path)
        continue
      }
      if (hasContent) {
        if (typeof e['content'] !== 'string' || type !== 'blob')
          throw fail(422, 'Invalid tree info')
        const sha = blobShas.get(index) as string
        removeUnder(path)
        flat.set(path, { mode, type: 'blob', sha })
        continue
      }
      const sha = e['sha']
      if (typeof sha !== 'string')
        throw fail(
          422,
          'Must supply either tree.sha or tree.content. Request will be rejected if both are present.'
        )
      if (type === 'tree') {
        if ((await objectType(sha)) !== 'tree')
          throw fail(422, `tree.sha ${sha} is not a valid tree`)
        removeUnder(path)
        for (const [sub, entry] of await flatTree(sha)) flat.set(`${path}/${sub}`, entry)
        continue
      }
      if (type === 'blob' && (await objectType(sha)) !== 'blob')
        throw fail(422, `tree.sha ${sha} is not a valid blob`)
      // A file can replace a folder of the same name, and the other way round, as in git.
      removeUnder(path)
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) flat.delete(parts.slice(0, i).join('/'))
      flat.set(path, { mode, type: type as TreeEntry['type'], sha })
    }
    // A file written under a path that was a file turns that file into a folder.
    for (const path of [...flat.keys()]) {
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/')
        if (flat.has(prefix)) flat.delete(prefix)
      }
    }
    return writeTree(flat)
  }

  async function treeJson(sha: string, recursive: boolean): Promise<Record<string, unknown>> {
    const out = await git(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), sha])
    const tree = out
      .split('\0')
      .filter(Boolean)
      .map((rec) => {
        const tab = rec.indexOf('\t')
        const [mode, type, objSha, size] = rec.slice(0, tab).split(/ +/) as [
          string,
          string,
          string,
          string
        ]
        const kind = type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits'
        return {
          path: rec.slice(tab + 1),
          mode,
          type,
          sha: objSha,
          ...(type === 'blob' ? { size: Number(size) } : {}),
          ...(type !== 'commit'
            ? { url: `${baseUrl}/repos/${owner}/${repo}/git/${kind}/${objSha}` }
            : {})
        }
      })
    return {
      sha,
      url: `${baseUrl}/repos/${owner}/${repo}/git/trees/${sha}`,
      tree,
      truncated: false
    }
  }

  async function pushFiles(o: {
    branch: string
    files: Record<string, PushedFile>
    message?: string
    from?: string
    date?: string
  }): Promise<string> {
    const old = await branchHead(o.branch)
    const parent = old ?? (o.from !== undefined ? await resolveCommit(o.from) : undefined)
    const baseTree = parent ? (await readCommit(parent)).tree : undefined
    const entries: Array<Record<string, unknown>> = []
    for (const [path, f] of Object.entries(o.files)) {
      if (f === null) {
        entries.push({ path, mode: '100644', sha: null })
        continue
      }
      const { content, mode } =
        typeof f === 'string' || f instanceof Uint8Array ? { content: f, mode: '100644' } : f
      // Bytes go in as a blob of their own: the tree API's `content` is text only.
      if (content instanceof Uint8Array)
        entries.push({
          path,
          mode,
          type: 'blob',
          sha: (await git(['hash-object', '-w', '--stdin'], Buffer.from(content))).trim()
        })
      else entries.push({ path, mode, type: 'blob', content })
    }
    const tree = await buildTree(baseTree, entries)
    const env = {
      GIT_AUTHOR_NAME: 'Dev Eloper',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev Eloper',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      ...(o.date !== undefined ? { GIT_AUTHOR_DATE: o.date, GIT_COMMITTER_DATE: o.date } : {})
    }
    const sha = (
      await git(
        ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', o.message ?? 'push'],
        undefined,
        env
      )
    ).trim()
    await git(['update-ref', `refs/heads/${o.branch}`, sha, old ?? ZERO_SHA])
    return sha
  }

  // ---- contents ---------------------------------------------------------

  /** The entry called `name` in the folder `dir` ('' for the root) of `commit`; undefined when there is none. */
  async function entryAt(
    commit: string,
    dir: string,
    name: string
  ): Promise<(TreeEntry & { size: number }) | undefined> {
    // `commit:dir` names a tree without pathspec magic, so `*`, `:` or `[` in a name are just letters.
    const r = await runGit(bareRepo, [
      'ls-tree',
      '-z',
      '-l',
      dir === '' ? `${commit}^{tree}` : `${commit}:${dir}`
    ])
    if (r.code !== 0) return undefined
    for (const rec of r.stdout.toString('utf8').split('\0')) {
      const tab = rec.indexOf('\t')
      if (tab < 0 || rec.slice(tab + 1) !== name) continue
      const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/) as [
        string,
        TreeEntry['type'],
        string,
        string
      ]
      return { mode, type, sha, size: size === '-' ? 0 : Number(size) }
    }
    return undefined
  }

  function contentLinks(path: string, ref: string, entry: TreeEntry): Record<string, unknown> {
    const enc = path.split('/').map(encodeURIComponent).join('/')
    const url = `${baseUrl}/repos/${owner}/${repo}/contents/${enc}?ref=${encodeURIComponent(ref)}`
    const kind = entry.type === 'tree' ? 'tree' : 'blob'
    const html =
      entry.type === 'commit' ? null : `https://github.com/${owner}/${repo}/${kind}/${ref}/${enc}`
    const gitUrl =
      entry.type === 'commit' ? null : `${baseUrl}/repos/${owner}/${repo}/git/${kind}s/${entry.sha}`
    return {
      url,
      html_url: html,
      git_url: gitUrl,
      download_url:
        entry.type === 'blob'
          ? `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${enc}`
          : null,
      _links: { self: url, git: gitUrl, html }
    }
  }

  /** GitHub's `type` of a contents entry. */
  const contentType = (e: TreeEntry): string =>
    e.type === 'tree'
      ? 'dir'
      : e.type === 'commit'
        ? 'submodule'
        : e.mode === '120000'
          ? 'symlink'
          : 'file'

  /**
   * `GET /contents/{path}` as GitHub answers it (docs.github.com/rest/repos/contents#get-repository-content):
   * a file as JSON with its bytes in base64, or raw when the Accept header asks for it; a folder as
   * the array of its entries; a submodule as an object. A symbolic link whose target is a file in
   * the repository is answered as that file, as GitHub documents; any other link as an object with
   * its `target`. The raw media type changes only the answer for files: folders, submodules and
   * other links get their JSON (this is what we understand GitHub to do; it documents raw only
   * "for files and symlinks").
   */
  async function contents(
    commit: string,
    ref: string,
    path: string,
    raw: boolean,
    hops = 0
  ): Promise<Reply> {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
    if (path.split('/').some((p) => p === '.' || p === '..')) throw notFound()
    const entry: (TreeEntry & { size: number }) | undefined =
      path === ''
        ? {
            mode: '040000',
            type: 'tree',
            sha: (await git(['rev-parse', `${commit}^{tree}`])).trim(),
            size: 0
          }
        : await entryAt(commit, dir, name)
    if (!entry) throw notFound()
    if (entry.type === 'tree') {
      const out = await git(['ls-tree', '-z', '-l', entry.sha])
      const listing = out
        .split('\0')
        .filter(Boolean)
        .map((rec) => {
          const tab = rec.indexOf('\t')
          const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/) as [
            string,
            TreeEntry['type'],
            string,
            string
          ]
          const child = path === '' ? rec.slice(tab + 1) : `${path}/${rec.slice(tab + 1)}`
          const e: TreeEntry = { mode, type, sha }
          return {
            type: contentType(e),
            size: size === '-' ? 0 : Number(size),
            name: rec.slice(tab + 1),
            path: child,
            sha,
            ...contentLinks(child, ref, e)
          }
        })
      return ok(listing)
    }
    const base = { name, path, sha: entry.sha, size: entry.size, ...contentLinks(path, ref, entry) }
    if (entry.type === 'commit') return ok({ type: 'submodule', submodule_git_url: '', ...base })
    if (entry.mode === '120000') {
      const target = (await git(['cat-file', 'blob', entry.sha])).toString()
      const resolved = posix.normalize(posix.join(dir, target))
      // Followed only inside the repository, only to a file, and not round in circles.
      if (
        !target.startsWith('/') &&
        resolved !== '..' &&
        !resolved.startsWith('../') &&
        hops < 40
      ) {
        const followed = await contents(commit, ref, resolved, raw, hops + 1).catch(() => undefined)
        if (
          followed &&
          !Array.isArray(followed.body) &&
          (Buffer.isBuffer(followed.body) ||
            (followed.body as Record<string, unknown>)['type'] === 'file')
        )
          return followed
      }
      return ok({ type: 'symlink', target, ...base })
    }
    const bytes = await runGit(bareRepo, ['cat-file', 'blob', entry.sha])
    if (bytes.code !== 0) throw fail(500, `fake GitHub: cannot read blob ${entry.sha}`)
    if (raw) {
      // GitHub labels raw contents utf-8 whatever the bytes are; clients must not decode them as text.
      return {
        status: 200,
        body: bytes.stdout,
        headers: {
          'content-type': 'application/vnd.github.raw+json; charset=utf-8',
          'x-github-media-type': 'github.v3; param=raw; format=json'
        }
      }
    }
    // Base64 as Ruby's Base64.encode64 writes it: a newline after every 60 characters, and at the end.
    const b64 = bytes.stdout.toString('base64')
    const content = (b64.match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('')
    return ok({ type: 'file', encoding: 'base64', content, ...base })
  }

  // ---- request handling -------------------------------------------------

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    if (text.trim() === '') return undefined
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw fail(400, 'Problems parsing JSON')
    }
  }

  function send(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    record.status = status
    res.statusCode = status
    res.setHeader('x-ratelimit-limit', '5000')
    res.setHeader('x-ratelimit-remaining', String(remaining))
    res.setHeader('x-ratelimit-used', String(5000 - remaining))
    res.setHeader('x-ratelimit-reset', String(resetAt))
    res.setHeader('x-ratelimit-resource', 'core')
    res.setHeader('x-github-api-version-selected', '2022-11-28')
    res.setHeader('x-github-media-type', 'github.v3; format=json')
    res.setHeader('x-github-request-id', `FAKE:${requests.length}`)
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v)
    if (status === 204 || body === undefined) {
      res.end()
      return
    }
    if (Buffer.isBuffer(body)) {
      // A raw answer: the route sets its content type.
      res.end(body)
      return
    }
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.end(JSON.stringify(body))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const auth = req.headers.authorization
    // Octokit percent-encodes the slash in `heads/main`; tests match and read the decoded path.
    const path = safeDecode(url.pathname)
    const record: RecordedRequest = {
      method,
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      authorization: auth !== undefined
    }
    requests.push(record)
    try {
      record.body = await readBody(req)
      // Authentication first, as GitHub does: a bad token is 401 whatever the route.
      let who: FakeToken | undefined
      if (auth !== undefined) {
        const m = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)
        who = m ? tokens[m[1] as string] : undefined
        if (!who) throw fail(401, 'Bad credentials')
        remaining = Math.max(remaining - 1, 0)
      }
      const faultIndex = faults.findIndex(
        (f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path)
      )
      if (faultIndex >= 0) {
        const f = faults[faultIndex] as FaultOptions & { remaining: number }
        if (--f.remaining <= 0) faults.splice(faultIndex, 1)
        send(
          res,
          record,
          f.status,
          f.body ?? {
            message: defaultFaultMessage(f.status),
            documentation_url: DOCS,
            status: String(f.status)
          },
          f.headers
        )
        return
      }
      const isWrite = method !== 'GET' && method !== 'HEAD'
      if (isWrite && !who) throw fail(401, 'Requires authentication')
      // A fork's token (and a `permissions:` block without write) can read but not write.
      if (isWrite && who?.readOnly) throw fail(403, 'Resource not accessible by integration')
      const { status, body, headers } = await route(
        method,
        url,
        record.body,
        who,
        res,
        req.headers.accept ?? ''
      )
      send(res, record, status, body, headers)
    } catch (e) {
      if (e instanceof HttpError) send(res, record, e.status, e.body)
      else
        send(res, record, 500, {
          message: `fake GitHub crashed: ${e instanceof Error ? e.message : String(e)}`
        })
    }
  }

  type Reply = { status: number; body: unknown; headers?: Record<string, string> }
  const ok = (body: unknown, status = 200): Reply => ({ status, body })

  async function route(
    method: string,
    url: URL,
    body: unknown,
    who: FakeToken | undefined,
    res: ServerResponse,
    accept: string
  ): Promise<Reply> {
    const p = url.pathname
    if (method === 'GET' && p === '/user') {
      if (!who) throw fail(401, 'Requires authentication')
      // The workflow's token belongs to an app installation, not a user.
      if (who.kind === 'installation') throw fail(403, 'Resource not accessible by integration')
      return ok(userJson(who.login, who.kind))
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p)
    if (
      !m ||
      decodeURIComponent(m[1] as string).toLowerCase() !== owner.toLowerCase() ||
      decodeURIComponent(m[2] as string).toLowerCase() !== repo.toLowerCase()
    )
      throw notFound()
    const rest = m[3] ?? ''
    const dec = (s: string | undefined): string => decodeURIComponent(s ?? '')
    const body_ = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    let r: RegExpExecArray | null

    if (method === 'GET' && rest === '') {
      const write = who !== undefined && !who.readOnly
      return ok({
        id: 1296269,
        node_id: 'R_fake',
        name: repo,
        full_name: `${owner}/${repo}`,
        owner: { login: owner, type: 'Organization' },
        private: false,
        html_url: `https://github.com/${owner}/${repo}`,
        url: `${baseUrl}/repos/${owner}/${repo}`,
        fork: false,
        default_branch: defaultBranch,
        permissions: { admin: false, maintain: false, push: write, triage: write, pull: true }
      })
    }

    if (method === 'GET' && (r = /^\/compare\/(.+)$/.exec(rest))) {
      const spec = dec(r[1])
      const dots = spec.indexOf('...')
      if (dots < 0) throw notFound()
      const base = await resolveCommit(spec.slice(0, dots).replace(/^[^:]+:/, ''))
      const head = await resolveCommit(spec.slice(dots + 3).replace(/^[^:]+:/, ''))
      if (!base || !head) throw notFound()
      const mbOut = await runGit(bareRepo, ['merge-base', base, head])
      // Unrelated histories: GitHub answers 404 "No common ancestor".
      if (mbOut.code !== 0)
        throw fail(
          404,
          `No common ancestor between ${spec.slice(0, dots)} and ${spec.slice(dots + 3)}.`
        )
      const mergeBase = mbOut.stdout.toString().trim()
      const ahead = Number((await git(['rev-list', '--count', `${base}..${head}`])).trim())
      const behind = Number((await git(['rev-list', '--count', `${head}..${base}`])).trim())
      const commitShas = (
        await git(['rev-list', '--reverse', '--max-count=250', `${base}..${head}`])
      )
        .split('\n')
        .filter(Boolean)
      // GitHub lists at most 300 files and says nothing else about the rest.
      const files = (await diffFiles(mergeBase, head)).slice(0, COMPARE_FILE_CAP)
      return ok({
        url: `${baseUrl}/repos/${owner}/${repo}/compare/${spec}`,
        html_url: `https://github.com/${owner}/${repo}/compare/${spec}`,
        permalink_url: `https://github.com/${owner}/${repo}/compare/${owner}:${base.slice(0, 7)}...${owner}:${head.slice(0, 7)}`,
        diff_url: `https://github.com/${owner}/${repo}/compare/${spec}.diff`,
        patch_url: `https://github.com/${owner}/${repo}/compare/${spec}.patch`,
        base_commit: await restCommitJson(base, false),
        merge_base_commit: await restCommitJson(mergeBase, false),
        status:
          ahead === 0 && behind === 0
            ? 'identical'
            : behind === 0
              ? 'ahead'
              : ahead === 0
                ? 'behind'
                : 'diverged',
        ahead_by: ahead,
        behind_by: behind,
        total_commits: ahead,
        commits: await Promise.all(commitShas.map((s) => restCommitJson(s, false))),
        files: files.map((f) => fileJson(f, head))
      })
    }

    if (method === 'GET' && rest === '/pulls') {
      // docs.github.com/rest/pulls/pulls#list-pull-requests: `head` is `user:branch`, `state`
      // open (default), closed or all; newest first.
      const state = url.searchParams.get('state') ?? 'open'
      const head = url.searchParams.get('head')
      const base = url.searchParams.get('base')
      const listed = [...pulls.values()]
        .filter((pr) => state === 'all' || pr.state === state)
        .filter((pr) => base === null || pr.base === base)
        .filter((pr) => {
          if (head === null) return true
          const colon = head.indexOf(':')
          const [who, branch] =
            colon < 0 ? [head, undefined] : [head.slice(0, colon), head.slice(colon + 1)]
          const headOwner = pr.headRepoFork ? 'fork-owner' : owner
          return (
            who.toLowerCase() === headOwner.toLowerCase() &&
            (branch === undefined || branch === pr.head)
          )
        })
        .sort((a, b) => b.number - a.number)
      return ok(await Promise.all(paginate(url, listed, res).map((pr) => pullJson(pr))))
    }

    if (method === 'POST' && rest === '/pulls') {
      const title = body_['title']
      const head = body_['head']
      const base = body_['base']
      if (typeof head !== 'string' || typeof base !== 'string')
        throw fail(422, 'Invalid request.\n\n"head" and "base" are required.')
      if (typeof title !== 'string' || title === '')
        throw fail(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', code: 'missing_field', field: 'title' }]
        })
      const headBranch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head
      const headSha = await branchHead(headBranch)
      const baseSha = await branchHead(base)
      const invalid = (field: string) =>
        fail(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', field, code: 'invalid' }]
        })
      if (!headSha) throw invalid('head')
      if (!baseSha) throw invalid('base')
      const open = [...pulls.values()].find(
        (pr) => pr.state === 'open' && pr.head === headBranch && pr.base === base
      )
      if (open)
        throw fail(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${owner}:${headBranch}.`
            }
          ]
        })
      if (Number((await git(['rev-list', '--count', `${baseSha}..${headSha}`])).trim()) === 0)
        throw fail(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `No commits between ${base} and ${headBranch}`
            }
          ]
        })
      const used = [...pulls.keys(), ...commentsByIssue.keys()]
      const number = Math.max(0, ...used) + 1
      const pr: PullRequest = {
        number,
        head: headBranch,
        base,
        headRepoFork: false,
        title,
        body: typeof body_['body'] === 'string' ? body_['body'] : null,
        state: 'open',
        user: who?.login ?? 'ghost'
      }
      pulls.set(number, pr)
      return {
        status: 201,
        body: await pullJson(pr),
        headers: { location: `${baseUrl}/repos/${owner}/${repo}/pulls/${number}` }
      }
    }

    if (method === 'PATCH' && (r = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pr = pulls.get(Number(r[1]))
      if (!pr) throw notFound()
      if (typeof body_['title'] === 'string') pr.title = body_['title']
      if (typeof body_['body'] === 'string') pr.body = body_['body']
      const state = body_['state']
      if (state !== undefined) {
        if (state !== 'open' && state !== 'closed')
          throw fail(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: 'state', code: 'invalid' }]
          })
        pr.state = state
      }
      return ok(await pullJson(pr))
    }

    if (method === 'GET' && (r = /^\/pulls\/(\d+)(\/files)?$/.exec(rest))) {
      const pr = pulls.get(Number(r[1]))
      if (!pr) throw notFound()
      if (r[2]) {
        const headSha = await branchHead(pr.head)
        const baseSha = await branchHead(pr.base)
        if (!headSha || !baseSha)
          throw fail(500, `fake GitHub: branch ${pr.head} or ${pr.base} has no commit`)
        const mergeBase = (await git(['merge-base', baseSha, headSha])).trim()
        const all = await diffFiles(mergeBase, headSha)
        return ok(paginate(url, all.slice(0, PULL_FILES_CAP), res).map((f) => fileJson(f, headSha)))
      }
      return ok(await pullJson(pr, true))
    }

    if (method === 'GET' && rest === '/commits') {
      // docs.github.com/rest/commits/commits#list-commits: newest first from `sha` (default branch
      // when absent), only those that changed `path` when given, as `git log -- path` lists them.
      const ref = url.searchParams.get('sha') ?? defaultBranch
      const commit = await resolveCommit(ref)
      if (!commit) throw fail(404, `No commit found for SHA: ${ref}`)
      const path = url.searchParams.get('path')
      const shas = (await git(['log', '--format=%H', commit, '--', ...(path ? [path] : [])]))
        .split('\n')
        .filter(Boolean)
      return ok(await Promise.all(paginate(url, shas, res).map((s) => restCommitJson(s, false))))
    }

    if (method === 'GET' && (r = /^\/commits\/(.+)$/.exec(rest))) {
      const sha = await resolveCommit(dec(r[1]))
      if (!sha) throw fail(422, `No commit found for SHA: ${dec(r[1])}`)
      return ok(await restCommitJson(sha, true))
    }

    if (method === 'GET' && (r = /^\/contents(?:\/(.*))?$/.exec(rest))) {
      // Clients encode the path per segment (`a%20b/c.md`) or as a whole (`a%20b%2Fc.md`); both decode alike.
      const path = dec(r[1]).replace(/\/+$/, '')
      const refParam = url.searchParams.get('ref')
      const commit = await resolveCommit(refParam ?? defaultBranch)
      if (!commit) throw fail(404, `No commit found for the ref ${refParam ?? defaultBranch}`)
      return contents(
        commit,
        refParam ?? defaultBranch,
        path,
        /application\/vnd\.github(\.v3)?\.raw/i.test(accept)
      )
    }

    if (method === 'GET' && (r = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const ref = dec(r[1])
      if (!ref.startsWith('heads/')) throw notFound()
      const sha = await branchHead(ref.slice('heads/'.length))
      if (!sha) throw notFound()
      return ok(refJson(ref.slice('heads/'.length), sha))
    }

    if (method === 'GET' && (r = /^\/git\/commits\/([0-9a-f]{40})$/.exec(rest))) {
      if ((await objectType(r[1] as string)) !== 'commit') throw notFound()
      return ok(gitCommitJson(await readCommit(r[1] as string)))
    }

    if (method === 'GET' && (r = /^\/git\/trees\/(.+)$/.exec(rest))) {
      const sha = await resolveCommit(dec(r[1])).then(async (c) =>
        c ? (await readCommit(c)).tree : dec(r?.[1])
      )
      if ((await objectType(sha)) !== 'tree') throw notFound()
      const recursive =
        url.searchParams.has('recursive') &&
        !['0', 'false'].includes(url.searchParams.get('recursive') ?? '')
      return ok(await treeJson(sha, recursive))
    }

    if (method === 'POST' && rest === '/git/blobs') {
      const content = body_['content']
      const encoding = body_['encoding'] ?? 'utf-8'
      if (typeof content !== 'string')
        throw fail(422, 'Invalid request.\n\n"content" wasn\'t supplied.')
      if (encoding !== 'utf-8' && encoding !== 'base64')
        throw fail(422, `encoding must be utf-8 or base64`)
      const bytes =
        encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8')
      const sha = (await git(['hash-object', '-w', '--stdin'], bytes)).trim()
      return ok({ url: `${baseUrl}/repos/${owner}/${repo}/git/blobs/${sha}`, sha }, 201)
    }

    if (method === 'POST' && rest === '/git/trees') {
      const entries = body_['tree']
      if (!Array.isArray(entries)) throw fail(422, 'Invalid request.\n\n"tree" wasn\'t supplied.')
      const baseTree = body_['base_tree']
      if (
        baseTree !== undefined &&
        (typeof baseTree !== 'string' || (await objectType(baseTree)) !== 'tree')
      ) {
        throw fail(422, `base_tree ${String(baseTree)} is not a valid tree oid`)
      }
      const sha = await buildTree(baseTree as string | undefined, entries)
      return ok(await treeJson(sha, false), 201)
    }

    if (method === 'POST' && rest === '/git/commits') {
      const message = body_['message']
      const tree = body_['tree']
      const parents = body_['parents'] ?? []
      if (typeof message !== 'string')
        throw fail(422, 'Invalid request.\n\n"message" wasn\'t supplied.')
      if (typeof tree !== 'string' || (await objectType(tree)) !== 'tree')
        throw fail(422, 'Tree SHA does not exist')
      if (!Array.isArray(parents))
        throw fail(422, "Invalid request.\n\nFor 'properties/parents', not an array.")
      for (const p of parents)
        if (typeof p !== 'string' || (await objectType(p)) !== 'commit')
          throw fail(422, 'Parent SHA does not exist or is not a commit object')
      const person = (v: unknown): { name: string; email: string; date?: string } | undefined => {
        if (typeof v !== 'object' || v === null) return undefined
        const o = v as Record<string, unknown>
        if (typeof o['name'] !== 'string' || typeof o['email'] !== 'string')
          throw fail(
            422,
            'Invalid request.\n\n"name" and "email" are required for author and committer.'
          )
        return {
          name: o['name'],
          email: o['email'],
          ...(typeof o['date'] === 'string' ? { date: o['date'] } : {})
        }
      }
      const author = person(body_['author'])
      const committer = person(body_['committer'])
      // With no author and no committer GitHub writes the commit as the token's
      // identity and signs it itself: the commit shows as "Verified".
      const login = who?.login ?? 'ghost'
      const self: { name: string; email: string; date?: string } = {
        name: login,
        email: `${login === BOT.login ? BOT.id : 1}+${login}@users.noreply.github.com`
      }
      const a = author ?? committer ?? self
      const c = committer ?? author ?? self
      const now = new Date().toISOString()
      const env = {
        GIT_AUTHOR_NAME: a.name,
        GIT_AUTHOR_EMAIL: a.email,
        GIT_AUTHOR_DATE: a.date ?? now,
        GIT_COMMITTER_NAME: c.name,
        GIT_COMMITTER_EMAIL: c.email,
        GIT_COMMITTER_DATE: c.date ?? now
      }
      const args = ['commit-tree', tree, ...(parents as string[]).flatMap((p) => ['-p', p])]
      // `commit-tree` reads the message from stdin verbatim (no -m cleanup), like the API keeps it.
      const sha = (await git(args, message, env)).trim()
      if (!author && !committer && body_['signature'] === undefined) verified.add(sha)
      return ok(gitCommitJson(await readCommit(sha)), 201)
    }

    if (method === 'POST' && rest === '/git/refs') {
      // docs.github.com/rest/git/refs#create-a-reference: `ref` is fully qualified.
      const ref = body_['ref']
      const sha = body_['sha']
      if (typeof ref !== 'string' || typeof sha !== 'string')
        throw fail(422, 'Invalid request.\n\n"ref" and "sha" are required.')
      if (!/^refs\/heads\/./.test(ref) || ref.split('/').length < 3)
        throw fail(422, 'Reference name is not valid')
      const branch = ref.slice('refs/heads/'.length)
      if ((await objectType(sha)) !== 'commit') throw fail(422, 'Object does not exist')
      if (protectedBranches.has(branch))
        throw new HttpError(422, PROTECTED[protectedBranches.get(branch) ?? 'classic'](branch))
      // The empty old value makes git refuse a ref that exists: GitHub's "already exists".
      const created = await runGit(bareRepo, ['update-ref', ref, sha, ''])
      if (created.code !== 0) throw fail(422, 'Reference already exists')
      return {
        status: 201,
        body: refJson(branch, sha),
        headers: { location: `${baseUrl}/repos/${owner}/${repo}/git/refs/heads/${branch}` }
      }
    }

    if (method === 'DELETE' && (r = /^\/git\/refs\/(.+)$/.exec(rest))) {
      const ref = dec(r[1])
      const branch = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined
      const old = branch === undefined ? undefined : await branchHead(branch)
      if (branch === undefined || !old) throw fail(422, 'Reference does not exist')
      if (protectedBranches.has(branch))
        throw new HttpError(422, PROTECTED[protectedBranches.get(branch) ?? 'classic'](branch))
      await git(['update-ref', '-d', `refs/heads/${branch}`, old])
      return { status: 204, body: undefined }
    }

    if (method === 'PATCH' && (r = /^\/git\/refs\/(.+)$/.exec(rest))) {
      const ref = dec(r[1])
      if (!ref.startsWith('heads/')) throw fail(422, 'Reference does not exist')
      const branch = ref.slice('heads/'.length)
      const sha = body_['sha']
      const force = body_['force'] === true
      if (typeof sha !== 'string') throw fail(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
      const old = await branchHead(branch)
      if (!old) throw fail(422, 'Reference does not exist')
      if ((await objectType(sha)) !== 'commit') throw fail(422, 'Object does not exist')
      const protection = protectedBranches.get(branch)
      if (protection !== undefined) throw new HttpError(422, PROTECTED[protection](branch))
      if (
        !force &&
        (await runGit(bareRepo, ['merge-base', '--is-ancestor', old, sha])).code !== 0
      ) {
        throw fail(422, 'Update is not a fast forward', {
          documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference'
        })
      }
      const hook = refHooks.shift()
      if (hook) await hook()
      // Compare-and-swap: git refuses when the branch is no longer at `old`,
      // which is what GitHub reports when another push won the race.
      const cas = await runGit(bareRepo, ['update-ref', `refs/heads/${branch}`, sha, old])
      if (cas.code !== 0)
        throw fail(422, 'Update is not a fast forward', {
          documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference'
        })
      return ok(refJson(branch, sha))
    }

    if (method === 'GET' && (r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(r[1])
      return ok(
        paginate(url, commentsByIssue.get(issue) ?? [], res).map((c) => commentJson(issue, c))
      )
    }

    if (method === 'POST' && (r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(r[1])
      const text = body_['body']
      checkCommentBody(text)
      const c = storeComment(issue, text as string, {
        login: who?.login ?? 'ghost',
        type: who?.kind === 'installation' ? 'Bot' : 'User'
      })
      return {
        status: 201,
        body: commentJson(issue, c),
        headers: { location: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}` }
      }
    }

    if (
      (method === 'PATCH' || method === 'GET') &&
      (r = /^\/issues\/comments\/(\d+)$/.exec(rest))
    ) {
      const found = findComment(Number(r[1]))
      if (!found) throw notFound()
      if (method === 'PATCH') {
        checkCommentBody(body_['body'])
        found.comment.body = body_['body'] as string
        const t = commentTimes.get(found.comment.id)
        if (t) t.updated = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
      }
      return ok(commentJson(found.issue, found.comment))
    }

    throw notFound()
  }

  function checkCommentBody(text: unknown): void {
    if (typeof text !== 'string') throw fail(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
    if (text.length > COMMENT_MAX) {
      throw fail(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)'
          }
        ]
      })
    }
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  baseUrl = `http://127.0.0.1:${port}`

  return {
    url: baseUrl,
    bareRepo,
    owner,
    repo,
    token: Object.keys(tokens)[0] ?? DEFAULT_TOKEN,
    requests,
    failNext(f) {
      faults.push({ ...f, remaining: f.times ?? 1 })
    },
    beforeRefUpdate(hook) {
      refHooks.push(hook)
    },
    addPullRequest(pr) {
      pulls.set(pr.number, {
        number: pr.number,
        head: pr.head,
        base: pr.base,
        headRepoFork: pr.headRepoFork ?? false,
        title: pr.title ?? `PR ${pr.number}`,
        body: null,
        state: 'open',
        user: pr.headRepoFork ? 'fork-owner' : 'dana-dev'
      })
    },
    pullRequests() {
      return [...pulls.values()].map((pr) => ({ ...pr }))
    },
    protectBranch(branch, kind) {
      protectedBranches.set(branch, kind)
    },
    comments(issue) {
      return (commentsByIssue.get(issue) ?? []).map((c) => ({ ...c, user: { ...c.user } }))
    },
    addComment(issue, body, login) {
      return {
        ...storeComment(issue, body, { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' })
      }
    },
    pushFiles,
    git: (args) => git(args),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(root, { recursive: true, force: true })
    }
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function defaultFaultMessage(status: number): string {
  switch (status) {
    case 403:
      return 'Resource not accessible by integration'
    case 404:
      return 'Not Found'
    case 422:
      return 'Validation Failed'
    case 502:
      return 'Server Error'
    case 503:
      return 'Service Unavailable'
    default:
      return status >= 500 ? 'Server Error' : 'Error'
  }
}
