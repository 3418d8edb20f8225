/**
 * Acceptance harness for blueprint-docs, written from the interface only
 * (SPEC.md, README.md, action.yml): it runs the bundles built from src/ for
 * this run (the action under Node 24, the CLI as `npx blueprint-docs`) as
 * black boxes, through test/support/action-runner.ts, against the fake GitHub
 * of test/support/github-server.ts.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  node24Path,
  runActionBundle,
  runCliBundle,
  type ActionRun,
  type Annotation
} from '../../support/action-runner.js'
import type { FakeGitHub } from '../../support/github-server.js'
import { loadPayload } from '../../support/payloads.js'
import { ZERO_SHA } from '../../../src/project/event.js'

export type { ActionRun, Annotation } from '../../support/action-runner.js'

// The standard format (the shared seed file), verbatim, kept in the repository so CI needs nothing beside it.
export const SEED = path.resolve('test', 'fixtures', 'standard-format.txt')

// ---------------------------------------------------------------------------
// temp dirs

const temps: string[] = []
export function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(d)
  return d
}
export function cleanupTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------
// git

const IDENTITY = [
  '-c',
  'user.name=Dana Developer',
  '-c',
  'user.email=dana@example.com',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'advice.detachedHead=false',
  '-c',
  'init.defaultBranch=main'
]

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** A developer's clone of the fake's bare repository (full history). Works on an empty bare repo too. */
export class DevClone {
  readonly dir: string
  constructor(
    readonly gh: FakeGitHub,
    branch = 'main'
  ) {
    this.dir = tempDir('bpd-acc-dev-')
    git(this.dir, 'init', '-q', '-b', branch)
    git(this.dir, 'remote', 'add', 'origin', `file://${gh.bareRepo}`)
    const heads = git(this.dir, 'ls-remote', '--heads', 'origin')
    if (heads.trim()) {
      git(this.dir, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*')
      if (heads.includes(`refs/heads/${branch}`))
        git(this.dir, 'checkout', '-q', '-B', branch, `origin/${branch}`)
    }
  }
  write(file: string, content: string): this {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true })
    writeFileSync(path.join(this.dir, file), content)
    return this
  }
  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8')
  }
  rm(file: string): this {
    git(this.dir, 'rm', '-q', file)
    return this
  }
  git(...args: string[]): string {
    return git(this.dir, ...args)
  }
  /** Stages everything, commits with a fixed date, returns the sha. */
  commit(message: string, date: string): string {
    git(this.dir, 'add', '-A')
    execFileSync('git', [...IDENTITY, 'commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
    return git(this.dir, 'rev-parse', 'HEAD').trim()
  }
  push(branch = 'main'): void {
    git(this.dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`)
  }
  /** Pulls the branch (e.g. after the action committed). */
  pull(branch = 'main'): void {
    git(this.dir, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*')
    git(this.dir, 'checkout', '-q', '-B', branch, `origin/${branch}`)
  }
  /** `npx blueprint-docs …` in this clone: the CLI bundle built from src/. */
  cli(...args: string[]): { code: number; stdout: string; stderr: string } {
    return runCliBundle(this.dir, ...args)
  }
}

/** actions/checkout: a fresh clone of the bare repository at `sha` on `branch` (full history unless depth). */
export function checkout(
  gh: FakeGitHub,
  sha: string,
  opts: { branch?: string; depth?: number; dir?: string } = {}
): string {
  const dir = opts.dir ?? tempDir('bpd-acc-ws-')
  mkdirSync(dir, { recursive: true })
  const branch = opts.branch ?? 'main'
  git(dir, 'init', '-q')
  git(dir, 'remote', 'add', 'origin', `file://${gh.bareRepo}`)
  if (opts.depth) {
    git(
      dir,
      'fetch',
      '-q',
      `--depth=${opts.depth}`,
      'origin',
      `+${sha}:refs/remotes/origin/${branch}`
    )
  } else {
    git(dir, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*')
  }
  git(dir, 'checkout', '-q', '-B', branch, sha)
  return dir
}

/** The bare repository's view of a file at a ref, or undefined. */
export async function show(gh: FakeGitHub, ref: string, file: string): Promise<string | undefined> {
  return gh.git(['show', `${ref}:${file}`]).catch(() => undefined)
}
export async function head(gh: FakeGitHub, branch = 'main'): Promise<string> {
  return (await gh.git(['rev-parse', `refs/heads/${branch}`])).trim()
}
export async function parents(gh: FakeGitHub, sha: string): Promise<string[]> {
  return (await gh.git(['rev-list', '--parents', '-n', '1', sha])).trim().split(' ').slice(1)
}
export async function count(gh: FakeGitHub, range: string): Promise<number> {
  return Number((await gh.git(['rev-list', '--count', range])).trim())
}
export async function filesIn(gh: FakeGitHub, ref: string): Promise<string[]> {
  return (await gh.git(['ls-tree', '-r', '--name-only', ref])).split('\n').filter(Boolean)
}

// ---------------------------------------------------------------------------
// payloads (real webhook examples, re-pointed at the fake repository)

const fixture = loadPayload

function repository(gh: FakeGitHub, base: Record<string, unknown>): Record<string, unknown> {
  const owner = { ...(base['owner'] as Record<string, unknown>), login: gh.owner, name: gh.owner }
  return {
    ...base,
    name: gh.repo,
    full_name: `${gh.owner}/${gh.repo}`,
    owner,
    default_branch: 'main',
    master_branch: 'main',
    fork: false
  }
}

export function pushPayload(
  gh: FakeGitHub,
  o: { before: string; after: string; branch?: string }
): Record<string, unknown> {
  const created = o.before === ZERO_SHA
  const p = fixture(created ? 'push.new-branch.json' : 'push.branch-updated.derived.json')
  const headCommit = {
    ...(p['head_commit'] as Record<string, unknown>),
    id: o.after,
    tree_id: undefined
  }
  return {
    ...p,
    ref: `refs/heads/${o.branch ?? 'main'}`,
    before: o.before,
    after: o.after,
    created,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${gh.owner}/${gh.repo}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    head_commit: headCommit,
    commits: [headCommit],
    repository: repository(gh, p['repository'] as Record<string, unknown>)
  }
}

export function prPayload(
  gh: FakeGitHub,
  o: {
    number: number
    action: 'opened' | 'synchronize'
    headRef: string
    headSha: string
    baseRef: string
    baseSha: string
    before?: string
    fork?: boolean
  }
): Record<string, unknown> {
  const p = fixture(
    o.action === 'opened' ? 'pull_request.opened.json' : 'pull_request.synchronize.json'
  )
  const repo = repository(gh, p['repository'] as Record<string, unknown>)
  const pr = p['pull_request'] as Record<string, Record<string, unknown>>
  const headRepo = o.fork
    ? {
        ...repo,
        full_name: `fork-owner/${gh.repo}`,
        owner: { ...(repo['owner'] as object), login: 'fork-owner' },
        fork: true
      }
    : repo
  const out: Record<string, unknown> = {
    ...p,
    number: o.number,
    repository: repo,
    pull_request: {
      ...pr,
      number: o.number,
      head: {
        ...pr['head'],
        ref: o.headRef,
        sha: o.headSha,
        label: `${o.fork ? 'fork-owner' : gh.owner}:${o.headRef}`,
        repo: headRepo
      },
      base: {
        ...pr['base'],
        ref: o.baseRef,
        sha: o.baseSha,
        label: `${gh.owner}:${o.baseRef}`,
        repo
      }
    }
  }
  if (o.action === 'synchronize') {
    out['before'] = o.before
    out['after'] = o.headSha
  }
  return out
}

/** On pull_request events actions/checkout checks out refs/pull/N/merge: a merge commit of head into base. */
export function checkoutPullMerge(
  gh: FakeGitHub,
  o: { number: number; headSha: string; baseSha: string }
): { dir: string; mergeSha: string } {
  const dir = checkout(gh, o.baseSha, { branch: 'main' })
  execFileSync(
    'git',
    [
      ...IDENTITY,
      'merge',
      '-q',
      '--no-ff',
      '--no-edit',
      '-m',
      `Merge ${o.headSha} into ${o.baseSha}`,
      o.headSha
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-05-05T05:05:05Z',
        GIT_COMMITTER_DATE: '2026-05-05T05:05:05Z',
        GIT_AUTHOR_NAME: 'GitHub',
        GIT_COMMITTER_NAME: 'GitHub'
      }
    }
  )
  const mergeSha = git(dir, 'rev-parse', 'HEAD').trim()
  // GitHub keeps that merge commit under refs/pull/N/merge in the repository.
  git(dir, 'push', '-q', 'origin', `+HEAD:refs/pull/${o.number}/merge`)
  git(dir, 'checkout', '-q', '--detach', mergeSha)
  return { dir, mergeSha }
}

// ---------------------------------------------------------------------------
// running the action the way the runner does

export const errors = (run: ActionRun): Annotation[] =>
  run.annotations.filter((a) => a.level === 'error')
export const warnings = (run: ActionRun): Annotation[] =>
  run.annotations.filter((a) => a.level === 'warning')

export interface RunOptions {
  gh: FakeGitHub
  workspace: string
  eventName: string
  payload: unknown
  inputs?: Record<string, string>
  ref: string
  sha: string
  env?: Record<string, string>
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const run = await runActionBundle({
    node: node24Path(),
    workspace: o.workspace,
    eventName: o.eventName,
    payload: o.payload,
    inputs: { token: o.gh.token, ...(o.inputs ?? {}) },
    ...(o.env ? { env: o.env } : {}),
    apiUrl: o.gh.url,
    repository: `${o.gh.owner}/${o.gh.repo}`,
    ref: o.ref,
    sha: o.sha
  })
  logRun(run)
  return run
}

/** Every run's full transcript goes to $TMPDIR/bpd-acceptance-logs/, one file per test and run, for diagnosis. */
const runCounts = new Map<string, number>()
function logRun(run: ActionRun): void {
  const name = (expect.getState().currentTestName ?? 'unknown')
    .replace(/[^a-z0-9]+/gi, '-')
    .slice(0, 80)
  const n = (runCounts.get(name) ?? 0) + 1
  runCounts.set(name, n)
  const dir = path.join(tmpdir(), 'bpd-acceptance-logs')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, `${name}.${n}.txt`),
    `exit ${run.code}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}\n--- GITHUB_OUTPUT ---\n${run.outputFile}\n--- summary ---\n${run.summary}\n`
  )
}

/** Everything the run showed a person, for diagnostics in failure messages. */
export function transcript(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout ---\n${run.stdout.slice(0, 6000)}\n--- stderr ---\n${run.stderr.slice(0, 3000)}\n--- outputs ---\n${JSON.stringify(run.outputs, null, 1)}\n--- summary (first 2000) ---\n${run.summary.slice(0, 2000)}`
}

export const jsonOut = (run: ActionRun, name: string): unknown => {
  const v = run.outputs[name]
  if (v === undefined) throw new Error(`output ${name} not set\n${transcript(run)}`)
  return JSON.parse(v)
}

// ---------------------------------------------------------------------------
// the standard format

const PLACEHOLDER =
  /\{(project_id|generated_at|blueprint_id|architecture_overview|component_count|dependency_count|diagram_type|diagram_content|components_section|dependencies_section)\}/

/** Markdown headings outside fenced code, in order. */
export function headings(markdown: string): string[] {
  const out: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const f = /^(`{3,}|~{3,})/.exec(line)
    if (f) {
      if (fence === undefined) fence = f[1]
      else if (
        line.startsWith(fence as string) &&
        line.trim() === line.trim().replace(/[^`~]/g, '')
      )
        fence = undefined
      continue
    }
    if (fence === undefined && /^#{1,6} /.test(line)) out.push(line.trimEnd())
  }
  return out
}

export const seedText = (): string => readFileSync(SEED, 'utf8')

/** Lines of the standard format that hold no placeholder and are not blank: the fixed text. */
export function fixedLines(template: string): string[] {
  return template.split('\n').filter((l) => l.trim() !== '' && !PLACEHOLDER.test(l))
}

/** The first fixed line of `expected` not found, in order, in `doc`; undefined when all are there. */
export function missingFixedLine(doc: string, expected: string[]): string | undefined {
  const lines = doc.split('\n')
  let i = 0
  for (const want of expected) {
    while (i < lines.length && lines[i] !== want) i++
    if (i >= lines.length) return want
    i++
  }
  return undefined
}

/** A GET to the fake, e.g. to read a commit's verification. */
export async function api(gh: FakeGitHub, p: string): Promise<Record<string, unknown>> {
  const r = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}${p}`, {
    headers: { authorization: `token ${gh.token}` }
  })
  return (await r.json()) as Record<string, unknown>
}
