/**
 * What runs, as read from Compose files and Kubernetes manifests: the
 * services and workloads, and the dependencies between them that the files
 * show. Names are the runtime's own (a Compose service, a workload's
 * `metadata.name`); a blueprint component matches one by its id or by its
 * `runtime:` field.
 */
import type { Problem } from '../model.js'

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
}

/** What showed a dependency: `depends_on`, `links`, `environment DB_HOST`, `env mongo`, `args`, `command`. */
export type Evidence = string

/** A dependency the runtime shows, between two workload names. */
export interface RuntimeEdge {
  readonly from: string
  readonly to: string
  /** Every place that showed it, in the order found. */
  readonly evidence: readonly Evidence[]
}

/** The services and workloads of some runtime files, and the dependencies between them. */
export interface Runtime {
  /** In file order, then in the order written; one per name. */
  readonly workloads: readonly Workload[]
  /** In the order of their `from` workload, then as found; one per pair. */
  readonly edges: readonly RuntimeEdge[]
  /** Kubernetes Service names → the workload names they select (a Compose service is its own name). */
  readonly aliases: ReadonlyMap<string, readonly string[]>
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
}
