/**
 * Markdown lint: what blueprint-docs emits, checked by the real tool. The example documents, the golden comments, documents
 * rendered from hostile fast-check blueprints (built-in and Handlebars
 * templates) and comments built from hostile review inputs all pass
 * markdownlint under the committed `.markdownlint-cli2.jsonc`, whose few
 * exceptions each carry their reason.
 *
 * A lint failure prints the rule, the line and the input that caused it
 * (fast-check shrinks the input first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { lint } from 'markdownlint/promise'
import { stringify as stringifyYaml } from 'yaml'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import {
  buildComment,
  type BlueprintReview,
  type CommentInput
} from '../../src/engine/review/comment.js'
import { renderDocument } from '../../src/engine/document.js'
import type { Blueprint, Problem } from '../../src/engine/model.js'
import { COMPONENT_TYPES, SECTION_KEYS } from '../../src/engine/model.js'
import { builtInTemplate, compileTemplate, type Template } from '../../src/engine/template.js'
import { FUZZ_SEED, fuzzRuns } from '../support/fast-check-seed.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

// ---------------------------------------------------------------------------
// markdownlint with the committed configuration
// ---------------------------------------------------------------------------

type LintConfig = NonNullable<NonNullable<Parameters<typeof lint>[0]>['config']>

/** The `config` of the committed `.markdownlint-cli2.jsonc`: the rules markdownlint-cli2 applies in this repository. */
function committedConfig(): LintConfig {
  const file = path.join(ROOT, '.markdownlint-cli2.jsonc')
  const errors: ParseError[] = []
  const parsed = parseJsonc(readFileSync(file, 'utf8'), errors, { allowTrailingComma: true }) as {
    config?: LintConfig
  }
  if (errors.length > 0 || parsed?.config === undefined)
    throw new Error(`${file} is not valid JSONC with a "config" object`)
  return parsed.config
}

const CONFIG = committedConfig()

/** Every violation in `text`, one line each with the offending source line; empty when clean. */
async function lintMarkdown(name: string, text: string): Promise<string[]> {
  const results = await lint({ strings: { [name]: text }, config: CONFIG })
  const lines = text.split('\n')
  return (results[name] ?? []).map((e) => {
    const detail = e.errorDetail ? ` [${e.errorDetail}]` : ''
    const context = e.errorContext ? ` [Context: ${JSON.stringify(e.errorContext)}]` : ''
    const source = lines[e.lineNumber - 1] ?? ''
    return `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${detail}${context}\n    line: ${JSON.stringify(source.length > 300 ? `${source.slice(0, 300)}…` : source)}`
  })
}

/** Fails with every violation and, when given, the input that produced the text. */
async function expectLintClean(name: string, text: string, input?: unknown): Promise<void> {
  const problems = await lintMarkdown(name, text)
  if (problems.length === 0) return
  const shown = input === undefined ? '' : `\ninput: ${JSON.stringify(input, null, 2)}`
  throw new Error(
    `markdownlint: ${problems.length} problem(s) in ${name}\n${problems.slice(0, 20).join('\n')}${shown}`
  )
}

/**
 * A comment body is the text of an API call, not a file: it has no final
 * newline, which markdownlint's MD047 (written for files) would report.
 */
const asFile = (body: string): string => (body.endsWith('\n') ? body : `${body}\n`)

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => path.join(dir, f))
    .filter(keep)
    .sort()
}

const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/')

// ---------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------

/** Pieces that have broken Markdown, HTML, tables, fences, mentions or markers somewhere. */
const HOSTILE_PIECES = [
  '"',
  "'",
  '|',
  '\\|',
  '`',
  '```',
  '~~~',
  '<b>',
  '</b>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details>',
  '<details><summary>x</summary>',
  '<!--',
  '-->',
  '<br>',
  '#',
  '# Heading',
  '## ',
  '@octocat',
  '@acme/admins',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '  ',
  '😀',
  '👩‍💻',
  '日本語',
  'مرحبا',
  '\u202E',
  '*',
  '**',
  '_',
  '__init__',
  '[x](javascript:alert(1))',
  '![i](x)',
  '\\',
  '&amp;',
  '&',
  '{{project_id}}',
  '{project_id}',
  '- item',
  '1. item',
  '---',
  '===',
  '> quote',
  '+',
  'end',
  '%%',
  '$x$',
  '<!-- blueprint-docs:comment tag=blueprint-docs -->',
  '<!-- blueprint-docs: generated from x.blueprint.yaml; edit the blueprint, not this file. -->'
]

