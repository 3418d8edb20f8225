/** `blueprint-docs init --from PATH… [--id ID] [--out FILE]`: a first blueprint from what runs. */
import path from 'node:path'
import { plural } from '../engine/text.js'
import { initBlueprint } from '../project/init.js'
import type { Workspace } from '../project/ports.js'
import { EXIT, printProblems, type CliIo } from './io.js'

/** What `init` reads and writes, as given on the command line. */
export interface InitCliOptions {
  readonly workspace: Workspace
  /** `--from` paths and any paths after the command, as repository paths. */
  readonly from: readonly string[]
  readonly id?: string
  /** `-` for stdout; by default `<id>.blueprint.yaml` in the current folder. */
  readonly out?: string
  /** A path given on the command line as a repository path. */
  readonly toRepoPath: (given: string) => string
}

const ID = /^[a-z0-9][a-z0-9-_.]*$/

/** Writes the blueprint (never over an existing file); exit 0, or 2 when nothing could be written. */
export async function init(options: InitCliOptions, io: CliIo): Promise<number> {
  if (options.from.length === 0) {
    io.stderr(
      'blueprint-docs: init needs --from PATH: a Compose file, a Kubernetes manifest or a folder of them\n'
    )
    return EXIT.invalid
  }
  const root = options.workspace.root
  const id = options.id ?? slug(path.basename(root))
  if (!ID.test(id)) {
    io.stderr(
      `blueprint-docs: --id "${id}" is not a blueprint id: lower-case letters, digits, "-", "_" and ".", starting with a letter or digit\n`
    )
    return EXIT.invalid
  }
  const toStdout = options.out === '-'
  const out = toStdout ? undefined : options.toRepoPath(options.out ?? `${id}.blueprint.yaml`)
  if (out !== undefined && (await options.workspace.read(out)) !== undefined) {
    io.stderr(
      `blueprint-docs: ${out} already exists; init never overwrites a file: remove it or name another with --out\n`
    )
    return EXIT.invalid
  }
  const from = options.from
  const result = await initBlueprint({
    workspace: options.workspace,
    from,
    id,
    project: id,
    // Printed, the blueprint's runtime paths are relative to the current folder.
    folder: path.posix.dirname(out ?? options.toRepoPath('x'))
  })
  for (const n of result.notes) io.stderr(`${n.file}:${n.line}:${n.col}: note: ${n.message}\n`)
  if (result.searched || result.read.length > from.length)
    io.stderr(
      `blueprint-docs: read ${plural(result.read.length, 'file')}: ${result.read.join(', ')}\n`
    )
  for (const u of result.unresolved)
    io.stderr(`${u.file}:${u.line}:${u.col}: unresolved: ${u.message}\n`)
  if (!result.ok) {
    printProblems(result.problems, io)
    io.stderr('blueprint-docs: no blueprint written\n')
    return EXIT.invalid
  }
  if (result.dependencies === 0 && result.components > 1)
    io.stderr(
      'blueprint-docs: found no dependency at all: nothing in these files (depends_on, links, addresses in environment, command or args) names another service; add the dependencies by hand\n'
    )
  const what = `${plural(result.components, 'component')} and ${plural(result.dependencies, 'dependency', 'dependencies')}`
  if (out === undefined) {
    io.stdout(result.text)
    io.stderr(`blueprint-docs: ${what} from ${from.join(', ')}\n`)
    return EXIT.ok
  }
  await options.workspace.write(out, result.text)
  io.stdout(
    `wrote ${out}: ${what} from ${from.join(', ')}; check the facts its comments mark, then run \`blueprint-docs validate\`\n`
  )
  return EXIT.ok
}

/** A folder name as a blueprint id: lower case, runs of other characters as `-`. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9-_.]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
  return s === '' ? 'system' : s
}
