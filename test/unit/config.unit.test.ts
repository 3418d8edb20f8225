import { formatProblem } from '../../src/engine/model.js'
import { RULE_IDS, RULES } from '../../src/engine/rules/rule.js'
import { parseConfig, readConfig } from '../../src/project/config.js'
import { resolveSettings } from '../../src/project/settings.js'
import { fixCommand } from '../../src/project/stale.js'
import schema from '../../schema/config.schema.json' with { type: 'json' }

const errors = (text: string): string[] => {
  const result = parseConfig(text)
  if (result.ok) throw new Error('expected problems')
  return result.problems.map(formatProblem)
}

describe('.blueprint-docs.yaml', () => {
  it('reads every key', () => {
    const result = parseConfig(
      [
        'blueprints:',
        '  - docs/**/*.blueprint.yaml',
        'output: docs/{id}.md',
        'template: docs/template.hbs',
        'landscape: docs/landscape.md',
        'derived_sections: true',
        'rules:',
        '  dependency-cycle: error',
        '  orphan-component: off',
        ''
      ].join('\n')
    )
    expect(result).toEqual({
      ok: true,
      config: {
        blueprints: ['docs/**/*.blueprint.yaml'],
        output: 'docs/{id}.md',
        template: 'docs/template.hbs',
        landscape: 'docs/landscape.md',
        derivedSections: true,
        rules: { 'dependency-cycle': 'error', 'orphan-component': 'off' }
      }
    })
  })

  it('is empty when the file holds only comments', () => {
    expect(parseConfig('# nothing yet\n')).toEqual({ ok: true, config: { rules: {} } })
    expect(parseConfig('')).toEqual({ ok: true, config: { rules: {} } })
  })

  it('positions unknown keys and unknown rule ids, with "did you mean"', () => {
    expect(
      errors('outptu: x\nrules:\n  dependency-cyle: error\n  orphan-component: eror\n')
    ).toEqual([
      '.blueprint-docs.yaml:1:1: unknown key "outptu" at the top level (did you mean "output"?)',
      '.blueprint-docs.yaml:3:3: unknown key "dependency-cyle" in "rules" (did you mean "dependency-cycle"?)',
      '.blueprint-docs.yaml:4:21: "rules.orphan-component" must be "off", "warning" or "error", not "eror"'
    ])
  })

  it('positions wrong value types, list items included', () => {
    expect(errors('blueprints:\n  - a/*.yaml\n  - 3\nderived_sections: yes please\n')).toEqual([
      '.blueprint-docs.yaml:3:5: "blueprints.1" must be text, not 3 (put it in quotes: "3")',
      '.blueprint-docs.yaml:4:19: "derived_sections" must be true or false, not "yes please"'
    ])
    expect(errors('- rules\n')).toEqual([
      '.blueprint-docs.yaml:1:1: the configuration must be a mapping with keys such as "rules", not a list'
    ])
    expect(errors('rules: [\n')[0]).toBe(
      '.blueprint-docs.yaml:1:8: this "[" opens a list that is never closed; add the "]" that ends it, or put text that starts with "[" in quotes'
    )
  })

  it('is read through the workspace; no file is no configuration', async () => {
    const files: Record<string, string> = {}
    const workspace = {
      read: async (f: string) => (f in files ? new TextEncoder().encode(files[f]) : undefined)
    }
    expect(await readConfig(workspace)).toEqual({ ok: true, config: { rules: {} } })
    files['.blueprint-docs.yaml'] = 'rules:\n  shared-database: warning\n'
    expect(await readConfig(workspace)).toEqual({
      ok: true,
      config: { rules: { 'shared-database': 'warning' } }
    })
    const refusing = {
      read: async () => {
        throw new Error('resolves through a symbolic link to /etc/passwd, outside the repository')
      }
    }
    const refused = await readConfig(refusing)
    expect(refused.ok).toBe(false)
  })

  it('schema names every rule, and nothing else', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort())
    expect(Object.keys(RULES)).toEqual(RULE_IDS)
  })
})

describe('settings', () => {
  const config = { output: 'docs/{id}.md', blueprints: ['docs/*.yaml'], rules: {} }

  it('take an explicit value over the configuration over the default', () => {
    expect(resolveSettings({}, { rules: {} })).toEqual({
      globs: ['**/*.blueprint.yaml', '**/*.blueprint.yml', '**/*.blueprint.json'],
      output: '{dir}/{name}.md',
      rules: {},
      repeat: {}
    })
    expect(resolveSettings({}, config)).toMatchObject({
      globs: ['docs/*.yaml'],
      output: 'docs/{id}.md'
    })
    expect(resolveSettings({ output: 'x/{name}.md', template: 't.hbs' }, config)).toMatchObject({
      globs: ['docs/*.yaml'],
      output: 'x/{name}.md',
      template: 't.hbs'
    })
  })

  it('leave out of the fix command what the configuration holds', () => {
    const source = { version: '1.2.3' }
    const fixFor = (given: Parameters<typeof resolveSettings>[0]) =>
      fixCommand({ repeat: resolveSettings(given, config).repeat }, source)
    expect(fixFor({})).toBe('npx --yes blueprint-docs@1.2.3 generate')
    expect(fixFor({ output: 'docs/{id}.md' })).toBe('npx --yes blueprint-docs@1.2.3 generate')
    // Given over the configuration: repeated, even the built-in default.
    expect(fixFor({ output: '{dir}/{name}.md' })).toBe(
      "npx --yes blueprint-docs@1.2.3 generate --output '{dir}/{name}.md'"
    )
    expect(fixFor({ blueprints: ['other/*.yaml'] })).toBe(
      "npx --yes blueprint-docs@1.2.3 generate --blueprints 'other/*.yaml'"
    )
  })

  it('leave out of the fix command what the built-in defaults give, without a configuration', () => {
    const source = { version: '1.2.3' }
    const fixFor = (given: Parameters<typeof resolveSettings>[0]) =>
      fixCommand({ repeat: resolveSettings(given, { rules: {} }).repeat }, source)
    expect(
      fixFor({
        output: '{dir}/{name}.md',
        blueprints: ['**/*.blueprint.yaml', '**/*.blueprint.yml', '**/*.blueprint.json']
      })
    ).toBe('npx --yes blueprint-docs@1.2.3 generate')
    expect(fixFor({ template: 't.hbs', landscape: 'docs/landscape.md' })).toBe(
      'npx --yes blueprint-docs@1.2.3 generate --template t.hbs --landscape docs/landscape.md'
    )
  })
})
