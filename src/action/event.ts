/**
 * What the workflow run is about, read once from the runner's environment
 * and the webhook payload into a small discriminated union.
 */
import { readFileSync } from 'node:fs'
import { messageOf } from '../engine/text.js'
import { ZERO_SHA, type RunEvent } from '../project/event.js'

export type { RunEvent }

export interface RunContext {
  readonly event: RunEvent
  readonly owner: string
  readonly repo: string
  /** The commit checked out (for pull requests, GitHub's merge commit). */
  readonly sha: string
  readonly workspace: string
  /** Repository path of the running workflow file, from GITHUB_WORKFLOW_REF. */
  readonly workflowFile?: string
  /** Link to this run, for the comment's pointer to the job summary. */
  readonly runUrl?: string
  /** The action's own repository (`owner/repo`) when the step runs it from another repository; unset for `uses: ./`. */
  readonly actionRepository?: string
  /** The ref the workflow pinned the action at (`v1`, a tag or a sha); unset for `uses: ./`. */
  readonly actionRef?: string
}

/** Reads the run's context; throws with a clear message when the runner's variables are missing. */
export function readContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const need = (name: string) => {
    const value = env[name]
    if (value === undefined || value === '')
      throw new Error(`${name} is not set: blueprint-docs runs as a step of a GitHub Actions job`)
    return value
  }
  const [owner = '', repo = ''] = need('GITHUB_REPOSITORY').split('/')
  const name = need('GITHUB_EVENT_NAME')
  const payload = readPayload(env['GITHUB_EVENT_PATH'])
  const ref = env['GITHUB_REF'] ?? ''
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
  const sha = env['GITHUB_SHA'] ?? ''
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com'
  const runUrl = env['GITHUB_RUN_ID']
    ? `${server}/${owner}/${repo}/actions/runs/${env['GITHUB_RUN_ID']}`
    : undefined
  // owner/repo/.github/workflows/x.yml@refs/heads/main -> .github/workflows/x.yml
  const workflowRef = env['GITHUB_WORKFLOW_REF']
  const workflowFile = workflowRef?.split('@')[0]?.split('/').slice(2).join('/') || undefined
  const actionRepository = env['GITHUB_ACTION_REPOSITORY']
  const actionRef = env['GITHUB_ACTION_REF']
  return {
    event: toEvent(name, payload, { branch, sha }),
    owner,
    repo,
    sha,
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    ...(workflowFile ? { workflowFile } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(actionRepository ? { actionRepository } : {}),
    ...(actionRef ? { actionRef } : {})
  }
}

type Json = Record<string, unknown>

function readPayload(file: string | undefined): Json {
  if (!file) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as Json) : {}
  } catch (error) {
    throw new Error(`the event payload ${file} cannot be read: ${messageOf(error)}`)
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {}

function toEvent(
  name: string,
  payload: Json,
  fallback: { branch?: string; sha: string }
): RunEvent {
  if (name === 'push') {
    const ref = str(payload['ref']) ?? ''
    return {
      kind: 'push',
      before: str(payload['before']) ?? ZERO_SHA,
      after: str(payload['after']) ?? fallback.sha,
      ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
      ...(str(obj(payload['repository'])['default_branch'])
        ? { defaultBranch: str(obj(payload['repository'])['default_branch']) }
        : {}),
      deleted: payload['deleted'] === true,
      forced: payload['forced'] === true
    }
  }
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = obj(payload['pull_request'])
    const base = obj(pr['base'])
    const head = obj(pr['head'])
    const baseRepo = str(obj(base['repo'])['full_name'])
    const headRepo = str(obj(head['repo'])['full_name'])
    return {
      kind: 'pull_request',
      number: typeof payload['number'] === 'number' ? payload['number'] : Number(pr['number'] ?? 0),
      baseSha: str(base['sha']) ?? '',
      headSha: str(head['sha']) ?? fallback.sha,
      baseRef: str(base['ref']) ?? '',
      headRef: str(head['ref']) ?? '',
      fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
    }
  }
  if (name === 'merge_group') {
    const group = obj(payload['merge_group'])
    const heads = (ref: string | undefined) =>
      ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : (ref ?? '')
    const baseSha = str(group['base_sha'])
    // An old payload without `base_sha` cannot say what the group changed: every blueprint.
    if (baseSha !== undefined)
      return {
        kind: 'merge_group',
        baseSha,
        headSha: str(group['head_sha']) ?? fallback.sha,
        baseRef: heads(str(group['base_ref'])),
        headRef: heads(str(group['head_ref']))
      }
  }
  return { kind: 'other', name, ...(fallback.branch ? { branch: fallback.branch } : {}) }
}
