/**
 * What the action reads from GitHub: the default branch, what changed between
 * two commits or in a pull request (with GitHub's silent 300- and 3,000-file
 * caps made explicit), where a branch points, when a file last changed, and a
 * file's raw bytes.
 */
import type { ChangedPath, GitHubApi } from '../../project/ports.js'
import { asApiError, type Client } from './client.js'

/** GitHub cuts `compare` at 300 files and `pulls/{n}/files` at 3,000, without an error. */
const COMPARE_FILE_CAP = 300
const PULL_FILES_CAP = 3000

/** The reading half of {@link GitHubApi}. */
export type Reads = Pick<
  GitHubApi,
  'defaultBranch' | 'compare' | 'pullRequestFiles' | 'headOf' | 'lastCommitTime' | 'readFile'
>

/**
 * The bytes of a raw response. We ask Octokit not to parse it: GitHub labels raw contents
 * `charset=utf-8` whatever they are, and Octokit then decodes them as text, which mangles binary
 * files. Strings and ArrayBuffers are accepted too, should a custom `fetch` or a future Octokit
 * parse after all.
 */
async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data === null || data === undefined) return new Uint8Array(0)
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ReadableStream) return new Uint8Array(await new Response(data).arrayBuffer())
  throw new Error(`unexpected raw response body (${Object.prototype.toString.call(data)})`)
}

/**
 * A repository path as a URL path: each segment percent-encoded on its own, so `#`, `?`, `%`,
 * spaces and non-ASCII letters survive and the slashes stay slashes.
 */
function encodePath(path: string): string {
  const segments = path.split('/')
  // Empty, `.` and `..` segments cannot name a file in git, and a URL parser would resolve the last
  // two (even as %2E%2E) to some other path.
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    throw new Error(`"${path}" is not a repository-relative file path`)
  return segments.map(encodeURIComponent).join('/')
}

/** Maps GitHub's file statuses onto ours: `copied` is a new path, `changed` (mode only) a modification. */
function toChangedPath(f: {
  filename: string
  status: string
  previous_filename?: string
}): ChangedPath | undefined {
  switch (f.status) {
    case 'added':
    case 'copied':
      return { path: f.filename, status: 'added' }
    case 'removed':
      return { path: f.filename, status: 'removed' }
    case 'renamed':
      return f.previous_filename !== undefined
        ? { path: f.filename, status: 'renamed', previousPath: f.previous_filename }
        : { path: f.filename, status: 'added' }
    case 'unchanged':
      return undefined
    default:
      return { path: f.filename, status: 'modified' }
  }
}

const changedPaths = (raw: Parameters<typeof toChangedPath>[0][]): ChangedPath[] =>
  raw.map(toChangedPath).filter((f): f is ChangedPath => f !== undefined)

/** The reads, over the shared client. */
export function reads({ octokit, owner, repo, call }: Client): Reads {
  return {
    async defaultBranch() {
      const r = await call('read the repository', 'contents: read', () =>
        octokit.rest.repos.get({ owner, repo })
      )
      return r.data.default_branch
    },

    async compare(base, head) {
      // Three dots: changes from the merge base, i.e. what `head` brings, not what `base` gained since.
      const r = await call(`compare ${base}...${head}`, 'contents: read', () =>
        octokit.rest.repos.compareCommitsWithBasehead({
          owner,
          repo,
          basehead: `${base}...${head}`
        })
      )
      const raw = r.data.files ?? []
      // GitHub says nothing when it cuts the list: exactly 300 files may be a cut list.
      const status =
        (['ahead', 'behind', 'diverged', 'identical'] as const).find((k) => k === r.data.status) ??
        'diverged'
      return { files: changedPaths(raw), complete: raw.length < COMPARE_FILE_CAP, status }
    },

    async pullRequestFiles(pullNumber) {
      const pr = await call(`read pull request #${pullNumber}`, 'pull-requests: read', () =>
        octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber })
      )
      const raw = await call(
        `list the files of pull request #${pullNumber}`,
        'pull-requests: read',
        () =>
          octokit.paginate(octokit.rest.pulls.listFiles, {
            owner,
            repo,
            pull_number: pullNumber,
            per_page: 100
          })
      )
      // `changed_files` tells the real count, so a cut list is known for sure, not guessed from 3,000.
      return {
        files: changedPaths(raw),
        complete: raw.length < PULL_FILES_CAP && raw.length >= pr.data.changed_files
      }
    },

    async headOf(branch) {
      const r = await call(`read branch ${branch}`, 'contents: read', () =>
        octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
      )
      return r.data.object.sha
    },

    async lastCommitTime(ref, path) {
      // The newest commit first, as `git log -1 -- path` gives it: one commit is all we need.
      const r = await call(`read the history of ${path}`, 'contents: read', () =>
        octokit.rest.repos.listCommits({ owner, repo, sha: ref, path, per_page: 1 })
      )
      const date = r.data[0]?.commit.committer?.date
      if (date === undefined || date === null) return undefined
      const time = new Date(date)
      return Number.isNaN(time.getTime()) ? undefined : time.toISOString().replace(/\.\d{3}Z$/, 'Z')
    },

    async readFile(ref, path) {
      const encoded = encodePath(path)
      return call(`read ${path} at ${ref}`, 'contents: read', async () => {
        let r: { headers: Record<string, string | number | undefined>; data: unknown }
        try {
          // `{+path}` keeps our per-segment encoding (Octokit's `{path}` would turn `/` into %2F).
          r = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', {
            owner,
            repo,
            path: encoded,
            ref,
            headers: { accept: 'application/vnd.github.raw+json' },
            request: { parseSuccessResponseBody: false }
          })
        } catch (e) {
          const err = asApiError(e)
          if (err?.status === 404) return undefined
          // Past 100 MB GitHub refuses with 403 "too_large": not a permission the workflow lacks.
          if (err?.status === 403 && /too.large/i.test(err.message))
            throw new Error(
              `${path} at ${ref} is too large to read through the GitHub API (over 100 MB)`
            )
          throw e
        }
        // A raw answer is `application/vnd.github.raw…`; plain JSON means there was no file to give
        // raw: GitHub answers a folder with its listing, a submodule or a dangling link with an object.
        const type = String(r.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase()
        if (type === 'application/json') {
          if (r.data instanceof ReadableStream) await r.data.cancel()
          return undefined
        }
        return toBytes(r.data)
      })
    }
  }
}
