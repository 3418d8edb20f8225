/**
 * Security: what comes from outside — paths, templates,
 * blueprint text — is refused or neutralised. Each test is written so that it
 * fails when the protection it names is removed: the outside folder stays
 * empty, the canary never shows up, the structure of the Markdown is counted
 * by a real parser (marked, GFM).
 */
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked, type Tokens } from 'marked'
import { openWorkspace } from '../../src/adapters/files.js'
import { PathError } from '../../src/engine/paths.js'
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import {
  buildComment,
  commentMarker,
  type BlueprintReview,
  type CommentInput
} from '../../src/engine/review/comment.js'
import { markedSource, renderDocument } from '../../src/engine/document.js'
import type { Blueprint } from '../../src/engine/model.js'
import { builtInTemplate, compileTemplate } from '../../src/engine/template.js'
import { runCliIn, SHOP_BLUEPRINT, tempRepo, type CliRun, type TempRepo } from '../support/repo.js'

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const CANARY = 'CANARY-7f3a9c-outside-the-repository'

const BLUEPRINT = SHOP_BLUEPRINT

/** A blueprint that lives outside the repository and must never be read: its text is the canary. */
const OUTSIDE_BLUEPRINT = `id: secret
project: ${CANARY}
overview: ${CANARY}
components:
  - id: ${CANARY}
`

const cli = runCliIn

/** Every file and folder under `dir` (relative), not descending into symbolic links or `.git`. */
function listing(dir: string): string[] {
  const out: string[] = []
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.name === '.git') continue
      out.push(file)
      if (entry.isDirectory()) walk(file)
    }
  }
  if (existsSync(dir)) walk('')
  return out.sort()
}

/** The text of every regular file in the work tree (links are not followed: they are the attack, not the output). */
function repoText(repo: TempRepo): string {
  return listing(repo.root)
    .map((f) => path.join(repo.root, f))
    .filter((f) => lstatSync(f).isFile())
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
}

let repo: TempRepo
let outside: string

beforeEach(() => {
  repo = tempRepo()
  // A sibling of the repository, so `../<name>` from the root reaches it.
  outside = mkdtempSync(path.join(tmpdir(), 'bpd-outside-'))
  writeFileSync(path.join(outside, 'secret.blueprint.yaml'), OUTSIDE_BLUEPRINT)
  writeFileSync(path.join(outside, 'secret.txt'), CANARY)
  writeFileSync(path.join(outside, 'template.md'), `{{project_id}} ${CANARY}\n`)
})

afterEach(() => {
  repo.cleanup()
  rmSync(outside, { recursive: true, force: true })
})

const OUTSIDE_FILES = ['secret.blueprint.yaml', 'secret.txt', 'template.md']
const outsideName = (): string => path.basename(outside)

/** The outside folder holds exactly what the test put there, unchanged. */
function expectOutsideUntouched(): void {
  expect(listing(outside)).toEqual(OUTSIDE_FILES)
  expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe(CANARY)
}

function expectNoCanary(run: CliRun): void {
  expect(run.out).not.toContain(CANARY)
  expect(run.err).not.toContain(CANARY)
  expect(repoText(repo)).not.toContain(CANARY)
}

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

