/**
 * The loader's quick path (js-yaml, for plain valid blueprints) against the
 * parser of record (`yaml`, positioned): whenever the quick path accepts a
 * text, the positioned parse must accept it too and build the same model.
 * The blueprints are generated with the scalars on which YAML parsers
 * disagree most: numbers and dates as text, `yes`/`no`/`on`/`off`, `~`,
 * `:` and `#` inside keys and values, unicode, long lines and block scalars,
 * each written plain, quoted or as a block.
 *
 * The global seed (test/support/fast-check-seed.ts) makes a run repeatable.
 */
import fc from 'fast-check'
import { stringify } from 'yaml'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { readDocument } from '../../src/engine/blueprint/parse.js'
import type { Path } from '../../src/engine/blueprint/locate.js'
import { parseQuickly, plainLocations } from '../../src/engine/blueprint/quick.js'
import type { Blueprint } from '../../src/engine/model.js'
import { fuzzRuns } from '../support/fast-check-seed.js'

/** Scalars that some YAML reader takes for something other than the text written. */
const TRICKY = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'N',
  'Yes',
  'OFF',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  '2024-01-01',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '12:30:00',
  '190:20:30',
  '1.10',
  '1.0',
  '007',
  '012',
  '08',
  '0x1F',
  '0X1f',
  '0o17',
  '0b101',
  '1_000',
  '+12',
  '-0',
  '.5',
  '5.',
  '1e3',
  '1E+3',
  '-1.5e-3',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  '1,000',
  'a: b',
  'a:b',
  'key:',
  ':x',
  'a #b',
  'a#b',
  '#x',
  '- item',
  '-x',
  '? q',
  '[a]',
  '{a: b}',
  'a, b',
  '"quoted"',
  "'single'",
  "it's",
  '|',
  '>',
  '@at',
  '`tick`',
  '%pct',
  'a!b',
  'a&b',
  'a*b',
  'C:\\new',
  'a\\nb',
  'ünïcödé',
  '日本語のテキスト',
  '🎉 party 🎉',
  'e\u0301',
  '\u00a0nbsp',
  '\u2028sep',
  ' leading',
  'trailing ',
  'two  spaces',
  'line one\nline two',
  'line one\n\nafter a blank\n',
  'windows\r\nline',
  '  indented\nnot',
  'ends in newlines\n\n\n',
  '...',
  '---',
  '<<',
  '=',
  'x'.repeat(300),
  `${'word '.repeat(80)}end`
]

/** Text for any field: mostly tricky, sometimes random (unicode included), sometimes long. */
const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 8 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...TRICKY), { minLength: 2, maxLength: 5 })
      .map((words) => words.join(' ')),
    weight: 3
  },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  {
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '  ', 'é', '😀', ':', '#', '-', "'", '"', '\n'),
      minLength: 200,
      maxLength: 600
    }),
    weight: 1
  }
)

type Value = string | boolean | Value[] | { [key: string]: Value }

/** How one scalar is written. */
type Style = 'plain' | 'double' | 'single' | 'literal' | 'folded'
const style = fc.constantFrom<Style>('plain', 'plain', 'double', 'single', 'literal', 'folded')
/** How a key is written: bare, quoted, or with space before the colon. */
const keyStyle = fc.constantFrom('bare', 'double', 'single', 'spaced')

/**
 * A YAML writer that makes the choices a person might, right or wrong: a
 * plain scalar is written as it is, whatever it holds, so some texts are not
 * the blueprint meant (or not YAML at all). That is the point: the property
 * below holds for whatever the quick path accepts.
 */
interface Choices {
  readonly styles: readonly Style[]
  readonly keys: readonly string[]
  readonly comments: readonly boolean[]
  readonly flow: readonly boolean[]
}

