/**
 * The floor of `init --from`: the least a reader of a Compose project does —
 * read the Compose file, its `.env` and the env files it names, and parse
 * each (the Compose file with the yaml library, the others split into
 * lines). No interpolation, no merge, no inference, no output.
 *
 *   node bench/floors/init.mjs <folder>
 *
 * Prints "<n> services read" on the last line.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const dir = process.argv[2]
const compose = parse(readFileSync(path.join(dir, 'docker-compose.yml'), 'utf8'), {
  merge: true,
  maxAliasCount: -1
})
const envFiles = new Set(['.env'])
for (const service of Object.values(compose.services))
  for (const f of [service.env_file ?? []].flat()) envFiles.add(f)
let variables = 0
for (const f of envFiles)
  variables += readFileSync(path.join(dir, f), 'utf8')
    .split('\n')
    .filter((l) => l.includes('=')).length
process.stdout.write(
  `${variables} variables\n${Object.keys(compose.services).length} services read\n`
)
