/**
 * The world of the action's end-to-end suites: `acme/shop` on a local GitHub (REST over a
 * real bare repository, test/support/github-server.ts), actions/checkout's workspaces, real
 * webhook payloads re-pointed at it, and the action bundle built from src/ run on push and
 * pull_request events as the runner runs it.
 *
 * Every run goes through {@link expectNoToken}: the token never reaches stdout (apart from
 * the runner's own `::add-mask::` line), stderr, the outputs or the job summary, and every
 * run writes a job summary.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runActionBundle, runCliBundle, type ActionRun } from '../support/action-runner.js'
import { startFakeGitHub, type FakeGitHub, type StartOptions } from '../support/github-server.js'
import { loadPayload } from '../support/payloads.js'
import { SHOP_BLUEPRINT } from '../support/repo.js'
import { ZERO_SHA } from '../../src/project/event.js'

export const payload = loadPayload

export const MARKER = '<!-- blueprint-docs:comment tag=blueprint-docs -->'

export const SHOP = SHOP_BLUEPRINT
/** SHOP with `db` removed and `cache` added. */
export const SHOP_CACHE = `id: shop
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
export const SHOP_QUEUE = `${SHOP_CACHE.replace('dependencies:', '  - id: queue\n    name: Order queue\n    type: queue\ndependencies:')}  - from: web
    to: queue
    async: true
`
/** SHOP plus a `search` component: the competing push of the race. */
export const SHOP_SEARCH = SHOP.replace(
  'dependencies:',
  '  - id: search\n    name: Search index\n    type: service\ndependencies:'
)

export const blueprint = (id: string, extra = '') => `id: ${id}
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
export const BAD = `id: bad
project: acme
colour: blue
components:
  - id: api
`

/** The local GitHub of the running test (a live binding: each test gets a fresh one). */
export let gh: FakeGitHub
let workspaces: string[] = []

/** Gives every test of the calling file a fresh `acme/shop` on a local GitHub, and cleans up after it. */
export function useFakeGitHub(): void {
  beforeEach(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop' })
  })
  afterEach(async () => {
    await gh.close()
    for (const w of workspaces) rmSync(w, { recursive: true, force: true })
    workspaces = []
  })
}

/** A folder outside the workspace, removed after the test. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  workspaces.push(dir)
  return dir
}

/** A fresh server with other options (e.g. a read-only token); the old one is closed. */
export async function restartWith(options: StartOptions): Promise<void> {
  await gh.close()
  gh = await startFakeGitHub({ owner: 'acme', repo: 'shop', ...options })
}

export const gitIn = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })

/** actions/checkout: a clone of the branch at `sha` (full history unless `depth`). */
export function checkout(sha: string, options: { depth?: number } = {}): string {
  const dir = scratchDir('bpd-ws-')
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
export function checkoutMerge(baseSha: string, headSha: string): { dir: string; sha: string } {
  const dir = checkout(baseSha)
  gitIn(dir, 'merge', '--no-ff', '-q', '-m', 'Merge head into base', headSha)
  return { dir, sha: gitIn(dir, 'rev-parse', 'HEAD').trim() }
}

export const headOf = async (branch = 'main') =>
  (await gh.git(['rev-parse', `refs/heads/${branch}`])).trim()
export const show = async (ref: string, file: string) =>
  gh.git(['show', `${ref}:${file}`]).catch(() => undefined)
export const filesAt = async (ref: string) =>
  (await gh.git(['ls-tree', '-r', '--name-only', ref])).split('\n').filter(Boolean)
export const parentsOf = async (sha: string) =>
  (await gh.git(['log', '-1', '--format=%P', sha])).trim()
export const isAncestor = async (a: string, b: string) =>
  gh.git(['merge-base', '--is-ancestor', a, b]).then(
    () => true,
    () => false
  )
export const apiRequests = (method: string, pathPattern: RegExp) =>
  gh.requests.filter((r) => r.method === method && pathPattern.test(r.path))
export const json = (text: string | undefined): unknown => JSON.parse(text ?? 'null')

/** The token appears nowhere the user sees it; the runner's own mask command is the one exception. */
export function expectNoToken(run: ActionRun, token: string = gh.token, complete = true): void {
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
export const OUTPUT_NAMES = [
  'blueprints',
  'changed-docs',
  'comment-url',
  'commit-sha',
  'pull-request-url',
  'stale-docs'
]

export const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error')
export const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning')

export function pushPayload(
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
    ...(before === ZERO_SHA ? { created: true } : {})
  }
}

export interface RunOpts {
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

export async function runPush(
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

export interface PrOpts {
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
export function prPayload(
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

export async function runPull(opts: PrOpts = {}, token: string = gh.token): Promise<ActionRun> {
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
export function generateWithCli(branch = 'main'): string {
  const dir = checkout(`origin/${branch}`)
  gitIn(dir, 'checkout', '-q', '-B', branch)
  const generated = runCliBundle(dir, 'generate')
  if (generated.code !== 0)
    throw new Error(`blueprint-docs generate failed (${generated.code}): ${generated.stderr}`)
  gitIn(dir, 'add', '-A')
  gitIn(dir, 'commit', '-q', '-m', 'docs: generate locally')
  gitIn(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`)
  return gitIn(dir, 'rev-parse', 'HEAD').trim()
}

/** What the fake GitHub says about a commit's signature. */
export async function verification(sha: string): Promise<unknown> {
  const r = await fetch(`${gh.url}/repos/acme/shop/git/commits/${sha}`)
  return ((await r.json()) as { verification: { verified: boolean } }).verification.verified
}
