#!/usr/bin/env node
/**
 * `npm run bench`: how fast the shipped bundles are, each figure a ratio to a
 * floor measured in the same run, alternated with it (A, B, A, B …), medians
 * of several runs. The machines this runs on differ several-fold in raw
 * speed; the ratios do not. Printed as a Markdown table: both sides' times,
 * the ratio, the target, met or missed. Exits 0 when it could measure (a
 * missed target is a result); 1 when a measure could not be made.
 *
 *   node bench/run.mjs [--quick] [--only startup,throughput,derived,changes,comment,init,baseline]
 *                      [--baseline DIR]
 *
 * - Start-up: `dist/index.js` on a push that touches no blueprint, against a
 *   minimal action (bench/floors/action.ts: `@actions/core`, one git, one
 *   output) bundled with ncc the same way. Node 24, the runner's `node24`.
 * - Throughput: `dist/cli/index.js generate --all` over 1,000 and 5,000
 *   blueprints, against bench/floors/generate.mjs (read, js-yaml, a plain
 *   Handlebars fill, write). Node 24. Peak memory of both at 5,000.
 * - Derived sections: `generate --all` over 1,000 blueprints with derived
 *   sections on (`derived_sections: true` in `.blueprint-docs.yaml`)
 *   against the same blueprints with them off, the standard text; then
 *   again with a Compose file of 30 services beside each blueprint.
 * - Change detection: the git adapter's `changes()` plus the blueprint
 *   filter against `git diff --name-only`, 20,000 files and 2,000 commits.
 * - Comment: `buildComment` for 200 changed blueprints against rendering
 *   the same blueprints plain.
 * - Init: `dist/cli/index.js init --from docker-compose.yml` on a 60-service
 *   Compose project (anchors, `.env`, `env_file:`, `${VAR:-default}`)
 *   against bench/floors/init.mjs reading and parsing the same files.
 *
 * - Against a baseline (with `--baseline DIR`, a bundle built elsewhere with
 *   `BUNDLE_OUT=DIR npm run bundle`, e.g. from an earlier commit): this
 *   checkout's `generate --all` over 1,000 blueprints alternated with the
 *   baseline's, so a change's cost is measured in one run.
 *
 * Everything runs on this machine, in a temporary folder removed at the end
 * (also on Ctrl-C). See bench/RESULTS.md for the last recorded run.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { benchStartup } from './lib/startup.mjs'
import {
  HEADER,
  alternate,
  findNode24,
  mb,
  median,
  ms,
  row,
  spread,
  timed
} from './lib/measure.mjs'
import {
  GIT_ENV,
  git,
  historyRepo,
  initRepo,
  removeDocuments,
  writeBlueprints
} from './lib/repos.mjs'
import { COMPONENTS, DEPENDENCIES, blueprintPath } from './lib/synth.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const ACTION = path.join(ROOT, 'dist/index.js')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const FLOOR_GENERATE = path.join(HERE, 'floors/generate.mjs')
const FLOOR_INIT = path.join(HERE, 'floors/init.mjs')
const RSS_HOOK = pathToFileURL(path.join(HERE, 'lib/rss-hook.mjs')).href
const INPROC = path.join(HERE, 'lib/inproc.mjs')
const EPOCH = '1767225600' // SOURCE_DATE_EPOCH: no clock and no git-history lookups in generate
const MEMORY_LIMIT = 300e6

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const onlyArg = argv.find((a) => a.startsWith('--only'))
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')
  : undefined
const wants = (name) => only === undefined || only.includes(name)
const baselineArg = argv.indexOf('--baseline')
const BASELINE = baselineArg >= 0 ? path.resolve(argv[baselineArg + 1] ?? '') : undefined

const RUNS = {
  startup: quick ? 5 : 21,
  throughput1k: quick ? 1 : 5,
  throughput5k: quick ? 1 : 5,
  changes: quick ? 5 : 21,
  comment: quick ? 1 : 5,
  derived: quick ? 1 : 5,
  // Each run with runtime files takes a minute and more (the drift read of 1,000 Compose files).
  derivedRuntime: quick ? 1 : 3,
  init: quick ? 3 : 11
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
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')
const loadStart = loadAverage()
const rows = []
const notes = []
const log = (line) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`
  )

const node24 = findNode24()
const NODE = node24 ?? process.execPath
const nodeVersion = (bin) =>
  execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
const NODE_LABEL = `Node ${nodeVersion(NODE)}`
if (!node24) notes.push(`Node 24 not found in the npx cache: everything ran on ${NODE_LABEL}.`)

/** Bundles `entry` with ncc into the temp folder, with the flags of the real build. */
function bundle(entry, name) {
  const out = path.join(tmp, name)
  log(`bundling ${path.relative(ROOT, entry)} with ncc`)
  timed(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { cwd: ROOT }
  )
  return path.join(out, 'index.js')
}

