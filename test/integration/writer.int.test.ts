/**
 * The writer thread of big `generate` runs (src/cli/writer.ts): the
 * command-line bundle built from src/ for this run, started as a worker thread the way
 * dist/cli/index.js starts itself, writes the same bytes as inline writes,
 * reports a document it cannot write against its blueprint, and a thread
 * that dies loses no write silently and hangs nothing. Documents handed to a
 * thread that has not answered yet wait in memory up to a bound on their text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { setTimeout as delay } from 'node:timers/promises'
import { openWorkspace } from '../../src/adapters/files.js'
import { backgroundWrites } from '../../src/cli/writer.js'
import { builtBundles } from '../support/action-runner.js'
import { runCliWith, SHOP_BLUEPRINT, tempRepo, type TempRepo } from '../support/repo.js'

/** `count` blueprints, one per folder `bNN/`, in path order. */
function repoWith(count: number): TempRepo {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(2, '0')
    files[`b${n}/x.blueprint.yaml`] = SHOP_BLUEPRINT.replace('id: shop', `id: shop-${n}`).replace(
      'overview: Sells things.',
      `overview: Sells things, part ${n}.`
    )
  }
  return tempRepo({ files })
}

/** Every file under the repository (not .git), with its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && !full.includes(`${path.sep}.git${path.sep}`))
      out.set(path.relative(root, full), readFileSync(full, 'utf8'))
  }
  return out
}

/** A StartWriter that runs the bundle as the writer thread, and counts the threads. */
function bundleWriter(): { start: (root: string) => Worker; started: () => number } {
  let started = 0
  return {
    start: (root) => {
      started++
      return new Worker(BUNDLE, { workerData: { root } })
    },
    started: () => started
  }
}

const BUNDLE = builtBundles().cli

/** `promise`'s value, or `late` when `ms` milliseconds pass first; no timer is left behind. */
async function within<T>(promise: Promise<T>, ms: number, late: string): Promise<T | string> {
  const stop = new AbortController()
  try {
    return await Promise.race([promise, delay(ms, late, { signal: stop.signal })])
  } finally {
    stop.abort()
  }
}

const repos: TempRepo[] = []
afterAll(() => repos.forEach((r) => r.cleanup()))
const track = (repo: TempRepo) => (repos.push(repo), repo)

describe('generate with a writer thread (the committed bundle)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE))
      throw new Error(`${BUNDLE} is missing: the globalSetup did not build it`)
  })

  it('writes 80 documents byte for byte like inline writes, from one thread', async () => {
    const threaded = track(repoWith(80))
    const inline = track(repoWith(80))
    const writer = bundleWriter()
    const withThread = await runCliWith(
      threaded,
      { startWriter: writer.start },
      'generate',
      '--all'
    )
    const withoutThread = await runCliWith(inline, {}, 'generate', '--all')
    expect(withThread.err).toBe('')
    expect(withThread.code).toBe(0)
    expect(writer.started()).toBe(1)
    expect(withThread.out.split('\n').at(-2)).toBe('80 blueprints, 80 documents written or removed')
    const written = snapshot(threaded.root)
    expect([...written.keys()].filter((f) => f.endsWith('.md'))).toHaveLength(80)
    expect(written).toEqual(snapshot(inline.root))
    expect(withThread.out).toBe(withoutThread.out)
  })

  it('starts no thread for a small run', async () => {
    const repo = track(repoWith(10))
    const writer = bundleWriter()
    const run = await runCliWith(repo, { startWriter: writer.start }, 'generate', '--all')
    expect(run.code).toBe(0)
    expect(writer.started()).toBe(0)
    expect([...snapshot(repo.root).keys()].filter((f) => f.endsWith('.md'))).toHaveLength(10)
  })

  it('a document the thread cannot write is a problem of its blueprint; the others are written, no temporary file is left', async () => {
    const repo = track(repoWith(60))
    // b45/docs is a file, so b45/docs/x.md cannot be written; b45 comes after the inline writes.
    repo.write('b45/docs', 'not a folder\n')
    const writer = bundleWriter()
    const run = await runCliWith(
      repo,
      { startWriter: writer.start },
      'generate',
      '--all',
      '--output',
      '{dir}/docs/{name}.md'
    )
    expect(writer.started()).toBe(1)
    expect(run.code).toBe(2)
    expect(run.err).toMatch(
      /^b45\/x\.blueprint\.yaml:1:1: its document b45\/docs\/x\.md could not be written: .*not a directory/m
    )
    expect(run.out.split('\n').at(-2)).toBe(
      '60 blueprints, 59 documents written or removed, 1 problem'
    )
    const files = [...snapshot(repo.root).keys()]
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(59)
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(readFileSync(path.join(repo.root, 'b45', 'docs'), 'utf8')).toBe('not a folder\n')
  })

  it('a thread that dies: each write it held is a problem, the run ends', async () => {
    const repo = track(repoWith(60))
    const run = await runCliWith(
      repo,
      { startWriter: () => new Worker('process.exit(3)', { eval: true }) },
      'generate',
      '--all'
    )
    expect(run.code).toBe(2)
    // The first 32 are written inline; the 28 handed to the thread are reported, none lost silently.
    const lost = run.err
      .split('\n')
      .filter((l) =>
        /^b\d\d\/x\.blueprint\.yaml:1:1: its document b\d\d\/x\.md could not be written: the writer thread stopped \(exit code 3\)/.test(
          l
        )
      )
    expect(lost).toHaveLength(28)
    expect(run.out.split('\n').at(-2)).toBe(
      '60 blueprints, 32 documents written or removed, 28 problems'
    )
    expect([...snapshot(repo.root).keys()].filter((f) => f.endsWith('.md'))).toHaveLength(32)
  })
})

describe('the text handed to a writer thread', () => {
  it('hands documents to a thread that has not answered yet until their text passes 4 Mi characters, then waits for it', async () => {
    const repo = track(repoWith(0))
    const workspace = await openWorkspace(repo.root)
    // A thread that starts and never answers: one still loading the command line, seen from the run.
    const silent = new Worker('setInterval(() => undefined, 60_000)', { eval: true })
    try {
      const writes = backgroundWrites(workspace, () => silent)
      const failures: string[] = []
      const fail = (reason: string) => void failures.push(reason)
      const kilobyte = `${'x'.repeat(1023)}\n`
      const handing = (async () => {
        // The first 32 are written inline; the next 1,000 (1 MB of text) are handed over at once.
        for (let i = 0; i < 1032; i++) await writes.write(`doc-${i}.md`, kilobyte, fail)
        return 'handed'
      })()
      expect(await within(handing, 10_000, 'still waiting')).toBe('handed')
      // Four megabytes more pass the bound: this write waits for the thread.
      const big = writes.write('big.md', 'x'.repeat(4 * 1024 * 1024), fail)
      expect(
        await within(
          big.then(() => 'returned'),
          300,
          'waiting'
        )
      ).toBe('waiting')
      // The thread stops: every write it held fails, and the one that waited returns.
      await silent.terminate()
      await big
      await writes.finish()
      expect(failures).toHaveLength(1001)
      expect(failures[0]).toMatch(/^the writer thread stopped \(exit code 1\) before writing it$/)
      expect(readdirSync(repo.root).filter((f) => f.endsWith('.md'))).toHaveLength(32)
    } finally {
      await silent.terminate()
    }
  })
})
