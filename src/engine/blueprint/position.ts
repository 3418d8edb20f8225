/**
 * Positions in a blueprint that loaded cleanly. The model carries none (the
 * quick path never builds a positioned document), so findings about a valid
 * blueprint are placed afterwards, from its text, and only when there are any.
 */
import type { Problem } from '../model.js'
import type { Level, RawFinding } from '../rules/rule.js'
import type { Loc, Locator, Path } from './locate.js'
import { readDocument } from './parse.js'
import { plainLocations } from './quick.js'

/** Where the node at a path was written: its value, or its key with `{ key: true }`. */
export type Positioner = (path: Path, options?: { key?: boolean }) => Loc

/**
 * A positioner over a blueprint's text (`json` for a `.json` file); 1:1 when the text has no
 * document. A plain blueprint's values are placed from its lines; anything else, and a key, by
 * the positioned parse, made only when first needed.
 */
export function positioner(text: string, options: { json: boolean }): Positioner {
  const plain = options.json ? undefined : plainLocations(text)
  let full: Positioner | undefined
  return (path, how = {}) =>
    (how.key ? undefined : plain?.(path)) ?? (full ??= parsedPositioner(text, options))(path, how)
}

/** A positioner over the positioned parse of the text. */
function parsedPositioner(text: string, options: { json: boolean }): Positioner {
  const doc = readDocument(text, {
    json: options.json,
    at: (loc, message) => ({ file: '', ...loc, message })
  })
  if (!doc.ok) return () => ({ line: 1, col: 1 })
  const locator: Locator = doc.locator
  return (path, how = {}) => (how.key ? locator.keyLoc(path) : locator.valueLoc(path))
}

/** Rule findings as problems of `file`, positioned in its text, at the level each rule has. */
export function positionFindings(
  findings: readonly RawFinding[],
  options: { file: string; text: string; level: (finding: RawFinding) => Level | undefined }
): Problem[] {
  const kept = findings.flatMap((finding) => {
    const level = options.level(finding)
    return level === undefined ? [] : [{ finding, level }]
  })
  // Most blueprints have nothing to place: their text is not read again.
  if (kept.length === 0) return []
  const at = positioner(options.text, { json: /\.json$/i.test(options.file) })
  const problems: Problem[] = []
  for (const { finding, level } of kept)
    problems.push({
      file: options.file,
      ...at(finding.path),
      message: finding.message,
      rule: finding.rule,
      level
    })
  return problems
}
