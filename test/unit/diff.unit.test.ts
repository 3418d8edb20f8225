/**
 * The architecture diff (src/engine/review/diff.ts) and the input of the changes
 * diagram built from it (src/engine/review/changes-diagram.ts).
 */
import type { Blueprint, Component, Dependency } from '../../src/engine/model.js'
import { changesDiagramInput } from '../../src/engine/review/changes-diagram.js'
import { diffBlueprints, isEmptyDiff } from '../../src/engine/review/diff.js'
import { dependencyKey } from '../../src/engine/mermaid/ids.js'
import { blueprint, component, dependency } from './review-fixtures.js'

// ---------------------------------------------------------------------------
// diffBlueprints
// ---------------------------------------------------------------------------

describe('diffBlueprints', () => {
  const base = blueprint()
  const withComponents = (f: (cs: Component[]) => Component[]): Blueprint =>
    blueprint({ components: f([...base.components]) })
  const withDependencies = (f: (ds: Dependency[]) => Dependency[]): Blueprint =>
    blueprint({ dependencies: f([...base.dependencies]) })

  it.each([
    ['name', { name: 'Storefront' }],
    ['type', { type: 'gateway' }],
    ['technology', { technology: 'React 19' }],
    ['group', { group: 'Public' }],
    ['description', { description: 'Browser UI.' }]
  ] as const)('reports a changed component %s field by field', (field, change) => {
    const head = withComponents((cs) => cs.map((c) => (c.id === 'web' ? { ...c, ...change } : c)))
    const d = diffBlueprints(base, head)
    expect(d.status).toBe('modified')
    expect(d.components.changed).toHaveLength(1)
    expect(d.components.changed[0]?.id).toBe('web')
    expect(d.components.changed[0]?.fields.map((f) => f.field)).toEqual([field])
    expect(d.components.added).toEqual([])
    expect(d.components.removed).toEqual([])
  })

  it.each([
    ['description', { description: 'submits orders' }, 'places orders', 'submits orders'],
    ['technology', { technology: 'gRPC' }, 'HTTPS/JSON', 'gRPC'],
    ['async', { async: true }, false, true]
  ] as const)('reports a changed dependency %s', (field, change, before, after) => {
    const head = withDependencies((ds) =>
      ds.map((d) => (d.from === 'web' ? { ...d, ...change } : d))
    )
    const d = diffBlueprints(base, head)
    expect(d.dependencies.changed).toEqual([
      expect.objectContaining({ from: 'web', to: 'api', fields: [{ field, before, after }] })
    ])
  })

  it.each([
    [
      'component added',
      withComponents((cs) => [...cs, component('cache', { type: 'cache' })]),
      'components',
      'added',
      'cache'
    ],
    [
      'component removed',
      withComponents((cs) => cs.filter((c) => c.id !== 'payments')),
      'components',
      'removed',
      'payments'
    ],
    [
      'dependency added',
      withDependencies((ds) => [...ds, dependency('web', 'payments')]),
      'dependencies',
      'added',
      'web→payments'
    ],
    [
      'dependency removed',
      withDependencies((ds) => ds.filter((d) => d.to !== 'payments')),
      'dependencies',
      'removed',
      'api→payments'
    ]
  ] as const)('finds a %s', (_name, head, kind, change, expected) => {
    const d = diffBlueprints(base, head)
    const list = d[kind][change] as readonly (Component | Dependency)[]
    expect(list.map((e) => ('id' in e ? e.id : `${e.from}→${e.to}`))).toEqual([expected])
  })

  it.each([
    ['title', { title: 'Checkout' }, 'title'],
    ['project', { project: 'acme' }, 'project'],
    ['id', { id: 'checkout-2' }, 'id'],
    ['diagram', { diagram: { type: 'c4', direction: 'LR' } }, 'diagram']
  ] as const)('reports a changed blueprint %s', (_name, change, key) => {
    const d = diffBlueprints(base, blueprint(change))
    expect(d[key]).toBeDefined()
    expect(d.status).toBe('modified')
  })

  it('reports overview and section changes, sections in document order', () => {
    const head = blueprint({
      overview: 'New words.',
      sections: { security: 'mTLS', data_flow: 'left to right' }
    })
    const d = diffBlueprints(blueprint({ sections: { api: 'REST' } }), head)
    expect(d.overviewChanged).toBe(true)
    expect(d.sectionsChanged).toEqual(['data_flow', 'security', 'api'])
  })

  it('counts components and dependencies before and after', () => {
    const head = withComponents((cs) => [...cs, component('cache'), component('queue')])
    expect(diffBlueprints(base, head).metrics).toEqual({ components: [4, 6], dependencies: [3, 3] })
  })

  it('does not depend on the order of components and dependencies in the files', () => {
    const shuffled = blueprint({
      components: [...base.components].reverse(),
      dependencies: [...base.dependencies].reverse()
    })
    expect(isEmptyDiff(diffBlueprints(base, shuffled))).toBe(true)
    const head = blueprint({
      components: [component('zeta'), ...base.components, component('alpha')],
      dependencies: [dependency('zeta', 'web'), ...base.dependencies, dependency('alpha', 'web')]
    })
    const headShuffled = blueprint({
      components: [...head.components].reverse(),
      dependencies: [...head.dependencies].reverse()
    })
    const d = diffBlueprints(shuffled, head)
    expect(d).toEqual(diffBlueprints(base, headShuffled))
    expect(d.components.added.map((c) => c.id)).toEqual(['alpha', 'zeta'])
    expect(d.dependencies.added.map((x) => x.from)).toEqual(['alpha', 'zeta'])
  })

  it('matches duplicate dependencies of one pair by content first, whatever their order', () => {
    const sync = dependency('api', 'orders-db', { description: 'writes' })
    const event = dependency('api', 'orders-db', { description: 'emits', async: true })
    const before = blueprint({ dependencies: [sync, event] })
    expect(isEmptyDiff(diffBlueprints(before, blueprint({ dependencies: [event, sync] })))).toBe(
      true
    )
    const d = diffBlueprints(
      before,
      blueprint({ dependencies: [{ ...event, technology: 'Kafka' }, sync] })
    )
    expect(d.dependencies.changed).toHaveLength(1)
    expect(d.dependencies.changed[0]?.fields).toEqual([
      { field: 'technology', before: undefined, after: 'Kafka' }
    ])
    const removedOne = diffBlueprints(before, blueprint({ dependencies: [sync] }))
    expect(removedOne.dependencies.removed).toEqual([event])
    expect(removedOne.dependencies.changed).toEqual([])
  })

  it.each([
    ['a new blueprint', undefined, base, 'added', { added: 4, removed: 0 }],
    ['a deleted blueprint', base, undefined, 'deleted', { added: 0, removed: 4 }],
    ['nothing on either side', undefined, undefined, 'unchanged', { added: 0, removed: 0 }]
  ] as const)('shows %s as such', (_name, before, after, status, counts) => {
    const d = diffBlueprints(before, after)
    expect(d.status).toBe(status)
    expect(d.components.added).toHaveLength(counts.added)
    expect(d.components.removed).toHaveLength(counts.removed)
    expect(isEmptyDiff(d)).toBe(status === 'unchanged')
  })

  it('never calls a new blueprint without components empty', () => {
    expect(
      isEmptyDiff(diffBlueprints(undefined, blueprint({ components: [], dependencies: [] })))
    ).toBe(false)
  })
})