/** What every measure needs: where to work, which Node, where to report. */
const context = { tmp, node: NODE, nodeLabel: NODE_LABEL, bundle, rows, notes, log }

/* ------------------------------------------------------------- throughput */

/** One whole-process run of `args` on Node 24 with the RSS hook: wall time, peak RSS, CPU time, last line. */
function measured(args, { dir, clean }) {
  if (clean) removeDocuments(dir)
  const rssFile = path.join(tmp, 'rss')
  rmSync(rssFile, { force: true })
  const r = timed(NODE, ['--import', RSS_HOOK, ...args], {
    env: { ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH, BENCH_RSS_FILE: rssFile },
    allowFailure: true
  })
  if (r.status !== 0) {
    // A crash is a result too (V8 out of heap on a big repository): report it, go on.
    const why = /heap out of memory|FatalProcessOutOfMemory/.test(r.stderr)
      ? 'V8 out of memory'
      : `exit ${r.status ?? 'signal'}`
    const last = r.stderr.trim().split('\n').pop()
    return { elapsed: r.elapsed, failed: `${why} after ${ms(r.elapsed)}: ${last}` }
  }
  const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
  return { elapsed: r.elapsed, ...usage, summary: r.stdout.trim().split('\n').pop() }
}

function benchThroughput() {
  const ratios = {}
  for (const [count, runs] of [
    [1000, RUNS.throughput1k],
    [5000, RUNS.throughput5k]
  ]) {
    const n = count.toLocaleString('en')
    const dir = path.join(tmp, `throughput-${count}`)
    initRepo(dir) // untracked blueprints: `git ls-files --others` lists them, as in a fresh checkout
    writeBlueprints(dir, count)
    log(`throughput: ${n} blueprints, generate --all and the floor, ${runs} runs each`)
    // No warm-up: the blueprints were just written (in the page cache), and a run is seconds long.
    const r = alternate({
      runs,
      warmUp: false,
      subject: () =>
        measured([CLI, 'generate', '--all', '--working-directory', dir], { dir, clean: true }),
      floor: () => measured([FLOOR_GENERATE, dir], { dir, clean: true })
    })
    const label = `Throughput: \`generate --all\`, ${n} blueprints of ${COMPONENTS} components and ${DEPENDENCIES} dependencies, all documents written, vs floor generator, ${NODE_LABEL}`
    const failed = [...r.subject, ...r.floor].find((x) => x.failed)
    const wrong =
      r.subject.find(
        (x) => !x.failed && !x.summary.startsWith(`${n} blueprints, ${n} documents written`)
      ) ?? r.floor.find((x) => !x.failed && x.summary !== `${count} documents written`)
    if (failed || wrong) {
      const why = failed ? `crashed: ${failed.failed}` : `wrong output: ${wrong.summary}`
      rows.push(
        row({
          measure: label,
          subject: `**${why}**`,
          floor: '',
          ratio: '—',
          target: '≤ 1.5×',
          met: false
        })
      )
      rmSync(dir, { recursive: true, force: true })
      continue
    }
    const subject = r.subject.map((x) => x.elapsed)
    const floor = r.floor.map((x) => x.elapsed)
    ratios[count] = median(subject) / median(floor)
    rows.push(
      row({
        measure: label,
        subject: spread(subject),
        floor: spread(floor),
        ratio: ratios[count],
        target: '≤ 1.5×',
        met: ratios[count] <= 1.5
      })
    )
    notes.push(
      `throughput, ${n}: CPU time (user + system, all threads) ${spread(r.subject.map((x) => x.cpuMs))} for generate, ${spread(r.floor.map((x) => x.cpuMs))} for the floor; peak RSS ${spread(
        r.subject.map((x) => x.rss),
        mb
      )} and ${spread(
        r.floor.map((x) => x.rss),
        mb
      )}.`
    )
    if (count === 5000) {
      const rss = r.subject.map((x) => x.rss)
      rows.push(
        row({
          measure: `Peak memory (RSS): \`generate --all\`, 5,000 blueprints, vs floor generator, ${NODE_LABEL}`,
          subject: spread(rss, mb),
          floor: spread(
            r.floor.map((x) => x.rss),
            mb
          ),
          ratio: `${(median(rss) / median(r.floor.map((x) => x.rss))).toFixed(2)}× (context)`,
          target: '≤ 300 MB',
          met: median(rss) <= MEMORY_LIMIT
        })
      )
      log('throughput: 5,000 blueprints, documents up to date (the path `check` takes), 1 run')
      const warm = measured([CLI, 'generate', '--all', '--working-directory', dir], {
        dir,
        clean: false
      })
      rows.push(
        row({
          measure: `Peak memory (RSS): \`generate --all\`, 5,000 blueprints, documents already up to date, 1 run, ${NODE_LABEL}`,
          subject: warm.failed ? `**crashed: ${warm.failed}**` : mb(warm.rss),
          floor: '—',
          ratio: '—',
          target: 'finishes; ≤ 300 MB',
          met: !warm.failed && warm.rss <= MEMORY_LIMIT
        })
      )
    }
    rmSync(dir, { recursive: true, force: true })
  }
  if (ratios[1000] !== undefined && ratios[5000] !== undefined) {
    const growth = ratios[5000] / ratios[1000]
    rows.push(
      row({
        measure: 'Throughput at scale: the 5,000 ratio over the 1,000 ratio',
        subject: `${ratios[5000].toFixed(2)}× at 5,000`,
        floor: `${ratios[1000].toFixed(2)}× at 1,000`,
        ratio: growth,
        target: '≤ 1.10×',
        met: growth <= 1.1
      })
    )
  }
}

