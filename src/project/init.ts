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
import type { Note } from '../engine/runtime/index.js'
import { loadRuntime } from './runtime.js'
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

/** What init read and could not resolve, said whether or not a blueprint is written. */
export interface InitReport {
  /** Notes: files passed over, kinds skipped. */
  readonly notes: readonly Note[]
  /** The files that held Compose projects or manifests, then the files they named (`.env`…). */
  readonly read: readonly string[]
  /** Variables with no value, hosts that are no service, env files that are missing. */
  readonly unresolved: readonly Note[]
  /** True when a folder was searched: the files read are worth listing. */
  readonly searched: boolean
}

/** The blueprint's text and what it holds, or the problems that stop it; the report either way. */
export type InitResult = InitReport &
  (
    | {
        readonly ok: true
        readonly text: string
        readonly components: number
        readonly dependencies: number
      }
    | { readonly ok: false; readonly problems: readonly Problem[] }
  )

/** Reads the runtime files and builds the blueprint's text. Never throws. */
export async function initBlueprint(options: InitOptions): Promise<InitResult> {
  const loaded = await loadRuntime(options.workspace, options.from)
  const read = loaded.files
  const problems: Problem[] = read.unreadable.map((u) => ({
    file: options.from[u.index] ?? '',
    line: 1,
    col: 1,
    message: u.message
  }))
  const runtime = loaded.read
  problems.push(...runtime.problems)
  const report: InitReport = {
    notes: [...read.passed, ...runtime.notes],
    read: [...new Set([...runtime.read, ...loaded.extra])],
    unresolved: runtime.unresolved,
    searched: read.files.some((f) => f.discovered === true)
  }
  if (problems.length > 0) return { ok: false, problems, ...report }
  if (runtime.runtime.workloads.length === 0) {
    return {
      ...report,
      ok: false,
      problems: options.from.map((file) => ({
        file,
        line: 1,
        col: 1,
        message:
          'holds no Compose service and no Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob)'
      }))
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
  if (!check.ok) return { ...report, ok: false, problems: check.problems }
  return {
    ...report,
    ok: true,
    text,
    components: check.blueprint.components.length,
    dependencies: check.blueprint.dependencies.length
  }
}
