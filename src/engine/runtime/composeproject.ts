/**
 * A Compose project as `docker compose config` reads it: the files given
 * together merged in order (`-f a -f b`), each first substituted with the
 * variables of the `.env` beside the first file; `include:` followed
 * (inside the repository, to a bounded depth); `env_file:` read into each
 * service's environment, and an `environment` entry given by name only
 * taking its value from there. Pure: files other than the ones given come
 * through `lookup`, which may answer "not read yet" so the caller can read
 * them and ask again.
 */
import path from 'node:path'
import { isRecord } from '../blueprint/normalise.js'
import type { Problem } from '../model.js'
import { confine } from '../paths.js'
import { readText } from '../blueprint/untrusted.js'
import { MAX_SUBSTITUTED_CHARS, interpolate, readEnvFile, type Lookup } from './interpolate.js'
import type { Note } from './model.js'
import { readRuntimeDocuments, type RuntimeDocument } from './read.js'
import { MAX_EXPANDED_NODES, Override, RESET, copyData, unmark } from './yamldata.js'

/** `include:` chains deeper than this are refused: real projects include one or two levels. */
export const MAX_INCLUDE_DEPTH = 8
/** More files than one project may include in all. */
export const MAX_INCLUDED_FILES = 100

/** A file's content, `null` when there is no such file, `undefined` when it has not been read yet. */
export type FileLookup = (file: string) => string | Uint8Array | null | undefined

/** One Compose file of a project: its path and its (first) document. */
export interface ComposeLayer {
  readonly file: string
  readonly document: RuntimeDocument
}

/** Where a service was first written. */
export interface Origin {
  readonly file: string
  readonly line: number
}

/** A project read: its merged data and where each service came from, and what went wrong. */
export interface ComposeProject {
  /** The first file: the project's folder is its folder. */
  readonly file: string
  /** The merged, substituted project, as `docker compose config` shows it; positions are the first file's. */
  readonly document: RuntimeDocument
  readonly origins: ReadonlyMap<string, Origin>
  readonly problems: readonly Problem[]
  readonly notes: readonly Note[]
  /** Variables with no value, hosts and files not found: what the draft could not resolve. */
  readonly unresolved: readonly Note[]
  /** Files named (`.env`, `env_file`, `include`) that `lookup` has not read yet. */
  readonly needs: readonly string[]
  /** Compose files read through `include:` or `extends:`: parts of this project, not projects. */
  readonly parts: readonly string[]
}

interface Context {
  readonly lookup: FileLookup
  readonly problems: Problem[]
  readonly notes: Note[]
  readonly unresolved: Note[]
  readonly needs: Set<string>
  readonly parts: Set<string>
  included: number
  /** Characters substituted so far in the project, against {@link MAX_SUBSTITUTED_CHARS}. */
  substituted: number
  /** Values copied by `extends`, against {@link MAX_EXPANDED_NODES}. */
  copied: number
}

/** Reads the layers of one project (the files given together, in order). */
export function readComposeProject(
  layers: readonly ComposeLayer[],
  lookup: FileLookup
): ComposeProject {
  const ctx: Context = {
    lookup,
    problems: [],
    notes: [],
    unresolved: [],
    needs: new Set(),
    parts: new Set(),
    included: 0,
    substituted: 0,
    copied: 0
  }
  const first = layers[0]
  if (first === undefined) throw new Error('a Compose project needs at least one file')
  const loaded = loadProject(layers, ctx, { stack: [], outer: () => undefined })
  const data = unmark(loaded.data) as Record<string, unknown>
  return {
    file: first.file,
    document: { data, locator: first.document.locator, start: first.document.start },
    origins: loaded.origins,
    problems: ctx.problems,
    notes: ctx.notes,
    unresolved: ctx.unresolved,
    needs: [...ctx.needs],
    parts: [...ctx.parts]
  }
}

interface Loaded {
  data: Record<string, unknown>
  origins: Map<string, Origin>
}

