import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1320);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * What the workflow run is about, read once from the runner's environment
 * and the webhook payload into a small discriminated union.
 */

const ZERO_SHA = '0000000000000000000000000000000000000000';
/** Reads the run's context; throws with a clear message when the runner's variables are missing. */
function readContext(env) {
    const need = (name) => {
        const value = env[name];
        if (value === undefined || value === '')
            throw new Error(`${name} is not set: blueprint-docs runs as a step of a GitHub Actions job`);
        return value;
    };
    const [owner = '', repo = ''] = need('GITHUB_REPOSITORY').split('/');
    const name = need('GITHUB_EVENT_NAME');
    const payload = readPayload(env['GITHUB_EVENT_PATH']);
    const ref = env['GITHUB_REF'] ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const sha = env['GITHUB_SHA'] ?? '';
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runUrl = env['GITHUB_RUN_ID']
        ? `${server}/${owner}/${repo}/actions/runs/${env['GITHUB_RUN_ID']}`
        : undefined;
    // owner/repo/.github/workflows/x.yml@refs/heads/main -> .github/workflows/x.yml
    const workflowRef = env['GITHUB_WORKFLOW_REF'];
    const workflowFile = workflowRef?.split('@')[0]?.split('/').slice(2).join('/') || undefined;
    return {
        event: toEvent(name, payload, { branch, sha }),
        owner,
        repo,
        sha,
        workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
        ...(workflowFile ? { workflowFile } : {}),
        ...(runUrl ? { runUrl } : {})
    };
}
function readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch (error) {
        throw new Error(`the event payload ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
}
const str = (value) => (typeof value === 'string' ? value : undefined);
const obj = (value) => typeof value === 'object' && value !== null ? value : {};
function toEvent(name, payload, fallback) {
    if (name === 'push') {
        const ref = str(payload['ref']) ?? '';
        return {
            kind: 'push',
            before: str(payload['before']) ?? ZERO_SHA,
            after: str(payload['after']) ?? fallback.sha,
            ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
            ...(str(obj(payload['repository'])['default_branch'])
                ? { defaultBranch: str(obj(payload['repository'])['default_branch']) }
                : {}),
            deleted: payload['deleted'] === true,
            forced: payload['forced'] === true
        };
    }
    if (name === 'pull_request' || name === 'pull_request_target') {
        const pr = obj(payload['pull_request']);
        const base = obj(pr['base']);
        const head = obj(pr['head']);
        const baseRepo = str(obj(base['repo'])['full_name']);
        const headRepo = str(obj(head['repo'])['full_name']);
        return {
            kind: 'pull_request',
            number: typeof payload['number'] === 'number' ? payload['number'] : Number(pr['number'] ?? 0),
            baseSha: str(base['sha']) ?? '',
            headSha: str(head['sha']) ?? fallback.sha,
            baseRef: str(base['ref']) ?? '',
            headRef: str(head['ref']) ?? '',
            fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo
        };
    }
    return { kind: 'other', name, ...(fallback.branch ? { branch: fallback.branch } : {}) };
}

;// CONCATENATED MODULE: ./src/project/changes.ts
/**
 * Which blueprints a run must regenerate (SPEC §3, "Which blueprints"):
 * from the local clone when its history answers, else from the REST API,
 * else — when even that is cut short — every blueprint.
 */


/** Blueprints deleted or renamed away, as the selection names them (none when every blueprint is selected). */
function removedBlueprints(detected) {
    return detected.selection.kind === 'paths' ? (detected.selection.removed ?? []) : [];
}
const ALL = (reason, base) => ({
    selection: { kind: 'all' },
    reason,
    renames: new Map(),
    ...(base ? { base } : {})
});
/** Decides the selection for one run. */
async function detectChanges(options) {
    const { event } = options;
    if (options.all)
        return ALL('input "all" is true: every blueprint');
    if (event.kind === 'other')
        return ALL(`a ${event.name} event: every blueprint`);
    const found = event.kind === 'push' ? await pushChanges(options, event) : await pullChanges(options, event);
    if (found.kind === 'all')
        return ALL(found.reason, found.base);
    // Most pushes change no blueprint; prove that without compiling the globs, and load picomatch
    // (~2 ms of a start-up budget of ~15, issue 6) only when some path might be one.
    const touched = found.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    if (noneCanMatch(options.globs, touched))
        return selectFrom(options, found, () => false);
    const { default: picomatch } = await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23));
    return selectFrom(options, found, picomatch([...options.globs]));
}
/**
 * True when no path can match any glob, judged by each glob's literal ending alone: a glob that
 * ends in plain characters (the default globs end in `.blueprint.yaml`, `.yml`, `.json`) matches
 * only paths that end in them. Conservative: a negated glob, or one that ends in a wildcard,
 * brace, class or extglob, proves nothing, and the caller then asks picomatch.
 */
function noneCanMatch(globs, paths) {
    const endings = [];
    for (const glob of globs) {
        const ending = /[\w.-]+$/.exec(glob)?.[0];
        // picomatch reads a `!` after a `./` prefix as negation too (`./!x.md`): any `!` proves nothing.
        if (ending === undefined || glob.includes('!'))
            return false;
        endings.push(ending);
    }
    // picomatch lets `*.md` match `a.md/`; git never reports a trailing slash, but judge without it.
    return paths.every((p) => {
        const bare = p.replace(/\/+$/, '');
        return !endings.some((e) => bare.endsWith(e));
    });
}
async function pushChanges(options, event) {
    const { git, api } = options;
    if (event.deleted)
        return { kind: 'files', files: [], source: 'the branch was deleted' };
    const newBranch = event.before === ZERO_SHA;
    if (!newBranch && !event.forced) {
        // Neither new nor forced: a fast-forward, so `before` is an ancestor of `after` and one
        // `git diff` answers. It fails only when an object is missing (a shallow clone): then ask
        // GitHub. Each git process costs ~10 ms, a real share of a no-change run (issue 6).
        const local = await git.changes(event.before, event.after).catch(() => undefined);
        if (local !== undefined)
            return {
                kind: 'files',
                files: local,
                base: event.before,
                source: `git diff ${changes_short(event.before)}..${changes_short(event.after)}`
            };
        // Only a plain fast-forward is measured from `before`.
        const compared = await api.compare(event.before, event.after);
        if (compared.status === 'ahead' || compared.status === 'identical') {
            if (!compared.complete)
                return {
                    kind: 'all',
                    reason: 'the compare API listed 300 files, its limit: every blueprint'
                };
            return {
                kind: 'files',
                files: compared.files,
                base: event.before,
                source: `the compare API ${changes_short(event.before)}...${changes_short(event.after)}`
            };
        }
    }
    // A new branch, or a force push (`before` no ancestor of `after`): measure against the default branch's merge base.
    const defaultBranch = event.defaultBranch;
    if (defaultBranch === undefined)
        return {
            kind: 'all',
            reason: 'a new or force-pushed branch and no default branch in the payload: every blueprint'
        };
    if (event.branch === defaultBranch)
        return {
            kind: 'all',
            reason: `a ${newBranch ? 'first' : 'force'} push of the default branch: every blueprint`
        };
    const local = await git.resolve(`refs/remotes/origin/${defaultBranch}`);
    if (local !== undefined && (await localHas(git, event.after, local))) {
        const base = await git.mergeBase(local, event.after);
        if (base !== undefined) {
            return {
                kind: 'files',
                files: await git.changes(base, event.after),
                base,
                source: `git diff against the merge base with ${defaultBranch}`
            };
        }
    }
    const compared = await api.compare(defaultBranch, event.after);
    if (!compared.complete)
        return { kind: 'all', reason: 'the compare API listed 300 files, its limit: every blueprint' };
    return {
        kind: 'files',
        files: compared.files,
        source: `the compare API ${defaultBranch}...${changes_short(event.after)}`
    };
}
async function pullChanges(options, event) {
    const { git, api } = options;
    if (await localHas(git, event.baseSha, event.headSha)) {
        const base = await git.mergeBase(event.baseSha, event.headSha);
        if (base !== undefined)
            return {
                kind: 'files',
                files: await git.changes(base, event.headSha),
                base,
                source: 'git diff from the merge base to the head'
            };
    }
    const listed = await api.pullRequestFiles(event.number);
    if (!listed.complete)
        return {
            kind: 'all',
            reason: 'the pull request lists more than 3,000 files, the API limit: every blueprint'
        };
    return {
        kind: 'files',
        files: listed.files,
        source: `the files of pull request #${event.number}`
    };
}
/** The selection for a list of changed files: blueprints among them, removed ones, renames; config files mean all. */
function fromChanges(options, found) {
    // The action never calls this (it loads picomatch lazily, above), so ncc leaves picomatch out of its start-up chunk.
    return selectFrom(options, found, picomatch([...options.globs]));
}
function selectFrom(options, found, isBlueprint) {
    const prefix = options.prefix === '.' || options.prefix === '' ? '' : `${options.prefix.replace(/\/+$/, '')}/`;
    const local = (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined);
    const config = new Set(options.configFiles);
    const touched = found.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    const configChange = touched.find((p) => config.has(p));
    if (configChange !== undefined)
        return ALL(`${configChange} changed: every blueprint`, found.base);
    const paths = [];
    const removed = [];
    const renames = new Map();
    for (const file of found.files) {
        const now = local(file.path);
        const before = file.previousPath !== undefined ? local(file.previousPath) : undefined;
        if (file.status === 'removed') {
            if (now !== undefined && isBlueprint(now))
                removed.push(now);
            continue;
        }
        if (now !== undefined && isBlueprint(now)) {
            paths.push(now);
            if (before !== undefined && isBlueprint(before))
                renames.set(now, before);
        }
        if (file.status === 'renamed' && before !== undefined && isBlueprint(before))
            removed.push(before);
    }
    const count = paths.length + removed.length;
    return {
        selection: { kind: 'paths', paths, removed },
        reason: `${found.source}: ${count === 0 ? 'no blueprint changed' : `${count} blueprint${count === 1 ? '' : 's'} changed`}`,
        renames,
        ...(found.base ? { base: found.base } : {})
    };
}
async function localHas(git, ...shas) {
    for (const sha of shas)
        if (!(await git.hasCommit(sha)))
            return false;
    return true;
}
const changes_short = (sha) => sha.slice(0, 7);

