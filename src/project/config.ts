/**
 * The repository configuration, `.blueprint-docs.yaml` at the repository
 * root (the working directory): what the action's inputs and the command
 * line's options would otherwise repeat in every workflow and every command,
 * and the severity of each architecture rule. The action and the command
 * line read it alike; what they are given explicitly wins over it.
 *
 * It is read with the blueprint loader's own machinery (size and UTF-8
 * checks, positioned YAML, the schema's errors as sentences with "did you
 * mean"), so a mistake in it is a `file:line:col` problem like a blueprint's.
 */
import { parseDocument } from 'yaml'
import { schemaProblems, type At } from '../engine/blueprint/messages.js'
import { explainConfig } from '../engine/schema/explain.js'
import { readDocument, readText } from '../engine/blueprint/parse.js'
import { CONFIG_FILE } from '../engine/paths.js'
import type { Problem } from '../engine/model.js'
import type { Severity } from '../engine/rules/rule.js'
import { messageOf } from '../engine/text.js'
import type { Workspace } from './ports.js'
import { NO_CONFIG, type RepositoryConfig } from './settings.js'

export { CONFIG_FILE }

/** The configuration, or the positioned problems that stop every run until they are fixed. */
export type ConfigResult =
  { ok: true; config: RepositoryConfig } | { ok: false; problems: readonly Problem[] }

/** Parses the configuration's bytes (or text); never throws. */
export function parseConfig(content: string | Uint8Array, file = CONFIG_FILE): ConfigResult {
  const at: At = (loc, message) => ({ file, line: loc.line, col: loc.col, message })
  try {
    const read = readText(content, at)
    if (!read.ok) return { ok: false, problems: read.problems.map(forConfig) }
    // A file of comments only (or nothing) configures nothing, which is fine.
    if (parseDocument(read.text).contents === null) return { ok: true, config: NO_CONFIG }
    const doc = readDocument(read.text, { json: false, at })
    if (!doc.ok) return { ok: false, problems: doc.problems.map(forConfig) }
    const problems = schemaProblems(explainConfig, doc.data, { locator: doc.locator, at })
    if (problems.length > 0)
      return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.col - b.col) }
    return { ok: true, config: toConfig(doc.data) }
  } catch (error) {
    return {
      ok: false,
      problems: [at({ line: 1, col: 1 }, `could not be read: ${messageOf(error)}`)]
    }
  }
}

/** Reads `.blueprint-docs.yaml` from the workspace: no file is no configuration, not a problem. */
export async function readConfig(workspace: Pick<Workspace, 'read'>): Promise<ConfigResult> {
  let bytes: Uint8Array | undefined
  try {
    bytes = await workspace.read(CONFIG_FILE)
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: CONFIG_FILE, line: 1, col: 1, message: messageOf(error) }]
    }
  }
  return bytes === undefined ? { ok: true, config: NO_CONFIG } : parseConfig(bytes)
}

/** The loader's sentences speak of "a blueprint"; here the file is the configuration. */
function forConfig(p: Problem): Problem {
  const message = p.message
    .replace(
      /^a blueprint must be a mapping with keys such as "id" and "project"/,
      'the configuration must be a mapping with keys such as "rules"'
    )
    .replace(/; a blueprint needs 3$/, '')
    .replace(/\ba blueprint\b/g, 'the configuration')
  return { ...p, message }
}

function toConfig(data: Record<string, unknown>): RepositoryConfig {
  const text = (key: string): string | undefined =>
    typeof data[key] === 'string' ? data[key] : undefined
  const blueprints = Array.isArray(data.blueprints) ? data.blueprints.map(String) : undefined
  const regions = Array.isArray(data.regions) ? data.regions.map(String) : undefined
  const output = text('output')
  const template = text('template')
  const landscape = text('landscape')
  const rules = (data.rules ?? {}) as Record<string, Severity>
  return {
    ...(blueprints ? { blueprints } : {}),
    ...(regions ? { regions } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(template !== undefined ? { template } : {}),
    ...(landscape !== undefined ? { landscape } : {}),
    ...(typeof data.derived_sections === 'boolean'
      ? { derivedSections: data.derived_sections }
      : {}),
    rules: { ...rules }
  }
}
