/**
 * Property tests for reading runtime files: whatever bytes a Compose file or
 * manifest holds, readRuntime returns what runs and positioned problems and
 * notes, never throws, and refuses hostile input quickly; whatever it reads,
 * the blueprint init writes from it passes the blueprint loader.
 *
 * FC_SEED=<n> replays a run, FC_RUNS changes the number of runs.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { formatProblem } from '../../src/engine/model.js'
import { emitBlueprint } from '../../src/engine/runtime/emit.js'
import { readRuntime, type RuntimeFile, type RuntimeRead } from '../../src/engine/runtime/index.js'
import { fuzzRuns } from '../support/fast-check-seed.js'

/** Read, and check what every result must satisfy. */
function check(files: readonly RuntimeFile[]): RuntimeRead {
  const read = readRuntime(files)
  const texts = new Map(
    files.map((f) => [
      f.file,
      typeof f.content === 'string' ? f.content : new TextDecoder('utf-8').decode(f.content)
    ])
  )
  for (const p of [...read.problems, ...read.notes]) {
    const lines = (texts.get(p.file) ?? '').split('\n')
    const where = `${formatProblem(p)} (in a file of ${lines.length} lines)`
    if (!texts.has(p.file)) throw new Error(`a problem in a file not read: ${where}`)
    if (!(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length))
      throw new Error(`line outside the file: ${where}`)
    if (!(Number.isInteger(p.col) && p.col >= 1 && p.col <= (lines[p.line - 1]?.length ?? 0) + 1))
      throw new Error(`column outside the line: ${where}`)
    expect(p.message.length).toBeGreaterThan(0)
  }
  const names = new Set(read.runtime.workloads.map((w) => w.name))
  expect(names.size).toBe(read.runtime.workloads.length)
  for (const e of read.runtime.edges) expect(names.has(e.from) && names.has(e.to)).toBe(true)
  // Whatever was read, the blueprint init writes from it loads.
  if (read.runtime.workloads.length > 0 && read.runtime.workloads.length <= 2000) {
    const text = emitBlueprint({
      id: 'fuzz',
      project: 'fuzz',
      runtimePaths: ['x.yaml'],
      runtime: read.runtime
    })
    const parsed = parseBlueprint({ file: 'fuzz.blueprint.yaml', content: text })
    if (!parsed.ok)
      throw new Error(
        `init wrote an invalid blueprint:\n${text}\n${JSON.stringify(parsed.problems)}`
      )
    expect(parsed.blueprint.components).toHaveLength(read.runtime.workloads.length)
  }
  return read
}

const one = (content: string | Uint8Array, file = 'compose.yaml') => check([{ file, content }])

const PIECES = [
  '-',
  ' ',
  '  ',
  ':',
  ': ',
  '\n',
  '\t',
  '---\n',
  '{{ .Values.x }}',
  '&a ',
  '*a',
  '<<: ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '|',
  '>',
  '!!str ',
  'services:',
  'kind: Deployment',
  'apiVersion: v1',
  'image: ',
  'depends_on',
  'env',
  'value: ',
  '\u0000',
  '\ufeff',
  'é',
  '😀'
]
const NAME = fc.oneof(
  fc.constantFrom(
    'web',
    'db',
    'redis',
    'user-db',
    'a.b',
    '',
    ' ',
    'yes',
    '1',
    '{{x}}',
    'x:y',
    'ü',
    'end'
  ),
  fc.string({ maxLength: 10 })
)
const TEXT = fc.oneof(
  NAME,
  fc.string({ maxLength: 30 }),
  fc.constantFrom('db:5432', 'http://web.ns.svc.cluster.local:80', 'redis')
)

const composeValue = fc.dictionary(
  NAME,
  fc.record(
    {
      image: TEXT,
      build: fc.oneof(TEXT, fc.record({ context: TEXT })),
      depends_on: fc.oneof(
        fc.array(NAME, { maxLength: 3 }),
        fc.dictionary(NAME, fc.record({ condition: TEXT }), { maxKeys: 3 })
      ),
      links: fc.array(TEXT, { maxLength: 3 }),
      environment: fc.oneof(
        fc.array(TEXT, { maxLength: 3 }),
        fc.dictionary(NAME, fc.oneof(TEXT, fc.integer(), fc.constant(null)), { maxKeys: 3 })
      ),
      command: fc.oneof(TEXT, fc.array(TEXT, { maxLength: 3 })),
      profiles: fc.array(TEXT, { maxLength: 2 })
    },
    { requiredKeys: [] }
  ),
  { maxKeys: 6 }
)

