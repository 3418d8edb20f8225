/**
 * The command line's options, each declared once (its type, the name of its
 * value and what it does), and the reading of argv against the options of
 * one command: an option the command does not take, a missing value or a
 * value given to a switch is a {@link UsageError} that says so in the
 * command line's own words, not Node's.
 */
import { parseArgs } from 'node:util'
import { suggest } from '../engine/text.js'
import { DEFAULT_BLUEPRINT_GLOBS, DEFAULT_OUTPUT } from '../engine/paths.js'

/** One option: a switch, or an option with a value named `value` in the usage. */
interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly multiple?: boolean
  readonly short?: string
  /** The value's name in the usage: `--base REF`. */
  readonly value?: string
  /** What it does, for the usage; lines after the first are indented to line up. */
  readonly help: string
}

/** Every option of every command. A command lists the ones it takes in its entry in commands.ts. */
export const OPTIONS = {
  all: { type: 'boolean', help: 'every blueprint, even when paths are given' },
  base: {
    type: 'string',
    value: 'REF',
    help: 'the ref to compare with, at its merge base\n(default: origin/HEAD, main or master)'
  },
  blueprints: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    help: `blueprint files (repeatable; default:\n${DEFAULT_BLUEPRINT_GLOBS.join(', ')})`
  },
  output: {
    type: 'string',
    value: 'PATTERN',
    help: `document path; {dir}, {name}, {id} (default: ${DEFAULT_OUTPUT})`
  },
  template: {
    type: 'string',
    value: 'PATH',
    help: 'a Handlebars or single-brace template (default: the standard format)'
  },
  landscape: {
    type: 'string',
    value: 'PATH',
    help: 'also write there a landscape document of every blueprint'
  },
  sarif: {
    type: 'string',
    value: 'FILE',
    help: 'also write every problem and finding there as SARIF 2.1.0'
  },
  'working-directory': {
    type: 'string',
    value: 'DIR',
    help: "the repository root (default: the git work tree's top,\nelse the current folder)"
  },
  from: {
    type: 'string',
    multiple: true,
    value: 'PATH',
    help: 'a Compose file, a Kubernetes manifest or a folder of them (repeatable)'
  },
  id: {
    type: 'string',
    value: 'ID',
    help: "the blueprint's id (default: the repository folder's name)"
  },
  out: {
    type: 'string',
    value: 'FILE',
    help: 'where to write the blueprint (default: <ID>.blueprint.yaml here;\n- prints it); an existing file is never overwritten'
  },
  help: { type: 'boolean', short: 'h', help: 'this text (after a command: its own usage)' },
  version: { type: 'boolean', short: 'v', help: 'the version of blueprint-docs' }
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof OPTIONS

/** Options every command takes, and the command line without a command. */
export const EVERYWHERE: readonly OptionName[] = ['help', 'version']

type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { multiple: true }
    ? string[]
    : string
/** The options given, by name. */
export type OptionValues = { readonly [K in OptionName]?: ValueOf<(typeof OPTIONS)[K]> }

/** A command line that cannot be read: said with the usage of the command (or the global one) after it. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The usage printed after the message. */
    readonly usage: string
  ) {
    super(message)
  }
}

/** The options and arguments of one command line, and the command named, if any. */
export interface ReadLine {
  /** The first argument that is not an option or an option's value. */
  readonly command?: string
  /** The arguments after the command. */
  readonly args: readonly string[]
  readonly values: OptionValues
}

/** What {@link readLine} needs to know about the commands to check an option against one. */
export interface OptionsOf {
  /** The options the named command takes (with {@link EVERYWHERE}'s), or undefined for an unknown command. */
  (command: string | undefined): readonly OptionName[] | undefined
}

/**
 * Reads argv: finds the command (options may come before it), then checks
 * every option against that command's. Throws {@link UsageError}; an unknown
 * command is left to the caller, which knows the commands.
 */
export function readLine(
  argv: readonly string[],
  options: {
    optionsOf: OptionsOf
    usageOf: (command: string | undefined) => string
    takenBy: (option: OptionName) => string[]
  }
): ReadLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []))
  const [command, ...args] = positionals
  const allowed = options.optionsOf(command)
  // An unknown command is the first thing wrong; its options cannot be checked.
  if (allowed === undefined)
    return { ...(command !== undefined ? { command } : {}), args, values: {} }
  const wrong = (message: string): UsageError =>
    new UsageError(
      command === undefined ? message : `${command}: ${message}`,
      options.usageOf(command)
    )
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const name = token.name
    if (!isOption(name) || !allowed.includes(name)) {
      throw wrong(
        `unknown option ${token.rawName}${unknownHint(name, { allowed, takenBy: options.takenBy })}`
      )
    }
    const spec: OptionSpec = OPTIONS[name]
    if (spec.type === 'boolean' && token.value !== undefined)
      throw wrong(`${token.rawName} takes no value`)
    // A value that looks like an option is one forgotten (`--base --all`); `--base=-x` is explicit,
    // and a lone `-` is a value (standard output, as for `--out -`).
    if (
      spec.type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))
    )
      throw wrong(`${token.rawName} needs a value: ${label(name)}`)
  }
  const { values } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: true,
    allowPositionals: true
  })
  return { ...(command !== undefined ? { command } : {}), args, values }
}

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name)
}

/** " (diff takes it)" for another command's option, " (did you mean --blueprints?)" for a typo. */
function unknownHint(
  name: string,
  options: { allowed: readonly OptionName[]; takenBy: (option: OptionName) => string[] }
): string {
  if (isOption(name)) {
    const others = options.takenBy(name)
    if (others.length > 0)
      return ` (${andList(others)} ${others.length === 1 ? 'takes' : 'take'} it)`
  }
  const guess = suggest(name, options.allowed)
  return guess === undefined ? '' : ` (did you mean --${guess}?)`
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/** How an option is written in the usage: `--base REF`, `-h, --help`. */
export function label(name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name]
  const long = `--${name}${spec.value !== undefined ? ` ${spec.value}` : ''}`
  return spec.short !== undefined ? `-${spec.short}, ${long}` : long
}

/** The usage lines of these options, their help lined up at `width`. */
export function optionLines(names: readonly OptionName[], width: number): string[] {
  return names.map((name) => row(label(name), OPTIONS[name].help, width))
}

/** "  label    help", the help's later lines indented to line up with its first. */
export function row(left: string, help: string, width: number): string {
  const pad = ' '.repeat(width + 4)
  return `  ${left.padEnd(width)}  ${help.split('\n').join(`\n${pad}`)}`
}
