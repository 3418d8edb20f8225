export const id = 710;
export const ids = [710];
export const modules = {

/***/ 4710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  FULL_LIMIT_BYTES: () => (/* binding */ FULL_LIMIT_BYTES),
  buildComment: () => (/* binding */ buildComment),
  commentMarker: () => (/* binding */ commentMarker)
});

// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/engine/mermaid/index.ts + 4 modules
var mermaid = __webpack_require__(4055);
// EXTERNAL MODULE: ./src/engine/diff.ts
var diff = __webpack_require__(6227);
// EXTERNAL MODULE: ./src/engine/mermaid/ids.ts
var ids = __webpack_require__(3672);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/engine/changes-diagram.ts




/**
 * The input for the changes diagram: the head architecture plus the removed
 * components and dependencies (so a reviewer sees what went away, drawn
 * faded), and a {@link Highlight} marking what was added, removed or changed.
 *
 * Always a flowchart, whatever the blueprint's own diagram type: the
 * highlight relies on `classDef`/`linkStyle`, which Mermaid's C4 diagrams do
 * not have (and Mermaid's C4 layout is experimental: no automatic layout,
 * overlapping labels).
 *
 * Edges are highlighted per from → to pair (that is all {@link dependencyKey}
 * can name): a pair with only added entries is `added`, only removed entries
 * `removed`, anything else (a changed entry, or a duplicate pair gaining or
 * losing an entry) `changed`. A removed duplicate of a pair the head still
 * has is not drawn twice: the pair shows as changed.
 *
 * When the whole is too large for Mermaid, only the changed neighbourhood is
 * kept and `note` says so (see {@link neighbourhood}).
 */
function changesDiagramInput(base, head) {
    const d = (0,diff/* diffBlueprints */.ux)(base, head);
    const shown = head ?? base;
    const nodes = new Map();
    for (const c of d.components.added)
        nodes.set(c.id, 'added');
    for (const c of d.components.removed)
        nodes.set(c.id, 'removed');
    for (const c of d.components.changed)
        nodes.set(c.id, 'changed');
    const kindsByPair = new Map();
    const note = (dep, kind) => {
        const key = (0,ids/* dependencyKey */.jy)(dep.from, dep.to);
        const set = kindsByPair.get(key) ?? new Set();
        set.add(kind);
        kindsByPair.set(key, set);
    };
    for (const dep of d.dependencies.added)
        note(dep, 'added');
    for (const dep of d.dependencies.removed)
        note(dep, 'removed');
    for (const dep of d.dependencies.changed)
        note(dep, 'changed');
    const headPairs = new Set((head?.dependencies ?? []).map((dep) => (0,ids/* dependencyKey */.jy)(dep.from, dep.to)));
    const edges = new Map();
    for (const [key, kinds] of [...kindsByPair].sort(([a], [b]) => (0,engine_text/* compareText */.n6)(a, b))) {
        const only = kinds.size === 1 ? [...kinds][0] : undefined;
        // A pair still present at head with a removed entry has not gone away: it changed.
        edges.set(key, only === 'removed' && headPairs.has(key) ? 'changed' : (only ?? 'changed'));
    }
    const components = [...(head?.components ?? [])];
    const dependencies = [...(head?.dependencies ?? [])];
    if (head !== undefined) {
        components.push(...d.components.removed);
        dependencies.push(...d.dependencies.removed.filter((dep) => !headPairs.has((0,ids/* dependencyKey */.jy)(dep.from, dep.to))));
    }
    else if (base !== undefined) {
        components.push(...base.components);
        dependencies.push(...base.dependencies);
    }
    const whole = shown === undefined
        ? {
            id: 'empty',
            project: 'empty',
            diagram: { type: 'flowchart', direction: 'TB' },
            components: [],
            dependencies: [],
            sections: {}
        }
        : {
            ...shown,
            diagram: { type: 'flowchart', direction: shown.diagram.direction },
            components,
            dependencies
        };
    const highlight = { nodes, edges };
    return { ...neighbourhood(whole, highlight), highlight };
}
/**
 * A changes diagram too large for Mermaid shows the changed neighbourhood
 * only: the changed components and dependencies, and the components one
 * dependency away from them (context for the reviewer). Should even that be
 * too large, the changed elements alone; past that, buildDiagram's own
 * reduction (to groups, then to a summary node) takes over.
 */