function writer(choices: Choices): (value: Value) => string {
  let n = 0
  const pick = <T>(list: readonly T[], fallback: T): T => list[n++ % list.length] ?? fallback

  const scalar = (s: string, indent: string): string => {
    const chosen = pick(choices.styles, 'plain')
    const comment = pick(choices.comments, false) ? ' # note: it is #1' : ''
    switch (chosen) {
      case 'double':
        return `${JSON.stringify(s)}${comment}`
      case 'single':
        return `'${s.replace(/'/g, "''")}'${comment}`
      case 'literal':
      case 'folded': {
        const chomp = pick(['', '-', '+'], '')
        const lines = s.split('\n').map((l) => (l === '' ? '' : `${indent}  ${l}`))
        return `${chosen === 'literal' ? '|' : '>'}${chomp}\n${lines.join('\n')}`
      }
      default:
        return `${s}${comment}`
    }
  }
  const key = (k: string): string => {
    switch (pick(choices.keys, 'bare')) {
      case 'double':
        return `${JSON.stringify(k)}:`
      case 'single':
        return `'${k}':`
      case 'spaced':
        return `${k} :`
      default:
        return `${k}:`
    }
  }
  const flowScalar = (s: string): string =>
    pick(choices.styles, 'plain') === 'plain' ? s : JSON.stringify(s)
  const flow = (v: Value): string => {
    if (typeof v === 'string') return flowScalar(v)
    if (typeof v === 'boolean') return String(v)
    if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${flow(x)}`)
      .join(', ')}}`
  }
  const block = (v: Value, indent: string): string => {
    if (typeof v === 'string') return ` ${scalar(v, indent)}`
    if (typeof v === 'boolean') return ` ${String(v)}`
    if (pick(choices.flow, false)) return ` ${flow(v)}`
    if (Array.isArray(v)) {
      if (v.length === 0) return ' []'
      return v
        .map((item) => {
          if (typeof item !== 'object' || Array.isArray(item)) {
            return `\n${indent}-${block(item, `${indent}  `)}`
          }
          // A mapping in a list starts on the dash's line: `- id: web`.
          const inner = mapping(item, `${indent}  `)
          return `\n${indent}- ${inner.slice(indent.length + 2)}`
        })
        .join('')
    }
    if (Object.keys(v).length === 0) return ' {}'
    return `\n${mapping(v, indent)}`
  }
  const mapping = (v: { [key: string]: Value }, indent: string): string =>
    Object.entries(v)
      .map(([k, x]) => `${indent}${key(k)}${block(x, `${indent}  `)}`)
      .join('\n')
  return (value) => {
    n = 0
    if (typeof value !== 'object' || Array.isArray(value)) return block(value, '')
    return `${mapping(value, '')}\n`
  }
}

/** Component ids that dependencies can refer to, written independently of the dependency. */
const ids = fc.uniqueArray(text, { minLength: 1, maxLength: 5 })

const blueprintValue: fc.Arbitrary<{ [key: string]: Value }> = ids.chain((componentIds) => {
  // Mostly this blueprint's components; sometimes a reference to another blueprint (near
  // misses, which both paths refuse, are cases of their own below).
  const ref = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...componentIds) },
    { weight: 1, arbitrary: fc.constantFrom('payments/api', 'payments/', 'a.b_c-d/x y') }
  )
  const component = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        name: text,
        type: fc.oneof(fc.constantFrom('service', 'database', 'queue'), text),
        technology: text,
        description: text,
        group: text,
        runtime: text
      },
      { requiredKeys: ['id'] }
    )
  const dependency = fc.record(
    { from: ref, to: ref, description: text, technology: text, async: fc.boolean() },
    { requiredKeys: ['from', 'to'] }
  )
  return fc.record(
    {
      id: fc.constantFrom('checkout', 'a.b_c-d', '0', '2024-01-01', '1.10', 'yes', 'on'),
      project: text,
      title: text,
      overview: text,
      diagram: fc.oneof(
        fc.constantFrom('flowchart', 'c4'),
        fc.record(
          {
            type: fc.constantFrom('flowchart', 'c4'),
            direction: fc.constantFrom('TB', 'LR', 'BT', 'RL')
          },
          { requiredKeys: [] }
        )
      ),
      components: fc.tuple(...componentIds.map(component)),
      dependencies: fc.array(dependency, { maxLength: 4 }),
      sections: fc.dictionary(fc.constantFrom('api', 'security', 'data_flow'), text, {
        maxKeys: 2
      }),
      runtime: fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }))
    },
    { requiredKeys: ['id', 'project', 'components'] }
  )
})

