/**
 * The blueprint model: what a parsed, validated blueprint looks like to the
 * rest of the engine. Everything here is plain data, so the model can be
 * compared, serialised and handed to templates as it is.
 */
import type { Level, RuleId } from './rules/rule.js'

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
/** When the diagram is drawn as an overview and one view per group. */
export type DiagramViews = 'auto' | 'always' | 'never'
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
  /** The runtime service or workload this component is, when its name is not the id. */
  readonly runtime?: string
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

/** One message of a flow: who asks whom for what. */
export interface FlowStep {
  /** A component id, or a reference to another blueprint (`<blueprint-id>/<component-id>`). */
  readonly from: string
  readonly to: string
  readonly message?: string
  /** Defaults to false; true draws an open (asynchronous) arrow. */
  readonly async: boolean
}

/** A named request path through the system (a C4 dynamic view), drawn as a sequence diagram. */
export interface Flow {
  readonly name: string
  readonly description?: string
  /** In the order they happen. */
  readonly steps: readonly FlowStep[]
}

/** A parsed, validated blueprint with its defaults applied. */
export interface Blueprint {
  readonly id: string
  readonly project: string
  readonly title?: string
  readonly overview?: string
  readonly diagram: {
    readonly type: DiagramType
    /** `TB` when the author set none (see `autoDirection`). */
    readonly direction: Direction
    /** Present when the author set no direction: the diagram then takes the one that fits a page. */
    readonly autoDirection?: true
    /**
     * `auto` (absent): one diagram when it fits a page, else an overview and one view per group;
     * `always`: the views whatever the size; `never`: one diagram whatever the size.
     */
    readonly views?: DiagramViews
  }
  /** In the author's order. */
  readonly components: readonly Component[]
  /** In the author's order. */
  readonly dependencies: readonly Dependency[]
  readonly sections: Readonly<Partial<Record<SectionKey, string>>>
  /** `flows:` in the author's order; absent when not written. */
  readonly flows?: readonly Flow[]
  /**
   * Compose files and Kubernetes manifests (or folders of them) where the
   * system runs, relative to the blueprint, as written (one path becomes a
   * list of one).
   */
  readonly runtime?: readonly string[]
  /**
   * `derived_sections`: write every standard section from what is known (the blueprint, its
   * flows and its runtime files) and nothing else. Absent: the repository's default.
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
  /** Set when an architecture rule found it: printed in brackets before the message. */
  readonly rule?: RuleId
  /**
   * A rule finding's level; absent for every other problem, which is an
   * error. A `warning` is shown but changes no exit code.
   */
  readonly level?: Level
}

/** `file:line:col: message`, or `file:line:col: [rule-id] message` for a rule's finding. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.rule ? `[${p.rule}] ` : ''}${p.message}`
}

/** Does this problem fail the run (every problem but a rule's warning)? */
export function isError(p: Problem): boolean {
  return p.level !== 'warning'
}

/** The largest blueprint accepted: a larger one is refused with a positioned error. */
export const LIMITS = {
  fileBytes: 1024 * 1024,
  components: 2000,
  dependencies: 10000
} as const