/* ------------------------------------------------------- derived sections */

/**
 * A Compose file for synthetic blueprint `n`: one service per component (so no drift), each
 * with an image, replicas, resources, a health check, environment variables and a volume, as
 * derived sections state them.
 */
function composeYaml() {
  const lines = ['services:']
  for (let i = 0; i < COMPONENTS; i++)
    lines.push(
      `  c${i}:`,
      `    image: ghcr.io/acme/c${i}:1.${i}.0`,
      '    deploy:',
      `      replicas: ${1 + (i % 3)}`,
      '      resources:',
      '        limits: { cpus: "0.5", memory: 256M }',
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '    environment:',
      '      LOG_LEVEL: info',
      `      PORT: "${8000 + i}"`,
      '    volumes:',
      `      - data-${i}:/var/lib/data`
    )
  lines.push('volumes:')
  for (let i = 0; i < COMPONENTS; i++) lines.push(`  data-${i}: {}`)
  return `${lines.join('\n')}\n`
}

/**
 * `generate --all`, 1,000 blueprints: every section derived from the facts vs the standard text;
 * `withRuntime` gives each blueprint a Compose file (`runtime:`), which both sides read for drift
 * and the derived side also for its sections.
 */
function benchDerived(withRuntime) {
  const count = 1000
  const n = count.toLocaleString('en')
  const off = path.join(tmp, 'derived-off')
  const on = path.join(tmp, 'derived-on')
  const compose = composeYaml()
  const runs = withRuntime ? RUNS.derivedRuntime : RUNS.derived
  for (const dir of [off, on]) {
    initRepo(dir)
    writeBlueprints(dir, count)
    if (withRuntime)
      for (let b = 0; b < count; b++) {
        const file = path.join(dir, blueprintPath(b))
        const runtime = path.basename(file).replace(/\.blueprint\.yaml$/, '.compose.yaml')
        writeFileSync(file, `${readFileSync(file, 'utf8')}runtime: ${runtime}\n`)
        writeFileSync(path.join(path.dirname(file), runtime), compose)
      }
  }
  writeFileSync(path.join(on, '.blueprint-docs.yaml'), 'derived_sections: true\n')
  const what = withRuntime ? ', each with a Compose file of its 30 services' : ''
  log(
    `derived sections: ${n} blueprints${what}, generate --all with them on and off, ${runs} runs each`
  )
  const r = alternate({
    runs,
    warmUp: false,
    subject: () =>
      measured([CLI, 'generate', '--all', '--working-directory', on], { dir: on, clean: true }),
    floor: () =>
      measured([CLI, 'generate', '--all', '--working-directory', off], { dir: off, clean: true })
  })
  const label = `Derived sections: \`generate --all\`, ${n} blueprints of ${COMPONENTS} components and ${DEPENDENCIES} dependencies${what}, every section derived vs the standard text, ${NODE_LABEL}`
  const bad = [...r.subject, ...r.floor].find(
    (x) => x.failed || !x.summary.startsWith(`${n} blueprints, ${n} documents written`)
  )
  const derived = blueprintPath(0).replace(/\.blueprint\.yaml$/, '.md')
  const shows = (dir, text) =>
    existsSync(path.join(dir, derived)) &&
    readFileSync(path.join(dir, derived), 'utf8').includes(text)
  const wrong =
    bad !== undefined
      ? `wrong output: ${bad.failed ?? bad.summary}`
      : !shows(on, '### Horizontal Scaling') || shows(off, 'Not described in')
        ? 'wrong output: the documents do not differ as derived and standard'
        : withRuntime && !shows(on, '| `c0` | Compose service | 1 |')
          ? 'wrong output: the derived documents do not state the runtime facts'
          : undefined
  if (wrong !== undefined) {
    rows.push(
      row({
        measure: label,
        subject: `**${wrong}**`,
        floor: '',
        ratio: '—',
        target: '≤ 1.10×',
        met: false
      })
    )
  } else {
    const subject = r.subject.map((x) => x.elapsed)
    const floor = r.floor.map((x) => x.elapsed)
    const ratio = median(subject) / median(floor)
    rows.push(
      row({
        measure: label,
        subject: spread(subject),
        floor: spread(floor),
        ratio,
        target: '≤ 1.10×',
        met: ratio <= 1.1
      })
    )
  }
  for (const dir of [off, on]) rmSync(dir, { recursive: true, force: true })
}

