/**
 * What a workflow run is about, as change detection reads it: a push (with
 * its range), a pull request or a merge queue's group (base and head), or
 * anything else. The action
 * reads it from the runner's environment and the webhook payload.
 */

/** The `before` of a push that created its branch. */
export const ZERO_SHA = '0000000000000000000000000000000000000000'

export type RunEvent =
  | {
      readonly kind: 'push'
      readonly before: string
      readonly after: string
      /** Undefined when the push is to a tag. */
      readonly branch?: string
      readonly defaultBranch?: string
      readonly deleted: boolean
      /** A force push: `before` may not be an ancestor of `after`. */
      readonly forced: boolean
    }
  | {
      readonly kind: 'pull_request'
      readonly number: number
      readonly baseSha: string
      readonly headSha: string
      readonly baseRef: string
      readonly headRef: string
      /** The head lives in another repository: the token is read-only. */
      readonly fork: boolean
    }
  /**
   * A merge queue's group: `headSha` is the queue's commit (the base with the queued pull
   * requests merged in), `baseSha` the branch it will land on.
   */
  | {
      readonly kind: 'merge_group'
      readonly baseSha: string
      readonly headSha: string
      /** The branch the group lands on, e.g. `main`. */
      readonly baseRef: string
      /** The queue's temporary branch, e.g. `gh-readonly-queue/main/pr-104-…`. */
      readonly headRef: string
    }
  /** workflow_dispatch, schedule and anything else: every blueprint. */
  | { readonly kind: 'other'; readonly name: string; readonly branch?: string }
