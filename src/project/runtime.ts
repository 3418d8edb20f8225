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
import { RUNTIME_NAME, confine } from '../engine/paths.js'
import type { RawFinding } from '../engine/rules/rule.js'
import { MAX_INCLUDE_DEPTH } from '../engine/runtime/composeproject.js'
import { driftFindings } from '../engine/runtime/drift.js'
import { runtimeFacts, type RuntimeFacts } from '../engine/runtime/facts.js'
import { derivesSections } from '../engine/sections/index.js'
import type { Template } from '../engine/template.js'
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
/** Folders a search for runtime files passes over: others' code, and Helm templates (not YAML until rendered). */
const SKIPPED_FOLDERS = /(?:^|\/)(?:node_modules|vendor|vendored|third_party|bower_components)\//
/** The files `docker compose` reads in a folder by default, in the order it reads them. */
const DEFAULT_COMPOSE = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml'
] as const
const OVERRIDE_COMPOSE = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml'
] as const

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
  /** Files a folder holds that were passed over, and why (vendored, a Helm template, a second Compose file). */
  readonly passed: readonly Note[]
}

/**
 * Reads the files and folders at these repository paths (`.` is the whole
 * repository). Compose files named together are one project, merged in
 * order; in a folder, the Compose file `docker compose` would read there
 * and its override are one project, and other Compose files are passed
 * over with a note. Never throws.
 */
export async function readRuntimeFiles(
  workspace: Workspace,
  paths: readonly string[]
): Promise<RuntimeFiles> {
  const files: RuntimeFile[] = []
  const entries = new Map<string, number>()
  const unreadable: Unreadable[] = []
  const passed: Note[] = []
  for (const [index, given] of paths.entries()) {
    const root = isRoot(given)
    const at = root ? '.' : confine(given)
    if (at === undefined) {
      unreadable.push({ index, message: `runtime path ${given} is outside the repository` })
      continue
    }
    try {
      // A file is read as it is; only a folder (or the repository) is listed: a listing asks
      // git, a process each.
      const direct = root
        ? FOLDER
        : await workspace.read(at).catch((error: unknown): typeof FOLDER => {
            if (isFolderError(error)) return FOLDER
            throw error
          })
      // Nothing there may still be a folder to a workspace that reads no folders: it is listed.
      if (direct !== FOLDER && direct !== undefined) {
        if (entries.has(at)) continue
        if (files.length + 1 > MAX_RUNTIME_FILES) {
          unreadable.push({
            index,
            message: `runtime path ${at} holds more than ${MAX_RUNTIME_FILES} files; name the folders that matter`
          })
          continue
        }
        files.push({ file: at, content: direct, project: 'given' })
        entries.set(at, index)
        continue
      }
      const glob = root
        ? `**/*.${RUNTIME_EXTENSIONS}`
        : `${escapeGlob(at)}/**/*.${RUNTIME_EXTENSIONS}`
      const inFolder = await workspace.list([glob])
      const found = inFolder.length > 0 ? discover(inFolder, passed) : undefined
      const names = found ?? [{ file: at, project: 'given' }]
      if (root && names.length === 0) {
        unreadable.push({ index, message: 'the repository holds no Compose file or manifest' })
        continue
      }
      if (files.length + names.length > MAX_RUNTIME_FILES) {
        unreadable.push({
          index,
          message: `runtime path ${at} holds more than ${MAX_RUNTIME_FILES} files; name the folders that matter`
        })
        continue
      }
      for (const { file, project } of names) {
        if (entries.has(file)) continue
        const content = await workspace.read(file)
        if (content === undefined) {
          unreadable.push({ index, message: `runtime file ${file} does not exist` })
          continue
        }
        files.push({ file, content, project, ...(found ? { discovered: true } : {}) })
        entries.set(file, index)
      }
    } catch (error) {
      const folder = isFolderError(error)
      unreadable.push({
        index,
        message: folder
          ? `runtime folder ${at} holds no .yaml, .yml or .json file`
          : `runtime path ${at}: ${messageOf(error)}`
      })
    }
  }
  return { files, entries, unreadable, passed }
}