/** The same value in the ways people and tools write YAML. */
const blueprintText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        value: blueprintValue,
        styles: fc.array(style, { minLength: 1, maxLength: 7 }),
        keys: fc.array(keyStyle, { minLength: 1, maxLength: 3 }),
        comments: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        flow: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 })
      })
      .map(({ value, ...choices }) => writer(choices)(value))
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        blueprintValue,
        fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED')
      )
      .map(([value, type]) =>
        stringify(value, { defaultStringType: type, defaultKeyType: 'PLAIN', lineWidth: 40 })
      )
  },
  { weight: 1, arbitrary: blueprintValue.map((value) => JSON.stringify(value)) }
)

/** The positioned parse, with the quick path turned off. */
function positioned(content: string): ReturnType<typeof parseBlueprint> {
  return parseBlueprint({ file: 'a.blueprint.yaml', content }, { fast: false })
}

describe('the quick path agrees with the positioned parse', () => {
  it('builds the same model from every generated blueprint it accepts', () => {
    const runs = fuzzRuns(1500)
    let accepted = 0
    fc.assert(
      fc.property(blueprintText, (content) => {
        const quick = parseQuickly(content)
        if (quick === undefined) return
        accepted++
        expect(positioned(content)).toStrictEqual({ ok: true, blueprint: quick })
      }),
      { numRuns: runs }
    )
    console.log(`quick path: accepted ${accepted} of ${runs} generated blueprints`)
    // The property says nothing about the texts the quick path passes on, so
    // enough must reach it; it refuses many on purpose (multi-line quoted
    // values, `&`, `*` or `!` after a space), and the writer's plain scalars
    // make many texts that are no blueprint at all.
    expect(accepted).toBeGreaterThan(runs / 20)
  })

  it.each([
    [
      'yes, no, on and off as text',
      'id: x\nproject: yes\ncomponents:\n  - id: on\n    name: off\n'
    ],
    [
      'a date and numbers-as-text in a name',
      'id: x\nproject: p\ncomponents:\n  - id: a\n    name: 2024-01-01 v1.10 0x1F\n'
    ],
    ['`~` in quotes is text', 'id: x\nproject: p\ntitle: "~"\ncomponents: []\n'],
    [
      "runtime files, one or a list, and a component's runtime name",
      'id: x\nproject: p\nruntime: docker-compose.yml\ncomponents:\n  - id: web\n    runtime: frontend\n'
    ],
    ['runtime files as a list', 'id: x\nproject: p\nruntime:\n  - k8s/\n  - "1.10"\n'],
    [
      '`:` and `#` inside values',
      'id: x\nproject: "a: b"\ncomponents:\n  - id: "#1"\n    name: a#b # comment\n'
    ],
    [
      'block scalars with each chomping',
      'id: x\nproject: p\noverview: |+\n  kept\n\ncomponents:\n  - id: a\n    description: >-\n      folded\n      text\n'
    ],
    [
      'references to another blueprint and to a whole system',
      'id: x\nproject: p\ncomponents:\n  - id: a\ndependencies:\n  - from: a\n    to: payments/api\n  - from: pay.ments-2/\n    to: a\n'
    ],
    [
      'unicode ids referred to by dependencies',
      'id: x\nproject: p\ncomponents:\n  - id: 日本\n  - id: "🎉"\ndependencies:\n  - from: "日本"\n    to: 🎉\n'
    ]
  ])('%s', (_, content) => {
    const quick = parseQuickly(content)
    expect(quick).toBeDefined()
    expect(positioned(content)).toStrictEqual({ ok: true, blueprint: quick as Blueprint })
  })

  it.each([
    ['an alias', 'id: x\nproject: &p p\ntitle: *p\n'],
    ['a tag', 'id: x\nproject: !!str p\n'],
    ['a duplicate key', 'id: x\nid: y\nproject: p\n'],
    ['a second document', 'id: x\nproject: p\n---\nid: y\n'],
    ['a schema error', 'id: x\nproject: 3\n'],
    [
      'an end that is neither a component nor a reference',
      'id: x\nproject: p\ncomponents:\n  - id: a\ndependencies:\n  - from: a\n    to: Pay/api\n'
    ],
    ['a quoted value continued at the margin', "id: x\nproject: p\ncomponents:\n  - id: 'a\nb'\n"],
    ['a plain value holding ": "', 'id: x\nproject: a: b\n'],
    ['a block scalar indented less after its first line', 'id: x\nproject: |\n    a\n  b\n']
  ])('passes %s to the positioned parse', (_, content) => {
    expect(parseQuickly(content)).toBeUndefined()
  })
})

