/**
 * Blueprint model → Mermaid diagram text.
 *
 * The diagram must render on GitHub whatever text a blueprint holds, so three
 * rules run through this module:
 *
 * 1. Node, group and legend ids are generated, never taken from user text
 *    (`end`, `default`, `o…`/`x…` after an arrow, `…_blank` all break Mermaid).
 * 2. Every piece of user text is clipped and escaped in one pass, and always
 *    sits inside double quotes.
 * 3. The output is a pure function of the blueprint's content: sorted, LF
 *    line ends, independent of the order the author wrote things in.
 *
 * Every escaping rule below was checked by rendering in headless Chromium with
 * the real mermaid bundle (test/mermaid.browser.test.ts).
 */
import { createHash } from 'node:crypto'
import type { Blueprint, Component, Dependency, Direction, KnownComponentType } from './model.js'

/** How an element differs between the base and the head of a pull request. */
export type ChangeKind = 'added' | 'removed' | 'changed'

/** Elements to colour in a "changes" diagram. */
export interface Highlight {
  /** by component id */
  readonly nodes?: ReadonlyMap<string, ChangeKind>
  /** by dependencyKey(from, to) */
  readonly edges?: ReadonlyMap<string, ChangeKind>
}

/** A diagram ready to go into a ```` ```mermaid ```` fence. */
export interface Diagram {
  /** The type actually emitted: a C4 diagram that had to be reduced is drawn as a flowchart. */
  readonly type: 'flowchart' | 'c4'
  /** Mermaid source, no fences, LF line ends, no trailing newline. */
  readonly text: string
  /** Set when the diagram had to be reduced to stay within Mermaid's limits: a sentence for readers. */
  readonly note?: string
}

/** Mermaid's default `maxTextSize`: a longer text renders as "Maximum text size in diagram exceeded". */
export const MAX_TEXT_SIZE = 50_000
/** Mermaid's default `maxEdges`: the flowchart parser refuses edge number 501. */
export const MAX_EDGES = 500
/** Beyond this many nodes a full diagram is unreadable even when Mermaid would still draw it. */
export const MAX_NODES = 500
/** User text longer than this (in code points) is cut and ends in `…`. */
export const MAX_LABEL_CHARS = 200

/** Hex digits of the hash used for an id when no other id collides with it. */
const ID_HEX_LENGTH = 8

/**
 * The key of a dependency in {@link Highlight.edges}. Several dependencies
 * between the same two components share a key (and a highlight).
 * JSON keeps it unambiguous whatever characters the ids contain.
 */