const hostileText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 8 })), {
        minLength: 1,
        maxLength: 8
      })
      .map((p) => p.join(''))
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  // Very long text: a table cell or a label of thousands of characters.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_PIECES), fc.integer({ min: 200, max: 2000 }))
      .map(([p, n]) => `${'long text '.repeat(n)}${p}`)
  }
)

/** Component ids are hostile too, but the loader wants at least one character that survives (no lone surrogates). */
const componentId = hostileText.filter((s) => s.trim() !== '' && !/[\uD800-\uDFFF]/.test(s))

/**
 * Author Markdown (`overview`, component `description`, `sections:`): the
 * blueprint format says these are Markdown, so they are written as they are
 * and their Markdown is the author's. What the engine owns is where it puts
 * them: Markdown that is lint-clean on its own must stay lint-clean in place.
 * The pieces are hostile to tables, fences and placeholders, but valid Markdown.
 */
const MARKDOWN_PIECES = [
  'Takes orders from the storefront and charges cards.',
  'Quotes "double" and \'single\', a pipe | in prose, emoji 😀 👩‍💻, 日本語 and مرحبا.',
  'Mentions @octocat and @acme/admins, and issue #123.',
  'Inline `code with | a pipe` and **bold** and *italic* text.',
  'Placeholders stay text: {project_id} and {{project_id}} and `/api/v1/resources/{id}`.',
  'A line ending in a hard break  \nand the line after it.',
  'Escaped \\<b\\> and &lt;img src=x onerror=alert(1)&gt; stay text.',
  'See [the runbook](https://example.com/a-b) and <https://example.com/x>.',
  '- first item\n- second item with `code`',
  '1. one\n2. two',
  '> A quoted line.',
  '```yaml\nkey: value # not a heading\n| not | a table |\n```',
  '```text\nend\n---\n<!-- not a comment -->\n```',
  'Very long prose. '.repeat(300).trim()
]
const markdownText = fc
  .uniqueArray(fc.constantFrom(...MARKDOWN_PIECES), { minLength: 1, maxLength: 4 })
  .map((p) => p.join('\n\n'))

/** Plain text that no Markdown or HTML rule cares about. */
const benignText = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}[A-Za-z0-9]$/)

interface TextKinds {
  /** Fields the format calls text (not Markdown): project, title, names, types, technologies, groups, dependency descriptions. */
  readonly plain: fc.Arbitrary<string>
  readonly markdown: fc.Arbitrary<string>
}

/** A blueprint object, as an author could write it in YAML. */
function blueprintData(kinds: TextKinds): fc.Arbitrary<Record<string, unknown>> {
  const plain = kinds.plain
  const optionalPlain = fc.option(plain, { nil: undefined })
  const optionalMd = fc.option(kinds.markdown, { nil: undefined })
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/),
      // The loader refuses a blank project (it names nothing); every other text field may be blank.
      project: plain.filter((s) => /\S/.test(s)),
      title: optionalPlain,
      overview: optionalMd,
      diagram: fc.record({
        type: fc.constantFrom('flowchart', 'c4'),
        direction: fc.constantFrom('TB', 'LR', 'BT', 'RL')
      }),
      components: fc.uniqueArray(
        fc.record({
          id: kinds.plain === hostileText ? componentId : plain,
          // A blank name is refused (leave it out to show the id); any other text is a name.
          name: fc.option(
            plain.filter((s) => /\S/.test(s)),
            { nil: undefined }
          ),
          type: fc.option(fc.oneof(fc.constantFrom(...COMPONENT_TYPES), plain), { nil: undefined }),
          technology: optionalPlain,
          description: optionalMd,
          group: fc.option(fc.oneof(fc.constantFrom('Edge', 'Data'), plain), { nil: undefined })
        }),
        { maxLength: 6, selector: (c) => c.id }
      ),
      sections: fc.dictionary(fc.constantFrom(...SECTION_KEYS), kinds.markdown, { maxKeys: 3 })
    })
    .chain((bp) =>
      fc.record({
        bp: fc.constant(bp),
        dependencies:
          bp.components.length === 0
            ? fc.constant([])
            : fc.array(
                fc.record({
                  from: fc.constantFrom(...bp.components.map((c) => c.id)),
                  to: fc.constantFrom(...bp.components.map((c) => c.id)),
                  description: optionalPlain,
                  technology: optionalPlain,
                  async: fc.boolean()
                }),
                { maxLength: 6 }
              )
      })
    )
    .map(({ bp, dependencies }) => withoutUndefined({ ...bp, dependencies }))
}

