/**
 * Runtime files through the workspace: the Compose files and Kubernetes
 * manifests a blueprint's `runtime:` names (or `init --from` is given),
 * confined to the repository and read with the blueprint loader's limits,
 * then compared with the blueprint (drift).
 */
import path from 'node:path'
import { parseBlueprint } from '../engine/blueprint/index.js'
import { positioner } from '../engine/blueprint/position.js'
import type { Blueprint, Problem } from '../engine/model.js'
import { confine } from '../engine/paths.js'
import type { RawFinding } from '../engine/rules/rule.js'
import { driftFindings } from '../engine/runtime/drift.js'
import {
  readRuntime,
  type Note,
  type RuntimeFile,
  type RuntimeRead
} from '../engine/runtime/index.js'
import { messageOf } from '../engine/text.js'
import type { Workspace } from './ports.js'

/** The extensions read in a folder of runtime files. */
const RUNTIME_EXTENSIONS = '{yaml,yml,json}'
/** More files than a folder of manifests holds; past it the folder is refused. */
export const MAX_RUNTIME_FILES = 1000

/** Why a runtime path gave nothing: it left the repository, does not exist, or could not be read. */
export interface Unreadable {
  /** The index of the path in the list given. */
  readonly index: number
  readonly message: string
}

/** The files that runtime paths name, in order; a folder gives its YAML and JSON files, sorted. */
export interface RuntimeFiles {
  readonly files: readonly RuntimeFile[]
  /** Repository path of each file → the index of the path that named it. */
  readonly entries: ReadonlyMap<string, number>
  readonly unreadable: readonly Unreadable[]
}

/** Reads the files and folders at these repository paths. Never throws. */
export async function readRuntimeFiles(
  workspace: Workspace,
  paths: readonly string[]
): Promise<RuntimeFiles> {
  const files: RuntimeFile[] = []
  const entries = new Map<string, number>()
  const unreadable: Unreadable[] = []
  for (const [index, given] of paths.entries()) {
    const at = confine(given)
    if (at === undefined) {
      unreadable.push({ index, message: `runtime path ${given} is outside the repository` })
      continue
    }
    try {
      const inFolder = await workspace.list([`${escapeGlob(at)}/**/*.${RUNTIME_EXTENSIONS}`])
      const names = inFolder.length > 0 ? inFolder : [at]
      if (files.length + names.length > MAX_RUNTIME_FILES) {
        unreadable.push({
          index,
          message: `runtime path ${at} holds more than ${MAX_RUNTIME_FILES} files; name the folders that matter`
        })
        continue
      }
      for (const file of names) {
        if (entries.has(file)) continue
        const content = await workspace.read(file)
        if (content === undefined) {
          unreadable.push({ index, message: `runtime file ${file} does not exist` })
          continue
        }
        files.push({ file, content })
        entries.set(file, index)
      }
    } catch (error) {
      const folder = (error as { code?: unknown } | null)?.code === 'EISDIR'
      unreadable.push({
        index,
        message: folder
          ? `runtime folder ${at} holds no .yaml, .yml or .json file`
          : `runtime path ${at}: ${messageOf(error)}`
      })
    }
  }
  return { files, entries, unreadable }
}

/** What a blueprint's runtime files say against it. */
export interface DriftResult {
  /** `drift-*` findings, with paths into the blueprint. */
  readonly findings: readonly RawFinding[]
  /**
   * What stops a runtime file being read, as errors: positioned in that file
   * (malformed, too big), or at the blueprint's `runtime:` entry (outside
   * the repository, missing).
   */
  readonly problems: readonly Problem[]
  /** What was read and skipped (a Helm template, kinds that are no workload). */
  readonly notes: readonly Note[]
}

/**
 * Drift of one blueprint against the runtime files its `runtime:` names
 * (paths relative to the blueprint's folder). Nothing to say for a
 * blueprint without `runtime:`. `text` is the blueprint's text, used to
 * position problems at its `runtime:` entries. Never throws.
 */
export async function runtimeDrift(options: {
  readonly workspace: Workspace
  /** The blueprint's repository path. */
  readonly file: string
  readonly text: string
  readonly blueprint: Blueprint
}): Promise<DriftResult> {
  const { blueprint, file } = options
  if (blueprint.runtime === undefined) return { findings: [], problems: [], notes: [] }
  const folder = path.posix.dirname(file)
  const paths = blueprint.runtime.map((p) => (folder === '.' ? p : `${folder}/${p}`))
  const read = await readRuntimeFiles(options.workspace, paths)
  const at = positioner(options.text, { json: /\.json$/i.test(file) })
  const problems: Problem[] = read.unreadable.map((u) => ({
    file,
    ...at(['runtime', u.index]),
    message: u.message
  }))
  const runtime: RuntimeRead = readRuntime(read.files)
  problems.push(...runtime.problems)
  // A runtime that could not be read in full says nothing reliable about what is missing.
  if (problems.length > 0) return { findings: [], problems, notes: runtime.notes }
  const findings = driftFindings({
    blueprint,
    runtime: runtime.runtime,
    entryOf: (f) => read.entries.get(f)
  })
  return { findings, problems, notes: runtime.notes }
}

/**
 * For change detection: which blueprints name each changed file in their
 * `runtime:` (the file itself, or a folder holding it). Reads only the
 * blueprints whose text mentions `runtime`; an invalid one owns nothing.
 */
export async function runtimeOwners(
  workspace: Workspace,
  globs: readonly string[],
  changed: readonly string[]
): Promise<Map<string, string[]>> {
  const owners = new Map<string, string[]>()
  if (changed.length === 0) return owners
  for (const file of await workspace.list(globs)) {
    const bytes = await workspace.read(file).catch(() => undefined)
    if (bytes === undefined) continue
    const text = new TextDecoder().decode(bytes)
    if (!text.includes('runtime')) continue
    const parsed = parseBlueprint({ file, content: bytes })
    if (!parsed.ok || parsed.blueprint.runtime === undefined) continue
    const folder = path.posix.dirname(file)
    for (const given of parsed.blueprint.runtime) {
      const at = confine(folder === '.' ? given : `${folder}/${given}`)
      if (at === undefined) continue
      for (const c of changed) {
        if (c !== at && !c.startsWith(`${at}/`)) continue
        const list = owners.get(c) ?? []
        if (!list.includes(file)) list.push(file)
        owners.set(c, list)
      }
    }
  }
  return owners
}

/** A path with glob characters escaped, so picomatch takes it as written. */
function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&')
}
