/**
 * Derived sections: with `derived_sections: true`, every standard section
 * is written from what is known — the blueprint (components, dependencies,
 * types, technologies, flows) and what its runtime files say — and nothing
 * else. Where nothing is known, one line names the key that would fill it;
 * the standard format's generic claims never appear. A `sections:`
 * override still wins over a derived section. One module per part:
 *
 * - flow.ts: Request Processing Flow, Authentication Flow;
 * - storage.ts: Data Storage Architecture, Disaster Recovery;
 * - security.ts: Security Architecture;
 * - operations.ts: Scalability and Performance, Deployment, Monitoring;
 * - stack.ts: Technology Stack, API Architecture, Configuration Management.
 */
import type { Blueprint, SectionKey } from '../model.js'
import type { ShownReferences } from '../references.js'
import type { RuntimeFacts } from '../runtime/facts.js'
import type { SectionContext } from './context.js'
import { requestFlow } from './flow.js'
import { deployment, monitoring, scalability } from './operations.js'
import { security } from './security.js'
import { api, configuration, technologyStack } from './stack.js'
import { dataStorage, disasterRecovery } from './storage.js'

/** Whether a blueprint's document derives sections: its own `derived_sections`, else the repository's default. */
export function derivesSections(blueprint: Blueprint, repositoryDefault: boolean): boolean {
  return blueprint.derivedSections ?? repositoryDefault
}

/** How each section is written from the facts. */
const WRITERS: Readonly<Record<SectionKey, (ctx: SectionContext) => string>> = {
  data_flow: requestFlow,
  data_storage: dataStorage,
  security,
  scalability,
  deployment,
  monitoring,
  disaster_recovery: disasterRecovery,
  technology_stack: technologyStack,
  api,
  configuration
}

/**
 * The blueprint with every section derived, under its own `sections:`
 * overrides, which win. `file` is the blueprint's file name (named in the
 * "not described" lines); `facts` what its runtime files say, when it has
 * `runtime:`.
 */
export function withDerivedSections(
  blueprint: Blueprint,
  options: {
    readonly file: string
    readonly facts?: RuntimeFacts
    readonly references?: ShownReferences
  }
): Blueprint {
  const ctx: SectionContext = {
    blueprint,
    file: options.file,
    ...(options.facts !== undefined ? { facts: options.facts } : {}),
    ...(options.references !== undefined ? { references: options.references } : {})
  }
  const derived: Partial<Record<SectionKey, string>> = {}
  for (const [key, write] of Object.entries(WRITERS) as [
    SectionKey,
    (c: SectionContext) => string
  ][])
    if (blueprint.sections[key] === undefined) derived[key] = write(ctx)
  return { ...blueprint, sections: { ...derived, ...blueprint.sections } }
}
