/**
 * A `.blueprint.json` file is read as JSON, not as the YAML that happens to
 * accept most JSON: a trailing comma, a comment, single quotes or a bare word
 * are errors, said in JSON's terms at the character that causes them. Only
 * the first error is reported: in JSON the later ones follow from it.
 *
 * `jsonc-parser` (the parser behind VS Code's JSON support) finds them, with
 * every comment and trailing-comma allowance turned off. The document itself
 * is still composed by `yaml` afterwards, for the positions of schema errors.
 */
import { printParseErrorCode, visit } from 'jsonc-parser'
import { clip } from '../text.js'

/** The first JSON syntax error: where it is (an offset into the text) and what to do about it. */
export interface JsonSyntaxError {
  readonly offset: number
  readonly message: string
}

/** The first reason the text is not one JSON value, or undefined when it is one. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: Opener[] = []
  // jsonc-parser ends an object or list before it reports the missing "}" or "]".
  let closed: Opener | undefined
  const close = () => void (closed = open.pop())
  let first: JsonSyntaxError | undefined
  visit(
    text,
    {
      onObjectBegin: (offset) => void open.push({ offset, char: '{' }),
      onObjectEnd: close,
      onArrayBegin: (offset) => void open.push({ offset, char: '[' }),
      onArrayEnd: close,
      onError: (code, offset, length) => {
        first ??= explain(text, {
          code: printParseErrorCode(code),
          offset,
          length,
          open: open.at(-1),
          closed
        })
      }
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }
  )
  return first
}

interface Opener {
  readonly offset: number
  readonly char: '{' | '['
}

function explain(
  text: string,
  error: {
    /** jsonc-parser's name for the error: its codes are a const enum, which isolated modules cannot read. */
    code: ReturnType<typeof printParseErrorCode>
    offset: number
    length: number
    /** The innermost object or list still open, and the one that ended last. */
    open: Opener | undefined
    closed: Opener | undefined
  }
): JsonSyntaxError {
  const { code, offset, length } = error
  const at = (where: number, message: string): JsonSyntaxError => ({ offset: where, message })
  const token = text.slice(offset, offset + length)
  const start = text.search(/\S/)

  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment')
    return at(
      offset,
      'JSON allows no comments; remove it (or write the blueprint in YAML, which does)'
    )
  // `id: shop` in a .json file: the whole file is YAML, not one broken character.
  if (offset === start && !/^[{["]/.test(token))
    return at(0, 'is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml')

  if (code === 'CloseBraceExpected' || code === 'CloseBracketExpected') {
    const char = code === 'CloseBraceExpected' ? '{' : '['
    const opened = [error.open, error.closed].find((o) => o?.char === char)
    const [what, closer] = char === '{' ? ['an object', '}'] : ['a list', ']']
    return at(
      opened?.offset ?? offset,
      `this "${char}" opens ${what} that is never closed; add the "${closer}" that ends it`
    )
  }
  if (error.open === undefined && offset > start)
    return at(
      offset,
      'more text after the end of the JSON object; a blueprint file holds one object'
    )
  const comma = trailingComma(text, offset)
  if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
    const closer = text.charAt(offset)
    return at(
      comma,
      `a comma before "${closer}" with nothing after it; JSON allows no trailing comma: remove it`
    )
  }

  switch (code) {
    case 'InvalidSymbol':
      if (token.startsWith("'"))
        return at(offset, 'JSON text goes in double quotes ("…"), not single ones')
      if (/^[A-Za-z_$]/.test(token))
        return at(
          offset,
          `${JSON.stringify(clip(token, 40))} is not a JSON value; put text in double quotes`
        )
      return at(offset, `${JSON.stringify(clip(token, 40))} is not JSON here`)
    case 'PropertyNameExpected':
      return at(offset, 'expected a key in double quotes ("id": …)')
    case 'ValueExpected':
      return at(
        offset,
        'expected a value: text in double quotes, a number, true, false, null, [a list] or {a mapping}'
      )
    case 'ColonExpected':
      return at(offset, 'expected ":" between the key and its value')
    case 'CommaExpected':
      return at(offset, 'missing "," before this item')
    case 'UnexpectedEndOfString':
      return at(offset, 'this text in double quotes is never closed; end it with "')
    case 'InvalidEscapeCharacter': {
      const bad = /\\[^"\\/bfnrtu]/.exec(token)
      const where = bad ? offset + bad.index : offset
      return at(
        where,
        `${bad ? `"${bad[0]}" is` : 'holds'} an escape JSON does not know; write \\\\ for a backslash`
      )
    }
    case 'InvalidUnicode':
      return at(offset, 'a \\u escape needs four hexadecimal digits (\\u00e9)')
    case 'InvalidCharacter': {
      // The first control character (below U+0020) inside the string, which JSON must escape.
      let index = 1
      while (index < token.length && token.charCodeAt(index) >= 0x20) index++
      const bad = index < token.length ? [token.charAt(index)] : undefined
      const where = bad ? offset + index : offset
      const shown =
        bad?.[0] === '\t'
          ? 'a tab (write \\t)'
          : bad?.[0] === '\n'
            ? 'a line break (write \\n)'
            : 'a control character'
      return at(where, `text in double quotes holds ${shown}; JSON does not allow it there`)
    }
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return at(offset, `${JSON.stringify(clip(token, 40))} is not a JSON number`)
    default:
      return at(offset, 'is not valid JSON here')
  }
}

/** The offset of a comma that only whitespace separates from `offset` (a `}` or `]`), if there is one. */
function trailingComma(text: string, offset: number): number | undefined {
  const closer = text.charAt(offset)
  if (closer !== '}' && closer !== ']') return undefined
  let i = offset - 1
  while (i >= 0 && /\s/.test(text.charAt(i))) i--
  return text.charAt(i) === ',' ? i : undefined
}
