/**
 * The command line: reads argv, prints the usage or the version, opens the
 * repository and hands over to one command (generate.ts, check.ts, diff.ts,
 * validate.ts). Anything a command throws is caught here, once.
 */
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { formatProblem } from '../engine/model.js'
import { DEFAULT_BLUEPRINT_GLOBS, DEFAULT_OUTPUT, PathError } from '../engine/paths.js'
import { messageOf } from '../engine/text.js'
import type { PlanOptions } from '../project/plan.js'
import { openRepository } from '../project/repository.js'
import { fixCommand } from '../project/stale.js'
import { VERSION } from '../project/version.js'
import { check } from './check.js'
import { diff } from './diff.js'
import { generate } from './generate.js'
import { EXIT, type CliIo } from './io.js'
import { validate } from './validate.js'
import { cliSettings } from './settings.js'

const USAGE = `Usage: blueprint-docs <command> [options]

Commands:
  generate [paths…] [--all]   write the architecture documents of the given blueprints,
                              or of every blueprint whose document is missing or out of date
  check                       list documents that are out of date and show their diff
                              (exit 0 fresh, 1 stale, 2 invalid input)
  diff [--base REF]           print the Markdown the pull-request comment would carry
  validate [paths…]           check blueprints and their architecture rules only (exit 0 or 2)

.blueprint-docs.yaml at the repository root may hold blueprints, output, template and the rules'
severities; options given here win over it.

Options (they mirror the action's inputs):
  --blueprints GLOB           blueprint files (repeatable; default: ${DEFAULT_BLUEPRINT_GLOBS.join(', ')})
  --output PATTERN            document path; {dir}, {name}, {id} (default: ${DEFAULT_OUTPUT})
  --template PATH             a Handlebars or single-brace template (default: the standard format)
  --sarif FILE                validate, check: also write every problem and finding as SARIF 2.1.0
  --working-directory DIR     the repository root (default: the git work tree's top, else the current folder)
  --all                       every blueprint
  -h, --help                  this text
  -v, --version               the version of blueprint-docs
`

const COMMANDS = ['generate', 'check', 'diff', 'validate'] as const
type Command = (typeof COMMANDS)[number]

/** A command line that cannot be read: said with the usage after it. */
class UsageError extends Error {}

/** Runs one command line and returns its exit code; never throws. */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await dispatch(io)
  } catch (error) {
    // A path error's message leaves out its path (problems name their file); here nothing else does.
    const where = error instanceof PathError ? `${error.file}: ` : ''
    const usage = error instanceof UsageError ? `\n${USAGE}` : ''
    io.stderr(`blueprint-docs: ${where}${messageOf(error)}\n${usage}`)
    return EXIT.invalid
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        blueprints: { type: 'string', multiple: true },
        output: { type: 'string' },
        template: { type: 'string' },
        sarif: { type: 'string' },
        'working-directory': { type: 'string' },
        all: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    throw new UsageError(messageOf(error))
  }
}

const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name)

async function dispatch(io: CliIo): Promise<number> {
  const { values, positionals } = parse(io.argv)
  const [command, ...paths] = positionals
  if (values.help) {
    io.stdout(USAGE)
    return EXIT.ok
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  if (command === undefined) {
    io.stderr(USAGE)
    return EXIT.invalid
  }
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}"`)

  const root = values['working-directory'] ?? (await gitTop(io.cwd)) ?? io.cwd
  const given = {
    ...(values.blueprints
      ? { blueprints: values.blueprints.flatMap((g) => g.split('\n')).filter(Boolean) }
      : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.template !== undefined ? { template: values.template } : {})
  }
  const configured = await cliSettings(root, given)
  if (!configured.ok) {
    for (const p of configured.problems) io.stderr(`${formatProblem(p)}\n`)
    return EXIT.invalid
  }
  const { settings, config } = configured
  const opened = await openRepository({
    root,
    template: settings.template,
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    now: io.now ?? (() => new Date())
  })
  if (!opened.ok) {
    io.stderr(`${formatProblem(opened.problem)}\n`)
    return EXIT.invalid
  }
  const repository = opened.repository
  const { globs, output, rules } = settings
  const relative = paths.map((p) => toRepoPath(root, io.cwd, p))
  const planOptions: PlanOptions = {
    workspace: repository.workspace,
    globs,
    output,
    template: repository.template,
    selection:
      relative.length > 0 && !values.all ? { kind: 'paths', paths: relative } : { kind: 'all' },
    generatedAt: (b) => repository.generatedAt(b),
    rules,
    ...(settings.landscape !== undefined ? { landscape: settings.landscape } : {}),
    ...(settings.derivedSections !== undefined ? { derivedSections: settings.derivedSections } : {})
  }
  // The command line runs the package itself: the fix it prints is the package at this version.
  const fix = () => fixCommand({ ...values, configured: config }, { version: VERSION })
  const sarif = values.sarif !== undefined ? toRepoPath(root, io.cwd, values.sarif) : undefined

  switch (command) {
    case 'validate':
      return validate(
        {
          workspace: repository.workspace,
          paths: relative,
          globs,
          rules,
          ...(sarif ? { sarif } : {})
        },
        io
      )
    case 'generate':
      return generate(planOptions, io)
    case 'check':
      return check({ ...planOptions, fix: fix(), ...(sarif ? { sarif } : {}) }, io)
    case 'diff':
      return diff(
        {
          repository,
          globs,
          output,
          ...(values.base !== undefined ? { base: values.base } : {}),
          ...(settings.template ? { templatePath: settings.template } : {}),
          rules,
          fix: fix()
        },
        io
      )
  }
}

async function gitTop(cwd: string): Promise<string | undefined> {
  try {
    return (
      (await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim() ||
      undefined
    )
  } catch {
    return undefined
  }
}

/** A path given on the command line (relative to the current folder) as a repository path. */
function toRepoPath(root: string, cwd: string, given: string): string {
  // Both sides with symlinks resolved (/tmp is a link on some machines); the workspace refuses what lands outside.
  const relative = path.relative(realpathSync(root), path.resolve(realpathSync(cwd), given))
  return relative.split(path.sep).join('/')
}
