/**
 * The command line's commands. Everything the outside world gives (argv,
 * folder, environment, output streams) comes in as parameters, so tests run
 * the real commands in-process against real repositories.
 */
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseArgs } from 'node:util'
import { parseBlueprint } from '../engine/blueprint/index.js'
import { formatProblem, type Problem } from '../engine/model.js'
import { DEFAULT_BLUEPRINT_GLOBS, DEFAULT_OUTPUT } from '../engine/paths.js'
import { applyOne, plan, planEach, type PlanOptions, type Selection } from '../project/plan.js'
import { isChange, problemsOf, staleDocuments, type Plan } from '../project/outcome.js'
import { documentDiff, fixCommand } from '../project/stale.js'
import { openRepository, type Repository } from '../project/repository.js'
import { fromChanges, removedBlueprints } from '../project/changes.js'
import { buildComment } from '../engine/comment.js'
import { buildReviews } from '../project/review.js'
import { VERSION } from '../project/version.js'
import { backgroundWrites, type StartWriter } from './writer.js'

export interface CliIo {
  readonly argv: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly now?: () => Date
  /** Starts the writer thread for big `generate` runs (the bundled command line); without it, every write is inline. */
  readonly startWriter?: StartWriter
}

/** Exit codes of SPEC §5. */
export const EXIT = { ok: 0, stale: 1, invalid: 2 } as const

const USAGE = `Usage: blueprint-docs <command> [options]

Commands:
  generate [paths…] [--all]   write the architecture documents of the given blueprints,
                              or of every blueprint whose document is missing or out of date
  check                       list documents that are out of date and show their diff
                              (exit 0 fresh, 1 stale, 2 invalid input)
  diff [--base REF]           print the Markdown the pull-request comment would carry
  validate [paths…]           check blueprints only (exit 0 or 2)

Options (they mirror the action's inputs):
  --blueprints GLOB           blueprint files (repeatable; default: ${DEFAULT_BLUEPRINT_GLOBS.join(', ')})
  --output PATTERN            document path; {dir}, {name}, {id} (default: ${DEFAULT_OUTPUT})
  --template PATH             a Handlebars or single-brace template (default: the standard format)
  --working-directory DIR     the repository root (default: the git work tree's top, else the current folder)
  --all                       every blueprint
  -h, --help                  this text
`

/** Runs one command line and returns its exit code. */
export async function runCli(io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...io.argv],
      allowPositionals: true,
      options: {
        blueprints: { type: 'string', multiple: true },
        output: { type: 'string' },
        template: { type: 'string' },
        'working-directory': { type: 'string' },
        all: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    io.stderr(
      `blueprint-docs: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`
    )
    return EXIT.invalid
  }
  const [command, ...paths] = parsed.positionals
  if (parsed.values.help || command === undefined) {
    ;(command === undefined && !parsed.values.help ? io.stderr : io.stdout)(USAGE)
    return command === undefined && !parsed.values.help ? EXIT.invalid : EXIT.ok
  }
  if (!['generate', 'check', 'diff', 'validate'].includes(command)) {
    io.stderr(`blueprint-docs: unknown command "${command}"\n\n${USAGE}`)
    return EXIT.invalid
  }

  const root = parsed.values['working-directory'] ?? (await gitTop(io.cwd)) ?? io.cwd
  const opened = await openRepository({
    root,
    template: parsed.values.template,
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    now: io.now ?? (() => new Date())
  })
  if (!opened.ok) {
    io.stderr(`${formatProblem(opened.problem)}\n`)
    return EXIT.invalid
  }
  const repository = opened.repository
  const globs = parsed.values.blueprints?.flatMap((g) => g.split('\n')).filter(Boolean) ?? [
    ...DEFAULT_BLUEPRINT_GLOBS
  ]
  const output = parsed.values.output ?? DEFAULT_OUTPUT
  const relative = paths.map((p) => toRepoPath(root, io.cwd, p))
  const selection: Selection =
    relative.length > 0 && !parsed.values.all ? { kind: 'paths', paths: relative } : { kind: 'all' }
  const planOptions: PlanOptions = {
    workspace: repository.workspace,
    globs,
    output,
    template: repository.template,
    selection,
    generatedAt: (b) => repository.generatedAt(b)
  }
  const planned = () => plan(planOptions)

  switch (command) {
    case 'validate':
      return validate(
        repository,
        relative.length > 0 ? relative : await repository.workspace.list(globs),
        io
      )
    case 'generate':
      return generate(repository, planOptions, io)
    case 'check':
      return check(await planned(), io, fixCommand(parsed.values, { version: VERSION }))
    default:
      return diff(
        repository,
        {
          globs,
          output,
          base: parsed.values.base,
          template: parsed.values.template,
          fix: fixCommand(parsed.values, { version: VERSION })
        },
        io
      )
  }
}

/**
 * Prints the Markdown the pull-request comment would carry for the work
 * tree against the merge base with `base` (default: the remote's default
 * branch, else main or master).
 */
