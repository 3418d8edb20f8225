/**
 * The repository's files, confined to the repository: every read, write and
 * delete resolves symbolic links first and refuses anything that lands
 * outside the root. Writes are atomic (temporary file + rename), so a crash
 * never leaves half a document.
 */
import { execFile } from 'node:child_process'
import {
  promises as fs,
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import picomatch from 'picomatch'
import { confine, PathError } from '../engine/paths.js'
import type { Workspace } from '../project/ports.js'

const run = promisify(execFile)

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

/** A workspace over the folder `root` (which must exist). */
export async function openWorkspace(root: string): Promise<Workspace> {
  const realRoot = await fs.realpath(root)
  const inside = (absolute: string) =>
    absolute === realRoot || absolute.startsWith(realRoot + path.sep)

  // Real paths of folders that exist, found once per run: `generate --all` resolves each
  // blueprint's folder several times, and glibc's realpath reads every component each time.
  // Only folders that exist are remembered; this run itself only adds folders.
  const realFolders = new Map<string, string>()
  function realFolder(folder: string): string | undefined {
    const known = realFolders.get(folder)
    if (known !== undefined) return known
    try {
      const real = realpathSync.native(folder)
      realFolders.set(folder, real)
      return real
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
  }

  const outside = (file: string, real: string) =>
    new PathError(file, `resolves through a symbolic link to ${real}, outside the repository`)

  /** The absolute path of `file`, after checking that its folders stay inside; true `folder` when its own folder exists. */
  function resolveFolders(file: string): { absolute: string; folder: boolean } {
    const relative = confine(file)
    if (relative === undefined) throw new PathError(file, 'is outside the repository')
    const absolute = path.join(realRoot, relative)
    // The longest existing folder on the way: a symlinked folder counts too.
    let folder = path.dirname(absolute)
    let real = realFolder(folder)
    while (real === undefined && path.dirname(folder) !== folder) {
      folder = path.dirname(folder)
      real = realFolder(folder)
    }
    if (real !== undefined && !inside(real)) throw outside(file, real)
    return { absolute, folder: folder === path.dirname(absolute) }
  }

  /** The absolute path of `file`, after checking that it and its folders stay inside. */
  function resolve(file: string): string {
    const { absolute, folder } = resolveFolders(file)
    // The file itself may be a link (one that leads nowhere counts as missing).
    if (folder && isLink(absolute)) {
      let target: string | undefined
      try {
        target = realpathSync.native(absolute)
      } catch (error) {
        if (!isMissing(error)) throw error
      }
      if (target !== undefined && !inside(target)) throw outside(file, target)
    }
    return absolute
  }

  return {
    root: realRoot,
    async read(file) {
      const absolute = resolve(file)
      try {
        return readFileSync(absolute)
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async write(file, content) {
      // No link is written through, wherever it points: the file itself needs no resolving.
      const { absolute } = resolveFolders(file)
      const stat = lstatSync(absolute, { throwIfNoEntry: false })
      if (stat?.isSymbolicLink())
        throw new PathError(file, 'is a symbolic link; documents are written only as regular files')
      // The folders just made, if any, must still be inside.
      if (mkdirSync(path.dirname(absolute), { recursive: true }) !== undefined) resolveFolders(file)
      const temporary = `${absolute}.${process.pid}.tmp`
      writeFileSync(temporary, content)
      // Keep the mode of the file being replaced (an executable bit is the author's choice).
      if (stat !== undefined) chmodSync(temporary, stat.mode & 0o777)
      renameSync(temporary, absolute)
    },
    async remove(file) {
      rmSync(resolve(file), { force: true })
    },
    async list(globs) {
      const matchers = globs.map((g) => picomatch(g, { dot: false }))
      const matches = (file: string) => matchers.some((m) => m(file))
      const files = (await gitFiles(realRoot)) ?? (await walk(realRoot))
      const wanted = files.filter(matches)
      const present = await Promise.all(
        wanted.map((f) =>
          fs.lstat(path.join(realRoot, f)).then(
            () => f,
            () => undefined
          )
        )
      )
      return present.filter((f): f is string => f !== undefined).sort()
    }
  }
}

/**
 * Tracked and untracked-but-not-ignored files, when the root is a git work
 * tree (answers relative to the root even inside a larger work tree). It can
 * name tracked files deleted from disk; list() drops those.
 */
async function gitFiles(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      {
        cwd: root,
        maxBuffer: 1024 * 1024 * 1024
      }
    )
    return [...new Set(stdout.split('\0').filter(Boolean))]
  } catch {
    return undefined
  }
}

/** Every file under root, not following symlinked folders (they could lead out or loop). */
async function walk(root: string): Promise<string[]> {
  const out: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true })
    for (const entry of entries) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(relative)
      } else {
        out.push(relative)
      }
    }
  }
  return out
}

/** True when `absolute` is a symbolic link; false when it does not exist (or a folder on the way is a file). */
function isLink(absolute: string): boolean {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink() ?? false
  } catch (error) {
    if (isMissing(error)) return false
    throw error
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
