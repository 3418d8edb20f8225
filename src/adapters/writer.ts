/**
 * Document writes on a second thread, for big runs of `generate`. Writing a new
 * file is mostly the kernel's work (on ext4, finding a free inode): over
 * thousands of blueprints it takes about as long as parsing and rendering.
 * A worker thread that opens the same confined workspace writes while the
 * main thread renders the next blueprints. Small runs never start it.
 */
import type { MessagePort, Worker } from 'node:worker_threads'
import { openWorkspace, PathError, type Workspace } from './files.js'

interface WriteRequest {
  readonly id: number
  readonly file: string
  readonly content: string
}

interface WriteReply {
  readonly id: number
  /** `file` is set for a PathError, so its message can be rebuilt word for word. */
  readonly error?: { readonly message: string; readonly file?: string; readonly code?: string }
}

/** Starts a worker thread that runs {@link serveWrites} for the repository at `root`. */
export type StartWriter = (root: string) => Worker

/** How many writes go inline before a run counts as big enough for the writer thread. */
const INLINE_WRITES = 32
/** Writes handed to the thread and not yet done, at most: each holds its document's text. */
const IN_FLIGHT = 64

/** The worker side: one confined workspace, one write at a time, each answered. */
export async function serveWrites(port: MessagePort, root: string): Promise<void> {
  const workspace = await openWorkspace(root)
  port.on('message', (request: WriteRequest) => {
    workspace.write(request.file, request.content).then(
      () => port.postMessage({ id: request.id } satisfies WriteReply),
      (error: unknown) => port.postMessage({ id: request.id, error: describe(error) } satisfies WriteReply)
    )
  })
}

function describe(error: unknown): NonNullable<WriteReply['error']> {
  if (error instanceof PathError) return { message: error.message, file: error.file }
  const code = (error as { code?: unknown } | null)?.code
  return { message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) }
}

function rebuild(error: NonNullable<WriteReply['error']>): Error {
  if (error.file !== undefined) return new PathError(error.file, error.message.slice(error.file.length + 2))
  return Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code })
}

/**
 * Writes for one run. `write` returns once the document is written or handed
 * to the thread (it waits while too many are under way); it never throws:
 * a write that fails is reported to `failed` with its path, so one document
 * that cannot be written does not stop the others (each write is atomic).
 * `finish` waits for every write and stops the thread.
 */
export interface Writes {
  write(file: string, content: string): Promise<void>
  finish(): Promise<void>
}

export function backgroundWrites(workspace: Workspace, start: StartWriter | undefined, failed: (file: string, error: unknown) => void): Writes {
  let inline = 0
  let worker: Worker | undefined
  let broken: unknown
  let next = 0
  const waiting = new Map<number, { file: string; done: () => void }>()
  const queued: Promise<void>[] = []

  /** The thread stopped or failed: every write it still held fails with that reason. */
  function lose(error: unknown): void {
    broken ??= error
    worker = undefined
    for (const { file, done } of waiting.values()) {
      failed(file, error)
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
      if (reply.error !== undefined) failed(entry.file, rebuild(reply.error))
      entry.done()
    })
    started.on('error', lose)
    started.on('exit', (code) => lose(new Error(`the writer thread stopped (exit code ${code}) before writing it`)))
    worker = started
    return started
  }

  return {
    async write(file, content) {
      if (start === undefined || inline < INLINE_WRITES) {
        inline++
        return workspace.write(file, content).catch((error: unknown) => failed(file, error))
      }
      if (broken !== undefined) return failed(file, broken)
      const id = next++
      queued.push(new Promise<void>((done) => waiting.set(id, { file, done })))
      thread().postMessage({ id, file, content } satisfies WriteRequest)
      if (queued.length >= IN_FLIGHT) await queued.shift()
    },
    async finish() {
      await Promise.all(queued)
      queued.length = 0
      const last = worker
      worker = undefined
      if (last !== undefined) {
        last.removeAllListeners('exit')
        await last.terminate()
      }
    }
  }
}
