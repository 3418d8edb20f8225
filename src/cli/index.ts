#!/usr/bin/env node
/**
 * The command line: `npx blueprint-docs generate|check|diff|validate`, the
 * same engine as the action, run inside a repository. The same file is the
 * writer thread of big `generate` runs (writer.ts).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { boundYoungGeneration } from './heap.js'
import { writeTo } from './io.js'
import { runCli } from './main.js'
import { serveWrites } from './writer.js'

if (isMainThread) {
  boundYoungGeneration()
  process.exitCode = await runCli({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
    startWriter: (root) => new Worker(new URL(import.meta.url), { workerData: { root } })
  })
} else if (parentPort !== null) {
  await serveWrites(parentPort, (workerData as { root: string }).root)
}
