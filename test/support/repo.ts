/**
 * Real git repositories in temporary folders, for tests that need history.
 */
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  mkdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
  existsSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CliIo } from '../../src/cli/io.js'

export interface TempRepo {
  readonly root: string
  write(file: string, content: string): void
  read(file: string): string
  exists(file: string): boolean
  remove(file: string): void
  symlink(target: string, file: string): void
  git(...args: string[]): string
  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string, options?: { date?: string }): string
  cleanup(): void
}

const IDENTITY = [
  '-c',
  'user.name=Test Author',
  '-c',
  'user.email=author@example.com',
  '-c',
  'commit.gpgsign=false'
]

/** A new folder, a git repository unless `git: false`. */
export function tempRepo(
  options: { git?: boolean; files?: Record<string, string> } = {}
): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'bpd-repo-'))
  const git = (...args: string[]) =>
    execFileSync('git', [...IDENTITY, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
  if (options.git !== false) git('init', '-q', '-b', 'main')
  const repo: TempRepo = {
    root,
    write(file, content) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), content)
    },
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
    exists: (file) => existsSync(path.join(root, file)),
    remove: (file) => rmSync(path.join(root, file), { force: true }),
    symlink(target, file) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      symlinkSync(target, path.join(root, file))
    },
    git,
    commit(message, commitOptions = {}) {
      git('add', '-A')
      const date = commitOptions.date ?? '2026-01-02T03:04:05Z'
      execFileSync('git', [...IDENTITY, 'commit', '-q', '--allow-empty', '-m', message], {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
      })
      return git('rev-parse', 'HEAD').trim()
    },
    cleanup: () => rmSync(root, { recursive: true, force: true })
  }
  for (const [file, content] of Object.entries(options.files ?? {})) repo.write(file, content)
  return repo
}

/** A small valid blueprint the suites share: two components, one dependency. */
export const SHOP_BLUEPRINT = `id: shop
project: acme
overview: Sells things.
components:
  - id: web
    type: frontend
  - id: db
    type: database
dependencies:
  - from: web
    to: db
`

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the command line in-process inside `repo`, with a fixed clock, and collects what it printed. */
export async function runCliIn(repo: TempRepo, ...argv: string[]): Promise<CliRun> {
  return runCliWith(repo, {}, ...argv)
}

/** {@link runCliIn} with more of the command line's surroundings (e.g. its writer thread). */
export async function runCliWith(
  repo: TempRepo,
  more: Partial<CliIo>,
  ...argv: string[]
): Promise<CliRun> {
  const { runCli } = await import('../../src/cli/main.js')
  let out = ''
  let err = ''
  const code = await runCli({
    argv,
    cwd: repo.root,
    env: {},
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    now: () => new Date('2026-11-25T10:00:00Z'),
    ...more
  })
  return { code, out, err }
}