/* --------------------------------------------------------------- baseline */

/** `generate --all` over 1,000 blueprints: this checkout's bundle against another build's. */
function benchBaseline() {
  const baseCli = path.join(BASELINE, 'cli/index.js')
  if (!existsSync(baseCli)) throw new Error(`${baseCli} is missing: build it with BUNDLE_OUT`)
  const count = 1000
  const n = count.toLocaleString('en')
  const dir = path.join(tmp, 'baseline-1000')
  initRepo(dir)
  writeBlueprints(dir, count)
  log(
    `baseline: ${n} blueprints, generate --all of this bundle and of ${BASELINE}, ${RUNS.throughput1k} runs each`
  )
  const r = alternate({
    runs: RUNS.throughput1k,
    warmUp: false,
    subject: () =>
      measured([CLI, 'generate', '--all', '--working-directory', dir], { dir, clean: true }),
    floor: () =>
      measured([baseCli, 'generate', '--all', '--working-directory', dir], { dir, clean: true })
  })
  const failed = [...r.subject, ...r.floor].find((x) => x.failed)
  if (failed) throw new Error(`crashed: ${failed.failed}`)
  const subject = r.subject.map((x) => x.elapsed)
  const base = r.floor.map((x) => x.elapsed)
  const ratio = median(subject) / median(base)
  rows.push(
    row({
      measure: `Throughput against a baseline: \`generate --all\`, ${n} blueprints of ${COMPONENTS} components, this bundle vs ${path.basename(BASELINE)}, ${NODE_LABEL}`,
      subject: spread(subject),
      floor: spread(base),
      ratio,
      target: '≤ 1.10×',
      met: ratio <= 1.1
    })
  )
  rmSync(dir, { recursive: true, force: true })
}

/* ------------------------------------------------------- change detection */

async function benchChanges(engine) {
  const dir = path.join(tmp, 'history')
  log('change detection: building a repository of 20,000 files and 2,000 commits (git fast-import)')
  const repo = await historyRepo(dir, {
    files: 20000,
    blueprints: 500,
    commits: 2000,
    changedBlueprints: 50
  })
  log(`change detection: ${RUNS.changes} runs each, alternating`)
  const r = inproc(engine, 'changes', {
    root: dir,
    base: repo.base,
    head: repo.head,
    runs: RUNS.changes
  })
  if (r.blueprints !== 50)
    notes.push(
      `change detection: expected 50 changed blueprints, the adapter found ${r.blueprints}`
    )
  const ratio = median(r.subject) / median(r.floor)
  rows.push(
    row({
      measure: `Change detection: \`localGit().changes(first, last)\` + blueprint filter vs \`git diff --name-only\`, ${repo.fileCount.toLocaleString('en')} files, ${(repo.commitCount - 1).toLocaleString('en')} commits, ${r.blueprints} blueprints of ${r.changedFiles.toLocaleString('en')} changed files, ${NODE_LABEL}`,
      subject: spread(r.subject),
      floor: spread(r.floor),
      ratio,
      target: '≤ 1.3×',
      met: ratio <= 1.3
    })
  )
  rmSync(dir, { recursive: true, force: true })
}