/** Hostile text in every field (the comment escapes all of it). */
const hostileBlueprint = blueprintData({ plain: hostileText, markdown: hostileText })

function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Through the real loader, as a file in a repository would go. */
function loadBlueprint(data: unknown): Blueprint {
  const result = parseBlueprint({
    file: 'docs/hostile.blueprint.yaml',
    content: stringifyYaml(data)
  })
  if (!result.ok)
    throw new Error(`the generated blueprint is not valid: ${JSON.stringify(result.problems)}`)
  return result.blueprint
}

/**
 * A custom Handlebars template as a team would write one: its own headings
 * and the placeholders (the generated parts come escaped by the engine).
 */
const HANDLEBARS_TEMPLATE = `# {{blueprint_id}} architecture

Generated {{generated_at}} from a {{diagram_type}} blueprint: {{component_count}} components, {{dependency_count}} dependencies.

## Overview

{{architecture_overview}}

## Diagram

\`\`\`mermaid
{{diagram_content}}
\`\`\`

## Components

{{components_section}}

## Dependencies

{{dependencies_section}}
`

function handlebarsTemplate(): Template {
  const compiled = compileTemplate('docs/custom.md', HANDLEBARS_TEMPLATE)
  if (!compiled.ok)
    throw new Error(`test template does not compile: ${JSON.stringify(compiled.problem)}`)
  return compiled.template
}

// A fixed seed keeps CI repeatable; FC_SEED and FC_RUNS explore further.
const FUZZ_RUNS = fuzzRuns(50)

// ---------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------

describe('markdownlint: generated documents', () => {
  const exampleBlueprints = filesUnder(path.join(ROOT, 'examples'), (f) =>
    /\.blueprint\.(ya?ml|json)$/.test(f)
  )
  const committedDocs = filesUnder(path.join(ROOT, 'examples'), (f) => f.endsWith('.md'))

  it('finds the example blueprints', () => {
    expect(exampleBlueprints.length).toBeGreaterThan(0)
  })

  it.each(exampleBlueprints.map(rel))(
    'the built-in template renders %s lint-clean',
    async (file) => {
      const parsed = parseBlueprint({ file, content: readFileSync(path.join(ROOT, file)) })
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
      const doc = renderDocument({
        blueprint: parsed.blueprint,
        source: file,
        generatedAt: '2026-01-02T03:04:05Z',
        template: builtInTemplate()
      })
      await expectLintClean(file.replace(/\.blueprint\.\w+$/, '.md'), doc.text)
    }
  )

  // The committed example documents (examples/**/*.md), whatever generated them.
  const committed = committedDocs.map(rel)
  it('finds the committed example documents', () =>
    expect(committed.length).toBeGreaterThanOrEqual(3))
  it.each(committed)('committed example document %s is lint-clean', async (file) => {
    await expectLintClean(file, readFileSync(path.join(ROOT, file), 'utf8'))
  })

  it('the landscape document is lint-clean', async () => {
    const file = path.join(ROOT, 'test', 'golden', 'landscape', 'three-systems.md')
    await expectLintClean('docs/landscape.md', readFileSync(file, 'utf8'))
  })

  async function expectDocumentsLintClean(data: Record<string, unknown>): Promise<void> {
    const blueprint = loadBlueprint(data)
    for (const template of [builtInTemplate(), handlebarsTemplate()]) {
      const doc = renderDocument({
        blueprint,
        source: 'docs/hostile.blueprint.yaml',
        generatedAt: '2026-01-02T03:04:05Z',
        template
      })
      await expectLintClean(`docs/hostile.md (${template.source} template)`, doc.text, data)
    }
  }

  it(`${FUZZ_RUNS} blueprints with hostile text in their text fields give lint-clean documents (built-in and Handlebars templates)`, async () => {
    // Names, types, technologies, groups, project and title are text, not
    // Markdown: quotes, pipes, backticks, <tags>, #, @mentions, newlines,
    // emoji and very long text must come out as text.
    await fc.assert(
      fc.asyncProperty(
        blueprintData({ plain: hostileText, markdown: markdownText }),
        expectDocumentsLintClean
      ),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED }
    )
  })

  it(`${FUZZ_RUNS} blueprints with author Markdown (overview, descriptions, sections) give lint-clean documents`, async () => {
    await fc.assert(
      fc.asyncProperty(
        blueprintData({ plain: benignText, markdown: markdownText }),
        expectDocumentsLintClean
      ),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED }
    )
  })
})