async function diff(
  repository: Repository,
  options: {
    globs: readonly string[]
    output: string
    base?: string
    template?: string
    fix: string
  },
  io: CliIo
): Promise<number> {
  const git = repository.git
  if (!(await git.isRepository())) {
    io.stderr(
      'blueprint-docs: `diff` compares with git history; this folder is not a git repository\n'
    )
    return EXIT.invalid
  }
  const candidates =
    options.base !== undefined
      ? [options.base]
      : ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']
  let baseRef: string | undefined
  for (const c of candidates) if ((baseRef = await git.resolve(c)) !== undefined) break
  const head = await git.resolve('HEAD')
  if (baseRef === undefined || head === undefined) {
    io.stderr(
      `blueprint-docs: cannot find the base ${options.base ?? '(origin/HEAD, main or master)'}; name it with --base REF\n`
    )
    return EXIT.invalid
  }
  const base = (await git.mergeBase(baseRef, head)) ?? baseRef
  const detected = fromChanges(
    { globs: options.globs, configFiles: options.template ? [options.template] : [], prefix: '.' },
    { files: await git.changes(base), base, source: `changes since ${base.slice(0, 7)}` }
  )
  const planned = await plan({
    workspace: repository.workspace,
    globs: options.globs,
    output: options.output,
    template: repository.template,
    selection: detected.selection,
    generatedAt: (b) => repository.generatedAt(b)
  })
  const reviews = await buildReviews({
    plan: planned,
    readBase: (file) => git.show(base, file),
    renames: detected.renames,
    removed: removedBlueprints(detected),
    template: repository.template,
    output: options.output
  })
  const built = buildComment({
    tag: 'blueprint-docs',
    reviews,
    stale: staleDocuments(planned),
    fixCommand: options.fix
  })
  io.stdout(`${built.body}\n`)
  return EXIT.ok
}

async function validate(
  repository: Repository,
  files: readonly string[],
  io: CliIo
): Promise<number> {
  const problems: Problem[] = []
  for (const file of files) {
    let content: Uint8Array | undefined
    try {
      content = await repository.workspace.read(file)
    } catch (error) {
      problems.push({
        file,
        line: 1,
        col: 1,
        message: error instanceof Error ? error.message : String(error)
      })
      continue
    }
    if (content === undefined) {
      problems.push({ file, line: 1, col: 1, message: 'file not found' })
      continue
    }
    const result = parseBlueprint({ file, content })
    if (!result.ok) problems.push(...result.problems)
  }
  report(problems, io)
  io.stdout(
    `${files.length} blueprint${files.length === 1 ? '' : 's'} checked, ${problems.length === 0 ? 'all valid' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}\n`
  )
  return problems.length > 0 ? EXIT.invalid : EXIT.ok
}

async function generate(repository: Repository, options: PlanOptions, io: CliIo): Promise<number> {
  let changes = 0
  const problems: Problem[] = []
  // Each document is written as soon as it is decided and then let go; in a big run, on the
  // writer thread while the next blueprints are rendered.
  const writes = backgroundWrites(repository.workspace, io.startWriter)
  const blueprints = await planEach(options, async (item) => {
    const outcome = item.outcome
    // Said before writing, so the lines come in path order while a batch is written concurrently.
    if (isChange(outcome)) {
      changes++
      io.stdout(`${outcome.kind} ${outcome.document} (${item.blueprint})\n`)
    }
    if (outcome.kind === 'invalid') problems.push(...outcome.problems)
    if (outcome.kind === 'created' || outcome.kind === 'updated') {
      const { document } = outcome
      await writes.write(document, outcome.rendered.text, (reason) => {
        changes--
        problems.push({
          file: item.blueprint,
          line: 1,
          col: 1,
          message: `its document ${document} could not be written: ${reason}`
        })
      })
    } else {
      await applyOne(repository.workspace, item)
    }
  }).finally(() => writes.finish())
  report(problems, io)
  io.stdout(
    `${blueprints.length} blueprint${blueprints.length === 1 ? '' : 's'}, ${changes} document${changes === 1 ? '' : 's'} written or removed${problems.length > 0 ? `, ${problems.length} problem${problems.length === 1 ? '' : 's'}` : ''}\n`
  )
  return problems.length > 0 ? EXIT.invalid : EXIT.ok
}

async function check(planned: Plan, io: CliIo, fix: string): Promise<number> {
  const stale = planned.items.filter((i) => isChange(i.outcome))
  for (const item of stale) {
    const o = item.outcome
    if (!isChange(o)) continue
    const why =
      o.kind === 'created'
        ? 'is missing'
        : o.kind === 'deleted'
          ? 'belongs to a blueprint that no longer exists'
          : 'is out of date'
    io.stdout(`stale: ${o.document} ${why} (blueprint ${item.blueprint})\n`)
    // A missing document's diff is the whole document: say so instead of printing it.
    if (o.kind !== 'created') io.stdout(documentDiff(o))
  }
  const problems = problemsOf(planned)
  report(problems, io)
  if (problems.length > 0) return EXIT.invalid
  if (stale.length > 0) {
    io.stdout(
      `${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date; run \`${fix}\` and commit the result\n`
    )
    return EXIT.stale
  }
  io.stdout(
    `${planned.blueprints.length} blueprint${planned.blueprints.length === 1 ? '' : 's'}: every document is up to date\n`
  )
  return EXIT.ok
}

function report(problems: readonly Problem[], io: CliIo): void {
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`)
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
