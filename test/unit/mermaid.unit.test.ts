/**
 * Unit and golden tests for src/engine/mermaid/. Whether the text actually
 * renders is checked in mermaid.browser.test.ts, which also renders every
 * golden file written here. `UPDATE_GOLDEN=1` rewrites the golden files.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import type {
  Blueprint,
  Component,
  Dependency,
  DiagramType,
  Direction
} from '../../src/engine/model.js'
import { escapeLabel } from '../../src/engine/mermaid/escape.js'
import { assignIds, dependencyKey, nodeId } from '../../src/engine/mermaid/ids.js'
import {
  MAX_EDGES,
  MAX_TEXT_SIZE,
  buildDiagram,
  type Diagram
} from '../../src/engine/mermaid/index.js'
import type { ChangeKind } from '../../src/engine/mermaid/shared.js'
import { expectGolden } from '../support/golden.js'

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'mermaid')

type ComponentInput = Partial<Component> & { readonly id: string }
type DependencyInput = Partial<Dependency> & { readonly from: string; readonly to: string }

function blueprint(input: {
  id?: string
  title?: string
  type?: DiagramType
  direction?: Direction
  components: readonly ComponentInput[]
  dependencies?: readonly DependencyInput[]
}): Blueprint {
  return {
    id: input.id ?? 'test',
    project: 'acme',
    ...(input.title === undefined ? {} : { title: input.title }),
    diagram: { type: input.type ?? 'flowchart', direction: input.direction ?? 'TB' },
    components: input.components.map((c) => ({
      ...c,
      name: c.name ?? c.id,
      type: c.type ?? 'service'
    })),
    dependencies: (input.dependencies ?? []).map((d) => ({ ...d, async: d.async ?? false })),
    sections: {}
  }
}

const HOSTILE = [
  'He said "hi" & left',
  'a|b|c',
  '<script>alert(1)</script>',
  '`code` #35; %%{init: {"theme":"dark"}}%%',
  'end',
  'style:x#35;y;',
  '[brackets] (parens) {braces} ;@ $$x{$$ C:\\new',
  'line one\r\nline two\rline three\nline four',
  '😀 中文 עברית',
  'x'.repeat(250)
]

/** A small blueprint that uses every component type. */
const allTypes = blueprint({
  id: 'all-types',
  components: [
    { id: 'customer', name: 'Customer', type: 'person' },
    { id: 'web', name: 'Web storefront', type: 'frontend', technology: 'React 18' },
    { id: 'gw', name: 'API gateway', type: 'gateway', technology: 'Envoy' },
    { id: 'orders', name: 'Orders', type: 'service', technology: 'Go' },
    { id: 'resize', name: 'Image resizer', type: 'function', technology: 'AWS Lambda' },
    { id: 'orders-db', name: 'Orders DB', type: 'database', technology: 'PostgreSQL 16' },
    { id: 'sessions', name: 'Sessions', type: 'cache', technology: 'Redis' },
    { id: 'events', name: 'Order events', type: 'queue', technology: 'Kafka' },
    { id: 'images', name: 'Images', type: 'storage', technology: 'S3' },
    { id: 'stripe', name: 'Stripe', type: 'external' },
    { id: 'legacy', name: 'Legacy thing', type: 'mainframe' }
  ],
  dependencies: [
    { from: 'customer', to: 'web', description: 'browses' },
    { from: 'web', to: 'gw', description: 'calls', technology: 'HTTPS/JSON' },
    { from: 'gw', to: 'orders', technology: 'gRPC' },
    { from: 'orders', to: 'orders-db', description: 'reads and writes' },
    { from: 'orders', to: 'sessions' },
    { from: 'orders', to: 'events', description: 'publishes', async: true },
    { from: 'events', to: 'resize', async: true },
    { from: 'resize', to: 'images', description: 'stores thumbnails' },
    { from: 'orders', to: 'stripe', description: 'charges cards', technology: 'HTTPS' },
    { from: 'orders', to: 'legacy' }
  ]
})

