/**
 * The committed bundle, run as the runner runs it, against a local GitHub
 * (REST over a real bare repository), with real webhook payloads.
 *
 * Every run goes through {@link expectNoToken}: the token never reaches
 * stdout (apart from the runner's own `::add-mask::` line), stderr, the
 * outputs or the job summary, and every run writes a job summary.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CLI_BUNDLE,
  node24Path,
  runActionBundle,
  type ActionRun
} from '../support/action-runner.js'
import { startFakeGitHub, type FakeGitHub, type StartOptions } from '../support/github-server.js'
import { SHOP_BLUEPRINT } from '../support/repo.js'

const payload = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join('test', 'fixtures', 'payloads', name), 'utf8'))

const ZERO = '0'.repeat(40)
/** The fix command names the package at this version when the action runs as `uses: ./`. */
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const MARKER = '<!-- blueprint-docs:comment tag=blueprint-docs -->'

const SHOP = SHOP_BLUEPRINT
/** SHOP with `db` removed and `cache` added. */
const SHOP_CACHE = `id: shop
project: acme
overview: Sells things.
components:
  - id: web
    type: frontend
  - id: cache
    name: Session cache
    type: cache
dependencies:
  - from: web
    to: cache
`
/** SHOP_CACHE plus a `queue`. */
const SHOP_QUEUE = `${SHOP_CACHE.replace('dependencies:', '  - id: queue\n    name: Order queue\n    type: queue\ndependencies:')}  - from: web
    to: queue
    async: true
`
/** SHOP plus a `search` component: the competing push of the race. */
const SHOP_SEARCH = SHOP.replace(
  'dependencies:',
  '  - id: search\n    name: Search index\n    type: service\ndependencies:'
)

const blueprint = (id: string, extra = '') => `id: ${id}
project: acme
overview: The ${id} system.${extra}
components:
  - id: api
    type: service
  - id: store
    type: database
dependencies:
  - from: api
    to: store
`
/** Line 3, column 1: a key the format does not know. */
const BAD = `id: bad
project: acme
colour: blue
components:
  - id: api
`

let gh: FakeGitHub
let workspaces: string[] = []
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop' })
})
afterEach(async () => {
  await gh.close()
  for (const w of workspaces) rmSync(w, { recursive: true, force: true })
  workspaces = []
})

/** A fresh server with other options (e.g. a read-only token); the old one is closed. */
async function restartWith(options: StartOptions): Promise<void> {
  await gh.close()
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', ...options })
}

const gitIn = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })

/** actions/checkout: a clone of the branch at `sha` (full history unless `depth`). */
function checkout(sha: string, options: { depth?: number } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpd-ws-'))
  workspaces.push(dir)
  const git = (...args: string[]) => gitIn(dir, ...args)
  git('init', '-q')
  git('remote', 'add', 'origin', `file://${gh.bareRepo}`)
  git(
    'fetch',
    '-q',
    ...(options.depth ? [`--depth=${options.depth}`] : []),
    'origin',
    '+refs/heads/*:refs/remotes/origin/*'
  )
  git('-c', 'advice.detachedHead=false', 'checkout', '-q', sha)
  return dir
}

/** actions/checkout on a pull request: GitHub's merge commit of head into base (GITHUB_SHA is that commit). */
function checkoutMerge(baseSha: string, headSha: string): { dir: string; sha: string } {
  const dir = checkout(baseSha)
  gitIn(dir, 'merge', '--no-ff', '-q', '-m', 'Merge head into base', headSha)
  return { dir, sha: gitIn(dir, 'rev-parse', 'HEAD').trim() }
}

const headOf = async (branch = 'main') =>
  (await gh.git(['rev-parse', `refs/heads/${branch}`])).trim()
const show = async (ref: string, file: string) =>
  gh.git(['show', `${ref}:${file}`]).catch(() => undefined)
const filesAt = async (ref: string) =>
  (await gh.git(['ls-tree', '-r', '--name-only', ref])).split('\n').filter(Boolean)
const parentsOf = async (sha: string) => (await gh.git(['log', '-1', '--format=%P', sha])).trim()
const isAncestor = async (a: string, b: string) =>
  gh.git(['merge-base', '--is-ancestor', a, b]).then(
    () => true,
    () => false
  )
const apiRequests = (method: string, pathPattern: RegExp) =>
  gh.requests.filter((r) => r.method === method && pathPattern.test(r.path))
const json = (text: string | undefined): unknown => JSON.parse(text ?? 'null')

/** The token appears nowhere the user sees it; the runner's own mask command is the one exception. */
function expectNoToken(run: ActionRun, token: string = gh.token, complete = true): void {
  const seen = {
    stdout: run.stdout.split(`::add-mask::${token}\n`).join('').includes(token),
    stderr: run.stderr.includes(token),
    outputs: JSON.stringify(run.outputs).includes(token),
    summary: run.summary.includes(token)
  }
  expect(seen).toEqual({ stdout: false, stderr: false, outputs: false, summary: false })
  if (!complete) return
  // Every mode writes a job summary and every output.
  expect(run.summary).toContain('Architecture docs')
  expect(Object.keys(run.outputs).sort()).toEqual(OUTPUT_NAMES)
}

/** Every output of action.yml, sorted. */
const OUTPUT_NAMES = ['blueprints', 'changed-docs', 'comment-url', 'commit-sha', 'stale-docs']

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error')
const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning')

