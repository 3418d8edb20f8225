/**
 * The action's job, phase by phase: which blueprints, plan, then each mode
 * (commit, comment, check), the job summary and the outputs. Everything that
 * touches the world comes in through {@link ActionDeps}; main.ts wires the
 * real ones.
 */
import type { Workspace } from '../project/ports.js'
import { detectChanges } from '../project/changes.js'
import { CONFIG_FILE } from '../engine/paths.js'
import { messageOf, plural } from '../engine/text.js'
import { OUTPUT, resolveModes, type Mode } from './inputs.js'
import type { ActionDeps } from './mode.js'
import {
  findingsOfPlan,
  problemsOf,
  reportedProblems,
  staleDocuments,
  type Plan
} from '../project/outcome.js'
import type { Selection } from '../project/plan.js'
import { commitDocuments } from './commit.js'
import { postComment } from './comment.js'
import { runCheck } from './check.js'
import { joinPrefix } from './paths.js'
import {
  annotateFindings,
  annotateProblems,
  describe,
  findingSummary,
  failedSection,
  problemSummary,
  reasonLine,
  SUMMARY_TITLE
} from './summary.js'

/** The result: failed when a blueprint was invalid or a check found stale documents. */
export interface ActionResult {
  readonly failed: boolean
}

/** What a run has done so far: enough to write the summary and the outputs at any point. */
interface RunState {
  readonly summary: string[]
  plan?: Plan
  commitSha: string
  /** Documents this run created, updated or deleted (in a commit): none in comment or check mode. */
  changedDocs: string[]
  commentUrl: string
  pullRequestUrl: string
  stale: { document: string; blueprint: string }[]
  failed: boolean
}

/** Runs the job; never throws for what went wrong inside it: the summary and outputs still say what was done. */
export async function runAction(deps: ActionDeps): Promise<ActionResult> {
  const { report } = deps
  const state: RunState = {
    summary: [SUMMARY_TITLE],
    commitSha: '',
    changedDocs: [],
    commentUrl: '',
    pullRequestUrl: '',
    stale: [],
    failed: false
  }
  try {
    await runModes(deps, state)
  } catch (error) {
    const message = messageOf(error)
    report.error(message)
    state.summary.push(failedSection(message))
    state.failed = true
  }
  // Written even when a mode failed: a workflow uploads it with `if: always()`.
  const sarif = deps.config.sarif
  if (sarif !== undefined && state.plan !== undefined) {
    const planned = state.plan
    await report
      .group('SARIF', async () => {
        const [h, repository] = await Promise.all([deps.heavy(), deps.repository()])
        const { workspace } = repository
        const wrote = await h.writeSarifReport({
          workspace,
          file: sarif,
          blueprints: await workspace.list(deps.config.settings.globs),
          globs: deps.config.settings.globs,
          output: deps.config.settings.output,
          rules: deps.config.settings.rules,
          planProblems: reportedProblems(planned),
          uriOf: (file) => joinPrefix(deps.prefix, file)
        })
        report.info(wrote)
      })
      .catch((error: unknown) => {
        report.error(`the SARIF file ${sarif} could not be written: ${messageOf(error)}`)
        state.failed = true
      })
  }
  const problems = state.plan ? problemsOf(state.plan) : []
  const findings = state.plan ? findingsOfPlan(state.plan) : []
  if (problems.length > 0) state.summary.push(problemSummary(problems))
  if (findings.length > 0) state.summary.push(findingSummary(findings))
  await report.summary(state.summary.join('\n'))

  report.setOutput(OUTPUT.blueprints, JSON.stringify(state.plan?.blueprints ?? []))
  report.setOutput(OUTPUT.changedDocs, JSON.stringify(state.changedDocs))
  report.setOutput(OUTPUT.staleDocs, JSON.stringify(state.stale.map((s) => s.document)))
  report.setOutput(OUTPUT.commitSha, state.commitSha)
  report.setOutput(OUTPUT.commentUrl, state.commentUrl)
  report.setOutput(OUTPUT.pullRequestUrl, state.pullRequestUrl)

  // Rule findings at `error` count as problems (their documents were still generated).
  const count = problems.length + findings.filter((f) => f.level === 'error').length
  if (count > 0)
    report.error(
      `${plural(count, 'problem')} in blueprints or their documents; see the annotations`
    )
  return { failed: state.failed || count > 0 }
}

