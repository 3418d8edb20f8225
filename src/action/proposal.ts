/**
 * The documents of a protected branch as one pull request: the action's own
 * branch `blueprint-docs/<branch>` holds one commit on the branch's head with
 * the documents, and one open pull request from it into the branch says what
 * is in it. Later runs rebuild that branch on the new head and edit the same
 * pull request; once the branch's own documents are current, the pull request
 * is closed and its branch deleted.
 */
import type { FileChange, GitHubApi, PullRequestRef } from '../project/ports.js'
import { isChange, type Plan } from '../project/outcome.js'
import { safeInline } from '../engine/markdown.js'
import { messageOf, plural } from '../engine/text.js'
import { PermissionError } from '../project/ports.js'
import type { Reporter } from './reporter.js'
import { joinPrefix } from './paths.js'

/** The prefix of the action's own branches: the only refs it creates, resets or deletes. */
export const OWN_BRANCH_PREFIX = 'blueprint-docs/'

/** The action's branch for the documents of `branch`. */
export const ownBranch = (branch: string): string => `${OWN_BRANCH_PREFIX}${branch}`

/** A hidden line in the body: tells the action's pull request apart for a person reading its source. */
const BODY_MARKER = '<!-- blueprint-docs:pull-request -->'

/** What the proposal did, for the log, the summary and the `pull-request-url` output. */
export type Proposed =
  | { readonly kind: 'opened' | 'updated' | 'unchanged'; readonly pr: PullRequestRef }
  | { readonly kind: 'closed'; readonly pr: PullRequestRef }
  | { readonly kind: 'none' }

/** The pull request's body: what it holds, from which blueprints, and why it exists. */
export function proposalBody(options: {
  readonly branch: string
  readonly plan: Plan
  readonly prefix: string
}): string {
  const lines = options.plan.items.flatMap((item) => {
    const o = item.outcome
    if (!isChange(o)) return []
    const what = o.kind === 'created' ? 'new' : o.kind === 'updated' ? 'updated' : 'deleted'
    const source = item.landscape
      ? 'every blueprint'
      : safeInline(joinPrefix(options.prefix, item.blueprint), { style: 'code' })
    return [
      `- ${safeInline(joinPrefix(options.prefix, o.document), { style: 'code' })} (${what}) from ${source}`
    ]
  })
  const branch = safeInline(options.branch, { style: 'code' })
  return [
    BODY_MARKER,
    `${branch} is protected, so blueprint-docs keeps its regenerated architecture documents here. Merge this pull request to bring them up to date.`,
    '',
    `**${plural(lines.length, 'document')}:**`,
    '',
    ...lines,
    '',
    `Every run on ${branch} rebuilds this pull request on the branch's newest commit, and closes it once the documents there are current. Its branch, ${safeInline(ownBranch(options.branch), { style: 'code' })}, belongs to blueprint-docs: changes pushed to it are replaced.`,
    ''
  ].join('\n')
}

/** Puts `changes` on the action's branch on top of `parent` and opens or edits the one pull request. */
export async function propose(
  api: GitHubApi,
  options: {
    readonly branch: string
    readonly parent: string
    readonly title: string
    readonly body: string
    readonly changes: FileChange[]
    /** The open pull request, when the caller already looked it up. */
    readonly open: PullRequestRef | undefined
    readonly report: Reporter
  }
): Promise<Proposed> {
  const { branch, report } = options
  const head = ownBranch(branch)
  const pushed = await api.pushBranch({
    branch: head,
    parent: options.parent,
    message: options.title,
    changes: options.changes
  })
  if (pushed.kind === 'empty') return close(api, { branch, open: options.open, report })
  report.info(
    pushed.kind === 'unchanged'
      ? `${head} already holds these documents on ${options.parent.slice(0, 7)}`
      : `${pushed.kind === 'created' ? 'created' : 'rebuilt'} ${head} on ${options.parent.slice(0, 7)}: ${pushed.sha}`
  )
  let open = options.open
  if (open === undefined) {
    try {
      const pr = await api.createPullRequest({
        head,
        base: branch,
        title: options.title,
        body: options.body
      })
      return { kind: 'opened', pr }
    } catch (error) {
      // Another run opened it meanwhile: GitHub allows one open pull request per head and base.
      if (error instanceof PermissionError || !/already exists/i.test(messageOf(error))) throw error
      open = await api.findPullRequest(head, branch)
      if (open === undefined) throw error
    }
  }
  if (open.title === options.title && open.body === options.body && pushed.kind === 'unchanged')
    return { kind: 'unchanged', pr: open }
  const pr =
    open.title === options.title && open.body === options.body
      ? open
      : await api.updatePullRequest(open.number, { title: options.title, body: options.body })
  return { kind: 'updated', pr }
}

/** The documents of `branch` are current: its open pull request (if any) is closed and its branch deleted. */
export async function close(
  api: GitHubApi,
  options: {
    readonly branch: string
    readonly open: PullRequestRef | undefined
    readonly report: Reporter
  }
): Promise<Proposed> {
  const { open, branch } = options
  if (open === undefined) return { kind: 'none' }
  const pr = await api.updatePullRequest(open.number, { state: 'closed' })
  await api.deleteBranch(ownBranch(branch))
  options.report.info(
    `the documents on ${branch} are current: closed pull request #${pr.number} and deleted ${ownBranch(branch)}`
  )
  return { kind: 'closed', pr }
}