function pushPayload(
  before: string,
  after: string,
  branch = 'main',
  base = 'push.branch-updated.derived.json',
  forced = false
): Record<string, unknown> {
  const p = payload(base)
  const repository = {
    ...(p['repository'] as Record<string, unknown>),
    full_name: 'acme/shop',
    name: 'shop',
    default_branch: 'main',
    master_branch: 'main'
  }
  return {
    ...p,
    ref: `refs/heads/${branch}`,
    before,
    after,
    repository,
    forced,
    ...(before === ZERO ? { created: true } : {})
  }
}

interface RunOpts {
  inputs?: Record<string, string>
  branch?: string
  depth?: number
  node?: string
  env?: Record<string, string>
  /** The workspace to run in; default a fresh checkout of `after`. */
  workspace?: string
  payloadFile?: string
  /** The payload's `forced` (a force push). */
  forced?: boolean
  /** false: the run may stop early (a thrown failure), without the summary and outputs. */
  complete?: boolean
}

async function runPush(
  before: string,
  after: string,
  inputs: Record<string, string> = {},
  opts: RunOpts = {}
): Promise<ActionRun> {
  const branch = opts.branch ?? 'main'
  const run = await runActionBundle({
    ...(opts.node ? { node: opts.node } : {}),
    workspace: opts.workspace ?? checkout(after, opts.depth ? { depth: opts.depth } : {}),
    eventName: 'push',
    payload: pushPayload(before, after, branch, opts.payloadFile, opts.forced ?? false),
    inputs: { token: gh.token, ...inputs, ...(opts.inputs ?? {}) },
    ...(opts.env ? { env: opts.env } : {}),
    apiUrl: gh.url,
    repository: 'acme/shop',
    ref: `refs/heads/${branch}`,
    sha: after
  })
  expectNoToken(run, gh.token, opts.complete ?? true)
  return run
}

interface PrOpts {
  number?: number
  base?: string
  head?: string
  action?: 'opened' | 'synchronize'
  /** synchronize: the previous head. */
  before?: string
  fork?: boolean
  inputs?: Record<string, string>
  node?: string
  /** A shallow (fetch-depth: 1) checkout of the head instead of the merge commit with full history. */
  shallow?: boolean
}

/** A real pull_request payload, adapted to this repository, PR number, branches and shas. */
function prPayload(
  o: Required<Pick<PrOpts, 'number' | 'base' | 'head' | 'action'>> & {
    baseSha: string
    headSha: string
    before?: string
    fork?: boolean
  }
): Record<string, unknown> {
  const p = payload(
    o.action === 'opened' ? 'pull_request.opened.json' : 'pull_request.synchronize.json'
  )
  const pr = p['pull_request'] as Record<string, Record<string, unknown>>
  const baseRepo = {
    ...(p['repository'] as Record<string, unknown>),
    full_name: 'acme/shop',
    name: 'shop',
    default_branch: 'main',
    owner: { login: 'acme' }
  }
  const headRepo = o.fork
    ? { ...baseRepo, full_name: 'fork-owner/shop', fork: true, owner: { login: 'fork-owner' } }
    : baseRepo
  return {
    ...p,
    number: o.number,
    ...(o.action === 'synchronize' ? { before: o.before, after: o.headSha } : {}),
    pull_request: {
      ...pr,
      number: o.number,
      head: {
        ...pr['head'],
        ref: o.head,
        sha: o.headSha,
        label: `${o.fork ? 'fork-owner' : 'acme'}:${o.head}`,
        repo: headRepo
      },
      base: { ...pr['base'], ref: o.base, sha: o.baseSha, label: `acme:${o.base}`, repo: baseRepo }
    },
    repository: baseRepo
  }
}

async function runPull(opts: PrOpts = {}, token: string = gh.token): Promise<ActionRun> {
  const number = opts.number ?? 2
  const base = opts.base ?? 'main'
  const head = opts.head ?? 'feature'
  const baseSha = await headOf(base)
  const headSha = await headOf(head)
  const ws = opts.shallow
    ? { dir: checkout(headSha, { depth: 1 }), sha: headSha }
    : checkoutMerge(baseSha, headSha)
  const run = await runActionBundle({
    ...(opts.node ? { node: opts.node } : {}),
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: prPayload({
      number,
      base,
      head,
      action: opts.action ?? 'opened',
      baseSha,
      headSha,
      ...(opts.before ? { before: opts.before } : {}),
      ...(opts.fork ? { fork: true } : {})
    }),
    inputs: { token, ...(opts.inputs ?? {}) },
    apiUrl: gh.url,
    repository: 'acme/shop',
    ref: `refs/pull/${number}/merge`,
    sha: ws.sha
  })
  expectNoToken(run, token)
  return run
}

