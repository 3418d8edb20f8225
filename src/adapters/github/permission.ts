/**
 * The one GitHub refusal callers act on: a 403 for a permission the
 * workflow's token lacks. Kept apart from Octokit so the action can recognise
 * it without loading the client.
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