/**
 * The command that fixes stale documents, with this run's options, at the version that is running:
 * the action's own repository and ref when the runner names them (a `uses:` step), else the package.
 */
async function fixCommandOf(deps: ActionDeps): Promise<string> {
  const { config, context } = deps
  const { fixCommand, VERSION } = await deps.heavy()
  return fixCommand(
    { repeat: config.settings.repeat },
    {
      version: VERSION,
      ...(context.actionRepository ? { actionRepository: context.actionRepository } : {}),
      ...(context.actionRef ? { actionRef: context.actionRef } : {})
    }
  )
}

async function runModes(deps: ActionDeps, state: RunState): Promise<void> {
  const { config, context, report } = deps
  const modes = chooseModes(deps)

  const detected = await report.group('Which blueprints', async () => {
    const found = await detectChanges({
      event: context.event,
      all: config.all,
      globs: config.settings.globs,
      git: deps.git,
      api: deps.api,
      configFiles: [
        joinPrefix(deps.prefix, CONFIG_FILE),
        ...(config.settings.template ? [joinPrefix(deps.prefix, config.settings.template)] : []),
        ...(context.workflowFile ? [context.workflowFile] : [])
      ],
      prefix: deps.prefix,
      // A changed Compose file or manifest is a change to the blueprints whose `runtime:` names it.
      runtimeOwners: async (changed) => {
        const [{ runtimeOwners }, repository] = await Promise.all([deps.heavy(), deps.repository()])
        return runtimeOwners(repository.workspace, config.settings.globs, changed)
      }
    })
    report.info(found.reason)
    return found
  })

  const markdown = await ourMarkdown(deps, detected.markdown ?? [])
  // Only a commit writes documents with their time: only then is it worth asking GitHub for it.
  const commits = modes.has('commit') || modes.has('pull-request')
  const exact = commits
  const replan = (workspace?: Workspace, options: { all: boolean } = { all: false }) =>
    makePlan(deps, options.all ? { kind: 'all' } : detected.selection, {
      ...(workspace ? { workspace } : {}),
      exact,
      markdown
    })
  let planned = await report.group('Generate', async () => {
    const p = await replan()
    for (const item of p.items) report.info(describe(item))
    return p
  })
  state.plan = planned
  state.stale = staleDocuments(planned)
  state.summary.push(reasonLine(detected, planned))
  annotateProblems({ problems: problemsOf(planned), report, prefix: deps.prefix })
  annotateFindings({ findings: findingsOfPlan(planned), report, prefix: deps.prefix })

  if (commits) {
    const first = planned
    const committed = await report.group('Commit', () =>
      commitDocuments(deps, {
        plan: first,
        replan,
        viaPullRequest: modes.has('pull-request'),
        // Only a run that saw documents or blueprints change may find the action's pull request
        // outdated: any other push makes no API call for it.
        lookForPullRequest:
          modes.has('pull-request') || first.items.length > 0 || markdown.length > 0,
        planIsAll: detected.selection.kind === 'all'
      })
    )
    planned = state.plan = committed.plan
    state.commitSha = committed.sha ?? ''
    state.pullRequestUrl = committed.pullRequestUrl ?? ''
    state.summary.push(committed.summary)
    if (committed.sha !== undefined) {
      const [{ apply }, repository] = await Promise.all([deps.heavy(), deps.repository()])
      state.changedDocs = await apply(repository.workspace, planned)
      state.stale = []
    }
    if (committed.fallBackToComment) modes.add('comment')
  }

  if (modes.has('comment')) {
    const commented = await report.group('Comment', async () =>
      postComment(deps, {
        plan: planned,
        detected,
        stale: state.stale,
        fix: await fixCommandOf(deps)
      })
    )
    state.commentUrl = commented.url ?? ''
    state.summary.push(commented.summary)
  }

  if (modes.has('check')) {
    const checked = await runCheck(deps, {
      plan: planned,
      stale: state.stale,
      fix: () => fixCommandOf(deps)
    })
    state.summary.push(checked.summary)
    if (checked.failed) state.failed = true
  }
}