/** A developer runs the command line (`generate`) in a clone of `branch`, commits and pushes. Returns the new head. */
function generateWithCli(branch = 'main'): string {
  const dir = checkout(`origin/${branch}`)
  gitIn(dir, 'checkout', '-q', '-B', branch)
  execFileSync(process.execPath, [CLI_BUNDLE, 'generate'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  gitIn(dir, 'add', '-A')
  gitIn(dir, 'commit', '-q', '-m', 'docs: generate locally')
  gitIn(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`)
  return gitIn(dir, 'rev-parse', 'HEAD').trim()
}

/** What the fake GitHub says about a commit's signature. */
async function verification(sha: string): Promise<unknown> {
  const r = await fetch(`${gh.url}/repos/acme/shop/git/commits/${sha}`)
  return ((await r.json()) as { verification: { verified: boolean } }).verification.verified
}

// ------------------------------------------------------------------ scenarios shared by both Node versions

async function pushCommitScenario(node?: string): Promise<void> {
  const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
  const second = await gh.pushFiles({ branch: 'main', files: { 'arch/shop.blueprint.yaml': SHOP } })
  const run = await runPush(first, second, {}, node ? { node } : {})
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const head = await headOf()
  expect(head).not.toBe(second)
  expect(run.outputs['commit-sha']).toBe(head)
  expect(json(run.outputs['changed-docs'])).toEqual(['arch/shop.md'])
  expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
  expect(json(run.outputs['stale-docs'])).toEqual([])
  expect(run.outputs['comment-url']).toBe('')
  const doc = await show(head, 'arch/shop.md')
  expect(doc).toContain('**Blueprint ID:** shop')
  expect(doc).toContain('<!-- blueprint-docs: generated from arch/shop.blueprint.yaml')
  // One commit, parent = the pushed sha, message, and the API's own identity (no custom author).
  expect((await gh.git(['log', '-1', '--format=%P|%s|%an', head])).trim()).toBe(
    `${second}|docs: regenerate architecture docs|github-actions[bot]`
  )
  expect((await gh.git(['rev-list', '--count', `${second}..${head}`])).trim()).toBe('1')
  expect(await verification(head)).toBe(true)
  // Git Data API: tree with base_tree, commit with no author/committer, ref update with force: false.
  const trees = apiRequests('POST', /\/git\/trees$/)
  expect(trees).toHaveLength(1)
  expect((trees[0]?.body as { base_tree?: string }).base_tree).toMatch(/^[0-9a-f]{40}$/)
  const commits = apiRequests('POST', /\/git\/commits$/)
  expect(commits).toHaveLength(1)
  expect(commits[0]?.body).not.toHaveProperty('author')
  expect(commits[0]?.body).not.toHaveProperty('committer')
  const refs = apiRequests('PATCH', /\/git\/refs\/heads\/main$/)
  expect(refs.map((r) => (r.body as { force?: boolean }).force)).toEqual([false])
  expect(run.summary).toContain('Committed')

  // The run triggered by its own commit: nothing to do.
  const again = await runPush(second, head, {}, node ? { node } : {})
  expect(again.code).toBe(0)
  expect(again.outputs['commit-sha']).toBe('')
  expect(await headOf()).toBe(head)
  expect(again.stdout).toContain('no blueprint changed')
}

async function pullCommentScenario(node?: string): Promise<void> {
  await gh.pushFiles({
    branch: 'main',
    files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
  })
  generateWithCli('main')
  const changed = await gh.pushFiles({
    branch: 'feature',
    from: 'main',
    files: { 'arch/shop.blueprint.yaml': SHOP_CACHE },
    message: 'swap db for a cache'
  })
  gh.addPullRequest({ number: 2, head: 'feature', base: 'main' })
  // Enough chatter that our comment lands on the second page of comments.
  for (let i = 0; i < 105; i++) gh.addComment(2, `looks good ${i}`, 'reviewer')
  // A human pasting our marker: never ours to edit.
  const human = gh.addComment(2, `${MARKER}\nI copied this from the bot`, 'octocat')
  const opts = node ? { node } : {}

  const first = await runPull({ ...opts, action: 'opened' })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  const ours = () =>
    gh.comments(2).filter((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]')
  expect(ours()).toHaveLength(1)
  const comment = ours()[0]!
  expect(comment.body.startsWith(MARKER)).toBe(true)
  expect(comment.body).toContain('➕ added')
  expect(comment.body).toContain('Session cache')
  expect(comment.body).toContain('➖ removed')
  expect(comment.body).toMatch(/\bdb\b/)
  // The head's committed document is now stale: named, with the command that fixes it.
  expect(comment.body).toContain('arch/shop.md')
  expect(comment.body).toContain(`npx --yes blueprint-docs@${VERSION} generate`)
  expect(first.outputs['comment-url']).toBe(
    `https://github.com/acme/shop/pull/2#issuecomment-${comment.id}`
  )
  expect(first.outputs['commit-sha']).toBe('')
  expect(first.summary).toContain('Session cache')
  // Comment mode commits nothing.
  expect(await headOf('feature')).toBe(changed)

  // Another push: the same comment is edited, not a new one.
  const more = await gh.pushFiles({
    branch: 'feature',
    files: { 'arch/shop.blueprint.yaml': SHOP_QUEUE },
    message: 'add a queue'
  })
  const second = await runPull({ ...opts, action: 'synchronize', before: changed })
  expect(second.code).toBe(0)
  expect(ours()).toHaveLength(1)
  expect(ours()[0]!.id).toBe(comment.id)
  expect(ours()[0]!.body).toContain('Order queue')
  expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  expect(apiRequests('PATCH', /\/issues\/comments\/\d+$/).map((r) => r.path)).toEqual([
    `/repos/acme/shop/issues/comments/${comment.id}`
  ])
  expect(apiRequests('POST', /\/issues\/\d+\/comments$/)).toHaveLength(1)

  // Reverted: the comment says there is nothing any more.
  await gh.pushFiles({
    branch: 'feature',
    files: { 'arch/shop.blueprint.yaml': SHOP },
    message: 'revert'
  })
  const third = await runPull({ ...opts, action: 'synchronize', before: more })
  expect(third.code).toBe(0)
  expect(ours()).toHaveLength(1)
  expect(ours()[0]!.id).toBe(comment.id)
  expect(ours()[0]!.body).toMatch(/no architecture or document changes any more/i)
  expect(ours()[0]!.body).not.toContain('Order queue')
  // The human's comment was never touched.
  expect(gh.comments(2).find((c) => c.id === human.id)?.body).toBe(human.body)
  expect(gh.comments(2)).toHaveLength(107)
}

async function checkScenario(node?: string): Promise<void> {
  // Two blueprints, so "each stale document" is more than the first one.
  const till = (text: string) => text.replace('id: shop', 'id: till')
  await gh.pushFiles({
    branch: 'main',
    files: {
      'README.md': '# shop\n',
      'arch/shop.blueprint.yaml': SHOP,
      'till/till.blueprint.yaml': till(SHOP)
    }
  })
  const fresh = generateWithCli('main')
  const staleSha = await gh.pushFiles({
    branch: 'main',
    files: { 'arch/shop.blueprint.yaml': SHOP_CACHE, 'till/till.blueprint.yaml': till(SHOP_CACHE) },
    message: 'blueprints only'
  })
  const opts = node ? { node } : {}

  const failing = await runPush(fresh, staleSha, { mode: 'check' }, opts)
  expect(failing.code).toBe(1)
  expect(json(failing.outputs['stale-docs'])).toEqual(['arch/shop.md', 'till/till.md'])
  expect(failing.outputs['commit-sha']).toBe('')
  // An error on each stale document and on each of their blueprints.
  const annotated = new Set(errors(failing).flatMap((a) => (a.file === undefined ? [] : [a.file])))
  expect([...annotated].sort()).toEqual([
    'arch/shop.blueprint.yaml',
    'arch/shop.md',
    'till/till.blueprint.yaml',
    'till/till.md'
  ])
  expect(failing.summary).toContain('```diff')
  expect(failing.summary).toMatch(/^\+.*Session cache/m)
  expect(failing.summary).toContain(`npx --yes blueprint-docs@${VERSION} generate`)
  // Check mode writes nothing.
  expect(await headOf()).toBe(staleSha)
  expect(apiRequests('POST', /\/git\//)).toHaveLength(0)

  // The developer runs the one command, commits, pushes: the check passes.
  const fixed = generateWithCli('main')
  expect(await show(fixed, 'arch/shop.md')).toContain('Session cache')
  expect(await show(fixed, 'till/till.md')).toContain('Session cache')
  const passing = await runPush(staleSha, fixed, { mode: 'check' }, opts)
  expect(passing.code).toBe(0)
  expect(errors(passing)).toEqual([])
  expect(json(passing.outputs['stale-docs'])).toEqual([])
  expect(passing.summary).toContain('up to date')
}

// ------------------------------------------------------------------ tests

const NODES: Array<[string, () => string | undefined]> = [
  ['local Node', () => undefined],
  ['Node 24', () => node24Path()]
]

describe.each(NODES)('under %s', (name, node) => {
  it('runs the bundle on the Node version it says', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop, again\n' } })
    // The process that runs the bundle says which Node it is, before the bundle loads.
    const sayVersion =
      '--import=data:text/javascript,process.stderr.write(`node:${process.version}\\n`)'
    const run = await runPush(
      first,
      second,
      {},
      { ...(node() ? { node: node() } : {}), env: { NODE_OPTIONS: sayVersion } }
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      name === 'Node 24'
        ? /^node:v24\.\d+\.\d+\n$/
        : new RegExp(`^node:${process.version.replace(/\./g, '\\.')}\n$`)
    )
    expect(run.summary).toContain('no blueprint changed')
  })
  it('push → one verified API commit with the document; its own commit then changes nothing', async () => {
    await pushCommitScenario(node())
  })
  it('pull request → one sticky comment, edited in place on the next push, "no changes any more" after a revert', async () => {
    await pullCommentScenario(node())
  })
  it('check → stale document fails with annotations, stale-docs and the diff; passes after the CLI generate is committed', async () => {
    await checkScenario(node())
  })
})

describe('which blueprints (push)', () => {
  it('nothing changed → no commit', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n\nMore words.\n' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('no blueprint changed')
    expect(json(run.outputs['blueprints'])).toEqual([])
    expect(run.outputs['commit-sha']).toBe('')
    expect(await headOf()).toBe(second)
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('new branch (forty-zero before): measured against the merge base with the default branch', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/main-only.blueprint.yaml': blueprint('main-only') }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/feat.blueprint.yaml': blueprint('feat') },
      message: 'add feat'
    })
    const tip = await gh.pushFiles({
      branch: 'feature',
      files: { 'README.md': '# shop!\n' },
      message: 'unrelated'
    })
    const run = await runPush(
      ZERO,
      tip,
      {},
      { branch: 'feature', payloadFile: 'push.new-branch.json' }
    )
    expect(run.code).toBe(0)
    // Not only the last commit (README), not every blueprint (main-only): what the branch brings.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/feat.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/feat.md'])
    const head = await headOf('feature')
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(tip)
    expect(await show(head, 'arch/main-only.md')).toBeUndefined()
    expect(await headOf('main')).not.toBe(head)
  })

  it('new branch with a shallow clone: through the compare API against the default branch', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/main-only.blueprint.yaml': blueprint('main-only') }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/feat.blueprint.yaml': blueprint('feat') },
      message: 'add feat'
    })
    const tip = await gh.pushFiles({
      branch: 'feature',
      files: { 'README.md': '# shop!\n' },
      message: 'unrelated'
    })
    const run = await runPush(
      ZERO,
      tip,
      {},
      { branch: 'feature', depth: 1, payloadFile: 'push.new-branch.json' }
    )
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//).map((r) => r.path)).toEqual([
      `/repos/acme/shop/compare/main...${tip}`
    ])
    expect(json(run.outputs['blueprints'])).toEqual(['arch/feat.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/feat.md'])
  })

  it('force push (before not an ancestor, still in the clone): measured against the default branch', async () => {
    const base = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    // The old branch tip added two blueprints; the rewritten one adds only `c` (with the same content).
    const old = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/b.blueprint.yaml': blueprint('b'), 'arch/c.blueprint.yaml': blueprint('c') }
    })
    await gh.git(['update-ref', 'refs/heads/backup', old])
    await gh.git(['update-ref', '-d', 'refs/heads/feature'])
    const rewritten = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/c.blueprint.yaml': blueprint('c') },
      message: 'rewritten'
    })
    const run = await runPush(old, rewritten, {}, { branch: 'feature', forced: true })
    expect(run.code).toBe(0)
    // `before..after` alone would have said "b removed, c unchanged": no document for c.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/c.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/c.md'])
    expect(await show(await headOf('feature'), 'arch/c.md')).toContain('**Blueprint ID:** c')
  })

  it('force push after a rebase onto a moved default branch (old tip gone): only what the branch brings', async () => {
    const base = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const old = await gh.pushFiles({
      branch: 'feature',
      from: base,
      files: { 'arch/b.blueprint.yaml': blueprint('b') }
    })
    const moved = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/m.blueprint.yaml': blueprint('m') },
      message: 'main moves on'
    })
    await gh.git(['update-ref', '-d', 'refs/heads/feature'])
    const rebased = await gh.pushFiles({
      branch: 'feature',
      from: moved,
      files: { 'arch/b.blueprint.yaml': blueprint('b') },
      message: 'rebased'
    })
    await gh.git(['reflog', 'expire', '--expire=now', '--all'])
    const run = await runPush(old, rebased, {}, { branch: 'feature', forced: true })
    expect(run.code).toBe(0)
    expect(json(run.outputs['blueprints'])).toEqual(['arch/b.blueprint.yaml'])
  })

  it('shallow clone: the change comes from the compare API', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/old.blueprint.yaml': blueprint('old') }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, {}, { depth: 1 })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//).map((r) => r.path)).toEqual([
      `/repos/acme/shop/compare/${first}...${second}`
    ])
    expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
    expect(await show(head, 'arch/shop.md')).toContain('**Blueprint ID:** shop')
  })

  it('a change to the workflow file (the configuration) means every blueprint; so does workflow_dispatch', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: {
        'README.md': '# shop\n',
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { '.github/workflows/docs.yml': 'on: push\n' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('.github/workflows/docs.yml changed')
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])

    const third = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/c.blueprint.yaml': blueprint('c') }
    })
    const p = payload('workflow_dispatch.json')
    const dispatch = await runActionBundle({
      workspace: checkout(third),
      eventName: 'workflow_dispatch',
      payload: {
        ...p,
        ref: 'refs/heads/main',
        repository: {
          ...(p['repository'] as object),
          full_name: 'acme/shop',
          name: 'shop',
          default_branch: 'main'
        }
      },
      inputs: { token: gh.token },
      apiUrl: gh.url,
      repository: 'acme/shop',
      sha: third
    })
    expectNoToken(dispatch)
    expect(dispatch.code).toBe(0)
    expect(json(dispatch.outputs['blueprints'])).toEqual([
      'arch/a.blueprint.yaml',
      'arch/b.blueprint.yaml',
      'arch/c.blueprint.yaml'
    ])
    expect(json(dispatch.outputs['changed-docs'])).toEqual(['arch/c.md'])
    expect(await parentsOf(await headOf())).toBe(third)
  })
})

