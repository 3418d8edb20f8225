/**
 * One commit through the Git Data API: trees, a commit, and a ref moved only
 * forward. GitHub signs a commit made this way, and no git credentials are
 * needed. Never forces: a branch that moved is an outcome, not an error.
 */
import type { FileChange, GitHubApi } from '../../project/ports.js'
import { asApiError, type Client } from './client.js'

interface TreeItem {
  path: string
  mode: string
  type: string
}

type Listed = { path?: string; mode?: string; type?: string; sha?: string }

/**
 * The current tree entries at the given paths. A recursive tree listing is one call; GitHub
 * truncates it past 100,000 entries / 7 MB, and then we walk only the folders on our paths.
 */
async function entriesAt(
  { octokit, owner, repo }: Client,
  treeSha: string,
  paths: string[]
): Promise<Map<string, TreeItem>> {
  const found = new Map<string, TreeItem>()
  const wanted = new Set(paths)
  const full = await octokit.rest.git.getTree({
    owner,
    repo,
    tree_sha: treeSha,
    recursive: 'true'
  })
  if (!full.data.truncated) {
    for (const e of full.data.tree)
      if (e.path !== undefined && wanted.has(e.path))
        found.set(e.path, { path: e.path, mode: e.mode ?? '', type: e.type ?? '' })
    return found
  }
  const cache = new Map<string, Listed[]>()
  const list = async (sha: string): Promise<Listed[]> => {
    let entries = cache.get(sha)
    if (!entries) {
      entries = (await octokit.rest.git.getTree({ owner, repo, tree_sha: sha })).data.tree
      cache.set(sha, entries)
    }
    return entries
  }
  for (const path of wanted) {
    const parts = path.split('/')
    let sha: string | undefined = treeSha
    for (const [i, name] of parts.entries()) {
      if (sha === undefined) break
      const entry: Listed | undefined = (await list(sha)).find((e) => e.path === name)
      if (!entry) break
      if (i === parts.length - 1)
        found.set(path, { path, mode: entry.mode ?? '', type: entry.type ?? '' })
      else sha = entry.type === 'tree' ? entry.sha : undefined
    }
  }
  return found
}

type Entry = {
  path: string
  mode: '100644' | '100755'
  type: 'blob'
  content?: string
  sha?: null
}

/**
 * The commit of `changes` on top of `parent`, not yet on any branch: its sha and tree, or
 * `unchanged` when the changes leave the parent's tree as it is. `branch` names the branch in
 * refusals.
 */
export async function makeCommit(
  client: Client,
  {
    branch,
    parent,
    message,
    changes
  }: { branch: string; parent: string; message: string; changes: FileChange[] }
): Promise<{ kind: 'made'; sha: string; tree: string } | { kind: 'unchanged' }> {
  const { octokit, owner, repo } = client
  const parentCommit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent })
  const baseTree = parentCommit.data.tree.sha
  const existing = await entriesAt(
    client,
    baseTree,
    changes.map((c) => c.path)
  )
  const tree: Entry[] = []
  for (const change of changes) {
    const now = existing.get(change.path)
    // Only plain files are ours to write: replacing a symlink's blob would re-point the link,
    // a folder or submodule would be destroyed.
    if (now && now.type === 'blob' && now.mode !== '100644' && now.mode !== '100755') {
      throw new Error(
        `${change.path} is a symbolic link (mode ${now.mode}) on ${branch}; refusing to replace it`
      )
    }
    if (now && now.type !== 'blob')
      throw new Error(
        `${change.path} is a ${now.type === 'tree' ? 'folder' : 'submodule'} on ${branch}; refusing to replace it`
      )
    const currentMode = now?.mode === '100755' ? '100755' : '100644'
    if ('delete' in change) {
      // GitHub answers 422 GitRPC::BadObjectState to deleting a path the tree does not have;
      // it is nothing to do anyway.
      if (now) tree.push({ path: change.path, mode: currentMode, type: 'blob', sha: null })
    } else {
      // Tree entries must carry a mode; sending 100644 would strip an existing executable bit.
      tree.push({
        path: change.path,
        mode: change.mode ?? (now ? currentMode : '100644'),
        type: 'blob',
        content: change.content
      })
    }
  }
  if (tree.length === 0) return { kind: 'unchanged' }
  const newTree = await octokit.rest.git.createTree({ owner, repo, base_tree: baseTree, tree })
  if (newTree.data.sha === baseTree) return { kind: 'unchanged' }
  // No author, no committer: GitHub then signs the commit itself and shows it as verified.
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message,
    tree: newTree.data.sha,
    parents: [parent]
  })
  return { kind: 'made', sha: commit.data.sha, tree: newTree.data.sha }
}

/**
 * GitHub's refusal of a ref update because the branch is protected: classic branch protection
 * ("Protected branch update failed for refs/heads/main.") or a repository ruleset ("Repository
 * rule violations found" and the rules, e.g. "Changes must be made through a pull request.").
 * Both answer 422; the message is what tells them from "Update is not a fast forward".
 */
export function isProtectionRefusal(status: number, message: string): boolean {
  return (
    status === 422 &&
    (/protected branch update failed/i.test(message) ||
      /repository rule violations found/i.test(message))
  )
}

/** {@link GitHubApi.commitFiles}, over the shared client. */
export function commitFiles(client: Client): GitHubApi['commitFiles'] {
  const { octokit, owner, repo, call, log } = client
  return async ({ branch, parent, message, changes }) =>
    call(`commit to ${branch}`, 'contents: write', async () => {
      const made = await makeCommit(client, { branch, parent, message, changes })
      if (made.kind === 'unchanged') return { kind: 'unchanged' } as const
      const commit = { data: { sha: made.sha } }
      // `force: false` only checks fast-forward. A branch reset *behind* `parent` would accept our
      // commit and resurrect what was removed; GitHub has no compare-and-swap, so look first.
      const head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
      if (head.data.object.sha !== parent) {
        log.info(
          `${branch} moved from ${parent.slice(0, 7)} to ${head.data.object.sha.slice(0, 7)} while committing`
        )
        return { kind: 'moved' } as const
      }
      try {
        await octokit.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${branch}`,
          sha: commit.data.sha,
          force: false
        })
      } catch (e) {
        const err = asApiError(e)
        if (err?.status === 422 && /not a fast.forward/i.test(err.message)) {
          log.info(`${branch} moved while committing (${err.message})`)
          return { kind: 'moved' } as const
        }
        if (err !== undefined && isProtectionRefusal(err.status, err.message))
          return { kind: 'protected', reason: err.message.replace(/\s+/g, ' ').trim() } as const
        throw e
      }
      return { kind: 'committed', sha: commit.data.sha } as const
    })
}
