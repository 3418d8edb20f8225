/**
 * Document writes on a second thread, for big runs of `generate`. Writing a new
 * file is mostly the kernel's work (on ext4, finding a free inode): over
 * thousands of blueprints it takes about as long as parsing and rendering.
 * A worker thread that opens the same confined workspace writes while the
 * main thread renders the next blueprints. Small runs never start it.
 */
import type { MessagePort, Worker } from 'node:worker_threads'
import { messageOf } from '../engine/text.js'
import { openWorkspace } from '../adapters/files.js'
import type { Workspace } from '../project/ports.js'

interface WriteRequest {
  readonly id: number
  readonly file: string
  readonly content: string
}

interface WriteReply {
  readonly id: number
  /** Why the write failed, as the problem will say it ({@link messageOf}). */
  readonly error?: string
}

/** Starts a worker thread that runs {@link serveWrites} for the repository at `root`. */
export type StartWriter = (root: string) => Worker

/** How many writes go inline before a run counts as big enough for the writer thread. */
const INLINE_WRITES = 32
/**
 * The text of the writes handed to the thread and not yet done, at most, in characters: about
 * 200 documents of the standard format with 30 components (20 KB each). The thread takes a few
 * hundred milliseconds to start (it loads the whole command line); the documents rendered
 * meanwhile wait for it in memory instead of the renders waiting for the thread.
 */
const IN_FLIGHT_CHARS = 4 * 1024 * 1024

/** The worker side: one confined workspace, one write at a time, each answered. */
export async function serveWrites(port: MessagePort, root: string): Promise<void> {
  const workspace = await openWorkspace(root)
  port.on('message', (request: WriteRequest) => {
    workspace.write(request.file, request.content).then(
      () => port.postMessage({ id: request.id } satisfies WriteReply),
      (error: unknown) =>
        port.postMessage({ id: request.id, error: messageOf(error) } satisfies WriteReply)
    )
  })
}

/**
 * Writes for one run. `write` returns once the document is written or handed
 * to the thread (it waits while too many are under way); it never throws: a
 * write that fails calls its `failed` with the reason, so one document that
 * cannot be written does not stop the others (each write is atomic).
 * `finish` waits for every write and stops the thread.
 */
export interface Writes {
  write(file: string, content: string, failed: (reason: string) => void): Promise<void>
  finish(): Promise<void>
}

/** Writes for one `generate` run: inline at first, on the writer thread (when `start` is given) past a few dozen. */
export function backgroundWrites(workspace: Workspace, start: StartWriter | undefined): Writes {
  let inline = 0
  let worker: Worker | undefined
  let broken: string | undefined
  let next = 0
  const waiting = new Map<number, { failed: (reason: string) => void; done: () => void }>()
  /** The writes handed to the thread, oldest first, with the length of their text. */
  const queued: { written: Promise<void>; chars: number }[] = []
  let queuedChars = 0

  /** The thread stopped or failed: every write it still held fails with that reason. */
  function lose(reason: string): void {
    broken ??= reason
    worker = undefined
    for (const { failed, done } of waiting.values()) {
      failed(reason)
      done()
    }
    waiting.clear()
  }

  function thread(): Worker {
    if (worker !== undefined) return worker
    const started = (start as StartWriter)(workspace.root)
    started.on('message', (reply: WriteReply) => {
      const entry = waiting.get(reply.id)
      if (entry === undefined) return
      waiting.delete(reply.id)
      if (reply.error !== undefined) entry.failed(reply.error)
      entry.done()
    })
    started.on('error', (error) => lose(messageOf(error)))
    started.on('exit', (code) =>
      lose(`the writer thread stopped (exit code ${code}) before writing it`)
    )
    worker = started
    return started
  }

  return {
    async write(file, content, failed) {
      if (start === undefined || inline < INLINE_WRITES) {
        inline++
        return workspace.write(file, content).catch((error: unknown) => failed(messageOf(error)))
      }
      if (broken !== undefined) return failed(broken)
      const id = next++
      const written = new Promise<void>((done) => waiting.set(id, { failed, done }))
      queued.push({ written, chars: content.length })
      queuedChars += content.length
      thread().postMessage({ id, file, content } satisfies WriteRequest)
      // Past the bound, wait for the oldest writes; each leaves the count as it is waited for,
      // so writes of one batch waiting side by side wait for different ones.
      while (queuedChars > IN_FLIGHT_CHARS) {
        const oldest = queued.shift()
        if (oldest === undefined) break
        queuedChars -= oldest.chars
        await oldest.written
      }
    },
    async finish() {
      await Promise.all(queued.map((q) => q.written))
      queued.length = 0
      queuedChars = 0
      const last = worker
      worker = undefined
      if (last !== undefined) {
        last.removeAllListeners('exit')
        await last.terminate()
      }
    }
  }
}
