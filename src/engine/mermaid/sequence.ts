/**
 * A flow → a Mermaid `sequenceDiagram`: one participant per component the
 * flow visits, in the order first met, named with the component's name, and
 * one message per step. Participant ids are generated (`p` + hex of a hash
 * of the component id), never user text; every name and message goes
 * through {@link escapeSequenceText}. Every escaping rule here was checked by
 * rendering in headless Chromium with the real mermaid bundle.
 */
import type { Blueprint, Flow } from '../model.js'
import { clip } from '../text.js'
import { MAX_LABEL_CHARS } from './escape.js'
import { assignIds } from './ids.js'

/**
 * Sequence-diagram text escaping. Mermaid replaces `#name;` / `#123;` entity
 * codes before it parses (and puts the characters back in the drawing), so
 * an entity code is safe wherever plain text is. Why each character:
 * - `#` first, in the same pass, so our own codes are never escaped again;
 *   raw, it starts a comment and ends a message;
 * - `;` ends a statement (a message or an alias stops there);
 * - `<` `>` `&`: raw tags are dropped by the sanitizer, entities let through;
 * - `:` ends a participant's alias, `,` and `@` are participant syntax;
 * - `%`: `%%` starts a comment, `%%{…}%%` a directive, anywhere in the text;
 * - `"` and `` ` `` are shown as written only as codes;
 * - `\` and `$$` as in the flowchart: `\n` draws a line break, `$$…$$` math;
 * - `{` `}`: a participant's `@{ … }` configuration;
 * - `+` and `-` at the start: activation marks after an arrow;
 * - `end` as a word closes a block (`loop`, `alt`), so its `e` is a code;
 * - a message starting with `wrap` or `nowrap` is a wrapping directive;
 * - line breaks (`\r\n`, `\n`, `\r`, U+2028, U+2029, U+0085) become `<br/>`.
 */
const SEQUENCE_ESCAPES: Readonly<Record<string, string>> = {
  '#': '#35;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  ':': '#58;',
  ',': '#44;',
  '@': '#64;',
  '%': '#37;',
  '"': '#quot;',
  '`': '#96;',
  '\\': '#92;',
  '\\n': '#92;#8203;n',
  '\\N': '#92;#8203;N',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  $: '$#8203;'
}
const SEQUENCE_PATTERN =
  /\r\n|[\r\n\u2028\u2029\u0085]|\\[nN]|\$(?=\$)|[#;<>&:,@%"`\\{}|]|\b[eE][nN][dD]\b/g

/** One pass of {@link SEQUENCE_ESCAPES}; a word `end` in any case gets its first letter as a code. */
export function escapeSequenceText(text: string): string {
  const escaped = text
    .trim()
    .replace(SEQUENCE_PATTERN, (match) =>
      match.length === 3 && /^end$/i.test(match)
        ? `#${match.charCodeAt(0)};${match.slice(1)}`
        : (SEQUENCE_ESCAPES[match] ?? '<br/>')
    )
  // A leading `+`/`-` marks activation; a leading `wrap`/`nowrap` is a directive.
  const lead = /^(?:[+-]|(?:no)?wrap)/i.exec(escaped)
  if (lead === null) return escaped
  return `#${escaped.charCodeAt(0)};${escaped.slice(1)}`
}

/** A clipped, escaped, never-empty text for a participant or a message. */
function text(value: string): string {
  const shown = escapeSequenceText(clip(value.replace(/\s+/g, ' '), MAX_LABEL_CHARS))
  // An empty alias or message is a parse error; a no-break space keeps the line.
  return shown === '' ? '#160;' : shown
}

/** What the diagram calls a flow's end: a component's name, or how another blueprint's component is shown. */
export type ParticipantName = (end: string) => string

/**
 * The flow as Mermaid text (no fence, LF line ends, no trailing newline).
 * `nameOf` names an end that is no component of the blueprint (a reference
 * to another blueprint); by default the reference itself.
 */
export function sequenceDiagram(bp: Blueprint, flow: Flow, nameOf?: ParticipantName): string {
  const names = new Map(bp.components.map((c) => [c.id, c.name]))
  const order: string[] = []
  const seen = new Set<string>()
  for (const step of flow.steps)
    for (const end of [step.from, step.to])
      if (!seen.has(end)) {
        seen.add(end)
        order.push(end)
      }
  const ids = assignIds(order, 'p')
  const id = (end: string): string => ids.get(end) ?? 'p0'
  const lines = ['sequenceDiagram']
  for (const end of order)
    lines.push(`    participant ${id(end)} as ${text(names.get(end) ?? nameOf?.(end) ?? end)}`)
  for (const step of flow.steps) {
    const arrow = step.async ? '-)' : '->>'
    lines.push(`    ${id(step.from)}${arrow}${id(step.to)}: ${text(step.message ?? '')}`)
  }
  return lines.join('\n')
}
