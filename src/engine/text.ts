/**
 * Small text helpers that the engine, the action and the command line share,
 * each in one place: turning anything thrown into a message, counting words.
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
