/**
 * The action's settings with `.blueprint-docs.yaml` applied: an input the
 * workflow set wins, else the configuration's value, else the built-in
 * default. Most repositories have no configuration file: then nothing here
 * loads the parser behind it.
 */
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { CONFIG_FILE } from '../engine/paths.js'
import type { Problem } from '../engine/model.js'
import type { Config } from './inputs.js'
import type { Heavy } from './mode.js'

/** The configuration with the repository's settings applied, or the problems in its file. */
export type Configured = { ok: true; config: Config } | { ok: false; problems: readonly Problem[] }

/** Reads `.blueprint-docs.yaml` at `root` (when there is one) and applies it under the inputs. */
export async function withRepositoryConfig(
  config: Config,
  root: string,
  heavy: () => Promise<Heavy>
): Promise<Configured> {
  if (!present(path.join(root, CONFIG_FILE))) return { ok: true, config }
  const h = await heavy()
  const read = await h.readRepositoryConfig(await h.openWorkspace(root))
  if (!read.ok) return read
  const repo = read.config
  const settings = h.resolveSettings(config.given ?? {}, repo)
  const rest: Config = { ...config }
  // The template is the settings' (an input, else the configuration's), or none at all.
  delete (rest as { template?: string }).template
  delete (rest as { landscape?: string }).landscape
  return {
    ok: true,
    config: {
      ...rest,
      globs: settings.globs,
      output: settings.output,
      ...(settings.template !== undefined ? { template: settings.template } : {}),
      rules: settings.rules,
      ...(settings.landscape !== undefined ? { landscape: settings.landscape } : {}),
      ...(settings.derivedSections !== undefined
        ? { derivedSections: settings.derivedSections }
        : {}),
      ...(settings.regions !== undefined ? { regions: settings.regions } : {}),
      configured: {
        ...(repo.blueprints !== undefined ? { blueprints: repo.blueprints } : {}),
        ...(repo.output !== undefined ? { output: repo.output } : {}),
        ...(repo.template !== undefined ? { template: repo.template } : {}),
        ...(repo.landscape !== undefined ? { landscape: repo.landscape } : {})
      }
    }
  }
}

/** Is anything at `file` (a symbolic link too: the workspace decides whether it may be read)? */
function present(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}
