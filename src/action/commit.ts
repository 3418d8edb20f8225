/**
 * Commit mode: the plan's changes as one commit through the GitHub API, and
 * the retry loop for a branch that moved meanwhile — read what changed on
 * it, regenerate on the new head, try again, a bounded number of times.
 * Never forces.
 */
import type { FileChange, Workspace } from '../project/ports.js'
import type { Plan } from '../project/outcome.js'
import { safeInline } from '../engine/markdown.js'
import { PermissionError } from '../project/ports.js'
import { joinPrefix } from './paths.js'
import { FORK_TOKEN, type ActionDeps } from './mode.js'
import { plural } from '../engine/text.js'

/** How often the documents are regenerated on a moved branch before the run gives up. */
export const MAX_COMMIT_ATTEMPTS = 4

/** What commit mode did: the plan it ended with, and the commit when one was made. */
export interface Committed {
  readonly plan: Plan
  readonly sha?: string
  readonly summary: string
  /** The token may not write (a fork): the comment shows the documents instead. */
  readonly fallBackToComment: boolean
}

/** Options of {@link commitDocuments}. */
export interface CommitOptions {
  /** The plan on the checkout. */
  readonly plan: Plan
  /** The same selection planned again on another workspace: the moved branch's files. */
  readonly replan: (workspace: Workspace) => Promise<Plan>
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

/** Commits the plan's changes to the run's branch through the Git Data API. */
export async function commitDocuments(
  deps: ActionDeps,
  { plan: first, replan }: CommitOptions
): Promise<Committed> {
  const { context, report, config } = deps
  const event = context.event
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
      first,
      'Not possible from a fork: the documents are shown in the comment instead.'
    )
  }
  if (target.branch === undefined) {
    report.warning('this run is not on a branch (a tag?): nothing to commit to')
    return done(first, 'Not on a branch: nothing committed.')
  }
  let current = first
  let parent = target.parent
  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
    const changes = fileChanges(current, deps.prefix)
    if (changes.length === 0) {
      report.info(
        attempt === 1
          ? 'every document is up to date: no commit'
          : 'after the branch moved, every document is up to date: no commit'
      )
      return done(current, 'Every document is up to date: no commit.')
    }
    const api = await deps.api()
    let outcome
    try {
      outcome = await api.commitFiles({
        branch: target.branch,
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
        `committed ${plural(changes.length, 'document change')} to ${target.branch}: ${outcome.sha}`
      )
      // Paths come from blueprint file names: a backtick in one must not end the code span early.
      const list = changes
        .map(
          (c) => `- ${'delete' in c ? 'deleted' : 'wrote'} ${safeInline(c.path, { style: 'code' })}`
        )
        .join('\n')
      return {
        ...done(current, `Committed ${outcome.sha} to \`${target.branch}\`:\n\n${list}`),
        sha: outcome.sha
      }
    }
    if (outcome.kind === 'unchanged') {
      report.info('the branch already holds these documents: no commit')
      return done(current, 'The branch already holds these documents: no commit.')
    }
    const head = await api.headOf(target.branch)
    report.info(
      `${target.branch} moved from ${parent.slice(0, 7)} to ${head.slice(0, 7)} meanwhile: regenerating on the new head (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS})`
    )
    const moved = await api.compare(parent, head)
    if (!moved.complete) {
      // Past the API's 300 files we cannot know which blueprints moved with it: regenerating on a
      // half-known head could commit documents of old blueprints. Better no commit than a wrong one.
      throw new Error(
        `${target.branch} moved by more files than the compare API lists (300) meanwhile: nothing committed (the next run regenerates on the new head)`
      )
    }
    const [{ overlayWorkspace }, repository] = await Promise.all([deps.heavy(), deps.repository()])
    current = await replan(
      overlayWorkspace({
        base: repository.workspace,
        prefix: deps.prefix,
        changed: moved.files,
        read: (file) => api.readFile(head, file)
      })
    )
    parent = head
  }
  throw new Error(
    `${target.branch} kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`
  )
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
