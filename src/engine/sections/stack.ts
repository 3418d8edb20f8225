/**
 * Technology Stack, API Architecture and Configuration Management: each
 * component's technology under its type; the protocols the dependencies
 * name, the routes and Services the runtime files expose; the ConfigMaps,
 * Secrets and env files, and the environment variable *names* of each
 * workload (never a value).
 */
import { COMPONENT_TYPES } from '../model.js'
import { plain, table } from '../markdown.js'
import { plural } from '../text.js'
import { hasFacts } from '../runtime/facts.js'
import { code, codes, item, namer, notDescribed, type SectionContext } from './context.js'

/** One `###` per component type (the known ones in their usual order, then others as met). */
export function technologyStack(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const known: readonly string[] = COMPONENT_TYPES
  const types = [
    ...COMPONENT_TYPES.filter((t) => bp.components.some((c) => c.type === t)),
    ...new Set(bp.components.map((c) => c.type).filter((t) => !known.includes(t)))
  ]
  const groups = types.flatMap((type) => {
    const items = bp.components
      .filter((c) => c.type === type && plain(c.technology) !== '')
      .map((c) => `- **${plain(c.name) || plain(c.id)}:** ${plain(c.technology)}`)
    if (items.length === 0) return []
    const heading = plain(type.charAt(0).toUpperCase() + type.slice(1)) || plain(type)
    return [`### ${heading}\n${items.join('\n')}`]
  })
  if (groups.length === 0)
    return notDescribed(ctx, 'components[].technology', 'sections.technology_stack')
  const without = bp.components.filter((c) => plain(c.technology) === '').length
  const note =
    without > 0
      ? `\n\n*${plural(without, 'component')} in ${code(ctx.file)} name no technology: set their \`technology\`.*`
      : ''
  return groups.join('\n\n') + note
}

/** The protocols of the dependencies; the routes and Services the runtime files expose. */
export function api(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const name = namer(bp)
  const byProtocol = new Map<string, string[]>()
  let unnamed = 0
  for (const d of bp.dependencies) {
    const protocol = plain(d.technology)
    if (protocol === '') {
      unnamed++
      continue
    }
    const list = byProtocol.get(protocol) ?? []
    list.push(`${name(d.from)} → ${name(d.to)}`)
    byProtocol.set(protocol, list)
  }
  const protocols = [...byProtocol].map(([p, pairs]) => `- **${p}:** ${pairs.join(', ')}`)
  if (unnamed > 0 && protocols.length > 0)
    protocols.push(
      `- *${plural(unnamed, 'dependency', 'dependencies')} name no protocol: set their \`technology\`.*`
    )
  const facts = ctx.facts
  const routes = (facts?.routes ?? []).map(
    (r) =>
      `- ${plain(r.from)}: ${code(`${r.host ?? '*'}${r.path ?? ''}`)}${r.service ? ` → ${code(r.service)}` : ''}`
  )
  const services = hasFacts(facts)
    ? facts.services.map((s) => [
        code(s.name),
        plain(s.type) || '—',
        s.ports.map((p) => code(p)).join(', ') || '—'
      ])
    : []
  return [
    '### Protocols',
    protocols.length > 0
      ? protocols.join('\n')
      : notDescribed(ctx, 'dependencies[].technology', 'sections.api'),
    '',
    '### Routes and Services',
    routes.length + services.length > 0
      ? [
          ...(routes.length > 0 ? [routes.join('\n')] : []),
          ...(services.length > 0 ? [table(['Service', 'Type', 'Ports'], services)] : [])
        ].join('\n\n')
      : notDescribed(ctx, ...(facts ? [] : ['runtime']), 'sections.api')
  ].join('\n')
}

/** ConfigMaps, Secrets and env files by name; then the variable names of each workload. */
export function configuration(ctx: SectionContext): string {
  const facts = ctx.facts
  if (!hasFacts(facts)) return notDescribed(ctx, 'runtime', 'sections.configuration')
  const configMaps = [
    ...new Set([...facts.configMaps, ...facts.workloads.flatMap((w) => w.configMaps)])
  ].sort()
  const secrets = [
    ...new Set([...facts.secrets, ...facts.workloads.flatMap((w) => w.secrets)])
  ].sort()
  const sources = [
    ...item('ConfigMaps and configs', codes(configMaps)),
    ...item('Secrets (names only)', codes(secrets)),
    ...item('Env files (names only)', codes(facts.envFiles))
  ]
  const rows = facts.workloads
    .filter((w) => w.env.length > 0)
    .map((w) => [code(w.name), codes(w.env)])
  return [
    '### Configuration Sources',
    sources.length > 0 ? sources.join('\n') : notDescribed(ctx, 'sections.configuration'),
    '',
    '### Environment Variables',
    rows.length > 0
      ? `Names only; their values stay in the runtime files.\n\n${table(['Workload', 'Variables'], rows)}`
      : notDescribed(ctx, 'sections.configuration')
  ].join('\n')
}
