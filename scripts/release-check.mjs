/**
 * Everything a release does short of pushing and publishing, run on the
 * package in the current folder (`npm run release:check`, and the release
 * workflow before it tags, releases and publishes):
 *
 * - `npm pack --dry-run --json`: the files npm would publish include the
 *   bundle, the schema and the documents a package carries, and none of the
 *   sources or tests; the package stays under a size cap;
 * - every `bin` is in the package and starts with a `#!` line, so npm can run it;
 * - CHANGELOG.md has a dated `## [X.Y.Z] - YYYY-MM-DD` section for
 *   package.json's version;
 * - with `--tag vX.Y.Z`, the tag names package.json's version.
 *
 * Whether `dist/` equals a fresh build of `src/` is CI's check (it needs the
 * dev dependencies and a build); the release workflow runs it before this.
 *
 * `--notes X.Y.Z` prints that version's CHANGELOG.md section instead, the body
 * of the GitHub release. Exit 0 when everything holds; 1 with one line per
 * problem otherwise.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

/** Files the published package cannot work or be used without. */
const REQUIRED = [
  'package.json',
  'dist/index.js',
  'dist/cli/index.js',
  'schema/blueprint.schema.json',
  'action.yml',
  'README.md',
  'LICENSE',
  'CHANGELOG.md'
]

/** Folders that belong to the repository, not to the package: the bundle is all that runs. */
const FORBIDDEN = ['src/', 'test/', 'bench/', 'scripts/', 'examples/', '.github/', 'node_modules/']

/** The tarball npm would upload, and its unpacked size: about 1.1 MB and 4.9 MB today. */
const MAX_PACKED_BYTES = 5 * 1024 * 1024
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

/**
 * The section of `version` in a Keep a Changelog text: its heading line, its
 * date (undefined when the heading has none) and its body up to the next
 * `## ` heading or the link definitions, trimmed. Undefined when there is no
 * such section.
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\](?:\\s+-\\s+(\\S+))?\\s*$`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) return undefined
  const date = heading.exec(lines[start])[1]
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line))
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
  return { heading: lines[start], date, body }
}

/** Problems with the changelog for `version`, each a sentence that says what to fix. */
export function changelogProblems(changelog, version) {
  const section = changelogSection(changelog, version)
  if (section === undefined)
    return [
      `CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD" describing the release`
    ]
  const problems = []
  if (section.date === undefined)
    problems.push(
      `CHANGELOG.md: "${section.heading}" has no date: write "## [${version}] - YYYY-MM-DD"`
    )
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(section.date) || Number.isNaN(Date.parse(section.date)))
    problems.push(
      `CHANGELOG.md: "${section.heading}" has the date "${section.date}": write it as YYYY-MM-DD`
    )
  if (section.body === '')
    problems.push(`CHANGELOG.md: the section for ${version} is empty: say what the release changes`)
  return problems
}

/** Problems with what `npm pack` would publish from `root`. */
function packProblems(root, manifest) {
  let pack
  try {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    pack = JSON.parse(output)[0]
  } catch (error) {
    const detail = String(error.stderr ?? '').trim() || String(error.message ?? error)
    return { problems: [`npm pack --dry-run failed: ${detail}`], pack: undefined }
  }
  const files = pack.files.map((f) => f.path)
  const problems = []
  for (const file of REQUIRED)
    if (!files.includes(file)) problems.push(`the package lacks ${file}: add it to "files"`)
  for (const file of files)
    if (FORBIDDEN.some((folder) => file.startsWith(folder)))
      problems.push(`the package would publish ${file}: keep ${file.split('/')[0]}/ out of "files"`)
  if (pack.size > MAX_PACKED_BYTES)
    problems.push(
      `the package is ${megabytes(pack.size)} packed, over ${megabytes(MAX_PACKED_BYTES)}`
    )
  if (pack.unpackedSize > MAX_UNPACKED_BYTES)
    problems.push(
      `the package is ${megabytes(pack.unpackedSize)} unpacked, over ${megabytes(MAX_UNPACKED_BYTES)}`
    )
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : manifest.bin
  for (const [name, target] of Object.entries(bins ?? {})) {
    const file = path.posix.normalize(target)
    if (!files.includes(file)) {
      problems.push(`bin ${name} (${target}) is not in the package`)
      continue
    }
    const first = readFileSync(path.join(root, file), 'utf8').split('\n', 1)[0]
    if (!first.startsWith('#!'))
      problems.push(
        `bin ${name} (${target}) does not start with "#!/usr/bin/env node": npm could not run it`
      )
  }
  return { problems, pack }
}

/** Problems with package.json's own release fields. */
function manifestProblems(manifest) {
  const problems = []
  if (manifest.private === true) problems.push('package.json is "private": npm would refuse it')
  if (typeof manifest.version !== 'string' || !SEMVER.test(manifest.version))
    problems.push(`package.json's version "${manifest.version}" is not X.Y.Z`)
  if (manifest.repository === undefined)
    problems.push('package.json has no "repository": npm provenance needs it')
  // npm prepares a package installed from git (`npx github:OWNER/REPO#REF`, the fix command the
  // action prints) by installing every devDependency first when it has one of these scripts.
  for (const script of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'])
    if (manifest.scripts?.[script] !== undefined)
      problems.push(
        `package.json has a "${script}" script: npm would install all devDependencies before ` +
          'running the package from git; name it otherwise'
      )
  if (Object.keys(manifest.dependencies ?? {}).length > 0)
    problems.push(
      'package.json has "dependencies": the bundle holds them; make them devDependencies'
    )
  return problems
}

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { notes: { type: 'string' }, tag: { type: 'string' } }
  })
  const root = process.cwd()
  const read = (file) => readFileSync(path.join(root, file), 'utf8')

  if (values.notes !== undefined) {
    const section = changelogSection(read('CHANGELOG.md'), values.notes)
    if (section === undefined || section.body === '') {
      process.stderr.write(`release-check: CHANGELOG.md has no notes for ${values.notes}\n`)
      return 1
    }
    process.stdout.write(`${section.body}\n`)
    return 0
  }

  const manifest = JSON.parse(read('package.json'))
  const problems = [...manifestProblems(manifest)]
  let changelog
  try {
    changelog = read('CHANGELOG.md')
  } catch {
    problems.push('there is no CHANGELOG.md')
  }
  if (changelog !== undefined) problems.push(...changelogProblems(changelog, manifest.version))
  if (values.tag !== undefined && values.tag !== `v${manifest.version}`)
    problems.push(
      `the tag ${values.tag} does not name package.json's version ${manifest.version}: tag v${manifest.version}, or change the version first`
    )
  const packed = packProblems(root, manifest)
  problems.push(...packed.problems)

  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`release-check: ${problem}\n`)
    process.stderr.write(`release-check: ${manifest.name}@${manifest.version} is not ready\n`)
    return 1
  }
  process.stdout.write(
    `release-check: ${manifest.name}@${manifest.version} is ready: ${packed.pack.entryCount} files, ${megabytes(packed.pack.size)} packed, ${megabytes(packed.pack.unpackedSize)} unpacked; CHANGELOG.md has its section\n`
  )
  return 0
}

// Run as a script; imported (for its section parser), it does nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2))
