export const id = 536;
export const ids = [536];
export const modules = {

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   documentDiff: () => (/* binding */ documentDiff),
/* harmony export */   fixCommand: () => (/* binding */ fixCommand),
/* harmony export */   shellWord: () => (/* binding */ shellWord)
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
/**
 * The command that fixes stale documents, runnable where it is printed: it
 * runs the action's own repository at the pinned ref, else the package at
 * this version, with the options that differ from the defaults.
 */
function fixCommand(values, source) {
    const fromAction = source.actionRepository && source.actionRef;
    const words = [
        'npx',
        '--yes',
        fromAction
            ? `github:${source.actionRepository}#${source.actionRef}`
            : `blueprint-docs@${source.version}`,
        'generate'
    ];
    for (const glob of values.blueprints ?? [])
        words.push('--blueprints', glob);
    if (values.output !== undefined && values.output !== _engine_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_OUTPUT */ .Ol)
        words.push('--output', values.output);
    if (values.template)
        words.push('--template', values.template);
    const directory = values['working-directory'];
    if (directory && directory !== '.')
        words.push('--working-directory', directory);
    return words.map(shellWord).join(' ');
}
/**
 * A word as a POSIX shell reads it back: as it is when every character is
 * plain, else in single quotes (a quote inside as `'\''`). Braces, `#`, `*`
 * and the like are quoted too: bash expands `{a,b}`, zsh reads `#` as a glob.
 */
function shellWord(word) {
    return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};
