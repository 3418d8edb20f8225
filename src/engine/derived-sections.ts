/**
 * Standard sections written from the blueprint's own facts, when the author
 * (or the repository) asks for them: the standard format's fixed text
 * claims "Primary Database: PostgreSQL" and "Python 3.11+ with FastAPI"
 * whatever the system is made of. Three sections have their facts in the
 * blueprint:
 *
 * - Data Storage Architecture: the database, cache and storage components;
 * - Technology Stack: each component's technology, by component type;
 * - Request Processing Flow: the dependencies, in the author's order.
 *
 * Every other section keeps the standard text, and a `sections:` override
 * still wins over a derived section.
 */
import { cell, plain } from './document.js'
import { COMPONENT_TYPES, type Blueprint, type SectionKey } from './model.js'

/** The component types whose components hold the system's data. */
const STORAGE_TYPES = ['database', 'cache', 'storage']

/** Whether a blueprint's document derives sections: its own `derived_sections`, else the repository's default. */
export function derivesSections(blueprint: Blueprint, repositoryDefault: boolean): boolean {
  return blueprint.derivedSections ?? repositoryDefault
}

/** The blueprint with the derived sections under its own `sections:` overrides, which win. */
export function withDerivedSections(blueprint: Blueprint): Blueprint {
  const derived: Partial<Record<SectionKey, string>> = {
    data_flow: requestFlow(blueprint),
    data_storage: dataStorage(blueprint),
    technology_stack: technologyStack(blueprint)
  }
  return { ...blueprint, sections: { ...derived, ...blueprint.sections } }
}

/** `Orders DB (database, MongoDB 7): description` for every component that holds data. */
function dataStorage(bp: Blueprint): string {
  const stores = bp.components.filter((c) => STORAGE_TYPES.includes(c.type))
  if (stores.length === 0) return '*This blueprint lists no database, cache or storage components.*'
  return stores
    .map((c) => {
      const facts = [plain(c.type), plain(c.technology)].filter((f) => f !== '').join(', ')
      const description = cell(c.description)
      return `- **${plain(c.name) || plain(c.id)}** (${facts})${description ? `: ${description}` : ''}`
    })
    .join('\n')
}

/** One `###` per component type (the known ones in their usual order, then others as met), listing each technology. */
function technologyStack(bp: Blueprint): string {
  const types = [
    ...COMPONENT_TYPES.filter((t) => bp.components.some((c) => c.type === t)),
    ...new Set(
      bp.components
        .map((c) => c.type)
        .filter((t) => !(COMPONENT_TYPES as readonly string[]).includes(t))
    )
  ]
  const groups = types.flatMap((type) => {
    const items = bp.components
      .filter((c) => c.type === type && plain(c.technology) !== '')
      .map((c) => `- **${plain(c.name) || plain(c.id)}:** ${plain(c.technology)}`)
    if (items.length === 0) return []
    const heading = plain(type.charAt(0).toUpperCase() + type.slice(1)) || plain(type)
    return [`### ${heading}\n${items.join('\n')}`]
  })
  if (groups.length === 0) return '*This blueprint names no technologies for its components.*'
  return groups.join('\n\n')
}

/** The dependencies as numbered steps, `from → to: description (technology, async)`. */
function requestFlow(bp: Blueprint): string {
  if (bp.dependencies.length === 0) return '*This blueprint lists no dependencies.*'
  const names = new Map(bp.components.map((c) => [c.id, plain(c.name) || plain(c.id)]))
  return bp.dependencies
    .map((d, i) => {
      const how = [plain(d.technology), d.async ? 'async' : ''].filter((f) => f !== '').join(', ')
      const description = plain(d.description)
      return `${i + 1}. **${names.get(d.from) ?? plain(d.from)}** → ${names.get(d.to) ?? plain(d.to)}${description ? `: ${description}` : ''}${how ? ` (${how})` : ''}`
    })
    .join('\n')
}
