/**
 * Data Storage Architecture and Disaster Recovery: what holds the system's
 * data — its database, cache, storage and queue components and who uses
 * them, and the volumes, StatefulSets and claims of its runtime files.
 * Recovery objectives come only from the author (`sections:`).
 */
import { cell, plain } from '../markdown.js'
import { code, codes, namer, notDescribed, STATE_TYPES, type SectionContext } from './context.js'

/** The stores, then the state the runtime files keep; one line when there is neither. */
export function dataStorage(ctx: SectionContext): string {
  const lines = [...storeLines(ctx), ...stateLines(ctx)]
  if (lines.length === 0) return notDescribed(ctx, 'sections.data_storage')
  return lines.join('\n')
}

/** What holds state (as Data Storage says), then the objectives, which only the author knows. */
export function disasterRecovery(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const name = namer(bp)
  const stores = bp.components.filter((c) => STATE_TYPES.includes(c.type))
  const state = [...stores.map((c) => `- ${name(c.id)} (${plain(c.type)})`), ...stateLines(ctx)]
  return [
    '### What Holds State',
    state.length > 0 ? state.join('\n') : notDescribed(ctx, 'sections.disaster_recovery'),
    '',
    '### Recovery Procedures',
    `*No backups, recovery time or recovery point objectives in ${code(ctx.file)}: set \`sections.disaster_recovery\`.*`
  ].join('\n')
}

/** `- **Orders DB** (database, MongoDB 7): used by **Orders**, **Reports**.` */
function storeLines(ctx: SectionContext): string[] {
  const bp = ctx.blueprint
  const name = namer(bp)
  return bp.components
    .filter((c) => STATE_TYPES.includes(c.type))
    .map((c) => {
      const facts = [plain(c.type), plain(c.technology)].filter((f) => f !== '').join(', ')
      const users = [...new Set(bp.dependencies.filter((d) => d.to === c.id).map((d) => d.from))]
      const description = cell(c.description)
      const used = users.length > 0 ? `used by ${users.map(name).join(', ')}` : ''
      const said =
        description === '' ? used : used === '' ? description : `${description} (${used})`
      return `- ${name(c.id)} (${facts})${said ? `: ${said}` : ''}`
    })
}

/** StatefulSets, claims and named volumes, with who mounts them. */
function stateLines(ctx: SectionContext): string[] {
  const facts = ctx.facts
  if (facts === undefined) return []
  const lines: string[] = []
  for (const w of facts.workloads) {
    if (w.kind === 'StatefulSet')
      lines.push(
        `- StatefulSet ${code(w.name)}${w.volumes.length > 0 ? `: volumes ${codes(w.volumes)}` : ''}`
      )
  }
  const mounted = (volume: string) =>
    facts.workloads
      .filter((w) => w.kind !== 'StatefulSet' && w.volumes.includes(volume))
      .map((w) => w.name)
  for (const claim of facts.claims) {
    const by = mounted(claim.name)
    lines.push(
      `- PersistentVolumeClaim ${code(claim.name)}${claim.storage ? ` (${plain(claim.storage)})` : ''}${by.length > 0 ? `: mounted by ${codes(by)}` : ''}`
    )
  }
  const declared = new Set(facts.claims.map((c) => c.name))
  for (const w of facts.workloads)
    for (const v of w.volumes)
      if (w.kind !== 'StatefulSet' && !declared.has(v) && !facts.namedVolumes.includes(v)) {
        declared.add(v)
        lines.push(`- Volume claim ${code(v)}: mounted by ${codes(mounted(v))}`)
      }
  for (const v of facts.namedVolumes) {
    const by = mounted(v)
    lines.push(`- Volume ${code(v)}${by.length > 0 ? `: mounted by ${codes(by)}` : ''}`)
  }
  return lines
}
