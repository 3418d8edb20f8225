/**
 * The validators the loader runs are the schemas in schema/, compiled by `npm run schemas`:
 * compiled again here, they must be byte for byte what src/engine/schema/ holds.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { OUT_DIR, compileSchemas } from '../../scripts/compile-schemas.js'
import { explainBlueprint, explainConfig } from '../../src/engine/schema/explain.js'
import { acceptsBlueprint } from '../../src/engine/schema/accepts.js'

it('src/engine/schema/ holds what schema/ compiles to (run `npm run schemas` after editing a schema)', () => {
  for (const [name, content] of Object.entries(compileSchemas()))
    expect({ name, content: readFileSync(path.join(OUT_DIR, name), 'utf8') }).toEqual({
      name,
      content
    })
})

it('the compiled validators decide as the schemas say, and explain with the sub-schema', () => {
  const plain = { id: 'shop', project: 'acme', components: [{ id: 'web', name: 'Web' }] }
  expect(acceptsBlueprint(plain)).toBe(true)
  expect(explainBlueprint(plain)).toBe(true)
  const wrong = { id: 'shop', project: 'acme', components: [{ id: 'web', colour: 'red' }] }
  expect(acceptsBlueprint(wrong)).toBe(false)
  expect(explainBlueprint(wrong)).toBe(false)
  expect(explainBlueprint.errors?.[0]).toMatchObject({
    keyword: 'additionalProperties',
    params: { additionalProperty: 'colour' },
    data: wrong.components[0]
  })
  expect(explainBlueprint.errors?.[0]?.parentSchema).toHaveProperty('properties.technology')
  explainBlueprint.errors = null
  expect(explainConfig({ rules: { 'dependency-cycle': 'error' } })).toBe(true)
  expect(explainConfig({ rulez: {} })).toBe(false)
  explainConfig.errors = null
})
