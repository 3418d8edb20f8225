/**
 * Repository paths: output patterns and the rule that every path stays inside
 * the repository. Paths here are repository-relative with forward slashes;
 * symbolic links are the files adapter's concern.
 */
import path from 'node:path'

/** Where a document is written by default: beside its blueprint, named after it. */
export const DEFAULT_OUTPUT = '{dir}/{name}.md'

/** The repository configuration's file name, at the repository root (the working directory). */
export const CONFIG_FILE = '.blueprint-docs.yaml'

/** A path refused or failed: its message starts with the path (`docs/x.md: is outside the repository`). */
export class PathError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`)
    this.name = 'PathError'
  }
}

/** The files read as blueprints when no pattern is given. */
export const DEFAULT_BLUEPRINT_GLOBS = [
  '**/*.blueprint.yaml',
  '**/*.blueprint.yml',
  '**/*.blueprint.json'
] as const

const BLUEPRINT_SUFFIX = /\.blueprint\.(ya?ml|json)$/i

/**
 * Normalises a repository-relative path, or returns undefined when it leaves
 * the repository (absolute, `..` above the root, or empty).
 */
export function confine(relative: string): string | undefined {
  const slashed = relative.replace(/\\/g, '/')
  if (slashed === '' || path.posix.isAbsolute(slashed) || /^[A-Za-z]:/.test(slashed))
    return undefined
  const normal = path.posix.normalize(slashed)
  if (normal === '..' || normal.startsWith('../') || normal === '.') return undefined
  return normal.replace(/\/$/, '')
}

/**
 * The document path for a blueprint: `{dir}` is the blueprint's folder,
 * `{name}` its file name without `.blueprint.*` (or without the extension
 * for other names), `{id}` the blueprint id. Throws when the result would
 * leave the repository.
 */
export function outputPath(pattern: string, blueprintPath: string, id: string): string {
  const dir = path.posix.dirname(blueprintPath)
  const base = path.posix.basename(blueprintPath)
  const name = BLUEPRINT_SUFFIX.test(base)
    ? base.replace(BLUEPRINT_SUFFIX, '')
    : base.replace(/\.[^.]*$/, '')
  const filled = pattern.replace(/\{(dir|name|id)\}/g, (_, key: string) =>
    key === 'dir' ? dir : key === 'name' ? name : id
  )
  const confined = confine(filled)
  if (confined === undefined) {
    throw new Error(
      `output pattern "${pattern}" puts the document for ${blueprintPath} at "${filled}", outside the repository`
    )
  }
  return confined
}

/** True for a path the default globs would call a blueprint. */
export function looksLikeBlueprint(file: string): boolean {
  return BLUEPRINT_SUFFIX.test(file)
}

/**
 * True when `document` is where the output pattern puts the document of
 * `blueprintPath`, `{id}` standing for any one path segment (a gone
 * blueprint's id is gone with it). Only such a file may be deleted as the
 * document of a blueprint that no longer exists.
 */
export function isOutputOf(pattern: string, blueprintPath: string, document: string): boolean {
  // Fill {dir} and {name}, keep {id} as a character no path holds, then normalise like outputPath does.
  let filled: string
  try {
    filled = outputPath(pattern.replace(/\{id\}/g, '\u0000'), blueprintPath, '')
  } catch {
    return false
  }
  const segments = filled.split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${segments.join('[^/]+')}$`).test(document)
}

/**
 * The names of the files a runtime may read: Compose files and manifests (YAML, JSON) and the
 * `.env` and env files Compose substitutes variables from. A change to one can change a draft's
 * or a document's facts, so change detection hands them to the blueprints that own them.
 */
export const RUNTIME_NAME = /\.(?:ya?ml|json)$|(?:^|\/)\.env$|\.env$/