export function dependencyKey(from: string, to: string): string {
  return JSON.stringify([from, to])
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * The generated Mermaid id of a component: `n` + the first 8 hex digits of the
 * SHA-256 of its id. Hex only, so it can never spell a keyword; the prefix `n`
 * is safe right after an arrow (`o` and `x` would turn `-->` into `--o`/`--x`).
 * {@link buildDiagram} uses exactly this id unless two components of the same
 * blueprint collide, in which case both get longer ids (see {@link assignIds}).
 */
export function nodeId(componentId: string): string {
  return `n${sha256Hex(componentId).slice(0, ID_HEX_LENGTH)}`
}

/**
 * Generated ids for a set of keys: `prefix` + a hash prefix of each key.
 * Keys whose short ids collide are lengthened together, deterministically (the
 * result depends only on the set of keys), until they differ; identical full
 * hashes (never seen in practice) fall back to a numbered suffix.
 * @internal exported for tests, which inject a deliberately weak hash.
 */
export function assignIds(
  keys: Iterable<string>,
  prefix: string,
  hash: (key: string) => string = sha256Hex
): ReadonlyMap<string, string> {
  const sorted = [...new Set(keys)].sort(compareText)
  const hashes = new Map(sorted.map((k) => [k, hash(k)]))
  const full = (k: string): string => hashes.get(k) ?? ''
  const result = new Map<string, string>()
  const taken = new Set<string>()
  let pending = sorted
  let length = ID_HEX_LENGTH
  while (pending.length > 0) {
    const byCandidate = new Map<string, string[]>()
    for (const key of pending) {
      const candidate = prefix + full(key).slice(0, length)
      const bucket = byCandidate.get(candidate)
      if (bucket) bucket.push(key)
      else byCandidate.set(candidate, [key])
    }
    const next: string[] = []
    const fullLength = pending.every((k) => full(k).length <= length)
    for (const [candidate, bucket] of byCandidate) {
      const [only] = bucket
      if (bucket.length === 1 && only !== undefined && !taken.has(candidate)) {
        result.set(only, candidate)
        taken.add(candidate)
      } else if (fullLength) {
        // The hashes themselves are equal: number the keys in sorted order.
        bucket.forEach((key, i) => {
          let id = `${candidate}z${i}`
          while (taken.has(id)) id += 'z'
          result.set(key, id)
          taken.add(id)
        })
      } else {
        next.push(...bucket)
      }
    }
    pending = next
    length += 4
  }
  return result
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareTuple(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareText(a[i] ?? '', b[i] ?? '')
    if (c !== 0) return c
  }
  return 0
}

/** Cuts text longer than {@link MAX_LABEL_CHARS} code points (never inside a surrogate pair). */
function clip(text: string): string {
  const chars = Array.from(text)
  return chars.length <= MAX_LABEL_CHARS ? text : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`
}

/**
 * Flowchart label escaping. Mermaid decodes `#name;` / `#123;` entity codes in
 * labels; backslashes escape nothing. Why each character:
 * - `#` first of all, in the same pass, so the `#` of our own codes is never
 *   escaped again, and user text such as `#quot;` stays literal;
 * - `"` ends the label; `` ` `` right after the opening quote starts a
 *   Markdown string; `|` ends an edge label;
 * - `<` `>` `&`: raw tags are dropped by the sanitizer (text lost) or let
 *   entities through;
 * - `%`: `%%{init: …}%%` is picked out of the *whole* text as a directive, even
 *   inside quotes, which breaks the line (found in the browser);
 * - `:`: Mermaid pre-processes every line matching `style.*:\S*#.*;` by
 *   deleting its last `;`, which mangles a label like `style:x#` (its `#35;`
 *   loses the `;`); without a raw `:` the pattern cannot match (found in the
 *   browser);
 * - `\`: a literal `\n` or `\N` in a label is drawn as a line break (found in
 *   the browser: `C:\new` lost its `\n`); `#92;` alone is not enough once the
 *   label holds a `<br/>`, so `\n` also gets a zero-width space (`#8203;`);
 * - `$$`: Mermaid 11 renders `$$…$$` as KaTeX math, and an unbalanced formula
 *   fails the whole diagram (found in the browser); entity codes are decoded
 *   before that check, so a zero-width space (`#8203;`) goes between the signs;
 * - line breaks (`\r\n`, `\n`, `\r`, U+2028, U+2029, U+0085) become `<br/>`:
 *   a raw newline inside a label ends the statement.
 * Brackets, braces, parentheses, `;` and `@` are harmless inside quotes and stay
 * readable in the source.
 */
const FLOWCHART_ESCAPES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '|': '#124;',
  '%': '#37;',
  ':': '#58;',
  '\\': '#92;',
  // Even as an entity, `\` + `n` (either case) becomes a line break once a label has a `<br/>`; a zero-width space stops that.
  '\\n': '#92;#8203;n',
  '\\N': '#92;#8203;N',
  // Only a `$` followed by another is matched: `$$…$$` is KaTeX math (even as `#36;#36;`).
  $: '$#8203;'
}
const FLOWCHART_PATTERN = /\r\n|[\r\n\u2028\u2029\u0085]|\\[nN]|\$(?=\$)|[#"<>&`|%:\\]/g

/**
 * Escapes text for a double-quoted Mermaid flowchart label (node, edge or
 * subgraph title), in one pass: `#`→`#35;`, `"`→`#quot;`, `<`→`#lt;`,
 * `>`→`#gt;`, `&`→`#amp;`, `` ` ``→`#96;`, `|`→`#124;`, `%`→`#37;`,
 * `:`→`#58;`, `\`→`#92;` (`\n`→`#92;#8203;n`, also `\N`), `$$`→`$#8203;$`, and each line break → `<br/>`. It does not clip; an empty
 * result must not be emitted as `""` (Mermaid refuses empty quoted labels).
 */
export function escapeLabel(text: string): string {
  return text.replace(FLOWCHART_PATTERN, (ch) => FLOWCHART_ESCAPES[ch] ?? '<br/>')
}

/** A clipped, escaped, never-empty flowchart label. */
function label(...lines: readonly (string | undefined)[]): string {
  const text = lines
    .filter((l): l is string => l !== undefined && l !== '')
    .map((l) => escapeLabel(clip(l)))
    .join('<br/>')
  // `[""]` is a parse error; a no-break space keeps the shape.
  return text === '' ? '#160;' : text
}

/**
 * C4 strings go through a different path from flowchart labels (all checked in
 * the browser):
 * - `"` cannot be written at all (no escape works, `#quot;` shows literally):
 *   it becomes `'`;
 * - `<` `>` `&` become the full-width look-alikes `＜` `＞` `＆`. The entity
 *   codes `#lt;` `#gt;` `#amp;` decode in short text, but C4 breaks a long
 *   word character by character when it wraps, and then shows `&lt;` or drops
 *   the `>`; raw `<tag>` text is removed by the sanitizer;
 * - a `#` that would start an entity code (`#\w+;`) gets a zero-width space
 *   after it, else `#35;` shows as `&#35;`;
 * - `%%` gets a zero-width space between the signs: `%%{` would start a
 *   directive and break the parse;
 * - `\n` and `\N` (backslash, n) are drawn as a line break: a zero-width space goes between;
 * - `style` and `classDef` get a zero-width space inside, so the
 *   `style.*:\S*#.*;` pre-processing cannot eat a `;` of the text;
 * - line breaks become spaces (C4 strings are one line).
 * The zero-width spaces keep the visible text identical.
 */
const C4_PATTERN =
  /\r\n|[\r\n\u2028\u2029\u0085]|"|<|>|&|#(?=\w+;)|%(?=%)|\\(?=[nN])|style|classDef/g
function escapeC4(text: string): string {
  return clip(text).replace(C4_PATTERN, (m) => {
    switch (m) {
      case '"':
        return "'"
      case '<':
        return '\uff1c'
      case '>':
        return '\uff1e'
      case '&':
        return '\uff06'
      case '#':
        return '#\u200b'
      case '%':
        return '%\u200b'
      case '\\':
        return '\\\u200b'
      case 'style':
        return 'st\u200byle'
      case 'classDef':
        return 'class\u200bDef'
      default:
        return ' '
    }
  })
}

type Shape = readonly [open: string, close: string]

/** Classic shapes only: the `@{ shape: … }` syntax needs Mermaid 11.3+, older renderers break on it. */
const SHAPES: Readonly<Record<KnownComponentType, Shape>> = {
  person: ['((', '))'],
  frontend: ['(', ')'],
  gateway: ['{{', '}}'],
  service: ['[', ']'],
  function: ['[[', ']]'],
  database: ['[(', ')]'],
  cache: ['([', '])'],
  queue: ['>', ']'],
  storage: ['[(', ')]'],
  external: ['[', ']']
}

/** Light styling per type; class names are prefixed so none can be Mermaid's special `default`. */
const TYPE_STYLES: Readonly<Record<KnownComponentType, string>> = {
  person: 'fill:#dbeafe,stroke:#1d4ed8',
  frontend: 'fill:#e0f2fe,stroke:#0369a1',
  gateway: 'fill:#ede9fe,stroke:#6d28d9',
  service: 'fill:#f1f5f9,stroke:#334155',
  function: 'fill:#fef9c3,stroke:#a16207',
  database: 'fill:#dcfce7,stroke:#15803d',
  cache: 'fill:#ffedd5,stroke:#c2410c',
  queue: 'fill:#fce7f3,stroke:#be185d',
  storage: 'fill:#ccfbf1,stroke:#0f766e',
  external: 'fill:#f5f5f5,stroke:#6b7280,stroke-dasharray:5 5'
}
const GROUP_NODE_STYLE = 'fill:#f8fafc,stroke:#475569,stroke-width:2px'

const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'changed', 'removed']
/** Defined after the type classes so their CSS wins. */
const NODE_CHANGE_STYLES: Readonly<Record<ChangeKind, string>> = {
  added: 'fill:#e6ffed,stroke:#2da44e,stroke-width:2px,color:#116329',
  removed:
    'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#82071e,opacity:0.6',
  changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#7d4e00'
}
const EDGE_CHANGE_STYLES: Readonly<Record<ChangeKind, string>> = {
  added: 'stroke:#2da44e,stroke-width:2px',
  removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,opacity:0.6',
  changed: 'stroke:#bf8700,stroke-width:2px'
}
const C4_CHANGE_STYLES: Readonly<
  Record<ChangeKind, { readonly bg: string; readonly border: string; readonly line: string }>
> = {
  added: { bg: '#2da44e', border: '#116329', line: '#2da44e' },
  removed: { bg: '#cf222e', border: '#82071e', line: '#cf222e' },
  changed: { bg: '#bf8700', border: '#7d4e00', line: '#bf8700' }
}

function knownType(type: string): KnownComponentType {
  return Object.hasOwn(SHAPES, type) ? (type as KnownComponentType) : 'service'
}

/** One node of the flowchart being drawn (already escaped). */
interface FNode {
  readonly id: string
  readonly shape: Shape
  readonly label: string
  readonly cls: string
  readonly change?: ChangeKind
}
interface FEdge {
  readonly from: string
  readonly to: string
  readonly async: boolean
  readonly label?: string
  readonly change?: ChangeKind
}
interface FGroup {
  readonly id: string
  readonly title: string
  readonly nodes: readonly FNode[]
}
interface FGraph {
  readonly direction: Direction
  readonly nodes: readonly FNode[]
  readonly groups: readonly FGroup[]
  readonly edges: readonly FEdge[]
  readonly legend: boolean
}

function nodeCount(g: FGraph): number {
  return g.nodes.length + g.groups.reduce((n, gr) => n + gr.nodes.length, 0)
}

function renderFlowchart(g: FGraph): string {
  const out: string[] = [`flowchart ${g.direction}`]
  const nodeLine = (n: FNode, indent: string): string =>
    `${indent}${n.id}${n.shape[0]}"${n.label}"${n.shape[1]}`
  for (const n of g.nodes) out.push(nodeLine(n, '  '))
  for (const gr of g.groups) {
    out.push(`  subgraph ${gr.id}["${gr.title}"]`)
    for (const n of gr.nodes) out.push(nodeLine(n, '    '))
    out.push('  end')
  }
  for (const e of g.edges) {
    const arrow = e.async ? '-.->' : '-->'
    out.push(`  ${e.from} ${arrow}${e.label === undefined ? '' : `|"${e.label}"|`} ${e.to}`)
  }

  const all = [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)]
  const byClass = new Map<string, string[]>()
  for (const n of all) byClass.set(n.cls, [...(byClass.get(n.cls) ?? []), n.id])
  const classStyle = (cls: string): string =>
    cls === 'bp_group'
      ? GROUP_NODE_STYLE
      : TYPE_STYLES[cls.slice('bp_'.length) as KnownComponentType]
  const classes = [...byClass.keys()].sort(compareText)
  for (const cls of classes) out.push(`  classDef ${cls} ${classStyle(cls)}`)
  for (const cls of classes) out.push(`  class ${(byClass.get(cls) ?? []).join(',')} ${cls}`)

  if (g.legend) {
    out.push('  subgraph lgd["Legend"]')
    for (const kind of CHANGE_KINDS) out.push(`    lgd${kind[0]}["${kind}"]`)
    out.push('  end')
  }
  const anyChange = g.legend || all.some((n) => n.change) || g.edges.some((e) => e.change)
  if (anyChange) {
    for (const kind of CHANGE_KINDS) out.push(`  classDef ${kind} ${NODE_CHANGE_STYLES[kind]}`)
    for (const kind of CHANGE_KINDS) {
      const ids = all.filter((n) => n.change === kind).map((n) => n.id)
      if (g.legend) ids.push(`lgd${kind[0]}`)
      if (ids.length > 0) out.push(`  class ${ids.join(',')} ${kind}`)
    }
    // linkStyle counts edges in order of appearance; an index past the last edge is an error.
    for (const kind of CHANGE_KINDS) {
      const idx = g.edges.flatMap((e, i) => (e.change === kind ? [String(i)] : []))
      if (idx.length > 0) out.push(`  linkStyle ${idx.join(',')} ${EDGE_CHANGE_STYLES[kind]}`)
    }
  }
  return out.join('\n')
}

