/**
 * The C4 container diagram: components as persons, containers, databases,
 * queues and external systems, groups as boundaries.
 */
import type { Blueprint, Component } from '../model.js'
import { escapeC4 } from './escape.js'
import { dependencyKey, idOf, type Ids } from './ids.js'
import type { ChangeKind, Highlight } from './shared.js'
import {
  CHANGE_KINDS,
  groupNames,
  knownType,
  sortedComponents,
  sortedDependencies
} from './shared.js'

/** C4 has no dashed or faded elements: colour alone tells the change kinds apart. */
const C4_CHANGE_STYLES: Readonly<
  Record<ChangeKind, { readonly bg: string; readonly border: string; readonly line: string }>
> = {
  added: { bg: '#2da44e', border: '#116329', line: '#2da44e' },
  removed: { bg: '#cf222e', border: '#82071e', line: '#cf222e' },
  changed: { bg: '#bf8700', border: '#7d4e00', line: '#bf8700' }
}

/** The C4 container diagram of the whole blueprint, highlighted when asked. */
export function c4Diagram(bp: Blueprint, ids: Ids, highlight: Highlight | undefined): string {
  const q = (s: string | undefined): string => `"${escapeC4(s ?? '')}"`
  const element = (c: Component): string => {
    const id = idOf(ids.node, c.id)
    const type = knownType(c.type)
    // Person and System_Ext take no technology argument: keep it visible in the description.
    const descrWithTech = [
      c.description,
      c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
    ]
      .filter((s) => s !== undefined && s !== '')
      .join(' ')
    switch (type) {
      case 'person':
        return `Person(${id}, ${q(c.name)}, ${q(descrWithTech)})`
      case 'external':
        return `System_Ext(${id}, ${q(c.name)}, ${q(descrWithTech)})`
      case 'database':
      case 'storage':
      case 'cache':
        return `ContainerDb(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
      case 'queue':
        return `ContainerQueue(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
      default:
        return `Container(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
    }
  }
  const comps = sortedComponents(bp)
  // C4 has no direction statement (its layout is fixed), so `direction` is ignored here.
  const out: string[] = ['C4Container']
  for (const c of comps) if (c.group === undefined) out.push(`  ${element(c)}`)
  for (const name of groupNames(bp)) {
    out.push(`  Container_Boundary(${idOf(ids.group, name)}, ${q(name)}) {`)
    for (const c of comps) if (c.group === name) out.push(`    ${element(c)}`)
    out.push('  }')
  }
  for (const d of sortedDependencies(bp)) {
    // C4 cannot draw a dashed relation: an asynchronous one says so in its label.
    const text = d.async
      ? [d.description, '(async)'].filter((s) => s !== undefined && s !== '').join(' ')
      : (d.description ?? '')
    const tech = d.technology === undefined || d.technology === '' ? '' : `, ${q(d.technology)}`
    out.push(`  Rel(${idOf(ids.node, d.from)}, ${idOf(ids.node, d.to)}, ${q(text)}${tech})`)
  }
  if (highlight !== undefined) {
    out.push('  Container_Boundary(lgd, "Legend") {')
    for (const kind of CHANGE_KINDS) out.push(`    Container(lgd${kind[0]}, "${kind}")`)
    out.push('  }')
    // C4 has no dashed or faded elements; colour alone tells the kinds apart.
    const style = (id: string, kind: ChangeKind): string =>
      `  UpdateElementStyle(${id}, $bgColor="${C4_CHANGE_STYLES[kind].bg}", $borderColor="${C4_CHANGE_STYLES[kind].border}", $fontColor="#ffffff")`
    for (const c of comps) {
      const kind = highlight.nodes?.get(c.id)
      if (kind !== undefined) out.push(style(idOf(ids.node, c.id), kind))
    }
    for (const kind of CHANGE_KINDS) out.push(style(`lgd${kind[0]}`, kind))
    const seen = new Set<string>()
    for (const d of sortedDependencies(bp)) {
      const key = dependencyKey(d.from, d.to)
      const kind = highlight.edges?.get(key)
      if (kind === undefined || seen.has(key)) continue
      seen.add(key)
      const c = C4_CHANGE_STYLES[kind]
      out.push(
        `  UpdateRelStyle(${idOf(ids.node, d.from)}, ${idOf(ids.node, d.to)}, $lineColor="${c.line}", $textColor="${c.line}")`
      )
    }
  }
  return out.join('\n')
}