function groupedShop(direction: Direction, type: DiagramType = 'flowchart'): Blueprint {
  return blueprint({
    id: `grouped-${type}-${direction}`,
    type,
    direction,
    components: [
      { id: 'customer', name: 'Customer', type: 'person', description: 'Buys things.' },
      { id: 'web', name: 'Web', type: 'frontend', technology: 'React', group: 'Edge' },
      { id: 'gw', name: 'Gateway', type: 'gateway', group: 'Edge' },
      {
        id: 'orders',
        name: 'Orders',
        technology: 'Go',
        group: 'Core',
        description: 'Takes orders.'
      },
      { id: 'db', name: 'Orders DB', type: 'database', technology: 'MySQL 8', group: 'Core' },
      { id: 'cache', name: 'Cache', type: 'cache', group: 'Core' },
      { id: 'q', name: 'Events', type: 'queue', technology: 'SQS', group: 'Messaging' },
      { id: 'blob', name: 'Blobs', type: 'storage', group: 'Messaging' },
      { id: 'fn', name: 'Mailer', type: 'function' },
      { id: 'psp', name: 'Payment provider', type: 'external', technology: 'REST' }
    ],
    dependencies: [
      { from: 'customer', to: 'web', description: 'uses', technology: 'HTTPS' },
      { from: 'web', to: 'gw', description: 'API calls' },
      { from: 'gw', to: 'orders' },
      { from: 'orders', to: 'db', description: 'SQL', technology: 'TCP' },
      { from: 'orders', to: 'cache' },
      { from: 'orders', to: 'q', description: 'order placed', async: true },
      { from: 'q', to: 'fn', description: 'triggers', async: true },
      { from: 'fn', to: 'blob', async: true },
      { from: 'orders', to: 'psp', description: 'charges' }
    ]
  })
}

function hostile(type: DiagramType): Blueprint {
  const components: ComponentInput[] = HOSTILE.map((text, i) => ({
    // Ids that break Mermaid when used raw: keywords, o/x after an arrow, link targets.
    id:
      ['end', 'o', 'x', 'a_blank', 'default', 'style', 'graph', 'subgraph', 'click', 'classDef'][
        i
      ] ?? `c${i}`,
    name: text,
    type: [
      'person',
      'frontend',
      'gateway',
      'service',
      'function',
      'database',
      'cache',
      'queue',
      'storage',
      'external'
    ][i],
    technology: HOSTILE[(i + 3) % HOSTILE.length],
    description: HOSTILE[(i + 5) % HOSTILE.length],
    group: i % 3 === 0 ? undefined : HOSTILE[i % 4]
  }))
  const ids = components.map((c) => c.id)
  const dependencies: DependencyInput[] = ids.map((from, i) => ({
    from,
    to: ids[(i + 1) % ids.length] ?? from,
    description: HOSTILE[(i + 7) % HOSTILE.length],
    technology: i % 2 === 0 ? HOSTILE[i] : undefined,
    async: i % 3 === 1
  }))
  return blueprint({ id: `hostile-${type}`, type, direction: 'RL', components, dependencies })
}

/** Deterministic large blueprint: `groups` groups of equal size plus every hundredth component ungrouped. */
function large(options: { components: number; dependencies: number; groups: number }): Blueprint {
  const components: ComponentInput[] = []
  for (let i = 0; i < options.components; i++) {
    components.push({
      id: `svc-${String(i).padStart(4, '0')}`,
      name: `Service ${i}`,
      technology: 'Java 21',
      group: options.groups > 0 && i % 100 !== 0 ? `Domain ${i % options.groups}` : undefined
    })
  }
  const dependencies: DependencyInput[] = []
  for (let i = 0; i < options.dependencies; i++) {
    const from = components[(i * 7) % components.length]?.id ?? ''
    const to = components[(i * 13 + 1) % components.length]?.id ?? ''
    dependencies.push({ from, to, description: 'calls', async: i % 5 === 0 })
  }
  return blueprint({
    id: 'large',
    title: 'A very large platform',
    direction: 'LR',
    components,
    dependencies
  })
}

const changes = groupedShop('LR')
const changeHighlight = {
  nodes: new Map<string, ChangeKind>([
    ['fn', 'added'],
    ['cache', 'removed'],
    ['orders', 'changed']
  ]),
  edges: new Map<string, ChangeKind>([
    [dependencyKey('q', 'fn'), 'added'],
    [dependencyKey('fn', 'blob'), 'added'],
    [dependencyKey('orders', 'cache'), 'removed'],
    [dependencyKey('orders', 'psp'), 'changed']
  ])
}

