/**
 * Security Architecture: the gateways and the components typed or named for
 * authentication, the protocols of the dependencies that say they are
 * encrypted, the NetworkPolicies, and the names (never the values) of the
 * Secrets and env files; then the Authentication Flow.
 */
import { plain } from '../markdown.js'
import { authenticationFlow } from './flow.js'
import { codes, item, namer, notDescribed, type SectionContext } from './context.js'

/** A component that authenticates: its type, id, name or technology says so. */
const AUTH_WORDS = /auth(?!or)|login|sign-?in|identity|oauth|oidc|keycloak|\bsso\b|\biam\b|\bdex\b/i
/** A protocol that encrypts. */
const ENCRYPTED = /\b(?:m?tls|https|ssl|wss|sftp)\b/i

/** `### Security Layers` from the facts, then `### Authentication Flow`. */
export function security(ctx: SectionContext): string {
  const bp = ctx.blueprint
  const name = namer(bp)
  const gateways = bp.components.filter((c) => c.type === 'gateway').map((c) => name(c.id))
  const auth = bp.components
    .filter((c) => c.type !== 'gateway')
    .filter((c) => [c.type, c.id, c.name, c.technology ?? ''].some((t) => AUTH_WORDS.test(t)))
    .map((c) => name(c.id))
  const encrypted = bp.dependencies
    .filter((d) => ENCRYPTED.test(d.technology ?? ''))
    .map((d) => `${name(d.from)} → ${name(d.to)} (${plain(d.technology)})`)
  const facts = ctx.facts
  const secrets = facts
    ? [...new Set([...facts.secrets, ...facts.workloads.flatMap((w) => w.secrets)])].sort()
    : []
  const lines = [
    ...item('Gateways', gateways.join(', ')),
    ...item('Authentication', auth.join(', ')),
    ...item('Encrypted dependencies', encrypted.join(', ')),
    ...item('NetworkPolicies', codes(facts?.networkPolicies ?? [])),
    ...item('Secrets (names only)', codes(secrets)),
    ...item('Env files (names only)', codes(facts?.envFiles ?? []))
  ]
  return [
    '### Security Layers',
    lines.length > 0 ? lines.join('\n') : notDescribed(ctx, 'sections.security'),
    '',
    '### Authentication Flow',
    authenticationFlow(ctx)
  ].join('\n')
}
