/**
 * Property tests for the blueprint loader: whatever bytes a repository holds,
 * parseBlueprint returns a blueprint or positioned problems, and never
 * throws, hangs or eats the heap.
 *
 * FC_SEED=<n> replays a run; failures print the seed and the shrunk input.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { parseBlueprint, type ParseResult } from '../../src/engine/blueprint/index.js'
import { LIMITS, formatProblem } from '../../src/engine/model.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'

let cases = 0

afterAll(() => {
  console.log(
    `blueprint fuzz: ${cases} cases run with seed ${FUZZ_SEED} (FC_SEED=${FUZZ_SEED} to replay)`
  )
})

/** Parse and check the invariants every result must satisfy. */
function check(file: string, content: string | Uint8Array): ParseResult {
  cases++
  const result = parseBlueprint({ file, content })
  // The quick path for plain valid files must agree with the positioned parse, always.
  // (Not for the huge hostile inputs below, whose memory is measured around this call.)
  const positioned =
    content.length < 100_000 ? parseBlueprint({ file, content }, { fast: false }) : result
  if (JSON.stringify(result) !== JSON.stringify(positioned)) {
    throw new Error(
      `the quick and the positioned parse disagree on ${JSON.stringify(typeof content === 'string' ? content : Array.from(content))}:\n${JSON.stringify(result)}\n${JSON.stringify(positioned)}`
    )
  }
  if (result.ok) {
    const bp = result.blueprint
    const ids = new Set(bp.components.map((c) => c.id))
    expect(ids.size).toBe(bp.components.length)
    expect(bp.components.length).toBeLessThanOrEqual(LIMITS.components)
    expect(bp.dependencies.length).toBeLessThanOrEqual(LIMITS.dependencies)
    for (const d of bp.dependencies) {
      expect(ids.has(d.from) && ids.has(d.to)).toBe(true)
      expect(typeof d.async).toBe('boolean')
    }
    for (const c of bp.components)
      expect(typeof c.name === 'string' && typeof c.type === 'string').toBe(true)
    expect(bp.id).toMatch(/^[a-z0-9][a-z0-9-_.]*$/)
    return result
  }
  expect(result.problems.length).toBeGreaterThan(0)
  expect(result.problems.length).toBeLessThanOrEqual(100)
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)
  const lines = text.split('\n')
  for (const p of result.problems) {
    const where = `${formatProblem(p)}\n(in a file of ${lines.length} lines)`
    expect(p.file).toBe(file)
    expect(p.message.length).toBeGreaterThan(0)
    if (!(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines.length))
      throw new Error(`line outside the file: ${where}`)
    const length = lines[p.line - 1]?.length ?? 0
    if (!(Number.isInteger(p.col) && p.col >= 1 && p.col <= length + 1))
      throw new Error(`column outside the line: ${where}`)
  }
  // Sorted by position, so annotations and terminal output read top to bottom.
  const order = result.problems.map((p) => p.line * 1e7 + p.col)
  expect(order).toEqual([...order].sort((a, b) => a - b))
  return result
}

const VALID = `id: checkout
project: acme-shop
title: Checkout platform
overview: |
  Takes orders from the storefront and charges cards.
diagram:
  type: flowchart
  direction: LR
components:
  - id: web
    name: Web storefront
    type: frontend
    technology: React 18
  - id: orders-db
    name: Orders DB
    type: database
  - {id: queue, type: queue, group: Edge}
dependencies:
  - from: web
    to: orders-db
    description: reads orders
    async: false
  - {from: orders-db, to: queue, async: true}
sections:
  data_storage: |
    - **Primary Database:** MySQL 8
`

