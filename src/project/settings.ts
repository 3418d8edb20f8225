/**
 * The settings of a run, modelled once for the action and the command line:
 * each value given explicitly (an action input the workflow set, a command
 * line option), else the repository configuration's (`.blueprint-docs.yaml`),
 * else the built-in default — and which given values the fix command must
 * repeat, because the command would not get them from the configuration.
 * Light on purpose: the action resolves its settings with this module alone
 * when the repository has no configuration file.
 */
import { DEFAULT_BLUEPRINT_GLOBS, DEFAULT_OUTPUT } from '../engine/paths.js'
import type { RuleSettings } from '../engine/rules/rule.js'

/** What `.blueprint-docs.yaml` holds; every key is optional. */
export interface RepositoryConfig {
  readonly blueprints?: readonly string[]
  readonly output?: string
  readonly template?: string
  /** Path of the landscape document. */
  readonly landscape?: string
  /** The repository's default for writing standard sections from the blueprint's facts. */
  readonly derivedSections?: boolean
  /** Globs of the Markdown files scanned for marked regions (default: every Markdown file). */
  readonly regions?: readonly string[]
  readonly rules: RuleSettings
}

/** No file: every setting at its built-in default. */
export const NO_CONFIG: RepositoryConfig = { rules: {} }

/** What a run was given explicitly: action inputs that were set, options on the command line. */
export interface ExplicitSettings {
  readonly blueprints?: readonly string[]
  readonly output?: string
  readonly template?: string
  readonly landscape?: string
}

/** The settings a run uses: each explicit value, else the configuration's, else the built-in default. */
export interface Settings {
  readonly globs: readonly string[]
  readonly output: string
  readonly template?: string
  readonly landscape?: string
  readonly derivedSections?: boolean
  /** The configuration's `regions`: the Markdown files scanned for marked regions. */
  readonly regions?: readonly string[]
  readonly rules: RuleSettings
  /**
   * The explicit values that differ from what a command reading the same configuration would
   * get without them: what the fix command repeats, and nothing else.
   */
  readonly repeat: ExplicitSettings
}

/** Explicit value → configuration → built-in default, key by key; computed once per run. */
export function resolveSettings(explicit: ExplicitSettings, config: RepositoryConfig): Settings {
  const given = {
    blueprints:
      explicit.blueprints !== undefined && explicit.blueprints.length > 0
        ? explicit.blueprints
        : undefined,
    output: nonEmpty(explicit.output),
    template: nonEmpty(explicit.template),
    landscape: nonEmpty(explicit.landscape)
  }
  const fallback = {
    blueprints: config.blueprints ?? DEFAULT_BLUEPRINT_GLOBS,
    output: config.output ?? DEFAULT_OUTPUT,
    template: config.template,
    landscape: config.landscape
  }
  const template = given.template ?? fallback.template
  const landscape = given.landscape ?? fallback.landscape
  const differs = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    a !== undefined && a.join('\n') !== (b ?? []).join('\n')
  return {
    globs: given.blueprints ?? fallback.blueprints,
    output: given.output ?? fallback.output,
    ...(template !== undefined ? { template } : {}),
    ...(landscape !== undefined ? { landscape } : {}),
    ...(config.derivedSections !== undefined ? { derivedSections: config.derivedSections } : {}),
    ...(config.regions !== undefined ? { regions: config.regions } : {}),
    rules: config.rules,
    repeat: {
      ...(differs(given.blueprints, fallback.blueprints) ? { blueprints: given.blueprints } : {}),
      ...(given.output !== undefined && given.output !== fallback.output
        ? { output: given.output }
        : {}),
      ...(given.template !== undefined && given.template !== fallback.template
        ? { template: given.template }
        : {}),
      ...(given.landscape !== undefined && given.landscape !== fallback.landscape
        ? { landscape: given.landscape }
        : {})
    }
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
