#!/usr/bin/env node
/**
 * `npm run bench`: the measurements of issue 6, printed as a Markdown table
 * with the targets and whether each is met. Not part of the tests.
 *
 *   node bench/run.mjs [--quick] [--only startup,throughput,changes,comment]
 *
 * Everything runs on this machine, in temporary folders under the system's
 * temp dir that are removed at the end (also on Ctrl-C). Every figure is the
 * median of several runs. See bench/RESULTS.md for the last recorded run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { GIT_ENV, git, historyRepo, initRepo, writeBlueprints } from './lib/repos.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const ACTION = path.join(ROOT, 'dist/index.js')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const RSS_HOOK = pathToFileURL(path.join(HERE, 'lib/rss-hook.mjs')).href
const INPROC = path.join(HERE, 'lib/inproc.mjs')
const EPOCH = '1767225600' // SOURCE_DATE_EPOCH: no clock and no git-history lookups in generate

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const onlyArg = argv.find((a) => a.startsWith('--only'))
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')
  : undefined
const wants = (name) => only === undefined || only.includes(name)

const RUNS = {
  startup: quick ? 5 : 15,
  throughput1k: quick ? 1 : 3,
  throughput5k: quick ? 1 : 3,
  changes: quick ? 5 : 21,
  comment: quick ? 1 : 3
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'blueprint-docs-bench-'))
const cleanup = () => rmSync(tmp, { recursive: true, force: true })
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup()
    process.exit(130)
  })
}

const started = performance.now()
const loadStart = os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')
const rows = []
const notes = []
const log = (line) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`
  )

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ms = (x) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`
const mib = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`
const verdict = (ok) => (ok ? 'met' : '**missed**')

/** Runs a command once and returns its wall time in ms; throws with its output when it fails. */
function timed(cmd, args, options = {}) {
  const t = performance.now()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
  const elapsed = performance.now() - t
  if (r.error) throw r.error
  if (r.status !== 0 && !options.allowFailure) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout?.slice(-2000)}\n${r.stderr?.slice(-2000)}`
    )
  }
  return { elapsed, stdout: r.stdout, stderr: r.stderr, status: r.status }
}

/** Node 24, the runtime of `runs.using: node24`, from npx's cache (never the network). */
function findNode24() {
  if (process.versions.node.startsWith('24.')) return process.execPath
  const cache = path.join(os.homedir(), '.npm/_npx')
  const candidates = existsSync(cache)
    ? readdirSync(cache).map((d) => path.join(cache, d, 'node_modules/node/bin/node'))
    : []
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue
    const v = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' })
    if (v.status === 0 && v.stdout.startsWith('24.')) return candidate
  }
  const r = spawnSync(
    'npx',
    ['--offline', '-y', '-p', 'node@24', 'node', '-p', 'process.execPath'],
    { encoding: 'utf8', timeout: 30_000 }
  )
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined
}

/* --------------------------------------------------------------- start-up */

/** A small repository and a push event whose before..after touches no blueprint. */
function pushFixture() {
  const dir = path.join(tmp, 'startup-repo')
  initRepo(dir)
  writeBlueprints(dir, 3)
  writeFileSync(path.join(dir, 'README.md'), '# repo\n')
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'blueprints'])
  // Documents as the action would have committed them, so nothing is stale either.
  timed(process.execPath, [CLI, 'generate', '--all', '--working-directory', dir], {
    env: { ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH }
  })
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'docs'])
  const before = git(dir, ['rev-parse', 'HEAD'])
  writeFileSync(path.join(dir, 'README.md'), '# repo\n\nNo blueprint changes here.\n')
  git(dir, ['commit', '-q', '-am', 'readme only'])
  const after = git(dir, ['rev-parse', 'HEAD'])

  const payload = JSON.parse(
    readFileSync(path.join(ROOT, 'test/fixtures/payloads/push.branch-updated.derived.json'), 'utf8')
  )
  payload.ref = 'refs/heads/main'
  payload.before = before
  payload.after = after
  payload.head_commit = {
    ...payload.head_commit,
    id: after,
    tree_id: git(dir, ['rev-parse', 'HEAD^{tree}'])
  }
  payload.commits = [
    { ...(payload.commits?.[0] ?? {}), id: after, added: [], removed: [], modified: ['README.md'] }
  ]
  payload.repository = {
    ...payload.repository,
    name: 'r',
    full_name: 'o/r',
    default_branch: 'main',
    master_branch: 'main',
    owner: { ...payload.repository.owner, login: 'o', name: 'o' }
  }
  const eventPath = path.join(tmp, 'push-event.json')
  writeFileSync(eventPath, JSON.stringify(payload, null, 2))
  return { dir, eventPath, after }
}

function actionEnv(fixture) {
  const output = path.join(tmp, 'github-output')
  const summary = path.join(tmp, 'github-step-summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  // The runner's environment, minus anything from ours that could change the action's behaviour.
  const env = Object.fromEntries(
    Object.entries(GIT_ENV).filter(
      ([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'RUNNER_DEBUG'
    )
  )
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: fixture.eventPath,
    GITHUB_WORKSPACE: fixture.dir,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REPOSITORY_OWNER: 'o',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: fixture.after,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:1/graphql',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    INPUT_MODE: 'commit',
    INPUT_TOKEN: 'x',
    INPUT_BLUEPRINTS: '**/*.blueprint.yaml\n**/*.blueprint.yml\n**/*.blueprint.json',
    INPUT_OUTPUT: '{dir}/{name}.md',
    INPUT_TEMPLATE: '',
    INPUT_ALL: 'false',
    'INPUT_COMMIT-MESSAGE': 'docs: regenerate architecture docs',
    'INPUT_COMMENT-TAG': 'blueprint-docs',
    'INPUT_WORKING-DIRECTORY': '.'
  }
}

/** Median wall time of `runs` runs of `args`, alternating with `node -e 0` so both see the same machine state. */
function startupPair(node, args, env, runs, cwd) {
  const base = []
  const subject = []
  let last
  // One warm-up each: the first run pays for the page cache.
  timed(node, ['-e', '0'])
  last = timed(node, args, { env, cwd })
  for (let i = 0; i < runs; i++) {
    base.push(timed(node, ['-e', '0']).elapsed)
    subject.push((last = timed(node, args, { env, cwd })).elapsed)
  }
  return { base: median(base), subject: median(subject), last }
}

function benchStartup() {
  const node24 = findNode24()
  const runtimes = [{ label: `Node ${process.versions.node}`, bin: process.execPath }]
  if (node24 && node24 !== process.execPath)
    runtimes.push({
      label: `Node ${execFileSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()} (the runner's node24)`,
      bin: node24
    })
  else if (!node24)
    notes.push('Node 24 not found in the npx cache: start-up measured on this Node only.')

  if (!existsSync(ACTION)) {
    const line =
      'start-up: SKIPPED — dist/index.js does not exist yet (build it with `npx ncc build src/index.ts -o dist --license licenses.txt`)'
    log(line)
    rows.push([
      'Start-up: action bundle, push touching no blueprint',
      'skipped: no dist/index.js',
      '≤ 1.5× `node -e 0`',
      'not measured'
    ])
  } else {
    const size = statSync(ACTION).size
    const fixture = pushFixture()
    for (const rt of runtimes) {
      log(`start-up: action bundle on ${rt.label}, ${RUNS.startup} runs`)
      const env = actionEnv(fixture)
      const r = startupPair(rt.bin, [ACTION], env, RUNS.startup, fixture.dir)
      const ratio = r.subject / r.base
      const status = git(fixture.dir, ['status', '--porcelain'])
      if (status !== '')
        notes.push(
          `start-up: the action changed the work tree on a push that touches no blueprint:\n${status}`
        )
      const outputs = readFileSync(env.GITHUB_OUTPUT, 'utf8')
      if (!/changed-docs/.test(outputs))
        notes.push(
          'start-up: the action wrote no `changed-docs` output; check that it really ran (stdout below).'
        )
      rows.push([
        `Start-up: action bundle (${(size / 1024).toFixed(0)} KiB), push touching no blueprint, ${rt.label}`,
        `${ms(r.subject)} vs ${ms(r.base)} = **${ratio.toFixed(2)}×**`,
        '≤ 1.5× `node -e 0`',
        verdict(ratio <= 1.5)
      ])
      if (rt === runtimes[0])
        notes.push(
          `start-up: the action's last run printed:\n${(r.last.stdout + r.last.stderr).trim().split('\n').slice(0, 12).join('\n')}`
        )
    }
  }
  // Not a target: the command line bundle's pure load cost (`--help` loads everything, does nothing).
  const r = startupPair(process.execPath, [CLI, '--help'], process.env, RUNS.startup)
  rows.push([
    `(info) Load cost: CLI bundle (${(statSync(CLI).size / 1024).toFixed(0)} KiB) \`--help\`, Node ${process.versions.node}`,
    `${ms(r.subject)} vs ${ms(r.base)} = ${(r.subject / r.base).toFixed(2)}×`,
    '—',
    ''
  ])
}