function fits(text: string, edges: number, nodes: number): boolean {
  return text.length <= MAX_TEXT_SIZE && edges <= MAX_EDGES && nodes <= MAX_NODES
}

function sortedComponents(bp: Blueprint): Component[] {
  return [...bp.components].sort((a, b) => compareText(a.id, b.id))
}

function depTuple(d: Dependency): string[] {
  return [d.from, d.to, d.async ? '1' : '0', d.description ?? '', d.technology ?? '']
}

function sortedDependencies(bp: Blueprint): Dependency[] {
  return [...bp.dependencies].sort((a, b) => compareTuple(depTuple(a), depTuple(b)))
}

function groupNames(bp: Blueprint): string[] {
  const names = new Set<string>()
  for (const c of bp.components) if (c.group !== undefined) names.add(c.group)
  return [...names].sort(compareText)
}

/** One kind for several changed members: theirs if they agree, else `changed`. */
function mergeKinds(kinds: readonly (ChangeKind | undefined)[]): ChangeKind | undefined {
  const set = new Set(kinds.filter((k): k is ChangeKind => k !== undefined))
  if (set.size === 0) return undefined
  const [only] = set
  return set.size === 1 ? only : 'changed'
}

function plural(n: number, word: 'component' | 'dependency' | 'group'): string {
  const many = word === 'dependency' ? 'dependencies' : `${word}s`
  return `${formatCount(n)} ${n === 1 ? word : many}`
}