/** Pieces of YAML syntax: random strings of these reach the parser's corners far more often than random characters. */
const YAML_PIECES = [
  '-',
  ' ',
  '  ',
  ':',
  ': ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '&b ',
  '*b',
  '"',
  "'",
  '#',
  '|',
  '>-',
  '? ',
  '---',
  '...',
  '%YAML 1.2\n',
  '%TAG ! tag:x:\n',
  '!!str ',
  '!x ',
  '!!binary ',
  '<<: ',
  'id',
  'project',
  'components',
  'dependencies',
  'from',
  'to',
  'async',
  'true',
  'yes',
  '~',
  'null',
  '1.10',
  '0x1F',
  'x',
  'é',
  '😀',
  '\\',
  '\\u00',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '__proto__'
]
const yamlish = fc
  .array(fc.constantFrom(...YAML_PIECES), { maxLength: 80 })
  .map((pieces) => pieces.join(''))

const FUZZ = { seed: FUZZ_SEED, numRuns: fuzzRuns(1000) }

describe('parseBlueprint never throws and positions every problem inside the file', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        (bytes) => void check('a.blueprint.yaml', bytes)
      ),
      { ...FUZZ, numRuns: fuzzRuns(1500) }
    )
  })

  it('arbitrary bytes after a valid prefix (invalid UTF-8 mid-file)', () => {
    const prefix = new TextEncoder().encode(VALID)
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(prefix.length), (bytes, at) => {
        check(
          'a.blueprint.yaml',
          new Uint8Array([...prefix.subarray(0, at), ...bytes, ...prefix.subarray(at)])
        )
      }),
      FUZZ
    )
  })

  it('arbitrary strings, including lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        (s) => void check('a.blueprint.yaml', s)
      ),
      FUZZ
    )
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('\ud800', '\udc00', 'a', ':', '\n') }),
        (s) => void check('a.blueprint.yaml', s)
      ),
      { ...FUZZ, numRuns: fuzzRuns(200) }
    )
  })

  it('strings made of YAML syntax, as YAML and as JSON', () => {
    fc.assert(
      fc.property(
        yamlish,
        fc.boolean(),
        (s, json) => void check(json ? 'a.blueprint.json' : 'a.blueprint.yaml', s)
      ),
      { ...FUZZ, numRuns: fuzzRuns(2000) }
    )
  })

  it('arbitrary JSON values serialised as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        check('a.blueprint.yaml', stringify(value))
        check('a.blueprint.json', JSON.stringify(value, null, 1) ?? 'null')
      }),
      FUZZ
    )
  })

  it('blueprint-shaped values serialised as YAML, which often parse', () => {
    // Mostly valid values with a sprinkling of wrong ones, so that both the
    // model and every kind of problem are reached.
    const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
      fc.oneof({ arbitrary: good, weight: 40 }, { arbitrary: bad, weight: 1 })
    const ID = ['a', 'b', 'c', 'web', 'db']
    const text = mostly(
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('x\r\ny', ' a ', '#', 'null', '', '- [x]: "y"')
      ),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([1]))
    )
    const id = mostly(fc.constantFrom(...ID), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()))
    const component = fc.record(
      {
        id,
        name: text,
        type: mostly(fc.constantFrom('database', 'queue', 'mainframe'), fc.integer()),
        technology: text,
        description: text,
        group: text
      },
      { requiredKeys: ['id'] }
    )
    const dependency = fc.record(
      {
        from: id,
        to: id,
        description: text,
        technology: text,
        async: mostly(fc.boolean(), fc.constantFrom('yes', 'true', 0, null))
      },
      { requiredKeys: ['from', 'to'] }
    )
    const blueprint = fc.record(
      {
        id: mostly(fc.constantFrom('checkout', 'a.b_c-d', '0'), fc.string({ maxLength: 8 })),
        project: text,
        title: text,
        overview: text,
        diagram: mostly(
          fc.oneof(
            fc.constantFrom('flowchart', 'c4'),
            fc.record(
              {
                type: fc.constantFrom('flowchart', 'c4'),
                direction: fc.constantFrom('TB', 'LR', 'BT', 'RL')
              },
              { requiredKeys: [] }
            )
          ),
          fc.oneof(
            fc.constantFrom('gantt', 3),
            fc.record({ type: fc.constant('x'), direction: fc.constant('XY') })
          )
        ),
        // Unique ids most of the time; duplicates are one of the rules under test.
        sections: fc.dictionary(
          mostly(fc.constantFrom('api', 'security', 'deployment'), fc.constant('apis')),
          text
        )
      },
      { requiredKeys: ['id', 'project'] }
    )
    // Dependencies mostly between the components that exist; dangling ends are one of the rules under test.
    const parts = mostly(
      fc.uniqueArray(component, { maxLength: 5, selector: (c) => c.id }),
      fc.array(component, { maxLength: 3 })
    ).chain((components) => {
      const ids = components.map((c) => c.id).filter((i): i is string => typeof i === 'string')
      const end = ids.length > 0 ? mostly(fc.constantFrom(...ids), id) : id
      const count = ids.length > 0 ? 4 : 0
      const dep = fc
        .record({ from: end, to: end })
        .chain((ends) => dependency.map((d) => ({ ...d, ...ends })))
      return fc.record({
        components: fc.constant(components),
        dependencies: mostly(fc.array(dep, { maxLength: count }), fc.array(dep, { maxLength: 2 }))
      })
    })
    const extra = mostly(fc.constant(null), fc.record({ owner: text }))
    let parsed = 0
    const runs = fuzzRuns(1500)
    fc.assert(
      fc.property(blueprint, parts, extra, fc.boolean(), (value, lists, more, json) => {
        const all = { ...value, ...lists, ...(more ?? {}) }
        const result = check(
          json ? 'a.blueprint.json' : 'a.blueprint.yaml',
          json ? JSON.stringify(all, null, 2) : stringify(all)
        )
        if (result.ok) parsed++
      }),
      { ...FUZZ, numRuns: runs }
    )
    console.log(`blueprint-shaped values: ${parsed} of ${runs} parsed`)
    // The generator is meant to reach the model, not only the error paths.
    expect(parsed).toBeGreaterThan(runs / 10)
  })

  it('mutated valid blueprints', () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(VALID.length),
        length: fc.integer({ min: 1, max: 30 })
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(VALID.length),
        piece: fc.constantFrom(...YAML_PIECES)
      }),
      fc.record({ kind: fc.constant('line' as const), line: fc.nat(30), other: fc.nat(30) })
    )
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (mutations, crlf) => {
          let text = VALID
          for (const m of mutations) {
            if (m.kind === 'delete') text = text.slice(0, m.at) + text.slice(m.at + m.length)
            else if (m.kind === 'insert') text = text.slice(0, m.at) + m.piece + text.slice(m.at)
            else {
              // Duplicate one line over another: duplicate keys and ids, broken indentation.
              const lines = text.split('\n')
              lines.splice(m.other % (lines.length + 1), 0, lines[m.line % lines.length] ?? '')
              text = lines.join('\n')
            }
          }
          check('a.blueprint.yaml', crlf ? text.replace(/\n/g, '\r\n') : text)
        }
      ),
      { ...FUZZ, numRuns: fuzzRuns(2000) }
    )
  })
})

