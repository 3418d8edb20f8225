/**
 * The action's job, phase by phase: which blueprints, plan, then each mode
 * (commit, comment, check), the job summary and the outputs. Everything that
 * touches the world comes in through {@link ActionDeps}; main.ts wires the
 * real ones.
 */
import path from 'node:path'
import type { PermissionError } from '../adapters/github.js'
import type { FileChange, Git, GitHubApi, Workspace } from '../project/ports.js'
import { detectChanges, removedBlueprints, type Detected } from '../project/changes.js'
import { formatProblem, type Problem } from '../engine/model.js'
import { DEFAULT_BLUEPRINT_GLOBS } from '../engine/paths.js'
import type { RunContext } from './event.js'
import { OUTPUT, resolveModes, type Config, type Mode } from './inputs.js'
import {
  isChange,
  problemsOf,
  staleDocuments,
  type Plan,
  type PlannedBlueprint
} from '../project/outcome.js'
import type { Selection } from '../project/plan.js'
import type { Repository } from '../project/repository.js'

/** What the action says to the runner: logs, annotations, outputs, summary. */
export interface Reporter {
  info(message: string): void
  warning(message: string, where?: { file: string; line?: number; col?: number }): void
  error(message: string, where?: { file: string; line?: number; col?: number }): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  setOutput(name: string, value: string): void
  summary(markdown: string): Promise<void>
}

export interface ActionDeps {
  readonly config: Config
  readonly context: RunContext
  /** The local clone, for what changed. */
  readonly git: Git
  /**
   * The repository's files, template and clock, opened on first use: a run whose changes touch no
   * blueprint never opens it, and never loads the engine behind it (start-up, issue 6).
   */
  readonly repository: () => Promise<Repository>
  /** The GitHub API; main.ts passes one that loads Octokit on its first call, for the same reason. */
  readonly api: GitHubApi
  readonly report: Reporter
  /** Repository-relative working directory (`.` for the root). */
  readonly prefix: string
}

/** The result: failed when a blueprint was invalid or a check found stale documents. */
export interface ActionResult {
  readonly failed: boolean
}

const MAX_COMMIT_ATTEMPTS = 4

/** Said with a refused write on a pull request, where a fork is the usual reason (not on a push). */
const FORK_TOKEN =
  'A pull request from a fork always gets a read-only token, whatever the workflow asks for.'

