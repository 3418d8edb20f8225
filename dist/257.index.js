export const id = 257;
export const ids = [257];
export const modules = {

/***/ 5005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ parseBlueprint)
});

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
;// CONCATENATED MODULE: ./src/engine/blueprint/normalise.ts
/**
 * Data the schema has accepted → the model: defaults applied, absent keys
 * left absent.
 */

/**
 * Build the model from data the schema has accepted. Text stays as written
 * except that CRLF becomes LF, so a file saved on Windows generates the same
 * document as on Linux.
 */
function normalise(data) {
    const text = (v) => typeof v === 'string' ? v.replace(/\r\n/g, '\n') : undefined;
    const components = (Array.isArray(data.components) ? data.components : [])
        .filter(isRecord)
        .map((c) => {
        const id = text(c.id) ?? '';
        return {
            id,
            name: text(c.name) ?? id,
            type: text(c.type) ?? 'service',
            ...optional('technology', text(c.technology)),
            ...optional('description', text(c.description)),
            ...optional('group', text(c.group))
        };
    });
    const dependencies = (Array.isArray(data.dependencies) ? data.dependencies : [])
        .filter(isRecord)
        .map((d) => ({
        from: text(d.from) ?? '',
        to: text(d.to) ?? '',
        ...optional('description', text(d.description)),
        ...optional('technology', text(d.technology)),
        async: d.async === true
    }));
    const sections = {};
    if (isRecord(data.sections)) {
        for (const key of model/* SECTION_KEYS */.vz) {
            const body = text(data.sections[key]);
            if (body !== undefined)
                sections[key] = body;
        }
    }
    let diagram = { type: 'flowchart', direction: 'TB' };
    if (typeof data.diagram === 'string')
        diagram = { type: data.diagram, direction: 'TB' };
    else if (isRecord(data.diagram)) {
        diagram = {
            type: typeof data.diagram.type === 'string' ? data.diagram.type : 'flowchart',
            direction: typeof data.diagram.direction === 'string' ? data.diagram.direction : 'TB'
        };
    }
    return {
        id: text(data.id) ?? '',
        project: text(data.project) ?? '',
        ...optional('title', text(data.title)),
        ...optional('overview', text(data.overview)),
        diagram,
        components,
        dependencies,
        sections
    };
}
/** `{key: value}` when the value is present, `{}` otherwise, so absent keys stay absent. */
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** A mapping as parsed data: not null, not a list, not binary. */
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

;// CONCATENATED MODULE: ./src/engine/blueprint/messages.ts


/** A 1 MiB file can hold 100,000 mistakes; nobody reads past the first hundred. */
const MAX_PROBLEMS = 100;
/** Long values would swamp a message; 58 characters identify any key or id. */
const MESSAGE_CHARS = 58;
/**
 * The problems sorted by position (ties in the order found), at most
 * {@link MAX_PROBLEMS}: the last one shown then says how many more there are.
 */
function capProblems(problems) {
    const sorted = problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
        .map(({ p }) => p);
    if (sorted.length <= MAX_PROBLEMS)
        return sorted;
    const cut = sorted[MAX_PROBLEMS - 1];
    const shown = sorted.slice(0, MAX_PROBLEMS - 1);
    if (cut) {
        shown.push({
            ...cut,
            message: `${(0,engine_text/* formatCount */.B4)(sorted.length - shown.length)} more problems from here on are not shown`
        });
    }
    return shown;
}
/**
 * One problem per distinct schema error, each pointing at the value (or the
 * key) it concerns.
 */
function explainSchemaErrors(errors, options) {
    const seen = new Set();
    const problems = [];
    for (const e of simplify(errors)) {
        const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        problems.push(describeError(e, options.data, options.locator, options.at));
    }
    return problems;
}
/**
 * `oneOf`/`anyOf` report every branch. Keep only the branches whose type fits
 * the value (their errors are the useful ones); when no branch fits, replace
 * them all with one "must be A or B" error.
 */
