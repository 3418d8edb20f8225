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
import { resolveSettings } from '../project/settings.js'

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
  return { ok: true, config: { ...config, settings: resolveSettings(config.given, read.config) } }
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
