/**
 * Drafts scored against what a person read in the files: each real project
 * in test/fixtures/runtime has a SERVICES.md listing its services (for
 * Kubernetes, each Service and what it selects) and the dependencies the
 * files show, written by hand. The draft `init` would write from the same
 * files, read through the real workspace (so `.env`, `env_file` and
 * `extends` files are found as the command finds them), must hold every
 * service, at least 95% of the dependencies and none that is not listed;
 * no technology may hold a `${`, and a draft over 20 components has groups.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { openWorkspace } from '../../src/adapters/files.js'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { draftOf, GROUPED_ABOVE } from '../../src/engine/runtime/draft.js'
import { emitBlueprint } from '../../src/engine/runtime/emit.js'
import { loadRuntime } from '../../src/project/runtime.js'

const FIXTURES = path.resolve('test', 'fixtures', 'runtime')

interface Reference {
  readonly services: readonly string[]
  readonly dependencies: ReadonlyArray<{ from: string; to: string; optional: boolean }>
}

/**
 * The lists of one part of a SERVICES.md (`## Compose…` or `## Kubernetes…`,
 * or the whole file): names under the `Services (N)` heading, in paragraphs
 * (`Label (N): a, b`) or as the first column of a table; `- a -> b` lines
 * under `Dependencies (N)` (a `(?)` after the pair marks one that may or may
 * not be drawn). The counts in the headings are checked against the lists.
 */
