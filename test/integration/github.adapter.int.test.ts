import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createGitHubApi, type GitHubApiOptions } from '../../src/adapters/github.js'
import { PermissionError, type GitHubApi } from '../../src/project/ports.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/github-server.js'

const run = promisify(execFile)
const READ_ONLY = 'ghs_forkTokenReadOnly123'
const USER_TOKEN = 'ghp_personalToken456'
const MARKER = '<!-- blueprint-docs:blueprint-docs -->'

let gh: FakeGitHub
let work: string
let logs: string[]

beforeAll(async () => {
  gh = await startFakeGitHub({
    tokens: {
      [DEFAULT_TOKEN]: { login: 'github-actions[bot]', kind: 'installation' },
      [READ_ONLY]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true },
      [USER_TOKEN]: { login: 'octocat', kind: 'user' }
    }
  })
  work = await mkdtemp(join(tmpdir(), 'gh-adapter-test-'))
  await gh.pushFiles({
    branch: 'main',
    files: {
      'docs/a.md': 'old a\n',
      'scripts/gen.sh': { content: '#!/bin/sh\necho old\n', mode: '100755' },
      'docs/old.md': 'to delete\n',
      'docs/nested/deep/x.md': 'nested, to delete\n',
      'link.md': { content: 'docs/a.md', mode: '120000' }
    }
  })
})

afterAll(async () => {
  await gh.close()
  await rm(work, { recursive: true, force: true })
})

beforeEach(() => {
  logs = []
})

/** An adapter against the fake server: quick retries, no 1 s spacing between writes (unless asked). */
function api(overrides: Partial<GitHubApiOptions> = {}): GitHubApi {
  return createGitHubApi({
    token: DEFAULT_TOKEN,
    owner: gh.owner,
    repo: gh.repo,
    baseUrl: gh.url,
    retry: { retryAfterBaseValue: 1 },
    throttle: { enabled: false },
    log: { info: (m) => logs.push(`info: ${m}`), warning: (m) => logs.push(`warning: ${m}`) },
    ...overrides
  })
}

const head = async (branch = 'main'): Promise<string> =>
  (await gh.git(['rev-parse', `refs/heads/${branch}`])).trim()

async function modes(commit: string): Promise<Record<string, string>> {
  const out = await gh.git(['ls-tree', '-r', commit])
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => [l.split('\t')[1] as string, l.split(' ')[0] as string])
  )
}

