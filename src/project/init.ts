/**
 * `init --from`: a first blueprint from what runs. Reads Compose files and
 * Kubernetes manifests through the workspace (confined to the repository,
 * with the blueprint loader's limits) and writes nothing: the caller decides
 * where the text goes.
 */
import path from 'node:path'
import { parseBlueprint } from '../engine/blueprint/index.js'
import type { Problem } from '../engine/model.js'
import { emitBlueprint } from '../engine/runtime/emit.js'
import { readRuntime, type Note } from '../engine/runtime/index.js'
import { readRuntimeFiles } from './runtime.js'
import type { Workspace } from './ports.js'

/** What to read and what to call the blueprint. */
export interface InitOptions {
  readonly workspace: Workspace
  /** Repository paths of Compose files, manifests or folders of them. */
  readonly from: readonly string[]
  readonly id: string
  readonly project: string
  /** The repository folder the blueprint will live in: its `runtime:` paths are relative to it. */
  readonly folder: string
}

/** The blueprint's text and what it holds, or the problems that stop it; notes either way. */
export type InitResult =
  | {
      readonly ok: true
      readonly text: string
      readonly components: number
      readonly dependencies: number
      readonly notes: readonly Note[]
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly notes: readonly Note[] }

/** Reads the runtime files and builds the blueprint's text. Never throws. */
export async function initBlueprint(options: InitOptions): Promise<InitResult> {
  const read = await readRuntimeFiles(options.workspace, options.from)
  const problems: Problem[] = read.unreadable.map((u) => ({
    file: options.from[u.index] ?? '',
    line: 1,
    col: 1,
    message: u.message
  }))
  const runtime = readRuntime(read.files)
  problems.push(...runtime.problems)
  const notes = runtime.notes
  if (problems.length > 0) return { ok: false, problems, notes }
  if (runtime.runtime.workloads.length === 0) {
    return {
      ok: false,
      problems: options.from.map((file) => ({
        file,
        line: 1,
        col: 1,
        message:
          'holds no Compose service and no Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob)'
      })),
      notes
    }
  }
  const text = emitBlueprint({
    id: options.id,
    project: options.project,
    runtimePaths: options.from.map((p) => path.posix.relative(options.folder, p) || '.'),
    runtime: runtime.runtime
  })
  // What init writes must pass `validate`; if it ever does not, say so rather than write it.
  const check = parseBlueprint({ file: `${options.id}.blueprint.yaml`, content: text })
  if (!check.ok) return { ok: false, problems: check.problems, notes }
  return {
    ok: true,
    text,
    components: check.blueprint.components.length,
    dependencies: check.blueprint.dependencies.length,
    notes
  }
}
