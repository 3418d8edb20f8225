/**
 * The blueprint model: what a parsed, validated blueprint looks like to the
 * rest of the engine. Everything here is plain data, so the model can be
 * compared, serialised and handed to templates as it is.
 */

/** Component types that have a shape of their own in the diagrams. */
export const COMPONENT_TYPES = [
  'person',
  'frontend',
  'gateway',
  'service',
  'function',
  'database',
  'cache',
  'queue',
  'storage',
  'external'
] as const
/** A component type with a diagram shape of its own. */
export type KnownComponentType = (typeof COMPONENT_TYPES)[number]

/** The standard sections whose body a blueprint may replace (`sections:`). */
export const SECTION_KEYS = [
  'data_flow',
  'data_storage',
  'security',
  'scalability',
  'deployment',
  'monitoring',
  'disaster_recovery',
  'technology_stack',
  'api',
  'configuration'
] as const
/** The key of a standard section under `sections:`. */
export type SectionKey = (typeof SECTION_KEYS)[number]

/** The diagram a blueprint asks for. */
export type DiagramType = 'flowchart' | 'c4'
/** A flowchart's direction: top to bottom, left to right, and their reverses. */
export type Direction = 'TB' | 'LR' | 'BT' | 'RL'

/** One building block of the system. */
export interface Component {
  readonly id: string
  /** Defaults to `id`. */
  readonly name: string
  /** Defaults to `service`; any string is accepted, unknown ones draw as a service. */
  readonly type: string
  readonly technology?: string
  readonly description?: string
  readonly group?: string
}

/** An arrow from one component to another. */
export interface Dependency {
  readonly from: string
  readonly to: string
  readonly description?: string
  readonly technology?: string
  /** Defaults to false; true draws a dashed arrow. */
  readonly async: boolean
}

/** A parsed, validated blueprint with its defaults applied. */
export interface Blueprint {
  readonly id: string
  readonly project: string
  readonly title?: string
  readonly overview?: string
  readonly diagram: { readonly type: DiagramType; readonly direction: Direction }
  /** In the author's order. */
  readonly components: readonly Component[]
  /** In the author's order. */
  readonly dependencies: readonly Dependency[]
  readonly sections: Readonly<Partial<Record<SectionKey, string>>>
  /**
   * `derived_sections`: write the standard sections whose facts the blueprint holds (data
   * storage, technology stack, request flow) from those facts. Absent: the repository's default.
   */
  readonly derivedSections?: boolean
}

/** A problem in an input file, positioned so a person (and an annotation) can find it. */
export interface Problem {
  /** Repository-relative path with forward slashes. */
  readonly file: string
  /** 1-based; 1 when the problem concerns the whole file. */
  readonly line: number
  /** 1-based. */
  readonly col: number
  readonly message: string
}

/** `file:line:col: message`, the one format every problem is printed in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`
}

/** The largest blueprint accepted: a larger one is refused with a positioned error. */
export const LIMITS = {
  fileBytes: 1024 * 1024,
  components: 2000,
  dependencies: 10000
} as const
