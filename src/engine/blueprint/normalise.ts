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
  type DiagramViews,
  type Direction,
  type Flow,
  type FlowStep,
  type SectionKey
} from '../model.js'
import { flatten } from '../markdown.js'

/**
 * Build the model from data the schema has accepted. Text stays as written
 * except that CRLF becomes LF, so a file saved on Windows generates the same
 * document as on Linux.
 */
export function normalise(data: Record<string, unknown>): Blueprint {
  // Most text has no carriage return: no replace (and no copy) for it.
  const text = (v: unknown): string | undefined =>
    typeof v !== 'string' ? undefined : v.includes('\r') ? v.replace(/\r\n/g, '\n') : v
  const components: Component[] = (Array.isArray(data.components) ? data.components : [])
    .filter(isRecord)
    .map((c) => {
      const id = text(c.id) ?? ''
      const name = text(c.name)
      const component: Mutable<Component> = {
        id,
        // The schema refuses a blank name; one of only invisible characters shows the id too.
        name: name !== undefined && flatten(name) !== '' ? name : id,
        type: text(c.type) ?? 'service'
      }
      setPresent(component, 'technology', text(c.technology))
      setPresent(component, 'description', text(c.description))
      setPresent(component, 'group', text(c.group))
      setPresent(component, 'runtime', text(c.runtime))
      return component
    })
  const dependencies: Dependency[] = (Array.isArray(data.dependencies) ? data.dependencies : [])
    .filter(isRecord)
    .map((d) => {
      // `async` goes last, after the optional keys, as it always has.
      const dependency: Mutable<Partial<Dependency>> = {
        from: text(d.from) ?? '',
        to: text(d.to) ?? ''
      }
      setPresent(dependency, 'description', text(d.description))
      setPresent(dependency, 'technology', text(d.technology))
      dependency.async = d.async === true
      return dependency as Dependency
    })
  const sections: Partial<Record<SectionKey, string>> = {}
  if (isRecord(data.sections)) {
    for (const key of SECTION_KEYS) {
      const body = text(data.sections[key])
      if (body !== undefined) sections[key] = body
    }
  }
  // The author's direction, or TB marked as chosen by nobody (the diagram then picks what fits).
  const setDirection = isRecord(data.diagram) ? data.diagram.direction : undefined
  const type = isRecord(data.diagram) ? data.diagram.type : data.diagram
  const views = isRecord(data.diagram) ? data.diagram.views : undefined
  // Only a setting other than the default is kept, so a blueprint without it compares equal.
  const viewsPart =
    typeof views === 'string' && views !== 'auto' ? { views: views as DiagramViews } : {}
  const diagram: Blueprint['diagram'] =
    typeof setDirection === 'string'
      ? {
          type: typeof type === 'string' ? (type as DiagramType) : 'flowchart',
          direction: setDirection as Direction,
          ...viewsPart
        }
      : {
          type: typeof type === 'string' ? (type as DiagramType) : 'flowchart',
          direction: 'TB',
          autoDirection: true,
          ...viewsPart
        }
  return {
    id: text(data.id) ?? '',
    project: text(data.project) ?? '',
    ...optional('title', text(data.title)),
    ...optional('overview', text(data.overview)),
    diagram,
    components,
    dependencies,
    sections,
    ...flowsOf(data.flows, text),
    ...runtimeOf(data.runtime),
    ...(typeof data.derived_sections === 'boolean'
      ? { derivedSections: data.derived_sections }
      : {})
  }
}

/** `flows:` with defaults applied; absent when not written. */
function flowsOf(value: unknown, text: (v: unknown) => string | undefined): { flows?: Flow[] } {
  if (!Array.isArray(value)) return {}
  const flows = value.filter(isRecord).map((f): Flow => {
    const steps = (Array.isArray(f.steps) ? f.steps : []).filter(isRecord).map((s) => {
      const step: Mutable<Partial<FlowStep>> = { from: text(s.from) ?? '', to: text(s.to) ?? '' }
      setPresent(step, 'message', text(s.message))
      step.async = s.async === true
      return step as FlowStep
    })
    const flow: Mutable<Partial<Flow>> = { name: text(f.name) ?? '' }
    setPresent(flow, 'description', text(f.description))
    flow.steps = steps
    return flow as Flow
  })
  return { flows }
}

/** `runtime:` as a list of paths (one path is a list of one); absent when not written. */
function runtimeOf(value: unknown): { runtime?: string[] } {
  if (typeof value === 'string') return { runtime: [value] }
  if (Array.isArray(value))
    return { runtime: value.filter((v): v is string => typeof v === 'string') }
  return {}
}

/** `{key: value}` when the value is present, `{}` otherwise, so absent keys stay absent. */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string })
}

type Mutable<T> = { -readonly [P in keyof T]: T[P] }

/**
 * Sets `key` when the value is present, so absent keys stay absent. Keys are
 * set in the order the model lists them: templates that walk an object see
 * them in that order. Used for the many components and dependencies, where
 * spreading a fresh object per key costs more than the rest of the model.
 */
function setPresent<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value
}

/** A mapping as parsed data: not null, not a list, not binary. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)
}
