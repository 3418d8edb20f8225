/**
 * Layout decisions made in the diagram text itself: GitHub draws Mermaid
 * with its default layout (dagre) only, so label widths and the direction
 * are the levers a generator has (the direction is chosen with the
 * budget model, see budget.ts).
 */
import type { Direction } from '../model.js'
import { clip } from '../text.js'
import { MAX_LABEL_CHARS } from './escape.js'

/**
 * Characters per line of wrapped label text. In a left-to-right diagram
 * every rank adds its widest node and its widest edge label to the width, so
 * labels wrap narrower there; top to bottom, ranks stack and labels can be
 * wider.
 */
export interface WrapWidths {
  /** Node lines: name, technology, description. */
  readonly node: number
  /** Edge label lines: description, technology. */
  readonly edge: number
}

const WRAP: WrapWidths = { node: 16, edge: 12 }

/**
 * Wrap widths. The same in every direction, although a left-to-right
 * diagram could take wider labels: the direction is chosen from the whole
 * blueprint, and one edit that turns it must not rewrap every label.
 */
export function wrapWidths(_direction?: Direction): WrapWidths {
  return WRAP
}

/**
 * The text, clipped as every label is ({@link MAX_LABEL_CHARS}), broken
 * into lines of at most `width` characters at spaces; a word longer than
 * that keeps its own line whole. Line breaks already in the text stay.
 * Clipping first keeps the cut where it falls without wrapping (a break
 * can swallow one of several spaces).
 */
export function wrapWords(text: string, width: number): string {
  return clip(text, MAX_LABEL_CHARS)
    .split('\n')
    .map((line) => {
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current !== '' && Array.from(current).length + 1 + Array.from(word).length > width) {
          out.push(current)
          current = word
        } else current = current === '' ? word : `${current} ${word}`
      }
      out.push(current)
      return out.join('\n')
    })
    .join('\n')
}
