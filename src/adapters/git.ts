/**
 * The local clone, through the git command line: what changed between two
 * commits, when a file last changed, and whether the history is there at
 * all (a shallow clone answers "unknown" rather than a wrong answer).
 */
import { execFile, execFileSync, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import type { ChangedPath, Git } from '../project/ports.js'

const run = promisify(execFile)

/** Git in the folder `root`. */
export function localGit(root: string): Git {
  const git = async (args: readonly string[]) =>
    (await run('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout
  const ok = async (args: readonly string[]) =>
    git(args).then(
      () => true,
      () => false
    )
  return {
    isRepository: () => ok(['rev-parse', '--is-inside-work-tree']),
    hasCommit: (sha) => ok(['cat-file', '-e', `${sha}^{commit}`]),
    isShallow: async () =>
      (await git(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true',
    isAncestor: (a, d) => ok(['merge-base', '--is-ancestor', a, d]),
    mergeBase: async (a, b) =>
      (await git(['merge-base', a, b]).catch(() => '')).trim() || undefined,
    resolve: async (ref) =>
      (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim() ||
      undefined,
    async changes(base, head) {
      // Synchronous on purpose: on a push that changes nothing this is the action's only
      // process, and the blocking call starts and reaps it a few milliseconds sooner.
      const out = execFileSync(
        'git',
        [
          'diff',
          '--name-status',
          '-z',
          '-M',
          '--no-ext-diff',
          base,
          ...(head !== undefined ? [head] : [])
        ],
        {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 256 * 1024 * 1024
        }
      )
      if (head !== undefined) return parseNameStatus(out)
      const untracked = (await git(['ls-files', '-z', '--others', '--exclude-standard']))
        .split('\0')
        .filter(Boolean)
      return [
        ...parseNameStatus(out),
        ...untracked.map((file): ChangedPath => ({ path: file, status: 'added' }))
      ]
    },
    lastChanged: (paths) => lastChanged(root, paths),
    async show(commit, file) {
      try {
        const { stdout } = await promisify(execFile)('git', ['show', `${commit}:${file}`], {
          cwd: root,
          encoding: 'buffer',
          maxBuffer: 64 * 1024 * 1024
        })
        return stdout
      } catch {
        return undefined
      }
    }
  }
}

/** Parses `git diff --name-status -z` output. */
export function parseNameStatus(out: string): ChangedPath[] {
  const fields = out.split('\0')
  const changes: ChangedPath[] = []
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? ''
    if (code === '') continue
    const letter = code[0]
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++] ?? ''
      const to = fields[i++] ?? ''
      changes.push(
        letter === 'R'
          ? { path: to, status: 'renamed', previousPath: from }
          : { path: to, status: 'added' }
      )
    } else {
      const file = fields[i++] ?? ''
      changes.push({
        path: file,
        status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified'
      })
    }
  }
  return changes
}

/**
 * Walks `git log` newest first and stops as soon as every wanted path has
 * been seen, so a recent change costs little however long the history is.
 */
async function lastChanged(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(paths)
  const found = new Map<string, string>()
  if (wanted.size === 0) return found
  return new Promise((resolve) => {
    const child = spawn(
      'git',
      [
        'log',
        '--format=%x01%ct',
        '--name-only',
        '--no-renames',
        '-z',
        'HEAD',
        '--',
        ...(paths.length <= 200 ? paths : [])
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore']
      }
    )
    let time = ''
    let rest = ''
    const take = (token: string) => {
      // With -z, a commit's header and its first file name share a token: "\x01<ct>\n<name>".
      const t = token.replace(/^\n/, '')
      if (t.startsWith('\u0001')) {
        const [stamp = '', first = ''] = t.slice(1).split('\n')
        time = new Date(Number(stamp) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
        if (first !== '') see(first)
      } else if (t !== '') see(t)
    }
    const see = (name: string) => {
      if (wanted.has(name) && !found.has(name)) {
        found.set(name, time)
        if (found.size === wanted.size) child.kill()
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const tokens = (rest + chunk).split('\0')
      rest = tokens.pop() ?? ''
      for (const token of tokens) take(token)
    })
    child.on('close', () => {
      if (rest !== '') take(rest)
      resolve(found)
    })
    child.on('error', () => resolve(found))
  })
}
