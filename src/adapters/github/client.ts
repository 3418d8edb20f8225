/**
 * The Octokit client the GitHub adapter shares — retries on 5xx, waits out
 * rate limits a bounded number of times — and the one wrapper every call goes
 * through, which turns GitHub's answers into errors worded for the user.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import { PermissionError, type Permission } from '../../project/ports.js'

/** Where to write what the adapter has to say; defaults are silent. */
export interface GitHubLog {
  info(message: string): void
  warning(message: string): void
}

/** Options of the GitHub adapter. */
export interface GitHubApiOptions {
  /** Never logged, never part of an error message. */
  token: string
  owner: string
  repo: string
  /**
   * API root. Default: `GITHUB_API_URL` **read when the adapter is created**, else
   * `https://api.github.com`. (`@actions/github` reads `GITHUB_API_URL` once, when it is first
   * imported, so an import before the variable is set would silently talk to github.com.)
   */
  baseUrl?: string
  log?: GitHubLog
  /** Retries on 5xx (and other transient statuses). `retryAfterBaseValue` is in ms: wait = (n+1)² × base. */
  retry?: { retries?: number; retryAfterBaseValue?: number }
  /**
   * Rate limits. `maxRetries`: how often one request waits out a (secondary) rate limit before
   * failing; `retryAfterBaseValue` scales GitHub's `retry-after` seconds (1000 = real time).
   * `enabled: false` also drops the plugin's 1 s spacing between writes (tests only).
   */
  throttle?: { enabled?: boolean; maxRetries?: number; retryAfterBaseValue?: number }
  /**
   * Who our comments are by when `GET /user` is refused (installation tokens). Default
   * `github-actions[bot]`, the author of every comment made with the workflow's `GITHUB_TOKEN`;
   * a GitHub App token comments as `<app-slug>[bot]`.
   */
  botLogin?: string
}

export type Octokit = ReturnType<typeof getOctokit>

/** What the parts of the adapter share: the client, the repository, and how to call and log. */
export interface Client {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
  readonly log: GitHubLog
  /** The text with the token cut out. */
  redact(text: string): string
  /** Runs one API call; a 403 becomes a {@link PermissionError}, anything else an Error with context and no token. */
  call<T>(operation: string, permission: Permission, fn: () => Promise<T>): Promise<T>
}

/** An HTTP answer GitHub gave, as the adapter reads it: the status and GitHub's own message. */
export interface ApiError {
  readonly status: number
  readonly message: string
  readonly headers: Readonly<Record<string, string | number | undefined>>
}

/** Octokit's error for an HTTP answer, or undefined for anything else (one of our own refusals). */
export function asApiError(e: unknown): ApiError | undefined {
  if (!(e instanceof RequestError)) return undefined
  const data: unknown = e.response?.data
  const message =
    typeof data === 'object' &&
    data !== null &&
    'message' in data &&
    typeof data.message === 'string'
      ? data.message
      : e.message
  return { status: e.status, message, headers: e.response?.headers ?? {} }
}

/** Creates the client. No request is made until one is called. */
export function createClient(opts: GitHubApiOptions): Client {
  const { owner, repo, token } = opts
  const log: GitHubLog = opts.log ?? { info: () => undefined, warning: () => undefined }
  const baseUrl = (
    opts.baseUrl ??
    process.env['GITHUB_API_URL'] ??
    'https://api.github.com'
  ).replace(/\/+$/, '')
  // Defence in depth: GitHub never echoes the token, but a proxy or a test server might.
  const redact = (text: string): string => (token ? text.split(token).join('***') : text)
  const maxRateRetries = opts.throttle?.maxRetries ?? 2
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number
    ) => {
      const again = retryCount < maxRateRetries
      log.warning(
        `GitHub ${kind} hit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return again
    }

  const octokit: Octokit = getOctokit(
    token,
    {
      baseUrl,
      // Octokit's own logger: keep its warnings (deprecations, throttling trouble), drop its debug chatter.
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (m: string) => log.warning(redact(m)),
        error: (m: string) => log.warning(redact(m))
      },
      retry: {
        // plugin-retry retries every status ≥ 400 not listed here: 403/429 belong to throttling.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        retries: opts.retry?.retries ?? 3,
        ...(opts.retry?.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: opts.retry.retryAfterBaseValue }
          : {})
      },
      throttle: {
        enabled: opts.throttle?.enabled ?? true,
        ...(opts.throttle?.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: opts.throttle.retryAfterBaseValue }
          : {}),
        // Returning true makes the plugin wait `retryAfter` seconds and retry; bounded so a job
        // cannot sit out an hour-long primary rate limit.
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )

  async function call<T>(
    operation: string,
    permission: Permission,
    fn: () => Promise<T>
  ): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      const err = asApiError(e)
      // Not an HTTP answer: one of our own refusals, already worded for the user.
      if (!err) throw e
      // A 403 with no requests left is a rate limit the throttling plugin gave up on, not a permission.
      const rateLimited =
        err.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(err.message)
      if (err.status === 403 && !rateLimited)
        throw new PermissionError(permission, operation, redact(err.message))
      throw Object.assign(
        new Error(redact(`GitHub API: could not ${operation}: ${err.status} ${err.message}`)),
        { status: err.status }
      )
    }
  }

  return { octokit, owner, repo, log, redact, call }
}
