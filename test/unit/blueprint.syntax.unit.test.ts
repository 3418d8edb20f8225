/**
 * Syntax errors said where their cause is: YAML errors taken back to the
 * character to change, with the fix and without the cascade after them;
 * `.blueprint.json` files read as JSON; and files that are no blueprint at
 * all told so.
 */
import { parseBlueprint } from '../../src/engine/blueprint/index.js'
import { formatProblem } from '../../src/engine/model.js'

const HEAD = 'id: checkout\nproject: acme-shop\n'

/** The problems of a file as the user sees them, or [] when it parses. */
function problemsOf(content: string, file: string): string[] {
  const result = parseBlueprint({ file, content })
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('YAML syntax errors: the first cause, where it is, with the fix', () => {
  const FILE = 'x.blueprint.yaml'
  it.each<[string, string, string]>([
    [
      'an unclosed "[" in a list item, reported at the "[" and not at the end of the file',
      `${HEAD}components:\n- id: [unclosed\n- id: b\n`,
      '4:7: this "[" opens a list that is never closed; add the "]" that ends it, or put text that starts with "[" in quotes'
    ],
    [
      'an unclosed "[" on the last line',
      `${HEAD}components: [web, db\n`,
      '3:13: this "[" opens a list that is never closed; add the "]" that ends it, or put text that starts with "[" in quotes'
    ],
    [
      'an unclosed "{"',
      `${HEAD}components:\n  - {id: a, name: b\n  - id: c\n`,
      '4:5: this "{" opens a mapping that is never closed; add the "}" that ends it, or put text that starts with "{" in quotes'
    ],
    [
      'a "[" whose next lines are not indented enough to stay inside it',
      `${HEAD}components: [\nweb]\n`,
      '3:13: this "[" opens a list that goes on to line 4, which is not indented more than the line it starts on, so it ends there unclosed; indent its lines further, or close it with "]" on this line'
    ],
    [
      'an unclosed double quote, at the quote',
      `${HEAD}title: "Checkout\ncomponents: []\n`,
      '3:8: this " opens a quoted text that is never closed; end it with " (write \\" for a " inside it)'
    ],
    [
      'an unclosed single quote, at the quote',
      `${HEAD}title: 'Checkout\ncomponents: []\n`,
      "3:8: this ' opens a quoted text that is never closed; end it with ' (write '' for a ' inside it)"
    ],
    [
      'a tab-indented line, once, without the errors that follow from it',
      `${HEAD}components:\n  - id: a\n\ttype: service\n  - id: b\n    type: db\n`,
      '5:1: YAML does not allow tabs for indentation; indent with spaces'
    ],
    [
      'a key indented one space short',
      `${HEAD}components:\n  - id: a\n   type: service\n  - id: b\n`,
      '5:4: "type" is indented 3 spaces, in line with nothing above it: indent it 4 spaces to put it beside "id" (line 4)'
    ],
    [
      'a key indented one space short after a block of text',
      `${HEAD}components:\n  - id: a\n    description: |\n      Takes orders.\n\n        Indented text.\n   type: service\n`,
      '9:4: "type" is indented 3 spaces, in line with nothing above it: indent it 4 spaces to put it beside "description" (line 5)'
    ],
    [
      'a list item indented one space short',
      `${HEAD}components:\n  - id: a\n - id: b\n`,
      '5:2: this list item is indented 1 space, in line with nothing above it: indent it 2 spaces to put it in line with the list item on line 4'
    ],
    [
      'a nested key indented one space short, with the alternative',
      `diagram:\n  type: c4\n direction: LR\n${HEAD}`,
      '3:2: "direction" is indented 1 space, in line with nothing above it: indent it 2 spaces to put it beside "type" (line 2), or remove its indentation to put it beside "diagram" (line 1)'
    ],
    [
      'a key in line with the "-" of a list item',
      `${HEAD}components:\n  - id: a\n  type: service\n`,
      '5:3: "type" is indented 2 spaces, like the "-" of the list item on line 4, so it is neither a key of that item nor a new item: indent it 4 spaces to put it beside "id" (line 4), or start a new item with "- "'
    ],
    [
      'a key indented one space too many',
      `${HEAD}components:\n  - id: a\n     type: service\n`,
      '5:6: "type" is indented 5 spaces, deeper than "id" (line 4), which already has its value; indent it 4 spaces to put it beside "id" (line 4)'
    ],
    [
      'a top-level key indented by mistake',
      'id: checkout\n project: acme-shop\n',
      '2:2: "project" is indented 1 space, deeper than "id" (line 1), which already has its value; remove its indentation to put it beside "id" (line 1)'
    ],
    [
      'a plain value holding ": "',
      `${HEAD}title: Checkout: the platform\n`,
      '3:8: a plain value cannot hold ": " (it reads as a key inside the value); put the value in quotes'
    ]
  ])('%s', (_, content, expected) => {
    expect(problemsOf(content, FILE)).toEqual([`${FILE}:${expected}`])
  })
})

describe('.blueprint.json files are read as JSON', () => {
  const FILE = 'x.blueprint.json'
  it.each<[string, string, string]>([
    [
      'a trailing comma in an object, at the comma',
      '{\n  "id": "checkout",\n  "project": "acme",\n}\n',
      '3:20: a comma before "}" with nothing after it; JSON allows no trailing comma: remove it'
    ],
    [
      'a trailing comma in a list',
      '{"id": "c", "project": "p", "components": [{"id": "a"},\n]}',
      '1:55: a comma before "]" with nothing after it; JSON allows no trailing comma: remove it'
    ],
    [
      'a comment',
      '{\n  // the shop\n  "id": "c", "project": "p"}',
      '2:3: JSON allows no comments; remove it (or write the blueprint in YAML, which does)'
    ],
    [
      'single quotes',
      "{'id': 'c', 'project': 'p'}",
      '1:2: JSON text goes in double quotes ("…"), not single ones'
    ],
    [
      'an unquoted value',
      '{"id": checkout, "project": "p"}',
      '1:8: "checkout" is not a JSON value; put text in double quotes'
    ],
    [
      'a missing comma, worded for JSON',
      '{"id": "checkout"\n "project": "p"}',
      '2:2: missing "," before this item'
    ],
    ['a missing colon', '{"id" "c"}', '1:7: expected ":" between the key and its value'],
    [
      'an unclosed object, at its "{"',
      '{"id": "c", "project": "p",\n "components": [\n  {"id": "web"}\n]\n',
      '1:1: this "{" opens an object that is never closed; add the "}" that ends it'
    ],
    [
      'an unclosed string',
      '{"id": "c", "project": "p\n}',
      '1:24: this text in double quotes is never closed; end it with "'
    ],
    [
      'an escape JSON does not know',
      '{"id": "c", "project": "a\\qb"}',
      '1:26: "\\q" is an escape JSON does not know; write \\\\ for a backslash'
    ],
    [
      'a tab inside a string',
      '{"id": "c", "project": "a\tb"}',
      '1:26: text in double quotes holds a tab (write \\t); JSON does not allow it there'
    ],
    [
      'text after the object',
      '{"id": "c", "project": "p"}\n{}',
      '2:1: more text after the end of the JSON object; a blueprint file holds one object'
    ],
    [
      'YAML in a .json file',
      'id: checkout\nproject: p\n',
      '1:1: is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml'
    ]
  ])('%s', (_, content, expected) => {
    expect(problemsOf(content, FILE)).toEqual([`${FILE}:${expected}`])
  })

  it('accepts what JSON accepts, with the problems of the schema still positioned', () => {
    expect(problemsOf('{"id": "c", "project": "p", "components": [{"id": "a"}]}', FILE)).toEqual([])
    expect(problemsOf('{\n  "id": "c",\n  "project": 5\n}\n', FILE)).toEqual([
      `${FILE}:3:14: "project" must be text, not 5 (put it in quotes: "5")`
    ])
  })
})

describe('files that are no blueprint at all', () => {
  const NOT_A_BLUEPRINT =
    '1:1: is not a blueprint: a blueprint is a YAML or JSON file (*.blueprint.yaml, *.blueprint.yml, *.blueprint.json) with at least "id" and "project"'
  it.each<[string, string]>([
    ['README.md', '# Shop\n'],
    ['README.md', '# Shop\n\nSells things: books, records.\n\n- one\n  - two\n'],
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'],
    ['notes.txt', ''],
    ['docs/shop.md', 'owner: me\n']
  ])('%s holding %j', (file, content) => {
    expect(problemsOf(content, file)).toEqual([`${file}:${NOT_A_BLUEPRINT}`])
  })

  it('a YAML file of something else: one problem naming its keys', () => {
    expect(problemsOf('name: CI\non: push\njobs: {}\n', 'ci.yml')).toEqual([
      'ci.yml:1:1: is not a blueprint: it has none of a blueprint\'s keys (it has name, on, jobs); a blueprint has at least "id" and "project"'
    ])
  })

  it('a file with a blueprint key keeps its own problems, whatever its name', () => {
    expect(problemsOf('id: shop\n', 'shop.md')).toEqual([
      'shop.md:1:1: missing required key "project"'
    ])
  })
})