const kubeObject = fc.record(
  {
    apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1'),
    kind: fc.constantFrom(
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'Job',
      'CronJob',
      'Service',
      'ConfigMap',
      'List',
      'Pod'
    ),
    metadata: fc.record(
      { name: NAME, namespace: NAME, labels: fc.dictionary(NAME, TEXT, { maxKeys: 2 }) },
      { requiredKeys: [] }
    ),
    spec: fc.record(
      {
        selector: fc.dictionary(NAME, TEXT, { maxKeys: 2 }),
        template: fc.record({
          metadata: fc.record({ labels: fc.dictionary(NAME, TEXT, { maxKeys: 2 }) }),
          spec: fc.record({
            containers: fc.array(
              fc.record(
                {
                  name: NAME,
                  image: TEXT,
                  env: fc.array(fc.record({ name: NAME, value: fc.oneof(TEXT, fc.integer()) }), {
                    maxLength: 3
                  }),
                  args: fc.array(TEXT, { maxLength: 3 })
                },
                { requiredKeys: [] }
              ),
              { maxLength: 2 }
            )
          })
        }),
        jobTemplate: fc.constant({
          spec: { template: { spec: { containers: [{ name: 'c', image: 'redis' }] } } }
        })
      },
      { requiredKeys: [] }
    ),
    items: fc.constant([
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'listed' } }
    ])
  },
  { requiredKeys: ['apiVersion', 'kind'] }
)

const FIXTURES = [
  'voting-app/docker-compose.yml',
  'sock-shop/docker-compose/docker-compose.yml',
  'sock-shop/kubernetes/complete-demo.yaml'
].map((f) => readFileSync(path.join('test', 'fixtures', 'runtime', f), 'utf8'))

describe('readRuntime never throws and positions every problem and note inside its file', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void one(bytes)),
      {
        numRuns: fuzzRuns(300)
      }
    )
  })

  it('strings made of YAML and Compose/Kubernetes syntax', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        one(pieces.join(''))
        one(pieces.join(''), 'k8s.json')
      }),
      { numRuns: fuzzRuns(500) }
    )
  })

  it('Compose-shaped values, which often read', () => {
    fc.assert(
      fc.property(composeValue, (services) => void one(stringify({ services }))),
      { numRuns: fuzzRuns(300) }
    )
  })

  it('Kubernetes-shaped documents, several to a file and across files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(kubeObject, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        (files) => {
          check(
            files.map((objects, i) => ({
              file: `k8s/${i}.yaml`,
              content: objects.map((o) => stringify(o)).join('---\n')
            }))
          )
        }
      ),
      { numRuns: fuzzRuns(300) }
    )
  })

  it('real files, mutated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom(...PIECES)), {
          minLength: 1,
          maxLength: 4
        }),
        (text, edits) => {
          let mutated = text
          for (const [at, cut, insert] of edits) {
            const i = at % (mutated.length + 1)
            mutated = mutated.slice(0, i) + insert + mutated.slice(i + cut)
          }
          one(mutated)
        }
      ),
      { numRuns: fuzzRuns(300) }
    )
  })
})