// EXTERNAL MODULE: ./src/engine/model.ts
var model = __nccwpck_require__(1123);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __nccwpck_require__(4886);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The only reader of the action's inputs: turns `INPUT_*` into one typed,
 * readonly configuration, or an error that names the input, the value given
 * and what was expected. Input and output names live here and nowhere else.
 */

const INPUT = {
    mode: 'mode',
    blueprints: 'blueprints',
    output: 'output',
    template: 'template',
    all: 'all',
    token: 'token',
    commitMessage: 'commit-message',
    commentTag: 'comment-tag',
    workingDirectory: 'working-directory'
};
const OUTPUT = {
    blueprints: 'blueprints',
    changedDocs: 'changed-docs',
    staleDocs: 'stale-docs',
    commitSha: 'commit-sha',
    commentUrl: 'comment-url'
};
const MODES = ['commit', 'comment', 'check'];
function envInputs(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
class InputError extends Error {
    name = 'InputError';
}
/** Parses every input once. Throws {@link InputError} on a value that cannot be meant. */
function readConfig(input) {
    const modeText = input(INPUT.mode) || 'auto';
    let modes = 'auto';
    if (modeText.toLowerCase() !== 'auto') {
        const given = modeText
            .split(',')
            .map((m) => m.trim().toLowerCase())
            .filter(Boolean);
        const unknown = given.filter((m) => !MODES.includes(m));
        if (unknown.length > 0 || given.length === 0) {
            throw new InputError(`input "${INPUT.mode}" is "${modeText}"; expected "auto" or a comma-separated list of ${MODES.join(', ')}`);
        }
        modes = new Set(given);
    }
    const globs = input(INPUT.blueprints)
        .split('\n')
        .map((g) => g.trim())
        .filter((g) => g !== '' && !g.startsWith('#'));
    const all = input(INPUT.all).toLowerCase() || 'false';
    if (!['true', 'false'].includes(all))
        throw new InputError(`input "${INPUT.all}" is "${all}"; expected true or false`);
    const tag = input(INPUT.commentTag) || 'blueprint-docs';
    const template = input(INPUT.template);
    return {
        modes,
        globs: globs.length > 0 ? globs : [...paths/* DEFAULT_BLUEPRINT_GLOBS */.wu],
        output: input(INPUT.output) || paths/* DEFAULT_OUTPUT */.Ol,
        ...(template !== '' ? { template } : {}),
        all: all === 'true',
        token: input(INPUT.token),
        commitMessage: input(INPUT.commitMessage) || 'docs: regenerate architecture docs',
        commentTag: tag,
        workingDirectory: input(INPUT.workingDirectory) || '.'
    };
}
/** The modes to run for an event: `auto` means comment on pull requests and commit on everything else. */
function resolveModes(config, isPullRequest) {
    if (config.modes !== 'auto')
        return config.modes;
    return new Set([isPullRequest ? 'comment' : 'commit']);
}

;// CONCATENATED MODULE: ./src/project/outcome.ts
/** True for outcomes that change a file. */
function isChange(outcome) {
    return outcome.kind === 'created' || outcome.kind === 'updated' || outcome.kind === 'deleted';
}
/** Every problem of the plan, in file order. */
function problemsOf(planned) {
    return planned.items.flatMap((i) => (i.outcome.kind === 'invalid' ? [...i.outcome.problems] : []));
}
/** Committed documents that differ from what their blueprint generates now, each with its blueprint. */
function staleDocuments(plan) {
    return plan.items.flatMap((i) => isChange(i.outcome) ? [{ document: i.outcome.document, blueprint: i.blueprint }] : []);
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's job, phase by phase: which blueprints, plan, then each mode
 * (commit, comment, check), the job summary and the outputs. Everything that
 * touches the world comes in through {@link ActionDeps}; main.ts wires the
 * real ones.
 */






const MAX_COMMIT_ATTEMPTS = 4;
/** Said with a refused write on a pull request, where a fork is the usual reason (not on a push). */
const FORK_TOKEN = 'A pull request from a fork always gets a read-only token, whatever the workflow asks for.';
async function runAction(deps) {
    const { report } = deps;
    const state = {
        summary: ['## Architecture docs (blueprint-docs)\n'],
        commitSha: '',
        changedDocs: [],
        commentUrl: '',
        stale: [],
        failed: false
    };
    try {
        await runModes(deps, state);
    }
    catch (error) {
        // Whatever went wrong, the summary and the outputs still tell what was done before it.
        const message = error instanceof Error ? error.message : String(error);
        report.error(message);
        state.summary.push(`### Failed\n\n${message
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}\n`);
        state.failed = true;
    }
    const problems = state.plan ? problemsOf(state.plan) : [];
    if (problems.length > 0)
        state.summary.push(await problemSummary(problems));
    await report.summary(state.summary.join('\n'));
    report.setOutput(OUTPUT.blueprints, JSON.stringify(state.plan?.blueprints ?? []));
    report.setOutput(OUTPUT.changedDocs, JSON.stringify(state.changedDocs));
    report.setOutput(OUTPUT.staleDocs, JSON.stringify(state.stale.map((s) => s.document)));
    report.setOutput(OUTPUT.commitSha, state.commitSha);
    report.setOutput(OUTPUT.commentUrl, state.commentUrl);
    if (problems.length > 0)
        report.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in blueprints or their documents; see the annotations`);
    return { failed: state.failed || problems.length > 0 };
}
/**
 * The command that fixes stale documents, with this run's options. Only comment and check print it,
 * and it lives beside the document diff (the `diff` library), so it is loaded only then.
 */
async function fixCommandOf(config) {
    const { fixCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2536));
    return fixCommand({
        ...(config.globs.join('\n') !== paths/* DEFAULT_BLUEPRINT_GLOBS */.wu.join('\n')
            ? { blueprints: [...config.globs] }
            : {}),
        output: config.output,
        ...(config.template ? { template: config.template } : {})
    });
}
async function runModes(deps, state) {
    const { config, context, report } = deps;
    const modes = chooseModes(deps);
    const detected = await report.group('Which blueprints', async () => {
        const found = await detectChanges({
            event: context.event,
            all: config.all,
            globs: config.globs,
            git: deps.git,
            api: deps.api,
            configFiles: [
                ...(config.template ? [joinPrefix(deps.prefix, config.template)] : []),
                ...(context.workflowFile ? [context.workflowFile] : [])
            ],
            prefix: deps.prefix
        });
        report.info(found.reason);
        return found;
    });
    let planned = await report.group('Generate', async () => {
        const p = await makePlan(deps, detected.selection);
        for (const item of p.items)
            report.info(describe(item));
        return p;
    });
    state.plan = planned;
    state.stale = staleDocuments(planned);
    state.summary.push(reasonLine(detected, planned));
    annotateProblems(problemsOf(planned), report, deps.prefix);
    if (modes.has('commit')) {
        const committed = await report.group('Commit', () => commitDocuments(deps, planned, detected.selection));
        planned = state.plan = committed.plan;
        state.commitSha = committed.sha ?? '';
        state.summary.push(committed.summary);
        if (committed.sha !== undefined) {
            const { apply } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(379), __nccwpck_require__.e(963), __nccwpck_require__.e(257), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 974));
            state.changedDocs = await apply((await deps.repository()).workspace, planned);
            state.stale = [];
        }
        if (committed.fallBackToComment)
            modes.add('comment');
    }
    if (modes.has('comment')) {
        const commented = await report.group('Comment', async () => postComment(deps, planned, detected, state.stale, await fixCommandOf(config)));
        state.commentUrl = commented.url ?? '';
        state.summary.push(commented.summary);
    }
    if (modes.has('check')) {
        // What is stale is what state.stale says: after a commit in the same run, nothing.
        const stale = state.stale.length === 0 ? [] : planned.items.filter((i) => isChange(i.outcome));
        const fix = stale.length > 0 ? await fixCommandOf(config) : '';
        state.summary.push(await checkSummary(stale, fix));
        for (const s of state.stale) {
            report.error(`${s.document} is out of date with its blueprint ${s.blueprint}; run \`${fix}\` and commit the result`, { file: joinPrefix(deps.prefix, s.document) });
            report.error(`the document of this blueprint, ${s.document}, is out of date; run \`${fix}\``, { file: joinPrefix(deps.prefix, s.blueprint), line: 1 });
        }
        if (state.stale.length > 0) {
            report.error(`${state.stale.length} document${state.stale.length === 1 ? ' is' : 's are'} out of date: run \`${fix}\` and commit the result`);
            state.failed = true;
        }
    }
}
function chooseModes(deps) {
    const event = deps.context.event;
    const modes = new Set(resolveModes(deps.config, event.kind === 'pull_request'));
    if (modes.has('comment') && event.kind !== 'pull_request') {
        deps.report.warning(`mode "comment" needs a pull_request event and this is a ${event.kind === 'other' ? event.name : event.kind} event: no comment`);
        modes.delete('comment');
    }
    return modes;
}
/** What `plan` gives for a selection of nothing, without loading it: no items, no blueprints. */
const NOTHING = { items: [], blueprints: [] };
/** The plan for `selection` on the checkout, or on `workspace` (a moved branch's files) when given. */
async function makePlan(deps, selection, workspace) {
    // The common push touches no blueprint: answer it without the engine (start-up, issue 6).
    if (selection.kind === 'paths' &&
        selection.paths.length === 0 &&
        (selection.removed ?? []).length === 0)
        return NOTHING;
    const { config } = deps;
    const [{ plan }, repository] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(379), __nccwpck_require__.e(963), __nccwpck_require__.e(257), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 974)),
        deps.repository()
    ]);
    return plan({
        workspace: workspace ?? repository.workspace,
        globs: config.globs,
        output: config.output,
        template: repository.template,
        selection,
        generatedAt: (b) => repository.generatedAt(b)
    });
}
/**
 * Commits the plan's changes through the Git Data API. When the branch moved
 * meanwhile, reads what changed on it, regenerates on the new head and tries
 * again, a bounded number of times. Never forces.
 */
