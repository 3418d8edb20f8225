/**
 * What runtime files say that an architecture document may repeat: replicas
 * and autoscalers, resources, probes and health checks, state (volumes,
 * StatefulSets, claims), NetworkPolicies, Services and their ports, routes,
 * images, namespaces, kinds and counts, Compose profiles, and the *names*
 * of env files, ConfigMaps, Secrets and environment variables.
 *
 * Values never leave this module: not an environment variable's value, not
 * a Secret's `data` or `stringData`, not a ConfigMap's data. Only names do.
 *
 * Pure: read from documents already parsed (and, for Compose, merged and
 * interpolated by the runtime reader); the same documents give the same
 * facts, in the same order.
 */
import { isRecord } from '../blueprint/normalise.js'
import { compareText } from '../text.js'

/** A parsed runtime document and the file it came from. */
export interface FactSource {
  readonly file: string
  readonly document: { readonly data: Record<string, unknown> }
}

/** Which health checks a workload has: Kubernetes probes, or a Compose `healthcheck`. */
export type Probe = 'liveness' | 'readiness' | 'startup' | 'healthcheck'

/** One Compose service or Kubernetes workload, as far as a document needs it. */
export interface WorkloadFacts {
  readonly name: string
  /** `compose`, or the Kubernetes kind. */
  readonly kind: string
  readonly file: string
  readonly namespace?: string
  /** `spec.replicas` or Compose `deploy.replicas`, when written. */
  readonly replicas?: number
  /** The images of its containers (init containers last), as written. */
  readonly images: readonly string[]
  readonly probes: readonly Probe[]
  /** `cpu=100m, memory=64Mi`, per container, when written. */
  readonly requests?: string
  readonly limits?: string
  /** Container ports, `name/port` or `port`, and Compose `ports` as written (`8080:80`). */
  readonly ports: readonly string[]
  /** Environment variable names (never values), sorted. */
  readonly env: readonly string[]
  /** Env files (`env_file`), ConfigMaps and Secrets it reads, by name, sorted. */
  readonly envFiles: readonly string[]
  readonly configMaps: readonly string[]
  readonly secrets: readonly string[]
  /** Volumes that hold state: claims, `volumeClaimTemplates`, Compose named volumes. */
  readonly volumes: readonly string[]
  readonly profiles: readonly string[]
  /** Ports named or annotated for metrics scraping. */
  readonly metrics: readonly string[]
}

/** A Kubernetes Service: its name, type and ports. */
export interface ServiceFacts {
  readonly name: string
  readonly namespace?: string
  readonly type?: string
  /** `name port→target/protocol`, as written. */
  readonly ports: readonly string[]
}

/** A HorizontalPodAutoscaler: what it scales and between what. */
export interface AutoscalerFacts {
  readonly name: string
  readonly target?: string
  readonly min?: number
  readonly max?: number
}

/** A claim or other named store: its name, size and where it is declared. */
export interface ClaimFacts {
  readonly name: string
  readonly storage?: string
}

/** An Ingress (or Gateway API route) rule: host and path to a Service. */
export interface RouteFacts {
  readonly from: string
  readonly host?: string
  readonly path?: string
  readonly service?: string
}

/** Everything a document may say about what runs. */
export interface RuntimeFacts {
  readonly workloads: readonly WorkloadFacts[]
  readonly services: readonly ServiceFacts[]
  readonly autoscalers: readonly AutoscalerFacts[]
  readonly claims: readonly ClaimFacts[]
  readonly networkPolicies: readonly string[]
  readonly routes: readonly RouteFacts[]
  /** ConfigMap and Secret objects declared (names only). */
  readonly configMaps: readonly string[]
  readonly secrets: readonly string[]
  /** Compose top-level named volumes. */
  readonly namedVolumes: readonly string[]
  /** Every Kubernetes kind with its count, and Compose services as `Compose service`, by kind. */
  readonly kinds: readonly { readonly kind: string; readonly count: number }[]
  readonly namespaces: readonly string[]
  readonly profiles: readonly string[]
  readonly envFiles: readonly string[]
  /** The runtime files read, in order. */
  readonly files: readonly string[]
}

