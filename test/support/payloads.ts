/**
 * Real webhook payloads (test/fixtures/payloads, see its README), for the suites to re-point
 * at their own repository, branches and shas.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The payload in `test/fixtures/payloads/<name>`, parsed afresh (callers change their copy). */
export function loadPayload(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(path.resolve('test', 'fixtures', 'payloads', name), 'utf8')
  ) as Record<string, unknown>
}
