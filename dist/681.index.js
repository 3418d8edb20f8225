export const id = 681;
export const ids = [681];
export const modules = {

/***/ 6227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ isEmptyDiff),
/* harmony export */   T1: () => (/* binding */ changesDiagramInput),
/* harmony export */   ux: () => (/* binding */ diffBlueprints),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
/* unused harmony exports COMPONENT_FIELDS, DEPENDENCY_FIELDS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1123);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5281);


/** The component fields compared one by one, in the order they are reported. */
const COMPONENT_FIELDS = ['name', 'type', 'technology', 'group', 'description'];
/** The dependency fields compared one by one (from/to are the key, not fields). */
const DEPENDENCY_FIELDS = ['description', 'technology', 'async'];
/**
 * Code-unit order, not `localeCompare`: the result must not depend on the
 * machine's locale (a CI runner and a laptop must agree byte for byte).
 */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byId(a, b) {
    return compareStrings(a.id, b.id);
}
/** A canonical text for the content of a dependency, used for matching duplicates and for sorting. */
function dependencyContent(d) {
    return JSON.stringify([d.description ?? null, d.technology ?? null, d.async]);
}
function compareDependencies(a, b) {
    return (compareStrings(a.from, b.from) ||
        compareStrings(a.to, b.to) ||
        compareStrings(dependencyContent(a), dependencyContent(b)));
}
function pairKey(d) {
    // JSON keeps any two different (from, to) pairs apart, whatever characters the ids hold.
    return JSON.stringify([d.from, d.to]);
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
    changed.sort((a, b) => compareStrings(a.id, b.id));
    return { added, removed, changed };
}
function groupByPair(deps) {
    const out = new Map();
    for (const d of deps) {
        const k = pairKey(d);
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
        ...[...keys].filter((k) => !known.includes(k)).sort(compareStrings)
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
/**
 * The input for the changes diagram: the head architecture plus the removed
 * components and dependencies (so a reviewer sees what went away, drawn
 * faded), and a {@link Highlight} marking what was added, removed or changed.
 *
 * Always a flowchart, whatever the blueprint's own diagram type: the
 * highlight relies on `classDef`/`linkStyle`, which Mermaid's C4 diagrams do
 * not have (and C4 layout is experimental, see REFERENCE.md).
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
    const d = diffBlueprints(base, head);
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
        const key = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyKey */ .jy)(dep.from, dep.to);
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
    const headPairs = new Set((head?.dependencies ?? []).map((dep) => (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyKey */ .jy)(dep.from, dep.to)));
    const edges = new Map();
    for (const [key, kinds] of [...kindsByPair].sort(([a], [b]) => compareStrings(a, b))) {
        const only = kinds.size === 1 ? [...kinds][0] : undefined;
        // A pair still present at head with a removed entry has not gone away: it changed.
        edges.set(key, only === 'removed' && headPairs.has(key) ? 'changed' : (only ?? 'changed'));
    }
    const components = [...(head?.components ?? [])];
    const dependencies = [...(head?.dependencies ?? [])];
    if (head !== undefined) {
        components.push(...d.components.removed);
        dependencies.push(...d.dependencies.removed.filter((dep) => !headPairs.has((0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyKey */ .jy)(dep.from, dep.to))));
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
    const fits = (b) => b.components.length <= _mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NODES */ .nm && b.dependencies.length <= _mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EDGES */ .aC;
    if (fits(bp))
        return { blueprint: bp };
    const changed = new Set(highlight.nodes?.keys() ?? []);
    for (const dep of bp.dependencies) {
        if (highlight.edges?.has((0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .dependencyKey */ .jy)(dep.from, dep.to))) {
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
    const total = `${bp.components.length} components and ${bp.dependencies.length} dependencies`;
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


/***/ }),

/***/ 6681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReviews: () => (/* binding */ buildReviews)
/* harmony export */ });
/* harmony import */ var _engine_blueprint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5958);
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6227);
/* harmony import */ var _engine_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6933);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */




/** Both sides of a document diff are rendered with this in place of `generated_at`. */
const STAMP = '<generated_at>';
/** One review per blueprint that differs between base and head; unchanged ones are left out. */
async function buildReviews(options) {
    const reviews = [];
    const renamedAway = new Set(options.renames.values());
    const reviewed = new Set();
    for (const item of options.plan.items) {
        const deleted = item.outcome.kind === 'deleted';
        if (deleted && renamedAway.has(item.blueprint))
            continue; // shown under its new name
        const previousPath = deleted ? undefined : options.renames.get(item.blueprint);
        const base = await loadBase(options, previousPath ?? item.blueprint);
        const head = deleted ? undefined : item.model;
        const problems = item.outcome.kind === 'invalid' ? item.outcome.problems : undefined;
        const documentPath = documentOf(options, item, base);
        const before = base ? render(options.template, base, previousPath ?? item.blueprint) : undefined;
        const after = head && !problems ? render(options.template, head, item.blueprint) : undefined;
        if (!problems && base && head && before === after && (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isEmptyDiff */ .$7)((0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffBlueprints */ .ux)(base, head)))
            continue;
        if (!problems && !base && !head)
            continue;
        reviewed.add(item.blueprint);
        reviews.push({
            path: item.blueprint,
            ...(previousPath !== undefined ? { previousPath } : {}),
            ...(base ? { base } : {}),
            ...(head && !problems ? { head } : {}),
            ...(problems ? { problems } : {}),
            document: {
                path: documentPath,
                ...(before !== undefined ? { before } : {}),
                ...(after !== undefined ? { after } : {})
            }
        });
    }
    // A deleted blueprint whose document was never committed has no plan item: it is still a change.
    for (const gone of options.removed) {
        if (reviewed.has(gone) || renamedAway.has(gone))
            continue;
        const base = await loadBase(options, gone);
        if (base === undefined)
            continue;
        const before = render(options.template, base, gone);
        let document = gone;
        try {
            document = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .outputPath */ .XC)(options.output, gone, base.id);
        }
        catch {
            // an output pattern that leaves the repository: the blueprint's own path names the review
        }
        reviews.push({
            path: gone,
            base,
            document: { path: document, ...(before !== undefined ? { before } : {}) }
        });
    }
    return reviews;
}
async function loadBase(options, path) {
    const bytes = await options.readBase(path);
    if (bytes === undefined)
        return undefined;
    const parsed = (0,_engine_blueprint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBlueprint */ .R)({ file: path, content: bytes });
    return parsed.ok ? parsed.blueprint : undefined;
}
function documentOf(options, item, base) {
    const o = item.outcome;
    if (o.kind !== 'invalid')
        return o.document;
    if (o.document !== undefined)
        return o.document;
    try {
        return (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .outputPath */ .XC)(options.output, item.blueprint, item.model?.id ?? base?.id ?? '');
    }
    catch {
        return item.blueprint;
    }
}
function render(template, blueprint, source) {
    try {
        return (0,_engine_document_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDocument */ .yQ)({ blueprint, source, generatedAt: STAMP, template }).text;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
