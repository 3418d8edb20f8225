export const id = 963;
export const ids = [963,469];
export const modules = {

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MARKER_PREFIX: () => (/* binding */ COMMENT_MARKER_PREFIX),
/* harmony export */   fence: () => (/* binding */ fence),
/* harmony export */   flatten: () => (/* binding */ flatten),
/* harmony export */   inlineCode: () => (/* binding */ inlineCode),
/* harmony export */   inlineText: () => (/* binding */ inlineText),
/* harmony export */   safeInline: () => (/* binding */ safeInline),
/* harmony export */   table: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1655);
/**
 * Plain text as inline Markdown: the one escaping rule that both the
 * generated documents (document.ts) and the pull-request comment
 * (comment.ts) use for text that the blueprint format calls text, not
 * Markdown — project, title, names, types, technologies, groups, ids,
 * dependency descriptions — and for file names and messages.
 *
 * The result is one line that renders as the text it was given, wherever it
 * lands: inside a paragraph, at the start of a line, at the end of a heading
 * or in a table cell.
 */

/** Control characters and bidirectional overrides ("Trojan Source"): never shown. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\r\n\t\f\v\u0085\u2028\u2029]+/g;
/**
 * The text on one line, without invisible characters, trimmed and cut to
 * `max`: what {@link inlineText} and {@link inlineCode} escape.
 */
function flatten(text, max, cut = 'end') {
    const flat = text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ').trim();
    if (max === undefined)
        return flat;
    // No space before the ellipsis: `word …` reads as a word left out.
    if (cut === 'end')
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(flat, max, { trimEnd: true });
    // A path is cut in the middle: its end (the file name) tells two blueprints apart.
    const chars = Array.from(flat);
    if (chars.length <= max)
        return flat;
    const keep = Math.max(1, max - 1);
    const head = Math.ceil(keep / 2);
    return `${chars.slice(0, head).join('').trimEnd()}…${chars
        .slice(chars.length - (keep - head))
        .join('')
        .trimStart()}`;
}
/**
 * Plain text made safe as inline Markdown; empty for text that is empty or
 * only white space.
 * - line breaks and tabs become spaces, and the ends are trimmed (a newline
 *   would end a table row, a list item or a heading; leading spaces would let
 *   `  # x` or `    x` through the start-of-line escapes below);
 * - `<`, `>` become entities, and `&` where it would start an entity
 *   (`&lt;`, `&#60;`): no raw HTML, no autolink, no `<!--` that hides the
 *   rest of the page;
 * - `|` becomes `&#124;`, which never splits a table cell (GFM splits at
 *   `\\|`, the backslash escaping the backslash);
 * - Markdown punctuation that could pair up or open something (`` ` ``, `*`,
 *   `_`, `~`, `[`, `]`, `$`, `\`) is backslash-escaped; intraword
 *   underscores (`orders_db`) are left alone, since GFM never reads them as
 *   emphasis and they stay searchable;
 * - at the start, whatever could open a block (heading, list, numbered list,
 *   setext underline, thematic break) is escaped, and so is a closing run of
 *   `#` at the end (an ATX heading would drop it);
 * - `@` per {@link InlineTextOptions.mentions}, and bare `https://` and
 *   `www.` addresses are kept from becoming links;
 * `#123` references are left alone: they are how people link issues.
 */
function inlineText(text, options = {}) {
    return escapeFlat(flatten(text, options.max), options.mentions ?? 'text');
}
/**
 * Words, numbers and harmless punctuation: text that needs no escaping (most names are). `-`
 * and `+` are special only at the start of a line (a list item), which is checked apart.
 */
