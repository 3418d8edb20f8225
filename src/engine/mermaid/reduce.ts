/**
 * Smaller flowcharts for blueprints too large to draw whole: one node per
 * group, or one node that says what the blueprint holds.
 */
import type { Blueprint, Dependency } from '../model.js'
import { plural } from '../text.js'
import { label } from './escape.js'
import { componentNode, dependencyLabel, SHAPES, type FGraph, type FNode } from './flowchart.js'
import { dependencyKey, idOf, type Ids } from './ids.js'
import { wrapWidths } from './layout.js'
import { compareTuple, groupNames, mergeKinds, sortedComponents, type Highlight } from './shared.js'

/**
 * One node per group (ungrouped components kept), dependencies aggregated
 * between the resulting nodes with a count; dependencies inside one group vanish.
 */
export function groupGraph(bp: Blueprint, ids: Ids, highlight: Highlight | undefined): FGraph {
  const comps = sortedComponents(bp)
  const wrap = wrapWidths(bp.diagram.direction)
  const byId = new Map(bp.components.map((c) => [c.id, c]))
  // Sort key and Mermaid id of the node a component is drawn as.
  const target = (componentId: string): { key: string; id: string } => {
    const group = byId.get(componentId)?.group
    return group === undefined
      ? { key: `c:${componentId}`, id: idOf(ids.node, componentId) }
      : { key: `g:${group}`, id: idOf(ids.group, group) }
  }
  const nodes: FNode[] = comps
    .filter((c) => c.group === undefined)
    .map((c) => componentNode(c, ids, highlight, wrap))
  for (const name of groupNames(bp)) {
    const members = comps.filter((c) => c.group === name)
    nodes.push({
      id: idOf(ids.group, name),
      shape: SHAPES.service,
      label: `${label(name)}<br/>${plural(members.length, 'component')}`,
      cls: 'bp_group',
      change: mergeKinds(members.map((m) => highlight?.nodes?.get(m.id)))
    })
  }
  const edges = new Map<
    string,
    { from: { key: string; id: string }; to: { key: string; id: string }; deps: Dependency[] }
  >()
  for (const d of bp.dependencies) {
    const from = target(d.from)
    const to = target(d.to)
    if (from.key === to.key && from.key.startsWith('g:')) continue
    const k = JSON.stringify([from.key, to.key])
    const entry = edges.get(k)
    if (entry) entry.deps.push(d)
    else edges.set(k, { from, to, deps: [d] })
  }
  const sortedEdges = [...edges.values()].sort((a, b) =>
    compareTuple([a.from.key, a.to.key], [b.from.key, b.to.key])
  )
  return {
    direction: bp.diagram.direction,
    nodes,
    groups: [],
    edges: sortedEdges.map(({ from, to, deps }) => {
      const [first] = deps
      const bothPlain = !from.key.startsWith('g:') && !to.key.startsWith('g:')
      return {
        from: from.id,
        to: to.id,
        // Dashed only when every dependency it stands for is asynchronous.
        async: deps.every((d) => d.async),
        label:
          deps.length === 1 && bothPlain && first !== undefined
            ? dependencyLabel(first, wrap.edge)
            : plural(deps.length, 'dependency', 'dependencies'),
        change: mergeKinds(deps.map((d) => highlight?.edges?.get(dependencyKey(d.from, d.to))))
      }
    }),
    legend: highlight !== undefined
  }
}

/** A single node that says what the blueprint holds. */
export function summaryGraph(bp: Blueprint, highlight: Highlight | undefined): FGraph {
  const groups = groupNames(bp).length
  const facts = [
    plural(bp.components.length, 'component'),
    plural(bp.dependencies.length, 'dependency', 'dependencies'),
    ...(groups > 0 ? [plural(groups, 'group')] : [])
  ].join(', ')
  return {
    direction: bp.diagram.direction,
    nodes: [
      {
        id: 's0',
        shape: SHAPES.service,
        label: `${label(bp.title ?? bp.id)}<br/>${facts}`,
        cls: 'bp_group'
      }
    ],
    groups: [],
    edges: [],
    legend: highlight !== undefined
  }
}