describe('pull request, shallow', () => {
  it('a shallow clone reads the pull request files from pulls/{n}/files', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 7, head: 'feature', base: 'main' })
    const run = await runPull({ number: 7, shallow: true })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/pulls\/7\/files$/)).toHaveLength(1)
    expect(json(run.outputs['blueprints'])).toEqual(['arch/shop.blueprint.yaml'])
    const ours = gh.comments(7)
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain('Session cache')
    expect(ours[0]!.body).toContain('➖ removed')
  })
})

describe('commit details', () => {
  it('a backtick in a blueprint file name stays inside its code span in the job summary', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/a`b.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a`b.md'])
    expect(run.summary).toContain('- wrote ``arch/a`b.md``\n')
  })

  it('mode commit,check: after its own commit nothing is stale, so the check passes and its summary says so', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, { mode: 'commit,check' })
    expect(run.code).toBe(0)
    expect(errors(run)).toEqual([])
    expect(run.outputs['commit-sha']).toBe(await headOf())
    expect(json(run.outputs['stale-docs'])).toEqual([])
    expect(run.summary).toContain('### Check\n\nEvery document is up to date.')
    expect(run.summary).not.toContain('out of date')
  })

  it('an invalid blueprint among valid ones: positioned annotation, nothing of it committed, the others committed, exit 1', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/bad.blueprint.yaml': BAD,
        'arch/z.blueprint.yaml': blueprint('z')
      }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const bad = errors(run).filter((a) => a.file === 'arch/bad.blueprint.yaml')
    expect(bad.length).toBeGreaterThan(0)
    expect(bad[0]).toMatchObject({ line: 3, col: 1 })
    expect(bad[0]?.message).toMatch(/colour/)
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
    expect((await filesAt(head)).filter((f) => f.endsWith('.md')).sort()).toEqual([
      'README.md',
      'arch/a.md',
      'arch/z.md'
    ])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/z.md'])
  })

  it('a deleted blueprint deletes its document; a renamed one moves it', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: {
        'README.md': '# shop\n',
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const generated = generateWithCli('main')
    expect(await filesAt(generated)).toEqual(expect.arrayContaining(['arch/a.md', 'arch/b.md']))

    const deleted = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/a.blueprint.yaml': null },
      message: 'drop a'
    })
    const run = await runPush(generated, deleted)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md'])
    const afterDelete = await headOf()
    expect(await parentsOf(afterDelete)).toBe(deleted)
    expect(await filesAt(afterDelete)).not.toContain('arch/a.md')
    expect(await filesAt(afterDelete)).toContain('arch/b.md')
    const tree = apiRequests('POST', /\/git\/trees$/)[0]?.body as {
      tree: Array<{ path: string; sha?: string | null }>
    }
    expect(tree.tree).toEqual([expect.objectContaining({ path: 'arch/a.md', sha: null })])

    const renamed = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/b.blueprint.yaml': null, 'systems/b.blueprint.yaml': blueprint('b') },
      message: 'move b'
    })
    const moved = await runPush(afterDelete, renamed)
    expect(moved.code).toBe(0)
    expect(json(moved.outputs['changed-docs'])!).toEqual(
      expect.arrayContaining(['arch/b.md', 'systems/b.md'])
    )
    const afterMove = await headOf()
    const files = await filesAt(afterMove)
    expect(files).not.toContain('arch/b.md')
    expect(files).toContain('systems/b.md')
    expect(await show(afterMove, 'systems/b.md')).toContain(
      'generated from systems/b.blueprint.yaml'
    )
  })

  it('a race on the ref (same blueprint changed meanwhile): regenerates on the new head, commits on top, never forces', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      competing = await gh.pushFiles({
        branch: 'main',
        files: { 'arch/shop.blueprint.yaml': SHOP_SEARCH },
        message: 'a colleague pushes'
      })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(competing).toMatch(/^[0-9a-f]{40}$/)
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(competing)
    expect(await isAncestor(competing, head)).toBe(true)
    expect(await isAncestor(second, head)).toBe(true)
    // Regenerated from the blueprint as it is at the new head.
    expect(await show(head, 'arch/shop.md')).toContain('Search index')
    const patches = apiRequests('PATCH', /\/git\/refs\//)
    expect(patches.length).toBe(2)
    expect(patches.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true)
  })

  it('a race on the ref (an unrelated file changed meanwhile): the competing commit stays, the document is committed on top', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      competing = await gh.pushFiles({
        branch: 'main',
        files: { 'CHANGELOG.md': '- something\n' },
        message: 'unrelated push'
      })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    const head = await headOf()
    expect(await parentsOf(head)).toBe(competing)
    expect(await show(head, 'CHANGELOG.md')).toBe('- something\n')
    expect(await show(head, 'arch/shop.md')).toContain('**Blueprint ID:** shop')
  })

  it('a race with more files than the compare API lists: no commit rather than one built on a half-known head', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    let competing = ''
    gh.beforeRefUpdate(async () => {
      const many = Object.fromEntries(
        Array.from({ length: 301 }, (_, i) => [`data/f${i}.txt`, `${i}\n`])
      )
      competing = await gh.pushFiles({ branch: 'main', files: many, message: 'a large push' })
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('moved by more files than the compare API lists')
    expect(await headOf()).toBe(competing)
    expect(await show(competing, 'arch/shop.md')).toBeUndefined()
    expect(run.summary).toContain('### Failed')
    expect(run.outputs['commit-sha']).toBe('')
  })

  it('a 502 from the API once: retried, success', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    gh.failNext({ method: 'POST', path: /\/git\/trees$/, status: 502 })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(apiRequests('POST', /\/git\/trees$/).map((r) => r.status)).toEqual([502, 201])
    const head = await headOf()
    expect(run.outputs['commit-sha']).toBe(head)
    expect(await parentsOf(head)).toBe(second)
  })

  it('a hand-written file at the output path: error annotation, left untouched, not committed', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.md': '# Shop\n\nWritten by hand.\n' }
    })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const errs = errors(run)
    expect(
      errs.some(
        (a) =>
          (a.file === 'arch/shop.blueprint.yaml' || a.file === 'arch/shop.md') &&
          a.message.includes('arch/shop.md') &&
          /not generated|by hand|no generated marker/.test(a.message)
      )
    ).toBe(true)
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha']).toBe('')
    expect(await show(second, 'arch/shop.md')).toBe('# Shop\n\nWritten by hand.\n')
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('a blueprint that is a symbolic link out of the repository: refused with an annotation, nothing committed', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'bpd-outside-'))
    workspaces.push(outside)
    const target = path.join(outside, 'secret.blueprint.yaml')
    writeFileSync(target, blueprint('topsecret', '\n  TOPSECRET-CONTENT-7c1f'))
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'arch/evil.blueprint.yaml': { content: target, mode: '120000' },
        'arch/passwd.blueprint.yaml': { content: '../../../etc/passwd', mode: '120000' }
      }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(1)
    const errs = errors(run)
    expect(errs.find((a) => a.file === 'arch/evil.blueprint.yaml')?.message).toMatch(
      /outside the repository/
    )
    expect(errs.find((a) => a.file === 'arch/passwd.blueprint.yaml')?.message).toMatch(
      /outside the repository/
    )
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha']).toBe('')
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
    for (const text of [run.stdout, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain('TOPSECRET-CONTENT')
      expect(text).not.toContain('root:x:0')
    }
  })

  it('a custom template (the standard format file verbatim) works; a change to the template alone regenerates every blueprint', async () => {
    const seed = readFileSync('test/fixtures/standard-format.txt', 'utf8')
    const inputs = { template: 'docs/architecture.template.md' }
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: {
        'docs/architecture.template.md': seed,
        'arch/a.blueprint.yaml': blueprint('a'),
        'arch/b.blueprint.yaml': blueprint('b')
      }
    })
    const run = await runPush(first, second, inputs)
    expect(run.code).toBe(0)
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])
    const head = await headOf()
    const a = (await show(head, 'arch/a.md')) ?? ''
    expect(a).toContain('**Blueprint ID:** a')
    expect(a).toContain('**Template:** Standard Architecture Documentation Format')
    expect(a).toContain('/api/v1/resources/{id}')
    expect(a).not.toMatch(/\{(project_id|blueprint_id|components_section|diagram_content)\}/)

    // The seed gives the same document as the built-in template: the check without the template agrees.
    const builtIn = await runPush(second, head, { mode: 'check', all: 'true' })
    expect(builtIn.code).toBe(0)
    expect(json(builtIn.outputs['stale-docs'])).toEqual([])

    const changed = await gh.pushFiles({
      branch: 'main',
      files: { 'docs/architecture.template.md': `${seed}\nMaintained by the platform team.\n` },
      message: 'template only'
    })
    const again = await runPush(head, changed, inputs)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('docs/architecture.template.md changed')
    expect(json(again.outputs['changed-docs'])).toEqual(['arch/a.md', 'arch/b.md'])
    const last = await headOf()
    expect(await parentsOf(last)).toBe(changed)
    expect(await show(last, 'arch/a.md')).toContain('Maintained by the platform team.')
    expect(await show(last, 'arch/b.md')).toContain('Maintained by the platform team.')
  })
})

