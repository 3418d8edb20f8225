/**
 * The workspace as it is at a branch's new head, for regenerating after the
 * branch moved during a commit: files the new commits changed are read from
 * GitHub, everything else from the checkout.
 */
import picomatch from 'picomatch'
import type { ChangedPath, Workspace } from '../project/ports.js'
import { joinPrefix } from './paths.js'

/** Options of {@link overlayWorkspace}. */
export interface OverlayOptions {
  /** The checkout, as of the commit the run started from. */
  readonly base: Workspace
  /** The working directory inside the repository, `.` for the root. */
  readonly prefix: string
  /** What changed from the checkout's commit to the new head, with repository paths. */
  readonly changed: readonly ChangedPath[]
  /** A file at the new head, by repository path; undefined when it is not there. */
  readonly read: (repoPath: string) => Promise<Uint8Array | undefined>
}

/** A read-only workspace: the checkout, overlaid with what changed on the branch since. */
export function overlayWorkspace({ base, prefix, changed, read }: OverlayOptions): Workspace {
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
  const readOnly = () => Promise.reject(new Error('the overlay of a moved branch is read-only'))
  return {
    root: base.root,
    async read(file) {
      if (fresh.has(file)) return read(joinPrefix(prefix, file))
      if (gone.has(file)) return undefined
      return base.read(file)
    },
    write: readOnly,
    remove: readOnly,
    async list(globs) {
      const listed = new Set((await base.list(globs)).filter((f) => !gone.has(f)))
      const match = picomatch([...globs])
      for (const f of fresh) if (match(f)) listed.add(f)
      return [...listed].sort()
    }
  }
}