describe('paths out of the repository: the files adapter', () => {
  const escaping = (): string[] => [
    `../${outsideName()}/secret.txt`,
    `docs/../../${outsideName()}/secret.txt`,
    path.join(outside, 'secret.txt'),
    `..\\${outsideName()}\\secret.txt`,
    'C:/Windows/win.ini',
    '..',
    '.',
    ''
  ]

  it('refuses to read, write or remove `..`, absolute and empty paths', async () => {
    const ws = await openWorkspace(repo.root)
    for (const file of escaping()) {
      await expect(ws.read(file)).rejects.toBeInstanceOf(PathError)
      await expect(ws.write(file, 'pwned')).rejects.toBeInstanceOf(PathError)
      await expect(ws.remove(file)).rejects.toBeInstanceOf(PathError)
    }
    expectOutsideUntouched()
  })

  it('refuses a symbolic link to a file outside (read, write, remove)', async () => {
    repo.symlink(path.join(outside, 'secret.txt'), 'docs/link.txt')
    const ws = await openWorkspace(repo.root)
    await expect(ws.read('docs/link.txt')).rejects.toBeInstanceOf(PathError)
    await expect(ws.write('docs/link.txt', 'pwned')).rejects.toBeInstanceOf(PathError)
    await expect(ws.remove('docs/link.txt')).rejects.toBeInstanceOf(PathError)
    expectOutsideUntouched()
  })

  it('refuses a path through a symlinked folder on the way out', async () => {
    repo.symlink(outside, 'docs/linked')
    const ws = await openWorkspace(repo.root)
    await expect(ws.read('docs/linked/secret.txt')).rejects.toBeInstanceOf(PathError)
    // The file does not exist yet: the longest existing prefix (the link) is what escapes.
    await expect(ws.write('docs/linked/new/doc.md', 'pwned')).rejects.toBeInstanceOf(PathError)
    await expect(ws.write('docs/linked/doc.md', 'pwned')).rejects.toBeInstanceOf(PathError)
    await expect(ws.remove('docs/linked/secret.txt')).rejects.toBeInstanceOf(PathError)
    expectOutsideUntouched()
  })

  it('writes documents only as regular files, never through a link even to a file inside', async () => {
    repo.write('docs/target.md', 'hand-written\n')
    repo.symlink(path.join(repo.root, 'docs', 'target.md'), 'docs/doc.md')
    const ws = await openWorkspace(repo.root)
    await expect(ws.write('docs/doc.md', 'generated')).rejects.toBeInstanceOf(PathError)
    expect(repo.read('docs/target.md')).toBe('hand-written\n')
  })

  it('still reads, writes and removes ordinary paths inside (the refusals above are not blanket ones)', async () => {
    const ws = await openWorkspace(repo.root)
    await ws.write('docs/a/b.md', 'x')
    expect(new TextDecoder().decode(await ws.read('docs/./a/../a/b.md'))).toBe('x')
    await ws.remove('docs/a/b.md')
    expect(await ws.read('docs/a/b.md')).toBeUndefined()
  })
})

describe('paths out of the repository: the command line', () => {
  it('refuses a blueprint path argument outside the repository', async () => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    for (const command of ['generate', 'validate']) {
      const run = await cli(repo, command, `../${outsideName()}/secret.blueprint.yaml`)
      expect(run.code).toBe(2)
      expect(run.err).toMatch(/outside the repository/)
      expectNoCanary(run)
    }
    expectOutsideUntouched()
  })

  it('refuses a blueprint that is a symbolic link to a file outside', async () => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    repo.symlink(path.join(outside, 'secret.blueprint.yaml'), 'docs/evil.blueprint.yaml')
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/docs\/evil\.blueprint\.yaml.*(symbolic link|outside)/)
    expect(repo.exists('docs/evil.md')).toBe(false)
    // An invalid blueprint stops only itself: the other one still goes ahead.
    expect(repo.exists('docs/shop.md')).toBe(true)
    expectNoCanary(run)
    expectOutsideUntouched()
  })

  it('refuses a blueprint reached through a symlinked folder', async () => {
    repo.symlink(outside, 'docs')
    for (const argv of [
      ['generate', 'docs/secret.blueprint.yaml'],
      ['validate', 'docs/secret.blueprint.yaml'],
      ['generate', '--all']
    ]) {
      const run = await cli(repo, ...argv)
      expectNoCanary(run)
      if (argv[1] !== '--all') {
        expect(run.code).toBe(2)
        expect(run.err).toMatch(/symbolic link|outside/)
      } else {
        // Listing every blueprint does not follow the link: nothing outside is found, read or written.
        expect({ code: run.code, out: run.out.trim().split('\n').at(-1) }).toEqual({
          code: 0,
          out: '0 blueprints, 0 documents written or removed'
        })
      }
    }
    expectOutsideUntouched()
  })

  it.each([
    ['a `..` pattern', (): string => '../{name}.md'],
    ['a `..` after {dir}', (): string => '{dir}/../../{name}.md'],
    ['a sibling folder', (): string => `../${outsideName()}/{name}.md`],
    ['an absolute pattern', (): string => path.join(outside, '{name}.md')],
    ['a symlinked folder', (): string => 'out/{name}.md']
  ])('refuses an output pattern that leaves the repository: %s', async (_, pattern) => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    repo.symlink(outside, 'out')
    const parent = path.join(path.dirname(repo.root), 'shop.md')
    const textAt = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)
    const before = textAt(parent)
    const run = await cli(repo, 'generate', '--output', pattern())
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/outside the repository|symbolic link/)
    expectOutsideUntouched()
    // `../{name}.md` and `{dir}/../../{name}.md` would land beside the repository: whatever is there stays as it was.
    expect(textAt(parent)).toBe(before)
  })

  it.each([
    ['a `..` path', (): string => `../${outsideName()}/template.md`],
    ['an absolute path', (): string => path.join(outside, 'template.md')],
    ['a symbolic link to a file outside', (): string => 'templates/link.md'],
    ['a path through a symlinked folder', (): string => 'tpl/template.md']
  ])('refuses a template at %s, and writes no document with it', async (_, template) => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    repo.symlink(path.join(outside, 'template.md'), 'templates/link.md')
    repo.symlink(outside, 'tpl')
    const run = await cli(repo, 'generate', '--template', template())
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/template/)
    expect(run.err).toMatch(/outside the repository|symbolic link/)
    expect(repo.exists('docs/shop.md')).toBe(false)
    expectNoCanary(run)
    expectOutsideUntouched()
  })
})

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