const PLAIN = /^[\p{L}\p{N} ,.;:()'"/%!?+-]*$/u;
function escapeFlat(flat, mentions) {
    // The common case, checked once instead of a dozen replacements: no Markdown
    // punctuation, no leading digit (`1.` starts a list) or list marker, no address to link.
    if (PLAIN.test(flat) &&
        !/^[\p{N}+-]/u.test(flat) &&
        !flat.includes('://') &&
        !/www\./i.test(flat))
        return flat;
    return (flat
        .replace(/[\\`*~[\]$]/g, '\\$&')
        .replace(/_/g, (m, offset, whole) => /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') &&
        /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '')
        ? m
        : '\\_')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/@/g, mentions === 'defuse' ? '@&#8203;' : '\\@')
        // GFM links bare URLs (`https://…`, `www.…`); an escape in the scheme or after `www` stops that.
        .replace(/\b(https?|ftp)(?=:\/\/)/gi, '$1\\')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^[#+=-]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        // `### Title ##`: a run of `#` after a space closes the heading and is dropped.
        .replace(/(^|\s)(#+)$/, '$1\\$2'));
}
/**
 * Text as an inline code span (verbatim, searchable, copyable), on one line:
 * the delimiter outruns any backtick run inside. Text with a `|` is given as
 * {@link inlineText} instead, because GFM splits a table cell even inside a
 * code span and a pipe there can only be escaped as `\|`, which GFM does not
 * honour after another backslash. Empty for blank text.
 */
function inlineCode(text, options = {}) {
    const flat = flatten(text, options.max);
    if (flat === '')
        return '';
    if (flat.includes('|'))
        return escapeFlat(flat, options.mentions ?? 'text');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const delimiter = '`'.repeat(longest + 1);
    // A backtick at an end would merge with the delimiter; one space each side is stripped again.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${delimiter}${pad}${flat}${pad}${delimiter}`;
}
/**
 * A GFM table of cells already made safe (by {@link inlineText}, {@link inlineCode}
 * or the documents' `cell`). An empty cell is written `| |`: the compact table
 * style (markdownlint MD060) has one space, not two.
 */
function table(header, rows) {
    const line = (cells) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
// ---------------------------------------------------------------------------
// Outside text in our pull-request comment and job summary
// ---------------------------------------------------------------------------
/**
 * The start of every pull-request comment's marker. It differs from the generated documents'
 * marker (`<!-- blueprint-docs: generated from …`), which document diffs quote, so a comment is
 * never mistaken for a document or the other way round.
 */
const COMMENT_MARKER_PREFIX = '<!-- blueprint-docs:comment';
/** The marker prefix broken by a zero-width joiner: looks the same, matches nothing. */
const MARKER_BROKEN = '<!-- blueprint-docs:\u200Dcomment';
/**
 * Any outside text (names, descriptions, paths, messages) made safe for one
 * line of Markdown, including a table cell and the end of a heading: the
 * escaping of {@link inlineText} (shared with the generated documents), plus
 * what only a comment needs:
 * - `@` is followed by a zero-width space, so `@someone` notifies nobody;
 * - our marker, quoted, is broken so a search for it never finds it;
 * - text that is empty or only white space shows as `(blank)`, so a line
 *   such as `- (blank)` still says that something is there.
 *
 * `code` style keeps the text verbatim (searchable, copyable) in a code span
 * whose delimiter outruns any backtick run inside; text with a `|` falls back
 * to `text` style.
 */
function safeInline(text, options = {}) {
    const flat = flatten(text, options.max, options.cut).replaceAll(COMMENT_MARKER_PREFIX, MARKER_BROKEN);
    const shown = options.style === 'code'
        ? inlineCode(flat, { mentions: 'defuse' })
        : inlineText(flat, { mentions: 'defuse' });
    return shown === '' ? '(blank)' : shown;
}
/**
 * A fenced code block that holds any text: the fence is longer than the
 * longest backtick run inside, so no line of the content can close it.
 * Our marker's text is broken with a zero-width joiner, so a quoted marker
 * (say, in a document diff) can never be taken for our comment's.
 */
function fence(content, info = '') {
    const body = content.replace(/\r\n?/g, '\n').replaceAll(COMMENT_MARKER_PREFIX, MARKER_BROKEN);
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const delimiter = '`'.repeat(Math.max(3, longest + 1));
    return `${delimiter}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${delimiter}`;
}


/***/ }),

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   VN: () => (/* binding */ makeIds),
/* harmony export */   jy: () => (/* binding */ dependencyKey)
/* harmony export */ });
/* unused harmony exports nodeId, assignIds */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1655);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9021);
/**
 * Mermaid ids: generated from a hash of the component id or group name,
 * never taken from user text (`end`, `default`, `o…`/`x…` after an arrow,
 * `…_blank` all break Mermaid), and stable for the same content.
 */



/** Hex digits of the hash used for an id when no other id collides with it. */
const ID_HEX_LENGTH = 8;
/**
 * The key of a dependency in {@link Highlight.edges}. Several dependencies
 * between the same two components share a key (and a highlight).
 * JSON keeps it unambiguous whatever characters the ids contain.
 */
function dependencyKey(from, to) {
    return JSON.stringify([from, to]);
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/**
 * The generated Mermaid id of a component: `n` + the first 8 hex digits of the
 * SHA-256 of its id. Hex only, so it can never spell a keyword; the prefix `n`
 * is safe right after an arrow (`o` and `x` would turn `-->` into `--o`/`--x`).
 * {@link buildDiagram} uses exactly this id unless two components of the same
 * blueprint collide, in which case both get longer ids (see {@link assignIds}).
 */
function nodeId(componentId) {
    return `n${sha256Hex(componentId).slice(0, ID_HEX_LENGTH)}`;
}
/**
 * Generated ids for a set of keys: `prefix` + a hash prefix of each key.
 * Keys whose short ids collide are lengthened together, deterministically (the
 * result depends only on the set of keys), until they differ; identical full
 * hashes (never seen in practice) fall back to a numbered suffix.
 * @internal exported for tests, which inject a deliberately weak hash.
 */
function assignIds(keys, prefix, hash = sha256Hex) {
    const sorted = [...new Set(keys)].sort(_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
    const hashes = new Map(sorted.map((k) => [k, hash(k)]));
    const full = (k) => hashes.get(k) ?? '';
    const result = new Map();
    const taken = new Set();
    let pending = sorted;
    let length = ID_HEX_LENGTH;
    while (pending.length > 0) {
        const byCandidate = new Map();
        for (const key of pending) {
            const candidate = prefix + full(key).slice(0, length);
            const bucket = byCandidate.get(candidate);
            if (bucket)
                bucket.push(key);
            else
                byCandidate.set(candidate, [key]);
        }
        const next = [];
        const fullLength = pending.every((k) => full(k).length <= length);
        for (const [candidate, bucket] of byCandidate) {
            const [only] = bucket;
            if (bucket.length === 1 && only !== undefined && !taken.has(candidate)) {
                result.set(only, candidate);
                taken.add(candidate);
            }
            else if (fullLength) {
                // The hashes themselves are equal: number the keys in sorted order.
                bucket.forEach((key, i) => {
                    let id = `${candidate}z${i}`;
                    while (taken.has(id))
                        id += 'z';
                    result.set(key, id);
                    taken.add(id);
                });
            }
            else {
                next.push(...bucket);
            }
        }
        pending = next;
        length += 4;
    }
    return result;
}
/** Ids for every component and group of the blueprint. */
function makeIds(bp) {
    return {
        node: assignIds(bp.components.map((c) => c.id), 'n'),
        group: assignIds((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .groupNames */ .S0)(bp), 'g')
    };
}
/** The generated id of a component or group; a missing one is a bug upstream. */
function idOf(map, key) {
    const id = map.get(key);
    // Validation guarantees every dependency names a component; a broken model is a bug upstream.
    if (id === undefined)
        throw new Error(`mermaid: no component with id ${JSON.stringify(key)}`);
    return id;
}


/***/ }),

/***/ 4055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aC: () => (/* binding */ MAX_EDGES),
  nm: () => (/* binding */ MAX_NODES),
  G: () => (/* binding */ buildDiagram)
});

