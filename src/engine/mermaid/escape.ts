/**
 * User text inside Mermaid: clipped, escaped in one pass, and always inside
 * double quotes. Every rule here was checked by rendering in headless
 * Chromium with the real mermaid bundle.
 */
import { clip } from '../text.js'

/** User text longer than this (in code points) is cut and ends in `…`. */
export const MAX_LABEL_CHARS = 200

/**
 * Flowchart label escaping. Mermaid decodes `#name;` / `#123;` entity codes in
 * labels; backslashes escape nothing. Why each character:
 * - `#` first of all, in the same pass, so the `#` of our own codes is never
 *   escaped again, and user text such as `#quot;` stays literal;
 * - `"` ends the label; `` ` `` right after the opening quote starts a
 *   Markdown string; `|` ends an edge label;
 * - `<` `>` `&`: raw tags are dropped by the sanitizer (text lost) or let
 *   entities through;
 * - `%`: `%%{init: …}%%` is picked out of the *whole* text as a directive, even
 *   inside quotes, which breaks the line (found in the browser);
 * - `:`: Mermaid pre-processes every line matching `style.*:\S*#.*;` by
 *   deleting its last `;`, which mangles a label like `style:x#` (its `#35;`
 *   loses the `;`); without a raw `:` the pattern cannot match (found in the
 *   browser);
 * - `\`: a literal `\n` or `\N` in a label is drawn as a line break (found in
 *   the browser: `C:\new` lost its `\n`); `#92;` alone is not enough once the
 *   label holds a `<br/>`, so `\n` also gets a zero-width space (`#8203;`);
 * - `$$`: Mermaid 11 renders `$$…$$` as KaTeX math, and an unbalanced formula
 *   fails the whole diagram (found in the browser); entity codes are decoded
 *   before that check, so a zero-width space (`#8203;`) goes between the signs;
 * - line breaks (`\r\n`, `\n`, `\r`, U+2028, U+2029, U+0085) become `<br/>`:
 *   a raw newline inside a label ends the statement.
 * Brackets, braces, parentheses, `;` and `@` are harmless inside quotes and stay
 * readable in the source.
 */
const FLOWCHART_ESCAPES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '|': '#124;',
  '%': '#37;',
  ':': '#58;',
  '\\': '#92;',
  // Even as an entity, `\` + `n` (either case) becomes a line break once a label has a `<br/>`; a zero-width space stops that.
  '\\n': '#92;#8203;n',
  '\\N': '#92;#8203;N',
  // Only a `$` followed by another is matched: `$$…$$` is KaTeX math (even as `#36;#36;`).
  $: '$#8203;'
}
const FLOWCHART_PATTERN = /\r\n|[\r\n\u2028\u2029\u0085]|\\[nN]|\$(?=\$)|[#"<>&`|%:\\]/g

/**
 * Escapes text for a double-quoted Mermaid flowchart label (node, edge or
 * subgraph title), in one pass: `#`→`#35;`, `"`→`#quot;`, `<`→`#lt;`,
 * `>`→`#gt;`, `&`→`#amp;`, `` ` ``→`#96;`, `|`→`#124;`, `%`→`#37;`,
 * `:`→`#58;`, `\`→`#92;` (`\n`→`#92;#8203;n`, also `\N`), `$$`→`$#8203;$`, and each line break → `<br/>`. It does not clip; an empty
 * result must not be emitted as `""` (Mermaid refuses empty quoted labels).
 */
export function escapeLabel(text: string): string {
  return text.replace(FLOWCHART_PATTERN, (ch) => FLOWCHART_ESCAPES[ch] ?? '<br/>')
}

/** A clipped, escaped, never-empty flowchart label. */
export function label(...lines: readonly (string | undefined)[]): string {
  const text = lines
    .filter((l): l is string => l !== undefined && l !== '')
    .map((l) => escapeLabel(clip(l, MAX_LABEL_CHARS)))
    .join('<br/>')
  // `[""]` is a parse error; a no-break space keeps the shape.
  return text === '' ? '#160;' : text
}
