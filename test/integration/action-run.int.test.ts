/**
 * The action's job run in-process: a real repository in a temporary folder,
 * in-memory fakes of git, GitHub and the runner.
 */
import * as heavy from '../../src/action/heavy.js'
import type { RunContext, RunEvent } from '../../src/action/event.js'
import type { Config, Mode } from '../../src/action/inputs.js'
import { runAction, type ActionResult } from '../../src/action/run.js'
import { MAX_COMMIT_ATTEMPTS } from '../../src/action/commit.js'
import { NO_CONFIG, resolveSettings } from '../../src/project/settings.js'
import type { ChangedPath, Git } from '../../src/project/ports.js'
import { openLocalRepository } from '../../src/adapters/repository.js'
import type { Repository } from '../../src/project/repository.js'
import { SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'
import {
  fakeGit,
  fakeGitHub,
  fakeReporter,
  sha,
  type FakeGitHub,
  type FakeGitHubOptions,
  type FakeReporter
} from './action-fakes.js'

const BLUEPRINT = 'shop.blueprint.yaml'
const DOCUMENT = 'shop.md'
const BEFORE = sha(1)
const AFTER = sha(2)
const BASE = sha(3)

const PUSH: RunEvent = {
  kind: 'push',
  before: BEFORE,
  after: AFTER,
  branch: 'main',
  defaultBranch: 'main',
  deleted: false,
  forced: false
}
const pullRequest = (fork = { fork: false }): RunEvent => ({
  kind: 'pull_request',
  number: 7,
  baseSha: BASE,
  headSha: AFTER,
  baseRef: 'main',
  headRef: 'feature',
  ...fork
})

const CHANGED: ChangedPath[] = [{ path: BLUEPRINT, status: 'modified' }]

let repo: TempRepo
beforeEach(() => {
  repo = tempRepo({ files: { [BLUEPRINT]: SHOP_BLUEPRINT } })
  repo.commit('add the shop')
})
afterEach(() => repo.cleanup())

interface Run {
  readonly result: ActionResult
  readonly report: FakeReporter
  readonly gh: FakeGitHub
  /** How often the job asked for the API and for the heavy modules. */
  readonly loaded: { api: number; heavy: number }
}

/** Runs the job once against the temporary repository. */
async function runJob(options: {
  event: RunEvent
  modes?: readonly Mode[]
  git?: Git
  github?: Partial<FakeGitHubOptions>
  /** The runner's GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, for a `uses:` step. */
  action?: Pick<RunContext, 'actionRepository' | 'actionRef'>
}): Promise<Run> {
  const report = fakeReporter()
  const gh = fakeGitHub({ head: AFTER, pullFiles: CHANGED, ...options.github })
  const loaded = { api: 0, heavy: 0 }
  const config: Config = {
    modes: options.modes ? new Set(options.modes) : 'auto',
    all: false,
    token: 'ghs_test',
    commitMessage: 'docs: regenerate architecture docs',
    commentTag: 'blueprint-docs',
    workingDirectory: '.',
    given: {},
    settings: resolveSettings({}, NO_CONFIG)
  }
  const context: RunContext = {
    event: options.event,
    owner: 'acme',
    repo: 'shop',
    sha: AFTER,
    workspace: repo.root,
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    ...options.action
  }
  let opened: Promise<Repository> | undefined
  const result = await runAction({
    config,
    context,
    git: options.git ?? fakeGit(CHANGED),
    repository: () =>
      (opened ??= openLocalRepository({
        root: repo.root,
        sourceDateEpoch: '1767225600',
        now: () => new Date('2026-11-25T10:00:00Z')
      }).then((r) => (r.ok ? r.repository : Promise.reject(new Error(r.problem.message))))),
    api: async () => {
      loaded.api++
      return gh.api
    },
    heavy: async () => {
      loaded.heavy++
      return heavy
    },
    report,
    prefix: '.'
  })
  return { result, report, gh, loaded }
}

const warnings = (run: Run) =>
  run.report.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
const errors = (run: Run) => run.report.annotations.filter((a) => a.level === 'error')

describe('commit mode', () => {
  it('commits the regenerated document of a changed blueprint and writes it to the checkout', async () => {
    const run = await runJob({ event: PUSH, modes: ['commit'] })
    expect(run.result).toEqual({ failed: false })
    expect(run.gh.commits).toHaveLength(1)
    const [commit] = run.gh.commits
    expect(commit).toMatchObject({ branch: 'main', parent: AFTER })
    expect(commit?.changes.map((c) => c.path)).toEqual([DOCUMENT])
    expect(repo.read(DOCUMENT)).toContain('# ')
    expect(run.report.outputs).toEqual({
      blueprints: JSON.stringify([BLUEPRINT]),
      'changed-docs': JSON.stringify([DOCUMENT]),
      'stale-docs': '[]',
      'commit-sha': commit?.sha,
      'comment-url': '',
      'pull-request-url': ''
    })
    expect(run.report.summaryText()).toContain(
      `### Commit\n\nCommitted ${commit?.sha} to \`main\`:\n\n- wrote \`${DOCUMENT}\`\n`
    )
    expect(run.report.groups).toEqual(['Which blueprints', 'Generate', 'Commit'])
  })

  it('a push that touches no blueprint loads neither the engine nor the API, and commits nothing', async () => {
    const run = await runJob({
      event: PUSH,
      modes: ['commit'],
      git: fakeGit([{ path: 'README.md', status: 'modified' }])
    })
    expect(run.result).toEqual({ failed: false })
    expect(run.loaded).toEqual({ api: 0, heavy: 0 })
    expect(run.gh.commits).toEqual([])
    expect(run.report.infos).toContain('every document is up to date: no commit')
    expect(run.report.outputs['blueprints']).toBe('[]')
    expect(run.report.outputs['commit-sha']).toBe('')
  })

  it('a push that changes only a runtime file looks at the blueprint that names it', async () => {
    repo.write(BLUEPRINT, `${SHOP_BLUEPRINT}runtime: compose.yaml\n`)
    repo.write('compose.yaml', 'services:\n  web: {image: nginx}\n  db: {image: postgres}\n')
    repo.write('other.yaml', 'not: a runtime file\n')
    repo.commit('name the runtime')
    const run = await runJob({
      event: PUSH,
      modes: ['commit'],
      git: fakeGit([
        { path: 'compose.yaml', status: 'modified' },
        { path: 'other.yaml', status: 'modified' }
      ])
    })
    expect(run.result).toEqual({ failed: false })
    expect(run.report.infos).toContain(
      `git diff ${BEFORE.slice(0, 7)}..${AFTER.slice(0, 7)}: 1 blueprint changed`
    )
    expect(run.report.outputs['blueprints']).toBe(JSON.stringify([BLUEPRINT]))
  })

  it('a commit already made leaves nothing to commit the next time', async () => {
    await runJob({ event: PUSH, modes: ['commit'] })
    const again = await runJob({ event: PUSH, modes: ['commit'] })
    expect(again.gh.commits).toEqual([])
    expect(again.report.summaryText()).toContain(
      '### Commit\n\nEvery document is up to date: no commit.\n'
    )
  })

  it('a push to a tag commits nothing, with a warning', async () => {
    const tag: RunEvent = { ...PUSH, branch: undefined }
    const run = await runJob({ event: tag, modes: ['commit'] })
    expect(run.gh.commits).toEqual([])
    expect(warnings(run)).toEqual(['this run is not on a branch (a tag?): nothing to commit to'])
  })
})

describe('the commit retry loop', () => {
  it('a branch that moved once: regenerates on the new head and commits on top of it', async () => {
    const grown = SHOP_BLUEPRINT.replace(
      'components:\n',
      'components:\n  - id: queue\n    name: Order queue\n    type: queue\n'
    )
    const run = await runJob({
      event: PUSH,
      modes: ['commit'],
      github: {
        moves: [
          { files: [{ path: BLUEPRINT, status: 'modified' }], contents: { [BLUEPRINT]: grown } }
        ]
      }
    })
    expect(run.result).toEqual({ failed: false })
    expect(run.gh.commits).toHaveLength(1)
    const [commit] = run.gh.commits
    const movedHead = sha(101)
    expect(commit?.parent).toBe(movedHead)
    // Regenerated from the blueprint as it is on the new head, not from the checkout.
    const change = commit?.changes[0]
    expect(change && 'content' in change ? change.content : '').toContain('Order queue')
    expect(run.report.infos).toContain(
      `main moved from ${AFTER.slice(0, 7)} to ${movedHead.slice(0, 7)} meanwhile: regenerating on the new head (attempt 2 of ${MAX_COMMIT_ATTEMPTS})`
    )
    expect(run.report.outputs['commit-sha']).toBe(commit?.sha)
  })

  it(`a branch that keeps moving: gives up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed`, async () => {
    const unrelated = { files: [{ path: 'README.md', status: 'modified' as const }] }
    const run = await runJob({
      event: PUSH,
      modes: ['commit'],
      github: { moves: Array.from({ length: MAX_COMMIT_ATTEMPTS }, () => unrelated) }
    })
    expect(run.result).toEqual({ failed: true })
    expect(run.gh.commits).toEqual([])
    expect(run.gh.calls.filter((c) => c === 'commitFiles')).toHaveLength(MAX_COMMIT_ATTEMPTS)
    const message = `main kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`
    expect(errors(run).map((e) => e.message)).toEqual([message])
    expect(run.report.summaryText()).toContain(`### Failed\n\n> ${message}\n`)
    expect(run.report.outputs['commit-sha']).toBe('')
    expect(run.report.outputs['changed-docs']).toBe('[]')
  })

  it('a branch that moved by more files than the compare API lists: no commit', async () => {
    const run = await runJob({
      event: PUSH,
      modes: ['commit'],
      github: { moves: [{ files: [], complete: false }] }
    })
    expect(run.result).toEqual({ failed: true })
    expect(run.gh.commits).toEqual([])
    expect(errors(run).map((e) => e.message)).toEqual([
      'main moved by more files than the compare API lists (300) meanwhile: nothing committed (the next run regenerates on the new head)'
    ])
  })
})

describe('comment mode', () => {
  it('posts one sticky comment, then finds it up to date', async () => {
    const first = await runJob({ event: pullRequest(), modes: ['comment'] })
    expect(first.result).toEqual({ failed: false })
    expect(first.gh.comments).toHaveLength(1)
    const url = first.gh.comments[0]?.url
    expect(first.report.outputs['comment-url']).toBe(url)
    expect(first.gh.comments[0]?.body).toContain('<!-- blueprint-docs:')
    expect(first.report.summaryText()).toContain('### Pull-request comment\n\n')
    expect(first.report.outputs['changed-docs']).toBe('[]')

    const again = await runJob({
      event: pullRequest(),
      modes: ['comment'],
      github: { comments: first.gh.comments }
    })
    expect(again.gh.calls).not.toContain('createComment')
    expect(again.gh.calls).not.toContain('updateComment')
    expect(again.report.infos).toContain(`the comment is already up to date: ${url}`)
  })

  it('updates an earlier comment in place when the review changed', async () => {
    const run = await runJob({
      event: pullRequest(),
      modes: ['comment'],
      github: { comments: [{ id: 5, body: `${heavy.commentMarker('blueprint-docs')}\nold` }] }
    })
    expect(run.gh.calls).toContain('updateComment')
    expect(run.gh.comments).toHaveLength(1)
    expect(run.gh.comments[0]?.body).not.toContain('\nold')
  })

  it('a 403 on the comment writes the review to the summary with a warning, and does not fail', async () => {
    const run = await runJob({
      event: pullRequest(),
      modes: ['comment'],
      github: { deny: ['comment'] }
    })
    expect(run.result).toEqual({ failed: false })
    expect(run.gh.comments).toEqual([])
    const [warning] = warnings(run)
    expect(warning).toMatch(
      /^GitHub refused to comment on #7 \(403: Resource not accessible by integration\)/
    )
    expect(warning).toMatch(/The review is in the job summary instead\.$/)
    expect(run.report.summaryText()).toContain('### Pull-request comment\n\n')
    expect(run.report.outputs['comment-url']).toBe('')
  })

  it('a blueprint invalid at head: its document shown unchanged with the problem, not deleted', async () => {
    const valid = new TextEncoder().encode(SHOP_BLUEPRINT)
    repo.write(BLUEPRINT, SHOP_BLUEPRINT.replace('    to: db\n', '    to: nowhere\n'))
    const run = await runJob({
      event: pullRequest(),
      modes: ['comment'],
      git: { ...fakeGit(CHANGED), hasCommit: async () => true, show: async () => valid }
    })
    expect(run.result).toEqual({ failed: true })
    const body = run.gh.comments[0]?.body ?? ''
    expect(body).toMatch(/`shop\.blueprint\.yaml`\n\nInvalid at head: 1 problem\./)
    expect(body).not.toContain('/dev/null')
    expect(body).not.toMatch(/document \+\d+ −\d+ lines/)
  })

  it('on a push there is no pull request to comment on: a warning, nothing posted', async () => {
    const run = await runJob({ event: PUSH, modes: ['comment'] })
    expect(warnings(run)).toEqual([
      'mode "comment" needs a pull_request event and this is a push event: no comment'
    ])
    expect(run.gh.calls).toEqual([])
  })
})

describe('fork fallback', () => {
  it('commit on a fork pull request falls back to the comment', async () => {
    const run = await runJob({ event: pullRequest({ fork: true }), modes: ['commit'] })
    expect(run.result).toEqual({ failed: false })
    expect(run.gh.calls).not.toContain('commitFiles')
    expect(run.gh.comments).toHaveLength(1)
    expect(warnings(run)).toEqual([
      'this pull request comes from a fork, whose token is read-only: no commit; the changes go to the comment instead'
    ])
    expect(run.report.summaryText()).toContain(
      '### Commit\n\nNot possible from a fork: the documents are shown in the comment instead.\n'
    )
  })

  it('a fork whose comment is refused too: both warnings, the review in the summary, exit 0', async () => {
    const run = await runJob({
      event: pullRequest({ fork: true }),
      modes: ['commit'],
      github: { deny: ['comment'] }
    })
    expect(run.result).toEqual({ failed: false })
    expect(warnings(run)).toHaveLength(2)
    expect(warnings(run)[1]).toContain('The review is in the job summary instead.')
    expect(run.report.summaryText()).toContain('### Pull-request comment\n\n')
  })

  it('a 403 on the commit of a pull request falls back to the comment, naming contents: write', async () => {
    const run = await runJob({
      event: pullRequest(),
      modes: ['commit'],
      github: { deny: ['commit'] }
    })
    expect(run.result).toEqual({ failed: false })
    expect(run.gh.commits).toEqual([])
    expect(warnings(run)[0]).toContain('"permissions: contents: write"')
    expect(warnings(run)[0]).toMatch(/The changes go to the comment instead\.$/)
    expect(run.gh.comments).toHaveLength(1)
  })

  it('a 403 on the commit of a push fails the run with the permission message', async () => {
    const run = await runJob({ event: PUSH, modes: ['commit'], github: { deny: ['commit'] } })
    expect(run.result).toEqual({ failed: true })
    expect(errors(run)[0]?.message).toMatch(/^GitHub refused to commit to main \(403: /)
    expect(run.report.summaryText()).toContain('### Failed\n\n> GitHub refused to commit to main')
  })
})

describe('check mode', () => {
  it('fails on a stale document with annotations on it and on its blueprint, and the diff in the summary', async () => {
    const run = await runJob({
      event: PUSH,
      modes: ['check'],
      action: { actionRepository: 'acme/blueprint-docs', actionRef: 'v1' }
    })
    expect(run.result).toEqual({ failed: true })
    // The fix runs the very version of the action that found the problem.
    const fix = "npx --yes 'github:acme/blueprint-docs#v1' generate"
    expect(errors(run)).toEqual([
      {
        level: 'error',
        message: `${DOCUMENT} is out of date with its blueprint ${BLUEPRINT}; run \`${fix}\` and commit the result`,
        where: { file: DOCUMENT }
      },
      {
        level: 'error',
        message: `the document of this blueprint, ${DOCUMENT}, is out of date; run \`${fix}\``,
        where: { file: BLUEPRINT, line: 1 }
      },
      {
        level: 'error',
        message: `1 document is out of date: run \`${fix}\` and commit the result`
      }
    ])
    expect(run.report.outputs['stale-docs']).toBe(JSON.stringify([DOCUMENT]))
    expect(run.report.summaryText()).toContain(
      `### Check\n\n1 document is out of date. Fix: \`${fix}\`, then commit.\n`
    )
    expect(run.report.summaryText()).toContain(`${DOCUMENT} is missing.`)
    expect(repo.exists(DOCUMENT)).toBe(false)
  })

  it('passes once the document is committed, after a commit in the same run too', async () => {
    const both = await runJob({ event: PUSH, modes: ['commit', 'check'] })
    expect(both.result).toEqual({ failed: false })
    expect(both.report.summaryText()).toContain('### Check\n\nEvery document is up to date.\n')
    const after = await runJob({ event: PUSH, modes: ['check'] })
    expect(after.result).toEqual({ failed: false })
    expect(errors(after)).toEqual([])
  })
})

describe('auto mode', () => {
  it('comments on a pull request', async () => {
    const run = await runJob({ event: pullRequest() })
    expect(run.gh.comments).toHaveLength(1)
    expect(run.gh.commits).toEqual([])
  })

  it('commits on a push', async () => {
    const run = await runJob({ event: PUSH })
    expect(run.gh.commits).toHaveLength(1)
    expect(run.gh.comments).toEqual([])
  })
})

describe('problems', () => {
  it('an invalid blueprint: a positioned annotation, nothing committed for it, the step fails', async () => {
    repo.write(BLUEPRINT, 'id: shop\ncomponents: 3\n')
    const run = await runJob({ event: PUSH, modes: ['commit'] })
    expect(run.result).toEqual({ failed: true })
    expect(run.gh.commits).toEqual([])
    const [first] = errors(run)
    expect(first?.where).toMatchObject({ file: BLUEPRINT, line: expect.any(Number) })
    expect(errors(run).at(-1)?.message).toMatch(
      /^\d+ problems? in blueprints or their documents; see the annotations$/
    )
    expect(run.report.summaryText()).toContain('### Problems\n\n- `shop.blueprint.yaml:')
  })
})