export async function runAction(deps: ActionDeps): Promise<ActionResult> {
  const { report } = deps
  const state: RunState = {
    summary: ['## Architecture docs (blueprint-docs)\n'],
    commitSha: '',
    changedDocs: [],
    commentUrl: '',
    stale: [],
    failed: false
  }
  try {
    await runModes(deps, state)
  } catch (error) {
    // Whatever went wrong, the summary and the outputs still tell what was done before it.
    const message = error instanceof Error ? error.message : String(error)
    report.error(message)
    state.summary.push(
      `### Failed\n\n${message
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n`
    )
    state.failed = true
  }
  const problems = state.plan ? problemsOf(state.plan) : []
  if (problems.length > 0) state.summary.push(await problemSummary(problems))
  await report.summary(state.summary.join('\n'))

  report.setOutput(OUTPUT.blueprints, JSON.stringify(state.plan?.blueprints ?? []))
  report.setOutput(OUTPUT.changedDocs, JSON.stringify(state.changedDocs))
  report.setOutput(OUTPUT.staleDocs, JSON.stringify(state.stale.map((s) => s.document)))
  report.setOutput(OUTPUT.commitSha, state.commitSha)
  report.setOutput(OUTPUT.commentUrl, state.commentUrl)

  if (problems.length > 0)
    report.error(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in blueprints or their documents; see the annotations`
    )
  return { failed: state.failed || problems.length > 0 }
}

/** What a run has done so far: enough to write the summary and the outputs at any point. */
interface RunState {
  readonly summary: string[]
  plan?: Plan
  commitSha: string
  /** Documents this run created, updated or deleted (in a commit): none in comment or check mode. */
  changedDocs: string[]
  commentUrl: string
  stale: { document: string; blueprint: string }[]
  failed: boolean
}

/**
 * The command that fixes stale documents, with this run's options. Only comment and check print it,
 * and it lives beside the document diff (the `diff` library), so it is loaded only then.
 */
async function fixCommandOf(config: Config): Promise<string> {
  const { fixCommand } = await import('../project/stale.js')
  const { VERSION } = await import('../project/version.js')
  return fixCommand(
    {
      ...(config.globs.join('\n') !== DEFAULT_BLUEPRINT_GLOBS.join('\n')
        ? { blueprints: [...config.globs] }
        : {}),
      output: config.output,
      ...(config.template ? { template: config.template } : {})
    },
    { version: VERSION }
  )
}

async function runModes(deps: ActionDeps, state: RunState): Promise<void> {
  const { config, context, report } = deps
  const modes = chooseModes(deps)

  const detected = await report.group('Which blueprints', async () => {
    const found = await detectChanges({
      event: context.event,
      all: config.all,
      globs: config.globs,
      git: deps.git,
      api: deps.api,
      configFiles: [
        ...(config.template ? [joinPrefix(deps.prefix, config.template)] : []),
        ...(context.workflowFile ? [context.workflowFile] : [])
      ],
      prefix: deps.prefix
    })
    report.info(found.reason)
    return found
  })

  let planned = await report.group('Generate', async () => {
    const p = await makePlan(deps, detected.selection)
    for (const item of p.items) report.info(describe(item))
    return p
  })
  state.plan = planned
  state.stale = staleDocuments(planned)
  state.summary.push(reasonLine(detected, planned))
  annotateProblems(problemsOf(planned), report, deps.prefix)

  if (modes.has('commit')) {
    const committed = await report.group('Commit', () =>
      commitDocuments(deps, planned, detected.selection)
    )
    planned = state.plan = committed.plan
    state.commitSha = committed.sha ?? ''
    state.summary.push(committed.summary)
    if (committed.sha !== undefined) {
      const { apply } = await import('../project/plan.js')
      state.changedDocs = await apply((await deps.repository()).workspace, planned)
      state.stale = []
    }
    if (committed.fallBackToComment) modes.add('comment')
  }

  if (modes.has('comment')) {
    const commented = await report.group('Comment', async () =>
      postComment(deps, planned, detected, state.stale, await fixCommandOf(config))
    )
    state.commentUrl = commented.url ?? ''
    state.summary.push(commented.summary)
  }

  if (modes.has('check')) {
    // What is stale is what state.stale says: after a commit in the same run, nothing.
    const stale = state.stale.length === 0 ? [] : planned.items.filter((i) => isChange(i.outcome))
    const fix = stale.length > 0 ? await fixCommandOf(config) : ''
    state.summary.push(await checkSummary(stale, fix))
    for (const s of state.stale) {
      report.error(
        `${s.document} is out of date with its blueprint ${s.blueprint}; run \`${fix}\` and commit the result`,
        { file: joinPrefix(deps.prefix, s.document) }
      )
      report.error(
        `the document of this blueprint, ${s.document}, is out of date; run \`${fix}\``,
        { file: joinPrefix(deps.prefix, s.blueprint), line: 1 }
      )
    }
    if (state.stale.length > 0) {
      report.error(
        `${state.stale.length} document${state.stale.length === 1 ? ' is' : 's are'} out of date: run \`${fix}\` and commit the result`
      )
      state.failed = true
    }
  }
}

function chooseModes(deps: ActionDeps): Set<Mode> {
  const event = deps.context.event
  const modes = new Set(resolveModes(deps.config, event.kind === 'pull_request'))
  if (modes.has('comment') && event.kind !== 'pull_request') {
    deps.report.warning(
      `mode "comment" needs a pull_request event and this is a ${event.kind === 'other' ? event.name : event.kind} event: no comment`
    )
    modes.delete('comment')
  }
  return modes
}

/** What `plan` gives for a selection of nothing, without loading it: no items, no blueprints. */
const NOTHING: Plan = { items: [], blueprints: [] }

/** The plan for `selection` on the checkout, or on `workspace` (a moved branch's files) when given. */
async function makePlan(
  deps: ActionDeps,
  selection: Selection,
  workspace?: Workspace
): Promise<Plan> {
  // The common push touches no blueprint: answer it without the engine (start-up, issue 6).
  if (
    selection.kind === 'paths' &&
    selection.paths.length === 0 &&
    (selection.removed ?? []).length === 0
  )
    return NOTHING
  const { config } = deps
  const [{ plan }, repository] = await Promise.all([
    import('../project/plan.js'),
    deps.repository()
  ])
  return plan({
    workspace: workspace ?? repository.workspace,
    globs: config.globs,
    output: config.output,
    template: repository.template,
    selection,
    generatedAt: (b) => repository.generatedAt(b)
  })
}

// ---------------------------------------------------------------- commit

interface Committed {
  readonly plan: Plan
  readonly sha?: string
  readonly summary: string
  readonly fallBackToComment: boolean
}