describe('readRuntime refuses hostile runtime files quickly, with a positioned problem', () => {
  const laughs = [
    'services:',
    '  a: {image: x}',
    'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i) => {
      const prev = String.fromCharCode('a'.charCodeAt(0) + i)
      return `x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`
    }),
    ''
  ].join('\n')

  it.each<[string, string | Uint8Array, RegExp]>([
    [
      'a billion laughs',
      laughs,
      /^expands to more than 1,000,000 values through YAML aliases \(\*name\); a Compose file or manifest may not$/
    ],
    [
      '100,000 nested flow sequences',
      `services: ${'['.repeat(100_000)}`,
      /^is nested more than 64 levels deep; a Compose file or manifest may nest at most 64$/
    ],
    [
      'a 2 MB manifest',
      `kind: ConfigMap\napiVersion: v1\ndata: {x: ${'x'.repeat(2_000_000)}}\n`,
      /^is 1\.9 MiB; a Compose file or manifest may be at most 1 MiB$/
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x73, 0x3a, 0x20, 0xff, 0x0a]),
      /^is not valid UTF-8/
    ],
    [
      '3,000 documents',
      'kind: Namespace\napiVersion: v1\n---\n'.repeat(3000),
      /^holds more than 2000 YAML documents/
    ],
    [
      'a duplicate key',
      'services:\n  a: {image: x}\n  a: {image: y}\n',
      /^key "a" appears twice in the same mapping \(first on line 2\)$/
    ],
    [
      'a syntax error in the second document',
      'kind: Namespace\napiVersion: v1\n---\nkind: [\n',
      /^YAML syntax error/
    ]
  ])('%s', (_, content, expected) => {
    const started = performance.now()
    const read = one(content)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(read.problems[0]?.message).toMatch(expected)
  })
})