// UNUSED EXPORTS: MAX_TEXT_SIZE

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/engine/mermaid/escape.ts
/**
 * User text inside Mermaid: clipped, escaped in one pass, and always inside
 * double quotes. Every rule here was checked by rendering in headless
 * Chromium with the real mermaid bundle.
 */

/** User text longer than this (in code points) is cut and ends in `…`. */
const MAX_LABEL_CHARS = 200;
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
const FLOWCHART_ESCAPES = {
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
};
const FLOWCHART_PATTERN = /\r\n|[\r\n\u2028\u2029\u0085]|\\[nN]|\$(?=\$)|[#"<>&`|%:\\]/g;
/**
 * Escapes text for a double-quoted Mermaid flowchart label (node, edge or
 * subgraph title), in one pass: `#`→`#35;`, `"`→`#quot;`, `<`→`#lt;`,
 * `>`→`#gt;`, `&`→`#amp;`, `` ` ``→`#96;`, `|`→`#124;`, `%`→`#37;`,
 * `:`→`#58;`, `\`→`#92;` (`\n`→`#92;#8203;n`, also `\N`), `$$`→`$#8203;$`, and each line break → `<br/>`. It does not clip; an empty
 * result must not be emitted as `""` (Mermaid refuses empty quoted labels).
 */
function escapeLabel(text) {
    return text.replace(FLOWCHART_PATTERN, (ch) => FLOWCHART_ESCAPES[ch] ?? '<br/>');
}
/** A clipped, escaped, never-empty flowchart label. */
function label(...lines) {
    const text = lines
        .filter((l) => l !== undefined && l !== '')
        .map((l) => escapeLabel((0,engine_text/* clip */.$Q)(l, MAX_LABEL_CHARS)))
        .join('<br/>');
    // `[""]` is a parse error; a no-break space keeps the shape.
    return text === '' ? '#160;' : text;
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
const C4_PATTERN = /\r\n|[\r\n\u2028\u2029\u0085]|"|<|>|&|#(?=\w+;)|%(?=%)|\\(?=[nN])|style|classDef/g;
/** Text for a double-quoted C4 string, clipped and escaped as above. */
function escapeC4(text) {
    return (0,engine_text/* clip */.$Q)(text, MAX_LABEL_CHARS).replace(C4_PATTERN, (m) => {
        switch (m) {
            case '"':
                return "'";
            case '<':
                return '\uff1c';
            case '>':
                return '\uff1e';
            case '&':
                return '\uff06';
            case '#':
                return '#\u200b';
            case '%':
                return '%\u200b';
            case '\\':
                return '\\\u200b';
            case 'style':
                return 'st\u200byle';
            case 'classDef':
                return 'class\u200bDef';
            default:
                return ' ';
        }
    });
}

// EXTERNAL MODULE: ./src/engine/mermaid/ids.ts
var mermaid_ids = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/engine/mermaid/shared.ts
var shared = __webpack_require__(9021);
;// CONCATENATED MODULE: ./src/engine/mermaid/c4.ts



/** C4 has no dashed or faded elements: colour alone tells the change kinds apart. */
const C4_CHANGE_STYLES = {
    added: { bg: '#2da44e', border: '#116329', line: '#2da44e' },
    removed: { bg: '#cf222e', border: '#82071e', line: '#cf222e' },
    changed: { bg: '#bf8700', border: '#7d4e00', line: '#bf8700' }
};
/** The C4 container diagram of the whole blueprint, highlighted when asked. */
function c4Diagram(bp, ids, highlight) {
    const q = (s) => `"${escapeC4(s ?? '')}"`;
    const element = (c) => {
        const id = (0,mermaid_ids/* idOf */.TH)(ids.node, c.id);
        const type = (0,shared/* knownType */.a6)(c.type);
        // Person and System_Ext take no technology argument: keep it visible in the description.
        const descrWithTech = [
            c.description,
            c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
        ]
            .filter((s) => s !== undefined && s !== '')
            .join(' ');
        switch (type) {
            case 'person':
                return `Person(${id}, ${q(c.name)}, ${q(descrWithTech)})`;
            case 'external':
                return `System_Ext(${id}, ${q(c.name)}, ${q(descrWithTech)})`;
            case 'database':
            case 'storage':
            case 'cache':
                return `ContainerDb(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`;
            case 'queue':
                return `ContainerQueue(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`;
            default:
                return `Container(${id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`;
        }
    };
    const comps = (0,shared/* sortedComponents */.oP)(bp);
    // C4 has no direction statement (its layout is fixed), so `direction` is ignored here.
    const out = ['C4Container'];
    for (const c of comps)
        if (c.group === undefined)
            out.push(`  ${element(c)}`);
    for (const name of (0,shared/* groupNames */.S0)(bp)) {
        out.push(`  Container_Boundary(${(0,mermaid_ids/* idOf */.TH)(ids.group, name)}, ${q(name)}) {`);
        for (const c of comps)
            if (c.group === name)
                out.push(`    ${element(c)}`);
        out.push('  }');
    }
    for (const d of (0,shared/* sortedDependencies */.Xf)(bp)) {
        // C4 cannot draw a dashed relation: an asynchronous one says so in its label.
        const text = d.async
            ? [d.description, '(async)'].filter((s) => s !== undefined && s !== '').join(' ')
            : (d.description ?? '');
        const tech = d.technology === undefined || d.technology === '' ? '' : `, ${q(d.technology)}`;
        out.push(`  Rel(${(0,mermaid_ids/* idOf */.TH)(ids.node, d.from)}, ${(0,mermaid_ids/* idOf */.TH)(ids.node, d.to)}, ${q(text)}${tech})`);
    }
    if (highlight !== undefined) {
        out.push('  Container_Boundary(lgd, "Legend") {');
        for (const kind of shared/* CHANGE_KINDS */.tO)
            out.push(`    Container(lgd${kind[0]}, "${kind}")`);
        out.push('  }');
        // C4 has no dashed or faded elements; colour alone tells the kinds apart.
        const style = (id, kind) => `  UpdateElementStyle(${id}, $bgColor="${C4_CHANGE_STYLES[kind].bg}", $borderColor="${C4_CHANGE_STYLES[kind].border}", $fontColor="#ffffff")`;
        for (const c of comps) {
            const kind = highlight.nodes?.get(c.id);
            if (kind !== undefined)
                out.push(style((0,mermaid_ids/* idOf */.TH)(ids.node, c.id), kind));
        }
        for (const kind of shared/* CHANGE_KINDS */.tO)
            out.push(style(`lgd${kind[0]}`, kind));
        const seen = new Set();
        for (const d of (0,shared/* sortedDependencies */.Xf)(bp)) {
            const key = (0,mermaid_ids/* dependencyKey */.jy)(d.from, d.to);
            const kind = highlight.edges?.get(key);
            if (kind === undefined || seen.has(key))
                continue;
            seen.add(key);
            const c = C4_CHANGE_STYLES[kind];
            out.push(`  UpdateRelStyle(${(0,mermaid_ids/* idOf */.TH)(ids.node, d.from)}, ${(0,mermaid_ids/* idOf */.TH)(ids.node, d.to)}, $lineColor="${c.line}", $textColor="${c.line}")`);
        }
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/mermaid/flowchart.ts




/** Classic shapes only: the `@{ shape: … }` syntax needs Mermaid 11.3+, older renderers break on it. */
const SHAPES = {
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
};
/** Light styling per type; class names are prefixed so none can be Mermaid's special `default`. */
const TYPE_STYLES = {
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
};
const GROUP_NODE_STYLE = 'fill:#f8fafc,stroke:#475569,stroke-width:2px';
/** Defined after the type classes so their CSS wins. */
const NODE_CHANGE_STYLES = {
    added: 'fill:#e6ffed,stroke:#2da44e,stroke-width:2px,color:#116329',
    removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#82071e,opacity:0.6',
    changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#7d4e00'
};
const EDGE_CHANGE_STYLES = {
    added: 'stroke:#2da44e,stroke-width:2px',
    removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,opacity:0.6',
    changed: 'stroke:#bf8700,stroke-width:2px'
};
/** Nodes of the graph, grouped ones included. */
function nodeCount(g) {
    return g.nodes.length + g.groups.reduce((n, gr) => n + gr.nodes.length, 0);
}
/** The Mermaid text of a flowchart. */
function renderFlowchart(g) {
    const out = [`flowchart ${g.direction}`];
    const nodeLine = (n, indent) => `${indent}${n.id}${n.shape[0]}"${n.label}"${n.shape[1]}`;
    for (const n of g.nodes)
        out.push(nodeLine(n, '  '));
    for (const gr of g.groups) {
        out.push(`  subgraph ${gr.id}["${gr.title}"]`);
        for (const n of gr.nodes)
            out.push(nodeLine(n, '    '));
        out.push('  end');
    }
    for (const e of g.edges) {
        const arrow = e.async ? '-.->' : '-->';
        out.push(`  ${e.from} ${arrow}${e.label === undefined ? '' : `|"${e.label}"|`} ${e.to}`);
    }
    const all = [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)];
    const byClass = new Map();
    for (const n of all)
        byClass.set(n.cls, [...(byClass.get(n.cls) ?? []), n.id]);
    const classStyle = (cls) => cls === 'bp_group'
        ? GROUP_NODE_STYLE
        : TYPE_STYLES[cls.slice('bp_'.length)];
    const classes = [...byClass.keys()].sort(engine_text/* compareText */.n6);
    for (const cls of classes)
        out.push(`  classDef ${cls} ${classStyle(cls)}`);
    for (const cls of classes)
        out.push(`  class ${(byClass.get(cls) ?? []).join(',')} ${cls}`);
    if (g.legend) {
        out.push('  subgraph lgd["Legend"]');
        for (const kind of shared/* CHANGE_KINDS */.tO)
            out.push(`    lgd${kind[0]}["${kind}"]`);
        out.push('  end');
    }
    const anyChange = g.legend || all.some((n) => n.change) || g.edges.some((e) => e.change);
    if (anyChange) {
        for (const kind of shared/* CHANGE_KINDS */.tO)
            out.push(`  classDef ${kind} ${NODE_CHANGE_STYLES[kind]}`);
        for (const kind of shared/* CHANGE_KINDS */.tO) {
            const ids = all.filter((n) => n.change === kind).map((n) => n.id);
            if (g.legend)
                ids.push(`lgd${kind[0]}`);
            if (ids.length > 0)
                out.push(`  class ${ids.join(',')} ${kind}`);
        }
        // linkStyle counts edges in order of appearance; an index past the last edge is an error.
        for (const kind of shared/* CHANGE_KINDS */.tO) {
            const idx = g.edges.flatMap((e, i) => (e.change === kind ? [String(i)] : []));
            if (idx.length > 0)
                out.push(`  linkStyle ${idx.join(',')} ${EDGE_CHANGE_STYLES[kind]}`);
        }
    }
    return out.join('\n');
}
/** The node of one component. */
function componentNode(c, ids, highlight) {
    const type = (0,shared/* knownType */.a6)(c.type);
    return {
        id: (0,mermaid_ids/* idOf */.TH)(ids.node, c.id),
        shape: SHAPES[type],
        label: label(c.name, c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`),
        cls: `bp_${type}`,
        change: highlight?.nodes?.get(c.id)
    };
}
/** The edge label of a dependency: its description and technology, if any. */
function dependencyLabel(d) {
    const tech = d.technology === undefined || d.technology === '' ? undefined : `[${d.technology}]`;
    if ((d.description ?? '') === '' && tech === undefined)
        return undefined;
    return label(d.description, tech);
}
/** The whole blueprint, one node per component. */
function fullGraph(bp, ids, highlight) {
    const comps = (0,shared/* sortedComponents */.oP)(bp);
    return {
        direction: bp.diagram.direction,
        nodes: comps.filter((c) => c.group === undefined).map((c) => componentNode(c, ids, highlight)),
        groups: (0,shared/* groupNames */.S0)(bp).map((name) => ({
            id: (0,mermaid_ids/* idOf */.TH)(ids.group, name),
            title: label(name),
            nodes: comps.filter((c) => c.group === name).map((c) => componentNode(c, ids, highlight))
        })),
        edges: (0,shared/* sortedDependencies */.Xf)(bp).map((d) => ({
            from: (0,mermaid_ids/* idOf */.TH)(ids.node, d.from),
            to: (0,mermaid_ids/* idOf */.TH)(ids.node, d.to),
            async: d.async,
            label: dependencyLabel(d),
            change: highlight?.edges?.get((0,mermaid_ids/* dependencyKey */.jy)(d.from, d.to))
        })),
        legend: highlight !== undefined
    };
}

;// CONCATENATED MODULE: ./src/engine/mermaid/reduce.ts





/**
 * One node per group (ungrouped components kept), dependencies aggregated
 * between the resulting nodes with a count; dependencies inside one group vanish.
 */
function groupGraph(bp, ids, highlight) {
    const comps = (0,shared/* sortedComponents */.oP)(bp);
    const byId = new Map(bp.components.map((c) => [c.id, c]));
    // Sort key and Mermaid id of the node a component is drawn as.
    const target = (componentId) => {
        const group = byId.get(componentId)?.group;
        return group === undefined
            ? { key: `c:${componentId}`, id: (0,mermaid_ids/* idOf */.TH)(ids.node, componentId) }
            : { key: `g:${group}`, id: (0,mermaid_ids/* idOf */.TH)(ids.group, group) };
    };
    const nodes = comps
        .filter((c) => c.group === undefined)
        .map((c) => componentNode(c, ids, highlight));
    for (const name of (0,shared/* groupNames */.S0)(bp)) {
        const members = comps.filter((c) => c.group === name);
        nodes.push({
            id: (0,mermaid_ids/* idOf */.TH)(ids.group, name),
            shape: SHAPES.service,
            label: `${label(name)}<br/>${(0,engine_text/* plural */.LS)(members.length, 'component')}`,
            cls: 'bp_group',
            change: (0,shared/* mergeKinds */.M0)(members.map((m) => highlight?.nodes?.get(m.id)))
        });
    }
    const edges = new Map();
    for (const d of bp.dependencies) {
        const from = target(d.from);
        const to = target(d.to);
        if (from.key === to.key && from.key.startsWith('g:'))
            continue;
        const k = JSON.stringify([from.key, to.key]);
        const entry = edges.get(k);
        if (entry)
            entry.deps.push(d);
        else
            edges.set(k, { from, to, deps: [d] });
    }
    const sortedEdges = [...edges.values()].sort((a, b) => (0,shared/* compareTuple */.Of)([a.from.key, a.to.key], [b.from.key, b.to.key]));
    return {
        direction: bp.diagram.direction,
        nodes,
        groups: [],
        edges: sortedEdges.map(({ from, to, deps }) => {
            const [first] = deps;
            const bothPlain = !from.key.startsWith('g:') && !to.key.startsWith('g:');
            return {
                from: from.id,
                to: to.id,
                // Dashed only when every dependency it stands for is asynchronous.
                async: deps.every((d) => d.async),
                label: deps.length === 1 && bothPlain && first !== undefined
                    ? dependencyLabel(first)
                    : (0,engine_text/* plural */.LS)(deps.length, 'dependency', 'dependencies'),
                change: (0,shared/* mergeKinds */.M0)(deps.map((d) => highlight?.edges?.get((0,mermaid_ids/* dependencyKey */.jy)(d.from, d.to))))
            };
        }),
        legend: highlight !== undefined
    };
}
/** A single node that says what the blueprint holds. */
function summaryGraph(bp, highlight) {
    const groups = (0,shared/* groupNames */.S0)(bp).length;
    const facts = [
        (0,engine_text/* plural */.LS)(bp.components.length, 'component'),
        (0,engine_text/* plural */.LS)(bp.dependencies.length, 'dependency', 'dependencies'),
        ...(groups > 0 ? [(0,engine_text/* plural */.LS)(groups, 'group')] : [])
    ].join(', ');
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
    };
}

;// CONCATENATED MODULE: ./src/engine/mermaid/index.ts






/** Mermaid's default `maxTextSize`: a longer text renders as "Maximum text size in diagram exceeded". */
const MAX_TEXT_SIZE = 50_000;
/** Mermaid's default `maxEdges`: the flowchart parser refuses edge number 501. */
const MAX_EDGES = 500;
/** Beyond this many nodes a full diagram is unreadable even when Mermaid would still draw it. */
const MAX_NODES = 500;
function fits(text, edges, nodes) {
    return text.length <= MAX_TEXT_SIZE && edges <= MAX_EDGES && nodes <= MAX_NODES;
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
function buildDiagram(bp, options) {
    const highlight = options?.highlight;
    const ids = (0,mermaid_ids/* makeIds */.VN)(bp);
    const components = bp.components.length;
    const dependencies = bp.dependencies.length;
    const withinLimits = fits('', dependencies, components);
    if (bp.diagram.type === 'c4' && withinLimits) {
        const text = c4Diagram(bp, ids, highlight);
        if (fits(text, dependencies, components))
            return { type: 'c4', text };
    }
    if (withinLimits) {
        const full = renderFlowchart(fullGraph(bp, ids, highlight));
        if (fits(full, dependencies, components)) {
            // Only a C4 text too long for Mermaid gets here with type c4: the flowchart is more compact.
            return bp.diagram.type === 'c4'
                ? {
                    type: 'flowchart',
                    text: full,
                    note: "The diagram is drawn as a flowchart: as a C4 diagram it would exceed Mermaid's limits."
                }
                : { type: 'flowchart', text: full };
        }
    }
    const sizes = `${(0,engine_text/* plural */.LS)(components, 'component')} and ${(0,engine_text/* plural */.LS)(dependencies, 'dependency', 'dependencies')}`;
    const asFlowchart = bp.diagram.type === 'c4'
        ? ' It is drawn as a flowchart, as a reduced C4 diagram cannot be laid out.'
        : '';
    if ((0,shared/* groupNames */.S0)(bp).length > 0) {
        const grouped = groupGraph(bp, ids, highlight);
        const text = renderFlowchart(grouped);
        if (fits(text, grouped.edges.length, nodeCount(grouped))) {
            return {
                type: 'flowchart',
                text,
                note: `The diagram shows groups only: ${sizes} exceed Mermaid's limits.${asFlowchart}`
            };
        }
    }
    return {
        type: 'flowchart',
        text: renderFlowchart(summaryGraph(bp, highlight)),
        note: `The diagram shows a summary only: ${sizes} exceed Mermaid's limits${(0,shared/* groupNames */.S0)(bp).length > 0 ? ', even when grouped' : ''}.${asFlowchart}`
    };
}


/***/ }),