function loadProject(
  layers: readonly ComposeLayer[],
  ctx: Context,
  options: { stack: readonly string[]; outer: Lookup; envFiles?: readonly string[] }
): Loaded {
  const first = layers[0]
  if (first === undefined) return { data: {}, origins: new Map() }
  const folder = path.posix.dirname(first.file)
  // The project's variables: the `.env` beside the first file (or the include's env_file),
  // under those of the project that includes this one.
  const own = new Map<string, string>()
  const envFiles = options.envFiles ?? [join(folder, '.env')]
  for (const envFile of envFiles) {
    const text = readEnv(ctx, envFile)
    if (text === undefined) continue
    const env = readEnvFile(text, (name) => options.outer(name) ?? own.get(name))
    for (const e of env.entries) own.set(e.name, e.value)
    for (const p of env.problems) ctx.problems.push({ file: envFile, ...p })
    for (const u of env.unresolved)
      ctx.unresolved.push({
        file: envFile,
        line: u.line,
        col: 1,
        message: `variable ${u.name} has no value`
      })
  }
  const lookup: Lookup = (name) => options.outer(name) ?? own.get(name)

  const merged: Record<string, unknown> = {}
  const origins = new Map<string, Origin>()
  const includes: Array<{ layer: ComposeLayer; entry: unknown; index: number }> = []
  for (const layer of layers) {
    const data = substituteAll(layer, lookup, ctx)
    const services = isRecord(data.services) ? data.services : {}
    for (const name of Object.keys(services))
      extend({ layer, data, name, ctx, lookup, chain: [], folder })
    for (const [name, service] of Object.entries(services)) {
      if (!origins.has(name))
        origins.set(name, {
          file: layer.file,
          line: layer.document.locator.keyLoc(['services', name]).line
        })
      if (isRecord(service)) normaliseService(service, folder)
    }
    if (Array.isArray(data.include))
      data.include.forEach((entry, index) => includes.push({ layer, entry, index }))
    delete data.include
    mergeInto(merged, data, [])
  }

  for (const { layer, entry, index } of includes)
    include({ layer, entry, index, merged, origins, ctx, stack: options.stack, lookup })

  resolveEnvironment(merged, lookup, ctx, origins)
  return { data: merged, origins }
}

/** `extends:` chains deeper than this are refused. */
export const MAX_EXTENDS_DEPTH = 8

/**
 * Resolves a service's `extends:` (`name`, or `{service, file}`): the
 * service it names, itself extended first, with this one merged over it.
 * The service in `data` is replaced by the result.
 */
function extend(options: {
  layer: ComposeLayer
  data: Record<string, unknown>
  name: string
  ctx: Context
  lookup: Lookup
  chain: readonly string[]
  folder: string
}): void {
  const { layer, data, name, ctx } = options
  const services = isRecord(data.services) ? data.services : {}
  const service = services[name]
  if (!isRecord(service) || service.extends === undefined) return
  const spec = service.extends
  delete service.extends
  const at = (message: string) =>
    ctx.problems.push({
      file: layer.file,
      ...layer.document.locator.valueLoc(['services', name, 'extends']),
      message
    })
  const baseName = typeof spec === 'string' ? spec : isRecord(spec) ? spec.service : undefined
  if (typeof baseName !== 'string') {
    at('extends names no service (`extends: name` or `{service: name, file: …}`)')
    return
  }
  const key = `${layer.file}#${name}`
  const chain = [...options.chain, key]
  if (chain.length > MAX_EXTENDS_DEPTH) {
    at(`extends services more than ${MAX_EXTENDS_DEPTH} levels deep; a service may not`)
    return
  }
  let baseLayer = layer
  let baseData = data
  if (isRecord(spec) && typeof spec.file === 'string') {
    const file = confine(join(path.posix.dirname(layer.file), spec.file))
    if (file === undefined) {
      at(`extends ${spec.file}, which is outside the repository`)
      return
    }
    const content = read(ctx, file)
    if (content === undefined) {
      if (ctx.lookup(file) === null) at(`extends ${file}, which does not exist`)
      return
    }
    const docs = readRuntimeDocuments({ file, content })
    ctx.problems.push(...docs.problems)
    const doc = docs.documents[0]
    if (!doc) return
    ctx.parts.add(file)
    baseLayer = { file, document: doc }
    baseData = substituteAll(baseLayer, options.lookup, ctx)
  }
  if (chain.includes(`${baseLayer.file}#${baseName}`)) {
    at(`extends ${baseName}, which extends this service again (a cycle)`)
    return
  }
  const baseServices = isRecord(baseData.services) ? baseData.services : {}
  if (!isRecord(baseServices[baseName])) {
    at(`extends service "${baseName}", which ${baseLayer.file} does not define`)
    return
  }
  extend({ ...options, layer: baseLayer, data: baseData, name: baseName, chain })
  const base = baseServices[baseName]
  if (!isRecord(base)) return
  normaliseService(base, path.posix.dirname(baseLayer.file))
  // Copies count against the bound on expanded data, as aliases do.
  ctx.copied += sizeOf(base, MAX_EXPANDED_NODES + 1)
  if (ctx.copied > MAX_EXPANDED_NODES) {
    at(`extends expand to more than ${MAX_EXPANDED_NODES} values in all; a project may not`)
    return
  }
  const merged = copyData(base) as Record<string, unknown>
  normaliseService(service, options.folder)
  mergeInto(merged, service, [])
  set(services, name, merged)
}

