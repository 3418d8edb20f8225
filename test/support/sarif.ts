/**
 * The official SARIF 2.1.0 JSON Schema (test/fixtures/sarif), compiled once: a draft-04 schema,
 * so Ajv's draft-04 class, with the formats it names (uri, date-time) checked.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import draft04 from 'ajv-draft-04'
import formats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

let compiled: ValidateFunction | undefined

/** The schema's errors for `log` (as `path message` lines), none when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string[] {
  if (compiled === undefined) {
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../fixtures/sarif/sarif-schema-2.1.0.json'
    )
    // CommonJS packages: under NodeNext their default import is module.exports, whose
    // `default` is the class (and the plugin).
    const ajv = new draft04.default({ allErrors: true, strict: false })
    formats.default(ajv)
    compiled = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object)
  }
  const validate = compiled
  if (validate(log)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}