function chooseModes(deps: ActionDeps): Set<Mode> {
  const event = deps.context.event
  const modes = new Set(
    resolveModes(
      deps.config,
      event.kind === 'pull_request' || event.kind === 'merge_group' ? event.kind : 'other'
    )
  )
  if (modes.has('comment') && event.kind !== 'pull_request') {
    deps.report.warning(
      `mode "comment" needs a pull_request event and this is a ${event.kind === 'other' ? event.name : event.kind} event: no comment`
    )
    modes.delete('comment')
  }
  if (modes.has('pull-request') && event.kind === 'pull_request') {
    deps.report.warning(
      'mode "pull-request" proposes the documents of a pushed branch; on a pull_request event it does nothing (use commit or comment)'
    )
    modes.delete('pull-request')
  }
  // Both write the same documents: the pull request is commit mode without trying the branch.
  if (modes.has('pull-request')) modes.delete('commit')
  return modes
}

/** Past this many changed Markdown files, each is taken as ours without reading it. */
const MARKDOWN_READS = 20

/**
 * The changed Markdown files that are blueprint-docs' business: a generated document (it may
 * have reached the branch another way) or a file with marked regions. Read through git, which is
 * already loaded: a push that edits a plain README loads neither the engine nor the API.
 */
async function ourMarkdown(deps: ActionDeps, changed: readonly string[]): Promise<string[]> {
  if (changed.length === 0) return []
  if (changed.length > MARKDOWN_READS) return [...changed]
  const event = deps.context.event
  const head =
    event.kind === 'push'
      ? event.after
      : event.kind === 'pull_request' || event.kind === 'merge_group'
        ? event.headSha
        : deps.context.sha
  const ours: string[] = []
  for (const file of changed) {
    const bytes = await deps.git.show(head, joinPrefix(deps.prefix, file)).catch(() => undefined)
    if (bytes !== undefined && new TextDecoder().decode(bytes).includes('blueprint-docs:'))
      ours.push(file)
  }
  return ours
}

/** What `plan` gives for a selection of nothing, without loading it: no items, no blueprints. */
const NOTHING: Plan = { items: [], blueprints: [] }

/**
 * The plan for `selection` on the checkout, or on `workspace` (a moved branch's files) when given;
 * `exact`: the documents to be written get the time of their blueprint's last change even in a
 * shallow clone.
 */
async function makePlan(
  deps: ActionDeps,
  selection: Selection,
  options: { workspace?: Workspace; exact: boolean; markdown: readonly string[] }
): Promise<Plan> {
  // The common push touches no blueprint and no Markdown file: answer it without loading the engine.
  if (
    selection.kind === 'paths' &&
    selection.paths.length === 0 &&
    (selection.removed ?? []).length === 0 &&
    options.markdown.length === 0
  )
    return NOTHING
  const { config } = deps
  const [{ plan, withRegions }, repository] = await Promise.all([deps.heavy(), deps.repository()])
  const workspace = options.workspace ?? repository.workspace
  // Files with marked regions come after the documents, planned on the same workspace.
  const planned = await plan({
    workspace,
    globs: config.settings.globs,
    output: config.settings.output,
    template: repository.template,
    selection,
    generatedAt: (b) => repository.generatedAt(b),
    rules: config.settings.rules,
    ...(config.settings.landscape !== undefined ? { landscape: config.settings.landscape } : {}),
    ...(options.exact ? { exactGeneratedAt: (b: string) => repository.exactGeneratedAt(b) } : {})
  })
  return withRegions(planned, {
    workspace,
    ...(config.settings.regions ? { globs: config.settings.regions } : {}),
    all: selection.kind === 'all',
    changed: options.markdown
  })
}
