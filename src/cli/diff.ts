/** `blueprint-docs diff [--base REF]`: the pull-request comment for the work tree, printed. */
import { buildComment } from '../engine/review/comment.js'
import { fromChanges, removedBlueprints, runtimeCandidates } from '../project/changes.js'
import { staleDocuments } from '../project/outcome.js'
import { plan } from '../project/plan.js'
import type { Repository } from '../project/repository.js'
import { buildReviews, landscapeReview } from '../project/review.js'
import { lazySystems } from '../project/systems.js'
import { runtimeOwners } from '../project/runtime.js'
import { EXIT, type CliIo } from './io.js'
import type { RuleSettings } from '../engine/rules/rule.js'
import { CONFIG_FILE } from '../project/config.js'
import { findingsOf } from '../project/findings.js'

/** The repository and options `diff` reviews the work tree with. */
export interface DiffOptions {
  readonly repository: Repository
  readonly globs: readonly string[]
  readonly output: string
  /** The ref to compare with; by default the remote's default branch, else main or master. */
  readonly base?: string
  /** The repository path of the template, when not the built-in one: a change to it means every blueprint. */
  readonly templatePath?: string
  /** The command that regenerates stale documents, as the comment names it. */
  readonly fix: string
  /** Repository path of the landscape document, when one is asked for. */
  readonly landscape?: string
  /** The repository's rule severities: the comment lists the findings the changes introduce. */
  readonly rules?: RuleSettings
}

const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']

/**
 * Prints the Markdown the pull-request comment would carry for the work
 * tree against its merge base with the base ref; exit 2 when there is no
 * git history or no such base.
 */
export async function diff(options: DiffOptions, io: CliIo): Promise<number> {
  const { repository } = options
  const git = repository.git
  if (!(await git.isRepository())) {
    io.stderr(
      'blueprint-docs: `diff` compares with git history; this folder is not a git repository\n'
    )
    return EXIT.invalid
  }
  const candidates = options.base !== undefined ? [options.base] : DEFAULT_BASES
  let baseRef: string | undefined
  for (const c of candidates) if ((baseRef = await git.resolve(c)) !== undefined) break
  const head = await git.resolve('HEAD')
  if (baseRef === undefined || head === undefined) {
    io.stderr(
      `blueprint-docs: cannot find the base ${options.base ?? '(origin/HEAD, main or master)'}; name it with --base REF\n`
    )
    return EXIT.invalid
  }
  const base = (await git.mergeBase(baseRef, head)) ?? baseRef
  const found = {
    files: await git.changes(base),
    base,
    source: `changes since ${base.slice(0, 7)}`
  }
  const changedRuntime = runtimeCandidates({ globs: options.globs, prefix: '.' }, found)
  const detected = fromChanges(
    {
      globs: options.globs,
      configFiles: [CONFIG_FILE, ...(options.templatePath ? [options.templatePath] : [])],
      prefix: '.',
      ...(changedRuntime.length > 0
        ? { owners: await runtimeOwners(repository.workspace, options.globs, changedRuntime) }
        : {})
    },
    found
  )
  // One load of every blueprint at the head, shared by the plan and the review, and only if asked.
  const systems = lazySystems({ workspace: repository.workspace, ...options })
  const planned = await plan({
    workspace: repository.workspace,
    globs: options.globs,
    output: options.output,
    template: repository.template,
    selection: detected.selection,
    generatedAt: (b) => repository.generatedAt(b),
    systems,
    ...(options.landscape ? { landscape: options.landscape } : {}),
    rules: options.rules ?? {}
  })
  const reviews = await buildReviews({
    plan: planned,
    readBase: (file) => git.show(base, file),
    renames: detected.renames,
    removed: removedBlueprints(detected),
    template: repository.template,
    output: options.output,
    systems,
    workspace: repository.workspace,
    baseFindings: (subject, base) => findingsOf(subject, { rules: options.rules ?? {}, ...base })
  })
  const landscape = await landscapeReview({
    plan: planned,
    readBase: (file) => git.show(base, file),
    readHead: (file) => repository.workspace.read(file)
  })
  const built = buildComment({
    tag: 'blueprint-docs',
    reviews,
    stale: staleDocuments(planned),
    fixCommand: options.fix,
    ...(landscape ? { landscape } : {})
  })
  io.stdout(`${built.body}\n`)
  return EXIT.ok
}