/**
 * The files of a folder worth reading, each with its Compose project: not
 * vendored code, not Helm templates; per folder, `docker compose`'s own
 * file and its override as one project, and a folder's other Compose files
 * passed over when it has one (they are variants: name one to read it).
 */
function discover(
  listed: readonly string[],
  passed: Note[]
): Array<{ file: string; project: string }> {
  const charts = new Set(
    listed.filter((f) => /(?:^|\/)Chart\.ya?ml$/.test(f)).map((f) => path.posix.dirname(f))
  )
  const kept = listed.filter((file) => {
    if (SKIPPED_FOLDERS.test(file)) return false
    const dir = path.posix.dirname(file)
    if (
      charts.has(dir) ||
      [...charts].some(
        (c) => dir === `${c}/templates` || dir.startsWith(`${c === '.' ? '' : `${c}/`}templates/`)
      )
    )
      return false
    return true
  })
  const byFolder = new Map<string, string[]>()
  for (const f of kept) {
    const dir = path.posix.dirname(f)
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f])
  }
  const out: Array<{ file: string; project: string }> = []
  for (const [dir, inDir] of byFolder) {
    const base = (f: string) => path.posix.basename(f)
    const main = DEFAULT_COMPOSE.map((n) => inDir.find((f) => base(f) === n)).find(Boolean)
    const override = OVERRIDE_COMPOSE.map((n) => inDir.find((f) => base(f) === n)).find(Boolean)
    if (main !== undefined) {
      out.push({ file: main, project: dir })
      if (override !== undefined) out.push({ file: override, project: dir })
    }
    for (const f of inDir) {
      if (f === main || f === override) continue
      if (main !== undefined && /compose/i.test(base(f))) {
        passed.push({
          file: f,
          line: 1,
          col: 1,
          message: `not read: docker compose reads ${base(main)} in this folder; name this file with --from to read it instead`
        })
        continue
      }
      out.push({ file: f, project: f })
    }
  }
  return out
}

/** The runtime files read, and what they hold, with every file they name read too. */
export interface RuntimeLoaded {
  readonly files: RuntimeFiles
  readonly read: RuntimeRead
  /** The other files read because runtime files name them (`.env`, `env_file`, `include`), sorted. */
  readonly extra: readonly string[]
}

/**
 * Reads the runtime files at these paths and what runs there, reading the
 * `.env`, `env_file` and `include` files they name through the workspace
 * (confined to the repository; a file outside it is one that does not
 * exist). Never throws.
 */
export async function loadRuntime(
  workspace: Workspace,
  paths: readonly string[]
): Promise<RuntimeLoaded> {
  const files = await readRuntimeFiles(workspace, paths)
  const cache = new Map<string, Uint8Array | null>()
  const fetch = async (file: string) => {
    if (cache.has(file)) return
    const at = confine(file)
    const content = at === undefined ? undefined : await workspace.read(at).catch(() => undefined)
    cache.set(file, content ?? null)
  }
  // The .env beside each file is the one most projects need: read it before the first pass.
  for (const dir of new Set(files.files.map((f) => path.posix.dirname(f.file))))
    await fetch(dir === '.' ? '.env' : `${dir}/.env`)
  const lookup = (file: string) => (cache.has(file) ? cache.get(file) : undefined)
  let read = readRuntime(files.files, { lookup })
  // Each pass reads what the last one named; includes nest, so a few passes may be needed.
  for (let pass = 0; pass < MAX_INCLUDE_DEPTH + 2 && read.needs.length > 0; pass++) {
    for (const need of read.needs) await fetch(need)
    read = readRuntime(files.files, { lookup })
  }
  const extra = [...cache.entries()].filter(([, c]) => c !== null).map(([f]) => f)
  return { files, read, extra: extra.sort() }
}

/** How many runtime loads {@link loadRuntimeOnce} keeps per workspace: a batch of blueprints'. */
const KEPT_LOADS = 32
const loads = new WeakMap<Workspace, Map<string, Promise<RuntimeLoaded>>>()

