/**
 * The documents of the blueprints `init --from` writes from real Compose
 * files and manifests (test/fixtures/runtime) render in the real Mermaid
 * library in headless Chromium, with one node per service or workload.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { renderDocument } from '../../src/engine/document.js'
import { emitBlueprint } from '../../src/engine/runtime/emit.js'
import { readRuntime } from '../../src/engine/runtime/index.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { mermaidForTests } from '../support/browser.js'

const FIXTURES = join('test', 'fixtures', 'runtime')
const manifests = readdirSync(join(FIXTURES, 'sock-shop/kubernetes/manifests'))
  .sort()
  .map((f) => `sock-shop/kubernetes/manifests/${f}`)

const SOURCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['the voting app', ['voting-app/docker-compose.yml']],
  [
    "the voting app's manifests",
    readdirSync(join(FIXTURES, 'voting-app/k8s-specifications'))
      .sort()
      .map((f) => `voting-app/k8s-specifications/${f}`)
  ],
  ["Sock Shop's Compose file", ['sock-shop/docker-compose/docker-compose.yml']],
  ["Sock Shop's manifests", manifests],
  ["Online Boutique's manifests", ['online-boutique/kubernetes-manifests.yaml']]
]

const started = mermaidForTests()

describe('documents of imported blueprints in the browser', () => {
  it.each(SOURCES)('renders the diagram of %s', async (_, files) => {
    const read = readRuntime(
      files.map((file) => ({ file, content: readFileSync(join(FIXTURES, file)) }))
    )
    expect(read.problems).toEqual([])
    const text = emitBlueprint({
      id: 'imported',
      project: 'demo',
      runtimePaths: [...files],
      runtime: read.runtime
    })
    const parsed = parseBlueprint({ file: 'imported.blueprint.yaml', content: text })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    const document = renderDocument({
      blueprint: parsed.blueprint,
      source: 'imported.blueprint.yaml',
      generatedAt: '2026-01-01T00:00:00Z',
      template: builtInTemplate()
    }).text
    const diagram = /^```mermaid\n([\s\S]*?)\n```$/m.exec(document)?.[1]
    expect(diagram).toBeDefined()
    const result = await started().render(diagram ?? '')
    expect(result).toEqual(expect.objectContaining({ ok: true }))
    if (result.ok) expect(result.nodes).toBe(read.runtime.workloads.length)
  })
})
