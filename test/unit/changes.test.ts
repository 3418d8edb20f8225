import fc from 'fast-check'
import picomatch from 'picomatch'
import { fromChanges, noneCanMatch } from '../../src/project/changes.js'
import { DEFAULT_BLUEPRINT_GLOBS } from '../../src/engine/paths.js'

const GLOB_PIECES = [
  '**/',
  '*',
  '?',
  '.',
  'blueprint',
  '.yaml',
  '.yml',
  '.json',
  'docs/',
  '{a,b}',
  '[ab]',
  '@(x|y)',
  '!',
  '\\*',
  'a',
  'b',
  '-',
  '_',
  '/',
  'x.md'
]
const PATH_PIECES = [
  'docs/',
  'a',
  'b',
  'x',
  'y',
  '.',
  '.blueprint',
  '.yaml',
  '.yml',
  '.json',
  '.md',
  '/',
  '-',
  '_',
  '*',
  'README',
  '.github/'
]

describe('noneCanMatch: proving a push changed no blueprint without compiling the globs', () => {
  it('never claims "no match" when picomatch finds one', () => {
    const glob = fc
      .array(fc.constantFrom(...GLOB_PIECES), { minLength: 1, maxLength: 6 })
      .map((p) => p.join(''))
    const file = fc
      .array(fc.constantFrom(...PATH_PIECES), { minLength: 1, maxLength: 6 })
      .map((p) => p.join(''))
    let proven = 0
    fc.assert(
      fc.property(
        fc.array(glob, { minLength: 1, maxLength: 3 }),
        fc.array(file, { minLength: 1, maxLength: 4 }),
        (globs, files) => {
          if (!noneCanMatch(globs, files)) return
          proven++
          expect(files.filter((f) => picomatch(globs)(f))).toEqual([])
        }
      ),
      { numRuns: 3000 }
    )
    // The claim was put to the test often enough to mean something (not a vacuous pass).
    expect(proven).toBeGreaterThan(300)
  })

  it.each([
    [[...DEFAULT_BLUEPRINT_GLOBS], ['README.md', 'src/a.ts', 'docs/x.md'], true],
    [[...DEFAULT_BLUEPRINT_GLOBS], ['README.md', 'a/b.blueprint.yml'], false],
    [[...DEFAULT_BLUEPRINT_GLOBS], ['A.BLUEPRINT.YAML'], true],
    [['**/*.{yaml,yml}'], ['README.md'], false],
    [['!**/*.md'], ['README.md'], false],
    [['docs/**'], ['README.md'], false],
    [['architecture/*.yaml'], ['README.md', 'a.yml'], true],
    // Found by the property above (CI, seed -1325197802): picomatch negates after a `./` prefix.
    [['./!x.md'], ['docs/'], false],
    [['*.md'], ['a.md/'], false]
  ])('globs %j, changed %j: provably none = %s', (globs, files, expected) => {
    expect(noneCanMatch(globs, files)).toBe(expected)
  })

  it('fromChanges (the command line’s path) still selects with picomatch', () => {
    const detected = fromChanges(
      { globs: [...DEFAULT_BLUEPRINT_GLOBS], configFiles: [], prefix: '.' },
      {
        files: [
          { path: 'a/b.blueprint.yaml', status: 'modified' },
          { path: 'README.md', status: 'modified' }
        ],
        source: 'test'
      }
    )
    expect(detected.selection).toEqual({
      kind: 'paths',
      paths: ['a/b.blueprint.yaml'],
      removed: []
    })
  })
})