/**
 * Commits the plan's changes through the Git Data API. When the branch moved
 * meanwhile, reads what changed on it, regenerates on the new head and tries
 * again, a bounded number of times. Never forces.
 */
async function commitDocuments(
  deps: ActionDeps,
  first: Plan,
  selection: Selection
): Promise<Committed> {
  const { context, report, api, config } = deps
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
    return {
      plan: first,
      summary:
        '### Commit\n\nNot possible from a fork: the documents are shown in the comment instead.\n',
      fallBackToComment: true
    }
  }
  if (target.branch === undefined) {
    report.warning('this run is not on a branch (a tag?): nothing to commit to')
    return {
      plan: first,
      summary: '### Commit\n\nNot on a branch: nothing committed.\n',
      fallBackToComment: false
    }
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
      return {
        plan: current,
        summary: '### Commit\n\nEvery document is up to date: no commit.\n',
        fallBackToComment: false
      }
    }
    let outcome
    try {
      outcome = await api.commitFiles({
        branch: target.branch,
        parent,
        message: config.commitMessage,
        changes
      })
    } catch (error) {
      const denied = await asPermissionError(error)
      if (denied && event.kind === 'pull_request') {
        report.warning(`${denied.message}\n${FORK_TOKEN}\nThe changes go to the comment instead.`)
        return {
          plan: current,
          summary:
            '### Commit\n\nThe token may not write: the documents are shown in the comment instead.\n',
          fallBackToComment: true
        }
      }
      throw error
    }
    if (outcome.kind === 'committed') {
      report.info(
        `committed ${changes.length} document change${changes.length === 1 ? '' : 's'} to ${target.branch}: ${outcome.sha}`
      )
      // Paths come from blueprint file names: a backtick in one must not end the code span early.
      const { safeInline } = await import('../engine/markdown.js')
      const list = changes
        .map(
          (c) => `- ${'delete' in c ? 'deleted' : 'wrote'} ${safeInline(c.path, { style: 'code' })}`
        )
        .join('\n')
      return {
        plan: current,
        sha: outcome.sha,
        summary: `### Commit\n\nCommitted ${outcome.sha} to \`${target.branch}\`:\n\n${list}\n`,
        fallBackToComment: false
      }
    }
    if (outcome.kind === 'unchanged') {
      report.info('the branch already holds these documents: no commit')
      return {
        plan: current,
        summary: '### Commit\n\nThe branch already holds these documents: no commit.\n',
        fallBackToComment: false
      }
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
    const overlay = overlayWorkspace(
      (await deps.repository()).workspace,
      deps.prefix,
      moved.files,
      (file) => api.readFile(head, file)
    )
    current = await makePlan(deps, selection, overlay)
    parent = head
  }
  throw new Error(
    `${target.branch} kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`
  )
}

function fileChanges(planned: Plan, prefix: string): FileChange[] {
  return planned.items.flatMap((i): FileChange[] => {
    const o = i.outcome
    if (o.kind === 'created' || o.kind === 'updated')
      return [{ path: joinPrefix(prefix, o.document), content: o.rendered.text }]
    if (o.kind === 'deleted') return [{ path: joinPrefix(prefix, o.document), delete: true }]
    return []
  })
}

/**
 * The workspace as it is at the branch's new head: files the new commits
 * changed are read from GitHub, everything else from the checkout.
 */
export function overlayWorkspace(
  base: Workspace,
  prefix: string,
  changed: readonly { path: string; status: string; previousPath?: string }[],
  read: (repoPath: string) => Promise<Uint8Array | undefined>
): Workspace {
  const strip = (p: string) =>
    prefix === '.' || prefix === ''
      ? p
      : p.startsWith(`${prefix}/`)
        ? p.slice(prefix.length + 1)
        : undefined
  const fresh = new Set<string>()
  const gone = new Set<string>()
  for (const f of changed) {
    const p = strip(f.path)
    if (p !== undefined) (f.status === 'removed' ? gone : fresh).add(p)
    const old = f.previousPath !== undefined ? strip(f.previousPath) : undefined
    if (old !== undefined) gone.add(old)
  }
  return {
    root: base.root,
    async read(file) {
      if (fresh.has(file)) return read(joinPrefix(prefix, file))
      if (gone.has(file)) return undefined
      return base.read(file)
    },
    write: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
    remove: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
    async list(globs) {
      const listed = new Set((await base.list(globs)).filter((f) => !gone.has(f)))
      const { default: picomatch } = await import('picomatch')
      const match = picomatch([...globs])
      for (const f of fresh) if (match(f)) listed.add(f)
      return [...listed].sort()
    }
  }
}