describe('tokens and permissions', () => {
  const FORK_TOKEN = 'ghs_forkReadOnlyToken11111111111111111'

  it('fork pull request, comment mode, read-only token: warning, review in the job summary, exit 0', async () => {
    await restartWith({
      tokens: {
        [FORK_TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true }
      }
    })
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 3, head: 'feature', base: 'main', headRepoFork: true })
    const run = await runPull({ number: 3, fork: true }, FORK_TOKEN)
    expect(run.code).toBe(0)
    expect(
      warnings(run).some(
        (w) =>
          /pull-requests: write/.test(w.message) &&
          /from a fork always gets a read-only token/.test(w.message)
      )
    ).toBe(true)
    expect(errors(run)).toEqual([])
    expect(run.summary).toContain('Session cache')
    expect(run.outputs['comment-url']).toBe('')
    expect(gh.comments(3)).toHaveLength(0)
  })

  it('fork pull request, commit mode: warning, falls back to comment (itself read-only: summary), no commit', async () => {
    await restartWith({
      tokens: {
        [FORK_TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true }
      }
    })
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const headSha = await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    gh.addPullRequest({ number: 4, head: 'feature', base: 'main', headRepoFork: true })
    const run = await runPull({ number: 4, fork: true, inputs: { mode: 'commit' } }, FORK_TOKEN)
    expect(run.code).toBe(0)
    expect(warnings(run).some((w) => /fork/i.test(w.message))).toBe(true)
    expect(run.summary).toContain('Session cache')
    expect(run.outputs['commit-sha']).toBe('')
    expect(await headOf('feature')).toBe(headSha)
    expect(apiRequests('POST', /\/git\//)).toHaveLength(0)
  })

  it('403 on commit with a non-fork: fails with a message naming contents: write', async () => {
    const TOKEN = 'ghs_readOnlyNotAFork2222222222222222222'
    await restartWith({
      tokens: { [TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true } }
    })
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(errors(run).some((e) => e.message.includes('contents: write'))).toBe(true)
    // A push has no fork to blame: the message names the permission only.
    expect(errors(run).filter((e) => /fork/i.test(e.message))).toEqual([])
    expect(await headOf()).toBe(second)
    expect(run.outputs['commit-sha'] ?? '').toBe('')
    expect(apiRequests('PATCH', /\/git\/refs\//)).toHaveLength(0)
  })

  it('a failed step (403 on commit) still writes the job summary and the outputs', async () => {
    const TOKEN = 'ghs_readOnlyNotAFork3333333333333333333'
    await restartWith({
      tokens: { [TOKEN]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true } }
    })
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(run.summary).toContain('contents: write')
    expect(Object.keys(run.outputs).sort()).toEqual(OUTPUT_NAMES)
  })
})

describe('API limits and retries', () => {
  it('a rate limit (403, x-ratelimit-remaining 0) and a secondary rate limit are waited out, then success', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    gh.failNext({
      method: 'POST',
      path: /\/git\/trees$/,
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1)
      }
    })
    gh.failNext({
      method: 'POST',
      path: /\/git\/commits$/,
      status: 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: { 'retry-after': '1' }
    })
    const run = await runPush(first, second)
    expect(run.code).toBe(0)
    expect(apiRequests('POST', /\/git\/trees$/).map((r) => r.status)).toEqual([403, 201])
    expect(apiRequests('POST', /\/git\/commits$/).map((r) => r.status)).toEqual([403, 201])
    expect(await parentsOf(await headOf())).toBe(second)
  })

  it('past the compare API cap (300 files) every blueprint is regenerated', async () => {
    const first = await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/quiet.blueprint.yaml': blueprint('quiet') }
    })
    const many: Record<string, string> = {}
    for (let i = 0; i < 300; i++) many[`assets/f${String(i).padStart(3, '0')}.txt`] = `${i}\n`
    const second = await gh.pushFiles({ branch: 'main', files: many })
    const run = await runPush(first, second, {}, { depth: 1 })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/compare\//)).toHaveLength(1)
    // The blueprint was not among the (cut) files: only "everything" finds its missing document.
    expect(json(run.outputs['blueprints'])).toEqual(['arch/quiet.blueprint.yaml'])
    expect(json(run.outputs['changed-docs'])).toEqual(['arch/quiet.md'])
  })

  it('pull request files are read through every page (shallow clone, >100 files)', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'zz/shop.blueprint.yaml': SHOP }
    })
    const many: Record<string, string | null> = { 'zz/shop.blueprint.yaml': SHOP_CACHE }
    for (let i = 0; i < 150; i++) many[`assets/f${String(i).padStart(3, '0')}.txt`] = `${i}\n`
    await gh.pushFiles({ branch: 'feature', from: 'main', files: many })
    gh.addPullRequest({ number: 9, head: 'feature', base: 'main' })
    const run = await runPull({ number: 9, shallow: true })
    expect(run.code).toBe(0)
    expect(apiRequests('GET', /\/pulls\/9\/files$/).length).toBe(2)
    expect(json(run.outputs['blueprints'])).toEqual(['zz/shop.blueprint.yaml'])
    expect(gh.comments(9)[0]?.body).toContain('Session cache')
  })

  it('the ref keeps moving: bounded retries, never a force, nothing lost', async () => {
    const first = await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const second = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP }
    })
    const competing: string[] = []
    for (let i = 0; i < 10; i++) {
      gh.beforeRefUpdate(async () => {
        competing.push(
          await gh.pushFiles({
            branch: 'main',
            files: { [`notes/${i}.txt`]: `${i}\n` },
            message: `busy ${i}`
          })
        )
      })
    }
    const run = await runPush(first, second, {}, { complete: false })
    expect(run.code).toBe(1)
    expect(errors(run).some((e) => /kept moving|gave up/i.test(e.message))).toBe(true)
    const patches = apiRequests('PATCH', /\/git\/refs\//)
    expect(patches.length).toBeGreaterThan(1)
    expect(patches.length).toBeLessThanOrEqual(5)
    expect(patches.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true)
    // The branch ends at the last competing push: nothing of anyone else's was overwritten.
    expect(await headOf()).toBe(competing[competing.length - 1])
  })

  it('file modes are kept: an executable document stays executable when regenerated', async () => {
    await gh.pushFiles({
      branch: 'main',
      files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
    })
    const generated = generateWithCli('main')
    const doc = (await show(generated, 'arch/shop.md')) ?? ''
    const executable = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.md': { content: doc, mode: '100755' } },
      message: 'chmod +x'
    })
    const changed = await gh.pushFiles({
      branch: 'main',
      files: { 'arch/shop.blueprint.yaml': SHOP_CACHE }
    })
    const run = await runPush(executable, changed)
    expect(run.code).toBe(0)
    const head = await headOf()
    expect(await parentsOf(head)).toBe(changed)
    expect((await gh.git(['ls-tree', head, 'arch/shop.md'])).split(' ')[0]).toBe('100755')
    expect(await show(head, 'arch/shop.md')).toContain('Session cache')
  })
})

