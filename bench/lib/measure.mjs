/**
 * Timing, statistics and the table rows of the benchmark. Every figure is a
 * subject measured against a floor in the same run, alternated with it (A,
 * B, A, B …) so that both see the same load on the machine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Runs a command once and returns its wall time in ms and its output; throws with the output when it fails. */
export function timed(cmd, args, options = {}) {
  const { allowFailure = false, ...spawnOptions } = options
  const t = performance.now()
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...spawnOptions
  })
  const elapsed = performance.now() - t
  if (r.error) throw r.error
  if (r.status !== 0 && !allowFailure) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout?.slice(-2000)}\n${r.stderr?.slice(-2000)}`
    )
  }
  return { elapsed, stdout: r.stdout, stderr: r.stderr, status: r.status }
}

/** The median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Median, minimum and maximum of a list of numbers. */
export function stats(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length }
}

/**
 * Runs `floor` and `subject` alternately, `runs` times each; with `warmUp`,
 * after one unmeasured run of each (the first run pays for the page cache).
 * The subject runs last, so what it leaves behind is what follows. Each
 * function returns a measurement with an `elapsed` field; all are returned.
 */
export function alternate({ runs, subject, floor, warmUp = true }) {
  if (warmUp) {
    floor()
    subject()
  }
  const out = { subject: [], floor: [] }
  for (let i = 0; i < runs; i++) {
    out.floor.push(floor())
    out.subject.push(subject())
  }
  return out
}

/** Node 24, the runtime of `runs.using: node24`: this Node if it is 24, else from npx's cache (never the network). */
export function findNode24() {
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

export const ms = (x) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`
export const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`

/** "median (min–max)" of a list, formatted with `unit`. */
export function spread(xs, unit = ms) {
  const s = stats(xs)
  return s.runs === 1 ? unit(s.median) : `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`
}

export const verdict = (ok) => (ok ? 'met' : '**missed**')

/** The table's header and its alignment line. */
export const HEADER = [
  '| measure | subject: median (min–max) | floor: median (min–max) | ratio | target | |',
  '| --- | --- | --- | --- | --- | --- |'
]

/** One table row; `ratio` is a number (printed as ×) or a string. */
export function row({ measure, subject, floor, ratio, target, met }) {
  const r = typeof ratio === 'number' ? `**${ratio.toFixed(2)}×**` : ratio
  return `| ${[measure, subject, floor, r, target, met === undefined ? '' : verdict(met)].join(' | ')} |`
}
