/**
 * Commit mode: the plan's changes as one commit through the GitHub API, and
 * the retry loop for a branch that moved meanwhile — read what changed on
 * it, regenerate on the new head, try again, a bounded number of times.
 * Never forces. A protected branch (or `mode: pull-request`) gets the
 * documents as one pull request from the action's own branch instead.
 */
import type { FileChange, PullRequestRef, Workspace } from '../project/ports.js'
import type { Plan } from '../project/outcome.js'
import { safeInline } from '../engine/markdown.js'
import { PermissionError } from '../project/ports.js'
import { joinPrefix } from './paths.js'
import { FORK_TOKEN, type ActionDeps } from './mode.js'
import { messageOf, plural } from '../engine/text.js'
import {
  close,
  OWN_BRANCH_PREFIX,
  ownBranch,
  propose,
  proposalBody,
  type Proposed
} from './proposal.js'

/** How often the documents are regenerated on a moved branch before the run gives up. */
export const MAX_COMMIT_ATTEMPTS = 4

/** What commit mode did: the plan it ended with, and the commit when one was made. */
export interface Committed {
  readonly plan: Plan
  readonly sha?: string
  readonly summary: string
  /** The token may not write (a fork): the comment shows the documents instead. */
  readonly fallBackToComment: boolean
  /** The open pull request that holds the documents (a protected branch). */
  readonly pullRequestUrl?: string
}

/** Options of {@link commitDocuments}. */
export interface CommitOptions {
  /** The plan on the checkout. */
  readonly plan: Plan
  /**
   * The same selection planned again on another workspace (the moved branch's files), or every
   * blueprint (`all`) on it or on the checkout.
   */
  readonly replan: (workspace: Workspace | undefined, options: { all: boolean }) => Promise<Plan>
  /** `mode: pull-request`: straight to the pull request, without trying the branch. */
  readonly viaPullRequest: boolean
  /**
   * Whether a run with nothing to commit asks GitHub for the action's open pull request (to
   * close it when the documents are current, or to bring it up to date). Off when nothing this
   * run saw could have touched the documents: the common push then makes no API call.
   */
  readonly lookForPullRequest: boolean
  /** True when `plan` already covers every blueprint. */
  readonly planIsAll: boolean
}

/** Commit mode ends here, its summary section saying why. */
const done = (plan: Plan, summary: string): Committed => ({
  plan,
  summary: `### Commit\n\n${summary}\n`,
  fallBackToComment: false
})

/** Commit mode cannot write: the comment takes over. */
const toComment = (plan: Plan, summary: string): Committed => ({
  ...done(plan, summary),
  fallBackToComment: true
})

