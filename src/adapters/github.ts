/**
 * The action's one door to the GitHub REST API.
 *
 * {@link createGitHubApi} implements the project's {@link GitHubApi} with
 * Octokit (`@actions/github`) plus the retry and throttling plugins.
 * Everything GitHub-specific — the 300- and 3,000-file caps, "Update is not a
 * fast forward", the sticky comment's author, what a 403 means — is decided
 * in the parts under `github/`, so callers see plain outcomes.
 */
import type { GitHubApi } from '../project/ports.js'
import { createClient, type GitHubApiOptions } from './github/client.js'
import { comments } from './github/comments.js'
import { commitFiles } from './github/commit.js'
import { pulls } from './github/pulls.js'
import { reads } from './github/reads.js'

export type { GitHubApiOptions, GitHubLog } from './github/client.js'

/** Builds the Octokit-backed {@link GitHubApi}. No request is made until a method is called. */
export function createGitHubApi(opts: GitHubApiOptions): GitHubApi {
  const client = createClient(opts)
  return {
    ...reads(client),
    commitFiles: commitFiles(client),
    ...pulls(client),
    ...comments(client, opts.botLogin)
  }
}