const GOLDEN: ReadonlyArray<readonly [name: string, build: () => Diagram]> = [
  ['all-types-tb', () => buildDiagram(allTypes)],
  ['grouped-lr', () => buildDiagram(groupedShop('LR'))],
  ['grouped-bt', () => buildDiagram(groupedShop('BT'))],
  ['grouped-rl', () => buildDiagram(groupedShop('RL'))],
  ['c4-grouped', () => buildDiagram(groupedShop('TB', 'c4'))],
  ['c4-all-types', () => buildDiagram({ ...allTypes, diagram: { type: 'c4', direction: 'TB' } })],
  ['hostile-flowchart', () => buildDiagram(hostile('flowchart'))],
  ['hostile-c4', () => buildDiagram(hostile('c4'))],
  ['changes-flowchart', () => buildDiagram(changes, { highlight: changeHighlight })],
  [
    'changes-c4',
    () =>
      buildDiagram(
        { ...changes, diagram: { type: 'c4', direction: 'TB' } },
        { highlight: changeHighlight }
      )
  ],
  [
    'large-grouped',
    () => buildDiagram(large({ components: 2400, dependencies: 3100, groups: 40 }))
  ],
  ['large-summary', () => buildDiagram(large({ components: 1200, dependencies: 900, groups: 0 }))]
]

describe('golden diagrams', () => {
  it.each(GOLDEN)('%s matches its golden file', (name, build) => {
    const diagram = build()
    const file = join(GOLDEN_DIR, `${name}.mmd`)
    // The note and type are part of what readers get: keep them in the golden file's sibling.
    const meta = join(GOLDEN_DIR, `${name}.json`)
    const metaText = `${JSON.stringify({ type: diagram.type, note: diagram.note ?? null }, null, 2)}\n`
    expectGolden(file, diagram.text)
    expectGolden(meta, metaText)
  })
})

describe('escapeLabel', () => {
  it.each([
    ['plain text', 'plain text'],
    ['#', '#35;'],
    ['"', '#quot;'],
    ['<', '#lt;'],
    ['>', '#gt;'],
    ['&', '#amp;'],
    ['`', '#96;'],
    ['|', '#124;'],
    ['%', '#37;'],
    [':', '#58;'],
    ['C:\\new', 'C#58;#92;#8203;new'],
    ['\\\\n \\t', '#92;#92;#8203;n #92;t'],
    ['\\N', '#92;#8203;N'],
    ['$$x{$$ costs $5', '$#8203;$x{$#8203;$ costs $5'],
    ['$$$', '$#8203;$#8203;$'],
    ['a\nb', 'a<br/>b'],
    ['a\r\nb', 'a<br/>b'],
    ['a\rb', 'a<br/>b'],
    ['a\u2028b', 'a<br/>b'],
    ['a\n\nb', 'a<br/><br/>b'],
    // One pass: the `#` of the codes it writes is never escaped again.
    ['"#"', '#quot;#35;#quot;'],
    ['#quot;', '#35;quot;'],
    ['<br/>', '#lt;br/#gt;'],
    ['%%{init: {}}%%', '#37;#37;{init#58; {}}#37;#37;'],
    ['[x] (y) {z} ;@', '[x] (y) {z} ;@'],
    ['😀 中文 עברית', '😀 中文 עברית'],
    ['tab\there', 'tab\there']
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeLabel(input)).toBe(expected)
  })

  it('leaves no character that could end a quoted label or start a directive', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeLabel(s)
        expect(out).not.toMatch(/["`|\n\r\u2028\u2029%:\\]|\$\$/)
        // Every `<` left is one of the line breaks it wrote.
        expect(out.replace(/<br\/>/g, '')).not.toMatch(/[<>]/)
        // Every `#` starts one of the codes it wrote.
        expect(out).not.toMatch(/#(?!(35|quot|lt|gt|amp|96|124|37|58|92|8203);)/)
      })
    )
  })
})

describe('nodeId', () => {
  it('is a letter and hex digits, stable, and never starts with o or x', () => {
    for (const id of ['end', 'o', 'x', 'a_blank', '', '😀', 'web']) {
      expect(nodeId(id)).toMatch(/^n[0-9a-f]{8}$/)
      expect(nodeId(id)).toBe(nodeId(id))
    }
    expect(nodeId('web')).not.toBe(nodeId('web '))
  })

  it('is the id buildDiagram uses when nothing collides', () => {
    const d = buildDiagram(
      blueprint({
        components: [{ id: 'end' }, { id: 'o' }],
        dependencies: [{ from: 'end', to: 'o' }]
      })
    )
    expect(d.text).toContain(`${nodeId('end')} --> ${nodeId('o')}`)
  })

  it('never puts a user id into the text', () => {
    const d = buildDiagram(hostile('flowchart'))
    for (const line of d.text.split('\n')) {
      // Outside quoted labels, only generated ids and keywords may appear.
      const bare = line.replace(/"[^"]*"/g, '""')
      expect(bare).toMatch(
        /^(%%\{init: \{"": \{("": (""|\d+)(, )?)+\}\}\}%%|flowchart [A-Z]{2}|\s*(subgraph [gl][0-9a-f]*\[""\]|end|[ng][0-9a-f]+.*|[ng][0-9a-f]+ -\.?->(\|""\|)? [ng][0-9a-f]+|classDef \w+ .*|class [\w,]+ \w+|linkStyle .*))$/
      )
    }
  })
})

