/**
 * The engine's shared text helpers: every count, cut and order in documents,
 * diagrams, comments and loader messages comes from these.
 */
import fc from 'fast-check'
import { PathError } from '../../src/engine/paths.js'
import { clip, compareText, formatCount, messageOf, plural } from '../../src/engine/text.js'

describe('formatCount and plural', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [2400, '2,400'],
    [1234567, '1,234,567']
  ])('groups %d as %s', (n, shown) => {
    expect(formatCount(n)).toBe(shown)
  })

  it.each([
    [1, 'component', undefined, '1 component'],
    [0, 'component', undefined, '0 components'],
    [2400, 'component', undefined, '2,400 components'],
    [1, 'dependency', 'dependencies', '1 dependency'],
    [3, 'dependency', 'dependencies', '3 dependencies']
  ])('counts %d %s', (n, one, many, shown) => {
    expect(plural(n, one, many)).toBe(shown)
  })
})

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['one too long', 11, 'one too lo…'],
    ['😀😀😀😀', 4, '😀😀😀😀'],
    ['😀😀😀😀😀', 4, '😀😀😀…'],
    ['ab', 1, 'a…']
  ])('cuts %j to at most %d characters', (text, max, clipped) => {
    expect(clip(text, max)).toBe(clipped)
  })

  it('drops the white space before the ellipsis only when asked', () => {
    expect(clip('a word here', 8)).toBe('a word …')
    expect(clip('a word here', 8, { trimEnd: true })).toBe('a word…')
  })

  it('never cuts inside a surrogate pair and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 2, max: 30 }),
        (text, max) => {
          const clipped = clip(text, max)
          expect(Array.from(clipped).length).toBeLessThanOrEqual(max)
          if (clipped === text) return
          expect(clipped.endsWith('…')).toBe(true)
          // What is kept is whole characters of the text, from its start.
          const kept = Array.from(clipped.slice(0, -1))
          expect(kept).toEqual(Array.from(text).slice(0, kept.length))
        }
      )
    )
  })
})

describe('compareText', () => {
  it('orders by code unit, the same on every machine', () => {
    expect(['b', 'B', 'a', 'é', 'A'].sort(compareText)).toEqual(['A', 'B', 'a', 'b', 'é'])
  })
})

describe('messageOf', () => {
  it.each([
    [new Error('boom'), 'boom'],
    ['plain', 'plain'],
    [42, '42'],
    [new PathError('docs/x.md', 'is outside the repository'), 'is outside the repository']
  ])('turns %p into %j', (error, message) => {
    expect(messageOf(error)).toBe(message)
  })
})
