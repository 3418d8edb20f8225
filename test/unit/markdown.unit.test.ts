/**
 * Outside text in the review: inline text and code spans, and fences that
 * hold any text (src/engine/markdown.ts).
 */
import { fence, safeInline } from '../../src/engine/markdown.js'
import { structureProblems } from './review-fixtures.js'

describe('safeInline', () => {
  it.each([
    ['an @mention', 'ping @octocat', 'ping @&#8203;octocat'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a details tag', '</details>', '&lt;/details&gt;'],
    ['a table pipe and newlines', 'a | b\nc\r\nd', 'a &#124; b c d'],
    [
      'our marker',
      '<!-- blueprint-docs:comment tag=x -->',
      '&lt;!-- blueprint-docs:\u200Dcomment tag=x --&gt;'
    ],
    [
      'emphasis and backticks',
      '**bold** `code` [link](x) _em_',
      '\\*\\*bold\\*\\* \\`code\\` \\[link\\](x) \\_em\\_'
    ],
    ['an issue reference (left alone)', 'fixes #123', 'fixes #123'],
    ['intraword underscores (left alone)', 'orders_db', 'orders_db'],
    ['bidi overrides', 'a\u202Eb', 'ab'],
    ['a heading at line start', '# Title', '\\# Title'],
    ['a list at line start', '- item', '\\- item'],
    ['a numbered list at line start', '1. item', '1\\. item'],
    ['a heading behind leading spaces', '  # Heading', '\\# Heading'],
    ['a list behind a tab and a newline', '\t\n- item', '\\- item'],
    ['a closing run of # (a heading would drop it)', 'Checkout ##', 'Checkout \\##'],
    ['a # that closes nothing', 'C#', 'C#'],
    ['an entity (shown, not decoded)', '&lt; R&D', '&amp;lt; R&D'],
    ['white space only', ' \t\n ', '(blank)'],
    ['nothing', '', '(blank)']
  ])('defuses %s', (_name, input, expected) => {
    expect(safeInline(input)).toBe(expected)
  })

  it.each([
    ['plain', 'orders-db', '`orders-db`'],
    ['backticks inside', 'a``b', '```a``b```'],
    ['a backtick at the end', 'a`', '`` a` ``'],
    ['a pipe (falls back to text)', 'a|b', 'a&#124;b'],
    ['a mention (code is inert)', '@team', '`@team`'],
    ['white space only', '   ', '(blank)'],
    ['spaces around', '  orders-db ', '`orders-db`']
  ])('renders code style for %s', (_name, input, expected) => {
    expect(safeInline(input, { style: 'code' })).toBe(expected)
  })

  it('cuts a long path in the middle, so two paths that differ only at the end stay apart', () => {
    const dir = 'systems/'.repeat(40)
    const a = safeInline(`${dir}checkout.blueprint.yaml`, {
      style: 'code',
      max: 200,
      cut: 'middle'
    })
    const b = safeInline(`${dir}payments.blueprint.yaml`, {
      style: 'code',
      max: 200,
      cut: 'middle'
    })
    expect(a).not.toBe(b)
    expect(a).toMatch(/^`systems\/.*….*checkout\.blueprint\.yaml`$/)
  })

  it('cuts long text on a code point boundary', () => {
    expect(safeInline('😀'.repeat(10), { max: 4 })).toBe('😀😀😀…')
  })
})

describe('fence', () => {
  it.each([
    ['no backticks', 'a\nb', 3],
    ['a three-backtick fence inside', '```js\nx\n```', 4],
    ['a run of seven', 'x ``````` y', 8]
  ])('is longer than any backtick run inside (%s)', (_name, content, length) => {
    const f = fence(content, 'diff')
    expect(f.startsWith(`${'`'.repeat(length)}diff\n`)).toBe(true)
    expect(f.endsWith(`\n${'`'.repeat(length)}`)).toBe(true)
    expect(structureProblems(f)).toEqual([])
  })
})