function simplify(errors) {
    const drop = new Set();
    const add = [];
    for (const e of errors) {
        if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
            continue;
        drop.add(e);
        const prefix = `${e.schemaPath}/`;
        const inside = errors.filter((x) => x.schemaPath.startsWith(prefix));
        const branchOf = (x) => x.schemaPath.slice(prefix.length).split('/')[0] ?? '';
        const wrongType = new Set(inside
            .filter((x) => x.keyword === 'type' &&
            x.instancePath === e.instancePath &&
            x.schemaPath === `${prefix}${branchOf(x)}/type`)
            .map(branchOf));
        const branches = Array.isArray(e.schema) ? e.schema : [];
        const fitting = branches.map((_, i) => String(i)).filter((i) => !wrongType.has(i));
        for (const x of inside)
            if (!fitting.includes(branchOf(x)))
                drop.add(x);
        if (fitting.length === 0) {
            add.push({
                ...e,
                keyword: 'alternatives',
                params: { alternatives: branches.map(describeSchema) }
            });
        }
    }
    return [...errors.filter((e) => !drop.has(e)), ...add];
}
function describeSchema(s) {
    if (!isRecord(s))
        return 'a value';
    if (Array.isArray(s.enum))
        return s.enum.map((v) => JSON.stringify(v)).join(', ');
    return typeof s.type === 'string' ? expected(s.type) : 'a value';
}
function describeError(e, data, locator, at) {
    const path = pointer(e.instancePath);
    const value = e.data;
    const subject = subjectOf(path, data);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = isRecord(e.parentSchema) && isRecord(e.parentSchema.properties)
                ? Object.keys(e.parentSchema.properties).filter((k) => k !== '$schema')
                : [];
            // A handful of candidate keys: cheap enough for every unknown key.
            const guess = suggest(key, allowed);
            const hint = guess
                ? ` (did you mean "${guess}"?)`
                : allowed.length > 0
                    ? ` (expected one of: ${allowed.join(', ')})`
                    : '';
            return at(locator.keyLoc([...path, key]), `unknown key "${(0,engine_text/* clip */.$Q)(key, MESSAGE_CHARS)}" ${placeOf(path, data)}${hint}`);
        }
        case 'required': {
            const owner = ownerOf(path, data);
            const missing = String(e.params.missingProperty);
            return at(locator.valueLoc(path), `${owner ? `${owner}: ` : ''}missing required key "${missing}"`);
        }
        case 'type': {
            const want = String(e.params.type);
            let hint = '';
            const written = locator.source(path);
            if (want === 'string' &&
                (typeof value === 'number' || typeof value === 'boolean') &&
                written !== undefined) {
                hint = ` (put it in quotes: "${(0,engine_text/* clip */.$Q)(written, MESSAGE_CHARS)}")`;
            }
            else if (value === null) {
                hint = EMPTY_HINT;
            }
            return at(locator.valueLoc(path), `${subject} must be ${expected(want)}, not ${describe(value)}${hint}`);
        }
        case 'pattern': {
            // `\S`: text that must say something (`project: "   "` names no project).
            if (e.params.pattern === '\\S')
                return at(locator.valueLoc(path), `${subject} must not be blank`);
            const pattern = String(e.params.pattern).replace(/^\^|\$$/g, '');
            const explain = pattern === '[a-z0-9][a-z0-9-_.]*' ? ' (lower-case letters, digits, "-", "_", ".")' : '';
            return at(locator.valueLoc(path), `${subject} must match ${pattern}${explain}, got ${describe(value)}`);
        }
        case 'enum': {
            const allowed = Array.isArray(e.params.allowedValues)
                ? e.params.allowedValues.map((v) => JSON.stringify(v))
                : [];
            return at(locator.valueLoc(path), `${subject} must be ${orList(allowed)}, not ${describe(value)}`);
        }
        case 'alternatives': {
            const alternatives = Array.isArray(e.params.alternatives)
                ? e.params.alternatives.map(String)
                : [];
            return at(locator.valueLoc(path), `${subject} must be ${orList(alternatives)}, not ${describe(value)}${value === null ? EMPTY_HINT : ''}`);
        }
        case 'maxItems': {
            const what = path[0] === 'dependencies' ? 'dependencies' : 'components';
            const count = Array.isArray(value) ? value.length : 0;
            return at(locator.valueLoc(path), `has ${(0,engine_text/* formatCount */.B4)(count)} ${what}; a blueprint may have at most ${(0,engine_text/* formatCount */.B4)(Number(e.params.limit))}`);
        }
        case 'minLength':
            return at(locator.valueLoc(path), `${subject} must not be empty`);
        default:
            return at(locator.valueLoc(path), `${subject} ${e.message ?? 'is not valid'}`);
    }
}
/** `title:` with nothing after it is usually a value forgotten, or a key to delete. */
const EMPTY_HINT = ' (give it a value or remove the key)';
/** JSON pointer → path; array indexes become numbers so they can be told apart from keys. */
function pointer(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s, i, all) => /^(0|[1-9]\d*)$/.test(s) &&
        (all[i - 1] === 'components' || all[i - 1] === 'dependencies') &&
        i === 1
        ? Number(s)
        : s);
}
/** "component 3 ("orders-db")" or "dependency 2 ("web" → "db")" for a path inside a list item. */
function ownerOf(path, data) {
    const [list, index] = path;
    if (typeof index !== 'number')
        return undefined;
    const item = Array.isArray(data[list])
        ? data[list][index]
        : undefined;
    if (list === 'components') {
        const id = isRecord(item) && typeof item.id === 'string' && item.id !== ''
            ? ` (${JSON.stringify((0,engine_text/* clip */.$Q)(item.id, MESSAGE_CHARS))})`
            : '';
        return `component ${index + 1}${id}`;
    }
    if (list === 'dependencies') {
        const ends = isRecord(item) && typeof item.from === 'string' && typeof item.to === 'string'
            ? ` (${JSON.stringify((0,engine_text/* clip */.$Q)(item.from, MESSAGE_CHARS))} → ${JSON.stringify((0,engine_text/* clip */.$Q)(item.to, MESSAGE_CHARS))})`
            : '';
        return `dependency ${index + 1}${ends}`;
    }
    return undefined;
}
/** How a value is named in a message: `"project"`, `"diagram.direction"`, `component 3 ("db"): "async"`. */
function subjectOf(path, data) {
    const owner = ownerOf(path, data);
    const rest = owner ? path.slice(2) : path;
    const name = rest.length > 0 ? `"${rest.map((s) => (0,engine_text/* clip */.$Q)(String(s), MESSAGE_CHARS)).join('.')}"` : '';
    if (owner)
        return name ? `${owner}: ${name}` : owner;
    return name || 'the blueprint';
}
/** Where a key sits, for "unknown key … at the top level". */
function placeOf(path, data) {
    if (path.length === 0)
        return 'at the top level';
    const owner = ownerOf(path, data);
    if (owner && path.length === 2)
        return `in ${owner}`;
    return `in ${subjectOf(path, data)}`;
}
/** A JSON Schema type as a person would name it. */
function expected(type) {
    switch (type) {
        case 'string':
            return 'text';
        case 'boolean':
            return 'true or false';
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'number':
        case 'integer':
            return 'a number';
        default:
            return type;
    }
}
/** A value as a person would name it in a message. */
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (typeof value === 'string')
        return JSON.stringify((0,engine_text/* clip */.$Q)(value, MESSAGE_CHARS));
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Uint8Array)
        return 'binary data';
    if (value instanceof Date)
        return 'a date';
    return 'a mapping';
}
function orList(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}
/** The closest candidate within a small edit distance (typos, case), if any. */
function suggest(word, candidates, budget) {
    if (word.length > 64)
        return undefined;
    // Against 2,000 component ids a suggestion costs ids × length²; a file full of broken references gets them for the first few only.
    if (budget && budget.suggestions-- <= 0)
        return undefined;
    const w = word.toLowerCase();
    let best;
    let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1;
    for (const c of candidates) {
        if (c.length > 64 || Math.abs(c.length - w.length) >= bestDistance)
            continue;
        const d = editDistance(w, c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}
/** A yaml parse error or warning as a sentence; `json` when the file is JSON. */
function yamlMessage(e, json) {
    const raw = e.message.split('\n')[0] ?? e.message;
    switch (e.code) {
        case 'TAB_AS_INDENT':
            return 'YAML does not allow tabs for indentation; indent with spaces';
        case 'TAG_RESOLVE_FAILED':
            if (json && raw.startsWith('Unresolved plain scalar')) {
                return `${raw.slice('Unresolved plain scalar '.length)} is not a JSON value; put text in double quotes`;
            }
            return `${lowerFirst(raw)}; a blueprint holds plain text, lists and mappings only (remove the tag)`;
        case 'DUPLICATE_KEY':
            return 'a key appears twice in the same mapping';
        default:
            return `YAML syntax error: ${lowerFirst(raw)}`;
    }
}
function lowerFirst(s) {
    return s.charAt(0).toLowerCase() + s.slice(1);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/engine/blueprint/locate.ts
/**
 * Positions in a blueprint's text: offsets to line and column, and the YAML
 * node (so the line and column) that a JSON-pointer path names.
 */

/**
 * Offset → line and column (1-based, column in UTF-16 units like editors and
 * GitHub annotations). Built from the text itself rather than yaml's
 * LineCounter, which is fed by the parser and, the fuzzer found, misses the
 * line breaks inside some malformed tokens, yielding columns past the line end.
 */
function lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        const at = Math.max(0, Math.min(offset, text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: at - (starts[lo] ?? 0) + 1 };
    };
}
/** Where a node starts in the text: an offset for {@link lineIndex}. */
function nodeStart(node) {
    if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node) || (0,dist/* isAlias */.Vj)(node))
        return node.range?.[0] ?? 0;
    return 0;
}
/**
 * Finds the YAML node for a JSON-pointer path, with an index per mapping so
 * that thousands of errors in one large mapping stay linear.
 */