async function commitDocuments(deps, first, selection) {
    const { context, report, api, config } = deps;
    const event = context.event;
    const target = event.kind === 'push'
        ? { branch: event.branch, parent: event.after }
        : event.kind === 'pull_request'
            ? { branch: event.headRef, parent: event.headSha }
            : { branch: event.branch, parent: context.sha };
    if (event.kind === 'pull_request' && event.fork) {
        report.warning('this pull request comes from a fork, whose token is read-only: no commit; the changes go to the comment instead');
        return {
            plan: first,
            summary: '### Commit\n\nNot possible from a fork: the documents are shown in the comment instead.\n',
            fallBackToComment: true
        };
    }
    if (target.branch === undefined) {
        report.warning('this run is not on a branch (a tag?): nothing to commit to');
        return {
            plan: first,
            summary: '### Commit\n\nNot on a branch: nothing committed.\n',
            fallBackToComment: false
        };
    }
    let current = first;
    let parent = target.parent;
    for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
        const changes = fileChanges(current, deps.prefix);
        if (changes.length === 0) {
            report.info(attempt === 1
                ? 'every document is up to date: no commit'
                : 'after the branch moved, every document is up to date: no commit');
            return {
                plan: current,
                summary: '### Commit\n\nEvery document is up to date: no commit.\n',
                fallBackToComment: false
            };
        }
        let outcome;
        try {
            outcome = await api.commitFiles({
                branch: target.branch,
                parent,
                message: config.commitMessage,
                changes
            });
        }
        catch (error) {
            const denied = await asPermissionError(error);
            if (denied && event.kind === 'pull_request') {
                report.warning(`${denied.message}\n${FORK_TOKEN}\nThe changes go to the comment instead.`);
                return {
                    plan: current,
                    summary: '### Commit\n\nThe token may not write: the documents are shown in the comment instead.\n',
                    fallBackToComment: true
                };
            }
            throw error;
        }
        if (outcome.kind === 'committed') {
            report.info(`committed ${changes.length} document change${changes.length === 1 ? '' : 's'} to ${target.branch}: ${outcome.sha}`);
            // Paths come from blueprint file names: a backtick in one must not end the code span early.
            const { safeInline } = await __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850));
            const list = changes
                .map((c) => `- ${'delete' in c ? 'deleted' : 'wrote'} ${safeInline(c.path, { style: 'code' })}`)
                .join('\n');
            return {
                plan: current,
                sha: outcome.sha,
                summary: `### Commit\n\nCommitted ${outcome.sha} to \`${target.branch}\`:\n\n${list}\n`,
                fallBackToComment: false
            };
        }
        if (outcome.kind === 'unchanged') {
            report.info('the branch already holds these documents: no commit');
            return {
                plan: current,
                summary: '### Commit\n\nThe branch already holds these documents: no commit.\n',
                fallBackToComment: false
            };
        }
        const head = await api.headOf(target.branch);
        report.info(`${target.branch} moved from ${parent.slice(0, 7)} to ${head.slice(0, 7)} meanwhile: regenerating on the new head (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS})`);
        const moved = await api.compare(parent, head);
        if (!moved.complete) {
            // Past the API's 300 files we cannot know which blueprints moved with it: regenerating on a
            // half-known head could commit documents of old blueprints. Better no commit than a wrong one.
            throw new Error(`${target.branch} moved by more files than the compare API lists (300) meanwhile: nothing committed (the next run regenerates on the new head)`);
        }
        const overlay = overlayWorkspace((await deps.repository()).workspace, deps.prefix, moved.files, (file) => api.readFile(head, file));
        current = await makePlan(deps, selection, overlay);
        parent = head;
    }
    throw new Error(`${target.branch} kept moving: gave up after ${MAX_COMMIT_ATTEMPTS} attempts, nothing committed (the next run will try again)`);
}
function fileChanges(planned, prefix) {
    return planned.items.flatMap((i) => {
        const o = i.outcome;
        if (o.kind === 'created' || o.kind === 'updated')
            return [{ path: joinPrefix(prefix, o.document), content: o.rendered.text }];
        if (o.kind === 'deleted')
            return [{ path: joinPrefix(prefix, o.document), delete: true }];
        return [];
    });
}
/**
 * The workspace as it is at the branch's new head: files the new commits
 * changed are read from GitHub, everything else from the checkout.
 */