describe('GitHub adapter against the fake GitHub server', () => {
  it('tells when a file last changed as of a commit, as `git log -1 -- path` does', async () => {
    const changed = await gh.pushFiles({
      branch: 'history',
      from: 'main',
      files: { 'arch/h.blueprint.yaml': 'id: h\n' },
      date: '2026-01-10T10:00:00Z'
    })
    const later = await gh.pushFiles({
      branch: 'history',
      files: { 'README.md': 'other\n' },
      date: '2026-02-20T10:00:00+01:00'
    })
    const a = api()
    expect(await a.lastCommitTime(later, 'arch/h.blueprint.yaml')).toBe('2026-01-10T10:00:00Z')
    expect(await a.lastCommitTime(later, 'README.md')).toBe('2026-02-20T09:00:00Z')
    expect(await a.lastCommitTime(changed, 'README.md')).toBeUndefined()
    expect(await a.lastCommitTime(later, 'no/such/file')).toBeUndefined()
    expect(
      gh.requests.filter((r) => r.path === `/repos/${gh.owner}/${gh.repo}/commits`).at(-1)?.query
    ).toEqual({ sha: later, path: 'no/such/file', per_page: '1' })
  })

  it('reads GITHUB_API_URL when it is created, not when @actions/github was imported', async () => {
    const saved = process.env['GITHUB_API_URL']
    process.env['GITHUB_API_URL'] = gh.url
    try {
      const viaEnv = createGitHubApi({
        token: DEFAULT_TOKEN,
        owner: gh.owner,
        repo: gh.repo,
        throttle: { enabled: false }
      })
      expect(await viaEnv.defaultBranch()).toBe('main')
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL']
      else process.env['GITHUB_API_URL'] = saved
    }
  })

  it('commits writes and deletions in one verified commit, keeping file modes (production throttling on)', async () => {
    const parent = await head()
    const gh_ = api({ throttle: {} })
    const outcome = await gh_.commitFiles({
      branch: 'main',
      parent,
      message: 'docs: regenerate architecture docs',
      changes: [
        { path: 'docs/a.md', content: 'new a\n' },
        { path: 'scripts/gen.sh', content: '#!/bin/sh\necho new\n' },
        { path: 'docs/new.md', content: '# new\n' },
        { path: 'docs/old.md', delete: true },
        { path: 'docs/nested/deep/x.md', delete: true },
        { path: 'never-existed.md', delete: true }
      ]
    })
    expect(outcome).toEqual({ kind: 'committed', sha: await head() })
    if (outcome.kind !== 'committed') throw new Error('unreachable')

    const m = await modes(outcome.sha)
    expect(m).toEqual({
      'docs/a.md': '100644',
      'docs/new.md': '100644',
      'link.md': '120000',
      'scripts/gen.sh': '100755'
    })
    expect((await gh.git(['rev-parse', `${outcome.sha}^`])).trim()).toBe(parent)

    const dir = await mkdtemp(join(work, 'clone-'))
    await run('git', ['clone', '--quiet', gh.bareRepo, dir])
    expect(await readFile(join(dir, 'docs/a.md'), 'utf8')).toBe('new a\n')
    expect(await readFile(join(dir, 'scripts/gen.sh'), 'utf8')).toBe('#!/bin/sh\necho new\n')

    const created = gh.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/git/commits')
    )
    const body = created.at(-1)?.body as Record<string, unknown>
    expect(body).not.toHaveProperty('author') // no custom author: GitHub signs it
    expect(body).not.toHaveProperty('committer')
    const res = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/git/commits/${outcome.sha}`, {
      headers: { authorization: `token ${DEFAULT_TOKEN}` }
    })
    expect(await res.json()).toMatchObject({
      verification: { verified: true },
      author: { name: 'github-actions[bot]' }
    })
    const patch = gh.requests.filter((r) => r.method === 'PATCH').at(-1)
    expect(patch?.body).toMatchObject({ force: false })
  })

  it('sets an explicit mode on a new file and makes no commit when nothing changes', async () => {
    const parent = await head()
    const a = api()
    const made = await a.commitFiles({
      branch: 'main',
      parent,
      message: 'add tool',
      changes: [{ path: 'bin/tool', content: 'x\n', mode: '100755' }]
    })
    if (made.kind !== 'committed') throw new Error(`expected a commit, got ${made.kind}`)
    expect((await modes(made.sha))['bin/tool']).toBe('100755')

    const commitsBefore = gh.requests.filter(
      (r) => r.path.endsWith('/git/commits') && r.method === 'POST'
    ).length
    const same = await a.commitFiles({
      branch: 'main',
      parent: made.sha,
      message: 'noop',
      changes: [
        { path: 'docs/a.md', content: 'new a\n' },
        { path: 'gone.md', delete: true }
      ]
    })
    expect(same).toEqual({ kind: 'unchanged' })
    expect(
      gh.requests.filter((r) => r.path.endsWith('/git/commits') && r.method === 'POST')
    ).toHaveLength(commitsBefore)
  })

  it('refuses to write through a symbolic link', async () => {
    await expect(
      api().commitFiles({
        branch: 'main',
        parent: await head(),
        message: 'x',
        changes: [{ path: 'link.md', content: 'oops' }]
      })
    ).rejects.toThrow(/link\.md is a symbolic link/)
  })

  it('answers moved when the branch moved before the ref update, and leaves the other push in place', async () => {
    const parent = await head()
    const theirs = await gh.pushFiles({
      branch: 'main',
      files: { 'theirs.txt': 'pushed meanwhile\n' }
    })
    const outcome = await api().commitFiles({
      branch: 'main',
      parent,
      message: 'docs',
      changes: [{ path: 'docs/race.md', content: '1\n' }]
    })
    expect(outcome).toEqual({ kind: 'moved' })
    expect(await head()).toBe(theirs)
  })

  it('answers moved when a push wins the race inside the ref update (422 not a fast forward), then succeeds on the new head', async () => {
    const a = api()
    const parent = await head()
    let theirs = ''
    gh.beforeRefUpdate(async () => {
      theirs = await gh.pushFiles({ branch: 'main', files: { 'race.txt': 'they won\n' } })
    })
    expect(
      await a.commitFiles({
        branch: 'main',
        parent,
        message: 'docs',
        changes: [{ path: 'docs/race.md', content: '1\n' }]
      })
    ).toEqual({ kind: 'moved' })
    expect(gh.requests.filter((r) => r.method === 'PATCH').at(-1)?.status).toBe(422)
    expect(await head()).toBe(theirs)
    expect(logs.join('\n')).toMatch(/not a fast forward/)

    // The caller regenerates on the new head and tries again.
    const newHead = await a.headOf('main')
    expect(newHead).toBe(theirs)
    const again = await a.commitFiles({
      branch: 'main',
      parent: newHead,
      message: 'docs',
      changes: [{ path: 'docs/race.md', content: '1\n' }]
    })
    expect(again).toEqual({ kind: 'committed', sha: await head() })
  })

  it('retries a 502 and succeeds', async () => {
    gh.failNext({ method: 'POST', path: /\/git\/trees$/, status: 502 })
    const outcome = await api().commitFiles({
      branch: 'main',
      parent: await head(),
      message: 'docs',
      changes: [{ path: 'docs/retry.md', content: 'r\n' }]
    })
    expect(outcome.kind).toBe('committed')
    const trees = gh.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/git/trees'))
      .slice(-2)
    expect(trees.map((r) => r.status)).toEqual([502, 201])
  })

  it('turns a 403 on commit into a PermissionError naming contents: write, without the token', async () => {
    const ro = api({ token: READ_ONLY })
    const err: unknown = await ro
      .commitFiles({
        branch: 'main',
        parent: await head(),
        message: 'docs',
        changes: [{ path: 'docs/x.md', content: 'x' }]
      })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PermissionError)
    expect((err as PermissionError).permission).toBe('contents: write')
    expect((err as Error).message).toMatch(/permissions:\n\s+contents: write/)
    expect((err as Error).message).toMatch(/Resource not accessible by integration/)
    expect((err as Error).message).not.toContain(READ_ONLY)
  })

  it('turns a 403 on a comment into a PermissionError naming pull-requests: write', async () => {
    const ro = api({ token: READ_ONLY })
    await expect(ro.createComment(12, 'hi')).rejects.toMatchObject({
      name: 'PermissionError',
      permission: 'pull-requests: write'
    })
    await expect(ro.updateComment(1, 'hi')).rejects.toBeInstanceOf(PermissionError)
    gh.failNext({ path: /\/compare\//, status: 403 })
    await expect(api().compare('main', 'main')).rejects.toMatchObject({
      permission: 'contents: read'
    })
  })

  it('waits out a rate-limit 403 (x-ratelimit-remaining: 0) instead of calling it a permission problem, a bounded number of times', async () => {
    const reset = String(Math.floor(Date.now() / 1000))
    const limited = {
      method: 'GET',
      path: /\/git\/ref\/heads\/main$/,
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    }
    const a = api({ throttle: { retryAfterBaseValue: 1, maxRetries: 2 } })
    gh.failNext({ ...limited, times: 1 })
    expect(await a.headOf('main')).toBe(await head())
    expect(logs.join('\n')).toMatch(/warning: GitHub rate limit hit .* retrying/)

    gh.failNext({ ...limited, times: 5 })
    const before = gh.requests.length
    const err: unknown = await a.headOf('main').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err).not.toBeInstanceOf(PermissionError)
    expect(gh.requests.length - before).toBe(3) // the first try and two retries
    gh.failNext({ ...limited, times: 2 }) // drain what is left of the fault
    await a.headOf('main').catch(() => undefined)
  })

  it('finds its sticky comment by marker and author on a later page, ignoring a human who pasted the marker', async () => {
    gh.addComment(21, `copied from the bot: ${MARKER}`, 'mallory')
    for (let i = 0; i < 120; i++) gh.addComment(21, `chatter ${i}`, 'octocat')
    const a = api()
    expect(await a.findStickyComment(21, MARKER)).toBeUndefined()
    const created = await a.createComment(21, `## Architecture docs\n${MARKER}`)
    gh.addComment(21, `${MARKER} pasted again`, 'octocat')
    expect(created.url).toMatch(/\/pull\/21#issuecomment-\d+$|\/issues\/21#issuecomment-\d+$/)

    const found = await a.findStickyComment(21, MARKER)
    expect(found).toEqual({
      id: created.id,
      body: `## Architecture docs\n${MARKER}`,
      url: created.url
    })
    const listed = gh.requests.filter(
      (r) => r.path.endsWith('/issues/21/comments') && r.method === 'GET'
    )
    expect(listed.at(-1)?.query).toMatchObject({ page: '2', per_page: '100' })
    // GET /user is 403 for an installation token: the adapter falls back to github-actions[bot].
    expect(gh.requests.some((r) => r.path === '/user' && r.status === 403)).toBe(true)

    const updated = await a.updateComment(created.id, `## Updated\n${MARKER}`)
    expect(updated).toEqual(created)
    expect(gh.comments(21).find((c) => c.id === created.id)?.body).toBe(`## Updated\n${MARKER}`)
  })

  it('with a personal token, takes the author from GET /user', async () => {
    const mine = gh.addComment(22, `${MARKER} by octocat`, 'octocat')
    gh.addComment(22, `${MARKER} by the bot`, 'github-actions[bot]')
    expect(await api({ token: USER_TOKEN }).findStickyComment(22, MARKER)).toMatchObject({
      id: mine.id
    })
  })

  it('pages through pull-request files and maps renames', async () => {
    const files: Record<string, string | null> = Object.fromEntries(
      Array.from({ length: 230 }, (_, i) => [`bp/f${i}.blueprint.yaml`, `id: f${i}\n`])
    )
    files['docs/a.md'] = null
    files['docs/a-renamed.md'] = 'new a\n'
    await gh.pushFiles({ branch: 'feature/many', from: 'main', files })
    gh.addPullRequest({ number: 30, head: 'feature/many', base: 'main' })
    const r = await api().pullRequestFiles(30)
    expect(r.complete).toBe(true)
    expect(r.files).toHaveLength(231)
    expect(r.files).toContainEqual({
      path: 'docs/a-renamed.md',
      status: 'renamed',
      previousPath: 'docs/a.md'
    })
    const pages = gh.requests.filter((q) => q.path.endsWith('/pulls/30/files'))
    expect(pages.map((q) => q.query['page'] ?? '1')).toEqual(['1', '2', '3'])
    expect(await api().headOf('feature/many')).toBe(await head('feature/many'))
  })

  it('compares from the merge base and says when GitHub cut the list at 300 files', async () => {
    const small = await api().compare('main', 'feature/many')
    expect(small.complete).toBe(true)
    expect(small.files).toContainEqual({ path: 'bp/f0.blueprint.yaml', status: 'added' })

    const files = Object.fromEntries(
      Array.from({ length: 301 }, (_, i) => [`big/f${i}.txt`, `${i}\n`])
    )
    await gh.pushFiles({ branch: 'big', from: 'main', files })
    const big = await api().compare('main', 'big')
    expect(big.files).toHaveLength(300)
    expect(big.complete).toBe(false)
  })

  describe('readFile', () => {
    const BINARY = new Uint8Array([
      ...Array.from({ length: 256 }, (_, i) => i),
      0xc3,
      0x28,
      0xef,
      0xbb,
      0xbf,
      0xff,
      0x00
    ])
    const ODD = 'docs/ünïcode 文档/a b#c%d?&x=1.md'
    let first: string
    let second: string

    beforeAll(async () => {
      first = await gh.pushFiles({
        branch: 'read',
        from: 'main',
        files: { 'read/page.md': 'first\n', 'read/logo.png': BINARY }
      })
      second = await gh.pushFiles({
        branch: 'read',
        files: {
          'read/page.md': 'second\n',
          [ODD]: 'odd\n',
          'read/link.md': { content: 'page.md', mode: '120000' },
          'read/empty.txt': ''
        }
      })
    })

    it('reads a file at a branch and at an older commit', async () => {
      const a = api()
      expect(Buffer.from((await a.readFile('read', 'read/page.md')) ?? []).toString()).toBe(
        'second\n'
      )
      expect(Buffer.from((await a.readFile(second, 'read/page.md')) ?? []).toString()).toBe(
        'second\n'
      )
      expect(Buffer.from((await a.readFile(first, 'read/page.md')) ?? []).toString()).toBe(
        'first\n'
      )
      expect(await a.readFile('read', 'read/empty.txt')).toEqual(new Uint8Array(0))
    })

    it('returns binary files byte for byte, though GitHub labels raw contents utf-8', async () => {
      const bytes = await api().readFile('read', 'read/logo.png')
      expect(bytes).toBeInstanceOf(Uint8Array)
      expect(Buffer.from(bytes ?? []).equals(Buffer.from(BINARY))).toBe(true)
      const sent = gh.requests.filter((r) => r.path.endsWith('/contents/read/logo.png')).at(-1)
      expect(sent).toMatchObject({ method: 'GET', query: { ref: 'read' }, status: 200 })
    })

    it('returns undefined for a missing path, a missing ref, a path added later, and a folder', async () => {
      const a = api()
      expect(await a.readFile('read', 'read/nope.md')).toBeUndefined()
      expect(await a.readFile('read', 'read/page.md/deeper')).toBeUndefined()
      expect(await a.readFile('no-such-branch', 'read/page.md')).toBeUndefined()
      expect(await a.readFile(first, ODD)).toBeUndefined()
      expect(await a.readFile('read', 'read')).toBeUndefined()
    })

    it('reads through a symbolic link to a file in the repository, as GitHub does', async () => {
      expect(Buffer.from((await api().readFile('read', 'read/link.md')) ?? []).toString()).toBe(
        'second\n'
      )
    })

    it('encodes a path with spaces, #, %, ?, & and unicode per segment, keeping the slashes', async () => {
      const before = gh.requests.length
      expect(Buffer.from((await api().readFile('read', ODD)) ?? []).toString()).toBe('odd\n')
      const sent = gh.requests.slice(before).find((r) => r.path.includes('/contents/'))
      expect(sent?.path).toBe(`/repos/${gh.owner}/${gh.repo}/contents/${ODD}`)
      expect(sent?.rawPath).toBe(
        `/repos/${gh.owner}/${gh.repo}/contents/docs/%C3%BCn%C3%AFcode%20%E6%96%87%E6%A1%A3/a%20b%23c%25d%3F%26x%3D1.md`
      )
      expect(sent?.query).toEqual({ ref: 'read' })
    })

    it('refuses a path no git tree can hold instead of letting the URL resolve it elsewhere', async () => {
      for (const bad of [
        '',
        'read/../secret',
        './read/page.md',
        'read//page.md',
        '/read/page.md'
      ]) {
        await expect(api().readFile('read', bad)).rejects.toThrow(
          /not a repository-relative file path/
        )
      }
    })

    it('retries a 502 and then reads the file', async () => {
      gh.failNext({ method: 'GET', path: /\/contents\/read\/page\.md$/, status: 502 })
      expect(Buffer.from((await api().readFile('read', 'read/page.md')) ?? []).toString()).toBe(
        'second\n'
      )
      const tries = gh.requests.filter((r) => r.path.endsWith('/contents/read/page.md')).slice(-2)
      expect(tries.map((r) => r.status)).toEqual([502, 200])
    })

    it('turns a 403 into a PermissionError naming contents: read, and a 403 too_large into a plain error', async () => {
      gh.failNext({ method: 'GET', path: /\/contents\//, status: 403 })
      await expect(api().readFile('read', 'read/page.md')).rejects.toMatchObject({
        name: 'PermissionError',
        permission: 'contents: read'
      })
      gh.failNext({
        method: 'GET',
        path: /\/contents\//,
        status: 403,
        body: {
          message:
            'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API',
          errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
        }
      })
      const err: unknown = await api()
        .readFile('read', 'read/page.md')
        .catch((e: unknown) => e)
      expect(err).not.toBeInstanceOf(PermissionError)
      expect((err as Error).message).toMatch(/too large/)
    })
  })

  it('never puts the token in a log line or a request record', () => {
    const all = JSON.stringify(gh.requests) + logs.join('\n')
    for (const t of [DEFAULT_TOKEN, READ_ONLY, USER_TOKEN]) expect(all).not.toContain(t)
  })
})