class Locator {
    doc;
    pos;
    index = new Map();
    constructor(doc, pos) {
        this.doc = doc;
        this.pos = pos;
    }
    /** The deepest node on the path, and the key node of the last step taken. */
    find(path) {
        let node = this.doc.contents;
        let key;
        for (const step of path) {
            // Stop at an alias: the place to fix is where the alias was written.
            if ((0,dist/* isMap */.jh)(node)) {
                const entry = this.entries(node).get(String(step));
                if (!entry)
                    return { node, key, complete: false };
                key = entry.key;
                node = entry.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number') {
                const item = node.items[step];
                if (item === undefined)
                    return { node, key, complete: false };
                key = undefined;
                node = item;
            }
            else
                return { node, key, complete: false };
        }
        return { node, key, complete: true };
    }
    /** Where to point for a value: at the value, or at its key when the value is empty. */
    valueLoc(path) {
        const { node, key } = this.find(path);
        // `project:` with nothing after it: the empty node sits at the end of the line.
        if ((0,dist/* isScalar */.jn)(node) && node.value === null && node.source === '' && key)
            return this.pos(nodeStart(key));
        return this.pos(nodeStart(node));
    }
    /** Where to point for a key: at the key itself when there is one. */
    keyLoc(path) {
        const { node, key, complete } = this.find(path);
        return this.pos(nodeStart(complete && key ? key : node));
    }
    /** The scalar as written, e.g. `1.10` where the value is 1.1. */
    source(path) {
        const { node, complete } = this.find(path);
        return complete && (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : undefined;
    }
    entries(map) {
        let entries = this.index.get(map);
        if (!entries) {
            entries = new Map();
            if ((0,dist/* isMap */.jh)(map)) {
                for (const pair of map.items) {
                    const k = pair.key;
                    const name = (0,dist/* isScalar */.jn)(k) ? String(k.value === null ? '' : k.value) : String(k);
                    if (!entries.has(name))
                        entries.set(name, { key: k, value: pair.value });
                }
            }
            this.index.set(map, entries);
        }
        return entries;
    }
}

;// CONCATENATED MODULE: ./src/engine/blueprint/parse.ts
/**
 * Bytes → a YAML document with positions, refusing what a blueprint can
 * never be before it costs anything: oversized or non-UTF-8 files, deep
 * nesting, alias bombs, a second document, duplicate keys. `yaml` is the
 * parser of record: every problem is positioned on its tree.
 *
 * Order: size → UTF-8 → nesting pre-scan (lexer only) → YAML compose →
 * tree checks (depth, duplicate keys, aliases) → plain data.
 */






/**
 * A blueprint is three levels deep (top → components → component → field);
 * 64 leaves room for anything sensible while keeping the recursive parts of
 * the yaml library, Ajv and our own code far from the stack limit.
 */
const MAX_NESTING = 64;
/**
 * Block (indentation-based) nesting cannot be counted without a full parse,
 * and the full parse is what runs out of memory on hostile input. Every block
 * level needs at least one more column (at most two levels per column), so a
 * bound on the column of block indicators bounds the block depth before the
 * parser runs; the exact MAX_NESTING check follows on the composed tree.
 */
const MAX_BLOCK_COLUMN = 256;
/** Refuses "billion laughs" alias expansion long before it costs anything. */
const MAX_ALIAS_COUNT = 100;
const TOP = { line: 1, col: 1 };
const EMPTY = 'is empty; a blueprint needs at least "id" and "project"';
const NOT_A_MAPPING = 'a blueprint must be a mapping with keys such as "id" and "project"';
/**
 * The file's text: at most {@link LIMITS.fileBytes} of UTF-8 (bytes are
 * checked, a string is taken as it is), without a leading BOM.
 */
function readText(content, at) {
    const size = typeof content === 'string' ? utf8Length(content) : content.length;
    if (size > model/* LIMITS */.b1.fileBytes) {
        return {
            ok: false,
            problems: [at(TOP, `is ${formatSize(size)}; a blueprint may be at most 1 MiB`)]
        };
    }
    let text;
    if (typeof content === 'string') {
        text = content;
    }
    else {
        const decoded = decodeUtf8(content);
        if (typeof decoded !== 'string')
            return { ok: false, problems: [at(decoded.loc, decoded.message)] };
        text = decoded;
    }
    // Editors on Windows like to add a BOM; it is not content.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { ok: true, text };
}
/**
 * Parses the text as one YAML (or, for `json`, JSON) document holding a
 * mapping, with bounded work whatever the text holds.
 */
function readDocument(text, options) {
    const { json, at } = options;
    const fail = (problems) => ({ ok: false, problems });
    const pos = lineIndex(text);
    const tooDeep = scanNesting(text);
    if (tooDeep)
        return fail([at(pos(tooDeep.offset), tooDeep.message)]);
    const composer = new dist/* Composer */.Dk({
        // Our own duplicate-key check: yaml's is quadratic in the mapping size.
        uniqueKeys: false,
        prettyErrors: false,
        schema: json ? 'json' : 'core',
        logLevel: 'silent'
    });
    const docs = [];
    for (const doc of composer.compose(new dist/* Parser */.iX().parse(text), true, text.length)) {
        docs.push(doc);
        // A second document is already an error; do not spend time on a third.
        if (docs.length === 2)
            break;
    }
    const doc = docs[0];
    if (!doc)
        return fail([at(TOP, EMPTY)]);
    const second = docs[1];
    if (second) {
        return fail([
            at(pos(second.range[0]), 'a second YAML document starts here; a blueprint file holds exactly one document (remove the "---" separator)')
        ]);
    }
    const root = doc.contents;
    if (json && (0,dist/* isCollection */.P3)(root) && !root.flow) {
        return fail([
            at(pos(root.range[0]), 'is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml')
        ]);
    }
    const syntax = [...doc.errors, ...doc.warnings].map((e) => at(pos(e.pos[0]), yamlMessage(e, json)));
    if (syntax.length > 0)
        return fail(syntax);
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && root.source === '')) {
        return fail([at(TOP, EMPTY)]);
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        const what = (0,dist/* isSeq */.oP)(root)
            ? 'a list'
            : (0,dist/* isAlias */.Vj)(root)
                ? 'an alias'
                : describe((0,dist/* isScalar */.jn)(root) ? root.value : root);
        return fail([at(pos(root.range?.[0] ?? 0), `${NOT_A_MAPPING}, not ${what}`)]);
    }
    const tree = checkTree(doc, root, (node) => pos(nodeStart(node)));
    if (tree.problems.length > 0)
        return fail(tree.problems.map((p) => at(p.loc, p.message)));
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch {
        // The only throw we expect is the alias-count guard.
        const loc = tree.firstAlias ? pos(nodeStart(tree.firstAlias)) : TOP;
        return fail([
            at(loc, `expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; a blueprint may not`)
        ]);
    }
    if (!isRecord(data))
        return fail([at(TOP, NOT_A_MAPPING)]);
    return { ok: true, data, locator: new Locator(doc, pos) };
}
/** UTF-8 byte length of a string without allocating an encoded copy. */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function formatSize(bytes) {
    const mib = bytes / (1024 * 1024);
    // "1.0 MiB; at most 1 MiB" would read as a contradiction: show bytes there.
    if (mib < 1.1)
        return `${(0,engine_text/* formatCount */.B4)(bytes)} bytes`;
    return `${(Math.floor(mib * 10) / 10).toFixed(1)} MiB`;
}
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < bad; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
        const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        return {
            loc: { line, col },
            message: `is not valid UTF-8 (byte 0x${hex} at offset ${bad}); save the file as UTF-8`
        };
    }
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i] ?? 0;
        let need;
        let min = 0x80;
        let max = 0xbf;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                min = 0xa0; // overlong
            if (c === 0xed)
                max = 0x9f; // surrogates
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                min = 0x90; // overlong
            if (c === 0xf4)
                max = 0x8f; // above U+10FFFF
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const d = b[i + k];
            if (d === undefined)
                return i;
            const lo = k === 1 ? min : 0x80;
            const hi = k === 1 ? max : 0xbf;
            if (d < lo || d > hi)
                return i;
        }
        i += need + 1;
    }
    return b.length;
}
/**
 * Bound the nesting with the yaml lexer alone, which is a streaming state
 * machine: the parser keeps a stack (100,000 `[` cost it 900 MB) and the
 * composer recurses (and has crashed the process on deep input), so neither
 * may see unbounded nesting.
 */