/* ---------------------------------------------------------------- comment */

function benchComment(engine) {
  log(`comment: 200 changed blueprints, ${RUNS.comment} fresh processes`)
  const runs = []
  for (let i = 0; i < RUNS.comment; i++) runs.push(inproc(engine, 'comment', { count: 200 }))
  const subject = runs.map((r) => r.subject)
  const floor = runs.map((r) => r.floor)
  const first = runs[0]
  rows.push(
    row({
      measure: `Comment: first \`buildComment\` call in a fresh process for a pull request changing 200 blueprints (tier "${first.tier}", body ${first.bodyChars.toLocaleString('en')} chars) vs rendering their 200 base and 200 head blueprints plain, ${NODE_LABEL}`,
      subject: spread(subject),
      floor: spread(floor),
      ratio: `${(median(subject) / median(floor)).toFixed(2)}× (context)`,
      target: '< 1 s',
      met: median(subject) < 1000
    })
  )
  notes.push(
    `comment: preparing the inputs (parse and render 200 base and 200 head blueprints, not timed above) took ${spread(runs.map((r) => r.prepareMs))}.`
  )
}

/* ------------------------------------------------------------------- init */

/**
 * A Compose project of 60 services as real ones are written: shared settings
 * through anchors and merge keys, images and addresses from `.env` with
 * `${VAR:-default}`, some services reading an env_file, depends_on and
 * addresses in environment values.
 */
function writeComposeProject(dir, count) {
  mkdirSync(dir, { recursive: true })
  const env = ['REGISTRY=ghcr.io/acme', 'VERSION=2.4.1', 'DB_HOST=db-0']
  const lines = [
    'x-defaults: &defaults',
    '  restart: unless-stopped',
    '  environment: &env',
    '    OTEL_EXPORTER_OTLP_ENDPOINT: http://${COLLECTOR_HOST:-collector}:4317',
    '    LOG_LEVEL: ${LOG_LEVEL:-info}',
    'services:',
    '  collector:',
    '    image: otel/opentelemetry-collector:${COLLECTOR_VERSION:-0.98.0}'
  ]
  for (let i = 0; i < count - 1; i++) {
    const kind = i % 6 === 0 ? 'db' : i % 6 === 1 ? 'cache' : 'svc'
    const name = `${kind}-${i}`
    env.push(`${name.toUpperCase().replace(/-/g, '_')}_ADDR=${name}:${8000 + i}`)
    const image =
      kind === 'db'
        ? 'postgres:${PG_VERSION:-16}'
        : kind === 'cache'
          ? 'redis:${REDIS_VERSION:-7}'
          : `\${REGISTRY}/${name}:\${VERSION:-latest}`
    lines.push(`  ${name}:`, '    <<: *defaults', `    image: ${image}`)
    if (kind === 'svc') {
      const db = `db-${i - (i % 6)}`
      const cache = `cache-${i - (i % 6) + 1}`
      lines.push(
        '    depends_on:',
        `      - \${DB_HOST:-${db}}`,
        '    environment:',
        '      <<: *env',
        `      DB_URL: postgres://app@${db}:5432/app`,
        `      CACHE: ${cache}:6379`,
        `      UPSTREAM: http://svc-${Math.max(2, i - 1)}:8080`
      )
      if (i % 5 === 0) {
        lines.push(`    env_file: [env/${name}.env]`)
        mkdirSync(path.join(dir, 'env'), { recursive: true })
        writeFileSync(
          path.join(dir, 'env', `${name}.env`),
          `PEER=http://svc-${i + 1}:8080\nMODE="fast"\n`
        )
      }
    }
  }
  writeFileSync(path.join(dir, 'docker-compose.yml'), `${lines.join('\n')}\n`)
  writeFileSync(path.join(dir, '.env'), `${env.join('\n')}\n`)
}