function model(yaml = BLUEPRINT): Blueprint {
  const parsed = parseBlueprint({ file: 'docs/shop.blueprint.yaml', content: yaml })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.blueprint
}

declare global {
  var __bpdPwned: unknown
}

/** The classic Handlebars sandbox escape: builds a Function from a string through String.prototype. */
const RCE = `{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "globalThis.__bpdPwned = process.env.BPD_SECRET_CANARY; return process.env.BPD_SECRET_CANARY;"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}
            {{this}}
          {{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}`

describe('Handlebars templates cannot reach JavaScript', () => {
  const SECRET = 'env-canary-0b5e1d'
  const quiet = console.error
  const quietWarn = console.warn
  const quietLog = console.log
  beforeEach(() => {
    process.env.BPD_SECRET_CANARY = SECRET
    globalThis.__bpdPwned = undefined
    // Handlebars logs "Access has been denied to resolve the property ..." for each attempt.
    console.error = () => {}
    console.warn = () => {}
    console.log = () => {}
  })
  afterEach(() => {
    delete process.env.BPD_SECRET_CANARY
    globalThis.__bpdPwned = undefined
    console.error = quiet
    console.warn = quietWarn
    console.log = quietLog
  })

  /** What a template shows, or the error it fails with: neither may leak. */
  function attempt(text: string): string {
    const compiled = compileTemplate('docs/evil.md', text)
    if (!compiled.ok) return `refused: ${compiled.problem.message}`
    try {
      return renderDocument({
        blueprint: model(),
        source: 'docs/shop.blueprint.yaml',
        generatedAt: '2026-01-02T03:04:05Z',
        template: compiled.template
      }).text
    } catch (error) {
      return `failed: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  const LEAKS = [
    SECRET,
    '[native code]',
    'function ',
    'Function',
    'Object',
    'Array',
    '__proto__',
    'process',
    'prototype'
  ]

  it.each([
    ['constructor.constructor', '{{constructor.constructor "return process"}}'],
    [
      'constructor.constructor on the blueprint',
      '{{blueprint.constructor.constructor "return process.env.BPD_SECRET_CANARY"}}'
    ],
    [
      '#with __proto__',
      '{{#with __proto__}}[{{constructor.name}}|{{toString}}|{{valueOf}}]{{/with}}'
    ],
    [
      '#with blueprint.__proto__',
      '{{#with blueprint.__proto__}}[{{constructor}}|{{hasOwnProperty}}]{{/with}}'
    ],
    [
      'lookup constructor',
      '[{{lookup this "constructor"}}|{{lookup (lookup this "constructor") "name"}}|{{lookup components "constructor"}}]'
    ],
    [
      'lookup __proto__',
      '[{{lookup this "__proto__"}}|{{lookup (lookup blueprint "__proto__") "constructor"}}]'
    ],
    [
      'constructor names',
      '[{{blueprint.constructor.name}}|{{components.constructor.name}}|{{@root.constructor.name}}|{{project_id.constructor.name}}]'
    ],
    [
      '#each over a prototype',
      '[{{#each blueprint.__proto__}}{{@key}}={{this}};{{/each}}|{{#each blueprint.constructor}}{{@key}};{{/each}}]'
    ],
    [
      '__defineGetter__ and friends',
      '[{{__defineGetter__}}|{{__lookupGetter__}}|{{blueprint.__lookupGetter__ "id"}}]'
    ],
    ['the String.prototype.sub escape', RCE]
  ])('%s: no code runs and nothing leaks', (_, text) => {
    const shown = attempt(text)
    expect(globalThis.__bpdPwned).toBeUndefined()
    for (const leak of LEAKS) expect(shown).not.toContain(leak)
  })

  it('the same templates through the command line write no secret into the repository', async () => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    repo.write(
      'templates/evil.md',
      `${RCE}\n{{#with __proto__}}{{constructor.name}}{{/with}}{{lookup this "constructor"}}\n`
    )
    const run = await cli(repo, 'generate', '--template', 'templates/evil.md')
    expect(globalThis.__bpdPwned).toBeUndefined()
    // The template is accepted and used: the document is there to be searched.
    expect(run.code).toBe(0)
    const written = repo.read('docs/shop.md')
    for (const leak of [SECRET, '[native code]', 'Object']) {
      expect(written).not.toContain(leak)
      expect(run.out + run.err).not.toContain(leak)
    }
  })

  it('still renders the data a template is meant to see (the checks above are not vacuous)', () => {
    const shown = attempt(
      '[{{blueprint.id}}|{{project_id}}|{{#each components}}{{id}};{{/each}}|{{lookup blueprint "id"}}]'
    )
    expect(shown).toContain('[shop|acme|web;db;|shop]')
  })
})

// ---------------------------------------------------------------------------
// Comment injection
// ---------------------------------------------------------------------------

/** Blueprint text that tries every way into the comment's structure. */
const INJECTION = [
  commentMarker('blueprint-docs'),
  '</details>',
  '<details><summary>pwn</summary>',
  '```',
  '````',
  '~~~',
  '@acme/admins',
  '@octocat',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!--',
  '| cell | break |',
  '\n# Heading\n\n- list',
  '-->'
].join(' ')

function hostileModel(text: string): Blueprint {
  return {
    id: 'checkout',
    project: text,
    title: text,
    overview: text,
    diagram: { type: 'flowchart', direction: 'LR' },
    components: [
      { id: 'web', name: text, type: 'frontend', technology: text, description: text, group: text },
      { id: text, name: text, type: text, technology: text, description: text },
      { id: 'db', name: 'Orders DB', type: 'database' }
    ],
    dependencies: [
      { from: 'web', to: text, description: text, technology: text, async: true },
      { from: text, to: 'db', description: text, technology: text, async: false }
    ],
    sections: {}
  }
}

function hostileInput(): CommentInput {
  const base: Blueprint = {
    ...hostileModel('x'),
    components: [{ id: 'db', name: 'Orders DB', type: 'database' }],
    dependencies: []
  }
  const head = hostileModel(INJECTION)
  const review: BlueprintReview = {
    path: `docs/${INJECTION}.blueprint.yaml`,
    previousPath: `old/${INJECTION}.blueprint.yaml`,
    base,
    head,
    document: {
      path: `docs/${INJECTION}.md`,
      // Unchanged lines are quoted with one leading space in the diff: " \`\`\`" would close a three-backtick fence.
      before: `# Doc\n\n\`\`\`\nshared\n\`\`\`\n\n${commentMarker('blueprint-docs')}\n</details>\n`,
      after: `# Doc\n\n\`\`\`\nshared\n\`\`\`\n\n${INJECTION}\n\`\`\`\nunclosed fence\n</details>\n${commentMarker('blueprint-docs')}\n`
    }
  }
  const invalid: BlueprintReview = {
    path: `bad/${INJECTION}.blueprint.yaml`,
    problems: [
      { file: ` # ${INJECTION}`, line: 1, col: 1, message: INJECTION },
      // At the start of a list item, `<details ` alone would open an HTML block (no `>` needed).
      { file: '<details open', line: 2, col: 1, message: '<summary' }
    ],
    document: { path: 'bad/x.md' }
  }
  return {
    tag: 'blueprint-docs',
    reviews: [review, invalid],
    stale: [{ document: `docs/${INJECTION}.md`, blueprint: `docs/${INJECTION}.blueprint.yaml` }],
    fixCommand: 'npx blueprint-docs generate',
    summaryUrl: `https://github.com/o/r/actions/runs/1?x=${INJECTION}`
  }
}

/** GitHub-flavoured HTML of a Markdown text, with raw HTML passed through as GitHub's renderer sees it. */
function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false }) as string
}

