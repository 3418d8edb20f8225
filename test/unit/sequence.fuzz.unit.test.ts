/**
 * Property tests for flows drawn as sequence diagrams: whatever text names
 * a component or a message, each line of the diagram is one statement of
 * the shape Mermaid's sequence grammar reads (generated ids, `as` and `:`
 * where we put them, nothing raw that ends a statement, opens a comment or
 * a directive, or starts markup), and decoding the entity codes gives back
 * the text as written (clipped, on one line). The render suite draws such
 * diagrams in Chromium (test/render/flows.browser.test.ts).
 *
 * FC_RUNS sets the number of runs; FC_SEED replays.
 */
import fc from 'fast-check'
import { MAX_LABEL_CHARS } from '../../src/engine/mermaid/escape.js'
import { escapeSequenceText, sequenceDiagram } from '../../src/engine/mermaid/sequence.js'
import type { Blueprint, Flow } from '../../src/engine/model.js'
import { clip } from '../../src/engine/text.js'
import { fuzzRuns } from '../support/fast-check-seed.js'
import { decodeEntities } from '../support/real-systems.js'
import { SEQUENCE_HOSTILE_PIECES } from '../support/sequence-pieces.js'

const RUNS = fuzzRuns(300)

/** Text that breaks sequence diagrams when left raw, mixed with anything. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...SEQUENCE_HOSTILE_PIECES), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 30 })
)

/** What a reader should see for a text: on one line, clipped, as written. */
const seen = (text: string): string => {
  const shown = clip(text.replace(/\s+/g, ' '), MAX_LABEL_CHARS).trim()
  return visible(shown === '' ? '\u00a0' : shown)
}

/**
 * Text without zero-width spaces: the escaping puts one between `$$` (KaTeX) and after the
 * `\` of `\n` (a line break), which a reader does not see.
 */
const visible = (text: string): string => text.replace(/\u200b/g, '')

/** The characters that never stand raw in a participant's alias or a message. */
const RAW = /[#;<>&:,@%"`\\{}|\n\r\u2028\u2029\u0085]/

function strip(line: string): string {
  // The entity codes we write, and our own `<br/>`, are the only `#…;` and tags allowed.
  return line.replace(/#(?:\d+|quot|lt|gt|amp);/g, '').replace(/<br\/>/g, '')
}

describe('sequence diagram escaping', () => {
  it('gives back the text as written, and nothing raw that Mermaid reads as syntax', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeSequenceText(text)
        expect(visible(decodeEntities(escaped.replace(/<br\/>/g, '\n')))).toBe(
          visible(text.trim().replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n'))
        )
        expect(strip(escaped)).not.toMatch(RAW)
        expect(escaped).not.toMatch(/(?<![#\w])end\b/i)
        expect(escaped).not.toMatch(/^[+-]|^(?:no)?wrap/i)
      }),
      { numRuns: RUNS }
    )
  })

  it('draws every flow as generated ids, one statement a line, names and messages intact', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({ from: fc.nat(), to: fc.nat(), message: hostile, async: fc.boolean() }),
          { minLength: 1, maxLength: 8 }
        ),
        (names, steps) => {
          const bp: Blueprint = {
            id: 'b',
            project: 'p',
            diagram: { type: 'flowchart', direction: 'TB' },
            components: names.map((name, i) => ({ id: `c${i}`, name, type: 'service' })),
            dependencies: [],
            sections: {}
          }
          const id = (n: number) => `c${n % names.length}`
          const flow: Flow = {
            name: 'f',
            steps: steps.map((s) => ({
              from: id(s.from),
              to: id(s.to),
              message: s.message,
              async: s.async
            }))
          }
          const lines = sequenceDiagram(bp, flow).split('\n')
          expect(lines[0]).toBe('sequenceDiagram')
          const participants = lines.filter((l) => l.startsWith('    participant '))
          const messages = lines.slice(1 + participants.length)
          expect(1 + participants.length + messages.length).toBe(lines.length)
          const shown = new Map<string, string>()
          for (const line of participants) {
            const m = /^ {4}participant (p[0-9a-f]+) as (.+)$/.exec(line)
            expect(m).not.toBeNull()
            expect(strip(m?.[2] ?? '')).not.toMatch(RAW)
            shown.set(m?.[1] ?? '', visible(decodeEntities(m?.[2] ?? '')))
          }
          expect(messages).toHaveLength(flow.steps.length)
          messages.forEach((line, i) => {
            const step = flow.steps[i]
            const m = /^ {4}(p[0-9a-f]+)(->>|-\))(p[0-9a-f]+): (.+)$/.exec(line)
            expect(m).not.toBeNull()
            expect(m?.[2]).toBe(step?.async ? '-)' : '->>')
            expect(shown.get(m?.[1] ?? '')).toBe(seen(names[Number(step?.from.slice(1))] ?? ''))
            expect(shown.get(m?.[3] ?? '')).toBe(seen(names[Number(step?.to.slice(1))] ?? ''))
            expect(strip(m?.[4] ?? '')).not.toMatch(RAW)
            expect(visible(decodeEntities(m?.[4] ?? ''))).toBe(seen(step?.message ?? ''))
          })
        }
      ),
      { numRuns: RUNS }
    )
  })
})