function neighbourhood(bp, highlight) {
    const fits = (b) => b.components.length <= mermaid/* MAX_NODES */.nm && b.dependencies.length <= mermaid/* MAX_EDGES */.aC;
    if (fits(bp))
        return { blueprint: bp };
    const changed = new Set(highlight.nodes?.keys() ?? []);
    for (const dep of bp.dependencies) {
        if (highlight.edges?.has((0,ids/* dependencyKey */.jy)(dep.from, dep.to))) {
            changed.add(dep.from);
            changed.add(dep.to);
        }
    }
    const restrict = (keep) => ({
        ...bp,
        components: bp.components.filter((c) => keep.has(c.id)),
        dependencies: bp.dependencies.filter((dep) => keep.has(dep.from) && keep.has(dep.to))
    });
    const near = new Set(changed);
    for (const dep of bp.dependencies) {
        if (changed.has(dep.from))
            near.add(dep.to);
        if (changed.has(dep.to))
            near.add(dep.from);
    }
    const total = `${(0,engine_text/* plural */.LS)(bp.components.length, 'component')} and ${(0,engine_text/* plural */.LS)(bp.dependencies.length, 'dependency', 'dependencies')}`;
    const withNeighbours = restrict(near);
    if (fits(withNeighbours)) {
        return {
            blueprint: withNeighbours,
            note: `The diagram shows the changed components and their direct neighbours only: all ${total} exceed Mermaid's limits.`
        };
    }
    const changedOnly = restrict(changed);
    if (fits(changedOnly)) {
        return {
            blueprint: changedOnly,
            note: `The diagram shows the changed components only: all ${total} exceed Mermaid's limits.`
        };
    }
    return { blueprint: bp };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/engine/markdown.ts
var markdown = __webpack_require__(1850);
;// CONCATENATED MODULE: ./src/engine/document-diff.ts
/**
 * The generated document's unified diff, as the review shows it: counted in
 * lines added and removed, folded away in `<details>`.
 */


/**
 * The diff between a document's text at base and at head (undefined: no
 * document on that side), or undefined when the two are the same.
 */
function documentDiff(doc) {
    if (doc.before === doc.after)
        return undefined;
    const patch = (0,create/* structuredPatch */.YB)(doc.before === undefined ? '/dev/null' : `a/${doc.path}`, doc.after === undefined ? '/dev/null' : `b/${doc.path}`, doc.before ?? '', doc.after ?? '', undefined, undefined, { context: 3 });
    let added = 0;
    let removed = 0;
    for (const hunk of patch.hunks) {
        for (const line of hunk.lines) {
            if (line.startsWith('+'))
                added++;
            else if (line.startsWith('-'))
                removed++;
        }
    }
    return { patch: (0,create/* formatPatch */.Gu)(patch, create/* FILE_HEADERS_ONLY */.jr), added, removed };
}
/** The diff in a collapsed `<details>` block; `patch` replaces the whole diff when it had to be cut. */
function documentDiffBlock(doc, patch = doc.patch) {
    // A blank line after <summary> and before </details> is what makes GitHub
    // render the Markdown (the fence) between them.
    return [
        `<details><summary>Generated document diff (+${doc.added} −${doc.removed} lines)</summary>`,
        '',
        (0,markdown.fence)(patch, 'diff'),
        '',
        '</details>'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/comment-section.ts







/** Outside text as an inline code span, cut to `max` characters. */
const code = (text, max) => (0,markdown.safeInline)(text, { style: 'code', ...(max ? { max } : {}) });
const pathCode = (path) => (0,markdown.safeInline)(path, { style: 'code', max: 200, cut: 'middle' });
const comment_section_text = (value, max) => (0,markdown.safeInline)(value, max ? { max } : {});
function describeValue(v, max) {
    if (v === undefined)
        return '_(none)_';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return v === '' ? '_(empty)_' : comment_section_text(v, max);
}
function fieldChange(field, change) {
    // Long prose (descriptions) is cut; the document diff has it whole.
    const max = field === 'description' ? 60 : 80;
    return `${field}: ${describeValue(change.before, max)} → ${describeValue(change.after, max)}`;
}
function componentLabel(c) {
    return c.name !== c.id ? `${code(c.id, 80)} ${comment_section_text(c.name, 80)}` : code(c.id, 80);
}
function componentDetails(c) {
    const parts = [comment_section_text(c.type, 40)];
    if (c.technology !== undefined)
        parts.push(comment_section_text(c.technology, 60));
    if (c.group !== undefined)
        parts.push(`group: ${comment_section_text(c.group, 60)}`);
    return parts.join(' · ');
}
function dependencyLabel(d) {
    return `${code(d.from, 60)} → ${code(d.to, 60)}`;
}
function dependencyDetails(d) {
    const parts = [];
    if (d.description !== undefined)
        parts.push(comment_section_text(d.description, 60));
    if (d.technology !== undefined)
        parts.push(comment_section_text(d.technology, 60));
    if (d.async)
        parts.push('async');
    return parts.join(' · ');
}
/** Table rows for the elements added, removed and changed. */
function changeRows(changes, show) {
    return [
        ...changes.added.map((x) => ['➕ added', show.label(x), show.details(x)]),
        ...changes.removed.map((x) => ['➖ removed', show.label(x), show.details(x)]),
        ...changes.changed.map((x) => [
            '✏️ changed',
            show.label(x.after),
            x.fields.map((f) => fieldChange(f.field, f)).join(' · ')
        ])
    ];
}
function semanticDiff(d) {
    const blocks = [];
    const componentRows = changeRows(d.components, {
        label: componentLabel,
        details: componentDetails
    });
    if (componentRows.length > 0)
        blocks.push((0,markdown.table)(['', 'Component', 'Details'], componentRows));
    const dependencyRows = changeRows(d.dependencies, {
        label: dependencyLabel,
        details: dependencyDetails
    });
    if (dependencyRows.length > 0)
        blocks.push((0,markdown.table)(['', 'Dependency', 'Details'], dependencyRows));
    const other = [];
    if (d.id)
        other.push(fieldChange('id', d.id));
    if (d.project)
        other.push(fieldChange('project', d.project));
    if (d.title)
        other.push(fieldChange('title', d.title));
    if (d.diagram) {
        const show = (v) => v === undefined ? undefined : `${v.type} ${v.direction}`;
        other.push(fieldChange('diagram', { before: show(d.diagram.before), after: show(d.diagram.after) }));
    }
    if (d.overviewChanged)
        other.push('the overview');
    if (d.sectionsChanged.length > 0) {
        other.push(`${d.sectionsChanged.length === 1 ? 'section' : 'sections'} ${d.sectionsChanged.map((k) => code(k)).join(', ')}`);
    }
    if (other.length > 0)
        blocks.push(`**${blocks.length > 0 ? 'Also changed' : 'Changed'}:** ${other.join(' · ')}`);
    return blocks;
}
function metricsText(d) {
    const [cb, ca] = d.metrics.components;
    const [db, da] = d.metrics.dependencies;
    return `components ${cb} → ${ca} · dependencies ${db} → ${da}`;
}
/** The diagram block, or a line saying why there is none; never throws. */
function diagramBlock(review) {
    try {
        const input = changesDiagramInput(review.base, review.head);
        const diagram = (0,mermaid/* buildDiagram */.G)(input.blueprint, { highlight: input.highlight });
        const notes = [input.note, diagram.note].filter((n) => n !== undefined);
        const note = notes.length > 0 ? `\n\n_${notes.map((n) => comment_section_text(n, 300)).join(' ')}_` : '';
        return `${(0,markdown.fence)(diagram.text, 'mermaid')}${note}`;
    }
    catch (e) {
        return `_No changes diagram: ${comment_section_text((0,engine_text/* messageOf */.bD)(e), 200)}_`;
    }
}
/** What the comment shows about one review, or undefined when nothing about it changed. */
function reviewParts(review) {
    const docDiff = documentDiff(review.document);
    const renamed = review.previousPath !== undefined && review.previousPath !== review.path;
    const heading = (title) => `### ${title !== undefined && title.trim() !== '' ? `${comment_section_text(title, 80)} · ` : ''}${pathCode(review.path)}`;
    const renamedFrom = renamed ? `renamed from ${code(review.previousPath ?? '', 200)}` : undefined;
    const docNote = docDiff ? `document +${docDiff.added} −${docDiff.removed} lines` : undefined;
    if (review.problems !== undefined && review.problems.length > 0) {
        const shown = review.problems.slice(0, 20);
        const more = review.problems.length - shown.length;
        const what = [renamedFrom, `invalid at head: ${(0,engine_text/* plural */.LS)(review.problems.length, 'problem')}`]
            .filter(Boolean)
            .join(' · ');
        const list = [
            ...shown.map((p) => `- ${comment_section_text((0,model/* formatProblem */.Vw)(p), 300)}`),
            ...(more > 0 ? [`- … and ${(0,engine_text/* plural */.LS)(more, 'more problem')}`] : [])
        ].join('\n');
        return {
            summaryLine: `${pathCode(review.path)}: ${what}`,
            main: [
                heading(review.base?.title),
                `${capitalise(what)}. No diagram until it is valid.`,
                list
            ].join('\n\n'),
            ...(docDiff ? { docDiff } : {})
        };
    }
    const d = (0,diff/* diffBlueprints */.ux)(review.base, review.head);
    const changes = (0,diff/* countChanges */.xS)(d);
    if (d.status === 'unchanged' && !renamed && docDiff === undefined)
        return undefined;
    let what;
    if (d.status === 'added') {
        what = `new blueprint · ${(0,engine_text/* plural */.LS)(d.metrics.components[1], 'component')}, ${(0,engine_text/* plural */.LS)(d.metrics.dependencies[1], 'dependency', 'dependencies')}`;
    }
    else if (d.status === 'deleted') {
        what = `deleted blueprint · had ${(0,engine_text/* plural */.LS)(d.metrics.components[0], 'component')}, ${(0,engine_text/* plural */.LS)(d.metrics.dependencies[0], 'dependency', 'dependencies')}`;
    }
    else if (d.status === 'modified') {
        what = `${(0,engine_text/* plural */.LS)(changes, 'change')} · ${metricsText(d)}`;
    }
    else {
        what = 'no architecture change';
    }
    const summary = [renamedFrom, what, docNote].filter(Boolean).join(' · ');
    const blocks = [heading(review.head?.title ?? review.base?.title), `${capitalise(summary)}.`];
    blocks.push(...semanticDiff(d));
    // A diagram with nothing highlighted (only the overview or a section
    // changed) would cost thousands of characters and show no change.
    const elementChanges = changes -
        (d.id ? 1 : 0) -
        (d.title ? 1 : 0) -
        (d.project ? 1 : 0) -
        (d.diagram ? 1 : 0) -
        (d.overviewChanged ? 1 : 0) -
        d.sectionsChanged.length;
    if (elementChanges > 0 || d.status === 'added' || d.status === 'deleted')
        blocks.push(diagramBlock(review));
    return {
        summaryLine: `${pathCode(review.path)}: ${summary}`,
        main: blocks.join('\n\n'),
        diff: d,
        ...(docDiff ? { docDiff } : {})
    };
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/engine/comment.ts




/** GitHub's limit on a comment body, in characters (a longer body is refused with 422). */
const COMMENT_LIMIT = 65536;
/**
 * The job summary holds at most 1 MiB per step. The review leaves 16 KiB of
 * it to whatever else the step writes there (errors, check results).
 */
const FULL_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/**
 * The hidden HTML comment that finds our comment again on the next run.
 *
 * The tag is percent-encoded down to `[A-Za-z0-9_.-]` with no `--`, so no tag
 * can end the comment early (`-->`, `--!>`) or make two tags' markers
 * collide. Callers should match with `body.startsWith(marker)` and check the
 * author too: anyone can paste a marker into a comment of their own.
 */
function commentMarker(tag) {
    const encoded = Array.from(tag)
        .map((ch) => /^[A-Za-z0-9_.-]$/.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g, percent))
        .join('')
        // A run of dashes could end or corrupt the HTML comment; a lone one cannot.
        .replace(/-(?=-)/g, '%2D')
        .replace(/-$/, '%2D');
    return `${markdown.COMMENT_MARKER_PREFIX} tag=${encoded} -->`;
}
function percent(ch) {
    return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
const TITLE = '## Architecture review';
function totalsLine(parts) {
    const sum = (pick) => parts.reduce((n, p) => n + (p.diff ? pick(p.diff) : 0), 0);
    const counts = (kind) => {
        const added = sum((d) => d[kind].added.length);
        const removed = sum((d) => d[kind].removed.length);
        const changed = sum((d) => d[kind].changed.length);
        return `+${added} −${removed} ~${changed}`;
    };
    return `**${(0,engine_text/* plural */.LS)(parts.length, 'blueprint')} changed** · components ${counts('components')} · dependencies ${counts('dependencies')}`;
}
function staleBlock(input) {
    if (input.stale.length === 0)
        return undefined;
    const sorted = [...input.stale].sort((a, b) => (0,engine_text/* compareText */.n6)(a.document, b.document));
    return [
        `### Stale documents (${sorted.length})`,
        'These committed documents are out of date at this head:',
        sorted
            .map((s) => `- ${code(s.document, 200)} (blueprint ${code(s.blueprint, 200)})`)
            .join('\n'),
        `Fix: run ${code(input.fixCommand, 200)} and commit the result.`
    ].join('\n\n');
}
function summaryRef(input) {
    if (input.summaryUrl === undefined)
        return "this run's job summary";
    // The URL comes from the run context; percent-encode what could end the link.
    const url = Array.from(input.summaryUrl)
        .map((ch) => /^[A-Za-z0-9\-._~:/?#=&%+,;]$/.test(ch)
        ? ch
        : encodeURIComponent(ch).replace(/[!'()*]/g, percent))
        .join('');
    return `the [job summary](${url})`;
}
const utf8 = new TextEncoder();
const bytes = (s) => utf8.encode(s).length;
/**
 * The full text for the job summary, at most `maxBytes`: blocks are kept
 * whole while they fit; a document diff that does not fit is cut at a line
 * (its fence closed again), and a note says where and why the text stops.
 */
function capFull(blocks, maxBytes) {
    const note = (n) => `> **Truncated:** the review is longer than the job summary's limit; the last ${(0,engine_text/* plural */.LS)(n, 'part')} of it ${n === 1 ? 'is' : 'are'} left out.`;
    const out = [];
    let used = 0;
    const reserve = bytes(note(blocks.length)) + 2;
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const size = bytes(block.text) + (out.length > 0 ? 2 : 0);
        if (used + size + (i + 1 < blocks.length ? reserve : 0) <= maxBytes) {
            out.push(block.text);
            used += size;
            continue;
        }
        if (block.doc !== undefined) {
            // Keep as many whole lines of the diff as fit, found by binary search.
            const doc = block.doc;
            const lines = doc.patch.split('\n');
            const cut = (n) => documentDiffBlock(doc, `${lines.slice(0, n).join('\n')}\n… (cut here)\n`);
            const fits = (n) => used + bytes(cut(n)) + 2 + reserve <= maxBytes;
            let lo = 0;
            let hi = lines.length;
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                if (fits(mid))
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lo > 0)
                out.push(cut(lo));
        }
        out.push(note(blocks.length - i));
        return out.join('\n\n');
    }
    return out.join('\n\n');
}
/**
 * Builds the sticky comment.
 *
 * `body` fits in `limit` characters and starts with {@link commentMarker};
 * `full` carries everything (for the job summary). Each tier says what it
 * left out and where to find it. `limit` counts UTF-16 code units (what
 * `String.length` counts), never fewer than the characters GitHub counts.
 *
 * @throws Error when `limit` cannot even hold the marker.
 */
function buildComment(input) {
    const limit = input.limit ?? COMMENT_LIMIT;
    const marker = commentMarker(input.tag);
    if (limit < marker.length + 1)
        throw new Error(`comment limit ${limit} is shorter than the marker (${marker.length} characters)`);
    const withMarker = (s) => `${marker}\n${s}`;
    // Sorted by path so the comment does not depend on the order changes were found in.
    const parts = [...input.reviews]
        .sort((a, b) => (0,engine_text/* compareText */.n6)(a.path, b.path))
        .map(reviewParts)
        .filter((p) => p !== undefined);
    const stale = staleBlock(input);
    if (parts.length === 0 && stale === undefined) {
        const s = `${TITLE}\n\nNo architecture or document changes any more.`;
        return { body: fitHard(withMarker(s), limit), full: s, tier: 'full' };
    }
    const header = [TITLE, parts.length > 0 ? totalsLine(parts) : '**No architecture changes.**'];
    const fullBlocks = header.map((t) => ({ text: t }));
    for (const p of parts) {
        fullBlocks.push({ text: p.main });
        if (p.docDiff)
            fullBlocks.push({ text: documentDiffBlock(p.docDiff), doc: p.docDiff });
    }
    if (stale)
        fullBlocks.push({ text: stale });
    const full = capFull(fullBlocks, input.fullLimitBytes ?? FULL_LIMIT_BYTES);
    const untruncated = fullBlocks.map((b) => b.text).join('\n\n');
    if (untruncated === full && withMarker(full).length <= limit)
        return { body: withMarker(full), full, tier: 'full' };
    const docCount = parts.filter((p) => p.docDiff).length;
    if (docCount > 0) {
        const leftOut = `> **Shortened to fit GitHub's comment limit:** the diffs of ${(0,engine_text/* plural */.LS)(docCount, 'generated document')} are left out. The full review is in ${summaryRef(input)}.`;
        const blocks = [...header, leftOut];
        for (const p of parts) {
            blocks.push(p.main);
            if (p.docDiff)
                blocks.push(`_Generated document diff (+${p.docDiff.added} −${p.docDiff.removed} lines) left out; see the job summary._`);
        }
        if (stale)
            blocks.push(stale);
        const body = withMarker(blocks.join('\n\n'));
        if (body.length <= limit)
            return { body, full, tier: 'no-document-diffs' };
    }
    const leftOut = `> **Shortened to fit GitHub's comment limit:** only one line per blueprint is shown; the changes, diagrams and document diffs are left out. The full review is in ${summaryRef(input)}.`;
    const lines = parts.map((p) => `- ${p.summaryLine}`);
    const compose = (shown) => {
        const more = lines.length - shown.length;
        const list = [
            ...shown,
            ...(more > 0 ? [`- … and ${(0,engine_text/* plural */.LS)(more, 'more blueprint')}`] : [])
        ].join('\n');
        return withMarker([...header, leftOut, ...(list ? [list] : []), ...(stale ? [stale] : [])].join('\n\n'));
    };
    let body = compose(lines);
    if (body.length > limit) {
        // Keep as many lines as fit; binary search, since each line costs a different length.
        let lo = 0;
        let hi = lines.length;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (compose(lines.slice(0, mid)).length <= limit)
                lo = mid;
            else
                hi = mid - 1;
        }
        body = compose(lines.slice(0, lo));
    }
    return { body: fitHard(body, limit, input), full, tier: 'summary' };
}
/**
 * The last resort when even the summary does not fit (a tiny limit, or a
 * huge list of stale documents): the marker and a sentence pointing to the
 * job summary, which holds no outside text and so cannot be cut mid-structure.
 */
function fitHard(body, limit, input) {
    if (body.length <= limit)
        return body;
    const marker = body.slice(0, body.indexOf('\n'));
    const ref = input ? summaryRef(input) : "this run's job summary";
    const candidates = [
        `${TITLE}\n\nThe review is too long for a comment; it is in ${ref}.`,
        `${TITLE}\n\nToo long for a comment; see the job summary.`,
        'See the job summary.'
    ];
    for (const c of candidates)
        if (marker.length + 1 + c.length <= limit)
            return `${marker}\n${c}`;
    return marker;
}


/***/ }),

/***/ 6227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ isEmptyDiff),
/* harmony export */   ux: () => (/* binding */ diffBlueprints),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
/* unused harmony exports COMPONENT_FIELDS, DEPENDENCY_FIELDS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1123);
/* harmony import */ var _mermaid_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3672);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1655);