/** Commits the plan's changes to the run's branch through the Git Data API, or to the action's pull request. */
export async function commitDocuments(
  deps: ActionDeps,
  options: CommitOptions
): Promise<Committed> {
  const { context, report, config } = deps
  const { replan } = options
  const event = context.event
  if (event.kind === 'merge_group') {
    report.warning(
      "a merge queue's branch belongs to GitHub: nothing is committed to it (check mode is what a merge queue runs)"
    )
    return done(options.plan, "A merge queue's group: nothing committed.")
  }
  const target =
    event.kind === 'push'
      ? { branch: event.branch, parent: event.after }
      : event.kind === 'pull_request'
        ? { branch: event.headRef, parent: event.headSha }
        : { branch: event.branch, parent: context.sha }
  if (event.kind === 'pull_request' && event.fork) {
    report.warning(
      'this pull request comes from a fork, whose token is read-only: no commit; the changes go to the comment instead'
    )
    return toComment(
      options.plan,
      'Not possible from a fork: the documents are shown in the comment instead.'
    )
  }
  if (target.branch === undefined) {
    report.warning('this run is not on a branch (a tag?): nothing to commit to')
    return done(options.plan, 'Not on a branch: nothing committed.')
  }
  const branch = target.branch
  // Loop safety: the action's own branch holds documents it generated itself; a run there (a push
  // made with a personal token, or its pull request) must neither commit nor propose anything.
  if (branch.startsWith(OWN_BRANCH_PREFIX)) {
    report.info(`${branch} is blueprint-docs' own branch: nothing to commit there`)
    return done(options.plan, `\`${branch}\` is blueprint-docs' own branch: nothing committed.`)
  }

  let current = options.plan
  let parent = target.parent
  let workspace: Workspace | undefined
  let all = options.planIsAll
  let viaPullRequest = options.viaPullRequest
  // The action's open pull request, once asked for (undefined inside: asked, none open).
  let open: { pr: PullRequestRef | undefined } | undefined
  const findOpen = async (tolerant: boolean) => {
    if (open !== undefined) return open.pr
    const api = await deps.api()
    try {
      open = { pr: await api.findPullRequest(ownBranch(branch), branch) }
    } catch (error) {
      // A plain commit-mode workflow may lack `pull-requests: read`: then it has no such pull request either.
      if (!tolerant || !(error instanceof PermissionError)) throw error
      report.info(`could not look for blueprint-docs' pull request (${messageOf(error)})`)
      open = { pr: undefined }
    }
    return open.pr
  }
  const proposalSummary = (proposed: Proposed): Committed => {
    if (proposed.kind === 'none') return done(current, 'Every document is up to date: no commit.')
    const link = `[#${proposed.pr.number}](${proposed.pr.url})`
    if (proposed.kind === 'closed')
      return done(
        current,
        `Every document on \`${branch}\` is up to date: closed pull request ${link} and deleted its branch.`
      )
    const verb =
      proposed.kind === 'opened' ? 'Opened' : proposed.kind === 'updated' ? 'Updated' : 'Unchanged:'
    report.notice(
      `${branch} is protected: the regenerated documents are in pull request #${proposed.pr.number}, ${proposed.pr.url}`
    )
    return {
      ...done(
        current,
        `\`${branch}\` is protected: ${verb} pull request ${link} with the documents.\n\n${listOf(fileChanges(current, deps.prefix))}`
      ),
      pullRequestUrl: proposed.pr.url
    }
  }

  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
    let changes = fileChanges(current, deps.prefix)
    if (changes.length === 0 && (viaPullRequest || options.lookForPullRequest)) {
      const pr = await findOpen(!viaPullRequest)
      if (pr !== undefined && !all) {
        // The pull request may hold documents of blueprints this run did not select.
        report.info(`pull request #${pr.number} is open: regenerating every blueprint`)
        current = await replan(workspace, { all: true })
        all = true
        changes = fileChanges(current, deps.prefix)
        if (changes.length > 0) viaPullRequest = true
      }
      if (changes.length === 0)
        return proposalSummary(await close(await deps.api(), { branch, open: pr, report }))
    }
    if (changes.length === 0) {
      report.info(
        attempt === 1
          ? 'every document is up to date: no commit'
          : 'after the branch moved, every document is up to date: no commit'
      )
      return done(current, 'Every document is up to date: no commit.')
    }
    const api = await deps.api()
    let moved: boolean
    if (!viaPullRequest) {
      let outcome
      try {
        outcome = await api.commitFiles({
          branch,
          parent,
          message: config.commitMessage,
          changes
        })
      } catch (error) {
        if (error instanceof PermissionError && event.kind === 'pull_request') {
          report.warning(`${error.message}\n${FORK_TOKEN}\nThe changes go to the comment instead.`)
          return toComment(
            current,
            'The token may not write: the documents are shown in the comment instead.'
          )
        }
        throw error
      }
      if (outcome.kind === 'committed') {
        report.info(
          `committed ${plural(changes.length, 'document change')} to ${branch}: ${outcome.sha}`
        )
        return {
          ...done(current, `Committed ${outcome.sha} to \`${branch}\`:\n\n${listOf(changes)}`),
          sha: outcome.sha
        }
      }
      if (outcome.kind === 'unchanged') {
        report.info('the branch already holds these documents: no commit')
        return done(current, 'The branch already holds these documents: no commit.')
      }
      if (outcome.kind === 'protected') {
        report.info(
          `${branch} is protected (GitHub: ${outcome.reason}): the documents go to a pull request instead`
        )
        viaPullRequest = true
      }
      moved = outcome.kind === 'moved'
    } else moved = false
    let head = parent
    if (viaPullRequest) {
      head = await api.headOf(branch)
      const pr = await findOpen(false)
      if (pr !== undefined && !all) {
        report.info(`pull request #${pr.number} is open: regenerating every blueprint`)
        current = await replan(workspace, { all: true })
        all = true
        changes = fileChanges(current, deps.prefix)
      }
      if (head === parent) {
        if (changes.length === 0)
          return proposalSummary(await close(api, { branch, open: pr, report }))
        return proposalSummary(
          await propose(api, {
            branch,
            parent,
            title: config.commitMessage,
            body: proposalBody({ branch, plan: current, prefix: deps.prefix }),
            changes,
            open: pr,
            report
          })
        )
      }
      moved = true
    } else if (moved) head = await api.headOf(branch)
    if (!moved) continue
    report.info(
      `${branch} moved from ${parent.slice(0, 7)} to ${head.slice(0, 7)} meanwhile: regenerating on the new head (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS})`
    )
    const compared = await api.compare(parent, head)
    if (!compared.complete) {
      // Past the API's 300 files we cannot know which blueprints moved with it: regenerating on a
      // half-known head could commit documents of old blueprints. Better no commit than a wrong one.
      throw new Error(
        `${branch} moved by more files than the compare API lists (300) meanwhile: nothing committed (the next run regenerates on the new head)`
      )
    }
    const [{ overlayWorkspace }, repository] = await Promise.all([deps.heavy(), deps.repository()])
    workspace = overlayWorkspace({
      base: repository.workspace,
      prefix: deps.prefix,
      changed: compared.files,
      read: (file) => api.readFile(head, file)
    })
    current = await replan(workspace, { all })
    parent = head
  }
  throw new Error(
    `${branch} kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`
  )
}

/** The changes as a Markdown list for the summary. */
function listOf(changes: readonly FileChange[]): string {
  // Paths come from blueprint file names: a backtick in one must not end the code span early.
  return changes
    .map((c) => `- ${'delete' in c ? 'deleted' : 'wrote'} ${safeInline(c.path, { style: 'code' })}`)
    .join('\n')
}

/** The plan's document changes as commit entries, with repository paths. */
function fileChanges(planned: Plan, prefix: string): FileChange[] {
  return planned.items.flatMap((i): FileChange[] => {
    const o = i.outcome
    if (o.kind === 'created' || o.kind === 'updated')
      return [{ path: joinPrefix(prefix, o.document), content: o.rendered.text }]
    if (o.kind === 'deleted') return [{ path: joinPrefix(prefix, o.document), delete: true }]
    return []
  })
}
