/**
 * The young generation of the command line's main thread, held at 16 MB: on
 * a machine with memory to spare V8 grows it to 64 MB during a long
 * `generate`, which costs memory and buys no speed (bench/RESULTS.md). The
 * growth factor is read at every growth, so setting it to 1 once the limit
 * is reached stops the growth there.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import v8 from 'node:v8'

/** The size (both semi-spaces) at which the young generation stops growing. */
const YOUNG_LIMIT = 16 * 1024 * 1024

/** Stops the young generation of this thread's heap from growing past {@link YOUNG_LIMIT}. */
export function boundYoungGeneration(): void {
  const watch = new PerformanceObserver(() => {
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
    if (young === undefined || young.space_size < YOUNG_LIMIT) return
    v8.setFlagsFromString('--semi-space-growth-factor=1')
    watch.disconnect()
  })
  watch.observe({ entryTypes: ['gc'] })
}
