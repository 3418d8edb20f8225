/** A repository on this machine: its folder's files and its git clone, opened for one run. */
import { openRepository, type OpenOptions, type OpenResult } from '../project/repository.js'
import { openWorkspace } from './files.js'
import { localGit } from './git.js'

/** Opens the repository whose work tree is `root`, through the files and git adapters. */
export async function openLocalRepository(
  options: Omit<OpenOptions, 'workspace' | 'git'> & { readonly root: string }
): Promise<OpenResult> {
  const { root, ...rest } = options
  const workspace = await openWorkspace(root)
  return openRepository({ ...rest, workspace, git: localGit(workspace.root) })
}