describe('parseBlueprint refuses hostile input quickly and in bounded memory', () => {
  const laughs = [
    'id: lol',
    'project: p',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i) => {
      const prev = String.fromCharCode('a'.charCodeAt(0) + i)
      return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`
    }),
    ''
  ].join('\n')

  const MiB = 1024 * 1024
  const { gc, heap } = heapMeter()

  /** Parse, print time and heap, and return the result with the heap growth. */
  function measure(
    name: string,
    content: string | Uint8Array
  ): { result: ParseResult; transient: number; retained: number } {
    gc()
    const before = heap()
    const started = performance.now()
    const result = check('hostile.blueprint.yaml', content)
    const ms = performance.now() - started
    const transient = (heap() - before) / MiB
    gc()
    const retained = (heap() - before) / MiB
    console.log(
      `${name}: ${result.ok ? 'parsed' : 'refused'} in ${ms.toFixed(0)} ms, heap +${transient.toFixed(1)} MiB before GC, +${retained.toFixed(1)} MiB after`
    )
    return { result, transient, retained }
  }

  it.each<[string, string | Uint8Array, RegExp]>([
    [
      'a billion laughs',
      laughs,
      /^expands YAML aliases \(\*name\) more than 100 times; a blueprint may not$/
    ],
    [
      '100,000 nested flow sequences',
      `id: x\nproject: p\ntitle: ${'['.repeat(100_000)}`,
      /^is nested more than 64 levels deep/
    ],
    [
      '100,000 nested flow sequences, closed',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /^is nested more than 64 levels deep/
    ],
    ['100,000 nested flow mappings', '{a: '.repeat(100_000), /^is nested more than 64 levels deep/],
    [
      '100,000 nested block sequences on one line',
      `${'- '.repeat(100_000)}x`,
      /^is indented or nested too deeply/
    ],
    [
      'block sequences nested by indentation',
      `id: x\nproject: p\ntitle:\n${Array.from({ length: 128 }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n')}`,
      /^is nested more than 64 levels deep/
    ],
    [
      'block sequences indented past column 256',
      `id: x\nproject: p\ntitle:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n')}`,
      /^is indented or nested too deeply/
    ],
    [
      'a 2 MB string',
      `id: x\nproject: p\ntitle: ${'x'.repeat(2_000_000)}\n`,
      /^is 1\.9 MiB; a blueprint may be at most 1 MiB$/
    ],
    [
      '2 MB of bytes that are not UTF-8',
      new Uint8Array(2_000_000).fill(0xff),
      /^is 1\.9 MiB; a blueprint may be at most 1 MiB$/
    ],
    [
      'a syntax error after half a megabyte of "- " in an unclosed quote',
      `id: x\nproject: p\ntitle: "\n${'- '.repeat(250_000)}\n  - a\n   b: c\n`,
      /^this " opens a quoted text that is never closed/
    ],
    [
      '25,000 aliases',
      `id: x\nproject: p\nt: [${Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? `&a${i} x` : `*a${i - 1}`)).join(', ')}]\n`,
      /^uses 25,000 YAML aliases \(\*name\); a blueprint may use at most 100$/
    ]
  ])('refuses %s with a clear problem, without expanding it', (name, content, expected) => {
    const { result, transient, retained } = measure(name, content)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.message).toMatch(expected)
    // Loose on purpose (GC timing varies): catches expansion, not noise.
    expect(transient).toBeLessThan(96)
    expect(retained).toBeLessThan(16)
  })

  // Files just under the size limit have to be parsed in full; what matters is
  // that the work stays linear and nothing is kept.
  it.each<[string, string, RegExp]>([
    [
      'a 1 MiB mapping of unknown keys',
      `id: x\nproject: p\n${Array.from({ length: 80_000 }, (_, i) => `k${i}: 1`).join('\n')}`.slice(
        0,
        MiB
      ),
      /^unknown key "k0"/
    ],
    [
      'a 1 MiB list of components with duplicate ids',
      `id: x\nproject: p\ncomponents:\n${'- {id: a}\n'.repeat(100_000)}`.slice(0, MiB),
      /^has 10\d,\d{3} components; a blueprint may have at most 2,000$/m
    ]
  ])('handles %s in bounded memory, showing at most 100 problems', (name, content, expected) => {
    const { result, retained } = measure(name, content)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toHaveLength(100)
      expect(result.problems.map((p) => p.message).join('\n')).toMatch(expected)
    }
    expect(retained).toBeLessThan(16)
  })
})

/**
 * A heap meter with a usable gc(): jest gives no --expose-gc, so switch the
 * flag on at run time and fetch gc from a fresh context. Without it, the
 * measurements are only looser.
 */
function heapMeter(): { gc: () => void; heap: () => number } {
  let gc: () => void = () => undefined
  try {
    v8.setFlagsFromString('--expose-gc')
    const found: unknown = vm.runInNewContext('gc')
    if (typeof found === 'function') gc = () => void found()
  } catch {
    // Measurements stay loose.
  }
  return { gc, heap: () => process.memoryUsage().heapUsed }
}