/** The component fields compared one by one, in the order they are reported. */
const COMPONENT_FIELDS = ['name', 'type', 'technology', 'group', 'description'];
/** The dependency fields compared one by one (from/to are the key, not fields). */
const DEPENDENCY_FIELDS = ['description', 'technology', 'async'];
function byId(a, b) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.id, b.id);
}
/** A canonical text for the content of a dependency, used for matching duplicates and for sorting. */
function dependencyContent(d) {
    return JSON.stringify([d.description ?? null, d.technology ?? null, d.async]);
}
function compareDependencies(a, b) {
    return ((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.from, b.from) ||
        (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.to, b.to) ||
        (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(dependencyContent(a), dependencyContent(b)));
}
function componentFieldChanges(before, after) {
    const out = [];
    for (const field of COMPONENT_FIELDS) {
        if (before[field] !== after[field])
            out.push({ field, before: before[field], after: after[field] });
    }
    return out;
}
function dependencyFieldChanges(before, after) {
    const out = [];
    for (const field of DEPENDENCY_FIELDS) {
        if (before[field] !== after[field])
            out.push({ field, before: before[field], after: after[field] });
    }
    return out;
}
function diffComponents(base, head) {
    // Ids are unique within a valid blueprint; should a duplicate slip through,
    // the first one wins on both sides, consistently.
    const baseById = new Map();
    for (const c of base)
        if (!baseById.has(c.id))
            baseById.set(c.id, c);
    const headById = new Map();
    for (const c of head)
        if (!headById.has(c.id))
            headById.set(c.id, c);
    const added = [];
    const removed = [];
    const changed = [];
    for (const [id, after] of headById) {
        const before = baseById.get(id);
        if (before === undefined) {
            added.push(after);
            continue;
        }
        const fields = componentFieldChanges(before, after);
        if (fields.length > 0)
            changed.push({ id, before, after, fields });
    }
    for (const [id, before] of baseById)
        if (!headById.has(id))
            removed.push(before);
    added.sort(byId);
    removed.sort(byId);
    changed.sort((a, b) => (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.id, b.id));
    return { added, removed, changed };
}
function groupByPair(deps) {
    const out = new Map();
    for (const d of deps) {
        const k = (0,_mermaid_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyKey */ .jy)(d.from, d.to);
        const list = out.get(k);
        if (list === undefined)
            out.set(k, [d]);
        else
            list.push(d);
    }
    return out;
}
/**
 * Dependencies are keyed by from → to, but a blueprint may hold the same
 * pair twice (say, a sync call and an async event). Within one pair:
 * identical entries match first; the rest are paired in canonical content
 * order (not file order, so reordering is no change) and reported as
 * changed; what is left over is added or removed.
 */
function diffDependencies(base, head) {
    const baseByPair = groupByPair(base);
    const headByPair = groupByPair(head);
    const added = [];
    const removed = [];
    const changed = [];
    const pairs = new Set([...baseByPair.keys(), ...headByPair.keys()]);
    for (const k of pairs) {
        const bs = [...(baseByPair.get(k) ?? [])].sort(compareDependencies);
        const hs = [...(headByPair.get(k) ?? [])].sort(compareDependencies);
        const unmatchedBase = [];
        const headLeft = [...hs];
        for (const b of bs) {
            const i = headLeft.findIndex((h) => dependencyContent(h) === dependencyContent(b));
            if (i >= 0)
                headLeft.splice(i, 1);
            else
                unmatchedBase.push(b);
        }
        const n = Math.min(unmatchedBase.length, headLeft.length);
        for (let i = 0; i < n; i++) {
            const before = unmatchedBase[i];
            const after = headLeft[i];
            changed.push({
                from: after.from,
                to: after.to,
                before,
                after,
                fields: dependencyFieldChanges(before, after)
            });
        }
        removed.push(...unmatchedBase.slice(n));
        added.push(...headLeft.slice(n));
    }
    added.sort(compareDependencies);
    removed.sort(compareDependencies);
    changed.sort((a, b) => compareDependencies(a.after, b.after) || compareDependencies(a.before, b.before));
    return { added, removed, changed };
}
function valueChange(before, after) {
    return before === after ? undefined : { before, after };
}
function changedSections(base, head) {
    const keys = new Set([...Object.keys(base.sections), ...Object.keys(head.sections)]);
    const known = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SECTION_KEYS */ .vz;
    // Standard section order first (the order readers meet them in the
    // document); any key outside the standard set (not valid, but possible in
    // a hand-built model) after them, sorted.
    const ordered = [
        ...known.filter((k) => keys.has(k)),
        ...[...keys].filter((k) => !known.includes(k)).sort(_text_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)
    ];
    const sectionOf = (bp, k) => bp.sections[k];
    return ordered.filter((k) => sectionOf(base, k) !== sectionOf(head, k));
}
const NO_ELEMENT_CHANGES = { added: [], removed: [], changed: [] };
/**
 * Compares two versions of one blueprint.
 *
 * @param base the version at the pull request's base; `undefined` for a new blueprint (or one invalid at base)
 * @param head the version at the head; `undefined` for a deleted blueprint
 */
function diffBlueprints(base, head) {
    const metrics = {
        components: [base?.components.length ?? 0, head?.components.length ?? 0],
        dependencies: [base?.dependencies.length ?? 0, head?.dependencies.length ?? 0]
    };
    if (base === undefined || head === undefined) {
        const status = base === undefined && head === undefined
            ? 'unchanged'
            : base === undefined
                ? 'added'
                : 'deleted';
        return {
            status,
            overviewChanged: false,
            sectionsChanged: [],
            components: status === 'unchanged'
                ? NO_ELEMENT_CHANGES
                : diffComponents(base?.components ?? [], head?.components ?? []),
            dependencies: status === 'unchanged'
                ? NO_ELEMENT_CHANGES
                : diffDependencies(base?.dependencies ?? [], head?.dependencies ?? []),
            metrics
        };
    }
    const baseDiagram = base.diagram;
    const headDiagram = head.diagram;
    const diagramDiffers = baseDiagram.type !== headDiagram.type || baseDiagram.direction !== headDiagram.direction;
    const id = valueChange(base.id, head.id);
    const title = valueChange(base.title, head.title);
    const project = valueChange(base.project, head.project);
    const partial = {
        ...(id ? { id } : {}),
        ...(title ? { title } : {}),
        ...(project ? { project } : {}),
        ...(diagramDiffers ? { diagram: { before: baseDiagram, after: headDiagram } } : {}),
        overviewChanged: base.overview !== head.overview,
        sectionsChanged: changedSections(base, head),
        components: diffComponents(base.components, head.components),
        dependencies: diffDependencies(base.dependencies, head.dependencies),
        metrics
    };
    return {
        status: countChanges({ status: 'modified', ...partial }) > 0 ? 'modified' : 'unchanged',
        ...partial
    };
}
/**
 * How many separate changes a diff holds: each element added, removed or
 * changed counts one, as does each blueprint-level value and each section.
 * An added or deleted blueprint counts its elements.
 */
function countChanges(d) {
    return (d.components.added.length +
        d.components.removed.length +
        d.components.changed.length +
        d.dependencies.added.length +
        d.dependencies.removed.length +
        d.dependencies.changed.length +
        (d.id ? 1 : 0) +
        (d.title ? 1 : 0) +
        (d.project ? 1 : 0) +
        (d.diagram ? 1 : 0) +
        (d.overviewChanged ? 1 : 0) +
        d.sectionsChanged.length);
}
/**
 * True when there is nothing to show. An added or deleted blueprint is never
 * empty, even with no components: its existence is the change.
 */
function isEmptyDiff(d) {
    return d.status === 'unchanged';
}


/***/ })

};
