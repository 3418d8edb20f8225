/**
 * Comment mode: one sticky comment per pull request and `comment-tag`,
 * edited in place on every run. A token that may not write (a fork's) is not
 * a failure: the review goes to the job summary with a warning.
 */
import type { Detected } from '../project/changes.js'
import { removedBlueprints } from '../project/changes.js'
import type { Plan } from '../project/outcome.js'
import { PermissionError } from '../project/ports.js'
import { joinPrefix } from './paths.js'
import { FORK_TOKEN, type ActionDeps } from './mode.js'

/** Options of {@link postComment}. */
export interface CommentOptions {
  readonly plan: Plan
  readonly detected: Detected
  /** Committed documents that are out of date. */
  readonly stale: readonly { document: string; blueprint: string }[]
  /** The command that regenerates them. */
  readonly fix: string
}

/** What comment mode did: the comment's URL when there is one, and the summary section (the whole review). */
export interface Commented {
  readonly url?: string
  readonly summary: string
}

/** Builds the review of the pull request and posts it as the sticky comment, or updates it. */
export async function postComment(
  deps: ActionDeps,
  { plan, detected, stale, fix }: CommentOptions
): Promise<Commented> {
  const { context, report, config, git } = deps
  const event = context.event
  if (event.kind !== 'pull_request') return { summary: '' }
  const [
    { buildReviews, buildComment, commentMarker, findingsOf, landscapeReview, lazySystems },
    repository
  ] = await Promise.all([deps.heavy(), deps.repository()])
  const base = detected.base ?? event.baseSha
  const readBase = async (file: string) => {
    const repoPath = joinPrefix(deps.prefix, file)
    if (await git.hasCommit(base)) return git.show(base, repoPath)
    return (await deps.api()).readFile(base, repoPath)
  }
  // Files with marked regions are no blueprints to review: the comment lists them as stale
  // documents, with the command that fixes them.
  const blueprintsOnly = { ...plan, items: plan.items.filter((i) => i.region === undefined) }
  const reviews = await buildReviews({
    plan: blueprintsOnly,
    readBase,
    renames: detected.renames,
    removed: removedBlueprints(detected),
    template: repository.template,
    output: config.settings.output,
    systems: lazySystems({
      workspace: repository.workspace,
      globs: config.settings.globs,
      output: config.settings.output
    }),
    workspace: repository.workspace,
    baseFindings: (subject, base) => findingsOf(subject, { rules: config.settings.rules, ...base })
  })
  const landscape = await landscapeReview({
    plan,
    readBase,
    readHead: (file) => repository.workspace.read(file)
  })
  const built = buildComment({
    tag: config.commentTag,
    reviews,
    stale,
    fixCommand: fix,
    ...(landscape ? { landscape } : {}),
    ...(context.runUrl ? { summaryUrl: context.runUrl } : {})
  })
  const marker = commentMarker(config.commentTag)
  const summary = `### Pull-request comment\n\n${built.full}\n`
  try {
    const api = await deps.api()
    const existing = await api.findStickyComment(event.number, marker)
    if (existing) {
      if (sameComment(existing.body, built.body)) {
        report.info(`the comment is already up to date: ${existing.url}`)
        return { url: existing.url, summary }
      }
      const updated = await api.updateComment(existing.id, built.body)
      report.info(`updated the comment in place (${built.tier}): ${updated.url}`)
      return { url: updated.url, summary }
    }
    if (reviews.length === 0 && stale.length === 0) {
      report.info('no architecture or document changes and no earlier comment: nothing to post')
      return { summary }
    }
    const created = await api.createComment(event.number, built.body)
    report.info(`posted the comment (${built.tier}): ${created.url}`)
    return { url: created.url, summary }
  } catch (error) {
    if (error instanceof PermissionError) {
      // A fork's read-only token is the normal case, not a failure: the review is in the job summary.
      report.warning(`${error.message}\n${FORK_TOKEN}\nThe review is in the job summary instead.`)
      return { summary }
    }
    throw error
  }
}

/**
 * Would editing change what readers see? Only the link to this run's job summary differs between
 * two runs of the same review: editing for it alone would notify every subscriber and mark the
 * comment "edited" for nothing (the earlier run's summary holds the same review).
 */
export function sameComment(before: string, after: string): boolean {
  const unlinked = (body: string) => body.replace(/\[job summary\]\([^)\s]*\)/g, '[job summary]')
  return before === after || unlinked(before) === unlinked(after)
}
