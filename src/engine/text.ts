/**
 * Small text helpers that the engine, the action and the command line share,
 * each in one place: turning anything thrown into a message, counting things,
 * cutting long text, ordering text the same on every machine, and "did you mean".
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

/** Work that is only worth doing for the problems a person will read. */
export type Budget = { suggestions: number }

/** The closest candidate within a small edit distance (typos, case), if any. */
export function suggest(
  word: string,
  candidates: readonly string[],
  budget?: Budget
): string | undefined {
  if (word.length > 64) return undefined
  // Against 2,000 component ids a suggestion costs ids × length²; a file full of unknown keys or
  // broken references gets them for the first hundred only, about as many as are shown.
  if (budget && budget.suggestions-- <= 0) return undefined
  const w = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1
  for (const c of candidates) {
    if (c.length > 64 || Math.abs(c.length - w.length) >= bestDistance) continue
    const d = editDistance(w, c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = row
  }
  return prev[b.length] ?? 0
}