function scanNesting(text) {
    let flow = 0;
    let offset = 0;
    let col = 0;
    let scalarNext = false;
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        if (scalarNext) {
            // The lexeme after the scalar marker is scalar content, whatever it looks like.
            scalarNext = false;
        }
        else {
            const type = dist/* CST */.DB.tokenType(lexeme);
            if (type === 'doc-mode')
                continue;
            if (type === 'flow-error-end') {
                flow = 0;
                continue;
            }
            if (type === 'scalar') {
                scalarNext = true;
                continue;
            }
            if (type === 'flow-seq-start' || type === 'flow-map-start') {
                if (++flow > MAX_NESTING) {
                    return {
                        offset,
                        message: `is nested more than ${MAX_NESTING} levels deep; a blueprint needs 3`
                    };
                }
            }
            else if (type === 'flow-seq-end' || type === 'flow-map-end') {
                flow = Math.max(0, flow - 1);
            }
            else if (flow === 0 &&
                col > MAX_BLOCK_COLUMN &&
                (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')) {
                return {
                    offset,
                    message: `is indented or nested too deeply (column ${col + 1}); a blueprint may nest keys and list items only up to column ${MAX_BLOCK_COLUMN}`
                };
            }
        }
        offset += lexeme.length;
        const nl = lexeme.lastIndexOf('\n');
        col = nl === -1 ? col + lexeme.length : lexeme.length - nl - 1;
    }
    return undefined;
}
/**
 * One iterative walk over the composed tree (no recursion, aliases not
 * expanded): exact depth, duplicate keys, the number of aliases and aliases
 * without an anchor.
 */
