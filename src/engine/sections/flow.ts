/**
 * Request Processing Flow and Authentication Flow: the blueprint's `flows`
 * as sequence diagrams, else the path its dependencies show from the entry
 * points (people, frontends, gateways) inward. Participants are the
 * blueprint's components only: nothing is drawn that the blueprint does not
 * name.
 */
import type { Blueprint, Dependency, Flow } from '../model.js'
import { inlineCode, plain } from '../markdown.js'
import { sequenceDiagram } from '../mermaid/sequence.js'
import { namer, notDescribed, type SectionContext } from './context.js'

/** The types a request enters the system through. */
const ENTRY_TYPES = ['person', 'frontend', 'gateway']

/** A flow's name that says it is about signing in. */
const AUTH_FLOW = /auth(?!or)|log\s*-?\s*in|sign\s*-?\s*in|\bsso\b|oauth|\boidc\b/i

/** The most steps the request path draws for the Authentication Flow. */
const PATH_STEPS = 12

/** Every flow, each with its own diagram; else the dependencies from the entry points inward. */
export function requestFlow(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const flows = bp.flows ?? []
  if (flows.length > 0) return flows.map((f) => flowBlock(ctx, f)).join('\n\n')
  if (bp.dependencies.length === 0) return notDescribed(ctx, 'flows', 'dependencies')
  const name = namer(bp)
  const { reached, rest, entries } = fromEntries(bp)
  const step = (d: Dependency, i: number): string => {
    const how = [plain(d.technology), d.async ? 'async' : ''].filter((f) => f !== '').join(', ')
    const description = plain(d.description)
    return `${i + 1}. ${name(d.from)} → ${name(d.to)}${description ? `: ${description}` : ''}${how ? ` (${how})` : ''}`
  }
  const out: string[] = []
  if (reached.length > 0) {
    out.push(`From ${entries.map(name).join(', ')} inward, as the dependencies show:`, '')
    out.push(reached.map(step).join('\n'))
  }
  if (rest.length > 0) {
    if (out.length > 0) out.push('', 'Dependencies not reached from there:', '')
    out.push(rest.map(step).join('\n'))
  }
  out.push(
    '',
    `*No named flows in ${inlineCode(ctx.file)}: set \`flows\` to draw the important ones.*`
  )
  return out.join('\n')
}

/** A flow under its own heading: its description, then its sequence diagram. */
function flowBlock(ctx: SectionContext, flow: Flow): string {
  // The author's Markdown, as the overview is (the loader refuses one that would run on).
  const description = (flow.description ?? '').replace(/\r\n?/g, '\n').trim()
  return [
    `#### ${plain(flow.name) || 'Flow'}`,
    '',
    ...(description !== '' ? [description, ''] : []),
    '```mermaid',
    sequenceDiagram(ctx.blueprint, flow, referenceName(ctx)),
    '```'
  ].join('\n')
}

/** How a flow's end in another blueprint is named: `System / Component` when it resolved. */
function referenceName(ctx: SectionContext): (end: string) => string {
  return (end) => ctx.references?.get(end)?.label ?? end
}

/**
 * The Authentication Flow: a flow named for signing in, else the request path
 * from the first entry point along the first dependencies, else a note.
 */
export function authenticationFlow(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const named = (bp.flows ?? []).find((f) => AUTH_FLOW.test(f.name))
  if (named !== undefined)
    return [
      `From the flow **${plain(named.name)}**:`,
      '```mermaid',
      sequenceDiagram(bp, named, referenceName(ctx)),
      '```'
    ].join('\n')
  const path = requestPath(bp)
  if (path === undefined) return notDescribed(ctx, 'flows')
  const name = namer(bp)
  return [
    `No flow in ${inlineCode(ctx.file)} is named for signing in (set \`flows\`); this is the request path from ${name(path.steps[0]?.from ?? '')} inward, as the dependencies show:`,
    '```mermaid',
    sequenceDiagram(bp, path),
    '```'
  ].join('\n')
}

/** The entry points, the dependencies reached from them (breadth first), and the others in the author's order. */
function fromEntries(bp: Blueprint): {
  entries: string[]
  reached: Dependency[]
  rest: Dependency[]
} {
  const entries = entryPoints(bp)
  const out = new Map<string, Dependency[]>()
  for (const d of bp.dependencies) {
    const list = out.get(d.from)
    if (list) list.push(d)
    else out.set(d.from, [d])
  }
  const seen = new Set(entries)
  const queue = [...entries]
  const reached: Dependency[] = []
  const taken = new Set<Dependency>()
  for (let i = 0; i < queue.length; i++) {
    for (const d of out.get(queue[i] ?? '') ?? []) {
      reached.push(d)
      taken.add(d)
      if (!seen.has(d.to)) {
        seen.add(d.to)
        queue.push(d.to)
      }
    }
  }
  return {
    entries: entries.filter((e) => out.has(e)),
    reached,
    rest: bp.dependencies.filter((d) => !taken.has(d))
  }
}

/** Components of an entry type with a dependency out; else those nothing depends on. */
function entryPoints(bp: Blueprint): string[] {
  const from = new Set(bp.dependencies.map((d) => d.from))
  const to = new Set(bp.dependencies.map((d) => d.to))
  const typed = bp.components.filter((c) => ENTRY_TYPES.includes(c.type) && from.has(c.id))
  if (typed.length > 0) return typed.map((c) => c.id)
  return bp.components.filter((c) => from.has(c.id) && !to.has(c.id)).map((c) => c.id)
}

/** The longest of the entry points' paths inward (the first of equals), or undefined when there is none. */
function requestPath(bp: Blueprint): Flow | undefined {
  let best: Flow | undefined
  for (const start of entryPoints(bp)) {
    const path = pathFrom(bp, start)
    if (path !== undefined && path.steps.length > (best?.steps.length ?? 0)) best = path
  }
  return best
}

/** The path inward from `start`: at each component, its first dependency to one not yet visited. */
function pathFrom(bp: Blueprint, start: string): Flow | undefined {
  const own = new Set(bp.components.map((c) => c.id))
  const steps: Flow['steps'][number][] = []
  const visited = new Set([start])
  let at = start
  while (steps.length < PATH_STEPS) {
    const next = bp.dependencies.find((d) => d.from === at && own.has(d.to) && !visited.has(d.to))
    if (next === undefined) break
    const message = next.description ?? next.technology
    steps.push({ from: next.from, to: next.to, async: next.async, ...(message ? { message } : {}) })
    visited.add(next.to)
    at = next.to
  }
  return steps.length === 0 ? undefined : { name: 'Request path', steps }
}