// ---------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------

describe('markdownlint: pull-request comments', () => {
  const goldens = filesUnder(path.join(ROOT, 'test', 'golden', 'review'), (f) =>
    f.endsWith('.md')
  ).map(rel)

  it('finds the golden comments', () => {
    expect(goldens.length).toBeGreaterThan(0)
  })

  it.each(goldens)('golden comment %s is lint-clean', async (file) => {
    await expectLintClean(file, asFile(readFileSync(path.join(ROOT, file), 'utf8')))
  })

  /**
   * The model of hostile data. Hostile Markdown that would swallow a document is refused by the
   * loader and never reaches a review as a model: such data is reviewed without those fields.
   */
  const model = (data: Record<string, unknown>): Blueprint => {
    const file = 'docs/hostile.blueprint.yaml'
    if (parseBlueprint({ file, content: stringifyYaml(data) }).ok) return loadBlueprint(data)
    const rest: Record<string, unknown> = { ...data, overview: undefined, sections: undefined }
    const components = Array.isArray(rest.components) ? (rest.components as object[]) : []
    return loadBlueprint({
      ...rest,
      components: components.map((c) => ({ ...c, description: undefined }))
    })
  }

  const problemArb: fc.Arbitrary<Problem> = fc.record({
    file: hostileText,
    line: fc.integer({ min: 1, max: 500 }),
    col: fc.integer({ min: 1, max: 200 }),
    message: hostileText
  })

  /** A document text for one side of the diff: hostile lines, fences and our markers included. */
  const documentText = fc.array(hostileText, { maxLength: 6 }).map((lines) => lines.join('\n'))

  const reviewArb: fc.Arbitrary<BlueprintReview> = fc
    .record({
      path: hostileText,
      previousPath: fc.option(hostileText, { nil: undefined }),
      base: fc.option(hostileBlueprint.map(model), { nil: undefined }),
      head: fc.option(hostileBlueprint.map(model), { nil: undefined }),
      problems: fc.option(fc.array(problemArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      docPath: hostileText,
      before: fc.option(documentText, { nil: undefined }),
      after: fc.option(documentText, { nil: undefined })
    })
    .map((r) => ({
      path: r.path,
      ...(r.previousPath !== undefined ? { previousPath: r.previousPath } : {}),
      ...(r.base !== undefined ? { base: r.base } : {}),
      ...(r.head !== undefined && r.problems === undefined ? { head: r.head } : {}),
      ...(r.problems !== undefined ? { problems: r.problems } : {}),
      document: {
        path: r.docPath,
        ...(r.before !== undefined ? { before: r.before } : {}),
        ...(r.after !== undefined ? { after: r.after } : {})
      }
    }))

  // The tag is the workflow's own configuration, not the pull request's: hostile, but short.
  const tag = fc.oneof(
    fc.constant('blueprint-docs'),
    fc
      .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 3 })
      .map((p) => p.join(''))
  )

  const commentInput: fc.Arbitrary<CommentInput> = fc
    .record({
      tag,
      reviews: fc.array(reviewArb, { maxLength: 3 }),
      stale: fc.array(fc.record({ document: hostileText, blueprint: hostileText }), {
        maxLength: 3
      }),
      fixCommand: fc.oneof(fc.constant('npx blueprint-docs generate'), hostileText),
      // The run's URL comes from the runner's context, not from the pull request.
      summaryUrl: fc.option(
        fc.constantFrom(
          'https://github.com/o/r/actions/runs/1',
          'https://github.example.com/o/r-x/actions/runs/2?pr=3&a=(b)#s'
        ),
        { nil: undefined }
      ),
      // Small limits now and then, so the shortened tiers are linted too.
      limit: fc.option(fc.integer({ min: 1000, max: 8000 }), { nil: undefined })
    })
    .map((c) => withoutUndefinedKeys(c))

  it(`comments built from ${FUZZ_RUNS} hostile review inputs are lint-clean (body and job summary)`, async () => {
    await fc.assert(
      fc.asyncProperty(commentInput, async (input) => {
        const built = buildComment(input)
        await expectLintClean(`comment (${built.tier})`, asFile(built.body), input)
        await expectLintClean('job summary', asFile(built.full), input)
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED }
    )
  })
})

function withoutUndefinedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