function checkTree(doc, root, pos) {
    const problems = [];
    let firstAlias;
    const aliases = [];
    const stack = [{ node: root, depth: 1 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
        if ((0,dist/* isAlias */.Vj)(node)) {
            // The stack visits nodes out of order; report the alias written first.
            if (!firstAlias || nodeStart(node) < nodeStart(firstAlias))
                firstAlias = node;
            aliases.push(node);
            continue;
        }
        if (!(0,dist/* isCollection */.P3)(node))
            continue;
        if (depth > MAX_NESTING) {
            problems.push({
                loc: pos(node),
                message: `is nested more than ${MAX_NESTING} levels deep; a blueprint needs 3`
            });
            break;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,dist/* isScalar */.jn)(key) &&
                    (typeof key.value === 'string' ||
                        typeof key.value === 'number' ||
                        typeof key.value === 'boolean')) {
                    const name = String(key.value);
                    const first = seen.get(name);
                    if (first) {
                        problems.push({
                            loc: pos(key),
                            message: `key "${(0,engine_text/* clip */.$Q)(name, MESSAGE_CHARS)}" appears twice in the same mapping (first on line ${pos(first).line})`
                        });
                    }
                    else
                        seen.set(name, key);
                }
                else if ((0,dist/* isCollection */.P3)(key) || (0,dist/* isAlias */.Vj)(key)) {
                    stack.push({ node: key, depth: depth + 1 });
                }
                stack.push({ node: pair.value, depth: depth + 1 });
            }
        }
        else {
            for (const item of node.items)
                stack.push({ node: (0,dist/* isPair */.tO)(item) ? item.value : item, depth: depth + 1 });
        }
    }
    if (aliases.length > MAX_ALIAS_COUNT) {
        // yaml looks each alias up by walking the whole document, in resolve()
        // and again in toJS(): 25,000 aliases in 1 MiB took minutes. A blueprint
        // has no use for that many.
        problems.push({
            loc: pos(firstAlias ?? root),
            message: `uses ${(0,engine_text/* formatCount */.B4)(aliases.length)} YAML aliases (*name); a blueprint may use at most ${MAX_ALIAS_COUNT}`
        });
        return { problems, firstAlias };
    }
    for (const alias of aliases) {
        if ((0,dist/* isAlias */.Vj)(alias) && !alias.resolve(doc)) {
            problems.push({
                loc: pos(alias),
                message: `alias "*${alias.source}" refers to no anchor "&${alias.source}" above it`
            });
        }
    }
    return { problems, firstAlias };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/blueprint.schema.json
const blueprint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"blueprint-docs blueprint (format version 1)","description":"A blueprint describes one system: its components, their dependencies and an overview. blueprint-docs turns it into a Markdown architecture document with a Mermaid diagram. Editors: add `# yaml-language-server: $schema=<relative path to>/schema/blueprint.schema.json` as the first line of a YAML blueprint, or a top-level \\"$schema\\" key in a JSON one (the only key besides the documented ones that is allowed; blueprint-docs ignores it).","type":"object","additionalProperties":false,"required":["id","project"],"properties":{"$schema":{"title":"JSON Schema","description":"Optional path or URL of this schema, for editors. Ignored by blueprint-docs.","type":"string"},"id":{"title":"Blueprint id","description":"Required. Identifies the blueprint (the `blueprint_id` placeholder): lower-case letters, digits, \\"-\\", \\"_\\" and \\".\\", starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9-_.]*$","examples":["checkout"]},"project":{"title":"Project id","description":"Required. The project the system belongs to (the `project_id` placeholder). Must hold a character other than white space.","type":"string","pattern":"\\\\S","examples":["acme-shop"]},"title":{"title":"Document title","description":"Optional. The title shown to readers of the generated document.","type":"string"},"overview":{"title":"Architecture overview","description":"Optional Markdown: what the system does and why (the `architecture_overview` placeholder).","type":"string"},"diagram":{"title":"Diagram","description":"Optional. Either the shorthand `flowchart` or `c4`, or a mapping with `type` and `direction`. Default: a top-to-bottom flowchart.","oneOf":[{"title":"Diagram type (shorthand)","description":"`flowchart` (default) or `c4`.","type":"string","enum":["flowchart","c4"]},{"title":"Diagram settings","description":"The diagram type and, for flowcharts, the direction of the arrows.","type":"object","additionalProperties":false,"properties":{"type":{"title":"Diagram type","description":"`flowchart` (default) or `c4` (the `diagram_type` placeholder).","type":"string","enum":["flowchart","c4"],"default":"flowchart"},"direction":{"title":"Flowchart direction","description":"Flowcharts only: TB (top to bottom, default), LR (left to right), BT (bottom to top) or RL (right to left).","type":"string","enum":["TB","LR","BT","RL"],"default":"TB"}}}]},"components":{"title":"Components","description":"The building blocks of the system, in the order they should be listed. At most 2,000.","type":"array","maxItems":2000,"items":{"title":"Component","description":"One component. Only `id` is required.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Component id","description":"Required, unique within the blueprint. Dependencies refer to components by this id.","type":"string","minLength":1,"examples":["web","orders-db"]},"name":{"title":"Name","description":"Optional display name; defaults to the id. Any text.","type":"string"},"type":{"title":"Component type","description":"Optional, default `service`. These types have a diagram shape of their own: person, frontend, gateway, service, function, database, cache, queue, storage, external. Any other value is accepted and drawn as a service.","type":"string","default":"service","examples":["person","frontend","gateway","service","function","database","cache","queue","storage","external"]},"technology":{"title":"Technology","description":"Optional, e.g. `React 18` or `PostgreSQL 16`.","type":"string"},"description":{"title":"Description","description":"Optional Markdown describing what the component does.","type":"string"},"group":{"title":"Group","description":"Optional. Components with the same group are drawn boxed together.","type":"string"}}}},"dependencies":{"title":"Dependencies","description":"Who calls or uses whom: one arrow in the diagram each. At most 10,000.","type":"array","maxItems":10000,"items":{"title":"Dependency","description":"An arrow from one component to another. `from` and `to` are required component ids.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that depends on the other.","type":"string"},"to":{"title":"To","description":"Required. The id of the component depended on.","type":"string"},"description":{"title":"Description","description":"Optional, e.g. `reads orders`; the arrow\'s label.","type":"string"},"technology":{"title":"Technology","description":"Optional protocol or technology, e.g. `HTTPS/JSON`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws a dashed arrow (messages, events).","type":"boolean","default":false}}}},"sections":{"title":"Section overrides","description":"Optional. Replaces the body of a standard section of the document; its heading stays. Values are Markdown.","type":"object","additionalProperties":false,"properties":{"data_flow":{"title":"Data Flow","description":"Markdown replacing the body of the data flow section.","type":"string"},"data_storage":{"title":"Data Storage","description":"Markdown replacing the body of the data storage section.","type":"string"},"security":{"title":"Security","description":"Markdown replacing the body of the security section.","type":"string"},"scalability":{"title":"Scalability","description":"Markdown replacing the body of the scalability section.","type":"string"},"deployment":{"title":"Deployment","description":"Markdown replacing the body of the deployment section.","type":"string"},"monitoring":{"title":"Monitoring","description":"Markdown replacing the body of the monitoring section.","type":"string"},"disaster_recovery":{"title":"Disaster Recovery","description":"Markdown replacing the body of the disaster recovery section.","type":"string"},"technology_stack":{"title":"Technology Stack","description":"Markdown replacing the body of the technology stack section.","type":"string"},"api":{"title":"API","description":"Markdown replacing the body of the API section.","type":"string"},"configuration":{"title":"Configuration","description":"Markdown replacing the body of the configuration section.","type":"string"}}}}}');
;// CONCATENATED MODULE: ./src/engine/blueprint/validate.ts
/**
 * Is the data a blueprint? The JSON Schema (Ajv) decides its shape; the
 * checks the schema cannot express follow: component ids unique, every
 * dependency's ends naming a component.
 */