function overlayWorkspace(base, prefix, changed, read) {
    const strip = (p) => prefix === '.' || prefix === ''
        ? p
        : p.startsWith(`${prefix}/`)
            ? p.slice(prefix.length + 1)
            : undefined;
    const fresh = new Set();
    const gone = new Set();
    for (const f of changed) {
        const p = strip(f.path);
        if (p !== undefined)
            (f.status === 'removed' ? gone : fresh).add(p);
        const old = f.previousPath !== undefined ? strip(f.previousPath) : undefined;
        if (old !== undefined)
            gone.add(old);
    }
    return {
        root: base.root,
        async read(file) {
            if (fresh.has(file))
                return read(joinPrefix(prefix, file));
            if (gone.has(file))
                return undefined;
            return base.read(file);
        },
        write: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
        remove: () => Promise.reject(new Error('the overlay of a moved branch is read-only')),
        async list(globs) {
            const listed = new Set((await base.list(globs)).filter((f) => !gone.has(f)));
            const { default: picomatch } = await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23));
            const match = picomatch([...globs]);
            for (const f of fresh)
                if (match(f))
                    listed.add(f);
            return [...listed].sort();
        }
    };
}
// ---------------------------------------------------------------- comment
async function postComment(deps, planned, detected, stale, fix) {
    const { context, report, api, config } = deps;
    const event = context.event;
    if (event.kind !== 'pull_request')
        return { summary: '' };
    const [{ buildReviews }, { buildComment, commentMarker }, repository] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(379), __nccwpck_require__.e(963), __nccwpck_require__.e(257), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6681)),
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(963), __nccwpck_require__.e(710)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4710)),
        deps.repository()
    ]);
    const base = detected.base ?? event.baseSha;
    const git = deps.git;
    const readBase = async (file) => {
        const repoPath = joinPrefix(deps.prefix, file);
        if (await git.hasCommit(base))
            return git.show(base, repoPath);
        return api.readFile(base, repoPath);
    };
    const reviews = await buildReviews({
        plan: planned,
        readBase,
        renames: detected.renames,
        removed: removedBlueprints(detected),
        template: repository.template,
        output: config.output
    });
    const built = buildComment({
        tag: config.commentTag,
        reviews,
        stale,
        fixCommand: fix,
        ...(context.runUrl ? { summaryUrl: context.runUrl } : {})
    });
    const marker = commentMarker(config.commentTag);
    const summary = `### Pull-request comment\n\n${built.full}\n`;
    try {
        const existing = await api.findStickyComment(event.number, marker);
        if (existing) {
            if (existing.body === built.body) {
                report.info(`the comment is already up to date: ${existing.url}`);
                return { url: existing.url, summary };
            }
            const updated = await api.updateComment(existing.id, built.body);
            report.info(`updated the comment in place (${built.tier}): ${updated.url}`);
            return { url: updated.url, summary };
        }
        if (reviews.length === 0 && stale.length === 0) {
            report.info('no architecture or document changes and no earlier comment: nothing to post');
            return { summary };
        }
        const created = await api.createComment(event.number, built.body);
        report.info(`posted the comment (${built.tier}): ${created.url}`);
        return { url: created.url, summary };
    }
    catch (error) {
        const denied = await asPermissionError(error);
        if (denied) {
            // A fork's read-only token is the normal case, not a failure: the review is in the job summary.
            report.warning(`${denied.message}\n${FORK_TOKEN}\nThe review is in the job summary instead.`);
            return { summary };
        }
        throw error;
    }
}
// ---------------------------------------------------------------- summary
function reasonLine(detected, planned) {
    const n = planned.blueprints.length;
    return `${detected.reason}. ${n} blueprint${n === 1 ? '' : 's'} processed.\n`;
}
/** The API's "the token may not" error, or undefined; its module is loaded already whenever an API call failed. */
async function asPermissionError(error) {
    const { PermissionError } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2401));
    return error instanceof PermissionError ? error : undefined;
}
async function checkSummary(stale, fix) {
    if (stale.length === 0)
        return '### Check\n\nEvery document is up to date.\n';
    const [{ documentDiff }, { fence }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2536)),
        __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850))
    ]);
    const parts = [
        `### Check\n\n${stale.length} document${stale.length === 1 ? ' is' : 's are'} out of date. Fix: \`${fix}\`, then commit.\n`
    ];
    for (const item of stale) {
        const o = item.outcome;
        if (!isChange(o))
            continue;
        const diff = o.kind === 'created' ? `${o.document} is missing.` : documentDiff(o);
        parts.push(`<details><summary>${escapeHtml(o.document)}</summary>\n\n${fence(diff, 'diff')}\n\n</details>\n`);
    }
    return parts.join('\n');
}
async function problemSummary(problems) {
    // Messages quote blueprint text: the comment's one helper keeps each on its line, in code.
    const { safeInline } = await __nccwpck_require__.e(/* import() */ 469).then(__nccwpck_require__.bind(__nccwpck_require__, 1850));
    return `### Problems\n\n${problems.map((p) => `- ${safeInline((0,model/* formatProblem */.Vw)(p), { style: 'code' })}`).join('\n')}\n`;
}
function annotateProblems(problems, report, prefix) {
    for (const p of problems)
        report.error(p.message, { file: joinPrefix(prefix, p.file), line: p.line, col: p.col });
}
function describe(item) {
    const o = item.outcome;
    switch (o.kind) {
        case 'unchanged':
            return `${o.document} unchanged apart from generated_at: nothing to write`;
        case 'created':
            return `${o.document}: new document for ${item.blueprint}`;
        case 'updated':
            return `${o.document}: regenerated from ${item.blueprint}`;
        case 'deleted':
            return `${o.document}: its blueprint ${item.blueprint} is gone, so the document goes too`;
        case 'invalid':
            return `${item.blueprint}: invalid, nothing written for it (${o.problems.length} problem${o.problems.length === 1 ? '' : 's'})`;
    }
}
function joinPrefix(prefix, file) {
    return prefix === '.' || prefix === '' ? file : external_node_path_default().posix.join(prefix, file);
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var git = __nccwpck_require__(6960);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The GitHub Actions runner, spoken to directly: workflow commands on stdout
 * (`::error file=…,line=…::message`, `::group::`, `::add-mask::`), outputs
 * appended to the `GITHUB_OUTPUT` file and the job summary to
 * `GITHUB_STEP_SUMMARY`, failure as exit code 1.
 *
 * Why not `@actions/core`: start-up. The action runs on every push of every
 * repository that uses it, and most of those pushes change no blueprint, so
 * the whole run should cost little more than Node's own start (issue 6:
 * ≤ 1.5× `node -e 0`). `@actions/core` imports its OIDC helper at load time,
 * which imports `@actions/http-client` and with it undici: ~50 ms and 1 MB
 * before the first line of ours runs, for a token we never ask for. The
 * protocol itself is small and documented ("Workflow commands for GitHub
 * Actions"); this file writes byte for byte what `@actions/core` 3.0 writes.
 */

/** `os.EOL`, without loading `node:os` at start-up for one constant. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** GitHub refuses a step summary over 1 MiB; leave room for the note that says it was cut. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
/** A command's message: `%`, CR and LF percent-encoded, so a message is always one line. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: as {@link escapeData}, plus `:` and `,`, which end a value. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * One workflow command line, without the line ending: `::name key=value,key=value::message`.
 * Properties with an empty value (undefined, '', 0) are left out, as the runner's toolkit does.
 */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * `ghadelimiter_` and a version-4-shaped UUID. Not `crypto.randomUUID()`: loading `node:crypto` costs
 * ~4 ms at start-up, a third of the budget. The delimiter needs no secrecy: {@link outputEntry}
 * refuses a name or value that contains it, so no value can end its heredoc early.
 */
function randomDelimiter() {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}
/** One entry of the `GITHUB_OUTPUT` file, without the final line ending: `name<<DELIMITER`, the value, `DELIMITER`. */
function outputEntry(name, value, delimiter) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/** The runner of this process (or, for tests, of `options`). */
function runner(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const fail = options.fail ?? (() => void (process.exitCode = 1));
    const delimiter = options.delimiter ?? randomDelimiter;
    const issue = (name, properties, message) => write(workflowCommand(name, properties, message) + EOL);
    const annotate = (level, message, where) => issue(level, where === undefined
        ? {}
        : { title: where.title, file: where.file, line: where.line, col: where.col }, message);
    return {
        info: (message) => write(message + EOL),
        warning: (message, where) => annotate('warning', message, where),
        error: (message, where) => annotate('error', message, where),
        async group(name, fn) {
            issue('group', {}, name);
            try {
                return await fn();
            }
            finally {
                issue('endgroup', {}, '');
            }
        },
        setOutput(name, value) {
            const file = env['GITHUB_OUTPUT'];
            if (!file) {
                // Runners before 2.297 have no output file: the deprecated command is all there is.
                write(EOL);
                issue('set-output', { name }, value);
                return;
            }
            if (!(0,external_node_fs_.existsSync)(file))
                throw new Error(`Missing file at path: ${file}`);
            (0,external_node_fs_.appendFileSync)(file, outputEntry(name, value, delimiter()) + EOL, { encoding: 'utf8' });
        },
        async summary(markdown) {
            const file = env['GITHUB_STEP_SUMMARY'];
            if (!file)
                return;
            try {
                (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            }
            catch {
                throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
            }
            (0,external_node_fs_.appendFileSync)(file, capSummary(markdown) + EOL, { encoding: 'utf8' });
        },
        setSecret: (secret) => issue('add-mask', {}, secret),
        setFailed(message) {
            fail();
            issue('error', {}, message);
        }
    };
}
/** The summary as GitHub will take it: cut at {@link SUMMARY_LIMIT} bytes, on a character boundary, with a note. */
function capSummary(markdown) {
    const bytes = Buffer.from(markdown);
    if (bytes.length <= SUMMARY_LIMIT)
        return markdown;
    return `${bytes
        .subarray(0, SUMMARY_LIMIT)
        .toString()
        .replace(/\uFFFD$/, '')}\n\n*(cut at GitHub's 1 MiB summary limit)*\n`;
}

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __nccwpck_require__(1655);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * Wires the real adapters to the action's job, and is the one place that
 * catches: anything thrown becomes one failed step with a message, never a
 * stack trace with a token in it.
 *
 * Start-up matters here (issue 6: a push that changes no blueprint must cost
 * ≤ 1.5× `node -e 0`), so this file and what it imports statically are kept
 * to the event, the inputs, git and the runner. The repository (template,
 * yaml, Ajv, Handlebars) and the GitHub API (Octokit) are loaded with
 * `import()` the first time the job needs them; ncc emits them as chunk
 * files next to `dist/index.js`.
 */










async function run(env = process.env) {
    const report = runner({ env });
    try {
        const config = readConfig(envInputs(env));
        if (config.token !== '')
            report.setSecret(config.token);
        const context = readContext(env);
        const root = external_node_path_default().resolve(context.workspace, config.workingDirectory);
        const relative = external_node_path_default().relative(external_node_path_default().resolve(context.workspace), root);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            throw new Error(`input "working-directory" is "${config.workingDirectory}", which is outside the workspace ${context.workspace}`);
        }
        // The folder must exist (the same error as opening the workspace gives), and git runs in its real
        // path. Not `fs/promises`: it loads readline and watchers, ~1 ms at start-up.
        const realRoot = external_node_fs_.realpathSync.native(root);
        const open = () => openRepository(config, root, env);
        // The repository (and with it yaml, Ajv, Handlebars) is opened only when a blueprint is to be
        // generated — except with a template: a broken one fails every run, so it is checked up front.
        let repository;
        if (config.template) {
            const result = await open();
            if (!result.ok) {
                const p = result.problem;
                report.error(p.message, {
                    file: p.file,
                    line: p.line,
                    col: p.col,
                    title: 'blueprint-docs: template'
                });
                report.setFailed((0,model/* formatProblem */.Vw)(p));
                return;
            }
            repository = Promise.resolve(result.repository);
        }
        const result = await runAction({
            config,
            context,
            git: (0,git/* localGit */.s)(realRoot),
            // Without a template, opening cannot report a problem; should it ever, it fails the run like any error.
            repository: () => (repository ??= open().then((r) => r.ok ? r.repository : Promise.reject(new Error((0,model/* formatProblem */.Vw)(r.problem))))),
            api: lazyApi(async () => {
                const { createGitHubApi } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2401));
                return createGitHubApi({
                    token: config.token,
                    owner: context.owner,
                    repo: context.repo,
                    log: { info: (m) => report.info(m), warning: (m) => report.warning(m) }
                });
            }),
            report,
            prefix: await gitPrefix(realRoot, env)
        });
        if (result.failed)
            report.setFailed('blueprint-docs found problems; see the annotations and the job summary');
    }
    catch (error) {
        report.setFailed((0,engine_text/* messageOf */.bD)(error));
    }
}
async function openRepository(config, root, env) {
    const { openRepository } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(508), __nccwpck_require__.e(369)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3369));
    return openRepository({
        root,
        ...(config.template ? { template: config.template } : {}),
        sourceDateEpoch: env['SOURCE_DATE_EPOCH'],
        now: () => new Date()
    });
}
/**
 * The working directory's path inside its git repository ('.' at the top), for API paths. A folder
 * with its own `.git` (a repository, or a worktree's or submodule's `.git` file) is the top: git
 * finds it there first. Only otherwise is git asked, which costs a process.
 */
