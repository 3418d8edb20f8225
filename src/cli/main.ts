/**
 * The command line: reads argv against the table of commands (commands.ts),
 * prints the usage or the version, or runs one command with its options
 * checked and the repository at hand. Anything a command throws is caught
 * here, once.
 */
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { suggest } from '../engine/text.js'
import { formatProblem, type Problem } from '../engine/model.js'
import { PathError } from '../engine/paths.js'
import { messageOf } from '../engine/text.js'
import { openLocalRepository } from '../adapters/repository.js'
import type { Repository } from '../project/repository.js'
import { VERSION } from '../project/version.js'
import { COMMANDS, type Command } from './commands.js'
import { openWorkspace } from '../adapters/files.js'
import { readConfig } from '../project/config.js'
import { resolveSettings } from '../project/settings.js'
import { EXIT, type CliIo } from './io.js'
import { EVERYWHERE, UsageError, optionLines, readLine, row, type OptionName } from './options.js'

/** Problems that end the run, printed as `path:line:col: message` like any other. */
class ProblemError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'))
  }
}

/** Runs one command line and returns its exit code; never throws. */
export async function runCli(io: CliIo): Promise<number> {
  try {
    return await dispatch(io)
  } catch (error) {
    if (error instanceof ProblemError) {
      for (const p of error.problems) io.stderr(`${formatProblem(p)}\n`)
      return EXIT.invalid
    }
    // A path error's message leaves out its path (problems name their file); here nothing else does.
    const where = error instanceof PathError ? `${error.file}: ` : ''
    const usage = error instanceof UsageError ? `\n${error.usage}` : ''
    io.stderr(`blueprint-docs: ${where}${messageOf(error)}\n${usage}`)
    return EXIT.invalid
  }
}

const commandNamed = (name: string | undefined): Command | undefined =>
  COMMANDS.find((c) => c.name === name)

const optionsOf = (command: Command): readonly OptionName[] => [...command.options, ...EVERYWHERE]

async function dispatch(io: CliIo): Promise<number> {
  const line = readLine(io.argv, {
    optionsOf: (name) => {
      if (name === undefined) return EVERYWHERE
      const command = commandNamed(name)
      return command === undefined ? undefined : optionsOf(command)
    },
    usageOf: (name) => {
      const command = commandNamed(name)
      return command === undefined ? globalUsage() : commandUsage(command)
    },
    takenBy: (option) => COMMANDS.filter((c) => c.options.includes(option)).map((c) => c.name)
  })
  const command = commandNamed(line.command)
  if (line.command !== undefined && command === undefined) {
    const guess = suggest(
      line.command,
      COMMANDS.map((c) => c.name)
    )
    const hint = guess === undefined ? '' : ` (did you mean ${guess}?)`
    throw new UsageError(`unknown command "${line.command}"${hint}`, globalUsage())
  }
  const { values } = line
  if (values.help) {
    io.stdout(command === undefined ? globalUsage() : commandUsage(command))
    return EXIT.ok
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  if (command === undefined) {
    io.stderr(globalUsage())
    return EXIT.invalid
  }
  if (!command.paths && line.args.length > 0) {
    const meant = command.meant?.(line.args)
    throw new UsageError(
      `${command.name} takes no arguments, only options${meant ? `; did you mean: ${meant}` : ''}`,
      commandUsage(command)
    )
  }

  const root = values['working-directory'] ?? (await gitTop(io.cwd)) ?? io.cwd
  // `.blueprint-docs.yaml` holds what the options would otherwise repeat; an option given wins.
  const read = await readConfig(await openWorkspace(root))
  if (!read.ok) throw new ProblemError(read.problems)
  const settings = resolveSettings(
    {
      ...(values.blueprints
        ? { blueprints: values.blueprints.flatMap((g) => g.split('\n')).filter(Boolean) }
        : {}),
      ...(values.output !== undefined ? { output: values.output } : {}),
      ...(values.template !== undefined ? { template: values.template } : {}),
      ...(values.landscape !== undefined ? { landscape: values.landscape } : {})
    },
    read.config
  )
  let opened: Promise<Repository> | undefined
  const open = async (): Promise<Repository> => {
    const result = await openLocalRepository({
      root,
      template: settings.template,
      ...(settings.derivedSections !== undefined
        ? { derivedSections: settings.derivedSections }
        : {}),
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      now: io.now ?? (() => new Date())
    })
    if (!result.ok) throw new ProblemError([result.problem])
    return result.repository
  }
  return command.run({
    io,
    values,
    root,
    settings,
    paths: line.args.map((p) => toRepoPath(root, io.cwd, p)),
    repoPath: (p) => toRepoPath(root, io.cwd, p),
    repository: () => (opened ??= open())
  })
}

/** Room for the longest left column of the usages. */
const WIDTH = 26

function globalUsage(): string {
  const commands = COMMANDS.map((c) =>
    row(`${c.name}${c.paths ? ' [paths…]' : ''}`, c.summary, WIDTH)
  )
  return `Usage: blueprint-docs <command> [options]

Commands:
${commands.join('\n')}

Options:
${optionLines(EVERYWHERE, WIDTH).join('\n')}

\`blueprint-docs <command> --help\` shows a command's own options; they mirror the
action's inputs.
`
}

function commandUsage(command: Command): string {
  const used = `blueprint-docs ${command.name}${command.paths ? ' [paths…]' : ''} [options]`
  return `Usage: ${used}

${command.about}

Options:
${optionLines(optionsOf(command), WIDTH).join('\n')}
`
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
  return relative === '' ? '.' : relative.split(path.sep).join('/')
}
