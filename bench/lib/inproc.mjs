/**
 * The in-process measurements, run in a fresh child process so that each
 * starts from the same heap: `node bench/lib/inproc.mjs <bundle> <task> <json args>`.
 * Prints one JSON line with the subject's and the floor's times.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import yaml from 'js-yaml'
import { plainTemplate, renderPlain } from '../floors/generate.mjs'
import { blueprintPath, blueprintYaml } from './synth.mjs'

const [bundle, task, rawArgs] = process.argv.slice(2)
const args = JSON.parse(rawArgs ?? '{}')
const engine = await import(bundle)

/**
 * Change detection: the adapter's `changes(base, head)` plus the blueprint
 * filter, against `git diff --name-only` of the same range from the same
 * process, alternated.
 */
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
  // One warm-up of each (page cache, git's own caches).
  const all = (await git.changes(base, head)).length
  const plain = (await nameOnly()).split('\n').filter(Boolean).length
  const found = (await adapter()).length
  const subject = []
  const floor = []
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    await adapter()
    subject.push(performance.now() - t)
    t = performance.now()
    await nameOnly()
    floor.push(performance.now() - t)
  }
  return { subject, floor, blueprints: found, changedFiles: all, gitNameOnlyFiles: plain }
}

/**
 * The pull-request comment: the first `buildComment` call of this process
 * for `count` changed blueprints, against the floor of rendering the same
 * base and head blueprints plain (bench/floors/generate.mjs's template,
 * first call too). Parsing and the inputs' documents are not timed.
 */
function comment({ count }) {
  const template = engine.builtInTemplate()
  const generatedAt = '2026-01-01T00:00:00Z'
  const t0 = performance.now()
  const reviews = []
  const plain = []
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
    plain.push(
      yaml.load(blueprintYaml(n), { schema: yaml.CORE_SCHEMA }),
      yaml.load(blueprintYaml(n, 1), { schema: yaml.CORE_SCHEMA })
    )
  }
  const prepareMs = performance.now() - t0
  const input = {
    tag: 'blueprint-docs',
    reviews,
    stale: [],
    fixCommand: 'npx blueprint-docs generate',
    summaryUrl: 'https://github.com/o/r/actions/runs/1'
  }

  let t = performance.now()
  const built = engine.buildComment(input)
  const subject = performance.now() - t

  t = performance.now()
  const plainTemplateFn = plainTemplate()
  let plainChars = 0
  for (const blueprint of plain) plainChars += renderPlain(plainTemplateFn, blueprint).length
  const floor = performance.now() - t

  return {
    subject,
    floor,
    prepareMs,
    plainChars,
    tier: built.tier,
    bodyChars: built.body.length,
    fullChars: built.full.length
  }
}

const tasks = { changes, comment }
const result = await tasks[task](args)
process.stdout.write(`${JSON.stringify(result)}\n`)