describe('comment body', () => {
  it('fences outrun backticks in the document diff; a huge change is cut under 65,536 characters with a note, the whole diff in the summary', async () => {
    await gh.pushFiles({ branch: 'main', files: { 'README.md': '# shop\n' } })
    const fenced = `id: fenced
project: acme
components:
  - id: api
    description: "Start a block with \`\`\`\`\` five backticks"
`
    const parts = ['id: huge', 'project: acme', 'components:']
    for (let i = 0; i < 1500; i++)
      parts.push(
        `  - id: c${i}`,
        `    name: Component number ${i}`,
        `    description: This component does a fairly long list of important things, number ${i}.`
      )
    const huge = `${parts.join('\n')}\n`
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'arch/fenced.blueprint.yaml': fenced }
    })
    gh.addPullRequest({ number: 11, head: 'feature', base: 'main' })
    const small = await runPull({ number: 11 })
    expect(small.code).toBe(0)
    const body = gh.comments(11)[0]?.body ?? ''
    const diffFence = /^(`+)diff$/m.exec(body)
    expect(diffFence?.[1]?.length).toBeGreaterThan(5)

    await gh.pushFiles({ branch: 'feature', files: { 'arch/huge.blueprint.yaml': huge } })
    const big = await runPull({ number: 11, action: 'synchronize' })
    expect(big.code).toBe(0)
    const comments = gh.comments(11)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.length).toBeLessThanOrEqual(65536)
    expect(comments[0]!.body).toMatch(/shortened|left out/i)
    expect(big.summary).toContain('Component number 1499')
  })
})