/** The HTML outside `<pre>` and `<code>`: where a mention notifies and a tag renders. */
function prose(rendered: string): string {
  return rendered.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '')
}

const count = (text: string, what: string | RegExp): number =>
  typeof what === 'string'
    ? text.split(what).length - 1
    : (text.match(new RegExp(what.source, `${what.flags.replace('g', '')}g`)) ?? []).length

describe('blueprint text cannot inject into the comment', () => {
  const input = hostileInput()
  const built = buildComment(input)
  const marker = commentMarker(input.tag)

  it.each([
    ['body', (): string => built.body],
    ['job summary', (): string => built.full]
  ])('%s: our marker appears only where we put it', (which, text) => {
    const expected = which === 'body' ? 1 : 0
    expect(count(text(), '<!-- blueprint-docs:comment')).toBe(expected)
    if (which === 'body') expect(built.body.startsWith(`${marker}\n`)).toBe(true)
  })

  it.each([
    ['body', (): string => built.body],
    ['job summary', (): string => built.full]
  ])('%s: no raw HTML but our own <details>, and no HTML comment but the marker', (which, text) => {
    const rendered = html(text())
    expect(rendered).not.toMatch(/<img\b/i)
    expect(rendered).not.toMatch(/<script\b/i)
    expect(rendered).not.toMatch(/<[a-z][^>]*\sonerror=/i)
    // One folded document diff: exactly one <details>, one <summary>, balanced.
    expect(count(rendered, /<details\b/)).toBe(1)
    expect(count(rendered, /<\/details>/)).toBe(1)
    expect(count(rendered, /<summary\b/)).toBe(1)
    expect(count(rendered, '<!--')).toBe(which === 'body' ? 1 : 0)
  })

  it('fences hold: the diagram and the document diff stay two code blocks, whatever backticks they quote', () => {
    const tokens = marked.lexer(built.full, { gfm: true })
    const code = tokens.filter((t): t is Tokens.Code => t.type === 'code')
    expect(code.map((c) => c.lang)).toEqual(['mermaid', 'diff'])
    // The quoted document (with its own ``` and </details>) is inside the diff block, not outside it.
    expect(code[1]?.text).toContain('unclosed fence')
    expect(code[1]?.text).toContain('</details>')
    expect(
      tokens.filter((t) => t.type === 'heading').map((t) => (t as Tokens.Heading).depth)
    ).toEqual([2, 3, 3, 3])
  })

  it.each([
    ['body', (): string => built.body],
    ['job summary', (): string => built.full]
  ])('%s: @mentions notify nobody (no @name outside code)', (_, text) => {
    const visible = prose(html(text()))
    expect(visible).not.toMatch(/@(?!&#8203;|\u200B)[A-Za-z0-9]/)
    // The names are still there to read.
    expect(visible).toMatch(/@(&#8203;|\u200B)acme\/admins/)
  })

  it('a heading or list cannot start inside the list of problems (leading spaces included)', () => {
    const tokens = marked.lexer(built.full, { gfm: true })
    const headings = tokens
      .filter((t) => t.type === 'heading')
      .map((t) => (t as Tokens.Heading).text)
    // Our own headings quote the (escaped) path, "# Heading" included; a heading the text made would start with it.
    expect(headings.filter((h) => /^\s*Heading/.test(h))).toEqual([])
    const lists = tokens.filter((t): t is Tokens.List => t.type === 'list')
    for (const list of lists)
      for (const item of list.items)
        expect(item.tokens.some((t) => t.type === 'heading' || t.type === 'list')).toBe(false)
  })

  it('tables keep their columns: pipes and newlines in names and descriptions do not split cells or rows', () => {
    const tables = marked
      .lexer(built.full, { gfm: true })
      .filter((t): t is Tokens.Table => t.type === 'table')
    expect(tables.length).toBe(2)
    for (const table of tables) {
      expect(table.header.length).toBe(3)
      for (const row of table.rows) expect(row.length).toBe(3)
    }
    // Components: 2 added. Dependencies: 2 added.
    expect(tables.map((t) => t.rows.length)).toEqual([2, 2])
  })

  it('the comment-tag cannot end the marker early or inject markup', () => {
    for (const tag of [
      'x --> <img src=x onerror=alert(1)> <!--',
      'a--!>b',
      '-',
      '--',
      '\n<details>'
    ]) {
      const m = commentMarker(tag)
      expect(m.startsWith('<!-- blueprint-docs:comment tag=')).toBe(true)
      expect(m.indexOf('-->')).toBe(m.length - 3)
      expect(m).not.toMatch(/--!>|<img|<details|\n/)
      expect(m.slice('<!-- '.length, -' -->'.length)).not.toContain('--')
    }
    expect(commentMarker('a -->')).not.toBe(commentMarker('a --'))
  })
})

// ---------------------------------------------------------------------------
// The generated document: marker and tables
// ---------------------------------------------------------------------------

describe("blueprint text cannot inject into the generated document's marker", () => {
  it.each([
    'docs/a-->b.blueprint.yaml',
    'docs/<!-- x -->.blueprint.yaml',
    'docs/a --!> b %41.blueprint.yaml',
    'docs/new\nline.blueprint.yaml'
  ])('a blueprint path %j: one marker, closed at its end, naming that path', (source) => {
    const doc = renderDocument({
      blueprint: model(),
      source,
      generatedAt: '2026-01-02T03:04:05Z',
      template: builtInTemplate()
    }).text
    const last = doc.trimEnd().split('\n').pop() ?? ''
    expect(last.startsWith('<!-- blueprint-docs: generated from ')).toBe(true)
    expect(last.indexOf('-->')).toBe(last.length - 3)
    // Inside, nothing that ends an HTML comment (`-->`, `--!>`) or starts markup; `--` alone ends nothing in an HTML block.
    expect(last.slice(4, -3)).not.toMatch(/-->|--!>|<|>|\n/)
    expect(markedSource(doc)).toBe(source)
  })

  it('through the command line: a file named with `-->` gets a document whose marker names it', async () => {
    const file = 'docs/a-->b <!--.blueprint.yaml'
    repo.write(file, BLUEPRINT)
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(0)
    const doc = repo.read('docs/a-->b <!--.md')
    expect(markedSource(doc)).toBe(file)
    const last = doc.trimEnd().split('\n').pop() ?? ''
    expect(last.indexOf('-->')).toBe(last.length - 3)
    expect(last).not.toMatch(/<!--.*<|>.*-->$/)
    // A second run finds its own document again: nothing to do.
    expect((await cli(repo, 'check')).code).toBe(0)
  })

  it("blueprint text that quotes another blueprint's marker does not change whose document it is", () => {
    const forged =
      '<!-- blueprint-docs: generated from other/victim.blueprint.yaml; edit the blueprint, not this file. -->'
    const blueprint = { ...model(), overview: `Sells things.\n\n${forged}`, project: forged }
    const doc = renderDocument({
      blueprint,
      source: 'docs/shop.blueprint.yaml',
      generatedAt: '2026-01-02T03:04:05Z',
      template: builtInTemplate()
    }).text
    expect(markedSource(doc)).toBe('docs/shop.blueprint.yaml')
  })

  it('a hand-written Markdown file that quotes a marker is not taken for a generated document and deleted', async () => {
    repo.write('docs/shop.blueprint.yaml', BLUEPRINT)
    const guide = [
      '# How our architecture docs work',
      '',
      'Every generated document ends with a line like this:',
      '',
      '```markdown',
      '<!-- blueprint-docs: generated from docs/example.blueprint.yaml; edit the blueprint, not this file. -->',
      '```',
      ''
    ].join('\n')
    repo.write('docs/guide.md', guide)
    repo.commit('guide')
    const run = await cli(repo, 'generate')
    expect(run.code).toBe(0)
    expect(repo.exists('docs/guide.md')).toBe(true)
    expect(repo.read('docs/guide.md')).toBe(guide)
  })
})

describe('blueprint text cannot break the tables of the generated document', () => {
  const NASTY = 'a | b \\| c\nsecond line\r\n| --- |\n\n|x|'

  it('components and dependencies tables keep one row per entry and their columns', () => {
    const yaml = `id: shop
project: acme
components:
  - id: ${JSON.stringify(NASTY)}
    name: ${JSON.stringify(NASTY)}
    type: ${JSON.stringify(NASTY)}
    technology: ${JSON.stringify(NASTY)}
    description: ${JSON.stringify(NASTY)}
    group: ${JSON.stringify(NASTY)}
  - id: "db|x\`"
    name: "Orders \`|\` DB"
    description: "ends with a backslash \\\\"
dependencies:
  - from: ${JSON.stringify(NASTY)}
    to: "db|x\`"
    description: ${JSON.stringify(NASTY)}
    technology: ${JSON.stringify(NASTY)}
  - from: "db|x\`"
    to: ${JSON.stringify(NASTY)}
    async: true
`
    const doc = renderDocument({
      blueprint: model(yaml),
      source: 'docs/shop.blueprint.yaml',
      generatedAt: '2026-01-02T03:04:05Z',
      template: builtInTemplate()
    }).text
    const tables = marked
      .lexer(doc, { gfm: true })
      .filter((t): t is Tokens.Table => t.type === 'table')
    expect(tables.map((t) => [t.header.length, t.rows.length])).toEqual([
      [6, 2], // Component, ID, Type, Technology, Group, Description
      [5, 2] // From, To, Description, Technology, Mode
    ])
    // GFM drops the cells past the header's count silently, so count is not enough: the cut-off text must be whole.
    const decoded = (cellText: string | undefined): string =>
      (cellText ?? '').replace(/&#124;/g, '|').replace(/\\\|/g, '|')
    const description = decoded(tables[0]?.rows[0]?.[5]?.text)
    expect(description).toContain('a | b')
    expect(description).toContain('second line')
    expect(description).toContain('|x|')
    expect(decoded(tables[1]?.rows[0]?.[2]?.text)).toContain('|x|')
    // The last column of each row is what the blueprint says, not a fragment of another cell.
    expect(tables[1]?.rows.map((r) => r[4]?.text)).toEqual(['sync', 'async'])
  })
})

// ---------------------------------------------------------------------------
// The token
// ---------------------------------------------------------------------------

// The token: test/action.e2e.test.ts checks every run of the bundle (stdout,
// stderr, outputs, job summary, comments) for it, and test/acceptance does the
// same in plain and base64 form, with debug logging on.