/** Follows one `include:` entry of `layer`, copying in what it defines that is not defined here. */
function include(options: {
  layer: ComposeLayer
  entry: unknown
  index: number
  merged: Record<string, unknown>
  origins: Map<string, Origin>
  ctx: Context
  stack: readonly string[]
  lookup: Lookup
}): void {
  const { layer, entry, index, ctx } = options
  const at = (extra: (string | number)[], message: string) =>
    ctx.problems.push({
      file: layer.file,
      ...layer.document.locator.valueLoc(['include', index, ...extra]),
      message
    })
  const folder = path.posix.dirname(layer.file)
  const spec = isRecord(entry) ? entry : { path: entry }
  const paths = (Array.isArray(spec.path) ? spec.path : [spec.path]).filter(
    (p): p is string => typeof p === 'string'
  )
  if (paths.length === 0) {
    at([], 'an include names no Compose file (a path or `path:`)')
    return
  }
  const stack = [...options.stack, layer.file]
  if (stack.length > MAX_INCLUDE_DEPTH) {
    at([], `includes Compose files more than ${MAX_INCLUDE_DEPTH} levels deep; a project may not`)
    return
  }
  const files: string[] = []
  for (const p of paths) {
    const file = confine(join(folder, p))
    if (file === undefined) {
      at([], `include ${p} is outside the repository`)
      return
    }
    if (stack.includes(file)) {
      at([], `include ${p} includes ${file} again, which is already being read (a cycle)`)
      return
    }
    files.push(file)
  }
  const layers: ComposeLayer[] = []
  for (const file of files) {
    if (++ctx.included > MAX_INCLUDED_FILES) {
      at([], `includes more than ${MAX_INCLUDED_FILES} Compose files in all; a project may not`)
      return
    }
    const content = read(ctx, file)
    if (content === undefined) {
      if (ctx.lookup(file) === null) at([], `include ${file} does not exist`)
      return
    }
    const docs = readRuntimeDocuments({ file, content })
    ctx.problems.push(...docs.problems)
    ctx.notes.push(...docs.notes)
    const doc = docs.documents[0]
    if (doc) layers.push({ file, document: doc })
    ctx.parts.add(file)
  }
  if (layers.length === 0) return
  const projectDir =
    typeof spec.project_directory === 'string'
      ? confine(join(folder, spec.project_directory))
      : undefined
  const envFiles = (
    Array.isArray(spec.env_file)
      ? spec.env_file
      : spec.env_file === undefined
        ? []
        : [spec.env_file]
  )
    .filter((p): p is string => typeof p === 'string')
    .map((p) => join(folder, p))
  const inner = loadProject(layers, ctx, {
    stack,
    outer: options.lookup,
    envFiles:
      envFiles.length > 0
        ? envFiles
        : [join(projectDir ?? path.posix.dirname(layers[0]?.file ?? folder), '.env')]
  })
  // Compose copies what the included project defines and merges none of it: a name defined on
  // both sides keeps this project's definition, with a warning.
  for (const [section, value] of Object.entries(inner.data)) {
    if (!isRecord(value)) continue
    const here = isRecord(options.merged[section]) ? options.merged[section] : {}
    for (const [name, definition] of Object.entries(value)) {
      if (Object.prototype.hasOwnProperty.call(here, name)) {
        if (section === 'services')
          ctx.notes.push({
            file: layer.file,
            ...layer.document.locator.valueLoc(['include', index]),
            message: `service "${name}" of the included ${files.join(', ')} is also defined here: this definition is kept`
          })
        continue
      }
      set(here, name, definition)
      if (section === 'services') {
        const origin = inner.origins.get(name)
        if (origin) options.origins.set(name, origin)
      }
    }
    options.merged[section] = here
  }
}