async function gitPrefix(root, env) {
    if (env['GIT_DIR'] === undefined && env['GIT_WORK_TREE'] === undefined && ownGitDir(root))
        return '.';
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['rev-parse', '--show-prefix'], { cwd: root }, (error, stdout) => resolve(error ? '.' : stdout.trim().replace(/\/$/, '') || '.'));
    });
}
function ownGitDir(root) {
    try {
        const dotGit = external_node_path_default().join(root, '.git');
        const stat = (0,external_node_fs_.lstatSync)(dotGit);
        if (stat.isFile())
            return true;
        return stat.isDirectory() && (0,external_node_fs_.statSync)(external_node_path_default().join(dotGit, 'HEAD')).isFile();
    }
    catch {
        return false;
    }
}
/** The GitHub API, created on the first call: a run that needs no API never loads Octokit. */
function lazyApi(create) {
    let api;
    const get = () => (api ??= create());
    return {
        defaultBranch: async () => (await get()).defaultBranch(),
        compare: async (base, head) => (await get()).compare(base, head),
        pullRequestFiles: async (pullNumber) => (await get()).pullRequestFiles(pullNumber),
        headOf: async (branch) => (await get()).headOf(branch),
        readFile: async (ref, file) => (await get()).readFile(ref, file),
        commitFiles: async (opts) => (await get()).commitFiles(opts),
        findStickyComment: async (issue, marker) => (await get()).findStickyComment(issue, marker),
        createComment: async (issue, body) => (await get()).createComment(issue, body),
        updateComment: async (id, body) => (await get()).updateComment(id, body)
    };
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ localGit)
/* harmony export */ });
/* unused harmony export parseNameStatus */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The local clone, through the git command line: what changed between two
 * commits, when a file last changed, and whether the history is there at
 * all (a shallow clone answers "unknown" rather than a wrong answer).
 */


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Git in the folder `root`. */
function localGit(root) {
    const git = async (args) => (await run('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout;
    const ok = async (args) => git(args).then(() => true, () => false);
    return {
        isRepository: () => ok(['rev-parse', '--is-inside-work-tree']),
        hasCommit: (sha) => ok(['cat-file', '-e', `${sha}^{commit}`]),
        isShallow: async () => (await git(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true',
        isAncestor: (a, d) => ok(['merge-base', '--is-ancestor', a, d]),
        mergeBase: async (a, b) => (await git(['merge-base', a, b]).catch(() => '')).trim() || undefined,
        resolve: async (ref) => (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '')).trim() ||
            undefined,
        async changes(base, head) {
            // Synchronous on purpose: on a push that changes nothing this is the action's only
            // process, and the blocking call starts and reaps it a few milliseconds sooner.
            const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', [
                'diff',
                '--name-status',
                '-z',
                '-M',
                '--no-ext-diff',
                base,
                ...(head !== undefined ? [head] : [])
            ], {
                cwd: root,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'pipe'],
                maxBuffer: 256 * 1024 * 1024
            });
            if (head !== undefined)
                return parseNameStatus(out);
            const untracked = (await git(['ls-files', '-z', '--others', '--exclude-standard']))
                .split('\0')
                .filter(Boolean);
            return [
                ...parseNameStatus(out),
                ...untracked.map((file) => ({ path: file, status: 'added' }))
            ];
        },
        lastChanged: (paths) => lastChanged(root, paths),
        async show(commit, file) {
            try {
                const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['show', `${commit}:${file}`], {
                    cwd: root,
                    encoding: 'buffer',
                    maxBuffer: 64 * 1024 * 1024
                });
                return stdout;
            }
            catch {
                return undefined;
            }
        }
    };
}
/** Parses `git diff --name-status -z` output. */
function parseNameStatus(out) {
    const fields = out.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++] ?? '';
        if (code === '')
            continue;
        const letter = code[0];
        if (letter === 'R' || letter === 'C') {
            const from = fields[i++] ?? '';
            const to = fields[i++] ?? '';
            changes.push(letter === 'R'
                ? { path: to, status: 'renamed', previousPath: from }
                : { path: to, status: 'added' });
        }
        else {
            const file = fields[i++] ?? '';
            changes.push({
                path: file,
                status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified'
            });
        }
    }
    return changes;
}
/**
 * Walks `git log` newest first and stops as soon as every wanted path has
 * been seen, so a recent change costs little however long the history is.
 */