/***/ 9021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ mergeKinds),
/* harmony export */   Of: () => (/* binding */ compareTuple),
/* harmony export */   S0: () => (/* binding */ groupNames),
/* harmony export */   Xf: () => (/* binding */ sortedDependencies),
/* harmony export */   a6: () => (/* binding */ knownType),
/* harmony export */   oP: () => (/* binding */ sortedComponents),
/* harmony export */   tO: () => (/* binding */ CHANGE_KINDS)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1123);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1655);
/**
 * What the flowchart and the C4 writers share: change kinds, component types
 * and the blueprint's components, dependencies and groups in the order the
 * diagrams draw them, which is sorted, never the author's, so the same
 * content always gives the same text.
 */


/** The change kinds in the order their styles and legend entries are written. */
const CHANGE_KINDS = ['added', 'changed', 'removed'];
/** A component type with a shape of its own; any other draws as a service. */
function knownType(type) {
    const known = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPONENT_TYPES */ .Ov;
    return known.includes(type) ? type : 'service';
}
/** Order of tuples of text, element by element in {@link compareText} order. */
function compareTuple(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const c = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a[i] ?? '', b[i] ?? '');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Components by id. */
function sortedComponents(bp) {
    return [...bp.components].sort((a, b) => (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.id, b.id));
}
function depTuple(d) {
    return [d.from, d.to, d.async ? '1' : '0', d.description ?? '', d.technology ?? ''];
}
/** Dependencies by from, to, mode, description and technology. */
function sortedDependencies(bp) {
    return [...bp.dependencies].sort((a, b) => compareTuple(depTuple(a), depTuple(b)));
}
/** The group names, sorted. */
function groupNames(bp) {
    const names = new Set();
    for (const c of bp.components)
        if (c.group !== undefined)
            names.add(c.group);
    return [...names].sort(_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
}
/** One kind for several changed members: theirs if they agree, else `changed`. */
function mergeKinds(kinds) {
    const set = new Set(kinds.filter((k) => k !== undefined));
    if (set.size === 0)
        return undefined;
    const [only] = set;
    return set.size === 1 ? only : 'changed';
}


/***/ })

};
