/**
 * The action's own pull request, for a branch it may not write: its branch
 * (created, or reset — the only ref the action ever resets), finding the open
 * pull request from that branch, opening, editing and closing it.
 */
import type { GitHubApi, PullRequestRef } from '../../project/ports.js'
import { asApiError, type Client } from './client.js'
import { makeCommit } from './commit.js'
import { PermissionError } from '../../project/ports.js'

/** GitHub's 403 when the repository does not let workflows open pull requests at all. */
const ACTIONS_MAY_NOT_OPEN = /not permitted to create or approve pull requests/i

type PullData = { number: number; html_url: string; title: string; body?: string | null }

const asRef = (pr: PullData): PullRequestRef => ({
  number: pr.number,
  url: pr.html_url,
  title: pr.title,
  body: pr.body ?? ''
})

/** The pull-request calls of {@link GitHubApi}, over the shared client. */
export function pulls(
  client: Client
): Pick<
  GitHubApi,
  'pushBranch' | 'deleteBranch' | 'findPullRequest' | 'createPullRequest' | 'updatePullRequest'
> {
  const { octokit, owner, repo, call } = client
  /** The repository setting is a different fix from `permissions:`: say which. */
  const pullCall = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await call(operation, 'pull-requests: write', fn)
    } catch (error) {
      if (error instanceof PermissionError && ACTIONS_MAY_NOT_OPEN.test(error.message))
        throw new Error(
          `${error.message}\nThe repository (or its organization) also does not allow GitHub Actions to create pull requests: ` +
            'turn on "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General, or give the step a token that may.'
        )
      throw error
    }
  }
  return {
    pushBranch: ({ branch, parent, message, changes }) =>
      call(`write the branch ${branch}`, 'contents: write', async () => {
        const current = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }).then(
          (r) => r.data.object.sha,
          (e: unknown) => {
            if (asApiError(e)?.status === 404) return undefined
            throw e
          }
        )
        const made = await makeCommit(client, { branch, parent, message, changes })
        if (made.kind === 'unchanged') return { kind: 'empty' } as const
        if (current !== undefined) {
          // The same documents on the same head: keep the branch as it is (no new commit, no
          // notification for the pull request's watchers).
          const was = await octokit.rest.git.getCommit({ owner, repo, commit_sha: current })
          if (
            was.data.tree.sha === made.tree &&
            was.data.parents.length === 1 &&
            was.data.parents[0]?.sha === parent
          )
            return { kind: 'unchanged', sha: current } as const
          // The action's own branch, rebuilt on the new head: a reset, never of anyone else's ref.
          await octokit.rest.git.updateRef({
            owner,
            repo,
            ref: `heads/${branch}`,
            sha: made.sha,
            force: true
          })
          return { kind: 'updated', sha: made.sha } as const
        }
        await octokit.rest.git.createRef({
          owner,
          repo,
          ref: `refs/heads/${branch}`,
          sha: made.sha
        })
        return { kind: 'created', sha: made.sha } as const
      }),

    deleteBranch: (branch) =>
      call(`delete the branch ${branch}`, 'contents: write', async () => {
        try {
          await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` })
        } catch (e) {
          // Already gone (GitHub deletes a merged pull request's branch when the repository says so).
          const status = asApiError(e)?.status
          if (status !== 422 && status !== 404) throw e
        }
      }),

    findPullRequest: (head, base) =>
      call(`list the pull requests from ${head}`, 'pull-requests: read', async () => {
        const listed = await octokit.rest.pulls.list({
          owner,
          repo,
          head: `${owner}:${head}`,
          base,
          state: 'open',
          per_page: 10
        })
        const found = listed.data[0]
        return found === undefined ? undefined : asRef(found)
      }),

    createPullRequest: ({ head, base, title, body }) =>
      pullCall(`open a pull request into ${base}`, async () =>
        asRef((await octokit.rest.pulls.create({ owner, repo, head, base, title, body })).data)
      ),

    updatePullRequest: (number, changes) =>
      pullCall(`update pull request #${number}`, async () =>
        asRef(
          (
            await octokit.rest.pulls.update({
              owner,
              repo,
              pull_number: number,
              ...changes
            })
          ).data
        )
      )
  }
}
