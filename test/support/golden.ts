/**
 * Golden files: the expected output, committed and read by a person. A test
 * compares against its file; `UPDATE_GOLDEN=1` rewrites the files after an
 * intended change (then read the diff before committing). A missing file
 * fails: a golden test never passes by writing its own expectation.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export function expectGolden(file: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file))
    throw new Error(`golden file ${file} is missing: run with UPDATE_GOLDEN=1 to write it`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
