export const id = 536;
export const ids = [536];
export const modules = {

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   documentDiff: () => (/* binding */ documentDiff),
/* harmony export */   fixCommand: () => (/* binding */ fixCommand)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7291);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4886);
/**
 * What a stale document looks like to a person: the diff from the committed
 * text to the regenerated one, and the one command that fixes it. The
 * command line's `check` and the action's check, comment and summary all
 * say it the same way.
 */


/** The unified diff from the committed document to the one generate would write. */
function documentDiff(outcome) {
    if (outcome.kind === 'deleted')
        return (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .createTwoFilesPatch */ .ss)(outcome.document, '/dev/null', outcome.previous, '');
    if (outcome.kind === 'created')
        return (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .createTwoFilesPatch */ .ss)('/dev/null', outcome.document, '', outcome.rendered.text);
    // Show the regenerated text with the committed timestamp, so the diff is only what really changed.
    const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(outcome.previous)?.[0];
    const after = stamp === undefined ? outcome.rendered.text : outcome.rendered.withGeneratedAt(stamp);
    return (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .createTwoFilesPatch */ .ss)(outcome.document, outcome.document, outcome.previous, after);
}
/** The command that fixes stale documents, with the options that differ from the defaults. */
function fixCommand(values) {
    const quote = (s) => (/^[\w./{}-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    const parts = ['npx blueprint-docs generate'];
    for (const g of values.blueprints ?? [])
        parts.push(`--blueprints ${quote(g)}`);
    if (values.output !== undefined && values.output !== _engine_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_OUTPUT */ .Ol)
        parts.push(`--output ${quote(values.output)}`);
    if (values.template)
        parts.push(`--template ${quote(values.template)}`);
    if (values['working-directory'] && values['working-directory'] !== '.')
        parts.push(`--working-directory ${quote(values['working-directory'])}`);
    return parts.join(' ');
}


/***/ })

};
