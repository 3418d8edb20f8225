/**
 * Other blueprints in a diagram: every dependency end that is not a component
 * of the blueprint (a reference `payments/api` or `payments/`) becomes an
 * external node, labelled with the other system's and component's names when
 * the reference resolved, else with the reference as written. Done on the
 * model, before any layout, so the flowchart, the C4 diagram, the reduced
 * graphs and the review's highlight all draw it like any other component.
 */
import type { Blueprint, Component } from '../model.js'
import type { ShownReferences } from '../references.js'
import { compareText } from '../text.js'

/** The blueprint with one external component per referenced system or component (unchanged when there is none). */
export function withReferenceNodes(bp: Blueprint, shown?: ShownReferences): Blueprint {
  const own = new Set(bp.components.map((c) => c.id))
  const ends = new Set<string>()
  for (const d of bp.dependencies)
    for (const end of [d.from, d.to]) if (!own.has(end)) ends.add(end)
  if (ends.size === 0) return bp
  const extra: Component[] = [...ends].sort(compareText).map((end) => ({
    // The reference itself is the node's key: it can never equal a component id of this blueprint.
    id: end,
    name: shown?.get(end)?.label ?? end,
    type: 'external'
  }))
  return { ...bp, components: [...bp.components, ...extra] }
}
