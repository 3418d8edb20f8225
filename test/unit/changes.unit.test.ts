/**
 * Change detection: which changed paths are blueprints (picomatch's answer,
 * with its own rules for negation, braces, case and dot folders), and which
 * history a push is measured with, against in-memory fakes of Git and the API.
 */
import { detectChanges, fromChanges, type DetectOptions } from '../../src/project/changes.js'
import type { ChangedPath, Git } from '../../src/project/ports.js'
import type { RunEvent } from '../../src/project/event.js'
import { DEFAULT_BLUEPRINT_GLOBS } from '../../src/engine/paths.js'

const DEFAULTS: readonly string[] = [...DEFAULT_BLUEPRINT_GLOBS]

const modified = (...paths: string[]): ChangedPath[] =>
  paths.map((path) => ({ path, status: 'modified' }))

function select(globs: readonly string[], files: readonly ChangedPath[], prefix = '.') {
  return fromChanges({ globs, configFiles: ['docs/format.md'], prefix }, { files, source: 'test' })
}

describe('fromChanges: picomatch decides which changed paths are blueprints', () => {
  it.each([
    [DEFAULTS, ['README.md', 'src/a.ts', 'docs/x.md'], []],
    [DEFAULTS, ['README.md', 'a/b.blueprint.yml'], ['a/b.blueprint.yml']],
    [DEFAULTS, ['A.BLUEPRINT.YAML'], []],
    [DEFAULTS, ['.hidden/x.blueprint.yaml'], []],
    [['**/*.{yaml,yml}'], ['x.yml', 'a/b.yaml', 'README.md'], ['x.yml', 'a/b.yaml']],
    [['!**/*.md'], ['README.md', 'a.yaml'], ['a.yaml']],
    [['./!x.md'], ['x.md', 'y.md'], ['y.md']],
    [
      ['architecture/*.yaml'],
      ['architecture/a.yaml', 'architecture/x/a.yaml'],
      ['architecture/a.yaml']
    ],
    [['*.md'], ['a.md/'], ['a.md/']]
  ])('globs %j, changed %j: selects %j', (globs, changed, expected) => {
    expect(select(globs, modified(...changed)).selection).toEqual({
      kind: 'paths',
      paths: expected,
      removed: []
    })
  })

  it('takes paths inside the working directory only, relative to it', () => {
    const detected = select(
      DEFAULTS,
      modified('sub/a.blueprint.yaml', 'other/b.blueprint.yaml', 'subway/c.blueprint.yaml'),
      'sub/'
    )
    expect(detected.selection).toEqual({ kind: 'paths', paths: ['a.blueprint.yaml'], removed: [] })
  })

  it('counts a deleted blueprint and the old side of a rename as removed, and keeps the rename', () => {
    const detected = select(DEFAULTS, [
      { path: 'gone.blueprint.yaml', status: 'removed' },
      { path: 'new.blueprint.yaml', status: 'renamed', previousPath: 'old.blueprint.yaml' },
      { path: 'notes.md', status: 'renamed', previousPath: 'was.blueprint.yaml' }
    ])
    expect(detected.selection).toEqual({
      kind: 'paths',
      paths: ['new.blueprint.yaml'],
      removed: ['gone.blueprint.yaml', 'old.blueprint.yaml', 'was.blueprint.yaml']
    })
    expect([...detected.renames]).toEqual([['new.blueprint.yaml', 'old.blueprint.yaml']])
    expect(detected.reason).toBe('test: 4 blueprints changed')
  })

  it('selects every blueprint when a configuration file changed, even renamed away', () => {
    const detected = select(DEFAULTS, [
      { path: 'docs/old-format.md', status: 'renamed', previousPath: 'docs/format.md' }
    ])
    expect(detected).toMatchObject({
      selection: { kind: 'all' },
      reason: 'docs/format.md changed: every blueprint'
    })
  })
})

const BEFORE = 'a'.repeat(40)
const AFTER = 'b'.repeat(40)

/** A clone that holds every commit and answers `git diff` with `files`. */
function fakeGit(files: ChangedPath[] | 'missing objects'): Git {
  const none = async () => undefined
  return {
    isRepository: async () => true,
    hasCommit: async () => true,
    isShallow: async () => false,
    isAncestor: async () => true,
    mergeBase: none,
    resolve: none,
    changes: async () => {
      if (files === 'missing objects') throw new Error('fatal: bad object')
      return files
    },
    lastChanged: async () => new Map(),
    show: none
  }
}

function pushOf(git: Git, api: DetectOptions['api'], globs = DEFAULTS): DetectOptions {
  const event: RunEvent = {
    kind: 'push',
    before: BEFORE,
    after: AFTER,
    branch: 'feature',
    defaultBranch: 'main',
    deleted: false,
    forced: false
  }
  return { event, all: false, globs, git, api, configFiles: [], prefix: '.' }
}

const NO_API: DetectOptions['api'] = () => Promise.reject(new Error('the API was not to be asked'))

describe('detectChanges on a fast-forward push', () => {
  it('selects no blueprint when none of the changed paths is one', async () => {
    const detected = await detectChanges(
      pushOf(fakeGit(modified('README.md', 'src/index.ts')), NO_API)
    )
    expect(detected).toEqual({
      selection: { kind: 'paths', paths: [], removed: [] },
      reason: 'git diff aaaaaaa..bbbbbbb: no blueprint changed',
      renames: new Map(),
      // The changed Markdown files: a marked region in one may be new or edited by hand.
      markdown: ['README.md'],
      base: BEFORE
    })
  })

  it('selects the changed blueprints by the globs of the run', async () => {
    const git = fakeGit(modified('README.md', 'arch/shop.yaml', 'x.blueprint.yaml'))
    const detected = await detectChanges(pushOf(git, NO_API, ['arch/*.yaml']))
    expect(detected.selection).toEqual({ kind: 'paths', paths: ['arch/shop.yaml'], removed: [] })
  })

  it('asks the compare API when the clone lacks the commits', async () => {
    const api: DetectOptions['api'] = async () => ({
      pullRequestFiles: () => Promise.reject(new Error('the pull request was not to be listed')),
      compare: async () => ({
        files: modified('a.blueprint.json', 'b.md'),
        complete: true,
        status: 'ahead'
      })
    })
    const detected = await detectChanges(pushOf(fakeGit('missing objects'), api))
    expect(detected).toMatchObject({
      selection: { kind: 'paths', paths: ['a.blueprint.json'], removed: [] },
      reason: 'the compare API aaaaaaa...bbbbbbb: 1 blueprint changed'
    })
  })
})