/** The layer's data with every text value substituted; what has no value is said, where it was written. */
function substituteAll(layer: ComposeLayer, lookup: Lookup, ctx: Context): Record<string, unknown> {
  const seen = new Set<string>()
  const walk = (value: unknown, at: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      if (!value.includes('$')) return value
      const done = interpolate(value, lookup)
      const loc = () => layer.document.locator.valueLoc(at)
      if (done.error !== undefined) {
        ctx.problems.push({
          file: layer.file,
          ...loc(),
          message: `cannot substitute variables: ${done.error}`
        })
        return value
      }
      ctx.substituted += done.value.length
      if (ctx.substituted > MAX_SUBSTITUTED_CHARS) {
        if (ctx.substituted - done.value.length <= MAX_SUBSTITUTED_CHARS)
          ctx.problems.push({
            file: layer.file,
            ...loc(),
            message: `substituting variables comes to more than ${MAX_SUBSTITUTED_CHARS} characters; a Compose project may not`
          })
        return value
      }
      for (const name of done.unresolved) {
        if (seen.has(name)) continue
        seen.add(name)
        ctx.unresolved.push({
          file: layer.file,
          ...loc(),
          message: `variable ${name} has no value (no .env entry, no default): it reads as empty`
        })
      }
      return done.value
    }
    if (value instanceof Override) return new Override(walk(value.value, at))
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...at, i]))
    if (isRecord(value)) {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) set(out, k, walk(v, [...at, k]))
      return out
    }
    return value
  }
  const data = walk(layer.document.data, [])
  return isRecord(data) ? data : {}
}

/**
 * One service in the expanded form the merge works on: `environment`,
 * `labels` and `depends_on` as mappings, `env_file` as a list of
 * repository paths with whether each is required.
 */
function normaliseService(service: Record<string, unknown>, folder: string): void {
  // Paths are made repository paths once: a service met again (after extends) is left as it is.
  if (normalised.has(service)) return
  normalised.add(service)
  for (const key of ['environment', 'labels'] as const) {
    const value = service[key]
    if (!Array.isArray(value)) continue
    const map: Record<string, unknown> = {}
    for (const item of value) {
      if (typeof item !== 'string') continue
      const eq = item.indexOf('=')
      set(map, eq === -1 ? item : item.slice(0, eq), eq === -1 ? null : item.slice(eq + 1))
    }
    service[key] = map
  }
  if (Array.isArray(service.depends_on)) {
    const map: Record<string, unknown> = {}
    for (const d of service.depends_on)
      if (typeof d === 'string') set(map, d, { condition: 'service_started' })
    service.depends_on = map
  }
  const envFile = service.env_file
  if (envFile !== undefined && !(envFile instanceof Override) && envFile !== RESET) {
    const list = Array.isArray(envFile) ? envFile : [envFile]
    service.env_file = list.flatMap((e): Array<{ path: string; required: boolean }> => {
      if (typeof e === 'string') return [{ path: join(folder, e), required: true }]
      if (isRecord(e) && typeof e.path === 'string')
        return [{ path: join(folder, e.path), required: e.required !== false }]
      return []
    })
  }
}

const normalised = new WeakSet<object>()

/** Keys whose value the later file replaces instead of merging with (the Compose merge rules). */
const REPLACED = new Set(['command', 'entrypoint', 'test'])

/** Merges `over` into `base` as Compose merges files: mappings key by key, sequences appended. */
function mergeInto(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
  at: string[]
): void {
  for (const [key, value] of Object.entries(over)) {
    if (value === RESET) {
      delete base[key]
      continue
    }
    if (value instanceof Override) {
      set(base, key, value.value)
      continue
    }
    const before = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined
    if (isRecord(before) && isRecord(value) && !REPLACED.has(key)) {
      mergeInto(before, value, [...at, key])
    } else if (Array.isArray(before) && Array.isArray(value) && !REPLACED.has(key)) {
      const list = [...before]
      for (const v of value) if (typeof v === 'object' || !list.includes(v)) list.push(v)
      set(base, key, list)
    } else set(base, key, value)
  }
}

/**
 * Each service's final environment: its env_file variables, then its
 * `environment` over them; an entry given by name only takes the project's
 * variable, else the env_file's. `env_file` itself is gone, as in
 * `docker compose config`.
 */
