/**
 * The floor of `generate --all`: the least a generator of these documents
 * does — read each blueprint, parse it with js-yaml, fill a Handlebars
 * template the size of the standard format with the blueprint's id, project
 * and counts, write the document next to it. No validation, no diagram, no
 * escaping, one thread.
 *
 *   node bench/floors/generate.mjs <folder>
 *
 * Prints "<n> documents written" on the last line.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import yaml from 'js-yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SUFFIX = /\.blueprint\.ya?ml$/

/**
 * The standard format's text as a Handlebars template: its `{placeholder}`s
 * become `{{placeholder}}`, compiled once without HTML escaping.
 */
export function plainTemplate() {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/standard-format.txt'), 'utf8')
  return Handlebars.compile(text.replace(/\{(\w+)\}/g, '{{$1}}'), { noEscape: true })
}

/** The document of one parsed blueprint, filled with what needs no work: id, project, counts. */
export function renderPlain(template, blueprint) {
  return template({
    project_id: blueprint.project,
    blueprint_id: blueprint.id,
    generated_at: '2026-01-01T00:00:00Z',
    architecture_overview: blueprint.overview,
    component_count: blueprint.components?.length ?? 0,
    dependency_count: blueprint.dependencies?.length ?? 0,
    diagram_type: blueprint.diagram?.type ?? 'flowchart'
  })
}

function* blueprintFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* blueprintFiles(file)
    else if (SUFFIX.test(entry.name)) yield file
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const template = plainTemplate()
  let written = 0
  for (const file of blueprintFiles(path.resolve(process.argv[2] ?? '.'))) {
    const blueprint = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA })
    writeFileSync(file.replace(SUFFIX, '.md'), renderPlain(template, blueprint))
    written++
  }
  process.stdout.write(`${written} documents written\n`)
}
