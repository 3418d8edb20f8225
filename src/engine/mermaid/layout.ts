/**
 * Layout decisions made in the diagram text itself: GitHub draws Mermaid
 * with its default layout (dagre) only, so label widths and the direction
 * are the levers a generator has. Both are measured by the render suite
 * (test/render/readability.browser.test.ts) on the examples and on
 * blueprints of well-known public systems.
 */
import type { Blueprint, Dependency, Direction } from '../model.js'
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

/** Wrap widths by direction. */
export function wrapWidths(direction: Direction): WrapWidths {
  return direction === 'LR' || direction === 'RL' ? { node: 16, edge: 12 } : { node: 16, edge: 14 }
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

/** The widest a diagram may be before it is shown below half size on a page about 900 px wide. */
const MAX_WIDTH = 1800
/** About a laptop screen's height. */
const SCREEN_HEIGHT = 900
/** Node and rank separation, as every flowchart's `init` directive sets them for Mermaid. */
export const NODE_SPACING = 30
export const RANK_SPACING = 40

/** A box in pixels. */
export interface Size {
  readonly w: number
  readonly h: number
}

/** How big a component's node and a dependency's label are drawn in one direction. */
export interface Sizes {
  node(componentId: string, direction: Direction): Size
  /** undefined for a dependency without a label. */
  label(dependency: Dependency, direction: Direction): Size | undefined
}

/**
 * The direction to draw a blueprint in when its author set none: top to
 * bottom (the default) whenever its estimated drawing is at most
 * {@link MAX_WIDTH} wide and at most three times as tall as wide (or no
 * taller than a screen); else left to right if that fits; else the one that
 * needs the least shrinking.
 *
 * The estimate follows dagre, Mermaid's layout, in outline: components are
 * ranked by the longest chain of dependencies leading to them (cycles broken
 * where they close); between two ranks sits a rank of edge labels; an edge
 * that spans several ranks passes every rank between as a thin dummy node,
 * with its label in the middle. A rank is as wide as its boxes side by side
 * and as deep as its deepest box.
 */
export function chooseDirection(bp: Blueprint, sizes: Sizes): Direction {
  const level = levels(bp)
  const estimate = (direction: Direction): Size => {
    const across = direction === 'TB' ? 'w' : 'h'
    const along = direction === 'TB' ? 'h' : 'w'
    const depth = Math.max(0, ...level.values()) + 1
    // Rank 2k holds the components of level k; rank 2k+1 the labels and dummies between k and k+1.
    const spread: number[] = new Array<number>(2 * depth - 1).fill(0)
    const deep: number[] = new Array<number>(2 * depth - 1).fill(0)
    const place = (r: number, box: Size): void => {
      spread[r] = (spread[r] ?? 0) + box[across] + NODE_SPACING
      deep[r] = Math.max(deep[r] ?? 0, box[along])
    }
    for (const c of bp.components) place(2 * (level.get(c.id) ?? 0), sizes.node(c.id, direction))
    for (const d of bp.dependencies) {
      const a = level.get(d.from) ?? 0
      const b = level.get(d.to) ?? 0
      if (a === b) continue
      const [lo, hi] = a < b ? [2 * a, 2 * b] : [2 * b, 2 * a]
      const middle = lo + 2 * Math.floor((hi - lo) / 4) + 1
      const label = sizes.label(d, direction)
      for (let r = lo + 1; r < hi; r++)
        place(r, r === middle && label !== undefined ? label : { w: 0, h: 0 })
    }
    // dagre aligns nodes with their neighbours rather than packing them: ranks come out about 1.5 times as wide.
    const wide = 1.5 * (Math.max(...spread) - NODE_SPACING)
    const long = deep.reduce((sum, x) => sum + x, 0) + (deep.length - 1) * RANK_SPACING
    return direction === 'TB' ? { w: wide, h: long } : { w: long, h: wide }
  }
  // A drawing no taller than a screen reads well whatever its shape.
  const fits = (s: Size): boolean => s.w <= MAX_WIDTH && (s.h <= 3 * s.w || s.h <= SCREEN_HEIGHT)
  const tb = estimate('TB')
  if (fits(tb)) return 'TB'
  const lr = estimate('LR')
  if (fits(lr)) return 'LR'
  const need = (s: Size): number => Math.max(s.w / MAX_WIDTH, s.h / (3 * s.w))
  return need(lr) < need(tb) ? 'LR' : 'TB'
}

/** Each component's level: the longest chain of dependencies leading to it, cycles broken. */
function levels(bp: Blueprint): Map<string, number> {
  const next = new Map<string, string[]>(bp.components.map((c) => [c.id, []]))
  for (const d of bp.dependencies) if (d.from !== d.to) next.get(d.from)?.push(d.to)
  // Depth-first from every component in order; an edge back to the current path closes a cycle and is dropped.
  const state = new Map<string, 'open' | 'done'>()
  const order: string[] = []
  const kept = new Map<string, string[]>(bp.components.map((c) => [c.id, []]))
  const visit = (start: string): void => {
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; i: number }
      const targets = next.get(top.id) ?? []
      if (top.i < targets.length) {
        const to = targets[top.i++] as string
        if (state.get(to) === 'open') continue
        kept.get(top.id)?.push(to)
        if (state.get(to) === undefined) {
          state.set(to, 'open')
          stack.push({ id: to, i: 0 })
        }
      } else {
        state.set(top.id, 'done')
        order.push(top.id)
        stack.pop()
      }
    }
  }
  for (const c of bp.components) if (state.get(c.id) === undefined) visit(c.id)
  const level = new Map<string, number>()
  // `order` is a reverse topological order of the kept edges.
  for (const id of order.reverse()) {
    const here = level.get(id) ?? 0
    level.set(id, here)
    for (const to of kept.get(id) ?? []) level.set(to, Math.max(level.get(to) ?? 0, here + 1))
  }
  return level
}
