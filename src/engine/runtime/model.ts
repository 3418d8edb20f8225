/**
 * What runs, as read from Compose files and Kubernetes manifests: the
 * services and workloads, and the dependencies between them that the files
 * show. Names are the runtime's own (a Compose service, a workload's
 * `metadata.name`); a blueprint component matches one by its id or by its
 * `runtime:` field.
 */
import type { Loc, Locator } from '../blueprint/locate.js'
import type { Problem } from '../model.js'

/** One document of a runtime file: its data and where things were written in it. */
export interface RuntimeDocument {
  readonly data: Record<string, unknown>
  readonly locator: Locator
  readonly start: Loc
}

/** Where a service or workload comes from: a Compose service or a Kubernetes workload kind. */
export type WorkloadKind =
  'compose' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob'

/** The Kubernetes kinds that become components. */
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob'
]

/** One Compose service or Kubernetes workload. */
export interface Workload {
  readonly name: string
  readonly kind: WorkloadKind
  /** The file it was read from, and where in it. */
  readonly file: string
  readonly line: number
  /** The image of its (main) container, as written. */
  readonly image?: string
  /** A Compose service built from source: its build context. */
  readonly build?: string
  /** Compose profiles: the service starts only when one of them is enabled. */
  readonly profiles?: readonly string[]
  readonly namespace?: string
  /** Kubernetes: the `app.kubernetes.io/part-of` label of the workload or its pods. */
  readonly partOf?: string
}

/**
 * A Kubernetes Service that stands for the workloads it selects (`reviews`
 * for `reviews-v1`, `-v2`, `-v3`): callers reach them by its name, so a
 * draft has one component for it.
 */
export interface ServiceUnit {
  readonly name: string
  readonly namespace?: string
  readonly file: string
  readonly line: number
  /** The workloads it stands for, in the order read. */
  readonly workloads: readonly string[]
}

/** What showed a dependency: `depends_on`, `links`, `environment DB_HOST`, `env mongo`, `args`, `command`. */
export type Evidence = string

/** A dependency the runtime shows, between two workload names. */
export interface RuntimeEdge {
  readonly from: string
  readonly to: string
  /** Every place that showed it, in the order found. */
  readonly evidence: readonly Evidence[]
  /** The runtime file and line of the first place that showed it. */
  readonly file?: string
  readonly line?: number
}

/** The services and workloads of some runtime files, and the dependencies between them. */
export interface Runtime {
  /** In file order, then in the order written; one per name. */
  readonly workloads: readonly Workload[]
  /** In the order of their `from` workload, then as found; one per pair. */
  readonly edges: readonly RuntimeEdge[]
  /** Kubernetes Service names → the workload names they select (a Compose service is its own name). */
  readonly aliases: ReadonlyMap<string, readonly string[]>
  /** Services that stand for their workloads (each workload in one at most), in the order read. */
  readonly units: readonly ServiceUnit[]
}

/** Something read but not used, said so the user knows (a Helm template, a kind that is no workload). */
export interface Note {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly message: string
}

/** Runtime files read: what runs, what stops a file being read (positioned), and what was skipped. */
export interface RuntimeRead {
  readonly runtime: Runtime
  readonly problems: readonly Problem[]
  readonly notes: readonly Note[]
  /**
   * The documents read: each Kubernetes object's document, and for each
   * Compose project its merged, substituted data (as `docker compose config`
   * shows it) under its first file, with that file's positions.
   */
  readonly documents: readonly { file: string; document: RuntimeDocument }[]
  /** What could not be resolved: variables with no value, hosts that are no service, missing env files. */
  readonly unresolved: readonly Note[]
  /** Files the runtime files name (`.env`, `env_file`, `include`) that were not given: read them and ask again. */
  readonly needs: readonly string[]
  /** The files that held a Compose project or Kubernetes objects, in the order given. */
  readonly read: readonly string[]
}