async function lastChanged(root, paths) {
    const wanted = new Set(paths);
    const found = new Map();
    if (wanted.size === 0)
        return found;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [
            'log',
            '--format=%x01%ct',
            '--name-only',
            '--no-renames',
            '-z',
            'HEAD',
            '--',
            ...(paths.length <= 200 ? paths : [])
        ], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'ignore']
        });
        let time = '';
        let rest = '';
        const take = (token) => {
            // With -z, a commit's header and its first file name share a token: "\x01<ct>\n<name>".
            const t = token.replace(/^\n/, '');
            if (t.startsWith('\u0001')) {
                const [stamp = '', first = ''] = t.slice(1).split('\n');
                time = new Date(Number(stamp) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
                if (first !== '')
                    see(first);
            }
            else if (t !== '')
                see(t);
        };
        const see = (name) => {
            if (wanted.has(name) && !found.has(name)) {
                found.set(name, time);
                if (found.size === wanted.size)
                    child.kill();
            }
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            const tokens = (rest + chunk).split('\0');
            rest = tokens.pop() ?? '';
            for (const token of tokens)
                take(token);
        });
        child.on('close', () => {
            if (rest !== '')
                take(rest);
            resolve(found);
        });
        child.on('error', () => resolve(found));
    });
}


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ov: () => (/* binding */ COMPONENT_TYPES),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   vz: () => (/* binding */ SECTION_KEYS)
/* harmony export */ });
/**
 * The blueprint model: what a parsed, validated blueprint looks like to the
 * rest of the engine. Everything here is plain data, so the model can be
 * compared, serialised and handed to templates as it is.
 */