/** `2400` → `2,400`, without `toLocaleString`, whose output depends on the machine's ICU data. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

interface Ids {
  readonly node: ReadonlyMap<string, string>
  readonly group: ReadonlyMap<string, string>
}

function makeIds(bp: Blueprint): Ids {
  return {
    node: assignIds(
      bp.components.map((c) => c.id),
      'n'
    ),
    group: assignIds(groupNames(bp), 'g')
  }
}

function idOf(map: ReadonlyMap<string, string>, key: string): string {
  const id = map.get(key)
  // Validation guarantees every dependency names a component; a broken model is a bug upstream.
  if (id === undefined) throw new Error(`mermaid: no component with id ${JSON.stringify(key)}`)
  return id
}

function componentNode(c: Component, ids: Ids, highlight: Highlight | undefined): FNode {
  const type = knownType(c.type)
  return {
    id: idOf(ids.node, c.id),
    shape: SHAPES[type],
    label: label(
      c.name,
      c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
    ),
    cls: `bp_${type}`,
    change: highlight?.nodes?.get(c.id)
  }
}

function dependencyLabel(d: Dependency): string | undefined {
  const tech = d.technology === undefined || d.technology === '' ? undefined : `[${d.technology}]`
  if ((d.description ?? '') === '' && tech === undefined) return undefined
  return label(d.description, tech)
}

/** The whole blueprint, one node per component. */
function fullGraph(bp: Blueprint, ids: Ids, highlight: Highlight | undefined): FGraph {
  const comps = sortedComponents(bp)
  return {
    direction: bp.diagram.direction,
    nodes: comps.filter((c) => c.group === undefined).map((c) => componentNode(c, ids, highlight)),
    groups: groupNames(bp).map((name) => ({
      id: idOf(ids.group, name),
      title: label(name),
      nodes: comps.filter((c) => c.group === name).map((c) => componentNode(c, ids, highlight))
    })),
    edges: sortedDependencies(bp).map((d) => ({
      from: idOf(ids.node, d.from),
      to: idOf(ids.node, d.to),
      async: d.async,
      label: dependencyLabel(d),
      change: highlight?.edges?.get(dependencyKey(d.from, d.to))
    })),
    legend: highlight !== undefined
  }
}

