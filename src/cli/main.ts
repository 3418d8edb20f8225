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
import { init } from './init.js'
import { EXIT, type CliIo } from './io.js'
import { validate } from './validate.js'

const USAGE = `Usage: blueprint-docs <command> [options]

Commands:
  generate [paths…] [--all]   write the architecture documents of the given blueprints,
                              or of every blueprint whose document is missing or out of date
  check                       list documents that are out of date and show their diff
                              (exit 0 fresh, 1 stale, 2 invalid input)
  diff [--base REF]           print the Markdown the pull-request comment would carry
  validate [paths…]           check blueprints only (exit 0 or 2)
  init --from PATH… [--id ID] [--out FILE]
                              write a first blueprint from Compose files or Kubernetes manifests
                              (default FILE: <ID>.blueprint.yaml here; - prints it; never overwrites)

Options (they mirror the action's inputs):
  --blueprints GLOB           blueprint files (repeatable; default: ${DEFAULT_BLUEPRINT_GLOBS.join(', ')})
  --output PATTERN            document path; {dir}, {name}, {id} (default: ${DEFAULT_OUTPUT})
  --template PATH             a Handlebars or single-brace template (default: the standard format)
  --working-directory DIR     the repository root (default: the git work tree's top, else the current folder)
  --all                       every blueprint
  -h, --help                  this text
  -v, --version               the version of blueprint-docs
`

const COMMANDS = ['generate', 'check', 'diff', 'validate', 'init'] as const
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
        'working-directory': { type: 'string' },
        all: { type: 'boolean' },
        base: { type: 'string' },
        from: { type: 'string', multiple: true },
        id: { type: 'string' },
        out: { type: 'string' },
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
  const opened = await openRepository({
    root,
    template: values.template,
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    now: io.now ?? (() => new Date())
  })
  if (!opened.ok) {
    io.stderr(`${formatProblem(opened.problem)}\n`)
    return EXIT.invalid
  }
  const repository = opened.repository
  const globs = values.blueprints?.flatMap((g) => g.split('\n')).filter(Boolean) ?? [
    ...DEFAULT_BLUEPRINT_GLOBS
  ]
  const output = values.output ?? DEFAULT_OUTPUT
  const relative = paths.map((p) => toRepoPath(root, io.cwd, p))
  const planOptions: PlanOptions = {
    workspace: repository.workspace,
    globs,
    output,
    template: repository.template,
    selection:
      relative.length > 0 && !values.all ? { kind: 'paths', paths: relative } : { kind: 'all' },
    generatedAt: (b) => repository.generatedAt(b)
  }
  // The command line runs the package itself: the fix it prints is the package at this version.
  const fix = () => fixCommand(values, { version: VERSION })

  switch (command) {
    case 'init':
      return init(
        {
          workspace: repository.workspace,
          from: [...(values.from ?? []), ...paths],
          ...(values.id !== undefined ? { id: values.id } : {}),
          ...(values.out !== undefined ? { out: values.out } : {}),
          toRepoPath: (p) => toRepoPath(root, io.cwd, p)
        },
        io
      )
    case 'validate':
      return validate({ workspace: repository.workspace, paths: relative, globs }, io)
    case 'generate':
      return generate(planOptions, io)
    case 'check':
      return check({ ...planOptions, fix: fix() }, io)
    case 'diff':
      return diff(
        {
          repository,
          globs,
          output,
          ...(values.base !== undefined ? { base: values.base } : {}),
          ...(values.template ? { templatePath: values.template } : {}),
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