/** Component types that have a shape of their own in the diagrams. */
const COMPONENT_TYPES = [
    'person',
    'frontend',
    'gateway',
    'service',
    'function',
    'database',
    'cache',
    'queue',
    'storage',
    'external'
];
/** The standard sections whose body a blueprint may replace (`sections:`). */
const SECTION_KEYS = [
    'data_flow',
    'data_storage',
    'security',
    'scalability',
    'deployment',
    'monitoring',
    'disaster_recovery',
    'technology_stack',
    'api',
    'configuration'
];
/** `file:line:col: message`, the one format every problem is printed in. */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}
/** The largest blueprint accepted: a larger one is refused with a positioned error. */
const LIMITS = {
    fileBytes: 1024 * 1024,
    components: 2000,
    dependencies: 10000
};


/***/ }),

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ isOutputOf),
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   ER: () => (/* binding */ PathError),
/* harmony export */   Ol: () => (/* binding */ DEFAULT_OUTPUT),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   wu: () => (/* binding */ DEFAULT_BLUEPRINT_GLOBS)
/* harmony export */ });
/* unused harmony export looksLikeBlueprint */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Repository paths: output patterns and the rule that every path stays inside
 * the repository. Paths here are repository-relative with forward slashes;
 * symbolic links are the files adapter's concern.
 */