/**
 * One node per group (ungrouped components kept), dependencies aggregated
 * between the resulting nodes with a count; dependencies inside one group vanish.
 */
function groupGraph(bp: Blueprint, ids: Ids, highlight: Highlight | undefined): FGraph {
  const comps = sortedComponents(bp)
  const byId = new Map(bp.components.map((c) => [c.id, c]))
  // Sort key and Mermaid id of the node a component is drawn as.
  const target = (componentId: string): { key: string; id: string } => {
    const group = byId.get(componentId)?.group
    return group === undefined
      ? { key: `c:${componentId}`, id: idOf(ids.node, componentId) }
      : { key: `g:${group}`, id: idOf(ids.group, group) }
  }
  const nodes: FNode[] = comps
    .filter((c) => c.group === undefined)
    .map((c) => componentNode(c, ids, highlight))
  for (const name of groupNames(bp)) {
    const members = comps.filter((c) => c.group === name)
    nodes.push({
      id: idOf(ids.group, name),
      shape: SHAPES.service,
      label: `${label(name)}<br/>${plural(members.length, 'component')}`,
      cls: 'bp_group',
      change: mergeKinds(members.map((m) => highlight?.nodes?.get(m.id)))
    })
  }
  const edges = new Map<
    string,
    { from: { key: string; id: string }; to: { key: string; id: string }; deps: Dependency[] }
  >()
  for (const d of bp.dependencies) {
    const from = target(d.from)
    const to = target(d.to)
    if (from.key === to.key && from.key.startsWith('g:')) continue
    const k = JSON.stringify([from.key, to.key])
    const entry = edges.get(k)
    if (entry) entry.deps.push(d)
    else edges.set(k, { from, to, deps: [d] })
  }
  const sortedEdges = [...edges.values()].sort((a, b) =>
    compareTuple([a.from.key, a.to.key], [b.from.key, b.to.key])
  )
  return {
    direction: bp.diagram.direction,
    nodes,
    groups: [],
    edges: sortedEdges.map(({ from, to, deps }) => {
      const [first] = deps
      const bothPlain = !from.key.startsWith('g:') && !to.key.startsWith('g:')
      return {
        from: from.id,
        to: to.id,
        // Dashed only when every dependency it stands for is asynchronous.
        async: deps.every((d) => d.async),
        label:
          deps.length === 1 && bothPlain && first !== undefined
            ? dependencyLabel(first)
            : plural(deps.length, 'dependency'),
        change: mergeKinds(deps.map((d) => highlight?.edges?.get(dependencyKey(d.from, d.to))))
      }
    }),
    legend: highlight !== undefined
  }
}

