/**
 * The fix command printed beside stale documents: it runs the same build
 * that printed it, and a POSIX shell reads every word back as it was meant.
 */
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { fixCommand, shellWord } from '../../src/project/stale.js'
import { fuzzRuns } from '../support/fast-check-seed.js'

describe('fixCommand', () => {
  it.each([
    [{ version: '1.2.3' }, 'npx --yes blueprint-docs@1.2.3 generate'],
    [
      { actionRepository: 'acme/blueprint-docs', actionRef: 'v1', version: '1.2.3' },
      "npx --yes 'github:acme/blueprint-docs#v1' generate"
    ],
    [
      { actionRepository: 'acme/blueprint-docs', actionRef: '0123abc', version: '1.2.3' },
      "npx --yes 'github:acme/blueprint-docs#0123abc' generate"
    ],
    // `uses: ./` leaves both empty; one without the other cannot name a build.
    [
      { actionRepository: '', actionRef: '', version: '1.2.3' },
      'npx --yes blueprint-docs@1.2.3 generate'
    ],
    [
      { actionRepository: 'acme/blueprint-docs', version: '1.2.3' },
      'npx --yes blueprint-docs@1.2.3 generate'
    ],
    [{ actionRef: 'v1', version: '1.2.3' }, 'npx --yes blueprint-docs@1.2.3 generate']
  ])('from %j runs %s', (source, expected) => {
    expect(fixCommand({ repeat: {} }, source)).toBe(expected)
  })

  it('repeats what the run was given that the command would not get otherwise', () => {
    const source = { version: '1.0.0' }
    expect(fixCommand({ repeat: {}, workingDirectory: '.' }, source)).toBe(
      'npx --yes blueprint-docs@1.0.0 generate'
    )
    expect(
      fixCommand(
        {
          repeat: {
            blueprints: ['arch/**/*.yaml', 'more.yml'],
            output: 'docs/{name}.md',
            template: 'docs/format.md'
          },
          workingDirectory: 'services/shop'
        },
        source
      )
    ).toBe(
      "npx --yes blueprint-docs@1.0.0 generate --blueprints 'arch/**/*.yaml' --blueprints more.yml --output 'docs/{name}.md' --template docs/format.md --working-directory services/shop"
    )
  })
})

describe('shellWord', () => {
  it.each([
    ['generate', 'generate'],
    ['--output', '--output'],
    ['blueprint-docs@1.2.3', 'blueprint-docs@1.2.3'],
    ['a_b.c/d:e%f+g=h,i', 'a_b.c/d:e%f+g=h,i'],
    ['docs/{name}.md', "'docs/{name}.md'"],
    ['my docs/x.md', "'my docs/x.md'"],
    ["it's", "'it'\\''s'"],
    ['', "''"],
    ['$HOME', "'$HOME'"],
    ['a\nb', "'a\nb'"]
  ])('%j → %s', (word, expected) => {
    expect(shellWord(word)).toBe(expected)
  })

  it('every word reads back as itself in sh', () => {
    const words = fc.array(
      fc.string({ unit: 'binary', maxLength: 12 }).filter((w) => !w.includes('\0')),
      {
        minLength: 1,
        maxLength: 8
      }
    )
    fc.assert(
      fc.property(words, (given) => {
        const script = `for w in ${given.map(shellWord).join(' ')}; do printf '%s\\0' "$w"; done`
        const back = execFileSync('sh', ['-c', script], { encoding: 'utf8' })
        expect(back.split('\0').slice(0, -1)).toEqual(given)
      }),
      { numRuns: fuzzRuns(50) }
    )
  })
})
