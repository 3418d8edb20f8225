export const id = 681;
export const ids = [681];
export const modules = {

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


/***/ }),

/***/ 6681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildReviews: () => (/* binding */ buildReviews)
/* harmony export */ });
/* harmony import */ var _engine_blueprint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5005);
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6227);
/* harmony import */ var _engine_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6933);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */




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
        return (0,_engine_document_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDocument */ .yQ)({ blueprint, source, generatedAt: _engine_document_js__WEBPACK_IMPORTED_MODULE_2__/* .UNDATED */ .oc, template }).text;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