/** The kinds whose pods the document describes. */
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'])

/** The facts of runtime documents, in file order (workloads) or sorted (names). */
export function runtimeFacts(sources: readonly FactSource[]): RuntimeFacts {
  const workloads: WorkloadFacts[] = []
  const services: ServiceFacts[] = []
  const autoscalers: AutoscalerFacts[] = []
  const claims: ClaimFacts[] = []
  const policies = new Set<string>()
  const routes: RouteFacts[] = []
  const configMaps = new Set<string>()
  const secrets = new Set<string>()
  const namedVolumes = new Set<string>()
  const kinds = new Map<string, number>()
  const namespaces = new Set<string>()
  const files: string[] = []
  const seen = new Set<string>()
  const count = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1)

  for (const { file, document } of sources) {
    if (!files.includes(file)) files.push(file)
    const data = document.data
    if (isRecord(data.services) && data.kind === undefined) {
      for (const [name, raw] of Object.entries(data.services)) {
        if (!isRecord(raw) || seen.has(name)) continue
        seen.add(name)
        count('Compose service')
        workloads.push(composeService(name, raw, file))
      }
      for (const v of Object.keys(isRecord(data.volumes) ? data.volumes : {})) namedVolumes.add(v)
      for (const s of Object.keys(isRecord(data.secrets) ? data.secrets : {})) secrets.add(s)
      for (const c of Object.keys(isRecord(data.configs) ? data.configs : {})) configMaps.add(c)
      continue
    }
    const objects =
      data.kind === 'List' && Array.isArray(data.items) ? data.items.filter(isRecord) : [data]
    for (const object of objects) {
      const kind = text(object.kind)
      if (kind === undefined || typeof object.apiVersion !== 'string') continue
      count(kind)
      const metadata = isRecord(object.metadata) ? object.metadata : {}
      const name = text(metadata.name) ?? ''
      const namespace = text(metadata.namespace)
      if (namespace !== undefined) namespaces.add(namespace)
      if (kind === 'Namespace' && name !== '') namespaces.add(name)
      const spec = isRecord(object.spec) ? object.spec : {}
      if (WORKLOAD_KINDS.has(kind)) {
        if (name === '' || seen.has(name)) continue
        seen.add(name)
        workloads.push(kubeWorkload({ name, kind, file, namespace, spec, metadata }))
      } else if (kind === 'Service') {
        services.push({
          name,
          ...(namespace !== undefined ? { namespace } : {}),
          ...optional('type', text(spec.type)),
          ports: list(spec.ports).map(servicePort)
        })
      } else if (kind === 'HorizontalPodAutoscaler') {
        const target = isRecord(spec.scaleTargetRef) ? spec.scaleTargetRef : {}
        const targetName = text(target.name)
        const targetKind = text(target.kind)
        autoscalers.push({
          name,
          ...(targetName !== undefined
            ? { target: targetKind ? `${targetKind} ${targetName}` : targetName }
            : {}),
          ...optionalNumber('min', spec.minReplicas),
          ...optionalNumber('max', spec.maxReplicas)
        })
      } else if (kind === 'PersistentVolumeClaim') {
        claims.push({ name, ...optional('storage', storageOf(spec)) })
      } else if (kind === 'NetworkPolicy') {
        if (name !== '') policies.add(name)
      } else if (kind === 'ConfigMap') {
        if (name !== '') configMaps.add(name)
      } else if (kind === 'Secret' || kind === 'SealedSecret' || kind === 'ExternalSecret') {
        if (name !== '') secrets.add(name)
      } else if (kind === 'Ingress') {
        routes.push(...ingressRoutes(name, spec))
      } else if (kind === 'HTTPRoute' || kind === 'GRPCRoute' || kind === 'VirtualService') {
        routes.push(...meshRoutes(`${kind} ${name}`, spec))
      }
    }
  }

  return {
    workloads,
    services,
    autoscalers,
    claims,
    networkPolicies: sorted(policies),
    routes,
    configMaps: sorted(configMaps),
    secrets: sorted(secrets),
    namedVolumes: sorted(namedVolumes),
    kinds: [...kinds]
      .map(([kind, n]) => ({ kind, count: n }))
      .sort((a, b) => compareText(a.kind, b.kind)),
    namespaces: sorted(namespaces),
    profiles: sorted(new Set(workloads.flatMap((w) => w.profiles))),
    envFiles: sorted(new Set(workloads.flatMap((w) => w.envFiles))),
    files
  }
}