describe('hostile Compose projects give positioned problems within the limits', () => {
  /** Reads a project whose other files come by path, and checks every position given. */
  function hostile(files: Record<string, string>, others: Record<string, string> = {}) {
    const all = { ...files, ...others }
    const started = performance.now()
    const read = readRuntime(
      Object.entries(files).map(([file, content]) => ({ file, content })),
      { lookup: (file) => others[file] ?? null }
    )
    expect(performance.now() - started).toBeLessThan(10_000)
    for (const p of [...read.problems, ...read.notes, ...read.unresolved]) {
      const text = all[p.file as keyof typeof all]
      if (text === undefined) throw new Error(`a problem in a file not read: ${formatProblem(p)}`)
      const lines = text.split('\n')
      expect(p.line).toBeGreaterThanOrEqual(1)
      expect(p.line).toBeLessThanOrEqual(lines.length)
      expect(p.col).toBeGreaterThanOrEqual(1)
      expect(p.col).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 1)
    }
    return read
  }
  const messages = (read: RuntimeRead) =>
    read.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)

  it('variables that refer to themselves or each other resolve once, never loop', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('A', 'B', 'C'),
            fc.constantFrom('${A}', '${B:-${C}}', '$C$A', '${A:-x}${A}', '${B:+${A}}', 'x')
          ),
          { minLength: 1, maxLength: 12 }
        ),
        fc.constantFrom('${A}', '${B:-${A}}', '${C:?no C}$A'),
        (env, image) => {
          const read = hostile(
            { 'compose.yaml': `services:\n  a:\n    image: "${image}"\n` },
            { '.env': env.map(([k, v]) => `${k}=${v}`).join('\n') }
          )
          expect(read.problems).toEqual([])
          expect(read.runtime.workloads).toHaveLength(1)
        }
      ),
      { numRuns: fuzzRuns(200) }
    )
  })

  it('any .env text and any ${…} in values give positions inside the files, never a throw', () => {
    const ENV_PIECES = [
      'A',
      'B',
      '=',
      '${',
      '}',
      ':-',
      '-',
      ':?',
      '?',
      ':+',
      '$$',
      '$',
      '"',
      "'",
      '\\',
      '#',
      ' ',
      '\n',
      'export ',
      'x',
      'db:5432'
    ]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ENV_PIECES), { maxLength: 40 }),
        fc.array(
          fc.constantFrom(...ENV_PIECES.filter((p) => p !== '\n' && p !== '"' && p !== '\\')),
          { maxLength: 12 }
        ),
        (env, value) => {
          hostile(
            {
              'compose.yaml': `services:\n  a:\n    image: "${value.join('')}"\n    environment: [A, B, "C=${value.join('')}"]\n    depends_on: ["${value.join('')}"]\n  db: {image: postgres}\n`
            },
            { '.env': env.join('') }
          )
        }
      ),
      { numRuns: fuzzRuns(300) }
    )
  })

  it('values that double at each step are cut at the length bound, where they are written', () => {
    const lines = ['A0=xxxxxxxxxxxxxxxx']
    for (let i = 1; i < 40; i++) lines.push(`A${i}=\${A${i - 1}}\${A${i - 1}}`)
    const read = hostile(
      { 'compose.yaml': 'services:\n  a:\n    image: "${A39}"\n' },
      { '.env': lines.join('\n') }
    )
    expect(messages(read)[0]).toMatch(
      /^\.env:\d+:1: the value of A\d+ would be longer than 65536 characters substituted$/
    )
  })

  it('a .env over 1 MiB is refused at its first line', () => {
    const read = hostile(
      { 'compose.yaml': 'services:\n  a: {image: "${X}"}\n' },
      { '.env': `X=${'x'.repeat(1_200_000)}\n` }
    )
    expect(messages(read)).toEqual([
      '.env:1:1: is 1.1 MiB; an environment file may be at most 1 MiB'
    ])
  })

  it('nesting ${ without end is refused where it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 17, max: 2000 }), (depth) => {
        const read = hostile({
          'compose.yaml': `services:\n  a:\n    image: "${'${A:-'.repeat(depth)}x${'}'.repeat(depth)}"\n`
        })
        expect(messages(read)).toEqual([
          'compose.yaml:3:12: cannot substitute variables: nests "${" more than 16 levels deep'
        ])
      }),
      { numRuns: fuzzRuns(20) }
    )
  })

  it('alias bombs of any shape stop at the bound on expanded values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 12 }),
        fc.integer({ min: 5, max: 9 }),
        (levels, width) => {
          const lines = ['x-0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
          for (let i = 1; i <= levels; i++)
            lines.push(
              `x-${i}: &a${i} [${Array(width)
                .fill(`*a${i - 1}`)
                .join(',')}]`
            )
          const read = hostile({
            'compose.yaml': `${lines.join('\n')}\nservices:\n  a: {image: x}\n`
          })
          const expanded = 10 * width ** levels
          if (expanded > 1_000_000)
            expect(messages(read)[0]).toMatch(
              /^compose\.yaml:\d+:\d+: expands to more than 1,000,000 values/
            )
        }
      ),
      { numRuns: fuzzRuns(8) }
    )
  })

  it('50,000 aliases to one anchor read in one walk, not one document walk per alias', () => {
    const read = hostile({
      'compose.yaml': `services:\n  a: {image: x}\nx-a: &a 1\nx-l: [${'*a,'.repeat(50_000)}]\n`
    })
    expect(read.problems).toEqual([])
    expect(read.runtime.workloads).toHaveLength(1)
  })

  it('include chains past the depth bound, cycles and paths outside the repository are refused at the include', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.boolean(), (depth, cycle) => {
        const others: Record<string, string> = {}
        for (let i = 1; i <= depth; i++) {
          const next =
            i === depth ? (cycle ? 'compose.yaml' : undefined) : `../d${i + 1}/compose.yaml`
          others[`d${i}/compose.yaml`] =
            `${next ? `include: [${next}]\n` : ''}services:\n  s${i}: {image: x}\n`
        }
        const read = hostile(
          { 'compose.yaml': 'include: [d1/compose.yaml]\nservices:\n  s0: {image: x}\n' },
          others
        )
        const problems = messages(read)
        if (depth >= 8)
          expect(problems).toContainEqual(
            expect.stringMatching(/includes Compose files more than 8 levels deep/)
          )
        else if (cycle)
          expect(problems).toContainEqual(expect.stringMatching(/already being read \(a cycle\)$/))
        else expect(problems).toEqual([])
      }),
      { numRuns: fuzzRuns(40) }
    )
    const outside = hostile({
      'compose.yaml': 'include:\n  - ../../etc/compose.yaml\nservices:\n  a: {image: x}\n'
    })
    expect(messages(outside)).toEqual([
      'compose.yaml:2:5: include ../../etc/compose.yaml is outside the repository'
    ])
  })

  it('extends cycles and chains are refused at the extends', () => {
    const read = hostile({
      'compose.yaml':
        'services:\n  a: {extends: b, image: x}\n  b: {extends: a}\n  c: {extends: {service: d, file: ../x.yml}}\n'
    })
    expect(messages(read)).toEqual([
      'compose.yaml:3:16: extends a, which extends this service again (a cycle)',
      'compose.yaml:4:16: extends ../x.yml, which is outside the repository'
    ])
  })
})