describe('assignIds', () => {
  // A hash that collides on its first 8 hex digits for every key.
  const weak = (key: string): string =>
    `00000000${Buffer.from(key).toString('hex').padEnd(56, '0')}`.slice(0, 64)

  it('lengthens colliding ids until they differ', () => {
    const ids = assignIds(['ab', 'ac', 'b'], 'n', weak)
    expect(new Set(ids.values()).size).toBe(3)
    for (const id of ids.values()) expect(id.length).toBeGreaterThan(9)
  })

  it('gives the same ids whatever the input order', () => {
    const a = assignIds(['ab', 'ac', 'b', 'zz'], 'n', weak)
    const b = assignIds(['zz', 'b', 'ac', 'ab'], 'n', weak)
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort())
  })

  it('numbers keys whose whole hashes are equal', () => {
    const ids = assignIds(['a', 'b'], 'n', () => 'ffff')
    expect([...ids.values()].sort()).toEqual(['nffffz0', 'nffffz1'])
  })

  it('keeps short ids for keys that do not collide', () => {
    const ids = assignIds(['web', 'db'], 'n')
    expect(ids.get('web')).toBe(nodeId('web'))
  })
})

describe('buildDiagram', () => {
  it('emits LF line ends and no trailing newline', () => {
    for (const [, build] of GOLDEN) {
      const { text } = build()
      expect(text).not.toMatch(/\r/)
      expect(text.endsWith('\n')).toBe(false)
    }
  })

  it('does not depend on the order of components and dependencies', () => {
    const base = groupedShop('LR')
    const highlight = changeHighlight
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...base.components], { minLength: base.components.length }),
        fc.shuffledSubarray([...base.dependencies], { minLength: base.dependencies.length }),
        fc.constantFrom<DiagramType>('flowchart', 'c4'),
        (components, dependencies, type) => {
          const shuffled: Blueprint = {
            ...base,
            components,
            dependencies,
            diagram: { ...base.diagram, type }
          }
          const original: Blueprint = { ...base, diagram: { ...base.diagram, type } }
          expect(buildDiagram(shuffled, { highlight }).text).toBe(
            buildDiagram(original, { highlight }).text
          )
        }
      )
    )
  })

  it('draws each known type with its shape and unknown types as a service', () => {
    const { text } = buildDiagram(allTypes)
    const line = (id: string): string =>
      text.split('\n').find((l) => l.trimStart().startsWith(`${nodeId(id)}`) && l.includes('"')) ??
      ''
    expect(line('customer')).toMatch(/\(\("Customer"\)\):::bp_person$/)
    expect(line('gw')).toMatch(/\{\{"API gateway<br\/>\[Envoy\]"\}\}:::bp_gateway$/)
    expect(line('orders-db')).toMatch(/\[\(".*"\)\]:::bp_database$/)
    expect(line('events')).toMatch(/>".*"\]:::bp_queue$/)
    expect(line('legacy')).toMatch(/\["Legacy thing"\]:::bp_service$/)
    expect(text).toContain('stroke-dasharray:5 5')
  })

  it('draws async dependencies dashed and labels with description and technology', () => {
    const { text } = buildDiagram(allTypes)
    expect(text).toContain(`${nodeId('orders')} -.->|"publishes"| ${nodeId('events')}`)
    expect(text).toContain(`${nodeId('web')} -->|"calls<br/>[HTTPS/JSON]"| ${nodeId('gw')}`)
    expect(text).toContain(`${nodeId('orders')} --> ${nodeId('sessions')}`)
  })

  it('cuts very long labels with an ellipsis', () => {
    const { text } = buildDiagram(blueprint({ components: [{ id: 'a', name: 'y'.repeat(500) }] }))
    expect(text).toContain(`["${'y'.repeat(199)}…"]`)
  })

  it('never emits an empty quoted label', () => {
    const { text } = buildDiagram(
      blueprint({
        components: [{ id: 'a', name: '', group: '' }, { id: 'b' }],
        dependencies: [{ from: 'a', to: 'b', description: '' }]
      })
    )
    expect(text).not.toContain('""')
  })

  it('colours highlighted nodes and edges by the index of the edge', () => {
    const d = buildDiagram(changes, { highlight: changeHighlight })
    const edgeLines = d.text.split('\n').filter((l) => / -\.?->/.test(l))
    const index = (from: string, to: string): number =>
      edgeLines.findIndex(
        (l) => l.trim().startsWith(`${nodeId(from)} `) && l.trim().endsWith(` ${nodeId(to)}`)
      )
    const linkStyles = d.text.split('\n').filter((l) => l.trim().startsWith('linkStyle'))
    const added = linkStyles.find((l) => l.includes('#2da44e')) ?? ''
    expect(added.trim().split(' ')[1]?.split(',').map(Number).sort()).toEqual(
      [index('fn', 'blob'), index('q', 'fn')].sort()
    )
    expect(d.text).toMatch(new RegExp(`class ${nodeId('fn')},lgda added`))
    expect(d.text).toContain('subgraph lgd["Legend"]')
  })

  it('writes no linkStyle for a diagram without edges', () => {
    const d = buildDiagram(blueprint({ components: [{ id: 'a' }] }), {
      highlight: { nodes: new Map([['a', 'added']]) }
    })
    expect(d.text).not.toContain('linkStyle')
  })

  it('keeps quotes, angle brackets, ampersands and line breaks in C4 labels, as entity codes', () => {
    const d = buildDiagram(
      blueprint({
        type: 'c4',
        components: [{ id: 'a', name: 'say "hi"\nnow', technology: '<b>&' }]
      })
    )
    expect(d.type).toBe('c4')
    // The name in bold (our markup), then the kind and technology (wrapped at 16 characters); the author's text all escaped.
    expect(d.text).toContain(
      `${nodeId('a')}["<b>say #quot;hi#quot;<br/>now</b><br/>[Container#58;<br/>#lt;b#gt;#amp;]"]`
    )
  })

  it('keeps a diagram with exactly the maximum of edges whole', () => {
    const d = buildDiagram(large({ components: 120, dependencies: MAX_EDGES, groups: 4 }))
    expect(d.note).toBeUndefined()
  })

  it('reduces to groups past the edge limit and says why', () => {
    const d = buildDiagram(large({ components: 120, dependencies: MAX_EDGES + 1, groups: 4 }))
    expect(d.note).toBe(
      "The diagram shows groups only: 120 components and 501 dependencies exceed Mermaid's limits."
    )
    expect(d.text).toContain('-->|"')
  })

  it('reduces a large blueprint to groups with counted edges', () => {
    const d = buildDiagram(large({ components: 2400, dependencies: 3100, groups: 40 }))
    expect(d.type).toBe('flowchart')
    expect(d.note).toBe(
      "The diagram shows groups only: 2,400 components and 3,100 dependencies exceed Mermaid's limits."
    )
    expect(d.text).toMatch(/dependencies"\|/)
  })

  it('draws a C4 blueprint that is too large as a reduced flowchart', () => {
    const bp = large({ components: 2400, dependencies: 3100, groups: 40 })
    const d = buildDiagram({ ...bp, diagram: { type: 'c4', direction: 'TB' } })
    expect(d.type).toBe('flowchart')
    expect(d.note).toMatch(/groups only.*drawn as a flowchart/)
  })

  it('falls back to a summary node when even groups are too many', () => {
    const d = buildDiagram(large({ components: 2000, dependencies: 10000, groups: 0 }))
    expect(d.note).toBe(
      "The diagram shows a summary only: 2,000 components and 10,000 dependencies exceed Mermaid's limits."
    )
    // The header, the node with its class, the class's style, and the layout settings.
    expect(d.text.split('\n')).toHaveLength(4)
  })

  it('never emits a diagram over the limits', () => {
    for (const size of [
      { components: 2000, dependencies: 10000, groups: 1000 },
      { components: 2000, dependencies: 10000, groups: 3 },
      { components: 600, dependencies: 400, groups: 0 },
      { components: 499, dependencies: 499, groups: 0 }
    ]) {
      const d = buildDiagram(large(size), {
        highlight: { nodes: new Map([['svc-0001', 'added']]) }
      })
      expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT_SIZE)
      expect(d.text.split('\n').filter((l) => / -\.?->/.test(l)).length).toBeLessThanOrEqual(
        MAX_EDGES
      )
    }
  })
})
