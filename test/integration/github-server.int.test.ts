import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/github-server.js'

const run = promisify(execFile)
const READ_ONLY = 'ghs_forkReadOnly'
const USER = 'ghp_someUserToken'

let gh: FakeGitHub
let work: string

beforeAll(async () => {
  gh = await startFakeGitHub({
    tokens: {
      [DEFAULT_TOKEN]: { login: 'github-actions[bot]', kind: 'installation' },
      [READ_ONLY]: { login: 'github-actions[bot]', kind: 'installation', readOnly: true },
      [USER]: { login: 'octocat', kind: 'user' }
    }
  })
  work = await mkdtemp(join(tmpdir(), 'fake-gh-test-'))
})

afterAll(async () => {
  await gh.close()
  await rm(work, { recursive: true, force: true })
})

interface Reply {
  status: number
  body: unknown
  headers: Headers
}

/** A field of raw JSON by dotted path (`'commit.tree.sha'`, `'files.0.filename'`); undefined when absent. */
function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) =>
        typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined,
      value
    )
}
const str = (value: unknown, path: string): string => String(at(value, path))
const rows = (value: unknown, path?: string): Array<Record<string, unknown>> => {
  const v = path === undefined ? value : at(value, path)
  return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []
}

async function api(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = DEFAULT_TOKEN
): Promise<Reply> {
  const res = await fetch(path.startsWith('http') ? path : `${gh.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `token ${token}` } : {}),
      accept: 'application/vnd.github+json',
      'content-type': 'application/json'
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {})
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers }
}

const R = (): string => `/repos/${gh.owner}/${gh.repo}`

async function mainHead(token = DEFAULT_TOKEN): Promise<string> {
  return str((await api('GET', `${R()}/git/ref/heads/main`, undefined, token)).body, 'object.sha')
}

async function clone(branch: string): Promise<string> {
  const dir = await mkdtemp(join(work, 'clone-'))
  await run('git', ['clone', '--quiet', '--branch', branch, gh.bareRepo, dir])
  return dir
}

async function lsTree(commit: string): Promise<Record<string, string>> {
  const out = await gh.git(['ls-tree', '-r', commit])
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.split('\t')[1] as string, l.split(' ')[0] as string])
  )
}

describe('fake GitHub server, backed by a real bare repository', () => {
  let base: string

  beforeAll(async () => {
    base = await gh.pushFiles({
      branch: 'main',
      files: {
        'README.md': '# hello\n',
        'bin/run.sh': { content: '#!/bin/sh\necho hi\n', mode: '100755' },
        'link.md': { content: 'README.md', mode: '120000' },
        'docs/old/a.md': 'a\n',
        'docs/old/b.md': 'b\n',
        'docs/keep.md': 'keep\n'
      }
    })
  })

  it('commits through blobs, trees, commits and refs, and the commit appears in a clone', async () => {
    const parent = await api('GET', `${R()}/commits/main`)
    expect(parent.status).toBe(200)
    expect(at(parent.body, 'sha')).toBe(base)
    const blob = await api('POST', `${R()}/git/blobs`, {
      content: Buffer.from('from a blob\n').toString('base64'),
      encoding: 'base64'
    })
    expect(blob.status).toBe(201)
    const tree = await api('POST', `${R()}/git/trees`, {
      base_tree: str(parent.body, 'commit.tree.sha'),
      tree: [
        { path: 'docs/new.md', mode: '100644', type: 'blob', content: '# new\n' },
        { path: 'docs/blob.md', mode: '100644', type: 'blob', sha: str(blob.body, 'sha') },
        { path: 'docs/keep.md', mode: '100644', type: 'blob', sha: null }
      ]
    })
    expect(tree.status).toBe(201)
    const commit = await api('POST', `${R()}/git/commits`, {
      message: 'docs: regenerate',
      tree: str(tree.body, 'sha'),
      parents: [base]
    })
    expect(commit.status).toBe(201)
    expect(at(commit.body, 'verification.verified')).toBe(true)
    expect(at(commit.body, 'author.name')).toBe('github-actions[bot]')
    expect(at(commit.body, 'parents.0.sha')).toBe(base)
    const ref = await api('PATCH', `${R()}/git/refs/heads/main`, {
      sha: str(commit.body, 'sha'),
      force: false
    })
    expect(ref.status).toBe(200)
    expect(at(ref.body, 'object.sha')).toBe(str(commit.body, 'sha'))

    const dir = await clone('main')
    expect(await readFile(join(dir, 'docs/new.md'), 'utf8')).toBe('# new\n')
    expect(await readFile(join(dir, 'docs/blob.md'), 'utf8')).toBe('from a blob\n')
    await expect(readFile(join(dir, 'docs/keep.md'))).rejects.toThrow()
    expect(await readlink(join(dir, 'link.md'))).toBe('README.md')
    const { stdout } = await run('git', ['-C', dir, 'log', '-1', '--format=%an|%s'])
    expect(stdout.trim()).toBe('github-actions[bot]|docs: regenerate')
  })

  it('keeps the modes of untouched entries and sets the modes given (100644, 100755, 120000)', async () => {
    const head = await mainHead()
    const treeSha = str((await api('GET', `${R()}/git/commits/${head}`)).body, 'tree.sha')
    const tree = await api('POST', `${R()}/git/trees`, {
      base_tree: treeSha,
      tree: [
        { path: 'bin/other.sh', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
        { path: 'docs/link2.md', mode: '120000', type: 'blob', content: '../README.md' }
      ]
    })
    const commit = await api('POST', `${R()}/git/commits`, {
      message: 'modes',
      tree: str(tree.body, 'sha'),
      parents: [head]
    })
    const modes = await lsTree(str(commit.body, 'sha'))
    expect(modes).toMatchObject({
      'bin/run.sh': '100755',
      'bin/other.sh': '100755',
      'link.md': '120000',
      'docs/link2.md': '120000',
      'README.md': '100644'
    })
    const listed = await api('GET', `${R()}/git/trees/${str(tree.body, 'sha')}?recursive=1`)
    expect(at(listed.body, 'tree')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'bin/run.sh', mode: '100755', type: 'blob' })
      ])
    )
  })

  it('deletes nested paths and whole folders with sha: null; emptied folders disappear', async () => {
    const treeSha = str((await api('GET', `${R()}/commits/main`)).body, 'commit.tree.sha')
    const tree = await api('POST', `${R()}/git/trees`, {
      base_tree: treeSha,
      tree: [
        { path: 'docs/old/a.md', mode: '100644', type: 'blob', sha: null },
        { path: 'docs/old/b.md', mode: '100644', type: 'blob', sha: null },
        { path: 'bin', mode: '040000', type: 'tree', sha: null }
      ]
    })
    expect(tree.status).toBe(201)
    const files = Object.keys(await lsTree(str(tree.body, 'sha')))
    expect(files).not.toContain('docs/old/a.md')
    expect(files.some((f) => f.startsWith('bin/') || f.startsWith('docs/old'))).toBe(false)
    expect(files).toContain('README.md')
    expect(rows(tree.body, 'tree').map((e) => e['path'])).not.toContain('bin')
  })

  it('answers 422 GitRPC::BadObjectState when asked to delete a path that does not exist', async () => {
    const treeSha = str((await api('GET', `${R()}/commits/main`)).body, 'commit.tree.sha')
    const r = await api('POST', `${R()}/git/trees`, {
      base_tree: treeSha,
      tree: [{ path: 'docs/never.md', mode: '100644', type: 'blob', sha: null }]
    })
    expect(r).toMatchObject({ status: 422, body: { message: 'GitRPC::BadObjectState' } })
  })

  it('answers 422 "Update is not a fast forward" when the branch moved, and leaves the branch alone', async () => {
    const head = await mainHead()
    const treeSha = str((await api('GET', `${R()}/git/commits/${head}`)).body, 'tree.sha')
    const commit = await api('POST', `${R()}/git/commits`, {
      message: 'late',
      tree: treeSha,
      parents: [head]
    })
    const competitor = await gh.pushFiles({
      branch: 'main',
      files: { 'other.txt': 'someone else\n' }
    })
    const patch = await api('PATCH', `${R()}/git/refs/heads/main`, {
      sha: str(commit.body, 'sha'),
      force: false
    })
    expect(patch.status).toBe(422)
    expect(at(patch.body, 'message')).toBe('Update is not a fast forward')
    expect((await gh.git(['rev-parse', 'refs/heads/main'])).trim()).toBe(competitor)
  })

  it('loses the compare-and-swap when a push lands during the ref update (beforeRefUpdate)', async () => {
    const head = await mainHead()
    const treeSha = str((await api('GET', `${R()}/git/commits/${head}`)).body, 'tree.sha')
    const commit = await api('POST', `${R()}/git/commits`, {
      message: 'racing',
      tree: treeSha,
      parents: [head]
    })
    let competitor = ''
    gh.beforeRefUpdate(async () => {
      competitor = await gh.pushFiles({ branch: 'main', files: { 'race.txt': 'won\n' } })
    })
    const patch = await api('PATCH', `${R()}/git/refs/heads/main`, {
      sha: str(commit.body, 'sha'),
      force: false
    })
    expect(patch.status).toBe(422)
    expect(at(patch.body, 'message')).toBe('Update is not a fast forward')
    expect((await gh.git(['rev-parse', 'refs/heads/main'])).trim()).toBe(competitor)
  })

  it('compares base...head from the merge base, reports renames and caps the list at 300 files', async () => {
    await gh.pushFiles({
      branch: 'feature',
      from: 'main',
      files: { 'README.md': null, 'INTRO.md': '# hello\n', 'x.blueprint.yaml': 'id: x\n' }
    })
    await gh.pushFiles({ branch: 'main', files: { 'main-only.txt': 'm\n' } }) // diverge: must not appear
    const cmp = await api('GET', `${R()}/compare/main...feature`)
    expect(cmp.status).toBe(200)
    expect(at(cmp.body, 'status')).toBe('diverged')
    expect(at(cmp.body, 'merge_base_commit.sha')).toBe(
      (await gh.git(['merge-base', 'main', 'feature'])).trim()
    )
    expect(at(cmp.body, 'files')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          filename: 'INTRO.md',
          status: 'renamed',
          previous_filename: 'README.md'
        }),
        expect.objectContaining({ filename: 'x.blueprint.yaml', status: 'added' })
      ])
    )
    expect(rows(cmp.body, 'files').map((f) => f['filename'])).not.toContain('main-only.txt')

    const many = Object.fromEntries(
      Array.from({ length: 310 }, (_, i) => [`many/f${i}.txt`, `${i}\n`])
    )
    await gh.pushFiles({ branch: 'big', from: 'main', files: many })
    const big = await api('GET', `${R()}/compare/main...big`)
    expect(at(big.body, 'files')).toHaveLength(300)
  })

  it('pages pull-request files with per_page, page and a Link header', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [`pr/f${String(i).padStart(3, '0')}.txt`, `${i}\n`])
    )
    await gh.pushFiles({ branch: 'pr-branch', from: 'main', files })
    gh.addPullRequest({ number: 7, head: 'pr-branch', base: 'main' })
    const pr = await api('GET', `${R()}/pulls/7`)
    expect(pr.body).toMatchObject({
      number: 7,
      changed_files: 250,
      head: { ref: 'pr-branch', repo: { fork: false } },
      base: { ref: 'main' }
    })
    const seen: string[] = []
    let next: string | undefined = `${R()}/pulls/7/files?per_page=100`
    let pages = 0
    while (next) {
      const page: Reply = await api('GET', next)
      pages++
      seen.push(...rows(page.body).map((f) => String(f['filename'])))
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1]
    }
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(250)
    const first = await api('GET', `${R()}/pulls/7/files`)
    expect(first.body).toHaveLength(30) // GitHub's default page size
    expect(first.headers.get('link')).toMatch(/page=9>; rel="last"/)
  })

  it('stores comments with the token owner as author, pages them, and refuses bodies over 65,536 characters', async () => {
    for (let i = 0; i < 35; i++) gh.addComment(3, `human ${i}`, 'octocat')
    const created = await api('POST', `${R()}/issues/3/comments`, { body: 'hello <!-- marker -->' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      body: 'hello <!-- marker -->',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(at(created.body, 'html_url')).toMatch(/#issuecomment-\d+$/)
    const page2 = await api('GET', `${R()}/issues/3/comments?page=2`)
    expect(page2.body).toHaveLength(6)
    expect(at(page2.body, '5.id')).toBe(at(created.body, 'id'))
    const tooLong = await api('PATCH', `${R()}/issues/comments/${str(created.body, 'id')}`, {
      body: 'x'.repeat(65537)
    })
    expect(tooLong.status).toBe(422)
    const edited = await api('PATCH', `${R()}/issues/comments/${str(created.body, 'id')}`, {
      body: 'x'.repeat(65536)
    })
    expect(edited.status).toBe(200)
    expect(gh.comments(3).at(-1)?.body).toHaveLength(65536)
  })

  it('injects faults for the next matching requests only', async () => {
    gh.failNext({ method: 'GET', path: /\/git\/ref\/heads\/main$/, status: 502, times: 2 })
    expect((await api('GET', `${R()}/git/ref/heads/main`)).status).toBe(502)
    expect((await api('GET', `${R()}/git/ref/heads/main`)).status).toBe(502)
    expect((await api('GET', `${R()}/git/ref/heads/main`)).status).toBe(200)
    gh.failNext({ path: /\/compare\//, status: 403, body: { message: 'custom' } })
    const r = await api('GET', `${R()}/compare/main...feature`)
    expect(r).toMatchObject({ status: 403, body: { message: 'custom' } })
    expect(r.headers.get('x-ratelimit-remaining')).not.toBe('0')
  })

  it('gives a read-only token 403 on every write but lets it read', async () => {
    const head = await mainHead(READ_ONLY)
    expect(head).toMatch(/^[0-9a-f]{40}$/)
    const writes: Array<[string, string, unknown]> = [
      ['POST', `${R()}/git/blobs`, { content: 'x' }],
      ['POST', `${R()}/git/trees`, { tree: [] }],
      ['PATCH', `${R()}/git/refs/heads/main`, { sha: head, force: false }],
      ['POST', `${R()}/issues/3/comments`, { body: 'x' }]
    ]
    for (const [method, path, body] of writes) {
      const r = await api(method, path, body, READ_ONLY)
      expect(r).toMatchObject({
        status: 403,
        body: { message: 'Resource not accessible by integration' }
      })
    }
  })

  it('authenticates: unknown token 401, installation token 403 on GET /user, user token sees itself', async () => {
    expect((await api('GET', R(), undefined, 'nope')).status).toBe(401)
    expect(await api('GET', '/user')).toMatchObject({
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    expect(await api('GET', '/user', undefined, USER)).toMatchObject({
      status: 200,
      body: { login: 'octocat', type: 'User' }
    })
    const repo = await api('GET', R())
    expect(repo.body).toMatchObject({ default_branch: 'main', full_name: `${gh.owner}/${gh.repo}` })
    expect(repo.headers.get('x-ratelimit-limit')).toBe('5000')
  })

  describe('GET /contents/{path}', () => {
    const BINARY = Buffer.from([
      ...Array.from({ length: 256 }, (_, i) => i),
      0xc3,
      0x28,
      0xff,
      0xfe,
      0x00,
      0x0a
    ])
    const ODD = 'docs/ünïcode 文档/a b#c%d?.md'
    let older: string
    let newer: string

    async function get(
      path: string,
      accept = 'application/vnd.github+json'
    ): Promise<{ status: number; type: string; bytes: Buffer; json: () => unknown }> {
      const res = await fetch(`${gh.url}${path}`, {
        headers: { authorization: `token ${DEFAULT_TOKEN}`, accept }
      })
      const bytes = Buffer.from(await res.arrayBuffer())
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        bytes,
        json: () => JSON.parse(bytes.toString('utf8')) as unknown
      }
    }
    const enc = (path: string): string => path.split('/').map(encodeURIComponent).join('/')

    beforeAll(async () => {
      older = await gh.pushFiles({
        branch: 'contents',
        from: 'main',
        files: { 'site/nested/deep/page.md': 'version 1\n', 'site/img.bin': BINARY }
      })
      newer = await gh.pushFiles({
        branch: 'contents',
        files: {
          'site/nested/deep/page.md': 'version 2\n',
          [ODD]: 'odd name\n',
          'site/link.md': { content: 'nested/deep/page.md', mode: '120000' },
          'site/dangling.md': { content: '../../outside.md', mode: '120000' },
          'site/long.txt': 'x'.repeat(100)
        }
      })
    })

    it('answers a file as JSON: base64 content wrapped at 60 characters, sha, size, name and path', async () => {
      const r = await get(`${R()}/contents/site/long.txt?ref=contents`)
      expect(r.status).toBe(200)
      const body = r.json() as Record<string, unknown>
      expect(body).toMatchObject({
        type: 'file',
        encoding: 'base64',
        name: 'long.txt',
        path: 'site/long.txt',
        size: 100
      })
      expect(body['sha']).toBe((await gh.git(['rev-parse', `${newer}:site/long.txt`])).trim())
      const lines = String(body['content']).split('\n')
      expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true)
      expect(lines.at(-1)).toBe('') // a newline after the last line too
      expect(Buffer.from(String(body['content']), 'base64').toString()).toBe('x'.repeat(100))
    })

    it('answers raw bytes, binary included, for both raw media types', async () => {
      for (const accept of ['application/vnd.github.raw+json', 'application/vnd.github.v3.raw']) {
        const r = await get(`${R()}/contents/site/img.bin?ref=contents`, accept)
        expect(r.status).toBe(200)
        expect(r.type).toMatch(/^application\/vnd\.github\.raw/)
        expect(r.bytes.equals(BINARY)).toBe(true)
      }
      const json = (await get(`${R()}/contents/site/img.bin?ref=contents`)).json()
      expect(Buffer.from(str(json, 'content'), 'base64').equals(BINARY)).toBe(true)
    })

    it('reads nested paths at a branch, at an older sha, and at the default branch without ref', async () => {
      expect(
        (
          await get(
            `${R()}/contents/site/nested/deep/page.md?ref=contents`,
            'application/vnd.github.raw+json'
          )
        ).bytes.toString()
      ).toBe('version 2\n')
      expect(
        (
          await get(
            `${R()}/contents/site/nested/deep/page.md?ref=${older}`,
            'application/vnd.github.raw+json'
          )
        ).bytes.toString()
      ).toBe('version 1\n')
      // Octokit's `{path}` sends the slashes as %2F: GitHub takes that too.
      expect(
        (
          await get(
            `${R()}/contents/site%2Fnested%2Fdeep%2Fpage.md?ref=contents`,
            'application/vnd.github.raw+json'
          )
        ).bytes.toString()
      ).toBe('version 2\n')
      await gh.pushFiles({ branch: 'main', files: { 'on-main.txt': 'main\n' } })
      expect(
        (
          await get(`${R()}/contents/on-main.txt`, 'application/vnd.github.raw+json')
        ).bytes.toString()
      ).toBe('main\n')
    })

    it('reads a path with spaces, #, %, ? and unicode, encoded per segment', async () => {
      const r = await get(`${R()}/contents/${enc(ODD)}?ref=contents`)
      expect(r.status).toBe(200)
      expect(r.json()).toMatchObject({ type: 'file', path: ODD, name: 'a b#c%d?.md' })
      expect(
        (
          await get(`${R()}/contents/${enc(ODD)}?ref=contents`, 'application/vnd.github.raw+json')
        ).bytes.toString()
      ).toBe('odd name\n')
    })

    it('answers 404 Not Found for a missing path or ref, and for a file that exists only later', async () => {
      for (const path of [
        `${R()}/contents/site/nope.md?ref=contents`,
        `${R()}/contents/site/nested/deep/page.md/x?ref=contents`,
        `${R()}/contents/${enc(ODD)}?ref=${older}`
      ]) {
        const r = await get(path, 'application/vnd.github.raw+json')
        expect(r.status).toBe(404)
        expect(r.json()).toMatchObject({ message: 'Not Found' })
      }
      expect((await get(`${R()}/contents/site/img.bin?ref=no-such-branch`)).status).toBe(404)
    })

    it('lists a folder as an array of entries, raw or not', async () => {
      for (const accept of ['application/vnd.github+json', 'application/vnd.github.raw+json']) {
        const r = await get(`${R()}/contents/site?ref=contents`, accept)
        expect(r.status).toBe(200)
        expect(r.type).toMatch(/^application\/json/)
        const entries = r.json() as Array<Record<string, unknown>>
        expect(entries).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ type: 'dir', name: 'nested', path: 'site/nested' }),
            expect.objectContaining({
              type: 'file',
              name: 'img.bin',
              path: 'site/img.bin',
              size: BINARY.length
            }),
            expect.objectContaining({ type: 'symlink', name: 'link.md' })
          ])
        )
      }
    })

    it('follows a symbolic link to a file in the repository, and describes any other link', async () => {
      expect(
        (
          await get(`${R()}/contents/site/link.md?ref=contents`, 'application/vnd.github.raw+json')
        ).bytes.toString()
      ).toBe('version 2\n')
      const dangling = await get(
        `${R()}/contents/site/dangling.md?ref=contents`,
        'application/vnd.github.raw+json'
      )
      expect(dangling.type).toMatch(/^application\/json/)
      expect(dangling.json()).toMatchObject({
        type: 'symlink',
        target: '../../outside.md',
        path: 'site/dangling.md'
      })
    })
  })

  it('records requests without ever keeping the token', () => {
    expect(gh.requests.length).toBeGreaterThan(10)
    expect(gh.requests.every((r) => r.status > 0)).toBe(true)
    expect(JSON.stringify(gh.requests)).not.toContain(DEFAULT_TOKEN)
    expect(gh.requests.find((r) => r.method === 'PATCH')).toMatchObject({
      authorization: true,
      body: { force: false }
    })
  })
})

describe('pull requests, refs and branch protection', () => {
  it('creates, lists by head and state, edits and closes a pull request, as the REST API does', async () => {
    const base = await gh.pushFiles({ branch: 'trunk', files: { 'a.txt': 'a\n' } })
    await gh.pushFiles({ branch: 'topic', from: base, files: { 'b.txt': 'b\n' } })
    const created = await api('POST', `${R()}/pulls`, {
      title: 'Topic',
      head: 'topic',
      base: 'trunk',
      body: 'why'
    })
    expect(created.status).toBe(201)
    const number = Number(at(created.body, 'number'))
    expect(created.body).toMatchObject({
      state: 'open',
      title: 'Topic',
      body: 'why',
      head: { ref: 'topic', label: `${gh.owner}:topic` },
      base: { ref: 'trunk' },
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const again = await api('POST', `${R()}/pulls`, { title: 'x', head: 'topic', base: 'trunk' })
    expect(again.status).toBe(422)
    expect(str(again.body, 'errors.0.message')).toBe(
      `A pull request already exists for ${gh.owner}:topic.`
    )
    const listed = await api('GET', `${R()}/pulls?head=${gh.owner}:topic&state=open`)
    expect(rows(listed.body).map((p) => p['number'])).toEqual([number])
    expect(rows((await api('GET', `${R()}/pulls?head=someone:topic`)).body)).toEqual([])
    const closed = await api('PATCH', `${R()}/pulls/${number}`, { state: 'closed', title: 'T2' })
    expect(closed.body).toMatchObject({ state: 'closed', title: 'T2' })
    expect(rows((await api('GET', `${R()}/pulls?head=${gh.owner}:topic`)).body)).toEqual([])
    expect(
      rows((await api('GET', `${R()}/pulls?head=${gh.owner}:topic&state=closed`)).body)
    ).toHaveLength(1)
  })

  it('creates and deletes refs; an existing one is "Reference already exists"', async () => {
    const sha = await mainHead()
    const made = await api('POST', `${R()}/git/refs`, { ref: 'refs/heads/made/here', sha })
    expect(made.status).toBe(201)
    expect(str(made.body, 'ref')).toBe('refs/heads/made/here')
    const twice = await api('POST', `${R()}/git/refs`, { ref: 'refs/heads/made/here', sha })
    expect([twice.status, str(twice.body, 'message')]).toEqual([422, 'Reference already exists'])
    expect((await api('DELETE', `${R()}/git/refs/heads/made/here`)).status).toBe(204)
    const gone = await api('DELETE', `${R()}/git/refs/heads/made/here`)
    expect([gone.status, str(gone.body, 'message')]).toEqual([422, 'Reference does not exist'])
  })

  it.each([
    ['classic', 'Protected branch update failed for refs/heads/guarded.'],
    [
      'ruleset',
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    ]
  ] as const)('%s protection refuses a ref update with GitHub’s own 422', async (kind, message) => {
    const first = await gh.pushFiles({ branch: 'guarded', files: { 'g.txt': '1\n' } })
    const second = await gh.pushFiles({
      branch: 'elsewhere',
      from: first,
      files: { 'g.txt': '2\n' }
    })
    gh.protectBranch('guarded', kind)
    const refused = await api('PATCH', `${R()}/git/refs/heads/guarded`, {
      sha: second,
      force: false
    })
    expect(refused.status).toBe(422)
    expect(str(refused.body, 'message')).toBe(message)
    expect((await gh.git(['rev-parse', 'refs/heads/guarded'])).trim()).toBe(first)
  })
})