/** Whether the facts say anything at all (no runtime files, or files with nothing in them). */
export function hasFacts(facts: RuntimeFacts | undefined): facts is RuntimeFacts {
  return facts !== undefined && facts.kinds.length > 0
}

function composeService(
  name: string,
  service: Record<string, unknown>,
  file: string
): WorkloadFacts {
  const deploy = isRecord(service.deploy) ? service.deploy : {}
  const resources = isRecord(deploy.resources) ? deploy.resources : {}
  const image = text(service.image)
  const env = new Set<string>()
  if (isRecord(service.environment)) for (const k of Object.keys(service.environment)) env.add(k)
  else
    for (const entry of list(service.environment)) {
      // `KEY=value` or `KEY`: the name is what stands before the first `=`.
      const key = typeof entry === 'string' ? entry.split('=')[0]?.trim() : undefined
      if (key) env.add(key)
    }
  const envFiles = new Set<string>()
  const envFile = service.env_file
  for (const entry of typeof envFile === 'string' ? [envFile] : list(envFile)) {
    const path = typeof entry === 'string' ? entry : isRecord(entry) ? text(entry.path) : undefined
    if (path !== undefined) envFiles.add(path)
  }
  const volumes = new Set<string>()
  for (const v of list(service.volumes)) {
    // A named volume (`data:/var/lib/x`, or `{type: volume, source: data}`) holds state; a bind mount is code or config.
    const source =
      typeof v === 'string'
        ? v.split(':')[0]
        : isRecord(v) && (v.type === undefined || v.type === 'volume')
          ? text(v.source)
          : undefined
    if (source !== undefined && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) && v !== source)
      volumes.add(source)
  }
  const names = (value: unknown) =>
    list(value)
      .map((s) => (typeof s === 'string' ? s : isRecord(s) ? text(s.source) : undefined))
      .filter((s): s is string => s !== undefined)
  return {
    name,
    kind: 'compose',
    file,
    ...optionalNumber('replicas', deploy.replicas),
    images: image !== undefined ? [image] : [],
    probes:
      isRecord(service.healthcheck) && service.healthcheck.disable !== true ? ['healthcheck'] : [],
    ...optional('requests', resourceText(resources.reservations)),
    ...optional('limits', resourceText(resources.limits)),
    ports: list(service.ports)
      .map((p) =>
        typeof p === 'string' || typeof p === 'number'
          ? String(p)
          : isRecord(p)
            ? [p.published, p.target]
                .filter((x) => x !== undefined)
                .map(String)
                .join(':')
            : ''
      )
      .filter((p) => p !== ''),
    env: sorted(env),
    envFiles: sorted(envFiles),
    configMaps: sorted(new Set(names(service.configs))),
    secrets: sorted(new Set(names(service.secrets))),
    volumes: sorted(volumes),
    profiles: list(service.profiles).filter((p): p is string => typeof p === 'string'),
    metrics: []
  }
}