// ---------------------------------------------------------------------------
// changesDiagramInput
// ---------------------------------------------------------------------------

describe('changesDiagramInput', () => {
  const base = blueprint()

  it('draws the head plus what was removed, each marked by kind', () => {
    const head = blueprint({
      components: [
        ...base.components.filter((c) => c.id !== 'payments'),
        component('cache', { type: 'cache' })
      ].map((c) => (c.id === 'api' ? { ...c, technology: 'Node 22' } : c)),
      dependencies: [
        ...base.dependencies
          .filter((d) => d.to !== 'payments')
          .map((d) => (d.from === 'web' ? { ...d, async: true } : d)),
        dependency('api', 'cache')
      ]
    })
    const { blueprint: drawn, highlight } = changesDiagramInput(base, head)
    expect(drawn.components.map((c) => c.id).sort()).toEqual([
      'api',
      'cache',
      'orders-db',
      'payments',
      'web'
    ])
    expect(drawn.dependencies).toHaveLength(4)
    expect(drawn.diagram.type).toBe('flowchart')
    expect([...(highlight.nodes ?? [])]).toEqual([
      ['cache', 'added'],
      ['payments', 'removed'],
      ['api', 'changed']
    ])
    expect(highlight.edges?.get(dependencyKey('api', 'cache'))).toBe('added')
    expect(highlight.edges?.get(dependencyKey('api', 'payments'))).toBe('removed')
    expect(highlight.edges?.get(dependencyKey('web', 'api'))).toBe('changed')
    expect(highlight.edges?.has(dependencyKey('api', 'orders-db'))).toBe(false)
  })

  it('marks a pair that lost one of two duplicates as changed and draws it once', () => {
    const twice = blueprint({
      dependencies: [...base.dependencies, dependency('web', 'api', { async: true })]
    })
    const { blueprint: drawn, highlight } = changesDiagramInput(twice, base)
    expect(highlight.edges?.get(dependencyKey('web', 'api'))).toBe('changed')
    expect(drawn.dependencies.filter((d) => d.from === 'web')).toHaveLength(1)
  })

  it('draws a deleted blueprint whole, all removed', () => {
    const { blueprint: drawn, highlight } = changesDiagramInput(base, undefined)
    expect(drawn.components).toHaveLength(4)
    expect(new Set(highlight.nodes?.values())).toEqual(new Set(['removed']))
  })

  it('keeps only the changed neighbourhood of an architecture too large for Mermaid', () => {
    const many = Array.from({ length: 800 }, (_, i) =>
      component(`svc-${String(i).padStart(3, '0')}`)
    )
    const chain = many.slice(1).map((c, i) => dependency((many[i] as Component).id, c.id))
    const big = blueprint({ components: many, dependencies: chain })
    const head = blueprint({
      components: [...many, component('new-one')],
      dependencies: [...chain, dependency('new-one', 'svc-400')]
    })
    const result = changesDiagramInput(big, head)
    expect(result.blueprint.components.map((c) => c.id).sort()).toEqual([
      'new-one',
      'svc-399',
      'svc-400',
      'svc-401'
    ])
    expect(result.note).toMatch(/changed components and their direct neighbours/)
  })
})
