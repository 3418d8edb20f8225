/**
 * What every derived section is written from, and the few ways it speaks:
 * a component's name, a runtime name, a list, and the one line that says
 * nothing is known and which key would fill it.
 */
import type { Blueprint, Component } from '../model.js'
import { inlineCode, plain } from '../markdown.js'
import type { ShownReferences } from '../references.js'
import type { RuntimeFacts, WorkloadFacts } from '../runtime/facts.js'

/** The blueprint, its file name and what its runtime files say (absent without `runtime:`). */
export interface SectionContext {
  readonly blueprint: Blueprint
  /** The blueprint's file name, as the "not described" lines name it. */
  readonly file: string
  readonly facts?: RuntimeFacts
  /** How references to other blueprints are shown (`System / Component`), when resolved. */
  readonly references?: ShownReferences
}

/** The component types whose components hold the system's data. */
export const STATE_TYPES = ['database', 'cache', 'storage', 'queue']

/** `*Not described in `shop.blueprint.yaml`: set `sections.api`.*` — one line, naming the keys that would fill it. */
export function notDescribed(ctx: SectionContext, ...keys: readonly string[]): string {
  const set = keys.map((k) => `\`${k}\``).join(' or ')
  return `*Not described in ${inlineCode(ctx.file)}: set ${set}.*`
}

/** Each blueprint's namer, made once for all its sections. */
const namers = new WeakMap<Blueprint, (id: string) => string>()

/** Names by id, in bold, for the sections that name many components. */
export function namer(bp: Blueprint): (id: string) => string {
  let name = namers.get(bp)
  if (name === undefined) {
    const names = new Map(bp.components.map((c) => [c.id, `**${plain(c.name) || plain(c.id)}**`]))
    name = (id) => names.get(id) ?? `**${plain(id)}**`
    namers.set(bp, name)
  }
  return name
}

/** A runtime name (workload, image, ConfigMap…) as code, so it reads as written. */
export function code(text: string): string {
  return inlineCode(text) || plain(text)
}

/** Several runtime names, as code, separated by commas. */
export function codes(texts: readonly string[]): string {
  return texts.map(code).join(', ')
}

/** The component a runtime workload is, by its `runtime:` name or its id. */
export function componentOfWorkload(bp: Blueprint, w: WorkloadFacts): Component | undefined {
  return (
    bp.components.find((c) => c.runtime === w.name) ?? bp.components.find((c) => c.id === w.name)
  )
}

/** A `- **label:** text` line, or nothing for empty text. */
export function item(label: string, text: string): string[] {
  return text === '' ? [] : [`- **${label}:** ${text}`]
}