function benchInit() {
  const dir = path.join(tmp, 'init')
  initRepo(dir)
  writeComposeProject(dir, 60)
  log(`init: a 60-service Compose project, init and the floor, ${RUNS.init} runs each`)
  const r = alternate({
    runs: RUNS.init,
    subject: () =>
      timed(NODE, [CLI, 'init', '--from', 'docker-compose.yml', '--id', 'bench', '--out', '-'], {
        cwd: dir
      }),
    floor: () => timed(NODE, [FLOOR_INIT, dir])
  })
  const written = r.subject[0].stdout
  const components = (written.match(/^ {2}- id: /gm) ?? []).length
  const dependencies = (written.match(/^ {2}- from: /gm) ?? []).length
  if (components !== 60 || !r.floor[0].stdout.endsWith('60 services read\n'))
    throw new Error(`init wrote ${components} components (60 expected): ${written.slice(0, 300)}`)
  const subject = r.subject.map((x) => x.elapsed)
  const floor = r.floor.map((x) => x.elapsed)
  const ratio = median(subject) / median(floor)
  rows.push(
    row({
      measure: `Init: \`init --from docker-compose.yml\` (process) on a 60-service Compose project with anchors, .env and env_file (${components} components, ${dependencies} dependencies written) vs reading and parsing the same files (process), ${NODE_LABEL}`,
      subject: spread(subject),
      floor: spread(floor),
      ratio: `${ratio.toFixed(2)}× (context)`,
      target: '< 1 s',
      met: median(subject) < 1000
    })
  )
}

/* ------------------------------------------------------------------ glue */

function inproc(engine, task, args) {
  const r = timed(NODE, [INPROC, engine, task, JSON.stringify(args)], { env: GIT_ENV })
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

/**
 * Runs one measure; when it cannot measure (a bundle that fails to build, an
 * action that exits non-zero) the table says so, the rest still runs, and
 * the bench exits 1.
 */
async function section(name, measure) {
  try {
    await measure()
  } catch (error) {
    const message = String(error?.message ?? error)
    rows.push(
      row({
        measure: name,
        subject: `**not measured**: ${message.split('\n')[0]}`,
        floor: '',
        ratio: '—',
        target: '',
        met: false
      })
    )
    notes.push(`${name}: ${String(error?.stack ?? error)}`)
    process.exitCode = 1
  }
}

async function main() {
  if (!existsSync(CLI))
    throw new Error(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`)
  if (wants('startup')) {
    if (existsSync(ACTION))
      await section('Start-up', () =>
        benchStartup({ action: ACTION, cli: CLI, epoch: EPOCH, runs: RUNS.startup, ...context })
      )
    else notes.push('start-up: not measured, dist/index.js does not exist (`npm run build`).')
  }
  if (wants('throughput')) await section('Throughput', benchThroughput)
  if (wants('derived')) {
    await section('Derived sections', () => benchDerived(false))
    await section('Derived sections with runtime files', () => benchDerived(true))
  }
  if (wants('init')) await section('Init', benchInit)
  if (BASELINE !== undefined && wants('baseline'))
    await section('Against the baseline', benchBaseline)
  if (wants('changes') || wants('comment')) {
    let engine
    await section('Engine bundle (bench/entry.ts)', () => {
      engine = pathToFileURL(bundle(path.join(HERE, 'entry.ts'), 'engine')).href
    })
    if (engine !== undefined && wants('changes'))
      await section('Change detection', () => benchChanges(engine))
    if (engine !== undefined && wants('comment'))
      await section('Comment', () => benchComment(engine))
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const lines = [
    `blueprint-docs benchmark — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 1073741824)} GiB RAM, measured on ${NODE_LABEL} (bench driver: Node ${process.versions.node}), git ${git(ROOT, ['--version']).replace('git version ', '')}, ${os.platform()} ${os.release()}`,
    `load average at start ${loadStart}, at end ${loadAverage()}`,
    `runs per figure: start-up ${RUNS.startup}, throughput ${RUNS.throughput1k} (1,000) / ${RUNS.throughput5k} (5,000), derived sections ${RUNS.derived} (with runtime files ${RUNS.derivedRuntime}), change detection ${RUNS.changes}, comment ${RUNS.comment}; ratio = subject's median / floor's median${quick ? ' (--quick: too few runs to trust)' : ''}`,
    `runs per figure: start-up ${RUNS.startup}, throughput ${RUNS.throughput1k} (1,000) / ${RUNS.throughput5k} (5,000), change detection ${RUNS.changes}, comment ${RUNS.comment}, init ${RUNS.init}; ratio = subject's median / floor's median${quick ? ' (--quick: too few runs to trust)' : ''}`,
    '',
    ...HEADER,
    ...rows,
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
  process.stderr.write(`bench failed: ${String(error?.stack ?? error)}\n`)
  process.exitCode = 1
} finally {
  cleanup()
}