/**
 * {@link loadRuntime}, once per workspace and paths: a blueprint's runtime files are read for
 * its drift findings and again for its document's derived sections, a moment apart, and parsing
 * a Compose project of 30 services twice doubled the cost of such a document. A workspace is
 * one run's view of the repository (the base of a review, a moved branch, each their own), so
 * its files do not change under it; the last {@link KEPT_LOADS} loads are kept.
 */
function loadRuntimeOnce(workspace: Workspace, paths: readonly string[]): Promise<RuntimeLoaded> {
  let kept = loads.get(workspace)
  if (kept === undefined) loads.set(workspace, (kept = new Map()))
  const key = paths.join('\u0000')
  let load = kept.get(key)
  if (load === undefined) {
    load = loadRuntime(workspace, paths)
    kept.set(key, load)
    if (kept.size > KEPT_LOADS) kept.delete(kept.keys().next().value ?? '')
  }
  return load
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
  const loaded = await loadRuntimeOnce(options.workspace, paths)
  const read = loaded.files
  const at = positioner(options.text, { json: /\.json$/i.test(file) })
  const problems: Problem[] = read.unreadable.map((u) => ({
    file,
    ...at(['runtime', u.index]),
    message: u.message
  }))
  const runtime: RuntimeRead = loaded.read
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
 * What a blueprint's runtime files say, for a document whose sections are derived (by the
 * blueprint or the template's default); undefined for any other, or one without `runtime:`,
 * whose files are then not read. The files are read confined and bounded as for drift; a file
 * that cannot be read gives no facts, and drift reports it. Never throws.
 */
export async function documentFacts(options: {
  readonly workspace: Workspace
  /** The blueprint's repository path. */
  readonly file: string
  readonly blueprint: Blueprint
  readonly template: Template
}): Promise<RuntimeFacts | undefined> {
  const { blueprint, file } = options
  if (blueprint.runtime === undefined) return undefined
  if (!derivesSections(blueprint, options.template.derivedSections)) return undefined
  try {
    const folder = path.posix.dirname(file)
    const paths = blueprint.runtime.map((p) => (folder === '.' ? p : `${folder}/${p}`))
    const loaded = await loadRuntimeOnce(options.workspace, paths)
    return runtimeFacts(loaded.read.documents)
  } catch {
    return undefined
  }
}

/**
 * For change detection: which blueprints name each changed file in their
 * `runtime:` (the file itself, the `.env` beside it, or a folder holding it). Reads only the
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
      const joined = folder === '.' ? given : `${folder}/${given}`
      // The whole repository as runtime: a change to any file it could read is one of its own.
      const whole = isRoot(joined)
      const at = whole ? '.' : confine(joined)
      if (at === undefined) continue
      for (const c of changed) {
        const owned = whole
          ? RUNTIME_NAME.test(c)
          : c === at || c.startsWith(`${at}/`) || (RUNTIME_NAME.test(at) && c === besideEnv(at))
        if (!owned) continue
        const list = owners.get(c) ?? []
        if (!list.includes(file)) list.push(file)
        owners.set(c, list)
      }
    }
  }
  return owners
}

/** What reading a folder as a file gives: the path is listed instead. */
const FOLDER: unique symbol = Symbol('folder')

/** Reading a folder as a file. */
function isFolderError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EISDIR'
}

/** The `.env` beside a runtime file, which Compose reads its variables from. */
function besideEnv(file: string): string {
  const dir = path.posix.dirname(file)
  return dir === '.' ? '.env' : `${dir}/.env`
}

/** Is this repository path the repository itself (`.`, `./`, `arch/..`)? */
function isRoot(given: string): boolean {
  const slashed = given.replace(/\\/g, '/')
  if (slashed === '' || path.posix.isAbsolute(slashed)) return false
  return path.posix.normalize(slashed).replace(/\/$/, '') === '.'
}

/** A path with glob characters escaped, so picomatch takes it as written. */
function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&')
}
