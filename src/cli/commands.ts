/**
 * The commands of the command line, one entry each: what it is called, the
 * arguments and options it takes, its usage text and what it runs. main.ts
 * reads argv against this table and prints the usage from it, so a new
 * option or command is one entry here (and, for an option, one in
 * options.ts).
 */
import type { Settings } from '../project/settings.js'
import type { PlanOptions } from '../project/plan.js'
import type { RegionSettings } from '../project/regions.js'
import type { Repository } from '../project/repository.js'
import { fixCommand } from '../project/stale.js'
import { VERSION } from '../project/version.js'
import { check } from './check.js'
import { diff } from './diff.js'
import { generate } from './generate.js'
import { init } from './init.js'
import type { CliIo } from './io.js'
import type { OptionName, OptionValues } from './options.js'
import { validate } from './validate.js'

/** What a command's `run` gets: the command line read and checked, the repository at hand. */
export interface Context {
  readonly io: CliIo
  readonly values: OptionValues
  /** The paths given after the command, as repository paths (empty for a command without `paths`). */
  readonly paths: readonly string[]
  /** The repository root: `--working-directory`, else the git work tree's top, else the current folder. */
  readonly root: string
  /** The options given over `.blueprint-docs.yaml` over the built-in defaults. */
  readonly settings: Settings
  /** A path given on the command line (relative to the current folder) as a repository path. */
  repoPath(given: string): string
  /** Opens the repository at the root (its template loaded); a problem with it is reported and ends the run. */
  repository(): Promise<Repository>
}

/** One command of the command line. */
export interface Command {
  readonly name: string
  /** Takes blueprint paths after its name (`validate a.blueprint.yaml`); otherwise it takes no arguments. */
  readonly paths: boolean
  /** One line (or two) for the list of commands in the global usage. */
  readonly summary: string
  /** What it does and its exit status, for its own usage. */
  readonly about: string
  /** The options it takes, in the order its usage lists them (`--help` and `--version` come with every command). */
  readonly options: readonly OptionName[]
  /** For a command without paths given arguments: the command line probably meant (`diff --base main`). */
  readonly meant?: (args: readonly string[]) => string | undefined
  run(context: Context): Promise<number>
}

export const COMMANDS: readonly Command[] = [
  {
    name: 'generate',
    paths: true,
    summary:
      'write the architecture documents of the given blueprints,\nor of every blueprint whose document is missing or out of date',
    about: `Writes the architecture document of each blueprint named, or with no paths of every
blueprint whose document is missing or out of date, and removes the documents of
blueprints that are gone. A document written by hand is never overwritten.
Exit status: 0 done, 2 when a blueprint is invalid (the others are still written).`,
    options: ['all', 'blueprints', 'output', 'template', 'landscape', 'working-directory'],
    run: async (context) => generate(await planOptions(context), context.io)
  },
  {
    name: 'check',
    paths: true,
    summary:
      'list documents that are out of date and show their diff\n(exit 0 fresh, 1 stale, 2 invalid input)',
    about: `Lists the documents that are missing or out of date (of the blueprints named, or of
every blueprint) with their diff, and the command that regenerates them. Writes nothing.
Exit status: 0 every document up to date, 1 some stale, 2 invalid input.`,
    options: ['all', 'blueprints', 'output', 'template', 'landscape', 'sarif', 'working-directory'],
    run: async (context) =>
      check({ ...(await planOptions(context)), fix: fix(context), ...sarif(context) }, context.io)
  },
  {
    name: 'diff',
    paths: false,
    summary:
      'print the Markdown the pull-request comment would carry,\nagainst the merge base with --base REF',
    about: `Prints the Markdown the pull-request comment would carry for the work tree, against
its merge base with --base REF: what changed in the architecture, the changes diagram
and the diff of each document. Writes nothing.
Exit status: 0, or 2 without git history or without the base.`,
    options: ['base', 'blueprints', 'output', 'template', 'landscape', 'working-directory'],
    meant: (args) => (args.length === 1 ? `diff --base ${args[0] ?? ''}` : undefined),
    run: async (context) => {
      const { values, settings } = context
      return diff(
        {
          repository: await context.repository(),
          globs: settings.globs,
          output: settings.output,
          ...(values.base !== undefined ? { base: values.base } : {}),
          ...(settings.landscape ? { landscape: settings.landscape } : {}),
          ...(settings.template ? { templatePath: settings.template } : {}),
          rules: settings.rules,
          fix: fix(context)
        },
        context.io
      )
    }
  },
  {
    name: 'validate',
    paths: true,
    summary: 'check blueprints only (exit 0 or 2)',
    about: `Checks the blueprints named, or every blueprint, and prints each problem as
path:line:col: message. Writes nothing.
Exit status: 0 all valid, 2 when any blueprint is invalid.`,
    options: ['blueprints', 'sarif', 'working-directory'],
    run: async (context) => {
      const { workspace } = await context.repository()
      const { settings } = context
      return validate(
        {
          workspace,
          paths: context.paths,
          globs: settings.globs,
          output: settings.output,
          rules: settings.rules,
          ...sarif(context)
        },
        context.io
      )
    }
  },
  {
    name: 'init',
    paths: true,
    summary:
      'write a first blueprint from Compose files or Kubernetes manifests\n(init --from PATH…; never overwrites a file)',
    about: `Reads Compose files and Kubernetes manifests (files or folders; paths after the
command count as --from) and writes a blueprint with one component per service or
workload, types and technologies guessed from the images and the dependencies the
files show, each inferred fact marked by a comment. Never overwrites a file.
Exit status: 0 written, 2 when nothing could be written.`,
    options: ['from', 'id', 'out', 'working-directory'],
    run: async (context) => {
      const { values } = context
      return init(
        {
          workspace: (await context.repository()).workspace,
          from: [...(values.from ?? []).map(context.repoPath), ...context.paths],
          ...(values.id !== undefined ? { id: values.id } : {}),
          ...(values.out !== undefined ? { out: values.out } : {}),
          toRepoPath: context.repoPath
        },
        context.io
      )
    }
  }
]

/** The plan of `generate` and `check`: the blueprints named, or every one. */
async function planOptions(context: Context): Promise<PlanOptions & RegionSettings> {
  const { values, paths, settings } = context
  const repository = await context.repository()
  return {
    workspace: repository.workspace,
    globs: settings.globs,
    output: settings.output,
    template: repository.template,
    selection: paths.length > 0 && !values.all ? { kind: 'paths', paths } : { kind: 'all' },
    generatedAt: (b) => repository.generatedAt(b),
    rules: settings.rules,
    ...(settings.landscape ? { landscape: settings.landscape } : {}),
    ...(settings.derivedSections !== undefined
      ? { derivedSections: settings.derivedSections }
      : {}),
    ...(settings.regions !== undefined ? { regions: settings.regions } : {})
  }
}

/** `--sarif FILE` as a repository path, when given. */
function sarif(context: Context): { sarif?: string } {
  const file = context.values.sarif
  return file === undefined ? {} : { sarif: context.repoPath(file) }
}

/**
 * The command line runs the package itself: the fix it prints is the package
 * at this version, with the options given that `.blueprint-docs.yaml` does not hold.
 */
function fix(context: Context): string {
  const directory = context.values['working-directory']
  return fixCommand(
    {
      repeat: context.settings.repeat,
      ...(directory !== undefined ? { workingDirectory: directory } : {})
    },
    { version: VERSION }
  )
}