function reference(text: string, part?: RegExp): Reference {
  const lines = text.split('\n')
  let from = 0
  let to = lines.length
  if (part) {
    from = lines.findIndex((l) => part.test(l))
    if (from === -1) throw new Error(`no heading ${String(part)}`)
    const next = lines.findIndex((l, i) => i > from && /^## /.test(l))
    to = next === -1 ? lines.length : next
  }
  const body = lines.slice(from, to)
  const section = (heading: RegExp) => {
    const start = body.findIndex((l) => heading.test(l))
    if (start === -1) throw new Error(`no heading ${String(heading)}`)
    const level = /^#+/.exec(body[start] ?? '')?.[0].length ?? 2
    const out: string[] = []
    let skipping = false
    for (const line of body.slice(start + 1)) {
      const h = /^(#+) /.exec(line)
      if (h?.[1] && h[1].length <= level) break
      if (h) skipping = /not counted/.test(line)
      if (!skipping) out.push(line)
    }
    return { heading: body[start] ?? '', lines: out }
  }
  const count = (heading: string) => Number(/\((\d+)\)/.exec(heading)?.[1] ?? NaN)

  const servicesPart = section(/^#+ Services \(\d+\)/)
  const services: string[] = []
  for (const line of servicesPart.lines) {
    if (/^(Services|Workloads) with no/.test(line)) break
    if (/^\|/.test(line)) {
      const cell = line.split('|')[1]?.trim() ?? ''
      if (cell === '' || /^-+$/.test(cell) || /^Service$/.test(cell)) continue
      services.push(cell.replace(/\s*\(.*$/, ''))
    } else if (!/^(Each|`)/.test(line) && /[a-z]/.test(line)) {
      const names = line.replace(/^[^:]*\(\d+\):/, '')
      for (const n of names.split(',')) if (n.trim() !== '') services.push(n.trim())
    }
  }
  expect(services).toHaveLength(count(servicesPart.heading))

  const depsPart = section(/^#+ Dependencies \(\d+\)/)
  const dependencies = depsPart.lines.flatMap((line) => {
    const m = /^- ([\w.-]+) -> ([\w.-]+)( \(\?\))?/.exec(line)
    return m?.[1] && m[2] ? [{ from: m[1], to: m[2], optional: m[3] !== undefined }] : []
  })
  expect(dependencies).toHaveLength(count(depsPart.heading))
  return { services, dependencies }
}

const CASES: ReadonlyArray<{
  name: string
  dir: string
  from: readonly string[]
  part?: RegExp
}> = [
  {
    name: 'Docker voting app, Compose',
    dir: 'voting-app',
    from: ['docker-compose.yml'],
    part: /^## Compose/
  },
  {
    name: 'Docker voting app, Kubernetes',
    dir: 'voting-app',
    from: ['k8s-specifications'],
    part: /^## Kubernetes/
  },
  { name: 'Sock Shop, Compose', dir: 'sock-shop', from: ['docker-compose'], part: /^## Compose/ },
  {
    name: 'Sock Shop, Kubernetes',
    dir: 'sock-shop',
    from: ['kubernetes/complete-demo.yaml'],
    part: /^## Kubernetes/
  },
  {
    name: 'Sock Shop, Kubernetes folder',
    dir: 'sock-shop',
    from: ['kubernetes/manifests'],
    part: /^## Kubernetes/
  },
  {
    name: 'Online Boutique, Kubernetes',
    dir: 'online-boutique',
    from: ['kubernetes-manifests.yaml']
  },
  {
    name: 'OpenTelemetry demo, Compose with .env',
    dir: 'otel-demo',
    from: ['docker-compose.yml'],
    part: /^## Compose/
  },
  {
    name: 'OpenTelemetry demo, Kubernetes',
    dir: 'otel-demo',
    from: ['kubernetes'],
    part: /^## Kubernetes/
  },
  {
    name: 'Sentry self-hosted (100+ aliases)',
    dir: 'sentry-self-hosted',
    from: ['docker-compose.yml']
  },
  {
    name: 'Istio bookinfo (versions behind one Service)',
    dir: 'bookinfo',
    from: ['bookinfo.yaml']
  },
  {
    name: 'DeathStarBench social network, Compose',
    dir: 'deathstarbench-social',
    from: ['docker-compose.yml'],
    part: /^## Compose/
  },
  {
    name: 'DeathStarBench social network, Kubernetes',
    dir: 'deathstarbench-social',
    from: ['openshift'],
    part: /^## Kubernetes/
  },
  {
    name: 'DeathStarBench hotel, Compose',
    dir: 'deathstarbench-hotel',
    from: ['docker-compose.yml'],
    part: /^## Compose/
  },
  {
    name: 'DeathStarBench hotel, Kubernetes',
    dir: 'deathstarbench-hotel',
    from: ['kubernetes'],
    part: /^## Kubernetes/
  },
  { name: 'Airflow (merge keys)', dir: 'airflow', from: ['docker-compose.yaml'] },
  {
    name: 'Open edX devstack (${VAR:-default}, extends)',
    dir: 'openedx-devstack',
    from: ['docker-compose.yml']
  },
  { name: 'Train Ticket, Kubernetes', dir: 'train-ticket', from: ['kubernetes'] }
]

describe('drafts of real systems, scored against SERVICES.md', () => {
  it.each(CASES)('$name', async ({ dir, from, part }) => {
    const ref = reference(readFileSync(path.join(FIXTURES, dir, 'SERVICES.md'), 'utf8'), part)
    const workspace = await openWorkspace(path.join(FIXTURES, dir))
    const loaded = await loadRuntime(workspace, from)
    expect(loaded.files.unreadable).toEqual([])
    expect(loaded.read.problems).toEqual([])
    const { runtime } = loaded.read
    const draft = draftOf(runtime)
    const ids = new Set(draft.components.map((c) => c.id))

    // A name in the list is found when it is a component, or a Service (or workload) whose
    // workloads a component stands for.
    const owner = new Map<string, string>()
    for (const u of runtime.units) for (const w of u.workloads) owner.set(w, u.name)
    const componentOf = (name: string): string | undefined => {
      if (ids.has(name)) return name
      for (const w of runtime.aliases.get(name) ?? []) {
        const id = owner.get(w) ?? w
        if (ids.has(id)) return id
      }
      return undefined
    }
    const missing = ref.services.filter((s) => componentOf(s) === undefined)
    expect(missing).toEqual([])

    const expected = new Set<string>()
    const optional = new Set<string>()
    for (const d of ref.dependencies) {
      const a = componentOf(d.from)
      const b = componentOf(d.to)
      if (a === undefined || b === undefined || a === b) continue
      ;(d.optional ? optional : expected).add(`${a} -> ${b}`)
    }
    const drawn = new Set(draft.dependencies.map((d) => `${d.from} -> ${d.to}`))
    const notFound = [...expected].filter((d) => !drawn.has(d))
    const falseOnes = [...drawn].filter((d) => !expected.has(d) && !optional.has(d))
    expect(falseOnes).toEqual([])
    expect(notFound.length).toBeLessThanOrEqual(Math.floor(expected.size * 0.05))

    for (const c of draft.components) expect(c.technology?.value ?? '').not.toMatch(/\$/)
    if (draft.components.length > GROUPED_ABOVE)
      for (const c of draft.components) expect(c.group?.value).toEqual(expect.any(String))

    // And what init writes from it loads.
    const text = emitBlueprint({ id: 'x', project: 'x', runtimePaths: [...from], runtime })
    expect(parseBlueprint({ file: 'x.blueprint.yaml', content: text }).ok).toBe(true)
  })
})
