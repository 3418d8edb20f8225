/**
 * The in-process measurements, run in a fresh child process so that each
 * starts from the same heap: `node bench/lib/inproc.mjs <bundle> <task> <json args>`.
 * Prints one JSON line with the results.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { blueprintPath, blueprintYaml } from './synth.mjs'

const [bundle, task, rawArgs] = process.argv.slice(2)
const args = JSON.parse(rawArgs ?? '{}')
const engine = await import(bundle)
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function changes({ root, base, head, runs }) {
  const git = engine.localGit(root)
  const run = promisify(execFile)
  const nameOnly = async () =>
    (
      await run('git', ['diff', '--name-only', base, head], {
        cwd: root,
        maxBuffer: 256 * 1024 * 1024
      })
    ).stdout
  const adapter = async () =>
    (await git.changes(base, head)).filter(
      (c) =>
        engine.looksLikeBlueprint(c.path) ||
        (c.previousPath !== undefined && engine.looksLikeBlueprint(c.previousPath))
    )
  // One warm-up of each (page cache, git's own caches), then alternate so drift hits both alike.
  const all = (await git.changes(base, head)).length
  const plain = (await nameOnly()).split('\n').filter(Boolean).length
  const found = (await adapter()).length
  const a = []
  const g = []
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    await nameOnly()
    g.push(performance.now() - t)
    t = performance.now()
    await adapter()
    a.push(performance.now() - t)
  }
  return {
    adapterMs: median(a),
    gitMs: median(g),
    blueprints: found,
    changedFiles: all,
    gitNameOnlyFiles: plain
  }
}

function comment({ count, runs }) {
  const template = engine.builtInTemplate()
  const generatedAt = '2026-01-01T00:00:00Z'
  const t0 = performance.now()
  const reviews = []
  for (let n = 0; n < count; n++) {
    const path = blueprintPath(n)
    const base = engine.parseBlueprint({ file: path, content: blueprintYaml(n) })
    const head = engine.parseBlueprint({ file: path, content: blueprintYaml(n, 1) })
    if (!base.ok || !head.ok)
      throw new Error(
        `synthetic blueprint ${n} is invalid: ${JSON.stringify(base.problems ?? head.problems)}`
      )
    const doc = (bp) =>
      engine.renderDocument({ blueprint: bp, source: path, generatedAt, template }).text
    reviews.push({
      path,
      base: base.blueprint,
      head: head.blueprint,
      document: {
        path: path.replace(/\.blueprint\.yaml$/, '.md'),
        before: doc(base.blueprint),
        after: doc(head.blueprint)
      }
    })
  }
  const prepareMs = performance.now() - t0
  const input = {
    tag: 'blueprint-docs',
    reviews,
    stale: [],
    fixCommand: 'npx blueprint-docs generate',
    summaryUrl: 'https://github.com/o/r/actions/runs/1'
  }
  const times = []
  let built
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    built = engine.buildComment(input)
    times.push(performance.now() - t)
  }
  return {
    buildMs: median(times),
    firstMs: times[0],
    prepareMs,
    tier: built.tier,
    bodyChars: built.body.length,
    fullChars: built.full.length
  }
}

const tasks = { changes, comment }
const result = await tasks[task](args)
process.stdout.write(`${JSON.stringify(result)}\n`)
