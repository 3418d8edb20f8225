/**
 * Data the schema has accepted → the model: defaults applied, absent keys
 * left absent.
 */
import {
  SECTION_KEYS,
  type Blueprint,
  type Component,
  type Dependency,
  type DiagramType,
  type Direction,
  type SectionKey
} from '../model.js'

/**
 * Build the model from data the schema has accepted. Text stays as written
 * except that CRLF becomes LF, so a file saved on Windows generates the same
 * document as on Linux.
 */
export function normalise(data: Record<string, unknown>): Blueprint {
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' ? v.replace(/\r\n/g, '\n') : undefined
  const components: Component[] = (Array.isArray(data.components) ? data.components : [])
    .filter(isRecord)
    .map((c) => {
      const id = text(c.id) ?? ''
      return {
        id,
        name: text(c.name) ?? id,
        type: text(c.type) ?? 'service',
        ...optional('technology', text(c.technology)),
        ...optional('description', text(c.description)),
        ...optional('group', text(c.group))
      }
    })
  const dependencies: Dependency[] = (Array.isArray(data.dependencies) ? data.dependencies : [])
    .filter(isRecord)
    .map((d) => ({
      from: text(d.from) ?? '',
      to: text(d.to) ?? '',
      ...optional('description', text(d.description)),
      ...optional('technology', text(d.technology)),
      async: d.async === true
    }))
  const sections: Partial<Record<SectionKey, string>> = {}
  if (isRecord(data.sections)) {
    for (const key of SECTION_KEYS) {
      const body = text(data.sections[key])
      if (body !== undefined) sections[key] = body
    }
  }
  let diagram: { type: DiagramType; direction: Direction } = { type: 'flowchart', direction: 'TB' }
  if (typeof data.diagram === 'string')
    diagram = { type: data.diagram as DiagramType, direction: 'TB' }
  else if (isRecord(data.diagram)) {
    diagram = {
      type:
        typeof data.diagram.type === 'string' ? (data.diagram.type as DiagramType) : 'flowchart',
      direction:
        typeof data.diagram.direction === 'string' ? (data.diagram.direction as Direction) : 'TB'
    }
  }
  return {
    id: text(data.id) ?? '',
    project: text(data.project) ?? '',
    ...optional('title', text(data.title)),
    ...optional('overview', text(data.overview)),
    diagram,
    components,
    dependencies,
    sections
  }
}

/** `{key: value}` when the value is present, `{}` otherwise, so absent keys stay absent. */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string })
}

/** A mapping as parsed data: not null, not a list, not binary. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)
}