// ---------------------------------------------------------------- comment

async function postComment(
  deps: ActionDeps,
  planned: Plan,
  detected: Detected,
  stale: readonly { document: string; blueprint: string }[],
  fix: string
): Promise<{ url?: string; summary: string }> {
  const { context, report, api, config } = deps
  const event = context.event
  if (event.kind !== 'pull_request') return { summary: '' }
  const [{ buildReviews }, { buildComment, commentMarker }, repository] = await Promise.all([
    import('../project/review.js'),
    import('../engine/comment.js'),
    deps.repository()
  ])
  const base = detected.base ?? event.baseSha
  const git: Git = deps.git
  const readBase = async (file: string) => {
    const repoPath = joinPrefix(deps.prefix, file)
    if (await git.hasCommit(base)) return git.show(base, repoPath)
    return api.readFile(base, repoPath)
  }
  const reviews = await buildReviews({
    plan: planned,
    readBase,
    renames: detected.renames,
    removed: removedBlueprints(detected),
    template: repository.template,
    output: config.output
  })
  const built = buildComment({
    tag: config.commentTag,
    reviews,
    stale,
    fixCommand: fix,
    ...(context.runUrl ? { summaryUrl: context.runUrl } : {})
  })
  const marker = commentMarker(config.commentTag)
  const summary = `### Pull-request comment\n\n${built.full}\n`
  try {
    const existing = await api.findStickyComment(event.number, marker)
    if (existing) {
      if (existing.body === built.body) {
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
    const denied = await asPermissionError(error)
    if (denied) {
      // A fork's read-only token is the normal case, not a failure: the review is in the job summary.
      report.warning(`${denied.message}\n${FORK_TOKEN}\nThe review is in the job summary instead.`)
      return { summary }
    }
    throw error
  }
}

// ---------------------------------------------------------------- summary

function reasonLine(detected: Detected, planned: Plan): string {
  const n = planned.blueprints.length
  return `${detected.reason}. ${n} blueprint${n === 1 ? '' : 's'} processed.\n`
}

/** The API's "the token may not" error, or undefined; its module is loaded already whenever an API call failed. */
async function asPermissionError(error: unknown): Promise<PermissionError | undefined> {
  const { PermissionError } = await import('../adapters/github.js')
  return error instanceof PermissionError ? error : undefined
}

async function checkSummary(stale: readonly PlannedBlueprint[], fix: string): Promise<string> {
  if (stale.length === 0) return '### Check\n\nEvery document is up to date.\n'
  const [{ documentDiff }, { fence }] = await Promise.all([
    import('../project/stale.js'),
    import('../engine/markdown.js')
  ])
  const parts = [
    `### Check\n\n${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date. Fix: \`${fix}\`, then commit.\n`
  ]
  for (const item of stale) {
    const o = item.outcome
    if (!isChange(o)) continue
    const diff = o.kind === 'created' ? `${o.document} is missing.` : documentDiff(o)
    parts.push(
      `<details><summary>${escapeHtml(o.document)}</summary>\n\n${fence(diff, 'diff')}\n\n</details>\n`
    )
  }
  return parts.join('\n')
}

async function problemSummary(problems: readonly Problem[]): Promise<string> {
  // Messages quote blueprint text: the comment's one helper keeps each on its line, in code.
  const { safeInline } = await import('../engine/markdown.js')
  return `### Problems\n\n${problems.map((p) => `- ${safeInline(formatProblem(p), { style: 'code' })}`).join('\n')}\n`
}

function annotateProblems(problems: readonly Problem[], report: Reporter, prefix: string): void {
  for (const p of problems)
    report.error(p.message, { file: joinPrefix(prefix, p.file), line: p.line, col: p.col })
}

function describe(item: Plan['items'][number]): string {
  const o = item.outcome
  switch (o.kind) {
    case 'unchanged':
      return `${o.document} unchanged apart from generated_at: nothing to write`
    case 'created':
      return `${o.document}: new document for ${item.blueprint}`
    case 'updated':
      return `${o.document}: regenerated from ${item.blueprint}`
    case 'deleted':
      return `${o.document}: its blueprint ${item.blueprint} is gone, so the document goes too`
    case 'invalid':
      return `${item.blueprint}: invalid, nothing written for it (${o.problems.length} problem${o.problems.length === 1 ? '' : 's'})`
  }
}

function joinPrefix(prefix: string, file: string): string {
  return prefix === '.' || prefix === '' ? file : path.posix.join(prefix, file)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
