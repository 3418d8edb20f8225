/**
 * The npm package as users get it: the repository's files as a clean clone
 * has them, with this run's bundle (built from src/ by the suite's global
 * setup) as `dist/`, never the `dist/` in the tree, packed by `npm pack`
 * under package.json's `files`, and unpacked into a temporary folder with no
 * `node_modules` anywhere above it.
 */
import { execFile, execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtBundles } from './action-runner.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** What `npm pack --json` says about the tarball it wrote. */
export interface PackReport {
  readonly filename: string
  readonly version: string
  readonly size: number
  readonly unpackedSize: number
  readonly files: readonly { path: string; size: number }[]
}

export interface PackedPackage {
  readonly report: PackReport
  readonly tarball: string
  /** The unpacked package folder (the tarball's `package/`). */
  readonly root: string
  /** Every file in the tarball, as `tar` lists it, relative to the package folder. */
  readonly entries: readonly string[]
  readonly manifest: { version: string; bin: Record<string, string> }
  /** Where the package's `bin` commands are linked, as npm links them on install: put it on PATH. */
  readonly binDir: string
  cleanup(): void
}

/**
 * A copy of the repository as a clean clone would have it, plus the work
 * tree's new files: what `git ls-files` lists, tracked or not, minus what
 * `.gitignore` keeps out (node_modules), with `dist/` replaced by this run's
 * bundle, so a change to src/ is what the package carries even before
 * `npm run bundle`. Returns the folder.
 */
export function stageRepository(): string {
  const stage = mkdtempSync(path.join(tmpdir(), 'bpd-stage-'))
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const from = path.join(ROOT, file)
    // A tracked file the work tree has deleted (an old bundle chunk after a rebuild) is not shipped.
    if (!existsSync(from) || !statSync(from).isFile()) continue
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true })
    copyFileSync(from, path.join(stage, file))
  }
  rmSync(path.join(stage, 'dist'), { recursive: true, force: true })
  cpSync(path.dirname(builtBundles().action), path.join(stage, 'dist'), { recursive: true })
  return stage
}

/** Runs `npm pack` in `folder`, unpacks the tarball and links its bins. */
export function packFolder(folder: string): PackedPackage {
  const out = mkdtempSync(path.join(tmpdir(), 'bpd-pack-'))
  const json = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', out],
    { cwd: folder, encoding: 'utf8', env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const report = (JSON.parse(json) as PackReport[])[0]
  if (report === undefined) throw new Error(`npm pack reported nothing: ${json}`)
  const tarball = path.join(out, report.filename)
  const unpacked = path.join(out, 'unpacked')
  mkdirSync(unpacked)
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked])
  const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort()
  const root = path.join(unpacked, 'package')
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string
    bin: Record<string, string>
  }
  const binDir = path.join(out, 'bin')
  mkdirSync(binDir)
  for (const [name, target] of Object.entries(manifest.bin)) {
    // npm's bin-links makes the target executable and links it under the command's name.
    chmodSync(path.join(root, target), 0o755)
    symlinkSync(path.join(root, target), path.join(binDir, name))
  }
  return {
    report,
    tarball,
    root,
    entries,
    manifest,
    binDir,
    cleanup: () => rmSync(out, { recursive: true, force: true })
  }
}

/** The package of the work tree as it is now. */
export function packRepository(): PackedPackage {
  const stage = stageRepository()
  try {
    return packFolder(stage)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/** npm without the network or the update check. */
export function npmEnv(): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' }
}

export interface CommandRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `command` in `cwd` with a bare environment: PATH (with `prepend`
 * first), HOME and what `env` adds; no NODE_OPTIONS or NODE_PATH from the
 * test runner to lean on.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; prepend?: readonly string[]; env?: Record<string, string> }
): Promise<CommandRun> {
  const PATH = [...(options.prepend ?? []), process.env['PATH'] ?? ''].join(path.delimiter)
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      {
        cwd: options.cwd,
        env: { PATH, HOME: process.env['HOME'] ?? tmpdir(), ...options.env },
        encoding: 'utf8'
      },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') reject(error)
        else resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr })
      }
    )
  })
}
