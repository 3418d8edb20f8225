/** The command line's settings: its options over `.blueprint-docs.yaml` over the built-in defaults. */
import { openWorkspace } from '../adapters/files.js'
import type { Problem } from '../engine/model.js'
import {
  readConfig,
  resolveSettings,
  type RepositoryConfig,
  type Settings
} from '../project/config.js'

/** The options the command line was given that the configuration may also hold. */
export interface GivenOptions {
  readonly blueprints?: readonly string[]
  readonly output?: string
  readonly template?: string
  readonly landscape?: string
}

/** The settings for a run at `root`, or the configuration's problems. */
export async function cliSettings(
  root: string,
  given: GivenOptions
): Promise<
  | { ok: true; settings: Settings; config: RepositoryConfig }
  | { ok: false; problems: readonly Problem[] }
> {
  const read = await readConfig(await openWorkspace(root))
  if (!read.ok) return read
  return { ok: true, settings: resolveSettings(given, read.config), config: read.config }
}