function kubeWorkload(options: {
  name: string
  kind: string
  file: string
  namespace: string | undefined
  spec: Record<string, unknown>
  metadata: Record<string, unknown>
}): WorkloadFacts {
  const { spec, kind } = options
  const jobSpec =
    kind === 'CronJob' && isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec)
      ? spec.jobTemplate.spec
      : spec
  const template = isRecord(jobSpec.template) ? jobSpec.template : {}
  const pod = isRecord(template.spec) ? template.spec : {}
  const podMeta = isRecord(template.metadata) ? template.metadata : {}
  const containers = list(pod.containers).filter(isRecord)
  const all = [...containers, ...list(pod.initContainers).filter(isRecord)]
  const env = new Set<string>()
  const configMaps = new Set<string>()
  const secrets = new Set<string>()
  const probes = new Set<Probe>()
  const ports: string[] = []
  const metrics = new Set<string>()
  const requests: string[] = []
  const limits: string[] = []
  for (const c of all) {
    for (const e of list(c.env).filter(isRecord)) {
      const name = text(e.name)
      if (name !== undefined) env.add(name)
      const from = isRecord(e.valueFrom) ? e.valueFrom : {}
      const cm = isRecord(from.configMapKeyRef) ? text(from.configMapKeyRef.name) : undefined
      const secret = isRecord(from.secretKeyRef) ? text(from.secretKeyRef.name) : undefined
      if (cm !== undefined) configMaps.add(cm)
      if (secret !== undefined) secrets.add(secret)
    }
    for (const e of list(c.envFrom).filter(isRecord)) {
      const cm = isRecord(e.configMapRef) ? text(e.configMapRef.name) : undefined
      const secret = isRecord(e.secretRef) ? text(e.secretRef.name) : undefined
      if (cm !== undefined) configMaps.add(cm)
      if (secret !== undefined) secrets.add(secret)
    }
  }
  for (const c of containers) {
    if (isRecord(c.livenessProbe)) probes.add('liveness')
    if (isRecord(c.readinessProbe)) probes.add('readiness')
    if (isRecord(c.startupProbe)) probes.add('startup')
    const resources = isRecord(c.resources) ? c.resources : {}
    const req = resourceText(resources.requests)
    const lim = resourceText(resources.limits)
    if (req !== undefined) requests.push(req)
    if (lim !== undefined) limits.push(lim)
    for (const p of list(c.ports).filter(isRecord)) {
      const port = p.containerPort
      if (typeof port !== 'number' && typeof port !== 'string') continue
      const name = text(p.name)
      ports.push(name !== undefined ? `${name}/${port}` : String(port))
      if (name !== undefined && /metric|prom/i.test(name)) metrics.add(String(port))
    }
  }
  const annotations = isRecord(podMeta.annotations) ? podMeta.annotations : {}
  const scrapePort = text(annotations['prometheus.io/port'])
  if (annotations['prometheus.io/scrape'] === 'true' || scrapePort !== undefined)
    metrics.add(scrapePort ?? 'scraped')
  const volumes = new Set<string>()
  for (const v of list(pod.volumes).filter(isRecord)) {
    const claim = isRecord(v.persistentVolumeClaim)
      ? text(v.persistentVolumeClaim.claimName)
      : undefined
    if (claim !== undefined) volumes.add(claim)
    const cm = isRecord(v.configMap) ? text(v.configMap.name) : undefined
    if (cm !== undefined) configMaps.add(cm)
    const secret = isRecord(v.secret) ? text(v.secret.secretName) : undefined
    if (secret !== undefined) secrets.add(secret)
  }
  for (const t of list(spec.volumeClaimTemplates).filter(isRecord)) {
    const name = isRecord(t.metadata) ? text(t.metadata.name) : undefined
    if (name === undefined) continue
    const size = isRecord(t.spec) ? storageOf(t.spec) : undefined
    volumes.add(size !== undefined ? `${name} (${size})` : name)
  }
  return {
    name: options.name,
    kind,
    file: options.file,
    ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    ...optionalNumber('replicas', spec.replicas),
    images: all.map((c) => text(c.image)).filter((i): i is string => i !== undefined),
    probes: (['liveness', 'readiness', 'startup'] as const).filter((p) => probes.has(p)),
    ...optional('requests', requests.length > 0 ? requests.join('; ') : undefined),
    ...optional('limits', limits.length > 0 ? limits.join('; ') : undefined),
    ports,
    env: sorted(env),
    envFiles: [],
    configMaps: sorted(configMaps),
    secrets: sorted(secrets),
    volumes: sorted(volumes),
    profiles: [],
    metrics: sorted(metrics)
  }
}

