/**
 * Temporary git repositories for the benchmark, built with `git fast-import`
 * (thousands of commits in seconds, no work tree churn).
 */
import { spawn, execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { blueprintPath, blueprintYaml, rng } from './synth.mjs'

/** Git without the user's or the system's configuration, and a fixed identity. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid'
}

export function git(cwd, args, options = {}) {
  return execFileSync('git', args, {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options
  }).trim()
}

export function initRepo(dir) {
  mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '-b', 'main'])
}

/** Writes blueprints 0..count-1 into `dir` (a work tree). */
export function writeBlueprints(dir, count) {
  for (let n = 0; n < count; n++) {
    const file = path.join(dir, blueprintPath(n))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, blueprintYaml(n))
  }
}

/** Removes every Markdown file under `dir` (outside .git): the documents a run wrote. */
export function removeDocuments(dir) {
  const stack = [dir]
  while (stack.length > 0) {
    const d = stack.pop()
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue
      const p = path.join(d, e.name)
      if (e.isDirectory()) stack.push(p)
      else if (e.name.endsWith('.md')) rmSync(p)
    }
  }
}

/**
 * A repository of `files` files (of which `blueprints` are blueprints) and
 * `commits` commits after the first. Every commit changes a few ordinary
 * files; some add or delete one; `changedBlueprints` of them change one
 * blueprint each. Returns the first and last commit: the range to diff.
 */
export async function historyRepo(
  dir,
  { files, blueprints, commits, changedBlueprints, filesPerCommit = 5 }
) {
  initRepo(dir)
  const random = rng(42)
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    env: GIT_ENV,
    stdio: ['pipe', 'ignore', 'inherit']
  })
  const done = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`))
    )
  })
  let buffered = []
  let size = 0
  const flush = async () => {
    if (buffered.length === 0) return
    const chunk = Buffer.concat(buffered)
    buffered = []
    size = 0
    if (!child.stdin.write(chunk))
      await new Promise((resolve) => child.stdin.once('drain', resolve))
  }
  const out = async (text) => {
    const b = Buffer.from(text)
    buffered.push(b)
    size += b.length
    if (size > 1 << 20) await flush()
  }
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`
  const plainPath = (i) =>
    `src/module-${String(Math.floor(i / 100)).padStart(3, '0')}/file-${String(i).padStart(5, '0')}.ts`
  const plainText = (i, rev) =>
    `// file ${i}, revision ${rev}\nexport const value${i} = ${rev}\n${'// filler line for a realistic size\n'.repeat(6)}`
  let time = 1_700_000_000
  const commit = async (mark, message, ops) => {
    await out(
      `commit refs/heads/main\nmark :${mark}\ncommitter bench <bench@example.invalid> ${time} +0000\n${data(message)}`
    )
    if (mark > 1) await out(`from :${mark - 1}\n`)
    for (const op of ops) await out(op)
    await out('\n')
    time += 60
  }

  // Start with as many ordinary files as the churn below leaves `files` in the end (one is the README).
  const plainCount = files - blueprints - Math.floor(commits / 10) + Math.floor(commits / 20)
  const first = [`M 100644 inline README.md\n${data('# synthetic monorepo\n')}`]
  for (let n = 0; n < blueprints; n++)
    first.push(`M 100644 inline ${blueprintPath(n)}\n${data(blueprintYaml(n))}`)
  for (let i = 0; i < plainCount - 1; i++)
    first.push(`M 100644 inline ${plainPath(i)}\n${data(plainText(i, 0))}`)
  await commit(1, 'initial import', first)

  // Spread the blueprint changes evenly over the history, each on a different blueprint.
  const every = Math.floor(commits / changedBlueprints)
  let nextPlain = plainCount
  const deleted = new Set()
  for (let c = 1; c <= commits; c++) {
    const ops = []
    for (let k = 0; k < filesPerCommit; k++) {
      const i = Math.floor(random() * (plainCount - 1))
      if (!deleted.has(i)) ops.push(`M 100644 inline ${plainPath(i)}\n${data(plainText(i, c))}`)
    }
    // Churn: a new file every 10th commit, a deleted one every 20th; 20,000 files at the end give or take.
    if (c % 10 === 0)
      ops.push(`M 100644 inline ${plainPath(nextPlain)}\n${data(plainText(nextPlain++, c))}`)
    if (c % 20 === 0) {
      const i = Math.floor(random() * (plainCount - 1))
      if (!deleted.has(i)) {
        deleted.add(i)
        ops.push(`D ${plainPath(i)}\n`)
      }
    }
    if (c % every === 0 && c / every <= changedBlueprints) {
      const n = Math.floor(((c / every - 1) * blueprints) / changedBlueprints)
      ops.push(`M 100644 inline ${blueprintPath(n)}\n${data(blueprintYaml(n, 1))}`)
    }
    await commit(c + 1, `change ${c}`, ops)
  }
  await out('done\n')
  await flush()
  child.stdin.end()
  await done
  git(dir, ['repack', '-adq'])
  const base = git(dir, ['rev-list', '--max-parents=0', 'main'])
  const head = git(dir, ['rev-parse', 'main'])
  const fileCount = Number(git(dir, ['ls-tree', '-r', '--name-only', 'main']).split('\n').length)
  const commitCount = Number(git(dir, ['rev-list', '--count', 'main']))
  return { base, head, fileCount, commitCount }
}
