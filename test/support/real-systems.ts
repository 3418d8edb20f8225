/**
 * Real public systems (test/fixtures/runtime) drafted and documented as a
 * user would: a copy of the project's files in a temporary folder, a
 * blueprint drafted there by `init --from` (project/init.ts, the code the
 * command runs), then its document planned by the code `generate` runs,
 * derived sections and all. What the tests check a document against is the
 * text of that blueprint and of the runtime files it names.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  readdirSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openWorkspace } from '../../src/adapters/files.js'
import { initBlueprint } from '../../src/project/init.js'
import { plan } from '../../src/project/plan.js'
import { builtInTemplate } from '../../src/engine/template.js'
import { ROOT } from './package.js'

/** A real system and the runtime files its blueprint is drafted from. */
export interface RealSystem {
  /** Its folder under test/fixtures/runtime. */
  readonly folder: string
  /** Files or folders inside it, as `init --from` is given them. */
  readonly from: readonly string[]
}

/** The systems the documents are checked on: Compose and Kubernetes, small and over 25 services. */
export const REAL_SYSTEMS: readonly RealSystem[] = [
  { folder: 'online-boutique', from: ['kubernetes-manifests.yaml'] },
  { folder: 'sock-shop', from: ['kubernetes/complete-demo.yaml'] },
  { folder: 'voting-app', from: ['docker-compose.yml'] },
  { folder: 'otel-demo', from: ['docker-compose.yml'] },
  { folder: 'otel-demo', from: ['kubernetes'] },
  { folder: 'sentry-self-hosted', from: ['docker-compose.yml'] },
  { folder: 'openedx-devstack', from: ['docker-compose.yml'] },
  { folder: 'deathstarbench-social', from: ['docker-compose.yml'] },
  { folder: 'deathstarbench-hotel', from: ['kubernetes'] },
  { folder: 'bookinfo', from: ['bookinfo.yaml'] },
  { folder: 'train-ticket', from: ['kubernetes'] },
  { folder: 'airflow', from: ['docker-compose.yaml'] }
]

/** A drafted system: the blueprint's text, the runtime files' text, and the generated document. */
export interface Documented {
  readonly blueprint: string
  readonly components: readonly { readonly id: string; readonly name: string }[]
  /** Every runtime file the blueprint names, concatenated. */
  readonly runtime: string
  readonly document: string
}

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'runtime')

/** Drafts the system's blueprint with `init --from` and generates its document (derived sections on, as init writes). */
export async function documentSystem(
  system: RealSystem,
  change?: (folder: string) => void
): Promise<Documented> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bpd-real-'))
  try {
    cpSync(path.join(FIXTURES, system.folder), folder, { recursive: true })
    change?.(folder)
    const workspace = await openWorkspace(folder)
    const init = await initBlueprint({
      workspace,
      from: system.from,
      id: system.folder,
      project: system.folder,
      folder: '.'
    })
    if (!init.ok)
      throw new Error(`init --from ${system.from.join(' ')}: ${JSON.stringify(init.problems)}`)
    writeFileSync(path.join(folder, 'system.blueprint.yaml'), init.text)
    const planned = await plan({
      workspace,
      globs: ['system.blueprint.yaml'],
      output: '{dir}/{name}.md',
      template: builtInTemplate(),
      selection: { kind: 'all' },
      generatedAt: (paths) =>
        Promise.resolve(new Map(paths.map((p) => [p, '2026-01-02T03:04:05Z'])))
    })
    const item = planned.items.find((i) => i.blueprint === 'system.blueprint.yaml')
    if (item?.outcome.kind !== 'created')
      throw new Error(`no document planned: ${JSON.stringify(item?.outcome)}`)
    return {
      blueprint: init.text,
      components: (item.model?.components ?? []).map((c) => ({ id: c.id, name: c.name })),
      runtime: system.from.map((f) => textUnder(path.join(folder, f))).join('\n'),
      document: item.outcome.rendered.text
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** A file's text, or every YAML and JSON file's under a folder. */
function textUnder(at: string): string {
  if (!statSync(at).isDirectory()) return readFileSync(at, 'utf8')
  return readdirSync(at, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => readFileSync(path.join(at, f), 'utf8'))
    .join('\n')
}

/** The ```` ```mermaid ```` blocks of a document, in order. */
export function mermaidBlocks(document: string): string[] {
  return [...document.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? '')
}

/** Mermaid entity codes (`#quot;`, `#35;`) back to the characters they stand for. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' }
  return text.replace(/#(\w+);/g, (whole, code: string) =>
    /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (named[code] ?? whole)
  )
}