/** `cpu=100m, memory=64Mi` from a resources mapping (Kubernetes `requests`/`limits`, Compose `limits`/`reservations`). */
function resourceText(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  const parts = Object.entries(value)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]) => `${k}=${String(v)}`)
  return parts.length > 0 ? parts.join(', ') : undefined
}

function storageOf(spec: Record<string, unknown>): string | undefined {
  const resources = isRecord(spec.resources) ? spec.resources : {}
  const requests = isRecord(resources.requests) ? resources.requests : {}
  const storage = requests.storage
  return typeof storage === 'string' || typeof storage === 'number' ? String(storage) : undefined
}

function servicePort(p: unknown): string {
  if (!isRecord(p)) return String(p)
  const name = text(p.name)
  const port = p.port
  const target = p.targetPort
  const protocol = text(p.protocol)
  return [
    name !== undefined ? `${name} ` : '',
    port !== undefined ? String(port) : '',
    target !== undefined && target !== port ? `→${String(target)}` : '',
    protocol !== undefined && protocol !== 'TCP' ? `/${protocol}` : ''
  ].join('')
}

function ingressRoutes(name: string, spec: Record<string, unknown>): RouteFacts[] {
  const routes: RouteFacts[] = []
  for (const rule of list(spec.rules).filter(isRecord)) {
    const host = text(rule.host)
    const http = isRecord(rule.http) ? rule.http : {}
    const paths = list(http.paths).filter(isRecord)
    if (paths.length === 0) routes.push({ from: `Ingress ${name}`, ...optional('host', host) })
    for (const p of paths) {
      const backend = isRecord(p.backend) ? p.backend : {}
      const service = isRecord(backend.service)
        ? text(backend.service.name)
        : text(backend.serviceName)
      routes.push({
        from: `Ingress ${name}`,
        ...optional('host', host),
        ...optional('path', text(p.path)),
        ...optional('service', service)
      })
    }
  }
  const fallback = isRecord(spec.defaultBackend) ? spec.defaultBackend : undefined
  const service = fallback && isRecord(fallback.service) ? text(fallback.service.name) : undefined
  if (service !== undefined) routes.push({ from: `Ingress ${name}`, service })
  return routes
}

/** Gateway API routes and Istio VirtualServices: the hosts and the services they send to. */
function meshRoutes(from: string, spec: Record<string, unknown>): RouteFacts[] {
  const hosts = [...list(spec.hostnames), ...list(spec.hosts)].filter(
    (h): h is string => typeof h === 'string'
  )
  const services = new Set<string>()
  for (const section of [...list(spec.rules), ...list(spec.http), ...list(spec.tcp)]) {
    if (!isRecord(section)) continue
    for (const ref of [...list(section.backendRefs), ...list(section.route)]) {
      if (!isRecord(ref)) continue
      const target = isRecord(ref.destination) ? text(ref.destination.host) : text(ref.name)
      if (target !== undefined) services.add(target)
    }
  }
  const host = hosts.length > 0 ? hosts.join(', ') : undefined
  if (services.size === 0) return [{ from, ...optional('host', host) }]
  return sorted(services).map((service) => ({ from, ...optional('host', host), service }))
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort(compareText)
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: string })
}

function optionalNumber<K extends string>(key: K, value: unknown): { [P in K]?: number } {
  return typeof value === 'number' && Number.isFinite(value)
    ? ({ [key]: value } as { [P in K]?: number })
    : {}
}
