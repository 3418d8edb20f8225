/**
 * The sticky comment's calls: find ours (by marker and by author, through
 * every page), create one, update one in place.
 */
import type { GitHubApi } from '../../project/ports.js'
import { asApiError, type Client } from './client.js'

/** The author of every comment made with the workflow's `GITHUB_TOKEN`. */
const DEFAULT_BOT = 'github-actions[bot]'

/** The comment half of {@link GitHubApi}. */
export type Comments = Pick<GitHubApi, 'findStickyComment' | 'createComment' | 'updateComment'>

/** The comment calls, over the shared client; `botLogin` is who we are when `GET /user` is refused. */
export function comments(client: Client, botLogin = DEFAULT_BOT): Comments {
  const { octokit, owner, repo, call, redact } = client

  let selfLogin: Promise<string> | undefined
  /** Our login. Installation tokens (the workflow's GITHUB_TOKEN) may not call `GET /user`: 403 means we are the bot. */
  function whoAmI(): Promise<string> {
    selfLogin ??= octokit.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      (e: unknown) => {
        const err = asApiError(e)
        if (err?.status === 403) return botLogin
        selfLogin = undefined
        throw new Error(
          redact(
            `GitHub API: could not find out who the token belongs to: ${err ? `${err.status} ${err.message}` : String(e)}`
          )
        )
      }
    )
    return selfLogin
  }

  return {
    async findStickyComment(issue, marker) {
      const me = await whoAmI()
      const all = await call(`list the comments of #${issue}`, 'pull-requests: read', () =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100
        })
      )
      // Anyone can paste the marker into a comment: only one we wrote counts.
      const ours = all.find((c) => c.user?.login === me && (c.body ?? '').includes(marker))
      return ours ? { id: ours.id, body: ours.body ?? '', url: ours.html_url } : undefined
    },

    async createComment(issue, body) {
      const r = await call(`comment on #${issue}`, 'pull-requests: write', () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
      )
      return { id: r.data.id, url: r.data.html_url }
    },

    async updateComment(id, body) {
      const r = await call(`update comment ${id}`, 'pull-requests: write', () =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
      )
      return { id: r.data.id, url: r.data.html_url }
    }
  }
}