let compiled;
/** The blueprint schema, compiled once on first use and shared: compiling costs far more than validating. */
function validator() {
    // verbose: errors carry the value and the sub-schema, which the messages need.
    compiled ??= new ajv.Ajv({ allErrors: true, strict: true, verbose: true }).compile(blueprint_schema_namespaceObject);
    return compiled;
}
/** Everything the schema and the cross-checks find wrong with the data, positioned by `locator`. */
function validate(data, options) {
    const { locator, at } = options;
    const budget = { suggestions: MAX_PROBLEMS };
    return [...checkSchema(data, locator, at), ...checkSemantics(data, locator, at, budget)];
}
function checkSchema(data, locator, at) {
    const validateFn = validator();
    if (validateFn(data))
        return [];
    const errors = validateFn.errors ?? [];
    // The cached validator would otherwise keep the last errors, and through
    // `verbose` their data, the whole last blueprint, alive between calls.
    validateFn.errors = null;
    return explainSchemaErrors(errors, { data, locator, at });
}
function checkSemantics(data, locator, at, budget) {
    const problems = [];
    const components = Array.isArray(data.components) ? data.components : [];
    const firstIndex = new Map();
    components.forEach((c, i) => {
        if (!isRecord(c) || typeof c.id !== 'string' || c.id === '')
            return;
        const first = firstIndex.get(c.id);
        if (first === undefined) {
            firstIndex.set(c.id, i);
            return;
        }
        const firstLine = locator.valueLoc(['components', first, 'id']).line;
        problems.push(at(locator.valueLoc(['components', i, 'id']), `component ${i + 1}: id ${JSON.stringify((0,engine_text/* clip */.$Q)(c.id, MESSAGE_CHARS))} is already used by component ${first + 1} (line ${firstLine}); component ids must be unique`));
    });
    // Without a list of components there is nothing to check the ends against.
    if (data.components !== undefined && !Array.isArray(data.components))
        return problems;
    const ids = [...firstIndex.keys()];
    const dependencies = Array.isArray(data.dependencies) ? data.dependencies : [];
    dependencies.forEach((d, i) => {
        if (!isRecord(d))
            return;
        for (const end of ['from', 'to']) {
            const ref = d[end];
            if (typeof ref !== 'string' || firstIndex.has(ref))
                continue;
            const guess = suggest(ref, ids, budget);
            const tail = ids.length === 0
                ? ', but the blueprint has no components'
                : guess
                    ? `, which is not a component id (did you mean "${guess}"?)`
                    : ', which is not a component id';
            problems.push(at(locator.valueLoc(['dependencies', i, end]), `dependency ${i + 1}: "${end}" is ${JSON.stringify((0,engine_text/* clip */.$Q)(ref, MESSAGE_CHARS))}${tail}`));
        }
    });
    return problems;
}

;// CONCATENATED MODULE: ./src/engine/blueprint/quick.ts
/**
 * The quick path for plain valid blueprints: js-yaml instead of the
 * positioned `yaml` parse, for files that need no positions because nothing
 * is wrong with them.
 */



/**
 * What sends a file down the positioned path: a possible anchor, alias or
 * tag (`&x`, `*x`, `!x` after a space, bracket or start of line), a merge
 * key, a directive or document marker, a tab, a carriage return alone, and
 * deep indentation. Over-eager on purpose (`**bold**` in a description
 * counts): a false alarm costs time, never correctness.
 */
