export const id = 401;
export const ids = [401];
export const modules = {

/***/ 2401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PermissionError: () => (/* binding */ PermissionError),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The action's one door to the GitHub REST API.
 *
 * {@link GitHubApi} is the small interface the rest of the action calls;
 * {@link createGitHubApi} implements it with Octokit (`@actions/github`)
 * plus the retry and throttling plugins. Everything GitHub-specific — the
 * 300- and 3,000-file caps, "Update is not a fast forward", the sticky
 * comment's author, what a 403 means — is decided here, so callers see plain
 * outcomes.
 */



/**
 * GitHub answered 403 to a call the token is not allowed to make. The message names the
 * `permissions:` entry the workflow needs (on a pull request the action adds why a fork cannot get it).
 */
class PermissionError extends Error {
    permission;
    operation;
    name = 'PermissionError';
    constructor(
    /** The workflow permission that would allow the call, e.g. `contents: write`. */
    permission, 
    /** What was attempted, e.g. `commit to main`. */
    operation, githubMessage) {
        super(`GitHub refused to ${operation} (403: ${githubMessage}). ` +
            `The workflow's token needs "permissions: ${permission}" — add to the job:\n` +
            `  permissions:\n    ${permission}`);
        this.permission = permission;
        this.operation = operation;
    }
}
/** GitHub cuts `compare` at 300 files and `pulls/{n}/files` at 3,000, without an error. */
const COMPARE_FILE_CAP = 300;
const PULL_FILES_CAP = 3000;
const DEFAULT_BOT = 'github-actions[bot]';
/** Octokit's RequestError, recognised by shape (its package is not a direct dependency). */
function asApiError(e) {
    if (typeof e !== 'object' || e === null || !('status' in e) || typeof e.status !== 'number')
        return undefined;
    const response = 'response' in e && typeof e.response === 'object' && e.response !== null
        ? e.response
        : {};
    const data = typeof response['data'] === 'object' && response['data'] !== null
        ? response['data']
        : {};
    const headers = typeof response['headers'] === 'object' && response['headers'] !== null
        ? response['headers']
        : {};
    const message = typeof data['message'] === 'string'
        ? data['message']
        : e instanceof Error
            ? e.message
            : 'unknown error';
    return { status: e.status, message, headers };
}
/**
 * The bytes of a raw response. We ask Octokit not to parse it: GitHub labels raw contents
 * `charset=utf-8` whatever they are, and Octokit then decodes them as text, which mangles binary
 * files (octokit/rest.js#14). Strings and ArrayBuffers are accepted too, should a custom `fetch` or
 * a future Octokit parse after all.
 */
async function toBytes(data) {
    if (data === null || data === undefined)
        return new Uint8Array(0);
    if (data instanceof Uint8Array)
        return data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (typeof data === 'string')
        return new TextEncoder().encode(data);
    if (data instanceof ReadableStream)
        return new Uint8Array(await new Response(data).arrayBuffer());
    throw new Error(`unexpected raw response body (${Object.prototype.toString.call(data)})`);
}
/**
 * A repository path as a URL path: each segment percent-encoded on its own, so `#`, `?`, `%`,
 * spaces and non-ASCII letters survive and the slashes stay slashes.
 */
function encodePath(path) {
    const segments = path.split('/');
    // Empty, `.` and `..` segments cannot name a file in git, and a URL parser would resolve the last
    // two (even as %2E%2E) to some other path.
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        throw new Error(`"${path}" is not a repository-relative file path`);
    return segments.map(encodeURIComponent).join('/');
}
/** Maps GitHub's file statuses onto ours: `copied` is a new path, `changed` (mode only) a modification. */
function toChangedPath(f) {
    switch (f.status) {
        case 'added':
        case 'copied':
            return { path: f.filename, status: 'added' };
        case 'removed':
            return { path: f.filename, status: 'removed' };
        case 'renamed':
            return f.previous_filename !== undefined
                ? { path: f.filename, status: 'renamed', previousPath: f.previous_filename }
                : { path: f.filename, status: 'added' };
        case 'unchanged':
            return undefined;
        default:
            return { path: f.filename, status: 'modified' };
    }
}
/** Builds the Octokit-backed {@link GitHubApi}. No request is made until a method is called. */
function createGitHubApi(opts) {
    const { owner, repo, token } = opts;
    const log = opts.log ?? { info: () => undefined, warning: () => undefined };
    const baseUrl = (opts.baseUrl ??
        process.env['GITHUB_API_URL'] ??
        'https://api.github.com').replace(/\/+$/, '');
    // Defence in depth: GitHub never echoes the token, but a proxy or a test server might.
    const redact = (text) => (token ? text.split(token).join('***') : text);
    const maxRateRetries = opts.throttle?.maxRetries ?? 2;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        // Octokit's own logger: keep its warnings (deprecations, throttling trouble), drop its debug chatter.
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => log.warning(redact(m)),
            error: (m) => log.warning(redact(m))
        },
        retry: {
            // plugin-retry retries every status ≥ 400 not listed here: 403/429 belong to throttling.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
            retries: opts.retry?.retries ?? 3,
            ...(opts.retry?.retryAfterBaseValue !== undefined
                ? { retryAfterBaseValue: opts.retry.retryAfterBaseValue }
                : {})
        },
        throttle: {
            enabled: opts.throttle?.enabled ?? true,
            ...(opts.throttle?.retryAfterBaseValue !== undefined
                ? { retryAfterBaseValue: opts.throttle.retryAfterBaseValue }
                : {}),
            // Returning true makes the plugin wait `retryAfter` seconds and retry; bounded so a job
            // cannot sit out an hour-long primary rate limit.
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                const again = retryCount < maxRateRetries;
                log.warning(`GitHub rate limit hit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
                return again;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                const again = retryCount < maxRateRetries;
                log.warning(`GitHub secondary rate limit hit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
                return again;
            }
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    /** Runs one API call; turns a 403 into a PermissionError and anything else into an Error with context and no token. */
    async function call(operation, permission, fn) {
        try {
            return await fn();
        }
        catch (e) {
            const err = asApiError(e);
            // Not an HTTP answer: one of our own refusals, already worded for the user.
            if (!err)
                throw e;
            // A 403 with no requests left is a rate limit the throttling plugin gave up on, not a permission.
            const rateLimited = err.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(err.message);
            if (err.status === 403 && !rateLimited)
                throw new PermissionError(permission, operation, redact(err.message));
            throw Object.assign(new Error(redact(`GitHub API: could not ${operation}: ${err.status} ${err.message}`)), { status: err.status });
        }
    }
    let selfLogin;
    /** Our login. Installation tokens (the workflow's GITHUB_TOKEN) may not call `GET /user`: 403 means we are the bot. */
    function whoAmI() {
        selfLogin ??= octokit.rest.users.getAuthenticated().then((r) => r.data.login, (e) => {
            const err = asApiError(e);
            if (err?.status === 403)
                return opts.botLogin ?? DEFAULT_BOT;
            selfLogin = undefined;
            throw new Error(redact(`GitHub API: could not find out who the token belongs to: ${err ? `${err.status} ${err.message}` : String(e)}`));
        });
        return selfLogin;
    }
    /**
     * The current tree entries at the given paths. A recursive tree listing is one call; GitHub
     * truncates it past 100,000 entries / 7 MB, and then we walk only the folders on our paths.
     */
    async function entriesAt(treeSha, paths) {
        const found = new Map();
        const wanted = new Set(paths);
        const full = await octokit.rest.git.getTree({
            owner,
            repo,
            tree_sha: treeSha,
            recursive: 'true'
        });
        if (!full.data.truncated) {
            for (const e of full.data.tree)
                if (e.path !== undefined && wanted.has(e.path))
                    found.set(e.path, { path: e.path, mode: e.mode ?? '', type: e.type ?? '' });
            return found;
        }
        const cache = new Map();
        const list = async (sha) => {
            let entries = cache.get(sha);
            if (!entries) {
                entries = (await octokit.rest.git.getTree({ owner, repo, tree_sha: sha })).data.tree;
                cache.set(sha, entries);
            }
            return entries;
        };
        for (const path of wanted) {
            const parts = path.split('/');
            let sha = treeSha;
            for (const [i, name] of parts.entries()) {
                if (sha === undefined)
                    break;
                const entry = (await list(sha)).find((e) => e.path === name);
                if (!entry)
                    break;
                if (i === parts.length - 1)
                    found.set(path, { path, mode: entry.mode ?? '', type: entry.type ?? '' });
                else
                    sha = entry.type === 'tree' ? entry.sha : undefined;
            }
        }
        return found;
    }
    return {
        async defaultBranch() {
            const r = await call('read the repository', 'contents: read', () => octokit.rest.repos.get({ owner, repo }));
            return r.data.default_branch;
        },
        async compare(base, head) {
            // Three dots: changes from the merge base, i.e. what `head` brings, not what `base` gained since.
            const r = await call(`compare ${base}...${head}`, 'contents: read', () => octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${base}...${head}`
            }));
            const raw = r.data.files ?? [];
            const files = raw.map(toChangedPath).filter((f) => f !== undefined);
            // GitHub says nothing when it cuts the list: exactly 300 files may be a cut list.
            const status = ['ahead', 'behind', 'diverged', 'identical'].find((k) => k === r.data.status) ??
                'diverged';
            return { files, complete: raw.length < COMPARE_FILE_CAP, status };
        },
        async pullRequestFiles(pullNumber) {
            const pr = await call(`read pull request #${pullNumber}`, 'pull-requests: read', () => octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber }));
            const raw = await call(`list the files of pull request #${pullNumber}`, 'pull-requests: read', () => octokit.paginate(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: pullNumber,
                per_page: 100
            }));
            const files = raw.map(toChangedPath).filter((f) => f !== undefined);
            // `changed_files` tells the real count, so a cut list is known for sure, not guessed from 3,000.
            return { files, complete: raw.length < PULL_FILES_CAP && raw.length >= pr.data.changed_files };
        },
        async headOf(branch) {
            const r = await call(`read branch ${branch}`, 'contents: read', () => octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }));
            return r.data.object.sha;
        },
        async readFile(ref, path) {
            const encoded = encodePath(path);
            return call(`read ${path} at ${ref}`, 'contents: read', async () => {
                let r;
                try {
                    // `{+path}` keeps our per-segment encoding (Octokit's `{path}` would turn `/` into %2F).
                    r = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', {
                        owner,
                        repo,
                        path: encoded,
                        ref,
                        headers: { accept: 'application/vnd.github.raw+json' },
                        request: { parseSuccessResponseBody: false }
                    });
                }
                catch (e) {
                    const err = asApiError(e);
                    if (err?.status === 404)
                        return undefined;
                    // Past 100 MB GitHub refuses with 403 "too_large": not a permission the workflow lacks.
                    if (err?.status === 403 && /too.large/i.test(err.message))
                        throw new Error(`${path} at ${ref} is too large to read through the GitHub API (over 100 MB)`);
                    throw e;
                }
                // A raw answer is `application/vnd.github.raw…`; plain JSON means there was no file to give
                // raw: GitHub answers a folder with its listing, a submodule or a dangling link with an object.
                const type = String(r.headers['content-type'] ?? '')
                    .split(';')[0]
                    ?.trim()
                    .toLowerCase();
                if (type === 'application/json') {
                    if (r.data instanceof ReadableStream)
                        await r.data.cancel();
                    return undefined;
                }
                return toBytes(r.data);
            });
        },
        async commitFiles({ branch, parent, message, changes }) {
            const operation = `commit to ${branch}`;
            return call(operation, 'contents: write', async () => {
                const parentCommit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
                const baseTree = parentCommit.data.tree.sha;
                const existing = await entriesAt(baseTree, changes.map((c) => c.path));
                const tree = [];
                for (const change of changes) {
                    const now = existing.get(change.path);
                    // Only plain files are ours to write: replacing a symlink's blob would re-point the link,
                    // a folder or submodule would be destroyed.
                    if (now && now.type === 'blob' && now.mode !== '100644' && now.mode !== '100755') {
                        throw new Error(`${change.path} is a symbolic link (mode ${now.mode}) on ${branch}; refusing to replace it`);
                    }
                    if (now && now.type !== 'blob')
                        throw new Error(`${change.path} is a ${now.type === 'tree' ? 'folder' : 'submodule'} on ${branch}; refusing to replace it`);
                    const currentMode = now?.mode === '100755' ? '100755' : '100644';
                    if ('delete' in change) {
                        // GitHub answers 422 GitRPC::BadObjectState to deleting a path the tree does not have
                        // ("Returns an error if you try to delete a file that does not exist"); it is nothing to do anyway.
                        if (now)
                            tree.push({ path: change.path, mode: currentMode, type: 'blob', sha: null });
                    }
                    else {
                        // Tree entries must carry a mode; sending 100644 would strip an existing executable bit.
                        tree.push({
                            path: change.path,
                            mode: change.mode ?? (now ? currentMode : '100644'),
                            type: 'blob',
                            content: change.content
                        });
                    }
                }
                if (tree.length === 0)
                    return { kind: 'unchanged' };
                const newTree = await octokit.rest.git.createTree({
                    owner,
                    repo,
                    base_tree: baseTree,
                    tree
                });
                if (newTree.data.sha === baseTree)
                    return { kind: 'unchanged' };
                // No author, no committer: GitHub then signs the commit itself and shows it as verified.
                const commit = await octokit.rest.git.createCommit({
                    owner,
                    repo,
                    message,
                    tree: newTree.data.sha,
                    parents: [parent]
                });
                // `force: false` only checks fast-forward. A branch reset *behind* `parent` would accept our
                // commit and resurrect what was removed; GitHub has no compare-and-swap, so look first.
                const head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
                if (head.data.object.sha !== parent) {
                    log.info(`${branch} moved from ${parent.slice(0, 7)} to ${head.data.object.sha.slice(0, 7)} while committing`);
                    return { kind: 'moved' };
                }
                try {
                    await octokit.rest.git.updateRef({
                        owner,
                        repo,
                        ref: `heads/${branch}`,
                        sha: commit.data.sha,
                        force: false
                    });
                }
                catch (e) {
                    const err = asApiError(e);
                    if (err?.status === 422 && /not a fast.forward/i.test(err.message)) {
                        log.info(`${branch} moved while committing (${err.message})`);
                        return { kind: 'moved' };
                    }
                    throw e;
                }
                return { kind: 'committed', sha: commit.data.sha };
            });
        },
        async findStickyComment(issue, marker) {
            const me = await whoAmI();
            const comments = await call(`list the comments of #${issue}`, 'pull-requests: read', () => octokit.paginate(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100
            }));
            // Anyone can paste the marker into a comment: only one we wrote counts.
            const ours = comments.find((c) => c.user?.login === me && (c.body ?? '').includes(marker));
            return ours ? { id: ours.id, body: ours.body ?? '', url: ours.html_url } : undefined;
        },
        async createComment(issue, body) {
            const r = await call(`comment on #${issue}`, 'pull-requests: write', () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }));
            return { id: r.data.id, url: r.data.html_url };
        },
        async updateComment(id, body) {
            const r = await call(`update comment ${id}`, 'pull-requests: write', () => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }));
            return { id: r.data.id, url: r.data.html_url };
        }
    };
}


/***/ })

};
