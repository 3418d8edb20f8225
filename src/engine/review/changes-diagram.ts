/**
 * The input of the changes diagram in the review: the head architecture with
 * what the pull request removed drawn faded, and what it added, removed or
 * changed highlighted; cut to the changed neighbourhood when the whole is too
 * large for Mermaid.
 */
import type { Blueprint } from '../model.js'
import { diffBlueprints } from './diff.js'
import { fitsOnePage } from '../mermaid/index.js'
import { dependencyKey } from '../mermaid/ids.js'
import type { ChangeKind, Highlight } from '../mermaid/shared.js'
import { compareText, plural } from '../text.js'

/**
 * The input for the changes diagram: the head architecture plus the removed
 * components and dependencies (so a reviewer sees what went away, drawn
 * faded), and a {@link Highlight} marking what was added, removed or changed.
 *
 * Always a plain flowchart, whatever the blueprint's own diagram type: the
 * change colours would paint over the C4 notation's colours anyway, and the
 * type shapes of the flowchart tell more apart. Its direction is the
 * blueprint's own, or chosen to fit a page when the blueprint sets none.
 *
 * Edges are highlighted per from → to pair (that is all {@link dependencyKey}
 * can name): a pair with only added entries is `added`, only removed entries
 * `removed`, anything else (a changed entry, or a duplicate pair gaining or
 * losing an entry) `changed`. A removed duplicate of a pair the head still
 * has is not drawn twice: the pair shows as changed.
 *
 * When the whole is too large for one page, only the changed neighbourhood
 * is kept and `note` says so (see {@link neighbourhood}).
 */
export function changesDiagramInput(
  base: Blueprint | undefined,
  head: Blueprint | undefined
): { blueprint: Blueprint; highlight: Highlight; note?: string } {
  const d = diffBlueprints(base, head)
  const shown = head ?? base
  const nodes = new Map<string, ChangeKind>()
  for (const c of d.components.added) nodes.set(c.id, 'added')
  for (const c of d.components.removed) nodes.set(c.id, 'removed')
  for (const c of d.components.changed) nodes.set(c.id, 'changed')

  const kindsByPair = new Map<string, Set<ChangeKind>>()
  const note = (dep: { readonly from: string; readonly to: string }, kind: ChangeKind): void => {
    const key = dependencyKey(dep.from, dep.to)
    const set = kindsByPair.get(key) ?? new Set<ChangeKind>()
    set.add(kind)
    kindsByPair.set(key, set)
  }
  for (const dep of d.dependencies.added) note(dep, 'added')
  for (const dep of d.dependencies.removed) note(dep, 'removed')
  for (const dep of d.dependencies.changed) note(dep, 'changed')

  const headPairs = new Set(
    (head?.dependencies ?? []).map((dep) => dependencyKey(dep.from, dep.to))
  )
  const edges = new Map<string, ChangeKind>()
  for (const [key, kinds] of [...kindsByPair].sort(([a], [b]) => compareText(a, b))) {
    const only = kinds.size === 1 ? [...kinds][0] : undefined
    // A pair still present at head with a removed entry has not gone away: it changed.
    edges.set(key, only === 'removed' && headPairs.has(key) ? 'changed' : (only ?? 'changed'))
  }

  const components = [...(head?.components ?? [])]
  const dependencies = [...(head?.dependencies ?? [])]
  if (head !== undefined) {
    components.push(...d.components.removed)
    dependencies.push(
      ...d.dependencies.removed.filter((dep) => !headPairs.has(dependencyKey(dep.from, dep.to)))
    )
  } else if (base !== undefined) {
    components.push(...base.components)
    dependencies.push(...base.dependencies)
  }

  const whole: Blueprint =
    shown === undefined
      ? {
          id: 'empty',
          project: 'empty',
          diagram: { type: 'flowchart', direction: 'TB' },
          components: [],
          dependencies: [],
          sections: {}
        }
      : {
          ...shown,
          diagram: { ...shown.diagram, type: 'flowchart' },
          components,
          dependencies
        }
  const highlight = { nodes, edges }
  return { ...neighbourhood(whole, highlight), highlight }
}

/**
 * A changes diagram too large for one page (the budget every diagram keeps
 * to, see mermaid/budget.ts) shows the changed neighbourhood only: the
 * changed components and dependencies, and the components one dependency
 * away from them (context for the reviewer). Should even that be too large,
 * the changed elements alone; past that, buildDiagram draws views.
 */
/** The extra width margin of a changed neighbourhood. */
const NEIGHBOURHOOD_MARGIN = 1.15

function neighbourhood(
  bp: Blueprint,
  highlight: Highlight
): { blueprint: Blueprint; note?: string } {
  if (fitsOnePage(bp, highlight)) return { blueprint: bp }
  // A neighbourhood cut out of a large system keeps its long labels and its groups' frames side
  // by side, which the model underestimates most: it keeps a wider margin (a 40-service draft's
  // drew 2% over the budget with the usual one).
  const fits = (b: Blueprint): boolean => fitsOnePage(b, highlight, NEIGHBOURHOOD_MARGIN)
  const changed = new Set(highlight.nodes?.keys() ?? [])
  for (const dep of bp.dependencies) {
    if (highlight.edges?.has(dependencyKey(dep.from, dep.to))) {
      changed.add(dep.from)
      changed.add(dep.to)
    }
  }
  const restrict = (keep: ReadonlySet<string>): Blueprint => ({
    ...bp,
    components: bp.components.filter((c) => keep.has(c.id)),
    dependencies: bp.dependencies.filter((dep) => keep.has(dep.from) && keep.has(dep.to))
  })
  const near = new Set(changed)
  for (const dep of bp.dependencies) {
    if (changed.has(dep.from)) near.add(dep.to)
    if (changed.has(dep.to)) near.add(dep.from)
  }
  const total = `${plural(bp.components.length, 'component')} and ${plural(bp.dependencies.length, 'dependency', 'dependencies')}`
  const withNeighbours = restrict(near)
  if (fits(withNeighbours)) {
    return {
      blueprint: withNeighbours,
      note: `The diagram shows the changed components and their direct neighbours only: all ${total} would not fit a page.`
    }
  }
  const changedOnly = restrict(changed)
  if (fitsOnePage(changedOnly, highlight)) {
    return {
      blueprint: changedOnly,
      note: `The diagram shows the changed components only: all ${total} would not fit a page.`
    }
  }
  return { blueprint: bp }
}
