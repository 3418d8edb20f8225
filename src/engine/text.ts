/**
 * Small text helpers that the engine, the action and the command line share,
 * each in one place: turning anything thrown into a message, counting things,
 * cutting long text and ordering text the same on every machine.
 */
import { PathError } from './paths.js'

/**
 * A message for anything thrown: an Error's message, anything else as a string. A {@link PathError}
 * loses its leading path, since the problem it becomes names its file already.
 */
export function messageOf(error: unknown): string {
  if (error instanceof PathError) return error.message.slice(error.file.length + 2)
  return error instanceof Error ? error.message : String(error)
}

/** `2400` → `2,400`, without `toLocaleString`, whose output depends on the machine's ICU data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `1 component`, `2,400 components`, `3 dependencies` (pass `many` where `s` is wrong). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/**
 * Text cut to at most `max` code points, the last being `…`, so a cut is
 * never inside a surrogate pair and always shows. At least one character of
 * the text is kept. `trimEnd` drops white space left before the ellipsis,
 * which Markdown would otherwise show as `word …`.
 */
export function clip(text: string, max: number, options: { trimEnd?: boolean } = {}): string {
  // Most text is short: no array of code points for it.
  if (text.length <= max) return text
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const kept = chars.slice(0, Math.max(1, max - 1)).join('')
  return `${options.trimEnd === true ? kept.trimEnd() : kept}…`
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
