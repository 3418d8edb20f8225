/** Paths between the working directory and the repository, for the API and annotations. */
import path from 'node:path'

/** A working-directory-relative path as a repository path, given the working directory's `prefix`. */
export function joinPrefix(prefix: string, file: string): string {
  return prefix === '.' || prefix === '' ? file : path.posix.join(prefix, file)
}
