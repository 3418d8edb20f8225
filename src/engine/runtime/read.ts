/**
 * A runtime file's bytes → its YAML (or JSON) documents as plain data, with
 * the blueprint loader's guards: size, UTF-8, nesting bounded before the
 * parser runs, duplicate keys, aliases. A file may hold many documents
 * (`---`); an empty one is skipped, a templated one (Helm) is skipped with a
 * note, and a broken one is a positioned problem. Never throws.
 */
import { Composer, Parser, isMap, isScalar, type Document } from 'yaml'
import { Locator, lineIndex, nodeStart, type Loc } from '../blueprint/locate.js'
import { yamlMessage, type At } from '../blueprint/messages.js'
import { checkTree, readText, scanNesting, type Wording } from '../blueprint/untrusted.js'
import type { Problem } from '../model.js'
import { messageOf } from '../text.js'
import type { Note, RuntimeDocument } from './model.js'
import { DataRefusal, toData } from './yamldata.js'

const WORDING: Wording = {
  noun: 'a Compose file or manifest',
  nesting: 'a Compose file or manifest may nest at most 64'
}

/** More documents than any real manifest bundle holds; past it the file is refused. */
export const MAX_DOCUMENTS = 2000

/**
 * A line whose value starts with a Go template, as Helm charts are written:
 * `{{- if … }}`, `image: {{ .Values.image }}`, `- {{ toYaml . }}`. Quoted
 * templates do not match; the readers refuse names and images holding `{{`.
 */
const TEMPLATE_LINE = /^[ \t]*(?:-[ \t]+)?(?:[^\s#'"{][^#'"\n]*?:[ \t]+)?\{\{/m

/** The tags Compose gives a meaning to in an override file. */
const COMPOSE_TAGS = /!(?:reset|override)\b/

export type { RuntimeDocument } from './model.js'

/** The documents of one file, what stops parts of it being read, and what was skipped. */
export interface DocumentsRead {
  readonly documents: readonly RuntimeDocument[]
  readonly problems: readonly Problem[]
  readonly notes: readonly Note[]
}

/**
 * Reads every document of a runtime file; `.json` files are read as JSON.
 * Compose's `!reset` and `!override` tags stay in the data as the markers of
 * yamldata.ts, for the merge of several Compose files to act on.
 */
export function readRuntimeDocuments(input: {
  file: string
  content: string | Uint8Array
}): DocumentsRead {
  const { file } = input
  const at: At = (loc, message) => ({ file, line: loc.line, col: loc.col, message })
  try {
    return read(input.content, { json: /\.json$/i.test(file), at })
  } catch (error) {
    // Nothing above is meant to throw; if a library surprises us, it is still a positioned problem.
    return {
      documents: [],
      problems: [at({ line: 1, col: 1 }, `could not be read: ${messageOf(error)}`)],
      notes: []
    }
  }
}

function read(content: string | Uint8Array, options: { json: boolean; at: At }): DocumentsRead {
  const { json, at } = options
  const documents: RuntimeDocument[] = []
  const problems: Problem[] = []
  const notes: Note[] = []
  const done = (): DocumentsRead => ({ documents, problems, notes })

  const textRead = readText(content, at, WORDING)
  if (!textRead.ok) return { documents, problems: textRead.problems, notes }
  const text = textRead.text
  const pos = lineIndex(text)
  const tooDeep = scanNesting(text, WORDING)
  if (tooDeep) return { documents, problems: [at(pos(tooDeep.offset), tooDeep.message)], notes }

  const composer = new Composer({
    uniqueKeys: false,
    prettyErrors: false,
    schema: json ? 'json' : 'core',
    logLevel: 'silent',
    // Compose files share settings with `<<: *defaults`.
    merge: !json
  })
  let count = 0
  for (const doc of composer.compose(new Parser().parse(text), true, text.length)) {
    if (++count > MAX_DOCUMENTS) {
      problems.push(
        at(
          pos(doc.range[0]),
          `holds more than ${MAX_DOCUMENTS} YAML documents; a Compose file or manifest may hold at most ${MAX_DOCUMENTS}`
        )
      )
      break
    }
    const one = readOne(doc, { text, json, at, pos })
    if (one.kind === 'document') documents.push(one.document)
    else if (one.kind === 'note') notes.push(one.note)
    else if (one.kind === 'problems') problems.push(...one.problems)
  }
  return done()
}

type One =
  | { kind: 'document'; document: RuntimeDocument }
  | { kind: 'note'; note: Note }
  | { kind: 'problems'; problems: Problem[] }
  | { kind: 'empty' }

function readOne(
  doc: Document.Parsed,
  options: { text: string; json: boolean; at: At; pos: (offset: number) => Loc }
): One {
  const { at, pos } = options
  const source = options.text.slice(doc.range[0], doc.range[2])
  if (TEMPLATE_LINE.test(source)) {
    const offset = doc.range[0] + source.search(TEMPLATE_LINE)
    const line = pos(offset).line
    return {
      kind: 'note',
      note: {
        ...at(
          { line, col: 1 },
          'is a template (`{{ … }}`), as in a Helm chart: skipped; give the rendered manifests instead (`helm template`)'
        )
      }
    }
  }
  const syntax = [...doc.errors, ...doc.warnings]
    .filter((e) => !(e.code === 'TAG_RESOLVE_FAILED' && COMPOSE_TAGS.test(e.message)))
    .map((e) => at(pos(e.pos[0]), yamlMessage(e, options.json)))
  if (syntax.length > 0) return { kind: 'problems', problems: syntax }
  const root = doc.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return { kind: 'empty' }
  if (!isMap(root)) {
    return {
      kind: 'note',
      note: at(
        pos(nodeStart(root)),
        'is not a mapping, so neither a Compose file nor a Kubernetes object: skipped'
      )
    }
  }
  // Aliases are neither counted nor resolved here: toData bounds what they expand to, in one walk.
  const tree = checkTree(doc, root, (node) => pos(nodeStart(node)), WORDING, {
    maxAliases: Number.POSITIVE_INFINITY,
    resolve: false
  })
  if (tree.problems.length > 0)
    return { kind: 'problems', problems: tree.problems.map((p) => at(p.loc, p.message)) }
  let data: unknown
  try {
    data = toData(root, { tags: !options.json })
  } catch (error) {
    if (!(error instanceof DataRefusal)) throw error
    return { kind: 'problems', problems: [at(pos(nodeStart(error.node)), error.message)] }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'empty' }
  return {
    kind: 'document',
    document: {
      data: data as Record<string, unknown>,
      locator: new Locator(doc, pos),
      start: pos(nodeStart(root))
    }
  }
}