/** Where a document is written by default: beside its blueprint, named after it. */
const DEFAULT_OUTPUT = '{dir}/{name}.md';
/** A path refused or failed: its message starts with the path (`docs/x.md: is outside the repository`). */
class PathError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'PathError';
    }
}
/** The files read as blueprints when no pattern is given. */
const DEFAULT_BLUEPRINT_GLOBS = [
    '**/*.blueprint.yaml',
    '**/*.blueprint.yml',
    '**/*.blueprint.json'
];
const BLUEPRINT_SUFFIX = /\.blueprint\.(ya?ml|json)$/i;
/**
 * Normalises a repository-relative path, or returns undefined when it leaves
 * the repository (absolute, `..` above the root, or empty).
 */
function confine(relative) {
    const slashed = relative.replace(/\\/g, '/');
    if (slashed === '' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(slashed) || /^[A-Za-z]:/.test(slashed))
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(slashed);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/\/$/, '');
}
/**
 * The document path for a blueprint: `{dir}` is the blueprint's folder,
 * `{name}` its file name without `.blueprint.*` (or without the extension
 * for other names), `{id}` the blueprint id. Throws when the result would
 * leave the repository.
 */
function outputPath(pattern, blueprintPath, id) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(blueprintPath);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(blueprintPath);
    const name = BLUEPRINT_SUFFIX.test(base)
        ? base.replace(BLUEPRINT_SUFFIX, '')
        : base.replace(/\.[^.]*$/, '');
    const filled = pattern.replace(/\{(dir|name|id)\}/g, (_, key) => key === 'dir' ? dir : key === 'name' ? name : id);
    const confined = confine(filled);
    if (confined === undefined) {
        throw new Error(`output pattern "${pattern}" puts the document for ${blueprintPath} at "${filled}", outside the repository`);
    }
    return confined;
}
/** True for a path the default globs would call a blueprint. */
function looksLikeBlueprint(file) {
    return BLUEPRINT_SUFFIX.test(file);
}
/**
 * True when `document` is where the output pattern puts the document of
 * `blueprintPath`, `{id}` standing for any one path segment (a gone
 * blueprint's id is gone with it). Only such a file may be deleted as the
 * document of a blueprint that no longer exists.
 */
function isOutputOf(pattern, blueprintPath, document) {
    // Fill {dir} and {name}, keep {id} as a character no path holds, then normalise like outputPath does.
    let filled;
    try {
        filled = outputPath(pattern.replace(/\{id\}/g, '\u0000'), blueprintPath, '');
    }
    catch {
        return false;
    }
    const segments = filled.split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${segments.join('[^/]+')}$`).test(document);
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4886);
/**
 * Small text helpers that the engine, the action and the command line share,
 * each in one place: turning anything thrown into a message, counting things,
 * cutting long text and ordering text the same on every machine.
 */

/**
 * A message for anything thrown: an Error's message, anything else as a string. A {@link PathError}
 * loses its leading path, since the problem it becomes names its file already.
 */
function messageOf(error) {
    if (error instanceof _paths_js__WEBPACK_IMPORTED_MODULE_0__/* .PathError */ .ER)
        return error.message.slice(error.file.length + 2);
    return error instanceof Error ? error.message : String(error);
}
/** `2400` → `2,400`, without `toLocaleString`, whose output depends on the machine's ICU data. */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `1 component`, `2,400 components`, `3 dependencies` (pass `many` where `s` is wrong). */
function plural(n, one, many = `${one}s`) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
/**
 * Text cut to at most `max` code points, the last being `…`, so a cut is
 * never inside a surrogate pair and always shows. At least one character of
 * the text is kept. `trimEnd` drops white space left before the ellipsis,
 * which Markdown would otherwise show as `word …`.
 */
function clip(text, max, options = {}) {
    // Most text is short: no array of code points for it.
    if (text.length <= max)
        return text;
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const kept = chars.slice(0, Math.max(1, max - 1)).join('');
    return `${options.trimEnd === true ? kept.trimEnd() : kept}…`;
}
/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