/** Every path to a value in plain data, the root first. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const below = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...path, i]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))
      : []
  return [path, ...below]
}

describe('values of a plain blueprint are placed from its lines where the positioned parse places them', () => {
  it('every value of every generated blueprint the quick path accepts, and most of them from the lines', () => {
    const runs = fuzzRuns(1500)
    let values = 0
    let placed = 0
    fc.assert(
      fc.property(blueprintText, (content) => {
        if (parseQuickly(content) === undefined) return
        const doc = readDocument(content, {
          json: false,
          at: (loc, message) => ({ file: '', ...loc, message })
        })
        if (!doc.ok) throw new Error('the quick path accepted a text the positioned parse refuses')
        const lines = plainLocations(content)
        for (const path of pathsOf(doc.data)) {
          values++
          const loc = lines?.(path)
          if (loc === undefined) continue
          placed++
          expect({ path, loc }).toEqual({ path, loc: doc.locator.valueLoc(path) })
        }
      }),
      { numRuns: runs }
    )
    console.log(`plain locations: ${placed} of ${values} values placed from the lines`)
    expect(placed).toBeGreaterThan(values / 2)
  })

  it('places the values rules point at in a typical blueprint, keys written with nothing after them at the key', () => {
    const text = [
      '# shop',
      'id: shop',
      'project: retail',
      'runtime:',
      '- compose.yaml',
      'components:',
      '  - id: web',
      '    type: frontend',
      '    description: |',
      '      Serves pages.',
      '  -   id: db',
      '      type: database',
      '      runtime:',
      'dependencies:',
      '- from: web',
      '  to: db',
      '  tags: [sql, sync]',
      ''
    ].join('\n')
    const lines = plainLocations(text)
    expect(lines).toBeDefined()
    const doc = readDocument(text, {
      json: false,
      at: (loc, message) => ({ file: '', ...loc, message })
    })
    if (!doc.ok) throw new Error('not a blueprint')
    const paths: Path[] = [
      [],
      ['runtime', 0],
      ['components', 0],
      ['components', 0, 'type'],
      ['components', 0, 'description'],
      ['components', 1],
      ['components', 1, 'id'],
      ['components', 1, 'runtime'],
      ['dependencies', 0],
      ['dependencies', 0, 'to'],
      ['dependencies', 0, 'tags']
    ]
    for (const path of paths)
      expect({ path, loc: lines?.(path) }).toEqual({ path, loc: doc.locator.valueLoc(path) })
    expect(lines?.(['dependencies', 0, 'tags', 0])).toBeUndefined()
  })

  it('leaves a text the quick path would not read to the positioned parse', () => {
    expect(plainLocations('id: x\nproject: &p p\n')).toBeUndefined()
    expect(plainLocations('"id": x\nproject: p\n')).toBeUndefined()
  })
})
