/**
 * Preloaded into a measured process (`node --import`): at exit it writes the
 * process's peak resident set size (bytes) and CPU time (ms, user + system)
 * as JSON to $BENCH_RSS_FILE. `process.resourceUsage()` is getrusage(2):
 * maxRSS in KiB, CPU times in microseconds.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_RSS_FILE
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })
    )
  })
}