const UNUSUAL = /(?:^|[\s[{,])[&*!]|<<\s*:|^(?:%|---|\.\.\.)|\t|\r(?!\n)|^ {64}/m;
/**
 * Most blueprints are valid and plain. For them a second, faster parser
 * (js-yaml, ten times quicker than the positioned parse on a 10 KB
 * blueprint) gives the same value; the schema and the cross-checks then
 * run on it. Anything unusual — anchors, aliases, tags, directives, a second
 * document, a line not laid out as {@link plainLayout} expects, a duplicate key, a value the schema or the cross-checks refuse,
 * any exception — returns undefined, and the full positioned parse decides,
 * so every problem is reported exactly as the positioned parse reports it.
 * A property test holds the two paths to the same model.
 */
function parseQuickly(text) {
    if (UNUSUAL.test(text) || !plainLayout(text))
        return undefined;
    let data;
    try {
        data = js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA });
    }
    catch {
        return undefined;
    }
    if (!isRecord(data))
        return undefined;
    const schema = validator();
    const valid = schema(data);
    // Errors left on the shared validator would keep this blueprint alive until the next call.
    schema.errors = null;
    if (!valid)
        return undefined;
    const components = Array.isArray(data.components) ? data.components : [];
    const ids = new Set();
    for (const c of components) {
        if (!isRecord(c) || typeof c.id !== 'string' || ids.has(c.id))
            return undefined;
        ids.add(c.id);
    }
    const dependencies = Array.isArray(data.dependencies) ? data.dependencies : [];
    for (const d of dependencies) {
        if (!isRecord(d) ||
            typeof d.from !== 'string' ||
            typeof d.to !== 'string' ||
            !ids.has(d.from) ||
            !ids.has(d.to))
            return undefined;
    }
    return normalise(data);
}
/** A key a blueprint can hold, bare or quoted, followed by its colon. */
const KEY = /^(?:[A-Za-z_$][\w$.-]*|"[^"\\]*"|'[^']*') *:(?= |$)/;
/** What may follow a complete value on its line: spaces, then maybe a comment. */
const END = /^(?: *| +#.*)$/;
/**
 * True when every line is one that plain blueprints are made of: blank, a
 * comment, `key: value` or `- item` (either may nest), or the content of a
 * block scalar (`|`, `>`) indented under its key. js-yaml is more lenient
 * than `yaml` about the rest (a quoted or flow value running on to a line
 * less indented than its key, a plain value holding `: `), so those take
 * the positioned path, which says what is wrong with them, if anything.
 */
function plainLayout(text) {
    // Inside a block scalar: the column of its key (content must be indented further) and of its first line.
    let block;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const content = line.trimStart();
        const indent = line.length - content.length;
        if (block) {
            if (content === '')
                continue;
            if (indent > block.parent) {
                block.indent ??= indent;
                if (indent < block.indent)
                    return false;
                continue;
            }
            block = undefined;
        }
        if (content === '' || content.startsWith('#'))
            continue;
        let at = indent;
        let parent = indent;
        // `- - key: value`: each dash opens an item, the last thing opened is the parent.
        while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
            parent = at;
            at += 1;
            while (line[at] === ' ')
                at++;
        }
        const key = KEY.exec(line.slice(at));
        if (key) {
            parent = at;
            at += key[0].length;
            while (line[at] === ' ')
                at++;
        }
        else if (at === indent) {
            // Neither a key nor an item: the continuation of a value from an earlier line.
            return false;
        }
        const value = line.slice(at);
        if (/^[|>]/.test(value)) {
            if (!/^[|>][-+1-9]* *(?:#.*)?$/.test(value))
                return false;
            block = { parent };
        }
        else if (!completeValue(value))
            return false;
    }
    return true;
}
/** A value that starts and ends on its line: empty, quoted, a flow collection or a plain scalar. */
function completeValue(value) {
    if (value === '' || value.startsWith('#'))
        return true;
    const first = value.charAt(0);
    if (first === '"' || first === "'") {
        const end = closingQuote(value, 0);
        return end !== -1 && END.test(value.slice(end + 1));
    }
    if (first === '[' || first === '{') {
        let depth = 0;
        for (let i = 0; i < value.length; i++) {
            const c = value.charAt(i);
            if ((c === '"' || c === "'") && /^$|[[{,:] *$/.test(value.slice(0, i))) {
                i = closingQuote(value, i);
                if (i === -1)
                    return false;
            }
            else if (c === '[' || c === '{')
                depth++;
            else if (c === ']' || c === '}') {
                if (--depth === 0)
                    return END.test(value.slice(i + 1));
            }
            else if (c === '#' && value.charAt(i - 1) === ' ')
                return false;
        }
        return false;
    }
    // A plain scalar: no indicator first, and no `: ` that would make it a mapping.
    return !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: |:$/.test(value.replace(/ #.*$/, ''));
}
/** Index of the quote that closes the one at `start`, or -1 when the line ends first. */
function closingQuote(text, start) {
    const quote = text.charAt(start);
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charAt(i);
        if (quote === '"' && c === '\\')
            i++;
        else if (c === quote) {
            if (quote === "'" && text.charAt(i + 1) === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/engine/blueprint/index.ts






/**
 * Parse a blueprint file.
 *
 * @param input.file repository-relative path, used in problems and to choose
 *   JSON (`.json`) or YAML (anything else) by extension.
 * @param input.content the file's bytes (checked to be UTF-8) or text.
 * @param options.fast try the quick path for plain valid YAML first (default
 *   true); the result is the same either way, only the time differs.
 * @returns the model with defaults applied, or the problems sorted by position.
 *   Never throws.
 */
function parseBlueprint(input, options = {}) {
    const at = (loc, message) => ({ file: input.file, line: loc.line, col: loc.col, message });
    try {
        return load(input.content, {
            json: /\.json$/i.test(input.file),
            fast: options.fast ?? true,
            at
        });
    }
    catch (error) {
        // Nothing above is meant to throw; if a library surprises us, the user
        // still gets an annotation instead of a crashed run.
        return fail([at({ line: 1, col: 1 }, `could not be read: ${(0,engine_text/* messageOf */.bD)(error)}`)]);
    }
}
function load(content, options) {
    const { json, at } = options;
    const read = readText(content, at);
    if (!read.ok)
        return fail(read.problems);
    // JSON blueprints always take the positioned path: JSON.parse keeps the last
    // of two equal keys silently, and YAML parsers accept JSON's near misses.
    if (options.fast && !json) {
        const quick = parseQuickly(read.text);
        if (quick !== undefined)
            return { ok: true, blueprint: quick };
    }
    const doc = readDocument(read.text, { json, at });
    if (!doc.ok)
        return fail(doc.problems);
    const problems = validate(doc.data, { locator: doc.locator, at });
    if (problems.length > 0)
        return fail(problems);
    return { ok: true, blueprint: normalise(doc.data) };
}
function fail(problems) {
    return { ok: false, problems: capProblems(problems) };
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ markedSource),
/* harmony export */   oc: () => (/* binding */ UNDATED),
/* harmony export */   yQ: () => (/* binding */ renderDocument)
/* harmony export */ });
/* unused harmony exports placeholderValues, plain, generatedMarker, cell */
/* harmony import */ var _mermaid_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4055);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1850);


// The timestamp is rendered as this token first, so the document knows where
// it stands. U+E000 is a private-use character: blueprint text that holds this
// exact token is the only way to confuse it, and then only the comparison.
const STAMP = '\uE000generated_at\uE000';
/**
 * What a document shows for `generated_at` when two versions of it are
 * compared (the review's document diffs): both sides carry the same value,
 * so the time they were rendered at is never a difference.
 */
const UNDATED = '<generated_at>';
/** Renders the document for one blueprint. Pure: same options, same bytes. */
function renderDocument(options) {
    const { blueprint, template } = options;
    const values = placeholderValues(blueprint);
    const body = template.render({ values: { ...values, generated_at: STAMP }, blueprint });
    const normalised = body.replace(/\r\n?/g, '\n');
    // Trailing newlines trimmed by hand: /\n*$/ tries every position of a 20 KB document.
    let end = normalised.length;
    while (end > 0 && normalised.charCodeAt(end - 1) === 10)
        end--;
    const withStamp = `${normalised.slice(0, end)}\n\n${generatedMarker(options.source)}\n`;
    // Keep one string and where the timestamps stand in it, not a copy per piece:
    // a plan holds thousands of these at once.
    const pieces = withStamp.split(STAMP);
    const text = pieces.join(options.generatedAt);
    const ends = [];
    let at = 0;
    for (const piece of pieces)
        ends.push((at += piece.length + options.generatedAt.length) - options.generatedAt.length);
    const piece = (i) => text.slice(i === 0 ? 0 : (ends[i - 1] ?? 0) + options.generatedAt.length, ends[i]);
    return {
        text,
        sameAs: (existing) => matchesApartFromStamps(existing.includes('\r') ? existing.replace(/\r\n?/g, '\n') : existing, ends.length, piece),
        withGeneratedAt: (value) => Array.from({ length: ends.length }, (_, i) => piece(i)).join(value)
    };
}
/**
 * True when `text` is the pieces in order with any one-line value between
 * each two. A plain scan: a regular expression built from a 20 KB document
 * costs V8 hundreds of kilobytes of compiled code per document.
 */
function matchesApartFromStamps(text, count, piece) {
    const first = piece(0);
    if (count === 1)
        return text === first;
    if (!text.startsWith(first))
        return false;
    let at = first.length;
    for (let i = 1; i < count; i++) {
        const next = piece(i);
        const found = i === count - 1
            ? text.endsWith(next)
                ? text.length - next.length
                : -1
            : text.indexOf(next, at);
        if (found < at || text.slice(at, found).includes('\n'))
            return false;
        at = found + next.length;
    }
    return at === text.length;
}
/**
 * The values of the placeholders, `generated_at` aside, as Markdown.
 *
 * Text the blueprint format calls text (project, id, title, names, types,
 * technologies, groups, dependency descriptions) goes through {@link plain},
 * so it reads as the text it is wherever a template puts it: a name
 * `<img onerror=…>`, `__init__` or `a@b.c`, or a project `"x\n# Heading"`,
 * changes nothing around it. The overview, component descriptions and
 * `sections:` are the author's Markdown and are written as they are.
 * Custom templates (Handlebars or single-brace) get these same escaped
 * values; the raw model they also see (`blueprint`, `components`, …) is
 * theirs to escape.
 */
function placeholderValues(blueprint) {
    const diagram = (0,_mermaid_index_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDiagram */ .G)(blueprint);
    const note = diagram.note === undefined ? '' : `> **Note:** ${plain(diagram.note)}\n\n`;
    const title = plain(blueprint.title) || plain(blueprint.id);
    return {
        // The loader refuses a blank project, but one of only control characters (which are not shown) gets through.
        project_id: plain(blueprint.project) || '(blank)',
        generated_at: '',
        blueprint_id: plain(blueprint.id),
        architecture_overview: (blueprint.overview ?? '').trim() || `${title}: no overview written yet.`,
        component_count: String(blueprint.components.length),
        dependency_count: String(blueprint.dependencies.length),
        diagram_type: diagram.type,
        diagram_content: diagram.text,
        components_section: note + componentsTable(blueprint.components),
        dependencies_section: dependenciesTable(blueprint.components, blueprint.dependencies)
    };
}
/**
 * Plain text (not Markdown) as inline Markdown, on one line and safe in a
 * table cell; empty for undefined or blank text. The one door for every
 * plain field of the blueprint into the document (see {@link inlineText}).
 */
function plain(text) {
    return text === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.inlineText)(text);
}
const MARKER_PREFIX = '<!-- blueprint-docs: generated from ';
const MARKER_SUFFIX = '; edit the blueprint, not this file. -->';
const MARKER = /^<!-- blueprint-docs: generated from (\S+); edit the blueprint, not this file\. -->$/;
/**
 * The comment that marks a document as generated and names its blueprint.
 * A file at an output path without it was written by hand and is never
 * touched. The path is URI-encoded so no path can close the comment early.
 */
function generatedMarker(source) {
    return `${MARKER_PREFIX}${encodeURI(source)}${MARKER_SUFFIX}`;
}
/**
 * The blueprint path named by a document's marker, or undefined for a
 * hand-written file. Only the document's last line counts: a file that
 * merely quotes a marker (a review of a document diff, say) is not ours.
 */
function markedSource(text) {
    const last = text.replace(/\s+$/, '').split('\n').pop() ?? '';
    const found = MARKER.exec(last)?.[1];
    if (found === undefined)
        return undefined;
    try {
        return decodeURI(found);
    }
    catch {
        return undefined;
    }
}
function componentsTable(components) {
    // Asterisks, like the standard format's closing line: one emphasis style per document (markdownlint MD049).
    if (components.length === 0)
        return '*This blueprint lists no components.*';
    const grouped = components.some((c) => c.group !== undefined);
    const header = [
        'Component',
        'ID',
        'Type',
        'Technology',
        ...(grouped ? ['Group'] : []),
        'Description'
    ];
    const rows = components.map((c) => [
        plain(c.name),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.inlineCode)(c.id),
        plain(c.type),
        plain(c.technology),
        ...(grouped ? [plain(c.group)] : []),
        cell(c.description)
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.table)(header, rows);
}
function dependenciesTable(components, dependencies) {
    if (dependencies.length === 0)
        return '*This blueprint lists no dependencies.*';
    const names = new Map(components.map((c) => [c.id, c.name]));
    const rows = dependencies.map((d) => [
        plain(names.get(d.from) ?? d.from),
        plain(names.get(d.to) ?? d.to),
        plain(d.description),
        plain(d.technology),
        d.async ? 'async' : 'sync'
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.table)(['From', 'To', 'Description', 'Technology', 'Mode'], rows);
}
/**
 * The author's Markdown (a component description) made safe for one table
 * cell: a `|` would end the cell and a newline the row. `&#124;` never
 * splits a cell, whatever backslashes precede it. The Markdown itself is
 * kept: plain text goes through {@link plain} instead.
 */
function cell(text) {
    if (text === undefined)
        return '';
    return text.replace(/\r\n?/g, '\n').trim().replace(/\|/g, '&#124;').replace(/\n/g, '<br>');
}


/***/ })

};