/** A single node that says what the blueprint holds. */
function summaryGraph(bp: Blueprint, highlight: Highlight | undefined): FGraph {
  const groups = groupNames(bp).length
  const facts = [
    plural(bp.components.length, 'component'),
    plural(bp.dependencies.length, 'dependency'),
    ...(groups > 0 ? [plural(groups, 'group')] : [])
  ].join(', ')
  return {
    direction: bp.diagram.direction,
    nodes: [
      {
        id: 's0',
        shape: SHAPES.service,
        label: `${label(bp.title ?? bp.id)}<br/>${facts}`,
        cls: 'bp_group'
      }
    ],
    groups: [],
    edges: [],
    legend: highlight !== undefined
  }
}

function c4Diagram(bp: Blueprint, ids: Ids, highlight: Highlight | undefined): string {
  const q = (s: string | undefined): string => `"${escapeC4(s ?? '')}"`
  const element = (c: Component): string => {
    const id = idOf(ids.node, c.id)
    const type = knownType(c.type)
    // Person and System_Ext take no technology argument: keep it visible in the description.
    const descrWithTech = [
      c.description,
      c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
    ]
      .filter((s) => s !== undefined && s !== '')
      .join(' ')
    switch (type) {
      case 'person':
        return `Person(${id}, ${q(c.name)}, ${q(descrWithTech)})`
      case 'external':
        return `System_Ext(${id}, ${q(c.name)}, ${q(descrWithTech)})`
      case 'database':
      case 'storage':
      case 'cache':
        return `ContainerDb(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
      case 'queue':
        return `ContainerQueue(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
      default:
        return `Container(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`
    }
  }
  const comps = sortedComponents(bp)
  // C4 has no direction statement (its layout is fixed), so `direction` is ignored here.
  const out: string[] = ['C4Container']
  for (const c of comps) if (c.group === undefined) out.push(`  ${element(c)}`)
  for (const name of groupNames(bp)) {
    out.push(`  Container_Boundary(${idOf(ids.group, name)}, ${q(name)}) {`)
    for (const c of comps) if (c.group === name) out.push(`    ${element(c)}`)
    out.push('  }')
  }
  for (const d of sortedDependencies(bp)) {
    // C4 cannot draw a dashed relation: an asynchronous one says so in its label.
    const text = d.async
      ? [d.description, '(async)'].filter((s) => s !== undefined && s !== '').join(' ')
      : (d.description ?? '')
    const tech = d.technology === undefined || d.technology === '' ? '' : `, ${q(d.technology)}`
    out.push(`  Rel(${idOf(ids.node, d.from)}, ${idOf(ids.node, d.to)}, ${q(text)}${tech})`)
  }
  if (highlight !== undefined) {
    out.push('  Container_Boundary(lgd, "Legend") {')
    for (const kind of CHANGE_KINDS) out.push(`    Container(lgd${kind[0]}, "${kind}")`)
    out.push('  }')
    // C4 has no dashed or faded elements; colour alone tells the kinds apart.
    const style = (id: string, kind: ChangeKind): string =>
      `  UpdateElementStyle(${id}, $bgColor="${C4_CHANGE_STYLES[kind].bg}", $borderColor="${C4_CHANGE_STYLES[kind].border}", $fontColor="#ffffff")`
    for (const c of comps) {
      const kind = highlight.nodes?.get(c.id)
      if (kind !== undefined) out.push(style(idOf(ids.node, c.id), kind))
    }
    for (const kind of CHANGE_KINDS) out.push(style(`lgd${kind[0]}`, kind))
    const seen = new Set<string>()
    for (const d of sortedDependencies(bp)) {
      const key = dependencyKey(d.from, d.to)
      const kind = highlight.edges?.get(key)
      if (kind === undefined || seen.has(key)) continue
      seen.add(key)
      const c = C4_CHANGE_STYLES[kind]
      out.push(
        `  UpdateRelStyle(${idOf(ids.node, d.from)}, ${idOf(ids.node, d.to)}, $lineColor="${c.line}", $textColor="${c.line}")`
      )
    }
  }
  return out.join('\n')
}

/**
 * Draws a blueprint as Mermaid text: a flowchart (`flowchart <direction>`) or,
 * when the blueprint asks for it, a C4 container diagram.
 *
 * The text is the same for the same blueprint content, whatever order the
 * components and dependencies were written in. A diagram that would exceed
 * Mermaid's limits ({@link MAX_TEXT_SIZE}, {@link MAX_EDGES}) or
 * {@link MAX_NODES} is reduced to one node per group, then to one summary
 * node, and `note` says so; a reduced diagram is always a flowchart, because
 * a C4 diagram has no automatic layout to cope with aggregated nodes.
 *
 * With `highlight`, the named components and dependencies are coloured as
 * added / removed / changed and a legend is appended.
 */
export function buildDiagram(bp: Blueprint, options?: { readonly highlight?: Highlight }): Diagram {
  const highlight = options?.highlight
  const ids = makeIds(bp)
  const components = bp.components.length
  const dependencies = bp.dependencies.length
  const withinLimits = fits('', dependencies, components)

  if (bp.diagram.type === 'c4' && withinLimits) {
    const text = c4Diagram(bp, ids, highlight)
    if (fits(text, dependencies, components)) return { type: 'c4', text }
  }
  if (withinLimits) {
    const full = renderFlowchart(fullGraph(bp, ids, highlight))
    if (fits(full, dependencies, components)) {
      // Only a C4 text too long for Mermaid gets here with type c4: the flowchart is more compact.
      return bp.diagram.type === 'c4'
        ? {
            type: 'flowchart',
            text: full,
            note: "The diagram is drawn as a flowchart: as a C4 diagram it would exceed Mermaid's limits."
          }
        : { type: 'flowchart', text: full }
    }
  }

  const sizes = `${plural(components, 'component')} and ${plural(dependencies, 'dependency')}`
  const asFlowchart =
    bp.diagram.type === 'c4'
      ? ' It is drawn as a flowchart, as a reduced C4 diagram cannot be laid out.'
      : ''
  if (groupNames(bp).length > 0) {
    const grouped = groupGraph(bp, ids, highlight)
    const text = renderFlowchart(grouped)
    if (fits(text, grouped.edges.length, nodeCount(grouped))) {
      return {
        type: 'flowchart',
        text,
        note: `The diagram shows groups only: ${sizes} exceed Mermaid's limits.${asFlowchart}`
      }
    }
  }
  return {
    type: 'flowchart',
    text: renderFlowchart(summaryGraph(bp, highlight)),
    note: `The diagram shows a summary only: ${sizes} exceed Mermaid's limits${groupNames(bp).length > 0 ? ', even when grouped' : ''}.${asFlowchart}`
  }
}