/* ------------------------------------------------------------- throughput */

function removeDocuments(dir) {
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

function generateOnce(dir, { clean }) {
  if (clean) removeDocuments(dir)
  const rssFile = path.join(tmp, 'rss')
  rmSync(rssFile, { force: true })
  const r = timed(
    process.execPath,
    ['--import', RSS_HOOK, CLI, 'generate', '--all', '--working-directory', dir],
    {
      env: { ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH, BENCH_RSS_FILE: rssFile },
      allowFailure: true
    }
  )
  if (r.status !== 0) {
    // A crash is a result too (V8 runs out of heap on big repositories): report it, do not abort the bench.
    const why = /heap out of memory|FatalProcessOutOfMemory/.test(r.stderr)
      ? 'V8 out of memory'
      : `exit ${r.status ?? 'signal'}`
    const where = r.stderr
      .split('\n')
      .find((l) => / v8::internal::(RegExp|Factory|Heap)\w*::/.test(l) && /RegExp/.test(l))
    return {
      elapsed: r.elapsed,
      failed: `${why} after ${ms(r.elapsed)}${where ? ' (in RegExp compilation)' : ''}`
    }
  }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
  return {
    elapsed: r.elapsed,
    rss: usage.rss,
    cpuMs: usage.cpuMs,
    summary: r.stdout.trim().split('\n').pop()
  }
}

function benchThroughput() {
  const results = {}
  for (const [count, runs] of [
    [1000, RUNS.throughput1k],
    [5000, RUNS.throughput5k]
  ]) {
    const dir = path.join(tmp, `throughput-${count}`)
    initRepo(dir) // untracked blueprints: `git ls-files --others` lists them, as in a fresh checkout
    writeBlueprints(dir, count)
    log(
      `throughput: generate --all over ${count} blueprints, ${runs} runs (documents removed before each)`
    )
    const cold = []
    for (let i = 0; i < runs; i++) cold.push(generateOnce(dir, { clean: true }))
    const crashed = cold.find((r) => r.failed)
    if (crashed)
      throw new Error(`generate --all over ${count} blueprints failed: ${crashed.failed}`)
    if (!cold[0].summary.startsWith(`${count} blueprints, ${count} documents written`))
      throw new Error(`generate did not write ${count} documents: ${cold[0].summary}`)
    log(`throughput: generate --all over ${count} blueprints, documents up to date, 1 run`)
    const warm = generateOnce(dir, { clean: false })
    results[count] = {
      time: median(cold.map((r) => r.elapsed)),
      cpu: median(cold.map((r) => r.cpuMs)),
      rss: median(cold.map((r) => r.rss)),
      warm
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const per = (n) => (n * 1000) / results[n].time
  const growth = results[5000].time / results[1000].time
  const cpuGrowth = results[5000].cpu / results[1000].cpu
  for (const n of [1000, 5000]) {
    const r = results[n]
    rows.push([
      `Throughput: \`generate --all\`, ${n.toLocaleString('en')} blueprints (all documents written)`,
      `${ms(r.time)} → **${per(n).toFixed(0)} blueprints/s** (CPU ${ms(r.cpu)} → ${((n * 1000) / r.cpu).toFixed(0)} per CPU-second)`,
      n === 5000 ? '≥ 1,000 blueprints/s at 5,000' : '—',
      n === 5000 ? verdict(per(n) >= 1000) : ''
    ])
    rows.push([
      `Peak RSS, ${n.toLocaleString('en')} blueprints`,
      `**${mib(r.rss)}**`,
      '≤ 300 MB',
      verdict(r.rss <= 300 * 1e6)
    ])
    rows.push([
      `\`generate --all\` (also \`check\`'s path), ${n.toLocaleString('en')} blueprints, documents already up to date (1 run)`,
      r.warm.failed
        ? `**crashed: ${r.warm.failed}**`
        : `${ms(r.warm.elapsed)} → ${((n * 1000) / r.warm.elapsed).toFixed(0)} blueprints/s, peak RSS ${mib(r.warm.rss)}`,
      'finishes; ≤ 300 MB',
      verdict(!r.warm.failed && r.warm.rss <= 300 * 1e6)
    ])
  }
  // Linear: 5× the blueprints in at most 6× the time (per-blueprint cost within 20%).
  rows.push([
    'Growth 1,000 → 5,000 (time ratio; 5.0 = linear)',
    `**${growth.toFixed(2)}×** (CPU time ${cpuGrowth.toFixed(2)}×)`,
    'linear (≤ 6.0×)',
    verdict(growth <= 6)
  ])
}

/* ------------------------------------------------------- change detection */

async function benchChanges(bundle) {
  const dir = path.join(tmp, 'history')
  log('change detection: building a repository of 20,000 files and 2,000 commits (git fast-import)')
  const repo = await historyRepo(dir, {
    files: 20000,
    blueprints: 500,
    commits: 2000,
    changedBlueprints: 50
  })
  log(`change detection: ${RUNS.changes} runs each, alternating`)
  const r = inproc(bundle, 'changes', {
    root: dir,
    base: repo.base,
    head: repo.head,
    runs: RUNS.changes
  })
  if (r.blueprints !== 50)
    notes.push(
      `change detection: expected 50 changed blueprints, the adapter found ${r.blueprints}`
    )
  const ratio = r.adapterMs / r.gitMs
  rows.push([
    `Change detection: \`localGit().changes(first, last)\` + blueprint filter, ${repo.fileCount.toLocaleString('en')} files, ${(repo.commitCount - 1).toLocaleString('en')} commits, ${r.blueprints} blueprints of ${r.changedFiles.toLocaleString('en')} changed files`,
    `${ms(r.adapterMs)} vs \`git diff --name-only\` ${ms(r.gitMs)} = **${ratio.toFixed(2)}×**`,
    '≤ 1.3× `git diff --name-only`',
    verdict(ratio <= 1.3)
  ])
  rmSync(dir, { recursive: true, force: true })
}

/* ---------------------------------------------------------------- comment */

function benchComment(bundle) {
  log(`comment: 200 changed blueprints, ${RUNS.comment} fresh processes`)
  const runs = []
  for (let i = 0; i < RUNS.comment; i++)
    runs.push(inproc(bundle, 'comment', { count: 200, runs: 3 }))
  const first = median(runs.map((r) => r.firstMs))
  const warm = median(runs.map((r) => r.buildMs))
  const r = runs[0]
  rows.push([
    `Comment: \`buildComment\` for a pull request changing 200 blueprints (first call in a fresh process; tier "${r.tier}", body ${r.bodyChars.toLocaleString('en')} chars, summary ${r.fullChars.toLocaleString('en')} chars)`,
    `**${ms(first)}** (warm: ${ms(warm)})`,
    '< 1 s',
    verdict(first < 1000)
  ])
  rows.push([
    '(info) Comment inputs: parse + render 200 base and 200 head blueprints',
    ms(median(runs.map((x) => x.prepareMs))),
    '—',
    ''
  ])
}

/* ------------------------------------------------------------------ glue */

/** Bundles bench/entry.ts with ncc (as the CLI and the action are bundled) into the temp folder. */
function bundleEngine() {
  const out = path.join(tmp, 'engine')
  const ncc = path.join(ROOT, 'node_modules/.bin/ncc')
  log('bundling bench/entry.ts with ncc')
  timed(ncc, ['build', path.join(HERE, 'entry.ts'), '-o', out, '--quiet'], { cwd: ROOT })
  return pathToFileURL(path.join(out, 'index.js')).href
}

function inproc(bundle, task, args) {
  const r = timed(process.execPath, [INPROC, bundle, task, JSON.stringify(args)], { env: GIT_ENV })
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

async function main() {
  if (!existsSync(CLI))
    throw new Error(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`)
  if (wants('startup')) benchStartup()
  if (wants('throughput')) benchThroughput()
  if (wants('changes') || wants('comment')) {
    const bundle = bundleEngine()
    if (wants('changes')) await benchChanges(bundle)
    if (wants('comment')) benchComment(bundle)
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const cores =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  const lines = [
    `blueprint-docs benchmark — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `${cores} cores (${cpu}), ${Math.round(os.totalmem() / 1073741824)} GiB RAM, Node ${process.versions.node}, git ${git(ROOT, ['--version']).replace('git version ', '')}, ${os.platform()} ${os.release()}`,
    `load average at start ${loadStart}, at end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' '
      )} (other work on the machine inflates wall times; the ratios are measured interleaved)`,
    `runs per figure: start-up ${RUNS.startup}, throughput ${RUNS.throughput1k} (1k) / ${RUNS.throughput5k} (5k), change detection ${RUNS.changes}, comment ${RUNS.comment}; medians${quick ? ' (--quick: too few runs to trust)' : ''}`,
    '',
    '| measure | result | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ''
  ]
  if (notes.length > 0)
    lines.push('Notes:', ...notes.map((n) => `- ${n.replace(/\n/g, '\n  ')}`), '')
  lines.push(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`)
  process.stdout.write(`${lines.join('\n')}\n`)
}

try {
  await main()
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
} finally {
  cleanup()
}