function resolveEnvironment(
  merged: Record<string, unknown>,
  lookup: Lookup,
  ctx: Context,
  origins: ReadonlyMap<string, Origin>
): void {
  const services = isRecord(merged.services) ? merged.services : {}
  const unset: Array<{ name: string; service: string; origin: Origin }> = []
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord(service)) continue
    const origin = origins.get(name)
    const fromFiles = new Map<string, string>()
    const envFiles = Array.isArray(service.env_file) ? service.env_file : []
    for (const e of envFiles) {
      if (!isRecord(e) || typeof e.path !== 'string') continue
      const file = confine(e.path)
      if (file === undefined) {
        if (origin)
          ctx.unresolved.push({
            file: origin.file,
            line: origin.line,
            col: 1,
            message: `service "${name}" reads env_file ${e.path}, which is outside the repository: not read`
          })
        continue
      }
      const text = readEnv(ctx, file)
      if (text === undefined) {
        if (ctx.lookup(file) === null && e.required !== false && origin)
          ctx.unresolved.push({
            file: origin.file,
            line: origin.line,
            col: 1,
            message: `service "${name}" reads env_file ${file}, which does not exist`
          })
        continue
      }
      const env = readEnvFile(text, lookup)
      for (const entry of env.entries) fromFiles.set(entry.name, entry.value)
      for (const p of env.problems) ctx.problems.push({ file, ...p })
    }
    if (envFiles.length === 0 && service.environment === undefined) continue
    const environment: Record<string, unknown> = {}
    for (const [k, v] of fromFiles) set(environment, k, v)
    const written = isRecord(service.environment) ? service.environment : {}
    for (const [k, v] of Object.entries(written)) {
      if (v !== null && v !== undefined) {
        set(environment, k, typeof v === 'string' ? v : String(v))
        continue
      }
      const value = lookup(k) ?? fromFiles.get(k)
      if (value !== undefined) set(environment, k, value)
      else if (origin) unset.push({ name: k, service: name, origin })
    }
    // The env files stay named (their variables are in `environment` now): a document lists them.
    service.environment = environment
  }
  // One line per variable, however many services take it.
  const byName = new Map<string, typeof unset>()
  for (const u of unset) byName.set(u.name, [...(byName.get(u.name) ?? []), u])
  for (const [variable, uses] of byName) {
    const first = uses[0]
    if (!first) continue
    const who =
      uses.length === 1
        ? `service "${first.service}" takes`
        : `${uses.length} services (${uses
            .slice(0, 3)
            .map((u) => u.service)
            .join(', ')}${uses.length > 3 ? ', …' : ''}) take`
    ctx.unresolved.push({
      file: first.origin.file,
      line: first.origin.line,
      col: 1,
      message: `${who} ${variable} from the environment, and neither .env nor an env_file sets it`
    })
  }
}

/** The number of values in data, counting no further than `limit`. */
function sizeOf(value: unknown, limit: number): number {
  let n = 0
  const stack = [value]
  while (stack.length > 0 && n < limit) {
    const v = stack.pop()
    n++
    if (v instanceof Override) stack.push(v.value)
    else if (Array.isArray(v)) stack.push(...(v as unknown[]))
    else if (isRecord(v)) stack.push(...Object.values(v))
  }
  return n
}

/** A file's content through the lookup; undefined when absent, and noted as needed when not read yet. */
function read(ctx: Context, file: string): string | Uint8Array | undefined {
  const content = ctx.lookup(file)
  if (content === undefined) ctx.needs.add(file)
  return content ?? undefined
}

/** An environment file's text, read with the limits of every runtime file (size, UTF-8). */
function readEnv(ctx: Context, file: string): string | undefined {
  const content = read(ctx, file)
  if (content === undefined) return undefined
  const text = readText(content, (loc, message) => ({ file, ...loc, message }), ENV_WORDING)
  if (!text.ok) {
    ctx.problems.push(...text.problems)
    return undefined
  }
  return text.text
}

const ENV_WORDING = { noun: 'an environment file', nesting: '' }

/** A path relative to a folder, normalised (it may leave the repository: callers confine it). */
function join(folder: string, p: string): string {
  return path.posix.normalize(folder === '.' ? p : `${folder}/${p}`)
}

/** Sets a key as an own property, whatever its name (`__proto__` included). */
function set(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}
