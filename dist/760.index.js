export const id = 760;
export const ids = [760];
export const modules = {

/***/ 1760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERSION: () => (/* reexport */ VERSION),
  apply: () => (/* reexport */ apply),
  buildComment: () => (/* reexport */ buildComment),
  buildReviews: () => (/* reexport */ buildReviews),
  commentMarker: () => (/* reexport */ commentMarker),
  createGitHubApi: () => (/* reexport */ createGitHubApi),
  documentDiff: () => (/* reexport */ documentDiff),
  findingsOf: () => (/* reexport */ findingsOf),
  fixCommand: () => (/* reexport */ fixCommand),
  landscapeReview: () => (/* reexport */ landscapeReview),
  lazySystems: () => (/* reexport */ lazySystems),
  loadBlueprint: () => (/* reexport */ loadBlueprint),
  openLocalRepository: () => (/* reexport */ openLocalRepository),
  openWorkspace: () => (/* reexport */ openWorkspace),
  overlayWorkspace: () => (/* reexport */ overlayWorkspace),
  plan: () => (/* reexport */ plan),
  readRepositoryConfig: () => (/* reexport */ readConfig),
  runtimeOwners: () => (/* reexport */ runtimeOwners),
  withRegions: () => (/* reexport */ withRegions),
  writeSarifReport: () => (/* reexport */ writeSarifReport)
});

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/engine/markdown.ts
var markdown = __webpack_require__(1850);
;// CONCATENATED MODULE: ./src/engine/standard-format.ts
/**
 * The standard architecture document format, verbatim: its headings, order
 * and fixed text are the built-in template. Single-brace placeholders
 * ({project_id}, …) are filled by the single-brace renderer in template.ts.
 * One array entry a line, so a change reads as a change of lines; trailing
 * spaces are spelled out, as they are easy to lose and change the output.
 * The unit tests compare it byte for byte with the format's own text.
 */
/** Two spaces at the end of a line: a Markdown hard line break. */
const HARD_BREAK = '  ';
/** The built-in template's text, one line an entry. */
const STANDARD_FORMAT = [
    '# System Architecture Documentation',
    '',
    '**Project:** {project_id}' + HARD_BREAK,
    '**Generated:** {generated_at}' + HARD_BREAK,
    '**Blueprint ID:** {blueprint_id}' + HARD_BREAK,
    '**Template:** Standard Architecture Documentation Format',
    '',
    '---',
    '',
    '## Architecture Overview',
    '',
    '{architecture_overview}',
    '',
    'This document provides a comprehensive view of the system architecture, including component relationships, dependencies, and data flows.',
    '',
    '### Architecture Metrics',
    '- **Components:** {component_count}',
    '- **Dependencies:** {dependency_count}',
    '- **Diagram Type:** {diagram_type}',
    '',
    '---',
    '',
    '## System Architecture Diagram',
    '',
    '```mermaid',
    '{diagram_content}',
    '```',
    '',
    '---',
    '',
    '## Component Descriptions',
    '',
    '### Core Components',
    '',
    '{components_section}',
    '',
    '### Service Dependencies',
    '',
    '{dependencies_section}',
    '',
    '---',
    '',
    '## Data Flow Architecture',
    '',
    '### Request Processing Flow',
    '1. **Client Request** → API Gateway',
    '2. **Authentication** → Security Service',
    '3. **Routing** → Application Services',
    '4. **Business Logic** → Domain Services',
    '5. **Data Access** → Database Layer',
    '6. **Response** → Client',
    '',
    '### Data Storage Architecture',
    '- **Primary Database:** PostgreSQL for transactional data',
    '- **Cache Layer:** Redis for session and temporary data',
    '- **Search Index:** Elasticsearch for full-text search',
    '- **File Storage:** S3-compatible storage for assets',
    '',
    '---',
    '',
    '## Security Architecture',
    '',
    '### Security Layers',
    '1. **Network Security:** HTTPS, VPN, Firewall rules',
    '2. **Application Security:** Authentication, authorization, input validation',
    '3. **Data Security:** Encryption at rest and in transit',
    '4. **Monitoring:** Logging, alerting, audit trails',
    '',
    '### Authentication Flow',
    '```mermaid',
    'sequenceDiagram',
    '    participant Client',
    '    participant Gateway',
    '    participant Auth',
    '    participant Service',
    '    ', // a line of four spaces inside the diagram block, as the format has it
    '    Client->>Gateway: Request with credentials',
    '    Gateway->>Auth: Validate credentials',
    '    Auth-->>Gateway: Return token',
    '    Gateway->>Service: Forward request + token',
    '    Service-->>Client: Response',
    '```',
    '',
    '---',
    '',
    '## Scalability and Performance',
    '',
    '### Horizontal Scaling',
    '- **Load Balancing:** Multiple application instances',
    '- **Database Sharding:** Distributed data storage',
    '- **Caching Strategy:** Multi-layer cache architecture',
    '- **CDN Integration:** Static asset distribution',
    '',
    '### Performance Targets',
    '- **API Response Time:** < 200ms (95th percentile)',
    '- **Database Query Time:** < 50ms (95th percentile)',
    '- **Cache Hit Rate:** > 90%',
    '- **Uptime:** 99.9% availability',
    '',
    '---',
    '',
    '## Deployment Architecture',
    '',
    '### Environment Tiers',
    '- **Development:** Local development environment',
    '- **Staging:** Pre-production testing environment',
    '- **Production:** Live system environment',
    '',
    '### Deployment Strategy',
    '- **Blue-Green Deployment:** Zero-downtime deployments',
    '- **Feature Flags:** Gradual feature rollout',
    '- **Health Checks:** Continuous service monitoring',
    '- **Rollback Capability:** Quick recovery from issues',
    '',
    '---',
    '',
    '## Monitoring and Observability',
    '',
    '### Monitoring Stack',
    '- **Metrics:** Prometheus + Grafana',
    '- **Logging:** ELK Stack (Elasticsearch, Logstash, Kibana)',
    '- **Tracing:** Jaeger for distributed tracing',
    '- **Alerting:** PagerDuty for incident management',
    '',
    '### Key Metrics',
    '- **System Health:** CPU, Memory, Disk usage',
    '- **Application Metrics:** Request rate, error rate, response time',
    '- **Business Metrics:** User activity, feature usage',
    '- **Security Metrics:** Failed logins, suspicious activity',
    '',
    '---',
    '',
    '## Disaster Recovery',
    '',
    '### Backup Strategy',
    '- **Database Backups:** Automated daily backups with point-in-time recovery',
    '- **File Backups:** Continuous replication to backup storage',
    '- **Configuration Backups:** Version-controlled infrastructure as code',
    '',
    '### Recovery Procedures',
    '- **RTO (Recovery Time Objective):** 4 hours',
    '- **RPO (Recovery Point Objective):** 15 minutes',
    '- **Failover Process:** Automated failover to secondary region',
    '- **Data Restoration:** Automated backup restoration procedures',
    '',
    '---',
    '',
    '## Technology Stack',
    '',
    '### Backend Technologies',
    '- **Runtime:** Python 3.11+ with FastAPI framework',
    '- **Database:** PostgreSQL 14+ for primary data',
    '- **Cache:** Redis 6+ for session and temporary data',
    '- **Message Queue:** RabbitMQ for asynchronous processing',
    '',
    '### Frontend Technologies',
    '- **Framework:** React 18+ with TypeScript',
    '- **State Management:** Redux Toolkit',
    '- **UI Library:** Material-UI or Tailwind CSS',
    '- **Build Tools:** Vite with esbuild',
    '',
    '### Infrastructure',
    '- **Container Platform:** Docker with Kubernetes orchestration',
    '- **Cloud Provider:** AWS/GCP/Azure',
    '- **CI/CD:** GitHub Actions or GitLab CI',
    '- **Service Mesh:** Istio for microservices communication',
    '',
    '---',
    '',
    '## API Architecture',
    '',
    '### RESTful Design',
    '- **Resource-based URLs:** `/api/v1/resources/{id}`',
    '- **HTTP Methods:** GET, POST, PUT, DELETE for CRUD operations',
    '- **Status Codes:** Standard HTTP response codes',
    '- **Content Negotiation:** JSON primary, XML optional',
    '',
    '### API Versioning',
    '- **URL Versioning:** `/api/v1/`, `/api/v2/`',
    '- **Backward Compatibility:** Maintain previous versions',
    '- **Deprecation Policy:** 12-month deprecation notice',
    '- **Migration Guides:** Comprehensive upgrade documentation',
    '',
    '---',
    '',
    '## Configuration Management',
    '',
    '### Environment Configuration',
    '- **Environment Variables:** For deployment-specific settings',
    '- **Configuration Files:** For application-specific settings',
    '- **Secret Management:** Encrypted storage of sensitive data',
    '- **Feature Flags:** Runtime behavior configuration',
    '',
    '### Configuration Sources',
    '1. **Default Values:** Built-in application defaults',
    '2. **Configuration Files:** YAML/JSON configuration files',
    '3. **Environment Variables:** Runtime environment settings',
    '4. **Remote Configuration:** Centralized configuration service',
    '',
    '---',
    '',
    '*Architecture documentation generated automatically on {generated_at}*'
].join('\n');

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/engine/template.ts
/**
 * Templates: the standard format (built in) and custom templates, in either
 * Handlebars or the standard format's own single-brace style, turned into the
 * Markdown of one architecture document.
 *
 * `generated_at` is the one value that changes without the architecture
 * changing, so rendering goes through a sentinel: a {@link Rendered} document
 * knows where its timestamp stands and can tell whether a file on disk is the
 * same document apart from that timestamp, so a run that changes nothing
 * but the time commits nothing.
 */





/** The placeholders every template sees, built-in or custom. */
const PLACEHOLDERS = [
    'project_id',
    'generated_at',
    'blueprint_id',
    'architecture_overview',
    'component_count',
    'dependency_count',
    'diagram_type',
    'diagram_content',
    'components_section',
    'dependencies_section'
];
/**
 * Where each `sections:` key lands in a template written in the standard
 * format: the heading whose body the override replaces. `data_flow` and
 * `data_storage` are the two halves of "Data Flow Architecture"; every other
 * key is a whole `##` section.
 */
const SECTION_HEADINGS = {
    data_flow: '### Request Processing Flow',
    data_storage: '### Data Storage Architecture',
    security: '## Security Architecture',
    scalability: '## Scalability and Performance',
    deployment: '## Deployment Architecture',
    monitoring: '## Monitoring and Observability',
    disaster_recovery: '## Disaster Recovery',
    technology_stack: '## Technology Stack',
    api: '## API Architecture',
    configuration: '## Configuration Management'
};
/** The built-in template: the standard format, section for section. */
function builtInTemplate(options = {}) {
    return singleBraceTemplate('built-in', STANDARD_FORMAT, options);
}
/**
 * Compiles a custom template. A template with `{{` is Handlebars; one
 * without is in the standard format's single-brace style, where `{name}` is
 * a placeholder only for the names of {@link PLACEHOLDERS} and any other
 * braces (`/api/v1/resources/{id}`) stay as written.
 */
function compileTemplate(source, text, options = {}) {
    const normalised = text.replace(/\r\n?/g, '\n');
    if (!normalised.includes('{{'))
        return { ok: true, template: singleBraceTemplate(source, normalised, options) };
    const handlebars = lib_default().create();
    try {
        // compile() is lazy: parse now so a broken template fails before any document is written.
        handlebars.parse(normalised);
    }
    catch (error) {
        return { ok: false, problem: handlebarsProblem(source, normalised, error) };
    }
    // Documents are Markdown, not HTML: escaping would turn `<br/>` and `&` in diagrams into entities.
    const compiled = handlebars.compile(normalised, { noEscape: true, strict: false });
    return {
        ok: true,
        template: {
            source,
            style: 'handlebars',
            derivedSections: options.derivedSections ?? false,
            render: ({ values, blueprint }) => compiled({
                ...values,
                blueprint,
                components: blueprint.components,
                dependencies: blueprint.dependencies,
                sections: blueprint.sections
            })
        }
    };
}
/** The standard format's title line, which a blueprint's `title` extends. */
const TITLE_LINE = '# System Architecture Documentation';
/**
 * The title line for a blueprint with a `title` (plain text, escaped): the
 * system's name first, then what the document is. Without a title the line
 * stays the standard format's.
 */
function titleLine(title) {
    const shown = title === undefined ? '' : (0,markdown/* inlineText */.ln)(title);
    return shown === '' ? undefined : `# ${shown} — System Architecture Documentation`;
}
function singleBraceTemplate(source, text, options) {
    return {
        source,
        style: 'single-brace',
        derivedSections: options.derivedSections ?? false,
        render: ({ values, blueprint }) => {
            const title = titleLine(blueprint.title);
            // Most blueprints override nothing: the template is filled whole, not cut into lines first.
            if (title === undefined && Object.keys(blueprint.sections).length === 0)
                return fillSingleBrace(text, values);
            return withTitle(splitAtOverrides(text, blueprint.sections), title)
                .map((part) => (part.kind === 'template' ? fillSingleBrace(part.text, values) : part.text))
                .join('');
        }
    };
}
/**
 * The parts with the template's first {@link TITLE_LINE} replaced by `title`,
 * as literal text, so braces in a title are never taken for placeholders.
 */
function withTitle(parts, title) {
    if (title === undefined)
        return parts;
    const out = [];
    let done = false;
    for (const part of parts) {
        const at = done || part.kind !== 'template' ? -1 : lineAt(part.text, TITLE_LINE);
        if (at < 0) {
            out.push(part);
            continue;
        }
        out.push({ kind: 'template', text: part.text.slice(0, at) }, { kind: 'literal', text: title }, { kind: 'template', text: part.text.slice(at + TITLE_LINE.length) });
        done = true;
    }
    return out;
}
/** Where `line` stands in `text` as a whole line, or -1. */
function lineAt(text, line) {
    for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + 1)) {
        const end = at + line.length;
        if ((at === 0 || text[at - 1] === '\n') && (end === text.length || text[end] === '\n'))
            return at;
    }
    return -1;
}
const SINGLE_BRACE = new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g');
/** One pass, so a value that itself contains `{project_id}` is left alone. */
function fillSingleBrace(text, values) {
    return text.replace(SINGLE_BRACE, (_, name) => values[name]);
}
/**
 * Cuts the template where `sections:` overrides replace a body, keeping the
 * heading. A body runs to the next heading of the same or a higher level, or
 * to the `---` rule that closes every standard section. Override text comes
 * back as literal parts, so braces in it are never taken for placeholders.
 */
function splitAtOverrides(text, sections) {
    const lines = text.split('\n');
    const cuts = [];
    for (const key of model/* SECTION_KEYS */.vz) {
        const body = sections[key];
        const at = body === undefined ? -1 : lines.indexOf(SECTION_HEADINGS[key]);
        if (body === undefined || at < 0)
            continue;
        cuts.push({
            start: at + 1,
            end: sectionEnd(lines, at),
            body: body.replace(/\r\n?/g, '\n').trim()
        });
    }
    cuts.sort((a, b) => a.start - b.start);
    const parts = [];
    let next = 0;
    for (const cut of cuts) {
        // Keep the format's own spacing: a blank line after the heading only where it had one.
        const gap = lines[cut.start] === '' ? '\n\n' : '\n';
        parts.push({ kind: 'template', text: lines.slice(next, cut.start).join('\n') + gap });
        parts.push({ kind: 'literal', text: cut.body + '\n\n' });
        next = cut.end;
    }
    parts.push({ kind: 'template', text: lines.slice(next).join('\n') });
    return parts;
}
/** Index of the first line after the section whose heading is at `at`. */
function sectionEnd(lines, at) {
    const level = (lines[at] ?? '').indexOf(' ');
    let inFence = false;
    for (let i = at + 1; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line.startsWith('```'))
            inFence = !inFence;
        if (inFence)
            continue;
        if (line === '---')
            return i;
        const hashes = /^(#{1,6}) /.exec(line)?.[1];
        if (hashes !== undefined && hashes.length <= level)
            return i;
    }
    return lines.length;
}
function handlebarsProblem(source, text, error) {
    const message = (0,engine_text/* messageOf */.bD)(error);
    // Handlebars: "Parse error on line 3:\n...{{#if}\n-------^\nExpecting ..."
    const lineMatch = /on line (\d+)/.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : 1;
    const parts = message.split('\n');
    const caretLine = parts.find((p) => /^-*\^$/.test(p));
    const excerpt = parts[parts.indexOf(caretLine ?? '') - 1] ?? '';
    let col = 1;
    if (caretLine !== undefined) {
        // The excerpt may be the tail of the line ("...text"); find it in the real line.
        const real = text.split('\n')[line - 1] ?? '';
        const tail = excerpt.startsWith('...') ? excerpt.slice(3) : excerpt;
        const offset = Math.max(0, real.indexOf(tail));
        col = offset + (caretLine.length - (excerpt.length - tail.length));
        if (col < 1 || col > real.length + 1)
            col = 1;
    }
    const reason = parts.filter((p) => p.startsWith('Expecting') || p.startsWith('Parse error')).pop() ??
        parts[0] ??
        message;
    return {
        file: source,
        line,
        col,
        message: `template is not valid Handlebars: ${reason.replace(/^Parse error on line \d+:?\s*/, '') || message}`
    };
}

;// CONCATENATED MODULE: ./src/project/repository.ts


/** Opens a repository; a template that cannot be read or compiled is the problem it answers with. */
async function openRepository(options) {
    const { workspace, git } = options;
    const rendering = { derivedSections: options.derivedSections ?? false };
    let template = builtInTemplate(rendering);
    if (options.template !== undefined && options.template !== '') {
        const file = options.template;
        let bytes;
        try {
            bytes = await workspace.read(file);
        }
        catch (error) {
            return {
                ok: false,
                problem: {
                    file,
                    line: 1,
                    col: 1,
                    message: `the template cannot be used: ${(0,engine_text/* messageOf */.bD)(error)}`
                }
            };
        }
        if (bytes === undefined)
            return {
                ok: false,
                problem: { file, line: 1, col: 1, message: 'the template file does not exist' }
            };
        const compiled = compileTemplate(file, new TextDecoder().decode(bytes), rendering);
        if (!compiled.ok)
            return { ok: false, problem: compiled.problem };
        template = compiled.template;
    }
    const fixed = epochTime(options.sourceDateEpoch);
    const templatePath = options.template;
    const remote = remoteHistory(git, options.history);
    return {
        ok: true,
        repository: {
            workspace,
            git,
            template,
            async generatedAt(blueprints) {
                const now = iso(options.now());
                if (fixed !== undefined)
                    return new Map(blueprints.map((b) => [b, fixed]));
                const known = (await git.isRepository())
                    ? await git.lastChanged(templatePath ? [...blueprints, templatePath] : blueprints)
                    : new Map();
                const templateTime = templatePath ? known.get(templatePath) : undefined;
                return new Map(blueprints.map((b) => {
                    const own = known.get(b);
                    // ISO strings of one format compare as times.
                    const newest = own === undefined
                        ? undefined
                        : templateTime !== undefined && templateTime > own
                            ? templateTime
                            : own;
                    return [b, newest ?? now];
                }));
            },
            async exactGeneratedAt(blueprint) {
                if (fixed !== undefined)
                    return undefined;
                const [own, template] = await Promise.all([
                    remote(blueprint),
                    templatePath ? remote(templatePath) : undefined
                ]);
                if (own === undefined)
                    return undefined;
                return template !== undefined && template > own ? template : own;
            }
        }
    };
}
/**
 * Last-change times from `history`, only for a shallow clone (a full one knows them itself), each
 * path asked once. Anything that goes wrong leaves the clone's own answer standing.
 */
function remoteHistory(git, history) {
    if (history === undefined)
        return async () => undefined;
    let head;
    const asked = new Map();
    return (path) => {
        head ??= (async () => (await git.isRepository()) && (await git.isShallow()) ? git.resolve('HEAD') : undefined)();
        let time = asked.get(path);
        if (time === undefined) {
            time = head
                .then((ref) => (ref === undefined ? undefined : history(ref, path)))
                .catch(() => undefined);
            asked.set(path, time);
        }
        return time;
    };
}
function epochTime(value) {
    if (value === undefined || value.trim() === '' || !/^\d+$/.test(value.trim()))
        return undefined;
    return iso(new Date(Number(value.trim()) * 1000));
}
/** ISO 8601 UTC in whole seconds, the one format `generated_at` is written in. */
function iso(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/engine/paths.ts
var engine_paths = __webpack_require__(4886);
;// CONCATENATED MODULE: ./src/adapters/files.ts
/**
 * The repository's files, confined to the repository: every read, write and
 * delete resolves symbolic links first and refuses anything that lands
 * outside the root. Writes are atomic (temporary file + rename), so a crash
 * never leaves half a document.
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A workspace over the folder `root` (which must exist). */
async function openWorkspace(root) {
    const realRoot = await external_node_fs_.promises.realpath(root);
    const inside = (absolute) => absolute === realRoot || absolute.startsWith(realRoot + (external_node_path_default()).sep);
    // Real paths of folders that exist, found once per run: `generate --all` resolves each
    // blueprint's folder several times, and glibc's realpath reads every component each time.
    // Only folders that exist are remembered; this run itself only adds folders.
    const realFolders = new Map();
    function realFolder(folder) {
        const known = realFolders.get(folder);
        if (known !== undefined)
            return known;
        try {
            const real = external_node_fs_.realpathSync.native(folder);
            realFolders.set(folder, real);
            return real;
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    }
    const outside = (file, real) => new engine_paths/* PathError */.ER(file, `resolves through a symbolic link to ${real}, outside the repository`);
    /** The absolute path of `file`, after checking that its folders stay inside; true `folder` when its own folder exists. */
    function resolveFolders(file) {
        const relative = (0,engine_paths/* confine */.Do)(file);
        if (relative === undefined)
            throw new engine_paths/* PathError */.ER(file, 'is outside the repository');
        const absolute = external_node_path_default().join(realRoot, relative);
        // The longest existing folder on the way: a symlinked folder counts too.
        let folder = external_node_path_default().dirname(absolute);
        let real = realFolder(folder);
        while (real === undefined && external_node_path_default().dirname(folder) !== folder) {
            folder = external_node_path_default().dirname(folder);
            real = realFolder(folder);
        }
        if (real !== undefined && !inside(real))
            throw outside(file, real);
        return { absolute, folder: folder === external_node_path_default().dirname(absolute) };
    }
    /** The absolute path of `file`, after checking that it and its folders stay inside. */
    function resolve(file) {
        const { absolute, folder } = resolveFolders(file);
        // The file itself may be a link (one that leads nowhere counts as missing).
        if (folder && isLink(absolute)) {
            let target;
            try {
                target = external_node_fs_.realpathSync.native(absolute);
            }
            catch (error) {
                if (!isMissing(error))
                    throw error;
            }
            if (target !== undefined && !inside(target))
                throw outside(file, target);
        }
        return absolute;
    }
    return {
        root: realRoot,
        async read(file) {
            const absolute = resolve(file);
            try {
                return (0,external_node_fs_.readFileSync)(absolute);
            }
            catch (error) {
                if (isMissing(error))
                    return undefined;
                throw error;
            }
        },
        async write(file, content) {
            // No link is written through, wherever it points: the file itself needs no resolving.
            const { absolute } = resolveFolders(file);
            const stat = (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false });
            if (stat?.isSymbolicLink())
                throw new engine_paths/* PathError */.ER(file, 'is a symbolic link; documents are written only as regular files');
            // The folders just made, if any, must still be inside.
            if ((0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(absolute), { recursive: true }) !== undefined)
                resolveFolders(file);
            const temporary = `${absolute}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, content);
            // Keep the mode of the file being replaced (an executable bit is the author's choice).
            if (stat !== undefined)
                (0,external_node_fs_.chmodSync)(temporary, stat.mode & 0o777);
            (0,external_node_fs_.renameSync)(temporary, absolute);
        },
        async remove(file) {
            (0,external_node_fs_.rmSync)(resolve(file), { force: true });
        },
        async list(globs) {
            const matchers = globs.map((g) => picomatch_default()(g, { dot: false }));
            const matches = (file) => matchers.some((m) => m(file));
            const files = (await gitFiles(realRoot)) ?? (await walk(realRoot));
            const wanted = files.filter(matches);
            const present = await Promise.all(wanted.map((f) => external_node_fs_.promises.lstat(external_node_path_default().join(realRoot, f)).then(() => f, () => undefined)));
            return present.filter((f) => f !== undefined).sort();
        }
    };
}
/**
 * Tracked and untracked-but-not-ignored files, when the root is a git work
 * tree (answers relative to the root even inside a larger work tree). It can
 * name tracked files deleted from disk; list() drops those.
 */
async function gitFiles(root) {
    try {
        const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            cwd: root,
            maxBuffer: 1024 * 1024 * 1024
        });
        return [...new Set(stdout.split('\0').filter(Boolean))];
    }
    catch {
        return undefined;
    }
}
/** Every file under root, not following symlinked folders (they could lead out or loop). */
async function walk(root) {
    const out = [];
    const pending = [''];
    while (pending.length > 0) {
        const dir = pending.pop();
        const entries = await external_node_fs_.promises.readdir(external_node_path_default().join(root, dir), { withFileTypes: true });
        for (const entry of entries) {
            const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    pending.push(relative);
            }
            else {
                out.push(relative);
            }
        }
    }
    return out;
}
/** True when `absolute` is a symbolic link; false when it does not exist (or a folder on the way is a file). */
function isLink(absolute) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    }
    catch (error) {
        if (isMissing(error))
            return false;
        throw error;
    }
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var git = __webpack_require__(6960);
;// CONCATENATED MODULE: ./src/adapters/repository.ts
/** A repository on this machine: its folder's files and its git clone, opened for one run. */



/** Opens the repository whose work tree is `root`, through the files and git adapters. */
async function openLocalRepository(options) {
    const { root, ...rest } = options;
    const workspace = await openWorkspace(root);
    return openRepository({ ...rest, workspace, git: (0,git/* localGit */.s)(workspace.root) });
}

;// CONCATENATED MODULE: ./schema/blueprint.schema.json
const blueprint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"$schema":{"title":"JSON Schema","description":"Optional path or URL of this schema, for editors. Ignored by blueprint-docs.","type":"string"},"id":{"title":"Blueprint id","description":"Required. Identifies the blueprint (the `blueprint_id` placeholder): lower-case letters, digits, \\"-\\", \\"_\\" and \\".\\", starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9-_.]*$","examples":["checkout"]},"project":{"title":"Project id","description":"Required. The project the system belongs to (the `project_id` placeholder). Must hold a character other than white space.","type":"string","pattern":"\\\\S","examples":["acme-shop"]},"title":{"title":"Document title","description":"Optional. The system\'s name as readers see it: the document\'s first heading becomes `# <title> — System Architecture Documentation` (without a title it stays `# System Architecture Documentation`), and a blueprint without an overview says `<title>: no overview written yet.` A blank title counts as none.","type":"string"},"overview":{"title":"Architecture overview","description":"Optional Markdown: what the system does and why (the `architecture_overview` placeholder).","type":"string"},"diagram":{"title":"Diagram","description":"Optional. Either the shorthand `flowchart` or `c4`, or a mapping with `type`, `direction` and `views`. Default: a top-to-bottom flowchart.","oneOf":[{"title":"Diagram type (shorthand)","description":"`flowchart` (default) or `c4`.","type":"string","enum":["flowchart","c4"]},{"title":"Diagram settings","description":"The diagram type and, for flowcharts, the direction of the arrows.","type":"object","additionalProperties":false,"properties":{"type":{"title":"Diagram type","description":"`flowchart` (default) or `c4` (the `diagram_type` placeholder).","type":"string","enum":["flowchart","c4"],"default":"flowchart"},"direction":{"title":"Flowchart direction","description":"TB (top to bottom), LR (left to right), BT (bottom to top) or RL (right to left); C4 diagrams take it too. Unset: top to bottom unless that drawing would be too wide or too tall for a page, then left to right.","type":"string","enum":["TB","LR","BT","RL"]},"views":{"title":"Diagram views","description":"auto (default): one diagram when it fits a page (at most 1,600 px wide and 3:1 tall), else an overview with one node per group and one diagram per group; always: the overview and group views whatever the size; never: one diagram whatever the size.","type":"string","enum":["auto","always","never"],"default":"auto"}}}]},"components":{"title":"Components","description":"The building blocks of the system, in the order they should be listed. At most 2,000.","type":"array","maxItems":2000,"items":{"title":"Component","description":"One component. Only `id` is required.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Component id","description":"Required, unique within the blueprint. Dependencies refer to components by this id.","type":"string","minLength":1,"examples":["web","orders-db"]},"name":{"title":"Name","description":"Optional display name, any text; leave it out to show the id. When given it must hold a character other than white space: an empty name is refused, not shown as a blank.","type":"string","pattern":"\\\\S"},"type":{"title":"Component type","description":"Optional, default `service`. These types have a diagram shape of their own: person, frontend, gateway, service, function, database, cache, queue, storage, external. Any other value is accepted and drawn as a service.","type":"string","default":"service","examples":["person","frontend","gateway","service","function","database","cache","queue","storage","external"]},"technology":{"title":"Technology","description":"Optional, e.g. `React 18` or `PostgreSQL 16`.","type":"string"},"description":{"title":"Description","description":"Optional Markdown describing what the component does.","type":"string"},"group":{"title":"Group","description":"Optional. Components with the same group are drawn boxed together.","type":"string"},"runtime":{"title":"Runtime name","description":"Optional. The Compose service or Kubernetes workload (or Service) in the blueprint\'s `runtime:` files that this component is, when its name differs from the component id. A name that is not there is reported as drift (drift-missing-runtime).","type":"string","minLength":1}}}},"dependencies":{"title":"Dependencies","description":"Who calls or uses whom: one arrow in the diagram each. At most 10,000.","type":"array","maxItems":10000,"items":{"title":"Dependency","description":"An arrow from one component to another. `from` and `to` are required: a component id of this blueprint, or a reference to another blueprint of the repository, `<blueprint-id>/<component-id>` for one of its components or `<blueprint-id>/` for the whole system.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that depends on the other, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["web","payments/api","payments/"]},"to":{"title":"To","description":"Required. The id of the component depended on, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["orders-db","payments/api","payments/"]},"description":{"title":"Description","description":"Optional, e.g. `reads orders`; the arrow\'s label.","type":"string"},"technology":{"title":"Technology","description":"Optional protocol or technology, e.g. `HTTPS/JSON`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws a dashed arrow (messages, events).","type":"boolean","default":false}}}},"flows":{"title":"Flows","description":"Optional. The system\'s important request paths (C4\'s dynamic views), each drawn in the document as a Mermaid sequence diagram whose participants are the components\' names. With `derived_sections`, a flow whose name mentions authentication, login or sign-in is the Authentication Flow. At most 200 flows.","type":"array","maxItems":200,"items":{"title":"Flow","description":"One named request path: its steps in the order they happen.","type":"object","additionalProperties":false,"required":["name","steps"],"properties":{"name":{"title":"Name","description":"Required, e.g. `Place an order`; the heading above the diagram. Must hold a character other than white space.","type":"string","pattern":"\\\\S","examples":["Place an order","Sign in"]},"description":{"title":"Description","description":"Optional Markdown shown above the diagram.","type":"string"},"steps":{"title":"Steps","description":"Required, at least one, at most 500: the messages of the flow, in order.","type":"array","minItems":1,"maxItems":500,"items":{"title":"Step","description":"One message from one component to another. `from` and `to` are component ids of this blueprint, or references to another blueprint\'s component, `<blueprint-id>/<component-id>`.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that sends the message, or `<blueprint-id>/<component-id>`.","type":"string","examples":["web","payments/api"]},"to":{"title":"To","description":"Required. The id of the component that receives it, or `<blueprint-id>/<component-id>`.","type":"string","examples":["orders","payments/api"]},"message":{"title":"Message","description":"Optional text on the arrow, e.g. `POST /orders`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws an open arrow (a message not waited for).","type":"boolean","default":false}}}}}}},"derived_sections":{"title":"Sections from the blueprint","description":"Optional. true writes every standard section from what is known, and nothing else: the components, dependencies, flows and `sections:` of this blueprint, and what its `runtime:` files say (replicas, autoscalers, probes, volumes, Services, images, ConfigMap, Secret and env-file names, environment variable names; never a value). A section or line for which nothing is known says so and names the key that would fill it. Performance targets, RTO and RPO come only from `sections:`. A `sections:` override still wins. false keeps the standard format\'s fixed text. Absent: the repository\'s default, which is false. `blueprint-docs init` writes true.","type":"boolean"},"sections":{"title":"Section overrides","description":"Optional. Replaces the body of a standard section of the document; its heading stays. Values are Markdown.","type":"object","additionalProperties":false,"properties":{"data_flow":{"title":"Data Flow","description":"Markdown replacing the body of the data flow section.","type":"string"},"data_storage":{"title":"Data Storage","description":"Markdown replacing the body of the data storage section.","type":"string"},"security":{"title":"Security","description":"Markdown replacing the body of the security section.","type":"string"},"scalability":{"title":"Scalability","description":"Markdown replacing the body of the scalability section.","type":"string"},"deployment":{"title":"Deployment","description":"Markdown replacing the body of the deployment section.","type":"string"},"monitoring":{"title":"Monitoring","description":"Markdown replacing the body of the monitoring section.","type":"string"},"disaster_recovery":{"title":"Disaster Recovery","description":"Markdown replacing the body of the disaster recovery section.","type":"string"},"technology_stack":{"title":"Technology Stack","description":"Markdown replacing the body of the technology stack section.","type":"string"},"api":{"title":"API","description":"Markdown replacing the body of the API section.","type":"string"},"configuration":{"title":"Configuration","description":"Markdown replacing the body of the configuration section.","type":"string"}}},"runtime":{"title":"Runtime files","description":"Optional. Where the system runs: a path, or a list of paths, relative to this blueprint and inside the repository, of Compose files or Kubernetes manifests (files or folders of them). `validate`, `check` and the action then report drift: a service or workload with no component (drift-missing-component), a component whose `runtime:` names nothing there (drift-missing-runtime), a dependency the files show that the blueprint does not list (drift-missing-dependency). `blueprint-docs init --from` writes it.","oneOf":[{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1},{"title":"Runtime files","description":"Compose files, Kubernetes manifests or folders of manifests, relative to this blueprint.","type":"array","maxItems":100,"items":{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1}}],"examples":["docker-compose.yml",["deploy/kubernetes/"]]}}}');
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
    // Most text has no carriage return: no replace (and no copy) for it.
    const text = (v) => typeof v !== 'string' ? undefined : v.includes('\r') ? v.replace(/\r\n/g, '\n') : v;
    const components = (Array.isArray(data.components) ? data.components : [])
        .filter(isRecord)
        .map((c) => {
        const id = text(c.id) ?? '';
        const name = text(c.name);
        const component = {
            id,
            // The schema refuses a blank name; one of only invisible characters shows the id too.
            name: name !== undefined && (0,markdown/* flatten */.Bq)(name) !== '' ? name : id,
            type: text(c.type) ?? 'service'
        };
        setPresent(component, 'technology', text(c.technology));
        setPresent(component, 'description', text(c.description));
        setPresent(component, 'group', text(c.group));
        setPresent(component, 'runtime', text(c.runtime));
        return component;
    });
    const dependencies = (Array.isArray(data.dependencies) ? data.dependencies : [])
        .filter(isRecord)
        .map((d) => {
        // `async` goes last, after the optional keys, as it always has.
        const dependency = {
            from: text(d.from) ?? '',
            to: text(d.to) ?? ''
        };
        setPresent(dependency, 'description', text(d.description));
        setPresent(dependency, 'technology', text(d.technology));
        dependency.async = d.async === true;
        return dependency;
    });
    const sections = {};
    if (isRecord(data.sections)) {
        for (const key of model/* SECTION_KEYS */.vz) {
            const body = text(data.sections[key]);
            if (body !== undefined)
                sections[key] = body;
        }
    }
    // The author's direction, or TB marked as chosen by nobody (the diagram then picks what fits).
    const setDirection = isRecord(data.diagram) ? data.diagram.direction : undefined;
    const type = isRecord(data.diagram) ? data.diagram.type : data.diagram;
    const views = isRecord(data.diagram) ? data.diagram.views : undefined;
    // Only a setting other than the default is kept, so a blueprint without it compares equal.
    const viewsPart = typeof views === 'string' && views !== 'auto' ? { views: views } : {};
    const diagram = typeof setDirection === 'string'
        ? {
            type: typeof type === 'string' ? type : 'flowchart',
            direction: setDirection,
            ...viewsPart
        }
        : {
            type: typeof type === 'string' ? type : 'flowchart',
            direction: 'TB',
            autoDirection: true,
            ...viewsPart
        };
    return {
        id: text(data.id) ?? '',
        project: text(data.project) ?? '',
        ...optional('title', text(data.title)),
        ...optional('overview', text(data.overview)),
        diagram,
        components,
        dependencies,
        sections,
        ...flowsOf(data.flows, text),
        ...runtimeOf(data.runtime),
        ...(typeof data.derived_sections === 'boolean'
            ? { derivedSections: data.derived_sections }
            : {})
    };
}
/** `flows:` with defaults applied; absent when not written. */
function flowsOf(value, text) {
    if (!Array.isArray(value))
        return {};
    const flows = value.filter(isRecord).map((f) => {
        const steps = (Array.isArray(f.steps) ? f.steps : []).filter(isRecord).map((s) => {
            const step = { from: text(s.from) ?? '', to: text(s.to) ?? '' };
            setPresent(step, 'message', text(s.message));
            step.async = s.async === true;
            return step;
        });
        const flow = { name: text(f.name) ?? '' };
        setPresent(flow, 'description', text(f.description));
        flow.steps = steps;
        return flow;
    });
    return { flows };
}
/** `runtime:` as a list of paths (one path is a list of one); absent when not written. */
function runtimeOf(value) {
    if (typeof value === 'string')
        return { runtime: [value] };
    if (Array.isArray(value))
        return { runtime: value.filter((v) => typeof v === 'string') };
    return {};
}
/** `{key: value}` when the value is present, `{}` otherwise, so absent keys stay absent. */
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/**
 * Sets `key` when the value is present, so absent keys stay absent. Keys are
 * set in the order the model lists them: templates that walk an object see
 * them in that order. Used for the many components and dependencies, where
 * spreading a fresh object per key costs more than the rest of the model.
 */
function setPresent(target, key, value) {
    if (value !== undefined)
        target[key] = value;
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
 * What a schema finds wrong with the data (a validator compiled to collect every error,
 * `verbose`), as one problem per distinct error: none when the data fits.
 */
function schemaProblems(validate, data, options) {
    if (validate(data))
        return [];
    const errors = validate.errors ?? [];
    // The shared validator would otherwise keep the last errors, and through
    // `verbose` their data, the whole last file, alive between calls.
    validate.errors = null;
    return explainSchemaErrors(errors, { data, ...options });
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
        problems.push(describeError(e, options));
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
function describeError(e, options) {
    const { data, locator, at } = options;
    const path = pointer(e.instancePath);
    const value = e.data;
    const subject = subjectOf(path, data);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const allowed = isRecord(e.parentSchema) && isRecord(e.parentSchema.properties)
                ? Object.keys(e.parentSchema.properties).filter((k) => k !== '$schema')
                : [];
            // A handful of candidate keys, each cheap; a file of thousands of unknown keys still
            // gets suggestions only while the budget lasts.
            const guess = (0,engine_text/* suggest */.ZA)(key, allowed, options.budget);
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
                return at(locator.valueLoc(path), `${subject} must not be blank${path.at(-1) === 'name' ? '; leave "name" out to show the id' : ''}`);
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
    if (list === 'flows') {
        const name = isRecord(item) && typeof item.name === 'string' && item.name !== ''
            ? ` (${JSON.stringify((0,engine_text/* clip */.$Q)(item.name, MESSAGE_CHARS))})`
            : '';
        return `flow ${index + 1}${name}`;
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
    text;
    index = new Map();
    /** Offsets where lines start, built on first use. */
    starts;
    constructor(doc, pos, text = '') {
        this.doc = doc;
        this.pos = pos;
        this.text = text;
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
            else if ((0,dist/* isSeq */.oP)(node) && (typeof step === 'number' || /^(0|[1-9]\d*)$/.test(step))) {
                // A JSON pointer names list items by text ("/blueprints/0").
                const item = node.items[Number(step)];
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
    /**
     * Where the character at `offset` of the text value at `path` was written:
     * `value` is that text with line breaks as `\n`, `token` the text found
     * there. A literal block (`|`) maps line for line; any other style is
     * searched for the token, and failing that the value's start is given.
     */
    textLoc(path, value, offset, token) {
        const { node, complete } = this.find(path);
        if (!complete || !(0,dist/* isScalar */.jn)(node) || node.range === undefined || node.range === null)
            return this.valueLoc(path);
        const [from, to] = node.range;
        const before = value.slice(0, offset);
        const line = before.split('\n').length - 1;
        const col = offset - (before.lastIndexOf('\n') + 1);
        if (node.type === 'BLOCK_LITERAL') {
            // Content starts on the line after the `|` header, one value line per source line.
            const sourceLine = this.pos(from).line + 1 + line;
            const written = this.lineText(sourceLine);
            const valueLine = value.split('\n')[line] ?? '';
            if (valueLine !== '' && written.endsWith(valueLine))
                return { line: sourceLine, col: written.length - valueLine.length + col + 1 };
        }
        // The same occurrence of the token in the source as in the value.
        let occurrence = 0;
        for (let i = value.indexOf(token); i !== -1 && i < offset; i = value.indexOf(token, i + 1))
            occurrence++;
        const source = this.text.slice(from, to);
        let at = -1;
        for (let k = 0; k <= occurrence; k++) {
            at = source.indexOf(token, at + 1);
            if (at === -1)
                return this.pos(from);
        }
        return this.pos(from + at);
    }
    /** Line `line` (1-based) of the text, without its line break. */
    lineText(line) {
        if (this.starts === undefined) {
            this.starts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                this.starts.push(i + 1);
        }
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const end = this.starts[line];
        return this.text.slice(start, end === undefined ? undefined : end - 1).replace(/\r$/, '');
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

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/engine/blueprint/json.ts
/**
 * A `.blueprint.json` file is read as JSON, not as the YAML that happens to
 * accept most JSON: a trailing comma, a comment, single quotes or a bare word
 * are errors, said in JSON's terms at the character that causes them. Only
 * the first error is reported: in JSON the later ones follow from it.
 *
 * `jsonc-parser` (the parser behind VS Code's JSON support) finds them, with
 * every comment and trailing-comma allowance turned off. The document itself
 * is still composed by `yaml` afterwards, for the positions of schema errors.
 */


/** The first reason the text is not one JSON value, or undefined when it is one. */
function jsonSyntaxError(text) {
    const open = [];
    // jsonc-parser ends an object or list before it reports the missing "}" or "]".
    let closed;
    const close = () => void (closed = open.pop());
    let first;
    (0,main.visit)(text, {
        onObjectBegin: (offset) => void open.push({ offset, char: '{' }),
        onObjectEnd: close,
        onArrayBegin: (offset) => void open.push({ offset, char: '[' }),
        onArrayEnd: close,
        onError: (code, offset, length) => {
            first ??= explain(text, {
                code: (0,main.printParseErrorCode)(code),
                offset,
                length,
                open: open.at(-1),
                closed
            });
        }
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return first;
}
function explain(text, error) {
    const { code, offset, length } = error;
    const at = (where, message) => ({ offset: where, message });
    const token = text.slice(offset, offset + length);
    const start = text.search(/\S/);
    if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment')
        return at(offset, 'JSON allows no comments; remove it (or write the blueprint in YAML, which does)');
    // `id: shop` in a .json file: the whole file is YAML, not one broken character.
    if (offset === start && !/^[{["]/.test(token))
        return at(0, 'is a .json file but holds YAML; write JSON or rename it to .blueprint.yaml');
    if (code === 'CloseBraceExpected' || code === 'CloseBracketExpected') {
        const char = code === 'CloseBraceExpected' ? '{' : '[';
        const opened = [error.open, error.closed].find((o) => o?.char === char);
        const [what, closer] = char === '{' ? ['an object', '}'] : ['a list', ']'];
        return at(opened?.offset ?? offset, `this "${char}" opens ${what} that is never closed; add the "${closer}" that ends it`);
    }
    if (error.open === undefined && offset > start)
        return at(offset, 'more text after the end of the JSON object; a blueprint file holds one object');
    const comma = trailingComma(text, offset);
    if (comma !== undefined && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
        const closer = text.charAt(offset);
        return at(comma, `a comma before "${closer}" with nothing after it; JSON allows no trailing comma: remove it`);
    }
    switch (code) {
        case 'InvalidSymbol':
            if (token.startsWith("'"))
                return at(offset, 'JSON text goes in double quotes ("…"), not single ones');
            if (/^[A-Za-z_$]/.test(token))
                return at(offset, `${JSON.stringify((0,engine_text/* clip */.$Q)(token, 40))} is not a JSON value; put text in double quotes`);
            return at(offset, `${JSON.stringify((0,engine_text/* clip */.$Q)(token, 40))} is not JSON here`);
        case 'PropertyNameExpected':
            return at(offset, 'expected a key in double quotes ("id": …)');
        case 'ValueExpected':
            return at(offset, 'expected a value: text in double quotes, a number, true, false, null, [a list] or {a mapping}');
        case 'ColonExpected':
            return at(offset, 'expected ":" between the key and its value');
        case 'CommaExpected':
            return at(offset, 'missing "," before this item');
        case 'UnexpectedEndOfString':
            return at(offset, 'this text in double quotes is never closed; end it with "');
        case 'InvalidEscapeCharacter': {
            const bad = /\\[^"\\/bfnrtu]/.exec(token);
            const where = bad ? offset + bad.index : offset;
            return at(where, `${bad ? `"${bad[0]}" is` : 'holds'} an escape JSON does not know; write \\\\ for a backslash`);
        }
        case 'InvalidUnicode':
            return at(offset, 'a \\u escape needs four hexadecimal digits (\\u00e9)');
        case 'InvalidCharacter': {
            // The first control character (below U+0020) inside the string, which JSON must escape.
            let index = 1;
            while (index < token.length && token.charCodeAt(index) >= 0x20)
                index++;
            const bad = index < token.length ? [token.charAt(index)] : undefined;
            const where = bad ? offset + index : offset;
            const shown = bad?.[0] === '\t'
                ? 'a tab (write \\t)'
                : bad?.[0] === '\n'
                    ? 'a line break (write \\n)'
                    : 'a control character';
            return at(where, `text in double quotes holds ${shown}; JSON does not allow it there`);
        }
        case 'InvalidNumberFormat':
        case 'UnexpectedEndOfNumber':
            return at(offset, `${JSON.stringify((0,engine_text/* clip */.$Q)(token, 40))} is not a JSON number`);
        default:
            return at(offset, 'is not valid JSON here');
    }
}
/** The offset of a comma that only whitespace separates from `offset` (a `}` or `]`), if there is one. */
function trailingComma(text, offset) {
    const closer = text.charAt(offset);
    if (closer !== '}' && closer !== ']')
        return undefined;
    let i = offset - 1;
    while (i >= 0 && /\s/.test(text.charAt(i)))
        i--;
    return text.charAt(i) === ',' ? i : undefined;
}

;// CONCATENATED MODULE: ./src/engine/blueprint/syntax.ts
/**
 * A YAML syntax error as its first cause, where it is. The yaml library
 * finds the error where parsing could go no further: an unclosed `[` or
 * quote at the end of the file, a line indented one space short as a
 * "sequence item without - indicator", a tab followed by a cascade of
 * errors about what the tab broke. Here the error is taken back to the
 * character a person has to change (the `[` or quote that never closes, the
 * first character of the misindented line), said with the fix, and only the
 * first error is kept: the later ones follow from it.
 */



/**
 * The first of yaml's errors (by position), explained. Warnings alone (an
 * unknown tag, say) are independent of each other and all kept.
 */
function explainSyntax(text, errors, warnings, json) {
    const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
    if (first === undefined)
        return warnings.map((w) => ({ offset: w.pos[0], message: yamlMessage(w, json) }));
    return [
        firstCause(text, first, json) ?? { offset: first.pos[0], message: yamlMessage(first, json) }
    ];
}
function firstCause(text, error, json) {
    const raw = error.message;
    if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(raw))
        return unclosedFlow(text);
    if (error.code === 'MISSING_CHAR' && /^Missing closing .?quote/.test(raw))
        return unclosedQuote(text, error.pos[0]);
    if (json)
        return undefined;
    if ((error.code === 'MISSING_CHAR' && /without - indicator/.test(raw)) ||
        (error.code === 'BAD_INDENT' && /same column/.test(raw)))
        return misindented(text, lineOf(text, error.pos[0]));
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
        // The line yaml stopped on, or the one after it that it tried to read as part of it.
        const line = lineOf(text, error.pos[0]);
        return (misindented(text, line) ??
            misindented(text, nextContentLine(text, line)) ?? {
            offset: error.pos[0],
            message: 'a plain value cannot hold ": " (it reads as a key inside the value); put the value in quotes'
        });
    }
    return undefined;
}
/**
 * The lexemes of the text with their offsets, the lexer's control lexemes
 * (document start, scalar marker, flow error) left out of the count.
 */
function* lexemes(text) {
    let offset = 0;
    let scalarNext = false;
    for (const source of new dist/* Lexer */.JG().lex(text)) {
        // The lexeme after the scalar marker is content, whatever it looks like.
        const type = scalarNext ? 'content' : (dist/* CST */.DB.tokenType(source) ?? 'content');
        scalarNext = type === 'scalar';
        if (type === 'doc-mode' || type === 'scalar' || type === 'flow-error-end') {
            yield { type, offset, source: '' };
            continue;
        }
        yield { type, offset, source };
        offset += source.length;
    }
}
/** The innermost `[` or `{` still open where the lexer gave up on the flow collection. */
function unclosedFlow(text) {
    const open = [];
    let stopped;
    for (const { type, offset, source } of lexemes(text)) {
        if (type === 'flow-seq-start' || type === 'flow-map-start')
            open.push({ offset, char: source });
        else if (type === 'flow-seq-end' || type === 'flow-map-end')
            open.pop();
        else if (type === 'flow-error-end' && open.length > 0) {
            stopped = offset;
            break;
        }
    }
    const last = open.at(-1);
    if (last === undefined)
        return undefined;
    const [what, closer] = last.char === '{' ? ['a mapping', '}'] : ['a list', ']'];
    // A closer further on: the list goes on over lines indented too little to stay inside it.
    if (stopped !== undefined && text.includes(closer, stopped)) {
        const line = lineOf(text, stopped) + 1;
        return {
            offset: last.offset,
            message: `this "${last.char}" opens ${what} that goes on to line ${line}, which is not indented more than the line it starts on, so it ends there unclosed; indent its lines further, or close it with "${closer}" on this line`
        };
    }
    return {
        offset: last.offset,
        message: `this "${last.char}" opens ${what} that is never closed; add the "${closer}" that ends it, or put text that starts with "${last.char}" in quotes`
    };
}
/** The quoted text that runs to `end` without its closing quote. */
function unclosedQuote(text, end) {
    let found;
    for (const { type, offset, source } of lexemes(text)) {
        if (offset > end)
            break;
        if (type === 'double-quoted-scalar' || type === 'single-quoted-scalar')
            found = { offset, quote: source.charAt(0) };
    }
    if (found === undefined)
        return undefined;
    const inside = found.quote === '"' ? 'write \\" for a " inside it' : "write '' for a ' inside it";
    return {
        offset: found.offset,
        message: `this ${found.quote} opens a quoted text that is never closed; end it with ${found.quote} (${inside})`
    };
}
function linesOf(text) {
    const lines = [];
    let start = 0;
    for (const [index, line] of text.split('\n').entries()) {
        lines.push({ index, start, indent: line.length - line.trimStart().length, text: line });
        start += line.length + 1;
    }
    return lines;
}
function lineOf(text, offset) {
    let line = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const isContent = (line) => !/^\s*(#.*)?\r?$/.test(line.text);
function nextContentLine(text, line) {
    const lines = linesOf(text);
    for (let i = line + 1; i < lines.length; i++)
        if (isContent(lines[i]))
            return i;
    return lines.length;
}
/**
 * `name: value` at the start of `rest`, the name unquoted. Scanned by hand:
 * a hostile line of a megabyte must not cost a backtracking regex its square.
 */
function keyOf(rest) {
    const quote = rest.charAt(0);
    let name;
    let after;
    if (quote === '"' || quote === "'") {
        const end = rest.indexOf(quote, 1);
        if (end === -1)
            return undefined;
        name = rest.slice(1, end);
        after = rest.slice(end + 1).trimStart();
        if (!/^:(\s|$)/.test(after))
            return undefined;
        after = after.slice(1);
    }
    else {
        const colon = rest.search(/:(\s|$)/);
        if (colon <= 0 || /^[\s#]/.test(rest))
            return undefined;
        name = rest.slice(0, colon).trimEnd();
        if (/\s#/.test(name))
            return undefined;
        after = rest.slice(colon + 1);
    }
    return { name, value: after };
}
/** The levels of one line: `  - id: a` starts a list item at 2 and a key at 4. */
function levelsOf(line) {
    const levels = [];
    const text = line.text;
    let indent = line.indent;
    // By index, not by slicing: a line of a megabyte of "- - - …" must stay linear.
    while (text.charAt(indent) === '-' && /^( |$)/.test(text.charAt(indent + 1))) {
        levels.push({ indent, line: line.index, key: undefined, inline: false });
        indent++;
        while (text.charAt(indent) === ' ')
            indent++;
    }
    const rest = text.slice(indent);
    const key = keyOf(rest);
    if (key)
        levels.push({
            indent,
            line: line.index,
            key: key.name,
            // A block scalar's `|` or `>` counts: the text below it is its value, not keys.
            inline: !/^\s*(#.*)?\r?$/.test(key.value),
            block: /^\s*[|>][-+0-9]*\s*(#.*)?\r?$/.test(key.value)
        });
    return levels;
}
/**
 * The lines above `target` that its indentation can line up with: the line
 * before it, then each line less indented than everything seen so far (its
 * parents), skipping comments and the text of block scalars (`|`, `>`).
 */
function levelsAbove(lines, target) {
    const inScalar = blockScalarLines(lines);
    const levels = [];
    let floor = Infinity;
    for (let i = target - 1; i >= 0 && floor > 0; i--) {
        const line = lines[i];
        if (!isContent(line) || inScalar.has(i) || line.indent >= floor)
            continue;
        levels.push(...levelsOf(line).filter((l) => l.indent < floor));
        floor = line.indent;
    }
    return levels;
}
/**
 * Lines that are the text of a block scalar: from the line after a key whose
 * value is `|` or `>`, as long as they are indented at least as much as the
 * first of them (blank lines included), provided that is deeper than the key.
 */
function blockScalarLines(lines) {
    const inside = new Set();
    let owner;
    let indent;
    for (const line of lines) {
        if (owner !== undefined) {
            if (!isContent(line)) {
                inside.add(line.index);
                continue;
            }
            indent ??= line.indent > owner ? line.indent : undefined;
            if (indent !== undefined && line.indent >= indent) {
                inside.add(line.index);
                continue;
            }
        }
        owner = undefined;
        indent = undefined;
        const header = levelsOf(line).at(-1);
        if (header?.block)
            owner = header.indent;
    }
    return inside;
}
/**
 * The line at `index`, when its indentation lines up with nothing it could
 * belong to: which line it seems to belong with, and the indentation that
 * puts it there. Undefined when its indentation is not the trouble.
 */
function misindented(text, index) {
    const lines = linesOf(text);
    const line = lines[index];
    if (line === undefined || !isContent(line) || line.text.charAt(line.indent) === '\t')
        return undefined;
    const n = line.indent;
    const offset = line.start + n;
    const own = levelsOf(line)[0];
    const item = own !== undefined && own.key === undefined;
    const name = own === undefined ? 'this line' : item ? 'this list item' : `"${(0,engine_text/* clip */.$Q)(own.key ?? '', 40)}"`;
    const levels = levelsAbove(lines, index);
    const previous = levels.filter((l) => l.line === levels[0]?.line).at(-1);
    // Deeper than a key that already has its value on its line: `id: a` then `   type: x`.
    if (previous?.key !== undefined && previous.inline && n > previous.indent)
        return {
            offset,
            message: `${name} is indented ${spaces(n)}, deeper than ${described(previous)}, which already has its value; ${indentTo(previous.indent)} to put it ${beside(previous)}`
        };
    // The first line nested under a key (`components:`) may be indented any deeper.
    if (previous?.key !== undefined && !previous.inline && n > previous.indent)
        return undefined;
    const match = levels.find((l) => l.indent === n);
    if (match !== undefined) {
        if (match.key !== undefined || item)
            return undefined;
        // A key in line with a list item's "-": neither in the item nor a new one.
        const besideKey = levels.find((l) => l.line === match.line && l.key !== undefined);
        return {
            offset,
            message: `${name} is indented ${spaces(n)}, like the "-" of the list item on line ${match.line + 1}, so it is neither a key of that item nor a new item: ${besideKey ? `${indentTo(besideKey.indent)} to put it ${beside(besideKey)}, or ` : ''}start a new item with "- "`
        };
    }
    // In line with nothing: the nearest column of its kind, the deeper one first (one space short).
    const kind = levels.filter((l) => (l.key === undefined) === item);
    const deeper = kind.filter((l) => l.indent > n).sort((a, b) => a.indent - b.indent)[0];
    const shallower = kind.filter((l) => l.indent < n).sort((a, b) => b.indent - a.indent)[0];
    const target = deeper ?? shallower;
    if (target === undefined)
        return undefined;
    // The shallower column is a fair alternative only within the same list item.
    const between = (l) => levels.some((x) => x.key === undefined && x.indent < n && x.indent > l.indent);
    const or = deeper !== undefined && shallower !== undefined && !between(shallower)
        ? `, or ${indentTo(shallower.indent).replace(/^indent it /, '')} to put it ${beside(shallower)}`
        : '';
    return {
        offset,
        message: `${name} is indented ${spaces(n)}, in line with nothing above it: ${indentTo(target.indent)} to put it ${beside(target)}${or}`
    };
}
function spaces(k) {
    return `${k} space${k === 1 ? '' : 's'}`;
}
function indentTo(k) {
    return k === 0 ? 'remove its indentation' : `indent it ${spaces(k)}`;
}
function described(level) {
    return level.key === undefined
        ? `the list item on line ${level.line + 1}`
        : `"${(0,engine_text/* clip */.$Q)(level.key, 40)}" (line ${level.line + 1})`;
}
/** "beside "id" (line 4)", or "in line with the list item on line 4". */
function beside(level) {
    return level.key === undefined ? `in line with ${described(level)}` : `beside ${described(level)}`;
}

;// CONCATENATED MODULE: ./src/engine/blueprint/untrusted.ts
/**
 * The reading machinery for YAML that comes from a repository and is not to
 * be trusted: size and encoding, nesting bounded before the parser runs,
 * duplicate keys and aliases counted on the composed tree. Blueprints
 * (parse.ts) and runtime files (Compose files, Kubernetes manifests) share
 * it; only the words of their refusals differ.
 */





/** The words blueprint problems have always used. */
const BLUEPRINT_WORDING = { noun: 'a blueprint', nesting: 'a blueprint needs 3' };
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
/**
 * The file's text: at most {@link LIMITS.fileBytes} of UTF-8 (bytes are
 * checked, a string is taken as it is), without a leading BOM.
 */
function readText(content, at, wording = BLUEPRINT_WORDING) {
    const size = typeof content === 'string' ? utf8Length(content) : content.length;
    if (size > model/* LIMITS */.b1.fileBytes) {
        return {
            ok: false,
            problems: [at(TOP, `is ${formatSize(size)}; ${wording.noun} may be at most 1 MiB`)]
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
function scanNesting(text, wording) {
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
                        message: `is nested more than ${MAX_NESTING} levels deep; ${wording.nesting}`
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
                    message: `is indented or nested too deeply (column ${col + 1}); ${wording.noun} may nest keys and list items only up to column ${MAX_BLOCK_COLUMN}`
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
function checkTree(doc, root, pos, wording, policy = {}) {
    const maxAliases = policy.maxAliases ?? MAX_ALIAS_COUNT;
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
                message: `is nested more than ${MAX_NESTING} levels deep; ${wording.nesting}`
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
    if (aliases.length > maxAliases) {
        // yaml looks each alias up by walking the whole document, in resolve()
        // and again in toJS(): 25,000 aliases in 1 MiB took minutes. A blueprint
        // has no use for that many.
        problems.push({
            loc: pos(firstAlias ?? root),
            message: `uses ${(0,engine_text/* formatCount */.B4)(aliases.length)} YAML aliases (*name); ${wording.noun} may use at most ${maxAliases}`
        });
        return { problems, firstAlias };
    }
    if (policy.resolve === false)
        return { problems, firstAlias };
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

;// CONCATENATED MODULE: ./src/engine/blueprint/parse.ts
/**
 * Bytes → a YAML document with positions, refusing what a blueprint can
 * never be before it costs anything: oversized or non-UTF-8 files, deep
 * nesting, alias bombs, a second document, duplicate keys. `yaml` is the
 * parser of record: every problem is positioned on its tree.
 *
 * Order: size → UTF-8 → nesting pre-scan (lexer only) → JSON syntax (for
 * `.json` files, json.ts) → YAML compose, its errors taken back to their
 * first cause (syntax.ts) → tree checks (depth, duplicate keys, aliases) →
 * plain data.
 */








const parse_TOP = { line: 1, col: 1 };
const EMPTY = 'is empty; a blueprint needs at least "id" and "project"';
const NOT_A_MAPPING = 'a blueprint must be a mapping with keys such as "id" and "project"';
/**
 * Parses the text as one YAML (or, for `json`, JSON) document holding a
 * mapping, with bounded work whatever the text holds.
 */
function readDocument(text, options) {
    const { json, at } = options;
    const fail = (problems) => ({ ok: false, problems });
    const pos = lineIndex(text);
    const tooDeep = scanNesting(text, BLUEPRINT_WORDING);
    if (tooDeep)
        return fail([at(pos(tooDeep.offset), tooDeep.message)]);
    if (json && text.trim() !== '') {
        const wrong = jsonSyntaxError(text);
        if (wrong)
            return fail([at(pos(wrong.offset), wrong.message)]);
    }
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
        return fail([at(parse_TOP, EMPTY)]);
    const second = docs[1];
    if (second) {
        return fail([
            at(pos(second.range[0]), 'a second YAML document starts here; a blueprint file holds exactly one document (remove the "---" separator)')
        ]);
    }
    const root = doc.contents;
    const syntax = explainSyntax(text, doc.errors, doc.warnings, json);
    if (syntax.length > 0)
        return fail(syntax.map((e) => at(pos(e.offset), e.message)));
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && root.source === '')) {
        return fail([at(parse_TOP, EMPTY)]);
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        const what = (0,dist/* isSeq */.oP)(root)
            ? 'a list'
            : (0,dist/* isAlias */.Vj)(root)
                ? 'an alias'
                : describe((0,dist/* isScalar */.jn)(root) ? root.value : root);
        return fail([at(pos(root.range?.[0] ?? 0), `${NOT_A_MAPPING}, not ${what}`)]);
    }
    const tree = checkTree(doc, root, (node) => pos(nodeStart(node)), BLUEPRINT_WORDING);
    if (tree.problems.length > 0)
        return fail(tree.problems.map((p) => at(p.loc, p.message)));
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch {
        // The only throw we expect is the alias-count guard.
        const loc = tree.firstAlias ? pos(nodeStart(tree.firstAlias)) : parse_TOP;
        return fail([
            at(loc, `expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; a blueprint may not`)
        ]);
    }
    if (!isRecord(data))
        return fail([at(parse_TOP, NOT_A_MAPPING)]);
    return { ok: true, data, locator: new Locator(doc, pos, text) };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 51 modules
var mdast_util_from_markdown_lib = __webpack_require__(9900);
;// CONCATENATED MODULE: ./src/engine/blueprint/markdown-fields.ts




/** Every Markdown field the data holds as text (values of other types are the schema's to report). */
function markdownFields(data) {
    const fields = [];
    if (typeof data.overview === 'string')
        fields.push({ path: ['overview'], text: data.overview, kind: 'block' });
    if (isRecord(data.sections)) {
        for (const key of model/* SECTION_KEYS */.vz) {
            const body = data.sections[key];
            if (typeof body === 'string')
                fields.push({ path: ['sections', key], text: body, kind: 'block' });
        }
    }
    if (Array.isArray(data.components)) {
        data.components.forEach((c, i) => {
            if (isRecord(c) && typeof c.description === 'string')
                fields.push({ path: ['components', i, 'description'], text: c.description, kind: 'cell' });
        });
    }
    if (Array.isArray(data.flows)) {
        data.flows.forEach((f, i) => {
            if (isRecord(f) && typeof f.description === 'string')
                fields.push({ path: ['flows', i, 'description'], text: f.description, kind: 'block' });
        });
    }
    return fields;
}
/** True when some Markdown field of the data would run past its place in the document. */
function anyUnclosed(data) {
    return markdownFields(data).some((f) => unclosedMarkdown(f.text, f.kind) !== undefined);
}
/**
 * A paragraph that always follows a field in a document: the standard text
 * after the overview, the next heading or rule after a section. The field is
 * whole when this still parses as a paragraph of its own.
 */
const SENTINEL = 'blueprint-docs-end-of-field';
/**
 * The first thing `text` opens and never closes, as it is placed in a
 * document (trimmed, and for a cell flattened as the components table writes
 * it); undefined when the field is whole.
 */
function unclosedMarkdown(text, kind) {
    // Only a backtick or tilde fence, or `<`, can open anything that outlives a blank line.
    if (kind === 'block' ? !/[`~<]/.test(text) : !text.includes('<'))
        return undefined;
    const norm = text.replace(/\r\n?/g, '\n');
    const trimmed = norm.trim();
    const lead = norm.length - norm.trimStart().length;
    if (kind === 'block') {
        const source = `${trimmed}\n\n${SENTINEL}`;
        const tree = (0,mdast_util_from_markdown_lib/* fromMarkdown */.Y)(source);
        const findings = [
            ...swallowing(tree, source, trimmed.length + 2),
            ...openElements(tree, source, kind)
        ].filter((f) => f.offset < trimmed.length);
        return first(findings, (offset) => lead + offset);
    }
    // A cell: `|` written as `&#124;` and line breaks as `<br>`, as the components table does;
    // behind a letter, so the line parses as the inline text of a paragraph, as a cell's does.
    let source = 'x';
    const back = [lead];
    for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed.charAt(i);
        const piece = c === '|' ? '&#124;' : c === '\n' ? '<br>' : c;
        source += piece;
        for (let k = 0; k < piece.length; k++)
            back.push(lead + i);
    }
    back.push(lead + trimmed.length);
    return first(openElements((0,mdast_util_from_markdown_lib/* fromMarkdown */.Y)(source), source, kind), (offset) => back[offset] ?? lead);
}
function first(findings, toField) {
    let best;
    for (const f of findings)
        if (best === undefined || f.offset < best.offset)
            best = f;
    return best && { ...best, offset: toField(best.offset) };
}
/** The block that runs on into the sentinel, if any: an unclosed fence or raw HTML block. */
function swallowing(tree, source, sentinelAt) {
    const last = tree.children.at(-1);
    if (last?.type === 'paragraph' && last.position?.start.offset === sentinelAt)
        return [];
    const holder = tree.children.find((n) => (n.position?.start.offset ?? 0) < sentinelAt && (n.position?.end.offset ?? 0) > sentinelAt);
    const offset = holder?.position?.start.offset ?? 0;
    const line = source.slice(offset, source.indexOf('\n', offset)).trim();
    if (holder?.type === 'code') {
        const fence = /^(`{3,}|~{3,})/.exec(line)?.[1] ?? '```';
        return [
            {
                offset,
                opener: fence,
                message: `opens a code fence (${shown(line)}) that it never closes, so the rest of the document would show as code; add a line ${fence} where the code ends`
            }
        ];
    }
    if (holder?.type === 'html') {
        const block = htmlBlockEnd(line);
        return [
            {
                offset,
                opener: block.opener,
                message: `opens ${block.what} that it never closes, so the rest of the document would ${block.effect}; add ${block.close} where it ends`
            }
        ];
    }
    return [
        {
            offset,
            opener: line.slice(0, 3),
            message: 'runs on into the text that follows it in the document; close every code fence and HTML block it opens'
        }
    ];
}
/** The HTML blocks that end only at their own marker (CommonMark's kinds 1 to 5). */
function htmlBlockEnd(line) {
    if (line.startsWith('<!--'))
        return {
            opener: '<!--',
            what: 'an HTML comment (<!--)',
            effect: 'be hidden',
            close: '-->'
        };
    if (line.startsWith('<?'))
        return { opener: '<?', what: 'a processing instruction (<?)', effect: 'be hidden', close: '?>' };
    if (line.startsWith('<![CDATA['))
        return { opener: '<![CDATA[', what: 'a CDATA section', effect: 'be hidden', close: ']]>' };
    if (line.startsWith('<!'))
        return { opener: '<!', what: 'a declaration (<!…)', effect: 'be hidden', close: '>' };
    const name = /^<([a-z]+)/i.exec(line)?.[1]?.toLowerCase() ?? 'pre';
    return {
        opener: `<${/^<([a-z]+)/i.exec(line)?.[1] ?? name}`,
        what: `<${name}>`,
        effect: 'be read as raw HTML',
        close: `</${name}>`
    };
}
/**
 * Elements that hold what follows them until their end tag, wherever they
 * stand. Void elements (`<br>`, `<img>`) have none; elements whose end tag
 * is optional (`<p>`, `<li>`, `<td>`, …) are closed by what follows; and an
 * element the HTML standard does not know (`List<T>`) is closed by the end
 * of the paragraph, heading or cell it sits in — but not in an HTML block of
 * its own, where nothing closes it (see {@link NEVER_HOLDING}).
 */
const HOLDING = new Set(('a abbr address article aside audio b bdi bdo big blockquote button canvas center cite code ' +
    'data datalist del details dfn dialog div dl em fieldset figcaption figure font footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup i iframe ins kbd label legend main map mark math menu meter ' +
    'nav noembed noframes noscript object ol output picture pre progress q ruby s samp script ' +
    'section select small span strike strong style sub summary sup svg table template textarea ' +
    'time title tt u ul var video xmp').split(' '));
/** Void elements and those whose end tag is optional: never left open. */
const NEVER_HOLDING = new Set(('area base basefont bgsound br col embed frame hr image img input keygen link meta param ' +
    'source track wbr p li dt dd rb rp rt rtc optgroup option tr td th thead tbody tfoot ' +
    'colgroup caption html head body').split(' '));
/**
 * The parts of a table. In a cell of the components table, outside a table
 * of the field's own, each ends the cell or the row (`<td>`, `<tr>`,
 * `</td>`) or the whole table (`</table>`) where it stands.
 */
const TABLE_PARTS = new Set('table caption col colgroup tbody td tfoot th thead tr'.split(' '));
/** SVG and MathML: inside them, `<x/>` closes itself and HTML's rules do not apply. */
const FOREIGN = new Set(['svg', 'math']);
/**
 * The tags of raw HTML, as a browser's tokenizer reads them, skipping
 * comments, declarations and processing instructions; and the first
 * construct the text ends inside (a comment without `-->`, a tag without
 * `>`), which would run on into whatever follows it on the page.
 */
function* htmlTokens(value) {
    for (let i = value.indexOf('<'); i !== -1; i = value.indexOf('<', i + 1)) {
        const rest = value.slice(i, i + 9);
        const skipTo = (close, opener, what) => {
            const end = value.indexOf(close, i + opener.length);
            return end === -1 ? { kind: 'unterminated', index: i, opener, what, close } : end;
        };
        let end;
        if (rest.startsWith('<!--'))
            end = skipTo('-->', '<!--', 'an HTML comment (<!--)');
        else if (rest.startsWith('<![CDATA['))
            end = skipTo('>', '<![CDATA[', 'a CDATA section');
        else if (/^<[!?]/.test(rest))
            end = skipTo('>', rest.slice(0, 2), `a declaration (${rest.slice(0, 2)}…)`);
        if (end !== undefined) {
            if (typeof end !== 'number')
                return yield end;
            i = end;
            continue;
        }
        const name = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(value.slice(i, i + 64));
        if (name === null)
            continue;
        // The tag runs to the first `>` outside a quoted attribute value.
        let at = i + name[0].length;
        let quote = '';
        for (; at < value.length; at++) {
            const c = value.charAt(at);
            if (quote !== '') {
                if (c === quote)
                    quote = '';
            }
            else if ((c === '"' || c === "'") && /=\s*$/.test(value.slice(Math.max(i, at - 16), at)))
                quote = c;
            else if (c === '>')
                break;
        }
        if (at >= value.length)
            return yield {
                kind: 'unterminated',
                index: i,
                opener: name[0],
                what: `a tag (${name[0]}) that it never ends with >`,
                close: '>'
            };
        yield {
            kind: 'tag',
            index: i,
            text: value.slice(i, at + 1),
            slash: name[1] === '/',
            name: (name[2] ?? '').toLowerCase(),
            selfClosing: value.charAt(at - 1) === '/'
        };
        i = at;
    }
}
/**
 * HTML elements the field opens and never closes, in the order written; raw
 * HTML that ends inside a comment or a tag; and, in a cell, the parts of a
 * table that would break the components table.
 */
function openElements(tree, source, kind) {
    const open = [];
    const left = [];
    const unclosed = (e) => ({
        offset: e.offset,
        opener: e.opener,
        message: `opens <${e.name}> and never closes it, so the rest of the document would end up inside it; add </${e.name}> where it ends`
    });
    for (const node of htmlNodes(tree)) {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? source.length;
        for (const token of htmlTokens(node.value)) {
            if (token.kind === 'unterminated') {
                left.push({
                    offset: locate(source, start, end, node.value, token.index, token.opener),
                    opener: token.opener,
                    message: token.what.startsWith('a tag')
                        ? `starts ${token.what}, so the rest of the document would be read as part of it; end the tag with >`
                        : `opens ${token.what} that it never closes, so the rest of the document would be hidden; add ${token.close} where it ends`
                });
                break;
            }
            const { name, slash } = token;
            const at = () => locate(source, start, end, node.value, token.index, token.text);
            const foreign = open.some((e) => FOREIGN.has(e.name));
            const opener = `<${slash ? '/' : ''}${token.text.slice(slash ? 2 : 1, (slash ? 2 : 1) + name.length)}`;
            if (kind === 'cell' &&
                !foreign &&
                TABLE_PARTS.has(name) &&
                (slash || name !== 'table') &&
                !open.some((e) => e.name === 'table')) {
                const tag = `<${slash ? '/' : ''}${name}>`;
                const ended = name === 'table' ? 'the components table' : "the components table's cell";
                left.push({
                    offset: at(),
                    opener,
                    message: slash
                        ? `has ${tag} without its <${name}>, which would end ${ended} there; remove it`
                        : `has ${tag} outside a <table> of its own, which would split the components table's row there; remove it or put it in a <table>`
                });
                continue;
            }
            if (slash) {
                const found = open.map((e) => e.name).lastIndexOf(name);
                if (found < 0)
                    continue;
                for (const e of open.splice(found))
                    if (e.name !== name)
                        left.push(unclosed(e));
                continue;
            }
            if (foreign && !FOREIGN.has(name))
                continue;
            const holds = HOLDING.has(name) || (!node.inline && !NEVER_HOLDING.has(name));
            if (!holds || (token.selfClosing && FOREIGN.has(name)))
                continue;
            open.push({ name, offset: at(), opener });
        }
    }
    return [...left, ...open.map(unclosed)];
}
/** Where a tag found at `index` in a node's value stands in the source (the value may lack container prefixes). */
function locate(source, start, end, value, index, tag) {
    if (source.startsWith(tag, start + index))
        return start + index;
    let occurrence = 0;
    for (let i = value.indexOf(tag); i !== -1 && i < index; i = value.indexOf(tag, i + 1))
        occurrence++;
    let at = start - 1;
    for (let k = 0; k <= occurrence; k++) {
        at = source.indexOf(tag, at + 1);
        if (at === -1 || at >= end)
            return start;
    }
    return at;
}
/** Every HTML node of the tree in document order, `inline` when it sits in a paragraph, heading or the like. */
function htmlNodes(tree) {
    const found = [];
    const stack = [{ node: tree, inline: false }];
    while (stack.length > 0) {
        const { node, inline } = stack.pop() ?? { node: tree, inline: false };
        if (node.type === 'html')
            found.push({ ...node, inline });
        if (!('children' in node))
            continue;
        // Blocks hold blocks in the root, quotes, list items and footnotes; anything else holds text.
        const phrasing = !['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'].includes(node.type);
        for (let i = node.children.length - 1; i >= 0; i--)
            stack.push({ node: node.children[i], inline: phrasing });
    }
    return found;
}
/** A line of the field as a message quotes it. */
function shown(line) {
    return (0,engine_text/* clip */.$Q)(line, 40);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/engine/schema/accepts.js
// Generated by `npm run schemas` (scripts/compile-schemas.ts) from schema/: do not edit.

const accepts_ucs2length = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"]
const acceptsBlueprint = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"blueprint-docs blueprint (format version 1)","description":"A blueprint describes one system: its components, their dependencies and an overview. blueprint-docs turns it into a Markdown architecture document with a Mermaid diagram. Editors: add `# yaml-language-server: $schema=<relative path to>/schema/blueprint.schema.json` as the first line of a YAML blueprint, or a top-level \"$schema\" key in a JSON one (the only key besides the documented ones that is allowed; blueprint-docs ignores it).","type":"object","additionalProperties":false,"required":["id","project"],"properties":{"$schema":{"title":"JSON Schema","description":"Optional path or URL of this schema, for editors. Ignored by blueprint-docs.","type":"string"},"id":{"title":"Blueprint id","description":"Required. Identifies the blueprint (the `blueprint_id` placeholder): lower-case letters, digits, \"-\", \"_\" and \".\", starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9-_.]*$","examples":["checkout"]},"project":{"title":"Project id","description":"Required. The project the system belongs to (the `project_id` placeholder). Must hold a character other than white space.","type":"string","pattern":"\\S","examples":["acme-shop"]},"title":{"title":"Document title","description":"Optional. The system's name as readers see it: the document's first heading becomes `# <title> — System Architecture Documentation` (without a title it stays `# System Architecture Documentation`), and a blueprint without an overview says `<title>: no overview written yet.` A blank title counts as none.","type":"string"},"overview":{"title":"Architecture overview","description":"Optional Markdown: what the system does and why (the `architecture_overview` placeholder).","type":"string"},"diagram":{"title":"Diagram","description":"Optional. Either the shorthand `flowchart` or `c4`, or a mapping with `type`, `direction` and `views`. Default: a top-to-bottom flowchart.","oneOf":[{"title":"Diagram type (shorthand)","description":"`flowchart` (default) or `c4`.","type":"string","enum":["flowchart","c4"]},{"title":"Diagram settings","description":"The diagram type and, for flowcharts, the direction of the arrows.","type":"object","additionalProperties":false,"properties":{"type":{"title":"Diagram type","description":"`flowchart` (default) or `c4` (the `diagram_type` placeholder).","type":"string","enum":["flowchart","c4"],"default":"flowchart"},"direction":{"title":"Flowchart direction","description":"TB (top to bottom), LR (left to right), BT (bottom to top) or RL (right to left); C4 diagrams take it too. Unset: top to bottom unless that drawing would be too wide or too tall for a page, then left to right.","type":"string","enum":["TB","LR","BT","RL"]},"views":{"title":"Diagram views","description":"auto (default): one diagram when it fits a page (at most 1,600 px wide and 3:1 tall), else an overview with one node per group and one diagram per group; always: the overview and group views whatever the size; never: one diagram whatever the size.","type":"string","enum":["auto","always","never"],"default":"auto"}}}]},"components":{"title":"Components","description":"The building blocks of the system, in the order they should be listed. At most 2,000.","type":"array","maxItems":2000,"items":{"title":"Component","description":"One component. Only `id` is required.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Component id","description":"Required, unique within the blueprint. Dependencies refer to components by this id.","type":"string","minLength":1,"examples":["web","orders-db"]},"name":{"title":"Name","description":"Optional display name, any text; leave it out to show the id. When given it must hold a character other than white space: an empty name is refused, not shown as a blank.","type":"string","pattern":"\\S"},"type":{"title":"Component type","description":"Optional, default `service`. These types have a diagram shape of their own: person, frontend, gateway, service, function, database, cache, queue, storage, external. Any other value is accepted and drawn as a service.","type":"string","default":"service","examples":["person","frontend","gateway","service","function","database","cache","queue","storage","external"]},"technology":{"title":"Technology","description":"Optional, e.g. `React 18` or `PostgreSQL 16`.","type":"string"},"description":{"title":"Description","description":"Optional Markdown describing what the component does.","type":"string"},"group":{"title":"Group","description":"Optional. Components with the same group are drawn boxed together.","type":"string"},"runtime":{"title":"Runtime name","description":"Optional. The Compose service or Kubernetes workload (or Service) in the blueprint's `runtime:` files that this component is, when its name differs from the component id. A name that is not there is reported as drift (drift-missing-runtime).","type":"string","minLength":1}}}},"dependencies":{"title":"Dependencies","description":"Who calls or uses whom: one arrow in the diagram each. At most 10,000.","type":"array","maxItems":10000,"items":{"title":"Dependency","description":"An arrow from one component to another. `from` and `to` are required: a component id of this blueprint, or a reference to another blueprint of the repository, `<blueprint-id>/<component-id>` for one of its components or `<blueprint-id>/` for the whole system.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that depends on the other, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["web","payments/api","payments/"]},"to":{"title":"To","description":"Required. The id of the component depended on, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["orders-db","payments/api","payments/"]},"description":{"title":"Description","description":"Optional, e.g. `reads orders`; the arrow's label.","type":"string"},"technology":{"title":"Technology","description":"Optional protocol or technology, e.g. `HTTPS/JSON`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws a dashed arrow (messages, events).","type":"boolean","default":false}}}},"flows":{"title":"Flows","description":"Optional. The system's important request paths (C4's dynamic views), each drawn in the document as a Mermaid sequence diagram whose participants are the components' names. With `derived_sections`, a flow whose name mentions authentication, login or sign-in is the Authentication Flow. At most 200 flows.","type":"array","maxItems":200,"items":{"title":"Flow","description":"One named request path: its steps in the order they happen.","type":"object","additionalProperties":false,"required":["name","steps"],"properties":{"name":{"title":"Name","description":"Required, e.g. `Place an order`; the heading above the diagram. Must hold a character other than white space.","type":"string","pattern":"\\S","examples":["Place an order","Sign in"]},"description":{"title":"Description","description":"Optional Markdown shown above the diagram.","type":"string"},"steps":{"title":"Steps","description":"Required, at least one, at most 500: the messages of the flow, in order.","type":"array","minItems":1,"maxItems":500,"items":{"title":"Step","description":"One message from one component to another. `from` and `to` are component ids of this blueprint, or references to another blueprint's component, `<blueprint-id>/<component-id>`.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that sends the message, or `<blueprint-id>/<component-id>`.","type":"string","examples":["web","payments/api"]},"to":{"title":"To","description":"Required. The id of the component that receives it, or `<blueprint-id>/<component-id>`.","type":"string","examples":["orders","payments/api"]},"message":{"title":"Message","description":"Optional text on the arrow, e.g. `POST /orders`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws an open arrow (a message not waited for).","type":"boolean","default":false}}}}}}},"derived_sections":{"title":"Sections from the blueprint","description":"Optional. true writes every standard section from what is known, and nothing else: the components, dependencies, flows and `sections:` of this blueprint, and what its `runtime:` files say (replicas, autoscalers, probes, volumes, Services, images, ConfigMap, Secret and env-file names, environment variable names; never a value). A section or line for which nothing is known says so and names the key that would fill it. Performance targets, RTO and RPO come only from `sections:`. A `sections:` override still wins. false keeps the standard format's fixed text. Absent: the repository's default, which is false. `blueprint-docs init` writes true.","type":"boolean"},"sections":{"title":"Section overrides","description":"Optional. Replaces the body of a standard section of the document; its heading stays. Values are Markdown.","type":"object","additionalProperties":false,"properties":{"data_flow":{"title":"Data Flow","description":"Markdown replacing the body of the data flow section.","type":"string"},"data_storage":{"title":"Data Storage","description":"Markdown replacing the body of the data storage section.","type":"string"},"security":{"title":"Security","description":"Markdown replacing the body of the security section.","type":"string"},"scalability":{"title":"Scalability","description":"Markdown replacing the body of the scalability section.","type":"string"},"deployment":{"title":"Deployment","description":"Markdown replacing the body of the deployment section.","type":"string"},"monitoring":{"title":"Monitoring","description":"Markdown replacing the body of the monitoring section.","type":"string"},"disaster_recovery":{"title":"Disaster Recovery","description":"Markdown replacing the body of the disaster recovery section.","type":"string"},"technology_stack":{"title":"Technology Stack","description":"Markdown replacing the body of the technology stack section.","type":"string"},"api":{"title":"API","description":"Markdown replacing the body of the API section.","type":"string"},"configuration":{"title":"Configuration","description":"Markdown replacing the body of the configuration section.","type":"string"}}},"runtime":{"title":"Runtime files","description":"Optional. Where the system runs: a path, or a list of paths, relative to this blueprint and inside the repository, of Compose files or Kubernetes manifests (files or folders of them). `validate`, `check` and the action then report drift: a service or workload with no component (drift-missing-component), a component whose `runtime:` names nothing there (drift-missing-runtime), a dependency the files show that the blueprint does not list (drift-missing-dependency). `blueprint-docs init --from` writes it.","oneOf":[{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1},{"title":"Runtime files","description":"Compose files, Kubernetes manifests or folders of manifests, relative to this blueprint.","type":"array","maxItems":100,"items":{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1}}],"examples":["docker-compose.yml",["deploy/kubernetes/"]]}}};const func2 = Object.prototype.hasOwnProperty;const func3 = accepts_ucs2length;const pattern0 = new RegExp("^[a-z0-9][a-z0-9-_.]*$", "u");const pattern1 = new RegExp("\\S", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.id === undefined) && (missing0 = "id")) || ((data.project === undefined) && (missing0 = "project"))){validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema11.properties, key0))){validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.$schema !== undefined){const _errs2 = errors;if(typeof data.$schema !== "string"){validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){let data1 = data.id;const _errs4 = errors;if(errors === _errs4){if(typeof data1 === "string"){if(!pattern0.test(data1)){validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-_.]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-_.]*$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.project !== undefined){let data2 = data.project;const _errs6 = errors;if(errors === _errs6){if(typeof data2 === "string"){if(!pattern1.test(data2)){validate10.errors = [{instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.title !== undefined){const _errs8 = errors;if(typeof data.title !== "string"){validate10.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.overview !== undefined){const _errs10 = errors;if(typeof data.overview !== "string"){validate10.errors = [{instancePath:instancePath+"/overview",schemaPath:"#/properties/overview/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.diagram !== undefined){let data5 = data.diagram;const _errs12 = errors;const _errs13 = errors;let valid1 = false;let passing0 = null;const _errs14 = errors;if(typeof data5 !== "string"){const err0 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((data5 === "flowchart") || (data5 === "c4"))){const err1 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.diagram.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs14 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs16 = errors;if(errors === _errs16){if(data5 && typeof data5 == "object" && !Array.isArray(data5)){const _errs18 = errors;for(const key1 in data5){if(!(((key1 === "type") || (key1 === "direction")) || (key1 === "views"))){const err2 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;break;}}if(_errs18 === errors){if(data5.type !== undefined){let data6 = data5.type;const _errs19 = errors;if(typeof data6 !== "string"){const err3 = {instancePath:instancePath+"/diagram/type",schemaPath:"#/properties/diagram/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!((data6 === "flowchart") || (data6 === "c4"))){const err4 = {instancePath:instancePath+"/diagram/type",schemaPath:"#/properties/diagram/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.diagram.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}var valid2 = _errs19 === errors;}else {var valid2 = true;}if(valid2){if(data5.direction !== undefined){let data7 = data5.direction;const _errs21 = errors;if(typeof data7 !== "string"){const err5 = {instancePath:instancePath+"/diagram/direction",schemaPath:"#/properties/diagram/oneOf/1/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!((((data7 === "TB") || (data7 === "LR")) || (data7 === "BT")) || (data7 === "RL"))){const err6 = {instancePath:instancePath+"/diagram/direction",schemaPath:"#/properties/diagram/oneOf/1/properties/direction/enum",keyword:"enum",params:{allowedValues: schema11.properties.diagram.oneOf[1].properties.direction.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var valid2 = _errs21 === errors;}else {var valid2 = true;}if(valid2){if(data5.views !== undefined){let data8 = data5.views;const _errs23 = errors;if(typeof data8 !== "string"){const err7 = {instancePath:instancePath+"/diagram/views",schemaPath:"#/properties/diagram/oneOf/1/properties/views/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!(((data8 === "auto") || (data8 === "always")) || (data8 === "never"))){const err8 = {instancePath:instancePath+"/diagram/views",schemaPath:"#/properties/diagram/oneOf/1/properties/views/enum",keyword:"enum",params:{allowedValues: schema11.properties.diagram.oneOf[1].properties.views.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var valid2 = _errs23 === errors;}else {var valid2 = true;}}}}}else {const err9 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid0 = _errs16 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err10 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.components !== undefined){let data9 = data.components;const _errs25 = errors;if(errors === _errs25){if(Array.isArray(data9)){if(data9.length > 2000){validate10.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items"}];return false;}else {var valid3 = true;const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];const _errs27 = errors;if(errors === _errs27){if(data10 && typeof data10 == "object" && !Array.isArray(data10)){let missing1;if((data10.id === undefined) && (missing1 = "id")){validate10.errors = [{instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs29 = errors;for(const key2 in data10){if(!(((((((key2 === "id") || (key2 === "name")) || (key2 === "type")) || (key2 === "technology")) || (key2 === "description")) || (key2 === "group")) || (key2 === "runtime"))){validate10.errors = [{instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs29 === errors){if(data10.id !== undefined){let data11 = data10.id;const _errs30 = errors;if(errors === _errs30){if(typeof data11 === "string"){if(func3(data11) < 1){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/id",schemaPath:"#/properties/components/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/id",schemaPath:"#/properties/components/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs30 === errors;}else {var valid4 = true;}if(valid4){if(data10.name !== undefined){let data12 = data10.name;const _errs32 = errors;if(errors === _errs32){if(typeof data12 === "string"){if(!pattern1.test(data12)){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs32 === errors;}else {var valid4 = true;}if(valid4){if(data10.type !== undefined){const _errs34 = errors;if(typeof data10.type !== "string"){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/type",schemaPath:"#/properties/components/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs34 === errors;}else {var valid4 = true;}if(valid4){if(data10.technology !== undefined){const _errs36 = errors;if(typeof data10.technology !== "string"){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/technology",schemaPath:"#/properties/components/items/properties/technology/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs36 === errors;}else {var valid4 = true;}if(valid4){if(data10.description !== undefined){const _errs38 = errors;if(typeof data10.description !== "string"){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/description",schemaPath:"#/properties/components/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs38 === errors;}else {var valid4 = true;}if(valid4){if(data10.group !== undefined){const _errs40 = errors;if(typeof data10.group !== "string"){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/group",schemaPath:"#/properties/components/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid4 = _errs40 === errors;}else {var valid4 = true;}if(valid4){if(data10.runtime !== undefined){let data17 = data10.runtime;const _errs42 = errors;if(errors === _errs42){if(typeof data17 === "string"){if(func3(data17) < 1){validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/runtime",schemaPath:"#/properties/components/items/properties/runtime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/components/" + i0+"/runtime",schemaPath:"#/properties/components/items/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs42 === errors;}else {var valid4 = true;}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid3 = _errs27 === errors;if(!valid3){break;}}}}else {validate10.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.dependencies !== undefined){let data18 = data.dependencies;const _errs44 = errors;if(errors === _errs44){if(Array.isArray(data18)){if(data18.length > 10000){validate10.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid5 = true;const len1 = data18.length;for(let i1=0; i1<len1; i1++){let data19 = data18[i1];const _errs46 = errors;if(errors === _errs46){if(data19 && typeof data19 == "object" && !Array.isArray(data19)){let missing2;if(((data19.from === undefined) && (missing2 = "from")) || ((data19.to === undefined) && (missing2 = "to"))){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs48 = errors;for(const key3 in data19){if(!(((((key3 === "from") || (key3 === "to")) || (key3 === "description")) || (key3 === "technology")) || (key3 === "async"))){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs48 === errors){if(data19.from !== undefined){const _errs49 = errors;if(typeof data19.from !== "string"){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1+"/from",schemaPath:"#/properties/dependencies/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid6 = _errs49 === errors;}else {var valid6 = true;}if(valid6){if(data19.to !== undefined){const _errs51 = errors;if(typeof data19.to !== "string"){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1+"/to",schemaPath:"#/properties/dependencies/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid6 = _errs51 === errors;}else {var valid6 = true;}if(valid6){if(data19.description !== undefined){const _errs53 = errors;if(typeof data19.description !== "string"){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1+"/description",schemaPath:"#/properties/dependencies/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid6 = _errs53 === errors;}else {var valid6 = true;}if(valid6){if(data19.technology !== undefined){const _errs55 = errors;if(typeof data19.technology !== "string"){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1+"/technology",schemaPath:"#/properties/dependencies/items/properties/technology/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid6 = _errs55 === errors;}else {var valid6 = true;}if(valid6){if(data19.async !== undefined){const _errs57 = errors;if(typeof data19.async !== "boolean"){validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1+"/async",schemaPath:"#/properties/dependencies/items/properties/async/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid6 = _errs57 === errors;}else {var valid6 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid5 = _errs46 === errors;if(!valid5){break;}}}}else {validate10.errors = [{instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs44 === errors;}else {var valid0 = true;}if(valid0){if(data.flows !== undefined){let data25 = data.flows;const _errs59 = errors;if(errors === _errs59){if(Array.isArray(data25)){if(data25.length > 200){validate10.errors = [{instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];return false;}else {var valid7 = true;const len2 = data25.length;for(let i2=0; i2<len2; i2++){let data26 = data25[i2];const _errs61 = errors;if(errors === _errs61){if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing3;if(((data26.name === undefined) && (missing3 = "name")) || ((data26.steps === undefined) && (missing3 = "steps"))){validate10.errors = [{instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs63 = errors;for(const key4 in data26){if(!(((key4 === "name") || (key4 === "description")) || (key4 === "steps"))){validate10.errors = [{instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs63 === errors){if(data26.name !== undefined){let data27 = data26.name;const _errs64 = errors;if(errors === _errs64){if(typeof data27 === "string"){if(!pattern1.test(data27)){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/name",schemaPath:"#/properties/flows/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/name",schemaPath:"#/properties/flows/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid8 = _errs64 === errors;}else {var valid8 = true;}if(valid8){if(data26.description !== undefined){const _errs66 = errors;if(typeof data26.description !== "string"){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/description",schemaPath:"#/properties/flows/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid8 = _errs66 === errors;}else {var valid8 = true;}if(valid8){if(data26.steps !== undefined){let data29 = data26.steps;const _errs68 = errors;if(errors === _errs68){if(Array.isArray(data29)){if(data29.length > 500){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {if(data29.length < 1){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid9 = true;const len3 = data29.length;for(let i3=0; i3<len3; i3++){let data30 = data29[i3];const _errs70 = errors;if(errors === _errs70){if(data30 && typeof data30 == "object" && !Array.isArray(data30)){let missing4;if(((data30.from === undefined) && (missing4 = "from")) || ((data30.to === undefined) && (missing4 = "to"))){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs72 = errors;for(const key5 in data30){if(!((((key5 === "from") || (key5 === "to")) || (key5 === "message")) || (key5 === "async"))){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];return false;break;}}if(_errs72 === errors){if(data30.from !== undefined){const _errs73 = errors;if(typeof data30.from !== "string"){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/from",schemaPath:"#/properties/flows/items/properties/steps/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid10 = _errs73 === errors;}else {var valid10 = true;}if(valid10){if(data30.to !== undefined){const _errs75 = errors;if(typeof data30.to !== "string"){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/to",schemaPath:"#/properties/flows/items/properties/steps/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid10 = _errs75 === errors;}else {var valid10 = true;}if(valid10){if(data30.message !== undefined){const _errs77 = errors;if(typeof data30.message !== "string"){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/message",schemaPath:"#/properties/flows/items/properties/steps/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid10 = _errs77 === errors;}else {var valid10 = true;}if(valid10){if(data30.async !== undefined){const _errs79 = errors;if(typeof data30.async !== "boolean"){validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/async",schemaPath:"#/properties/flows/items/properties/steps/items/properties/async/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid10 = _errs79 === errors;}else {var valid10 = true;}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid9 = _errs70 === errors;if(!valid9){break;}}}}}else {validate10.errors = [{instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs68 === errors;}else {var valid8 = true;}}}}}}else {validate10.errors = [{instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid7 = _errs61 === errors;if(!valid7){break;}}}}else {validate10.errors = [{instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs59 === errors;}else {var valid0 = true;}if(valid0){if(data.derived_sections !== undefined){const _errs81 = errors;if(typeof data.derived_sections !== "boolean"){validate10.errors = [{instancePath:instancePath+"/derived_sections",schemaPath:"#/properties/derived_sections/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs81 === errors;}else {var valid0 = true;}if(valid0){if(data.sections !== undefined){let data36 = data.sections;const _errs83 = errors;if(errors === _errs83){if(data36 && typeof data36 == "object" && !Array.isArray(data36)){const _errs85 = errors;for(const key6 in data36){if(!(func2.call(schema11.properties.sections.properties, key6))){validate10.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];return false;break;}}if(_errs85 === errors){if(data36.data_flow !== undefined){const _errs86 = errors;if(typeof data36.data_flow !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/data_flow",schemaPath:"#/properties/sections/properties/data_flow/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs86 === errors;}else {var valid11 = true;}if(valid11){if(data36.data_storage !== undefined){const _errs88 = errors;if(typeof data36.data_storage !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/data_storage",schemaPath:"#/properties/sections/properties/data_storage/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs88 === errors;}else {var valid11 = true;}if(valid11){if(data36.security !== undefined){const _errs90 = errors;if(typeof data36.security !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/security",schemaPath:"#/properties/sections/properties/security/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs90 === errors;}else {var valid11 = true;}if(valid11){if(data36.scalability !== undefined){const _errs92 = errors;if(typeof data36.scalability !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/scalability",schemaPath:"#/properties/sections/properties/scalability/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs92 === errors;}else {var valid11 = true;}if(valid11){if(data36.deployment !== undefined){const _errs94 = errors;if(typeof data36.deployment !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/deployment",schemaPath:"#/properties/sections/properties/deployment/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs94 === errors;}else {var valid11 = true;}if(valid11){if(data36.monitoring !== undefined){const _errs96 = errors;if(typeof data36.monitoring !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/monitoring",schemaPath:"#/properties/sections/properties/monitoring/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs96 === errors;}else {var valid11 = true;}if(valid11){if(data36.disaster_recovery !== undefined){const _errs98 = errors;if(typeof data36.disaster_recovery !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/disaster_recovery",schemaPath:"#/properties/sections/properties/disaster_recovery/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs98 === errors;}else {var valid11 = true;}if(valid11){if(data36.technology_stack !== undefined){const _errs100 = errors;if(typeof data36.technology_stack !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/technology_stack",schemaPath:"#/properties/sections/properties/technology_stack/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs100 === errors;}else {var valid11 = true;}if(valid11){if(data36.api !== undefined){const _errs102 = errors;if(typeof data36.api !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/api",schemaPath:"#/properties/sections/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs102 === errors;}else {var valid11 = true;}if(valid11){if(data36.configuration !== undefined){const _errs104 = errors;if(typeof data36.configuration !== "string"){validate10.errors = [{instancePath:instancePath+"/sections/configuration",schemaPath:"#/properties/sections/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid11 = _errs104 === errors;}else {var valid11 = true;}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs83 === errors;}else {var valid0 = true;}if(valid0){if(data.runtime !== undefined){let data47 = data.runtime;const _errs106 = errors;const _errs107 = errors;let valid12 = false;let passing1 = null;const _errs108 = errors;if(errors === _errs108){if(typeof data47 === "string"){if(func3(data47) < 1){const err11 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}var _valid1 = _errs108 === errors;if(_valid1){valid12 = true;passing1 = 0;}const _errs110 = errors;if(errors === _errs110){if(Array.isArray(data47)){if(data47.length > 100){const err13 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {var valid13 = true;const len4 = data47.length;for(let i4=0; i4<len4; i4++){let data48 = data47[i4];const _errs112 = errors;if(errors === _errs112){if(typeof data48 === "string"){if(func3(data48) < 1){const err14 = {instancePath:instancePath+"/runtime/" + i4,schemaPath:"#/properties/runtime/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/runtime/" + i4,schemaPath:"#/properties/runtime/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}var valid13 = _errs112 === errors;if(!valid13){break;}}}}else {const err16 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid1 = _errs110 === errors;if(_valid1 && valid12){valid12 = false;passing1 = [passing1, 1];}else {if(_valid1){valid12 = true;passing1 = 1;}}if(!valid12){const err17 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs107;if(vErrors !== null){if(_errs107){vErrors.length = _errs107;}else {vErrors = null;}}}var valid0 = _errs106 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/engine/schema/explain.js
// Generated by `npm run schemas` (scripts/compile-schemas.ts) from schema/: do not edit.

const explain_ucs2length = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"]
const explainBlueprint = explain_validate10;const explain_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"blueprint-docs blueprint (format version 1)","description":"A blueprint describes one system: its components, their dependencies and an overview. blueprint-docs turns it into a Markdown architecture document with a Mermaid diagram. Editors: add `# yaml-language-server: $schema=<relative path to>/schema/blueprint.schema.json` as the first line of a YAML blueprint, or a top-level \"$schema\" key in a JSON one (the only key besides the documented ones that is allowed; blueprint-docs ignores it).","type":"object","additionalProperties":false,"required":["id","project"],"properties":{"$schema":{"title":"JSON Schema","description":"Optional path or URL of this schema, for editors. Ignored by blueprint-docs.","type":"string"},"id":{"title":"Blueprint id","description":"Required. Identifies the blueprint (the `blueprint_id` placeholder): lower-case letters, digits, \"-\", \"_\" and \".\", starting with a letter or digit.","type":"string","pattern":"^[a-z0-9][a-z0-9-_.]*$","examples":["checkout"]},"project":{"title":"Project id","description":"Required. The project the system belongs to (the `project_id` placeholder). Must hold a character other than white space.","type":"string","pattern":"\\S","examples":["acme-shop"]},"title":{"title":"Document title","description":"Optional. The system's name as readers see it: the document's first heading becomes `# <title> — System Architecture Documentation` (without a title it stays `# System Architecture Documentation`), and a blueprint without an overview says `<title>: no overview written yet.` A blank title counts as none.","type":"string"},"overview":{"title":"Architecture overview","description":"Optional Markdown: what the system does and why (the `architecture_overview` placeholder).","type":"string"},"diagram":{"title":"Diagram","description":"Optional. Either the shorthand `flowchart` or `c4`, or a mapping with `type`, `direction` and `views`. Default: a top-to-bottom flowchart.","oneOf":[{"title":"Diagram type (shorthand)","description":"`flowchart` (default) or `c4`.","type":"string","enum":["flowchart","c4"]},{"title":"Diagram settings","description":"The diagram type and, for flowcharts, the direction of the arrows.","type":"object","additionalProperties":false,"properties":{"type":{"title":"Diagram type","description":"`flowchart` (default) or `c4` (the `diagram_type` placeholder).","type":"string","enum":["flowchart","c4"],"default":"flowchart"},"direction":{"title":"Flowchart direction","description":"TB (top to bottom), LR (left to right), BT (bottom to top) or RL (right to left); C4 diagrams take it too. Unset: top to bottom unless that drawing would be too wide or too tall for a page, then left to right.","type":"string","enum":["TB","LR","BT","RL"]},"views":{"title":"Diagram views","description":"auto (default): one diagram when it fits a page (at most 1,600 px wide and 3:1 tall), else an overview with one node per group and one diagram per group; always: the overview and group views whatever the size; never: one diagram whatever the size.","type":"string","enum":["auto","always","never"],"default":"auto"}}}]},"components":{"title":"Components","description":"The building blocks of the system, in the order they should be listed. At most 2,000.","type":"array","maxItems":2000,"items":{"title":"Component","description":"One component. Only `id` is required.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"title":"Component id","description":"Required, unique within the blueprint. Dependencies refer to components by this id.","type":"string","minLength":1,"examples":["web","orders-db"]},"name":{"title":"Name","description":"Optional display name, any text; leave it out to show the id. When given it must hold a character other than white space: an empty name is refused, not shown as a blank.","type":"string","pattern":"\\S"},"type":{"title":"Component type","description":"Optional, default `service`. These types have a diagram shape of their own: person, frontend, gateway, service, function, database, cache, queue, storage, external. Any other value is accepted and drawn as a service.","type":"string","default":"service","examples":["person","frontend","gateway","service","function","database","cache","queue","storage","external"]},"technology":{"title":"Technology","description":"Optional, e.g. `React 18` or `PostgreSQL 16`.","type":"string"},"description":{"title":"Description","description":"Optional Markdown describing what the component does.","type":"string"},"group":{"title":"Group","description":"Optional. Components with the same group are drawn boxed together.","type":"string"},"runtime":{"title":"Runtime name","description":"Optional. The Compose service or Kubernetes workload (or Service) in the blueprint's `runtime:` files that this component is, when its name differs from the component id. A name that is not there is reported as drift (drift-missing-runtime).","type":"string","minLength":1}}}},"dependencies":{"title":"Dependencies","description":"Who calls or uses whom: one arrow in the diagram each. At most 10,000.","type":"array","maxItems":10000,"items":{"title":"Dependency","description":"An arrow from one component to another. `from` and `to` are required: a component id of this blueprint, or a reference to another blueprint of the repository, `<blueprint-id>/<component-id>` for one of its components or `<blueprint-id>/` for the whole system.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that depends on the other, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["web","payments/api","payments/"]},"to":{"title":"To","description":"Required. The id of the component depended on, or a reference to another blueprint: `<blueprint-id>/<component-id>`, or `<blueprint-id>/` for the whole system.","type":"string","examples":["orders-db","payments/api","payments/"]},"description":{"title":"Description","description":"Optional, e.g. `reads orders`; the arrow's label.","type":"string"},"technology":{"title":"Technology","description":"Optional protocol or technology, e.g. `HTTPS/JSON`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws a dashed arrow (messages, events).","type":"boolean","default":false}}}},"flows":{"title":"Flows","description":"Optional. The system's important request paths (C4's dynamic views), each drawn in the document as a Mermaid sequence diagram whose participants are the components' names. With `derived_sections`, a flow whose name mentions authentication, login or sign-in is the Authentication Flow. At most 200 flows.","type":"array","maxItems":200,"items":{"title":"Flow","description":"One named request path: its steps in the order they happen.","type":"object","additionalProperties":false,"required":["name","steps"],"properties":{"name":{"title":"Name","description":"Required, e.g. `Place an order`; the heading above the diagram. Must hold a character other than white space.","type":"string","pattern":"\\S","examples":["Place an order","Sign in"]},"description":{"title":"Description","description":"Optional Markdown shown above the diagram.","type":"string"},"steps":{"title":"Steps","description":"Required, at least one, at most 500: the messages of the flow, in order.","type":"array","minItems":1,"maxItems":500,"items":{"title":"Step","description":"One message from one component to another. `from` and `to` are component ids of this blueprint, or references to another blueprint's component, `<blueprint-id>/<component-id>`.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"title":"From","description":"Required. The id of the component that sends the message, or `<blueprint-id>/<component-id>`.","type":"string","examples":["web","payments/api"]},"to":{"title":"To","description":"Required. The id of the component that receives it, or `<blueprint-id>/<component-id>`.","type":"string","examples":["orders","payments/api"]},"message":{"title":"Message","description":"Optional text on the arrow, e.g. `POST /orders`.","type":"string"},"async":{"title":"Asynchronous","description":"Optional, default false. true draws an open arrow (a message not waited for).","type":"boolean","default":false}}}}}}},"derived_sections":{"title":"Sections from the blueprint","description":"Optional. true writes every standard section from what is known, and nothing else: the components, dependencies, flows and `sections:` of this blueprint, and what its `runtime:` files say (replicas, autoscalers, probes, volumes, Services, images, ConfigMap, Secret and env-file names, environment variable names; never a value). A section or line for which nothing is known says so and names the key that would fill it. Performance targets, RTO and RPO come only from `sections:`. A `sections:` override still wins. false keeps the standard format's fixed text. Absent: the repository's default, which is false. `blueprint-docs init` writes true.","type":"boolean"},"sections":{"title":"Section overrides","description":"Optional. Replaces the body of a standard section of the document; its heading stays. Values are Markdown.","type":"object","additionalProperties":false,"properties":{"data_flow":{"title":"Data Flow","description":"Markdown replacing the body of the data flow section.","type":"string"},"data_storage":{"title":"Data Storage","description":"Markdown replacing the body of the data storage section.","type":"string"},"security":{"title":"Security","description":"Markdown replacing the body of the security section.","type":"string"},"scalability":{"title":"Scalability","description":"Markdown replacing the body of the scalability section.","type":"string"},"deployment":{"title":"Deployment","description":"Markdown replacing the body of the deployment section.","type":"string"},"monitoring":{"title":"Monitoring","description":"Markdown replacing the body of the monitoring section.","type":"string"},"disaster_recovery":{"title":"Disaster Recovery","description":"Markdown replacing the body of the disaster recovery section.","type":"string"},"technology_stack":{"title":"Technology Stack","description":"Markdown replacing the body of the technology stack section.","type":"string"},"api":{"title":"API","description":"Markdown replacing the body of the API section.","type":"string"},"configuration":{"title":"Configuration","description":"Markdown replacing the body of the configuration section.","type":"string"}}},"runtime":{"title":"Runtime files","description":"Optional. Where the system runs: a path, or a list of paths, relative to this blueprint and inside the repository, of Compose files or Kubernetes manifests (files or folders of them). `validate`, `check` and the action then report drift: a service or workload with no component (drift-missing-component), a component whose `runtime:` names nothing there (drift-missing-runtime), a dependency the files show that the blueprint does not list (drift-missing-dependency). `blueprint-docs init --from` writes it.","oneOf":[{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1},{"title":"Runtime files","description":"Compose files, Kubernetes manifests or folders of manifests, relative to this blueprint.","type":"array","maxItems":100,"items":{"title":"Runtime file","description":"A Compose file, a Kubernetes manifest or a folder of manifests, relative to this blueprint.","type":"string","minLength":1}}],"examples":["docker-compose.yml",["deploy/kubernetes/"]]}}};const explain_func2 = Object.prototype.hasOwnProperty;const explain_func3 = explain_ucs2length;const explain_pattern0 = new RegExp("^[a-z0-9][a-z0-9-_.]*$", "u");const explain_pattern1 = new RegExp("\\S", "u");function explain_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:explain_schema11.required,parentSchema:explain_schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.project === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:explain_schema11.required,parentSchema:explain_schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(explain_func2.call(explain_schema11.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.$schema.type,parentSchema:explain_schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.id !== undefined){let data1 = data.id;if(typeof data1 === "string"){if(!explain_pattern0.test(data1)){const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-_.]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-_.]*$"+"\"",schema:"^[a-z0-9][a-z0-9-_.]*$",parentSchema:explain_schema11.properties.id,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.id.type,parentSchema:explain_schema11.properties.id,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.project !== undefined){let data2 = data.project;if(typeof data2 === "string"){if(!explain_pattern1.test(data2)){const err6 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:explain_schema11.properties.project,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.project.type,parentSchema:explain_schema11.properties.project,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.title !== undefined){let data3 = data.title;if(typeof data3 !== "string"){const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.title.type,parentSchema:explain_schema11.properties.title,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.overview !== undefined){let data4 = data.overview;if(typeof data4 !== "string"){const err9 = {instancePath:instancePath+"/overview",schemaPath:"#/properties/overview/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.overview.type,parentSchema:explain_schema11.properties.overview,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.diagram !== undefined){let data5 = data.diagram;const _errs13 = errors;let valid1 = false;let passing0 = null;const _errs14 = errors;if(typeof data5 !== "string"){const err10 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.diagram.oneOf[0].type,parentSchema:explain_schema11.properties.diagram.oneOf[0],data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!((data5 === "flowchart") || (data5 === "c4"))){const err11 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/0/enum",keyword:"enum",params:{allowedValues: explain_schema11.properties.diagram.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:explain_schema11.properties.diagram.oneOf[0].enum,parentSchema:explain_schema11.properties.diagram.oneOf[0],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs14 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs16 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(((key1 === "type") || (key1 === "direction")) || (key1 === "views"))){const err12 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.diagram.oneOf[1],data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.type !== undefined){let data6 = data5.type;if(typeof data6 !== "string"){const err13 = {instancePath:instancePath+"/diagram/type",schemaPath:"#/properties/diagram/oneOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.diagram.oneOf[1].properties.type.type,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.type,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(!((data6 === "flowchart") || (data6 === "c4"))){const err14 = {instancePath:instancePath+"/diagram/type",schemaPath:"#/properties/diagram/oneOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: explain_schema11.properties.diagram.oneOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:explain_schema11.properties.diagram.oneOf[1].properties.type.enum,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.type,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.direction !== undefined){let data7 = data5.direction;if(typeof data7 !== "string"){const err15 = {instancePath:instancePath+"/diagram/direction",schemaPath:"#/properties/diagram/oneOf/1/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.diagram.oneOf[1].properties.direction.type,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.direction,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!((((data7 === "TB") || (data7 === "LR")) || (data7 === "BT")) || (data7 === "RL"))){const err16 = {instancePath:instancePath+"/diagram/direction",schemaPath:"#/properties/diagram/oneOf/1/properties/direction/enum",keyword:"enum",params:{allowedValues: explain_schema11.properties.diagram.oneOf[1].properties.direction.enum},message:"must be equal to one of the allowed values",schema:explain_schema11.properties.diagram.oneOf[1].properties.direction.enum,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.direction,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.views !== undefined){let data8 = data5.views;if(typeof data8 !== "string"){const err17 = {instancePath:instancePath+"/diagram/views",schemaPath:"#/properties/diagram/oneOf/1/properties/views/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.diagram.oneOf[1].properties.views.type,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.views,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(((data8 === "auto") || (data8 === "always")) || (data8 === "never"))){const err18 = {instancePath:instancePath+"/diagram/views",schemaPath:"#/properties/diagram/oneOf/1/properties/views/enum",keyword:"enum",params:{allowedValues: explain_schema11.properties.diagram.oneOf[1].properties.views.enum},message:"must be equal to one of the allowed values",schema:explain_schema11.properties.diagram.oneOf[1].properties.views.enum,parentSchema:explain_schema11.properties.diagram.oneOf[1].properties.views,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.diagram.oneOf[1].type,parentSchema:explain_schema11.properties.diagram.oneOf[1],data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid0 = _errs16 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err20 = {instancePath:instancePath+"/diagram",schemaPath:"#/properties/diagram/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:explain_schema11.properties.diagram.oneOf,parentSchema:explain_schema11.properties.diagram,data:data5};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}}if(data.components !== undefined){let data9 = data.components;if(Array.isArray(data9)){if(data9.length > 2000){const err21 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items",schema:2000,parentSchema:explain_schema11.properties.components,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.id === undefined){const err22 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:explain_schema11.properties.components.items.required,parentSchema:explain_schema11.properties.components.items,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key2 in data10){if(!(((((((key2 === "id") || (key2 === "name")) || (key2 === "type")) || (key2 === "technology")) || (key2 === "description")) || (key2 === "group")) || (key2 === "runtime"))){const err23 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.components.items,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data10.id !== undefined){let data11 = data10.id;if(typeof data11 === "string"){if(explain_func3(data11) < 1){const err24 = {instancePath:instancePath+"/components/" + i0+"/id",schemaPath:"#/properties/components/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:explain_schema11.properties.components.items.properties.id,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/components/" + i0+"/id",schemaPath:"#/properties/components/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.id.type,parentSchema:explain_schema11.properties.components.items.properties.id,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data10.name !== undefined){let data12 = data10.name;if(typeof data12 === "string"){if(!explain_pattern1.test(data12)){const err26 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:explain_schema11.properties.components.items.properties.name,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/components/" + i0+"/name",schemaPath:"#/properties/components/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.name.type,parentSchema:explain_schema11.properties.components.items.properties.name,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data10.type !== undefined){let data13 = data10.type;if(typeof data13 !== "string"){const err28 = {instancePath:instancePath+"/components/" + i0+"/type",schemaPath:"#/properties/components/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.type.type,parentSchema:explain_schema11.properties.components.items.properties.type,data:data13};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data10.technology !== undefined){let data14 = data10.technology;if(typeof data14 !== "string"){const err29 = {instancePath:instancePath+"/components/" + i0+"/technology",schemaPath:"#/properties/components/items/properties/technology/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.technology.type,parentSchema:explain_schema11.properties.components.items.properties.technology,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data10.description !== undefined){let data15 = data10.description;if(typeof data15 !== "string"){const err30 = {instancePath:instancePath+"/components/" + i0+"/description",schemaPath:"#/properties/components/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.description.type,parentSchema:explain_schema11.properties.components.items.properties.description,data:data15};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data10.group !== undefined){let data16 = data10.group;if(typeof data16 !== "string"){const err31 = {instancePath:instancePath+"/components/" + i0+"/group",schemaPath:"#/properties/components/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.group.type,parentSchema:explain_schema11.properties.components.items.properties.group,data:data16};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data10.runtime !== undefined){let data17 = data10.runtime;if(typeof data17 === "string"){if(explain_func3(data17) < 1){const err32 = {instancePath:instancePath+"/components/" + i0+"/runtime",schemaPath:"#/properties/components/items/properties/runtime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:explain_schema11.properties.components.items.properties.runtime,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/components/" + i0+"/runtime",schemaPath:"#/properties/components/items/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.components.items.properties.runtime.type,parentSchema:explain_schema11.properties.components.items.properties.runtime,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.components.items.type,parentSchema:explain_schema11.properties.components.items,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:explain_schema11.properties.components.type,parentSchema:explain_schema11.properties.components,data:data9};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.dependencies !== undefined){let data18 = data.dependencies;if(Array.isArray(data18)){if(data18.length > 10000){const err36 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:explain_schema11.properties.dependencies,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}const len1 = data18.length;for(let i1=0; i1<len1; i1++){let data19 = data18[i1];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.from === undefined){const err37 = {instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:explain_schema11.properties.dependencies.items.required,parentSchema:explain_schema11.properties.dependencies.items,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data19.to === undefined){const err38 = {instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:explain_schema11.properties.dependencies.items.required,parentSchema:explain_schema11.properties.dependencies.items,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}for(const key3 in data19){if(!(((((key3 === "from") || (key3 === "to")) || (key3 === "description")) || (key3 === "technology")) || (key3 === "async"))){const err39 = {instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.dependencies.items,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19.from !== undefined){let data20 = data19.from;if(typeof data20 !== "string"){const err40 = {instancePath:instancePath+"/dependencies/" + i1+"/from",schemaPath:"#/properties/dependencies/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.dependencies.items.properties.from.type,parentSchema:explain_schema11.properties.dependencies.items.properties.from,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19.to !== undefined){let data21 = data19.to;if(typeof data21 !== "string"){const err41 = {instancePath:instancePath+"/dependencies/" + i1+"/to",schemaPath:"#/properties/dependencies/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.dependencies.items.properties.to.type,parentSchema:explain_schema11.properties.dependencies.items.properties.to,data:data21};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data19.description !== undefined){let data22 = data19.description;if(typeof data22 !== "string"){const err42 = {instancePath:instancePath+"/dependencies/" + i1+"/description",schemaPath:"#/properties/dependencies/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.dependencies.items.properties.description.type,parentSchema:explain_schema11.properties.dependencies.items.properties.description,data:data22};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data19.technology !== undefined){let data23 = data19.technology;if(typeof data23 !== "string"){const err43 = {instancePath:instancePath+"/dependencies/" + i1+"/technology",schemaPath:"#/properties/dependencies/items/properties/technology/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.dependencies.items.properties.technology.type,parentSchema:explain_schema11.properties.dependencies.items.properties.technology,data:data23};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data19.async !== undefined){let data24 = data19.async;if(typeof data24 !== "boolean"){const err44 = {instancePath:instancePath+"/dependencies/" + i1+"/async",schemaPath:"#/properties/dependencies/items/properties/async/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:explain_schema11.properties.dependencies.items.properties.async.type,parentSchema:explain_schema11.properties.dependencies.items.properties.async,data:data24};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/dependencies/" + i1,schemaPath:"#/properties/dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.dependencies.items.type,parentSchema:explain_schema11.properties.dependencies.items,data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:explain_schema11.properties.dependencies.type,parentSchema:explain_schema11.properties.dependencies,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.flows !== undefined){let data25 = data.flows;if(Array.isArray(data25)){if(data25.length > 200){const err47 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:explain_schema11.properties.flows,data:data25};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}const len2 = data25.length;for(let i2=0; i2<len2; i2++){let data26 = data25[i2];if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.name === undefined){const err48 = {instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:explain_schema11.properties.flows.items.required,parentSchema:explain_schema11.properties.flows.items,data:data26};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data26.steps === undefined){const err49 = {instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:explain_schema11.properties.flows.items.required,parentSchema:explain_schema11.properties.flows.items,data:data26};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}for(const key4 in data26){if(!(((key4 === "name") || (key4 === "description")) || (key4 === "steps"))){const err50 = {instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.flows.items,data:data26};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data26.name !== undefined){let data27 = data26.name;if(typeof data27 === "string"){if(!explain_pattern1.test(data27)){const err51 = {instancePath:instancePath+"/flows/" + i2+"/name",schemaPath:"#/properties/flows/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:explain_schema11.properties.flows.items.properties.name,data:data27};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/flows/" + i2+"/name",schemaPath:"#/properties/flows/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.flows.items.properties.name.type,parentSchema:explain_schema11.properties.flows.items.properties.name,data:data27};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data26.description !== undefined){let data28 = data26.description;if(typeof data28 !== "string"){const err53 = {instancePath:instancePath+"/flows/" + i2+"/description",schemaPath:"#/properties/flows/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.flows.items.properties.description.type,parentSchema:explain_schema11.properties.flows.items.properties.description,data:data28};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data26.steps !== undefined){let data29 = data26.steps;if(Array.isArray(data29)){if(data29.length > 500){const err54 = {instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:explain_schema11.properties.flows.items.properties.steps,data:data29};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data29.length < 1){const err55 = {instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:explain_schema11.properties.flows.items.properties.steps,data:data29};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}const len3 = data29.length;for(let i3=0; i3<len3; i3++){let data30 = data29[i3];if(data30 && typeof data30 == "object" && !Array.isArray(data30)){if(data30.from === undefined){const err56 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:explain_schema11.properties.flows.items.properties.steps.items.required,parentSchema:explain_schema11.properties.flows.items.properties.steps.items,data:data30};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data30.to === undefined){const err57 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:explain_schema11.properties.flows.items.properties.steps.items.required,parentSchema:explain_schema11.properties.flows.items.properties.steps.items,data:data30};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}for(const key5 in data30){if(!((((key5 === "from") || (key5 === "to")) || (key5 === "message")) || (key5 === "async"))){const err58 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.flows.items.properties.steps.items,data:data30};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data30.from !== undefined){let data31 = data30.from;if(typeof data31 !== "string"){const err59 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/from",schemaPath:"#/properties/flows/items/properties/steps/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.flows.items.properties.steps.items.properties.from.type,parentSchema:explain_schema11.properties.flows.items.properties.steps.items.properties.from,data:data31};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data30.to !== undefined){let data32 = data30.to;if(typeof data32 !== "string"){const err60 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/to",schemaPath:"#/properties/flows/items/properties/steps/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.flows.items.properties.steps.items.properties.to.type,parentSchema:explain_schema11.properties.flows.items.properties.steps.items.properties.to,data:data32};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data30.message !== undefined){let data33 = data30.message;if(typeof data33 !== "string"){const err61 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/message",schemaPath:"#/properties/flows/items/properties/steps/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.flows.items.properties.steps.items.properties.message.type,parentSchema:explain_schema11.properties.flows.items.properties.steps.items.properties.message,data:data33};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data30.async !== undefined){let data34 = data30.async;if(typeof data34 !== "boolean"){const err62 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3+"/async",schemaPath:"#/properties/flows/items/properties/steps/items/properties/async/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:explain_schema11.properties.flows.items.properties.steps.items.properties.async.type,parentSchema:explain_schema11.properties.flows.items.properties.steps.items.properties.async,data:data34};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/flows/" + i2+"/steps/" + i3,schemaPath:"#/properties/flows/items/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.flows.items.properties.steps.items.type,parentSchema:explain_schema11.properties.flows.items.properties.steps.items,data:data30};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/flows/" + i2+"/steps",schemaPath:"#/properties/flows/items/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:explain_schema11.properties.flows.items.properties.steps.type,parentSchema:explain_schema11.properties.flows.items.properties.steps,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/flows/" + i2,schemaPath:"#/properties/flows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.flows.items.type,parentSchema:explain_schema11.properties.flows.items,data:data26};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:explain_schema11.properties.flows.type,parentSchema:explain_schema11.properties.flows,data:data25};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.derived_sections !== undefined){let data35 = data.derived_sections;if(typeof data35 !== "boolean"){const err67 = {instancePath:instancePath+"/derived_sections",schemaPath:"#/properties/derived_sections/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:explain_schema11.properties.derived_sections.type,parentSchema:explain_schema11.properties.derived_sections,data:data35};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.sections !== undefined){let data36 = data.sections;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key6 in data36){if(!(explain_func2.call(explain_schema11.properties.sections.properties, key6))){const err68 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:explain_schema11.properties.sections,data:data36};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data36.data_flow !== undefined){let data37 = data36.data_flow;if(typeof data37 !== "string"){const err69 = {instancePath:instancePath+"/sections/data_flow",schemaPath:"#/properties/sections/properties/data_flow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.data_flow.type,parentSchema:explain_schema11.properties.sections.properties.data_flow,data:data37};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data36.data_storage !== undefined){let data38 = data36.data_storage;if(typeof data38 !== "string"){const err70 = {instancePath:instancePath+"/sections/data_storage",schemaPath:"#/properties/sections/properties/data_storage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.data_storage.type,parentSchema:explain_schema11.properties.sections.properties.data_storage,data:data38};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data36.security !== undefined){let data39 = data36.security;if(typeof data39 !== "string"){const err71 = {instancePath:instancePath+"/sections/security",schemaPath:"#/properties/sections/properties/security/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.security.type,parentSchema:explain_schema11.properties.sections.properties.security,data:data39};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data36.scalability !== undefined){let data40 = data36.scalability;if(typeof data40 !== "string"){const err72 = {instancePath:instancePath+"/sections/scalability",schemaPath:"#/properties/sections/properties/scalability/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.scalability.type,parentSchema:explain_schema11.properties.sections.properties.scalability,data:data40};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data36.deployment !== undefined){let data41 = data36.deployment;if(typeof data41 !== "string"){const err73 = {instancePath:instancePath+"/sections/deployment",schemaPath:"#/properties/sections/properties/deployment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.deployment.type,parentSchema:explain_schema11.properties.sections.properties.deployment,data:data41};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data36.monitoring !== undefined){let data42 = data36.monitoring;if(typeof data42 !== "string"){const err74 = {instancePath:instancePath+"/sections/monitoring",schemaPath:"#/properties/sections/properties/monitoring/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.monitoring.type,parentSchema:explain_schema11.properties.sections.properties.monitoring,data:data42};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data36.disaster_recovery !== undefined){let data43 = data36.disaster_recovery;if(typeof data43 !== "string"){const err75 = {instancePath:instancePath+"/sections/disaster_recovery",schemaPath:"#/properties/sections/properties/disaster_recovery/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.disaster_recovery.type,parentSchema:explain_schema11.properties.sections.properties.disaster_recovery,data:data43};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data36.technology_stack !== undefined){let data44 = data36.technology_stack;if(typeof data44 !== "string"){const err76 = {instancePath:instancePath+"/sections/technology_stack",schemaPath:"#/properties/sections/properties/technology_stack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.technology_stack.type,parentSchema:explain_schema11.properties.sections.properties.technology_stack,data:data44};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data36.api !== undefined){let data45 = data36.api;if(typeof data45 !== "string"){const err77 = {instancePath:instancePath+"/sections/api",schemaPath:"#/properties/sections/properties/api/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.api.type,parentSchema:explain_schema11.properties.sections.properties.api,data:data45};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data36.configuration !== undefined){let data46 = data36.configuration;if(typeof data46 !== "string"){const err78 = {instancePath:instancePath+"/sections/configuration",schemaPath:"#/properties/sections/properties/configuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.sections.properties.configuration.type,parentSchema:explain_schema11.properties.sections.properties.configuration,data:data46};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.properties.sections.type,parentSchema:explain_schema11.properties.sections,data:data36};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.runtime !== undefined){let data47 = data.runtime;const _errs107 = errors;let valid16 = false;let passing1 = null;const _errs108 = errors;if(typeof data47 === "string"){if(explain_func3(data47) < 1){const err80 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:explain_schema11.properties.runtime.oneOf[0],data:data47};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.runtime.oneOf[0].type,parentSchema:explain_schema11.properties.runtime.oneOf[0],data:data47};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}var _valid1 = _errs108 === errors;if(_valid1){valid16 = true;passing1 = 0;}const _errs110 = errors;if(Array.isArray(data47)){if(data47.length > 100){const err82 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:explain_schema11.properties.runtime.oneOf[1],data:data47};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}const len4 = data47.length;for(let i4=0; i4<len4; i4++){let data48 = data47[i4];if(typeof data48 === "string"){if(explain_func3(data48) < 1){const err83 = {instancePath:instancePath+"/runtime/" + i4,schemaPath:"#/properties/runtime/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:explain_schema11.properties.runtime.oneOf[1].items,data:data48};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/runtime/" + i4,schemaPath:"#/properties/runtime/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:explain_schema11.properties.runtime.oneOf[1].items.type,parentSchema:explain_schema11.properties.runtime.oneOf[1].items,data:data48};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:explain_schema11.properties.runtime.oneOf[1].type,parentSchema:explain_schema11.properties.runtime.oneOf[1],data:data47};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid1 = _errs110 === errors;if(_valid1 && valid16){valid16 = false;passing1 = [passing1, 1];}else {if(_valid1){valid16 = true;passing1 = 1;}}if(!valid16){const err86 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:explain_schema11.properties.runtime.oneOf,parentSchema:explain_schema11.properties.runtime,data:data47};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}else {errors = _errs107;if(vErrors !== null){if(_errs107){vErrors.length = _errs107;}else {vErrors = null;}}}}}else {const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:explain_schema11.type,parentSchema:explain_schema11,data};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}explain_validate10.errors = vErrors;return errors === 0;}const explainConfig = validate11;const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"blueprint-docs repository configuration (.blueprint-docs.yaml)","description":"Optional settings for every run of blueprint-docs in a repository, read from .blueprint-docs.yaml at the repository root (the working directory). Action inputs and command-line options given explicitly win over it. Editors: add `# yaml-language-server: $schema=<relative path to>/schema/config.schema.json` as its first line.","type":"object","additionalProperties":false,"properties":{"$schema":{"title":"JSON Schema","description":"Optional path or URL of this schema, for editors. Ignored by blueprint-docs.","type":"string"},"blueprints":{"title":"Blueprint files","description":"Globs of blueprint files, relative to the repository root. Default: **/*.blueprint.yaml, **/*.blueprint.yml, **/*.blueprint.json.","type":"array","minItems":1,"items":{"type":"string","minLength":1},"examples":[["docs/**/*.blueprint.yaml"]]},"regions":{"title":"Files with marked regions","description":"Globs of the Markdown files (relative to the repository root) scanned for marked regions, <!-- blueprint-docs:begin PATH PART --> ... <!-- blueprint-docs:end -->. Default: every Markdown file that is not a generated document.","type":"array","minItems":1,"items":{"type":"string","minLength":1},"examples":[["README.md","services/*/README.md"]]},"output":{"title":"Document path","description":"Where each document goes: {dir} = the blueprint folder, {name} = its file name without .blueprint.*, {id} = the blueprint id. Default: {dir}/{name}.md.","type":"string","minLength":1,"examples":["docs/architecture/{id}.md"]},"template":{"title":"Template","description":"Path of a Handlebars or single-brace template. Default: the built-in standard format.","type":"string","minLength":1},"landscape":{"title":"Landscape document","description":"Path of the landscape document: every blueprint and the references between them. Default: none.","type":"string","minLength":1},"derived_sections":{"title":"Derived sections","description":"Write every standard section from what is known (the blueprint, its flows and its runtime files) instead of the standard format's fixed text, for every blueprint that does not say otherwise. Default: false (the standard text).","type":"boolean"},"rules":{"title":"Architecture rules","description":"The severity of each architecture rule: off, warning (shown, changes no exit code) or error (fails the run). Rules not named keep their default.","type":"object","additionalProperties":false,"properties":{"unknown-type":{"description":"A component type outside the ten known ones. Default: warning.","$ref":"#/definitions/severity"},"duplicate-dependency":{"description":"The same dependency, from one component to another, listed twice. Default: warning.","$ref":"#/definitions/severity"},"dependency-cycle":{"description":"A cycle of synchronous dependencies. Default: warning.","$ref":"#/definitions/severity"},"orphan-component":{"description":"A component with no dependency in or out, in a blueprint of two or more. Default: warning.","$ref":"#/definitions/severity"},"shared-database":{"description":"A database that two or more non-database components depend on. Default: off.","$ref":"#/definitions/severity"},"cross-reference":{"description":"A reference to a blueprint or component that does not exist. Default: error.","$ref":"#/definitions/severity"},"drift-missing-component":{"description":"A service or workload in the runtime files with no component in the blueprint. Default: warning.","$ref":"#/definitions/severity"},"drift-missing-runtime":{"description":"A component naming a runtime service or workload that does not exist there. Default: warning.","$ref":"#/definitions/severity"},"drift-missing-dependency":{"description":"A dependency the runtime files show that the blueprint does not list. Default: warning.","$ref":"#/definitions/severity"}}}},"definitions":{"severity":{"type":"string","enum":["off","warning","error"]}}};const schema13 = {"type":"string","enum":["off","warning","error"]};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "$schema") || (key0 === "blueprints")) || (key0 === "regions")) || (key0 === "output")) || (key0 === "template")) || (key0 === "landscape")) || (key0 === "derived_sections")) || (key0 === "rules"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.$schema.type,parentSchema:schema12.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.blueprints !== undefined){let data1 = data.blueprints;if(Array.isArray(data1)){if(data1.length < 1){const err2 = {instancePath:instancePath+"/blueprints",schemaPath:"#/properties/blueprints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.blueprints,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(explain_func3(data2) < 1){const err3 = {instancePath:instancePath+"/blueprints/" + i0,schemaPath:"#/properties/blueprints/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.blueprints.items,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/blueprints/" + i0,schemaPath:"#/properties/blueprints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.blueprints.items.type,parentSchema:schema12.properties.blueprints.items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/blueprints",schemaPath:"#/properties/blueprints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.blueprints.type,parentSchema:schema12.properties.blueprints,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.regions !== undefined){let data3 = data.regions;if(Array.isArray(data3)){if(data3.length < 1){const err6 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.regions,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];if(typeof data4 === "string"){if(explain_func3(data4) < 1){const err7 = {instancePath:instancePath+"/regions/" + i1,schemaPath:"#/properties/regions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.regions.items,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/regions/" + i1,schemaPath:"#/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.regions.items.type,parentSchema:schema12.properties.regions.items,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.regions.type,parentSchema:schema12.properties.regions,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.output !== undefined){let data5 = data.output;if(typeof data5 === "string"){if(explain_func3(data5) < 1){const err10 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.output,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.output.type,parentSchema:schema12.properties.output,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.template !== undefined){let data6 = data.template;if(typeof data6 === "string"){if(explain_func3(data6) < 1){const err12 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.template,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.template.type,parentSchema:schema12.properties.template,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.landscape !== undefined){let data7 = data.landscape;if(typeof data7 === "string"){if(explain_func3(data7) < 1){const err14 = {instancePath:instancePath+"/landscape",schemaPath:"#/properties/landscape/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.landscape,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/landscape",schemaPath:"#/properties/landscape/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.landscape.type,parentSchema:schema12.properties.landscape,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.derived_sections !== undefined){let data8 = data.derived_sections;if(typeof data8 !== "boolean"){const err16 = {instancePath:instancePath+"/derived_sections",schemaPath:"#/properties/derived_sections/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.derived_sections.type,parentSchema:schema12.properties.derived_sections,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.rules !== undefined){let data9 = data.rules;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key1 in data9){if(!(explain_func2.call(schema12.properties.rules.properties, key1))){const err17 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.rules,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data9["unknown-type"] !== undefined){let data10 = data9["unknown-type"];if(typeof data10 !== "string"){const err18 = {instancePath:instancePath+"/rules/unknown-type",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!(((data10 === "off") || (data10 === "warning")) || (data10 === "error"))){const err19 = {instancePath:instancePath+"/rules/unknown-type",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data9["duplicate-dependency"] !== undefined){let data11 = data9["duplicate-dependency"];if(typeof data11 !== "string"){const err20 = {instancePath:instancePath+"/rules/duplicate-dependency",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!(((data11 === "off") || (data11 === "warning")) || (data11 === "error"))){const err21 = {instancePath:instancePath+"/rules/duplicate-dependency",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data9["dependency-cycle"] !== undefined){let data12 = data9["dependency-cycle"];if(typeof data12 !== "string"){const err22 = {instancePath:instancePath+"/rules/dependency-cycle",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(!(((data12 === "off") || (data12 === "warning")) || (data12 === "error"))){const err23 = {instancePath:instancePath+"/rules/dependency-cycle",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data9["orphan-component"] !== undefined){let data13 = data9["orphan-component"];if(typeof data13 !== "string"){const err24 = {instancePath:instancePath+"/rules/orphan-component",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!(((data13 === "off") || (data13 === "warning")) || (data13 === "error"))){const err25 = {instancePath:instancePath+"/rules/orphan-component",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data9["shared-database"] !== undefined){let data14 = data9["shared-database"];if(typeof data14 !== "string"){const err26 = {instancePath:instancePath+"/rules/shared-database",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!(((data14 === "off") || (data14 === "warning")) || (data14 === "error"))){const err27 = {instancePath:instancePath+"/rules/shared-database",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data14};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data9["cross-reference"] !== undefined){let data15 = data9["cross-reference"];if(typeof data15 !== "string"){const err28 = {instancePath:instancePath+"/rules/cross-reference",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(!(((data15 === "off") || (data15 === "warning")) || (data15 === "error"))){const err29 = {instancePath:instancePath+"/rules/cross-reference",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data15};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data9["drift-missing-component"] !== undefined){let data16 = data9["drift-missing-component"];if(typeof data16 !== "string"){const err30 = {instancePath:instancePath+"/rules/drift-missing-component",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(!(((data16 === "off") || (data16 === "warning")) || (data16 === "error"))){const err31 = {instancePath:instancePath+"/rules/drift-missing-component",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data16};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data9["drift-missing-runtime"] !== undefined){let data17 = data9["drift-missing-runtime"];if(typeof data17 !== "string"){const err32 = {instancePath:instancePath+"/rules/drift-missing-runtime",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data17};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(!(((data17 === "off") || (data17 === "warning")) || (data17 === "error"))){const err33 = {instancePath:instancePath+"/rules/drift-missing-runtime",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data9["drift-missing-dependency"] !== undefined){let data18 = data9["drift-missing-dependency"];if(typeof data18 !== "string"){const err34 = {instancePath:instancePath+"/rules/drift-missing-dependency",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!(((data18 === "off") || (data18 === "warning")) || (data18 === "error"))){const err35 = {instancePath:instancePath+"/rules/drift-missing-dependency",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values",schema:schema13.enum,parentSchema:schema13,data:data18};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.rules.type,parentSchema:schema12.properties.rules,data:data9};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}validate11.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/engine/references.ts
/**
 * References between blueprints: a dependency end written
 * `<blueprint-id>/<component-id>` names a component of another blueprint of
 * the repository, `<blueprint-id>/` that whole system. This module reads
 * them, resolves them against every blueprint of the repository (found by
 * `id`) and says what does not resolve, as `cross-reference` findings. Pure:
 * the caller loads the blueprints.
 */


/** A blueprint id, as the blueprint schema allows it. */
const BLUEPRINT_ID = /^[a-z0-9][a-z0-9-_.]*$/;
/**
 * The reference a dependency end spells, or undefined when it is not shaped
 * like one. Only an end that is not a component id of its own blueprint is
 * a reference: a component may well be called `a/b`.
 */
function parseReference(end) {
    const slash = end.indexOf('/');
    if (slash <= 0)
        return undefined;
    const blueprint = end.slice(0, slash);
    if (!BLUEPRINT_ID.test(blueprint))
        return undefined;
    const component = end.slice(slash + 1);
    return component === '' ? { blueprint } : { blueprint, component };
}
/** The dependency ends of a blueprint that name another blueprint (not one of its own components), once each, sorted. */
function referencesOf(blueprint) {
    const own = new Set(blueprint.components.map((c) => c.id));
    const found = new Set();
    for (const d of blueprint.dependencies)
        for (const end of [d.from, d.to])
            if (!own.has(end) && parseReference(end) !== undefined)
                found.add(end);
    return [...found].sort();
}
/** The flow step ends of a blueprint that name another blueprint's component, once each, sorted. */
function flowReferencesOf(blueprint) {
    if (blueprint.flows === undefined)
        return [];
    const own = new Set(blueprint.components.map((c) => c.id));
    const found = new Set();
    for (const f of blueprint.flows)
        for (const s of f.steps)
            for (const end of [s.from, s.to])
                if (!own.has(end) && parseReference(end) !== undefined)
                    found.add(end);
    return [...found].sort();
}
/** True when a blueprint has at least one reference to another blueprint (in a dependency or a flow). */
function hasReferences(blueprint) {
    const own = new Set(blueprint.components.map((c) => c.id));
    return (blueprint.dependencies.some((d) => (!own.has(d.from) && parseReference(d.from) !== undefined) ||
        (!own.has(d.to) && parseReference(d.to) !== undefined)) || flowReferencesOf(blueprint).length > 0);
}
/** Indexes blueprints by id; `all` keeps them in path order. */
function indexSystems(systems) {
    const all = [...systems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const byId = new Map();
    for (const s of all)
        byId.set(s.blueprint.id, [...(byId.get(s.blueprint.id) ?? []), s]);
    return { all, byId };
}
/** A system's name as people read it: its title, else its id. */
function systemName(blueprint) {
    return blueprint.title !== undefined && blueprint.title.trim() !== ''
        ? blueprint.title
        : blueprint.id;
}
const quote = (s) => JSON.stringify((0,engine_text/* clip */.$Q)(s, 80));
/** Resolves one reference from the blueprint with id `from` (a blueprint cannot reference itself). */
function resolveReference(reference, from, systems) {
    const candidates = systems.byId.get(reference.blueprint) ?? [];
    if (reference.blueprint === from)
        return {
            ok: false,
            reason: `names this blueprint itself; write the component id without ${quote(`${from}/`)}`
        };
    const [system, second] = candidates;
    if (system === undefined)
        return {
            ok: false,
            reason: `names the blueprint ${quote(reference.blueprint)}, and no blueprint of the repository has that id`
        };
    if (second !== undefined)
        return {
            ok: false,
            reason: `names the blueprint ${quote(reference.blueprint)}, which ${candidates.length} files claim (${candidates.map((c) => c.file).join(', ')}); give them different ids`
        };
    if (reference.component === undefined)
        return { ok: true, system };
    const component = system.blueprint.components.find((c) => c.id === reference.component);
    if (component === undefined)
        return {
            ok: false,
            reason: `names the component ${quote(reference.component)} of ${system.file}, which has no component with that id`
        };
    return { ok: true, system, component };
}
/**
 * The `cross-reference` findings of a blueprint: one per dependency end that
 * names another blueprint or component that does not exist (or the blueprint
 * itself, or an id two files claim), at `['dependencies', i, 'from' | 'to']`, and
 * one per flow step end likewise, at `['flows', i, 'steps', j, 'from' | 'to']`.
 */
function crossReferenceFindings(blueprint, systems) {
    const own = new Set(blueprint.components.map((c) => c.id));
    const findings = [];
    /** Checks both ends of a dependency or flow step, `where` naming it in the message. */
    const check = (ends, path, where) => {
        for (const end of ['from', 'to']) {
            const value = ends[end];
            if (own.has(value))
                continue;
            const reference = parseReference(value);
            if (reference === undefined)
                continue;
            const resolved = resolveReference(reference, blueprint.id, systems);
            if (resolved.ok)
                continue;
            findings.push({
                rule: 'cross-reference',
                path: [...path, end],
                message: `${where}: "${end}" is ${quote(value)}, which ${resolved.reason}`
            });
        }
    };
    blueprint.dependencies.forEach((d, i) => check(d, ['dependencies', i], `dependency ${i + 1}`));
    blueprint.flows?.forEach((f, i) => f.steps.forEach((step, j) => check(step, ['flows', i, 'steps', j], `flow ${i + 1}, step ${j + 1}`)));
    return findings;
}
/** Resolves every reference of `blueprint` for its document at `document`. */
function showReferences(blueprint, systems, document) {
    const shown = new Map();
    for (const end of new Set([...referencesOf(blueprint), ...flowReferencesOf(blueprint)])) {
        const reference = parseReference(end);
        if (reference === undefined)
            continue;
        const resolved = resolveReference(reference, blueprint.id, systems);
        if (!resolved.ok)
            continue;
        const system = systemName(resolved.system.blueprint);
        shown.set(end, {
            label: resolved.component ? `${system} / ${resolved.component.name}` : system,
            link: relativeLink(document, resolved.system.document)
        });
    }
    return shown;
}
/** A relative link from one repository path to another, safe inside `(…)` of a Markdown link. */
function relativeLink(fromDocument, toDocument) {
    const relative = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(fromDocument), toDocument);
    return encodeURI(relative).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

;// CONCATENATED MODULE: ./src/engine/blueprint/validate.ts








/**
 * Whether the data fits the blueprint schema: the schema compiled (ahead of time, by
 * `npm run schemas`) to stop at the first error and record nothing about it. The quick
 * path asks only this; the reports use the schema that collects every error with its
 * value and sub-schema (`verbose`), which the messages need.
 */
function accepts(data) {
    const valid = acceptsBlueprint(data);
    // Errors left on the shared function would keep this blueprint alive until the next call.
    acceptsBlueprint.errors = null;
    return valid;
}
/** Everything the schema and the cross-checks find wrong with the data, positioned by `locator`. */
function validate(data, options) {
    const { locator, at } = options;
    // Each check suggests for its first hundred problems, found in file order: about as many as
    // can be shown, and a broken reference is not left without one by a file of unknown keys.
    const suggestions = () => ({ suggestions: MAX_PROBLEMS });
    return [
        ...schemaProblems(explainBlueprint, data, { locator, at, budget: suggestions() }),
        ...checkSemantics(data, locator, at, suggestions()),
        ...checkMarkdown(data, locator, at)
    ];
}
/**
 * Markdown fields that would swallow the rest of the document, each at the
 * fence, comment or tag that opens what it never closes.
 */
function checkMarkdown(data, locator, at) {
    const problems = [];
    for (const field of markdownFields(data)) {
        const found = unclosedMarkdown(field.text, field.kind);
        if (found === undefined)
            continue;
        const value = field.text.replace(/\r\n?/g, '\n');
        problems.push(at(locator.textLoc(field.path, value, found.offset, found.opener), `${subjectOf(field.path, data)} ${found.message}`));
    }
    return problems;
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
            // `<blueprint-id>/<component-id>` and `<blueprint-id>/` name another blueprint: resolved
            // across the repository later, where every blueprint is known.
            if (typeof ref !== 'string' || firstIndex.has(ref) || parseReference(ref) !== undefined)
                continue;
            const tail = notAComponent(ref, ids, budget);
            problems.push(at(locator.valueLoc(['dependencies', i, end]), `dependency ${i + 1}: "${end}" is ${JSON.stringify((0,engine_text/* clip */.$Q)(ref, MESSAGE_CHARS))}${tail}`));
        }
    });
    const flows = Array.isArray(data.flows) ? data.flows : [];
    flows.forEach((f, i) => {
        if (!isRecord(f) || !Array.isArray(f.steps))
            return;
        f.steps.forEach((step, j) => {
            if (!isRecord(step))
                return;
            for (const end of ['from', 'to']) {
                const ref = step[end];
                if (typeof ref !== 'string' || firstIndex.has(ref) || parseReference(ref) !== undefined)
                    continue;
                problems.push(at(locator.valueLoc(['flows', i, 'steps', j, end]), `flow ${i + 1}, step ${j + 1}: "${end}" is ${JSON.stringify((0,engine_text/* clip */.$Q)(ref, MESSAGE_CHARS))}${notAComponent(ref, ids, budget)}`));
            }
        });
    });
    return problems;
}
/** The end of a message about a dependency or flow end that names no component: why, and a guess. */
function notAComponent(ref, ids, budget) {
    if (ids.length === 0)
        return ', but the blueprint has no components';
    const guess = (0,engine_text/* suggest */.ZA)(ref, ids, budget);
    return guess
        ? `, which is not a component id (did you mean "${guess}"?)`
        : ', which is not a component id';
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
    if (!isPlain(text))
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
    if (!accepts(data))
        return undefined;
    const components = Array.isArray(data.components) ? data.components : [];
    const ids = new Set();
    for (const c of components) {
        if (!isRecord(c) || typeof c.id !== 'string' || ids.has(c.id))
            return undefined;
        ids.add(c.id);
    }
    const dependencies = Array.isArray(data.dependencies) ? data.dependencies : [];
    const end = (value) => typeof value === 'string' && (ids.has(value) || parseReference(value) !== undefined);
    for (const d of dependencies) {
        if (!isRecord(d) || !end(d.from) || !end(d.to))
            return undefined;
    }
    const flows = Array.isArray(data.flows) ? data.flows : [];
    for (const f of flows) {
        if (!isRecord(f) || !Array.isArray(f.steps))
            return undefined;
        for (const step of f.steps)
            if (!isRecord(step) || !end(step.from) || !end(step.to))
                return undefined;
    }
    // A Markdown field that would swallow the document is a problem, positioned by the full parse.
    if (anyUnclosed(data))
        return undefined;
    return normalise(data);
}
/** True when the text is laid out as the quick path reads it: no unusual YAML, only plain lines. */
function isPlain(text) {
    return !UNUSUAL.test(text) && plainLayout(text);
}
/**
 * The start of every value in a plain blueprint's block structure, read from
 * its lines, for placing rule findings without the positioned parse (which
 * costs ten times the quick path, and most of a big run when many blueprints
 * have a finding). A value written as `key:` with nothing under it points at
 * its key, as the positioned parse does. Undefined for a text that is not
 * plain or holds a quoted key, and for a path into a flow collection or a
 * block scalar; those are placed by the positioned parse. A property test
 * holds the two to the same answer.
 */
function plainLocations(text) {
    if (!isPlain(text))
        return undefined;
    const starts = new Map();
    /** Open block collections, innermost last, each with the column its entries start at. */
    const open = [];
    /** A key written with nothing after it: its value is the block that follows, if any. */
    let pending;
    let block;
    let lineNo = 0;
    for (let start = 0; start <= text.length;) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        start = end + 1;
        lineNo++;
        const content = line.trimStart();
        const indent = line.length - content.length;
        if (block) {
            if (content === '' || indent > block.parent)
                continue;
            block = undefined;
        }
        if (content === '' || content.startsWith('#'))
            continue;
        let at = indent;
        const dash = line[at] === '-';
        /** The path of the value that starts at `at`, as {@link pathKey} writes it. */
        let path;
        // A key's value on the lines below: more indented, or a list at the key's own column.
        if (pending && (indent > pending.key.col - 1 || (indent === pending.key.col - 1 && dash))) {
            starts.set(pending.path, { line: lineNo, col: at + 1 });
            path = pending.path;
        }
        else {
            if (pending)
                starts.set(pending.path, pending.key);
            path = closeTo(open, at, dash);
            if (starts.size === 0)
                starts.set(path, { line: lineNo, col: at + 1 });
        }
        pending = undefined;
        let parent = at;
        while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
            let seq = open[open.length - 1];
            if (seq === undefined || !seq.seq || seq.indent !== at) {
                seq = { indent: at, seq: true, path, items: 0 };
                open.push(seq);
            }
            path = `${seq.path}\u0000${seq.items++}`;
            parent = at;
            at += 1;
            while (line[at] === ' ')
                at++;
            // An item with nothing on its line: not worth the cases; the positioned parse places it.
            if (at >= line.length || line[at] === '#')
                return undefined;
            starts.set(path, { line: lineNo, col: at + 1 });
        }
        KEY.lastIndex = at;
        if (KEY.test(line)) {
            const name = line.slice(at, line.indexOf(':', at)).trimEnd();
            if (name.startsWith('"') || name.startsWith("'"))
                return undefined;
            let map = open[open.length - 1];
            if (map === undefined || map.seq || map.indent !== at) {
                map = { indent: at, seq: false, path, items: 0 };
                open.push(map);
            }
            const entry = `${map.path}\u0000${name}`;
            const keyAt = { line: lineNo, col: at + 1 };
            parent = at;
            at = KEY.lastIndex;
            while (line[at] === ' ')
                at++;
            if (at >= line.length || line[at] === '#') {
                pending = { path: entry, key: keyAt };
                continue;
            }
            if (!starts.has(entry))
                starts.set(entry, { line: lineNo, col: at + 1 });
        }
        if (line[at] === '|' || line[at] === '>')
            block = { parent };
    }
    if (pending)
        starts.set(pending.path, pending.key);
    return (path) => starts.get(pathKey(path));
}
/** Closes the collections a line at column `at` is outside of; returns the path of the one it continues. */
function closeTo(open, at, dash) {
    for (;;) {
        const top = open[open.length - 1];
        if (top === undefined)
            return '';
        if (top.indent > at || (top.indent === at && top.seq !== dash))
            open.pop();
        else
            return top.path;
    }
}
/** A path as a map key: each step after a NUL, so the root is '' and an index and its text agree. */
function pathKey(path) {
    let key = '';
    for (const step of path)
        key += `\u0000${step}`;
    return key;
}
/** A key a blueprint can hold, bare or quoted, followed by its colon (matched where a line's key starts). */
const KEY = /(?:[A-Za-z_$][\w$.-]*|"[^"\\]*"|'[^']*') *:(?= |$)/y;
/** What may follow a complete value on its line: spaces, then maybe a comment. */
const END = /(?: *| +#.*)$/y;
/** Characters that a plain scalar cannot start with. */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/**
 * True when every line is one that plain blueprints are made of: blank, a
 * comment, `key: value` or `- item` (either may nest), or the content of a
 * block scalar (`|`, `>`) indented under its key. js-yaml is more lenient
 * than `yaml` about the rest (a quoted or flow value running on to a line
 * less indented than its key, a plain value holding `: `), so those take
 * the positioned path, which says what is wrong with them, if anything.
 * Every blueprint passes through here: it reads the lines in place, with
 * sticky patterns, rather than cutting each into pieces.
 */
function plainLayout(text) {
    // Inside a block scalar: the column of its key (content must be indented further) and of its first line.
    let block;
    for (let start = 0; start <= text.length;) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        start = end + 1;
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
        KEY.lastIndex = at;
        if (KEY.test(line)) {
            parent = at;
            at = KEY.lastIndex;
            while (line[at] === ' ')
                at++;
        }
        else if (at === indent) {
            // Neither a key nor an item: the continuation of a value from an earlier line.
            return false;
        }
        const first = line.charAt(at);
        if (first === '|' || first === '>') {
            if (!/^[|>][-+1-9]* *(?:#.*)?$/.test(line.slice(at)))
                return false;
            block = { parent };
        }
        else if (!completeValue(line, at))
            return false;
    }
    return true;
}
/** True when `line` from `at` on ends like a complete value (see {@link END}). */
function endsValue(line, at) {
    END.lastIndex = at;
    return END.test(line);
}
/** A value (`line` from `at` on) that starts and ends on its line: empty, quoted, a flow collection or a plain scalar. */
function completeValue(line, at) {
    if (at >= line.length)
        return true;
    const first = line.charAt(at);
    if (first === '#')
        return true;
    if (first === '"' || first === "'") {
        const end = closingQuote(line, at);
        return end !== -1 && endsValue(line, end + 1);
    }
    if (first === '[' || first === '{') {
        const value = line.slice(at);
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
                    return endsValue(value, i + 1);
            }
            else if (c === '#' && value.charAt(i - 1) === ' ')
                return false;
        }
        return false;
    }
    // A plain scalar: no indicator first, and no `: ` that would make it a mapping.
    if (INDICATORS.includes(first))
        return false;
    if (line.includes(' #', at))
        return !/: |:$/.test(line.slice(at).replace(/ #.*$/, ''));
    return !line.includes(': ', at) && !line.endsWith(':');
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
 * The blueprint loader: a file's bytes → the model, or, with a
 * `file:line:col` for each, everything that is wrong with it.
 *
 * The loader is the first thing to see text from a repository, so it is
 * written to survive anything: it never throws, refuses oversized or
 * pathological input (non-UTF-8, alias bombs, deep nesting) early and with
 * bounded work, and only then hands the document to the schema.
 *
 * Pipeline: text (size, UTF-8) → the quick path for plain valid YAML →
 * positioned YAML document (parse.ts) → schema and cross-checks
 * (validate.ts, whose sentences come from messages.ts) → model (normalise.ts).
 */







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
        const result = load(input.content, {
            json: /\.json$/i.test(input.file),
            fast: options.fast ?? true,
            at
        });
        if (result.ok)
            return result;
        // A file not even named like YAML or JSON (a README given by mistake) that holds no
        // blueprint is better told so than told what its text lacks as YAML.
        if ('notBlueprint' in result && !/\.(ya?ml|json)$/i.test(input.file))
            return fail([at(blueprint_TOP, NOT_A_BLUEPRINT_FILE)]);
        return { ok: false, problems: result.problems };
    }
    catch (error) {
        // Nothing above is meant to throw; if a library surprises us, the user
        // still gets an annotation instead of a crashed run.
        return fail([at({ line: 1, col: 1 }, `could not be read: ${(0,engine_text/* messageOf */.bD)(error)}`)]);
    }
}
const blueprint_TOP = { line: 1, col: 1 };
const NOT_A_BLUEPRINT_FILE = 'is not a blueprint: a blueprint is a YAML or JSON file (*.blueprint.yaml, *.blueprint.yml, *.blueprint.json) with at least "id" and "project"';
/** The top-level keys a blueprint may have. */
const BLUEPRINT_KEYS = new Set(Object.keys(blueprint_schema_namespaceObject.qo));
function load(content, options) {
    const { json, at } = options;
    const read = readText(content, at);
    if (!read.ok)
        return { ...fail(read.problems), notBlueprint: true };
    // JSON blueprints always take the positioned path: JSON.parse keeps the last
    // of two equal keys silently, and YAML parsers accept JSON's near misses.
    if (options.fast && !json) {
        const quick = parseQuickly(read.text);
        if (quick !== undefined)
            return { ok: true, blueprint: quick };
    }
    const doc = readDocument(read.text, { json, at });
    if (!doc.ok)
        return { ...fail(doc.problems), notBlueprint: true };
    const keys = Object.keys(doc.data);
    if (keys.length > 0 && !keys.some((k) => BLUEPRINT_KEYS.has(k) && k !== '$schema')) {
        const shown = keys.slice(0, 5).map((k) => (0,engine_text/* clip */.$Q)(k, 30));
        const them = `${shown.join(', ')}${keys.length > shown.length ? ', …' : ''}`;
        return {
            ...fail([
                at(blueprint_TOP, `is not a blueprint: it has none of a blueprint's keys (it has ${them}); a blueprint has at least "id" and "project"`)
            ]),
            notBlueprint: true
        };
    }
    const problems = validate(doc.data, { locator: doc.locator, at });
    if (problems.length > 0)
        return fail(problems);
    return { ok: true, blueprint: normalise(doc.data) };
}
function fail(problems) {
    return { ok: false, problems: capProblems(problems) };
}

;// CONCATENATED MODULE: ./src/engine/mermaid/budget.ts
/** The widest natural width: at GitHub's ~900 px column, text is still shown at 9 px or more. */
const MAX_WIDTH = 1600;
/** At most this many times as tall as wide. */
const MAX_RATIO = 3;
/** Node and rank separation, as every flowchart's `init` directive sets them for Mermaid. */
const NODE_SPACING = 30;
const RANK_SPACING = 40;
/**
 * The model's estimates of width come within about 10% of Mermaid's either
 * way on the realistic blueprints; an estimate passes only with that much to
 * spare. Heights it overestimates, so they need none.
 */
const WIDTH_MARGIN = 1.1;
/**
 * An estimated size ({@link estimateSize}) within the budget: no wider than
 * {@link MAX_WIDTH} (with the model's margin), no more than
 * {@link MAX_RATIO} times as tall as wide.
 */
function withinBudget(s) {
    return overBudget(s) <= 1;
}
/** How far over the budget an estimated size is (1 or less: within). */
function overBudget(s) {
    return Math.max((WIDTH_MARGIN * s.w) / MAX_WIDTH, s.h / (MAX_RATIO * Math.max(s.w, 1)));
}
// Advance widths of trebuchet at 16 px, in three classes; rounded up so the model errs on the wide side.
const NARROW = new Set(Array.from(" .,:;'!|ijlftrI()[]-/"));
const WIDE = new Set(Array.from('MWmw@%&GOQDHNUCBKRV'));
/** The drawn width of one line of plain text. */
function textWidth(line) {
    let w = 0;
    for (const ch of line)
        w += NARROW.has(ch) ? 5 : WIDE.has(ch) ? 12 : ch.charCodeAt(0) > 0x2e7f ? 16 : 8;
    return w;
}
/** The lines a label shows: `<br/>` breaks, entities as one character, markup dropped. */
function labelLines(escaped) {
    return escaped.split('<br/>').map((l) => l.replace(/<\/?b>/g, '').replace(/#\w+;/g, 'x'));
}
const LINE_HEIGHT = 24;
/** What a subgraph's frame adds across a rank it cuts through: padding both sides and a gap. */
const CLUSTER_PAD = 60;
function textBox(escaped) {
    const lines = labelLines(escaped);
    return { w: Math.max(0, ...lines.map(textWidth)), h: lines.length * LINE_HEIGHT };
}
const sizes = new WeakMap();
/** The drawn box of a node, its shape's padding included. */
function nodeSize(n) {
    let size = sizes.get(n);
    if (size === undefined) {
        size = measureNode(n);
        sizes.set(n, size);
    }
    return size;
}
function measureNode(n) {
    const t = textBox(n.label);
    const w = t.w + 32;
    const h = t.h + 32;
    switch (n.shape[0]) {
        case '((':
            return { w: Math.max(w, h), h: Math.max(w, h) };
        case '{{':
            return { w: w + h / 2, h };
        case '[(':
            return { w, h: h + 24 };
        case '([':
        case '>':
        case '(':
            return { w: w + h / 2, h };
        case '[[':
            return { w: w + 16, h };
        default:
            return { w, h };
    }
}
const labelSizes = new WeakMap();
function edgeLabelSize(e) {
    if (labelSizes.has(e))
        return labelSizes.get(e);
    const size = measureLabel(e);
    labelSizes.set(e, size);
    return size;
}
function measureLabel(e) {
    if (e.label === undefined)
        return undefined;
    const t = textBox(e.label);
    return { w: t.w + 8, h: t.h + 4 };
}
/** Every node of a graph, grouped ones included. */
function allNodes(g) {
    return [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)];
}
/** Each node's rank: the longest chain of edges leading to it, cycles broken where they close. */
function ranks(ids, edges) {
    const next = new Map(ids.map((id) => [id, []]));
    for (const e of edges)
        if (e.from !== e.to)
            next.get(e.from)?.push(e.to);
    const state = new Map();
    const order = [];
    const kept = new Map(ids.map((id) => [id, []]));
    for (const start of ids) {
        if (state.get(start) !== undefined)
            continue;
        const stack = [{ id: start, i: 0 }];
        state.set(start, 'open');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const targets = next.get(top.id) ?? [];
            if (top.i < targets.length) {
                const to = targets[top.i++];
                if (state.get(to) === 'open')
                    continue;
                kept.get(top.id)?.push(to);
                if (state.get(to) === undefined) {
                    state.set(to, 'open');
                    stack.push({ id: to, i: 0 });
                }
            }
            else {
                state.set(top.id, 'done');
                order.push(top.id);
                stack.pop();
            }
        }
    }
    const level = new Map();
    for (const id of order.reverse()) {
        const here = level.get(id) ?? 0;
        level.set(id, here);
        for (const to of kept.get(id) ?? [])
            level.set(to, Math.max(level.get(to) ?? 0, here + 1));
    }
    return level;
}
/**
 * The estimated natural size of a flowchart drawn in `direction` (its own
 * when not given). Errs on the large side: the render suite checks that a
 * diagram estimated within the budget is within it in Chromium.
 */
function budget_estimateSize(g, direction = g.direction) {
    if (direction !== g.direction)
        return estimate(g, direction);
    let size = estimates.get(g);
    if (size === undefined) {
        size = estimate(g, direction);
        estimates.set(g, size);
    }
    return size;
}
/** Estimates by graph: the engine asks again for a graph it has oriented. */
const estimates = new WeakMap();
function estimate(g, direction) {
    const across = direction === 'TB' || direction === 'BT' ? 'w' : 'h';
    const along = across === 'w' ? 'h' : 'w';
    const nodes = allNodes(g);
    const spacers = (g.spacers ?? []).map(([from, to]) => ({ from, to, async: false }));
    const edges = [...g.edges, ...spacers];
    const level = ranks(nodes.map((n) => n.id), edges);
    const depth = Math.max(0, ...level.values()) + 1;
    // Rank 2k holds the nodes of level k; rank 2k+1 the labels and dummies between k and k+1.
    const spread = new Array(2 * depth - 1).fill(0);
    const deep = new Array(2 * depth - 1).fill(0);
    const place = (r, box) => {
        spread[r] = (spread[r] ?? 0) + box[across] + NODE_SPACING;
        deep[r] = Math.max(deep[r] ?? 0, box[along]);
    };
    // A subgraph keeps its members together in each rank and frames them: every box a rank
    // cuts through adds its padding and a gap.
    const clusters = new Map();
    for (const gr of g.groups)
        for (const n of gr.nodes) {
            const r = 2 * (level.get(n.id) ?? 0);
            clusters.set(r, (clusters.get(r) ?? new Set()).add(gr.id));
        }
    for (const [r, set] of clusters)
        place(r, { w: set.size * CLUSTER_PAD - NODE_SPACING, h: 0 });
    for (const n of nodes)
        place(2 * (level.get(n.id) ?? 0), nodeSize(n));
    // The legend of a changes diagram: a box of three unconnected nodes in the first rank.
    if (g.legend)
        place(0, across === 'w'
            ? { w: 3 * (90 + NODE_SPACING) + CLUSTER_PAD, h: 60 }
            : { w: 120, h: 3 * (50 + NODE_SPACING) + CLUSTER_PAD });
    for (const e of edges) {
        const a = level.get(e.from) ?? 0;
        const b = level.get(e.to) ?? 0;
        const label = edgeLabelSize(e);
        if (a === b) {
            // A self-loop or an edge inside one rank: its label sits beside the node.
            if (label !== undefined)
                place(2 * a, label);
            continue;
        }
        const [lo, hi] = a < b ? [2 * a, 2 * b] : [2 * b, 2 * a];
        const middle = lo + 2 * Math.floor((hi - lo) / 4) + 1;
        for (let r = lo + 1; r < hi; r++)
            place(r, r === middle && label !== undefined ? label : { w: 10, h: 10 });
    }
    // dagre aligns nodes with their neighbours rather than packing them: a rank comes out
    // up to 1.8 times as wide as its boxes side by side.
    const wide = 1.8 * (Math.max(...spread) - NODE_SPACING);
    // With edge labels Mermaid doubles the ranks and halves the separation between them.
    const long = deep.reduce((sum, x) => sum + x, 0) +
        ((deep.length - 1) * RANK_SPACING) / 2 +
        40 * Math.min(g.groups.length, 1);
    return across === 'w' ? { w: wide, h: long } : { w: long, h: wide };
}
/** Columns unconnected nodes are stacked in. */
const COLUMNS = 4;
/** Fewer unconnected nodes in one box stay in a row. */
const STACK_FROM = 5;
/**
 * The graph with its unconnected nodes stacked: dagre puts every node
 * without an edge in the first rank, so twenty of them make a row twenty
 * nodes wide. Each box's (top level, each subgraph) unconnected nodes are
 * chained by invisible links in {@link COLUMNS} columns. A node's column
 * comes from its own id (a hash), not its position among the others: one
 * node more or less changes only the links next to it.
 */
function stackUnconnected(g) {
    const linked = new Set();
    for (const e of g.edges) {
        linked.add(e.from);
        linked.add(e.to);
    }
    const spacers = [];
    for (const box of [g.nodes, ...g.groups.map((gr) => gr.nodes)]) {
        const loose = box.filter((n) => !linked.has(n.id));
        if (loose.length < STACK_FROM)
            continue;
        const columns = Array.from({ length: COLUMNS }, () => []);
        for (const n of loose)
            columns[columnOf(n.id)]?.push(n.id);
        for (const column of columns)
            for (let i = 1; i < column.length; i++)
                spacers.push([column[i - 1], column[i]]);
    }
    return spacers.length === 0 ? g : { ...g, spacers };
}
function columnOf(id) {
    let h = 0;
    for (const ch of id)
        h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return h % COLUMNS;
}

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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/mermaid/shared.ts
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
    const known = model/* COMPONENT_TYPES */.Ov;
    return known.includes(type) ? type : 'service';
}
/** Order of tuples of text, element by element in {@link compareText} order. */
function compareTuple(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const c = (0,engine_text/* compareText */.n6)(a[i] ?? '', b[i] ?? '');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Components by id. */
function sortedComponents(bp) {
    return [...bp.components].sort((a, b) => (0,engine_text/* compareText */.n6)(a.id, b.id));
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
    return [...names].sort(engine_text/* compareText */.n6);
}
/** One kind for several changed members: theirs if they agree, else `changed`. */
function mergeKinds(kinds) {
    const set = new Set(kinds.filter((k) => k !== undefined));
    if (set.size === 0)
        return undefined;
    const [only] = set;
    return set.size === 1 ? only : 'changed';
}

;// CONCATENATED MODULE: ./src/engine/mermaid/ids.ts
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
/**
 * Hashes already taken, by text. The same component ids (`api`, `db`) come
 * back in blueprint after blueprint of one repository; a run that outgrows
 * the table starts it afresh.
 */
const hashed = new Map();
const HASHED_MAX = 10_000;
function sha256Hex(text) {
    let hex = hashed.get(text);
    if (hex === undefined) {
        hex = (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
        if (hashed.size >= HASHED_MAX)
            hashed.clear();
        hashed.set(text, hex);
    }
    return hex;
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
    const sorted = [...new Set(keys)].sort(engine_text/* compareText */.n6);
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
function ids_makeIds(bp) {
    return {
        node: assignIds(bp.components.map((c) => c.id), 'n'),
        group: assignIds(groupNames(bp), 'g')
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

;// CONCATENATED MODULE: ./src/engine/mermaid/layout.ts


const WRAP = { node: 16, edge: 12 };
/**
 * Wrap widths. The same in every direction, although a left-to-right
 * diagram could take wider labels: the direction is chosen from the whole
 * blueprint, and one edit that turns it must not rewrap every label.
 */
function wrapWidths(_direction) {
    return WRAP;
}
/**
 * The text, clipped as every label is ({@link MAX_LABEL_CHARS}), broken
 * into lines of at most `width` characters at spaces; a word longer than
 * that keeps its own line whole. Line breaks already in the text stay.
 * Clipping first keeps the cut where it falls without wrapping (a break
 * can swallow one of several spaces).
 */
function wrapWords(text, width) {
    return (0,engine_text/* clip */.$Q)(text, MAX_LABEL_CHARS)
        .split('\n')
        .map((line) => {
        const out = [];
        let current = '';
        for (const word of line.split(' ')) {
            if (current !== '' && Array.from(current).length + 1 + Array.from(word).length > width) {
                out.push(current);
                current = word;
            }
            else
                current = current === '' ? word : `${current} ${word}`;
        }
        out.push(current);
        return out.join('\n');
    })
        .join('\n');
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
/** A component of another group, shown in a group's view where an arrow leads to or from it. */
const STUB_STYLE = 'fill:#ffffff,stroke:#94a3b8,stroke-dasharray:4 4,color:#475569';
/**
 * The C4 notation's colours (as in C4-PlantUML and Mermaid's own C4):
 * people dark blue, containers blue, external systems grey, white text;
 * boundaries dashed and unfilled.
 */
const C4_STYLES = {
    c4_person: 'fill:#08427b,stroke:#073b6f,color:#ffffff',
    c4_container: 'fill:#438dd5,stroke:#3c7fc0,color:#ffffff',
    c4_external: 'fill:#999999,stroke:#8a8a8a,color:#ffffff',
    c4_boundary: 'fill:none,stroke:#444444,stroke-dasharray:7 7,color:#444444'
};
/**
 * Defined after the type classes so their CSS wins; each sets every property
 * a type class sets (the dash pattern too), so no type look shows through:
 * an added external system must not keep the dashes that read as "removed".
 */
const NODE_CHANGE_STYLES = {
    added: 'fill:#e6ffed,stroke:#2da44e,stroke-width:2px,stroke-dasharray:none,color:#116329',
    removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#82071e,opacity:0.6',
    changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,stroke-dasharray:none,color:#7d4e00'
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
/**
 * Layout settings every flowchart carries. Straight edge segments: with
 * Mermaid's default curves an edge that crosses a group's border has its
 * label moved to the middle of the curve, where it can land on another label
 * (2 such overlaps on the checkout example, 2 on an ungrouped 17-component
 * blueprint); straight segments keep every label where the layout made room
 * for it. Tighter node and rank spacing than Mermaid's 50 px keep realistic
 * diagrams within a page. An `init` directive, not front matter: every
 * Mermaid since 8.6 reads it, front matter only 10.5 and later. Mermaid
 * finds a directive anywhere in the text, so it goes last and the diagram
 * still starts with its `flowchart` line.
 */
const CONFIG = `%%{init: {"flowchart": {"curve": "linear", "nodeSpacing": ${NODE_SPACING}, "rankSpacing": ${RANK_SPACING}}}}%%`;
/** The Mermaid text of a flowchart. */
function flowchart_renderFlowchart(g) {
    const out = [`flowchart ${g.direction}`];
    // The class goes on the node's own line (`:::`), not in one `class a,b,c` list per class:
    // adding or removing a component then changes its own line only.
    const nodeLine = (n, indent) => `${indent}${n.id}${n.shape[0]}"${n.label}"${n.shape[1]}:::${n.cls}`;
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
    for (const [from, to] of g.spacers ?? [])
        out.push(`  ${from} ~~~ ${to}`);
    const all = [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)];
    const classes = new Set(all.map((n) => n.cls));
    for (const gr of g.groups)
        if (gr.cls !== undefined)
            classes.add(gr.cls);
    const classStyle = (cls) => cls === 'bp_group'
        ? GROUP_NODE_STYLE
        : cls === 'bp_stub'
            ? STUB_STYLE
            : cls in C4_STYLES
                ? C4_STYLES[cls]
                : TYPE_STYLES[cls.slice('bp_'.length)];
    for (const cls of [...classes].sort(engine_text/* compareText */.n6))
        out.push(`  classDef ${cls} ${classStyle(cls)}`);
    for (const gr of g.groups)
        if (gr.cls !== undefined)
            out.push(`  class ${gr.id} ${gr.cls}`);
    if (g.legend) {
        out.push('  subgraph lgd["Legend"]');
        for (const kind of CHANGE_KINDS)
            out.push(`    lgd${kind[0]}["${kind}"]`);
        out.push('  end');
    }
    const anyChange = g.legend || all.some((n) => n.change) || g.edges.some((e) => e.change);
    if (anyChange) {
        for (const kind of CHANGE_KINDS)
            out.push(`  classDef ${kind} ${NODE_CHANGE_STYLES[kind]}`);
        for (const kind of CHANGE_KINDS) {
            const ids = all.filter((n) => n.change === kind).map((n) => n.id);
            if (g.legend)
                ids.push(`lgd${kind[0]}`);
            if (ids.length > 0)
                out.push(`  class ${ids.join(',')} ${kind}`);
        }
        // linkStyle counts edges in order of appearance; an index past the last edge is an error.
        for (const kind of CHANGE_KINDS) {
            const idx = g.edges.flatMap((e, i) => (e.change === kind ? [String(i)] : []));
            if (idx.length > 0)
                out.push(`  linkStyle ${idx.join(',')} ${EDGE_CHANGE_STYLES[kind]}`);
        }
    }
    out.push(CONFIG);
    return out.join('\n');
}
/** The node of one component, its lines wrapped at `wrap.node` characters. */
function componentNode(c, ids, highlight, wrap) {
    const type = knownType(c.type);
    return {
        id: idOf(ids.node, c.id),
        shape: SHAPES[type],
        label: label(...[
            c.name,
            c.technology === undefined || c.technology === '' ? undefined : `[${c.technology}]`
        ]
            .filter((line) => line !== undefined)
            .map((line) => wrapWords(line, wrap.node))),
        cls: `bp_${type}`,
        change: highlight?.nodes?.get(c.id)
    };
}
/** The edge label of a dependency: its description and technology, if any, wrapped at `width` characters. */
function dependencyLabel(d, width) {
    const tech = d.technology === undefined || d.technology === '' ? undefined : `[${d.technology}]`;
    if ((d.description ?? '') === '' && tech === undefined)
        return undefined;
    return label(...[d.description, tech]
        .filter((line) => line !== undefined && line !== '')
        .map((line) => wrapWords(line, width)));
}
/** The dependencies as edges, in their sorted order (which `linkStyle` indices count). */
function dependencyEdges(bp, ids, highlight, wrap) {
    return sortedDependencies(bp).map((d) => ({
        from: idOf(ids.node, d.from),
        to: idOf(ids.node, d.to),
        async: d.async,
        label: dependencyLabel(d, wrap.edge),
        change: highlight?.edges?.get(dependencyKey(d.from, d.to))
    }));
}
/**
 * The whole blueprint, one node per component, drawn in `direction`: plain
 * components by default, or in another notation (C4) through `node`, with
 * groups in boxes of class `groupClass`.
 */
function flowchart_fullGraph(bp, ids, options) {
    const { highlight, direction, groupClass } = options;
    const draw = options.node ?? componentNode;
    const wrap = wrapWidths(direction);
    const comps = sortedComponents(bp);
    const node = (c) => draw(c, ids, highlight, wrap);
    return {
        direction,
        nodes: comps.filter((c) => c.group === undefined).map(node),
        groups: groupNames(bp).map((name) => ({
            id: idOf(ids.group, name),
            title: label(name),
            nodes: comps.filter((c) => c.group === name).map(node),
            ...(groupClass !== undefined ? { cls: groupClass } : {})
        })),
        // Asynchronous dependencies are dashed in every notation.
        edges: dependencyEdges(bp, ids, highlight, wrap),
        legend: highlight !== undefined
    };
}

;// CONCATENATED MODULE: ./src/engine/mermaid/c4.ts





/** Shape and class of a component type in C4 notation, and the kind its label names. */
function notation(type) {
    switch (knownType(type)) {
        case 'person':
            return { shape: ['(', ')'], cls: 'c4_person', kind: 'Person' };
        case 'external':
            // A no-break space: wrapping must not split the kind's own name.
            return { shape: SHAPES.service, cls: 'c4_external', kind: 'Software\u00a0System' };
        case 'database':
        case 'storage':
        case 'cache':
            return { shape: SHAPES.database, cls: 'c4_container', kind: 'Container' };
        case 'queue':
            // The classic shapes have no horizontal cylinder; the stadium reads as a pipe.
            return { shape: SHAPES.cache, cls: 'c4_container', kind: 'Container' };
        default:
            return { shape: SHAPES.service, cls: 'c4_container', kind: 'Container' };
    }
}
/** The lines of a component's C4 label, unescaped: name, `[kind: technology]`, description. */
function c4Lines(c, wrap) {
    const { kind } = notation(c.type);
    const tech = c.technology === undefined || c.technology === '' ? '' : `: ${c.technology}`;
    return {
        name: wrapWords(c.name, wrap.node),
        rest: [`[${kind}${tech}]`, c.description]
            .filter((line) => line !== undefined && line !== '')
            .map((line) => wrapWords(line, wrap.node))
    };
}
/** The node of one component in C4 notation. */
function c4Node(c, ids, highlight, wrap) {
    const { shape, cls } = notation(c.type);
    const { name, rest } = c4Lines(c, wrap);
    return {
        id: idOf(ids.node, c.id),
        shape,
        // Our own markup around escaped text: the name in bold, as C4 draws it.
        // The no-break space in a kind goes in as a code: an invisible raw one would puzzle a reader of the source.
        label: `<b>${label(name)}</b><br/>${label(...rest).replace(/\u00a0/g, '#160;')}`,
        cls,
        change: highlight?.nodes?.get(c.id)
    };
}
/** The C4 container diagram of the whole blueprint, highlighted when asked. */
function c4_c4Graph(bp, ids, options) {
    return flowchart_fullGraph(bp, ids, { ...options, node: c4Node, groupClass: 'c4_boundary' });
}

;// CONCATENATED MODULE: ./src/engine/mermaid/reduce.ts






/**
 * One node per group (ungrouped components kept), dependencies aggregated
 * between the resulting nodes with a count; dependencies inside one group vanish.
 */
function groupGraph(bp, ids, highlight) {
    const comps = sortedComponents(bp);
    const wrap = wrapWidths(bp.diagram.direction);
    const byId = new Map(bp.components.map((c) => [c.id, c]));
    // Sort key and Mermaid id of the node a component is drawn as.
    const target = (componentId) => {
        const group = byId.get(componentId)?.group;
        return group === undefined
            ? { key: `c:${componentId}`, id: idOf(ids.node, componentId) }
            : { key: `g:${group}`, id: idOf(ids.group, group) };
    };
    const nodes = comps
        .filter((c) => c.group === undefined)
        .map((c) => componentNode(c, ids, highlight, wrap));
    for (const name of groupNames(bp)) {
        const members = comps.filter((c) => c.group === name);
        nodes.push({
            id: idOf(ids.group, name),
            shape: SHAPES.service,
            label: `${label(name)}<br/>${(0,engine_text/* plural */.LS)(members.length, 'component')}`,
            cls: 'bp_group',
            change: mergeKinds(members.map((m) => highlight?.nodes?.get(m.id)))
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
    const sortedEdges = [...edges.values()].sort((a, b) => compareTuple([a.from.key, a.to.key], [b.from.key, b.to.key]));
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
                    ? dependencyLabel(first, wrap.edge)
                    : (0,engine_text/* plural */.LS)(deps.length, 'dependency', 'dependencies'),
                change: mergeKinds(deps.map((d) => highlight?.edges?.get(dependencyKey(d.from, d.to))))
            };
        }),
        legend: highlight !== undefined
    };
}
/** A single node that says what the blueprint holds. */
function summaryGraph(bp, highlight) {
    const groups = groupNames(bp).length;
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

;// CONCATENATED MODULE: ./src/engine/mermaid/references.ts

/** The blueprint with one external component per referenced system or component (unchanged when there is none). */
function references_withReferenceNodes(bp, shown) {
    const own = new Set(bp.components.map((c) => c.id));
    const ends = new Set();
    for (const d of bp.dependencies)
        for (const end of [d.from, d.to])
            if (!own.has(end))
                ends.add(end);
    if (ends.size === 0)
        return bp;
    const extra = [...ends].sort(engine_text/* compareText */.n6).map((end) => ({
        // The reference itself is the node's key: it can never equal a component id of this blueprint.
        id: end,
        name: shown?.get(end)?.label ?? end,
        type: 'external'
    }));
    return { ...bp, components: [...bp.components, ...extra] };
}

;// CONCATENATED MODULE: ./src/engine/mermaid/views.ts






/**
 * A component that at least this many others depend on is a hub. A fixed
 * number, not a share of the blueprint: adding one component must not make
 * another a hub.
 */
const HUB_MIN_USERS = 10;
/** A derived group holds at most this many components; a larger one is cut in parts. */
const MAX_DERIVED_GROUP = 12;
/** Fewer components sharing an id prefix do not make a group of their own (a service and its database). */
const MIN_PREFIX_GROUP = 3;
/** The name of the group of ungrouped components when the author grouped the others. */
const OTHER_GROUP = 'Other components';
/** Kind names of the type-based derived groups. */
function typeGroup(type) {
    switch (knownType(type)) {
        case 'person':
        case 'frontend':
        case 'gateway':
            return 'Edge';
        case 'database':
        case 'cache':
        case 'storage':
            return 'Data stores';
        case 'queue':
            return 'Messaging';
        case 'external':
            return 'External systems';
        default:
            return 'Services';
    }
}
/** The first `depth` segments of an id split at `-`, `_` or `.`; undefined when it has fewer. */
function prefixOf(id, depth) {
    const parts = id.split(/[-_.]/);
    if (parts.length < depth || parts.slice(0, depth).some((p) => p === ''))
        return undefined;
    return parts.slice(0, depth).join('-');
}
/**
 * The groups of a blueprint's views: the author's, with ungrouped
 * components in {@link OTHER_GROUP}; or, when the author wrote none,
 * derived: {@link MIN_PREFIX_GROUP} or more components sharing the first
 * segment of their id (`snuba-api`, `snuba-consumer`) form a group, a group still too large is split by the
 * first two segments; the rest go by type (edge, services, data stores,
 * messaging, external systems); a group still over
 * {@link MAX_DERIVED_GROUP} is cut in parts in id order.
 */
function groupingOf(bp) {
    const comps = sortedComponents(bp);
    if (comps.some((c) => c.group !== undefined)) {
        const of = new Map(comps.map((c) => [c.id, c.group ?? OTHER_GROUP]));
        return { of, names: [...new Set(of.values())].sort(engine_text/* compareText */.n6) };
    }
    const of = new Map();
    const assign = (members, depth) => {
        const byPrefix = new Map();
        for (const c of members) {
            const p = prefixOf(c.id, depth);
            if (p === undefined)
                continue;
            byPrefix.set(p, [...(byPrefix.get(p) ?? []), c]);
        }
        for (const [prefix, shared] of byPrefix) {
            // A prefix every component shares (a project's own name) tells nothing: look one segment further.
            if (shared.length < MIN_PREFIX_GROUP)
                continue;
            if ((shared.length > MAX_DERIVED_GROUP || shared.length === members.length) && depth < 2) {
                assign(shared, depth + 1);
                continue;
            }
            for (const c of shared)
                if (!of.has(c.id))
                    of.set(c.id, `${prefix}-*`);
        }
    };
    assign(comps, 1);
    for (const c of comps)
        if (!of.has(c.id))
            of.set(c.id, typeGroup(c.type));
    // Cut groups that are still too large into parts, in id order.
    const members = new Map();
    for (const c of comps) {
        const g = of.get(c.id);
        members.set(g, [...(members.get(g) ?? []), c.id]);
    }
    for (const [name, ids] of members) {
        if (ids.length <= MAX_DERIVED_GROUP)
            continue;
        const parts = Math.ceil(ids.length / MAX_DERIVED_GROUP);
        const size = Math.ceil(ids.length / parts);
        ids.forEach((id, i) => of.set(id, `${name} ${Math.floor(i / size) + 1}`));
    }
    return {
        of,
        names: [...new Set(of.values())].sort(engine_text/* compareText */.n6),
        derived: `The blueprint sets no groups, so the views use groups derived from it: ${MIN_PREFIX_GROUP} or more components whose ids share a first segment (\`name-*\`), the others by type; a group of more than ` +
            `${MAX_DERIVED_GROUP} components is cut in parts in id order.`
    };
}
/**
 * The hubs of a blueprint: components that at least {@link HUB_MIN_USERS}
 * other components depend on. Their arrows
 * would fan in from all over a diagram; they are not drawn, the hub's node
 * says how many components use it.
 */
function hubsOf(bp) {
    const users = new Map();
    for (const d of bp.dependencies) {
        if (d.from === d.to)
            continue;
        const set = users.get(d.to) ?? new Set();
        set.add(d.from);
        users.set(d.to, set);
    }
    return [...users]
        .filter(([, set]) => set.size >= HUB_MIN_USERS)
        .map(([id, set]) => ({ id, users: set.size }))
        .sort((a, b) => (0,engine_text/* compareText */.n6)(a.id, b.id));
}
/** The node of a hub: its own drawing plus a line saying who uses it. */
function hubNode(node, users) {
    return { ...node, label: `${node.label}<br/>used by ${users} components` };
}
function drawn(d, hubs) {
    return !hubs.has(d.to) || hubs.has(d.from);
}
/**
 * The overview: one node per group (its name and component count), the
 * dependencies between groups aggregated into one edge per pair with their
 * count; arrows to hubs left out.
 */
function overviewGraph(bp, s) {
    const groupOf = (id) => s.grouping.of.get(id) ?? OTHER_GROUP;
    const nodes = s.grouping.names.map((name) => {
        const members = bp.components.filter((c) => groupOf(c.id) === name);
        return {
            id: idOf(s.groupIds, name),
            shape: SHAPES.service,
            label: label(wrapWords(name, 24), (0,engine_text/* plural */.LS)(members.length, 'component'), ...members
                .filter((c) => s.hubs.has(c.id))
                .map((c) => wrapWords(`${c.name} used by ${s.hubs.get(c.id) ?? 0}`, 24))),
            cls: 'bp_group',
            change: mergeKinds(members.map((m) => s.highlight?.nodes?.get(m.id)))
        };
    });
    const pairs = new Map();
    for (const d of bp.dependencies) {
        if (!drawn(d, s.hubs))
            continue;
        const from = groupOf(d.from);
        const to = groupOf(d.to);
        if (from === to)
            continue;
        const k = JSON.stringify([from, to]);
        const entry = pairs.get(k) ?? { from, to, deps: [] };
        entry.deps.push(d);
        pairs.set(k, entry);
    }
    const edges = [...pairs.values()]
        .sort((a, b) => compareTuple([a.from, a.to], [b.from, b.to]))
        .map(({ from, to, deps }) => ({
        from: idOf(s.groupIds, from),
        to: idOf(s.groupIds, to),
        async: deps.every((d) => d.async),
        label: String(deps.length),
        change: mergeKinds(deps.map((d) => s.highlight?.edges?.get(dependencyKey(d.from, d.to))))
    }));
    return { direction: 'TB', nodes, groups: [], edges, legend: s.highlight !== undefined };
}
/** The class a stub (a component of another group) is drawn with. */
const STUB_CLASS = 'bp_stub';
/**
 * The view of one group: its components boxed under the group's name, the
 * dependencies among them and with components of other groups, those drawn
 * as stubs (a dashed node naming the component and its group); arrows to
 * hubs left out, as everywhere in the views.
 */
function groupViewGraph(bp, group, s, part) {
    const groupOf = (id) => s.grouping.of.get(id) ?? OTHER_GROUP;
    const wrap = wrapWidths('TB');
    const memo = memoOf(bp, s);
    const comps = memo.components;
    const inGroup = new Set(comps
        .filter((c) => groupOf(c.id) === group && (part === undefined || partOf(c.id, part.of) === part.index))
        .map((c) => c.id));
    const deps = memo.dependencies.filter((d) => (inGroup.has(d.from) || inGroup.has(d.to)) && drawn(d, s.hubs));
    const stubIds = new Set();
    for (const d of deps)
        for (const end of [d.from, d.to])
            if (!inGroup.has(end))
                stubIds.add(end);
    // Nodes and edges are drawn once per blueprint: a group drawn in parts is tried several ways.
    const node = (c) => {
        let n = memo.nodes.get(c.id);
        if (n === undefined) {
            const drawnNode = s.draw(c, s.ids, s.highlight, wrap);
            const users = s.hubs.get(c.id);
            n = users === undefined ? drawnNode : hubNode(drawnNode, users);
            memo.nodes.set(c.id, n);
        }
        return n;
    };
    const stub = (c) => {
        let n = memo.stubs.get(c.id);
        if (n === undefined) {
            n = {
                id: idOf(s.ids.node, c.id),
                shape: SHAPES.service,
                label: label(wrapWords(c.name, 16), `in ${wrapWords(groupOf(c.id), 20)}`),
                cls: STUB_CLASS,
                change: s.highlight?.nodes?.get(c.id)
            };
            memo.stubs.set(c.id, n);
        }
        return n;
    };
    const edge = (d) => {
        let e = memo.edges.get(d);
        if (e === undefined) {
            e = {
                from: idOf(s.ids.node, d.from),
                to: idOf(s.ids.node, d.to),
                async: d.async,
                label: dependencyLabel(d, wrap.edge),
                change: s.highlight?.edges?.get(dependencyKey(d.from, d.to))
            };
            memo.edges.set(d, e);
        }
        return e;
    };
    const own = comps.filter((c) => inGroup.has(c.id)).map(node);
    // A view with no neighbours needs no box: its caption names the group. Without the box, its
    // unconnected components stack in columns; Mermaid does not rank invisible links in a box.
    if (stubIds.size === 0)
        return {
            direction: 'TB',
            nodes: own,
            groups: [],
            edges: deps.map(edge),
            legend: s.highlight !== undefined
        };
    return {
        direction: 'TB',
        nodes: comps.filter((c) => stubIds.has(c.id)).map(stub),
        groups: [{ id: idOf(s.groupIds, group), title: label(group), nodes: own }],
        edges: deps.map(edge),
        legend: s.highlight !== undefined
    };
}
const memos = new WeakMap();
/** What every view of one blueprint shares, computed once. */
function memoOf(bp, s) {
    let memo = memos.get(s);
    if (memo === undefined) {
        const components = sortedComponents(bp);
        const dependencies = sortedDependencies(bp);
        const nodes = new Map();
        const edges = new Map();
        // The whole diagram drawn to estimate it already holds every node and edge (same ids, same order).
        const whole = s.whole;
        if (whole !== undefined) {
            const byId = new Map(allGraphNodes(whole).map((n) => [n.id, n]));
            for (const c of components) {
                const n = byId.get(idOf(s.ids.node, c.id));
                const users = s.hubs.get(c.id);
                if (n !== undefined)
                    nodes.set(c.id, users === undefined ? n : hubNode(n, users));
            }
            if (whole.edges.length === dependencies.length)
                dependencies.forEach((d, i) => {
                    const e = whole.edges[i];
                    if (e !== undefined)
                        edges.set(d, e);
                });
        }
        memo = { components, dependencies, nodes, stubs: new Map(), edges };
        memos.set(s, memo);
    }
    return memo;
}
function allGraphNodes(g) {
    return [...g.nodes, ...g.groups.flatMap((gr) => gr.nodes)];
}
/** The whole blueprint in one diagram with arrows to hubs left out. */
function withoutHubArrows(g, ids, hubs) {
    const hubIds = new Map([...hubs].map(([id, users]) => [idOf(ids.node, id), users]));
    const mark = (n) => {
        const users = hubIds.get(n.id);
        return users === undefined ? n : hubNode(n, users);
    };
    return {
        ...g,
        nodes: g.nodes.map(mark),
        groups: g.groups.map((gr) => ({ ...gr, nodes: gr.nodes.map(mark) })),
        edges: g.edges.filter((e) => !hubIds.has(e.to) || hubIds.has(e.from))
    };
}
/** Group names in the order their views are shown: sorted, as the overview lists them. */
function viewOrder(grouping) {
    return grouping.names;
}
/**
 * The part of a group's view a component is drawn in when the group is too
 * large for one: from a hash of its own id, so one component more or less
 * moves no other.
 */
function partOf(id, parts) {
    let h = 7;
    for (const ch of id)
        h = (h * 33 + ch.charCodeAt(0)) >>> 0;
    return h % parts;
}

;// CONCATENATED MODULE: ./src/engine/mermaid/index.ts









/** Mermaid's default `maxTextSize`: a longer text renders as "Maximum text size in diagram exceeded". */
const MAX_TEXT_SIZE = 50_000;
/** Mermaid's default `maxEdges`: the flowchart parser refuses edge number 501. */
const MAX_EDGES = 500;
/**
 * Fewer components are drawn as one diagram even when it exceeds the budget
 * (unless the blueprint asks for views): what makes so small a diagram too
 * large is long labels, which views would not shorten.
 */
const MIN_VIEW_COMPONENTS = 10;
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
 * components and dependencies were written in, and an edit to one component
 * or dependency changes only the lines about it (ids are hashes of the
 * component ids, every list is sorted, classes sit on each node's line).
 *
 * A diagram that would not keep to the page budget (see budget.ts) is drawn
 * as views (unless the blueprint sets `diagram.views: never`; `always` draws
 * views whatever the size): an overview with one node per group, then one
 * diagram per group. Components that many others use (hubs) are then drawn
 * without the arrows of their users, and `hubs` names them.
 *
 * A diagram that would exceed Mermaid's limits ({@link MAX_TEXT_SIZE},
 * {@link MAX_EDGES}) or {@link MAX_NODES} is reduced to one node per group,
 * then to one summary node, and `note` says so; a reduced diagram is always
 * a flowchart.
 *
 * With `highlight`, the named components and dependencies are coloured as
 * added / removed / changed and a legend is appended. A dependency end that
 * names another blueprint is drawn as an external node, labelled as
 * `references` shows it (else with the reference as written).
 */
function buildDiagram(blueprint, options) {
    const highlight = options?.highlight;
    const bp = references_withReferenceNodes(blueprint, options?.references);
    const components = bp.components.length;
    const dependencies = bp.dependencies.length;
    if (fits('', dependencies, components)) {
        const ids = ids_makeIds(bp);
        const c4 = bp.diagram.type === 'c4';
        const type = c4 ? 'c4' : 'flowchart';
        const whole = (direction) => c4 ? c4_c4Graph(bp, ids, { highlight, direction }) : flowchart_fullGraph(bp, ids, { highlight, direction });
        const mode = bp.diagram.views ?? 'auto';
        const first = whole(bp.diagram.direction);
        const oriented = orient(first, bp.diagram.autoDirection === true);
        const views = mode === 'always' ||
            (mode === 'auto' &&
                components >= MIN_VIEW_COMPONENTS &&
                !withinBudget(budget_estimateSize(oriented)))
            ? drawViews(bp, ids, highlight, c4, first)
            : undefined;
        if (views !== undefined && fits(views.text, dependencies, components))
            return { type, ...views };
        // One diagram: asked for, within the budget, or with fewer than two groups to make views of.
        const over = !withinBudget(budget_estimateSize(oriented));
        const hubs = over ? hubsOf(bp) : [];
        const drawn = hubs.length === 0
            ? oriented
            : orient(withoutHubArrows(first, ids, new Map(hubs.map((h) => [h.id, h.users]))), bp.diagram.autoDirection === true);
        const text = flowchart_renderFlowchart(drawn);
        if (fits(text, dependencies, components))
            return {
                type,
                text,
                ...(hubs.length > 0 ? { note: hubSentence(hubNames(bp, hubs), (t) => t) } : {})
            };
        if (c4) {
            const text = flowchart_renderFlowchart(flowchart_fullGraph(bp, ids, { highlight, direction: oriented.direction }));
            if (fits(text, dependencies, components))
                return {
                    type: 'flowchart',
                    text,
                    note: "The diagram is drawn as a flowchart: as a C4 diagram it would exceed Mermaid's limits."
                };
        }
    }
    return reduced(blueprint, bp, highlight);
}
/** The names of hubs, as the document says them. */
function hubNames(bp, hubs) {
    const byId = new Map(bp.components.map((c) => [c.id, c]));
    return hubs.map((h) => ({ name: byId.get(h.id)?.name ?? h.id, users: h.users }));
}
/**
 * The graph in its author's direction, or, when the author set none, top to
 * bottom if that keeps to the budget, else left to right if that does, else
 * whichever is less over it.
 */
function orient(graph, auto) {
    const g = stackUnconnected(graph);
    if (!auto)
        return g;
    const tb = { ...g, direction: 'TB' };
    if (withinBudget(budget_estimateSize(tb)))
        return tb;
    const lr = { ...g, direction: 'LR' };
    if (withinBudget(budget_estimateSize(lr)))
        return lr;
    return overBudget(budget_estimateSize(lr)) < overBudget(budget_estimateSize(tb)) ? lr : tb;
}
/** The overview and one view per group; undefined when there would be fewer than two groups. */
function drawViews(bp, ids, highlight, c4, whole) {
    const grouping = groupingOf(bp);
    if (grouping.names.length < 2)
        return undefined;
    const hubs = hubsOf(bp);
    const draw = c4 ? c4Node : componentNode;
    const settings = {
        ids,
        // Derived group names get ids the same way the author's do: hashes of the name.
        groupIds: assignIds(grouping.names, 'g'),
        grouping,
        hubs: new Map(hubs.map((h) => [h.id, h.users])),
        highlight,
        draw,
        whole
    };
    const auto = bp.diagram.autoDirection === true;
    const overview = orient({ ...overviewGraph(bp, settings), direction: bp.diagram.direction }, auto);
    const view = (group, part) => orient({ ...groupViewGraph(bp, group, settings, part), direction: bp.diagram.direction }, auto);
    const views = grouping.names.flatMap((group) => {
        const members = [...grouping.of.values()].filter((g) => g === group).length;
        // A group too large for one view is drawn in parts, one more at a time until each fits.
        let graphs = [view(group)];
        // Start from as many parts as the whole view is over the budget, then add one at a time.
        const first = Math.max(2, Math.ceil(overBudget(budget_estimateSize(graphs[0]))));
        for (let of = first; of <= Math.ceil(members / 3); of++) {
            if (graphs.every((g) => withinBudget(budget_estimateSize(g))))
                break;
            graphs = Array.from({ length: of }, (_, index) => view(group, { index, of })).filter((g) => g.groups.some((gr) => gr.nodes.length > 0));
        }
        return graphs.map((g, i) => ({
            group,
            ...(graphs.length > 1 ? { part: [i + 1, graphs.length] } : {}),
            components: g.groups.reduce((n, gr) => n + gr.nodes.length, 0),
            stubs: g.nodes.length,
            text: flowchart_renderFlowchart(g)
        }));
    });
    return {
        text: flowchart_renderFlowchart(overview),
        views,
        ...(grouping.derived !== undefined ? { derivedGroups: grouping.derived } : {}),
        ...(hubs.length > 0 ? { hubs: hubNames(bp, hubs) } : {})
    };
}
/** Past Mermaid's limits: one node per group, else one summary node. */
function reduced(blueprint, bp, highlight) {
    const dependencies = bp.dependencies.length;
    const ids = ids_makeIds(bp);
    // Counted as the author wrote them: nodes drawn for other blueprints are not components.
    const sizes = `${(0,engine_text/* plural */.LS)(blueprint.components.length, 'component')} and ${(0,engine_text/* plural */.LS)(dependencies, 'dependency', 'dependencies')}`;
    const asFlowchart = bp.diagram.type === 'c4'
        ? ' It is drawn as a flowchart, as a reduced C4 diagram cannot be laid out.'
        : '';
    if (groupNames(bp).length > 0) {
        const grouped = groupGraph(bp, ids, highlight);
        const text = flowchart_renderFlowchart(grouped);
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
        text: flowchart_renderFlowchart(summaryGraph(blueprint, highlight)),
        note: `The diagram shows a summary only: ${sizes} exceed Mermaid's limits${groupNames(bp).length > 0 ? ', even when grouped' : ''}.${asFlowchart}`
    };
}
/**
 * What a diagram shows, in order: its Mermaid text, or, for views, the
 * overview, a paragraph on how to read them, and each group's view after a
 * caption. `inline` turns text of the blueprint into inline Markdown.
 */
function diagramParts(d, inline) {
    if (d.views === undefined)
        return [{ kind: 'mermaid', text: d.text }];
    const parts = [
        { kind: 'mermaid', text: d.text },
        { kind: 'paragraph', text: diagramAbout(d, inline) }
    ];
    const total = d.views.length;
    d.views.forEach((v, i) => {
        const stubs = v.stubs > 0
            ? `, and ${(0,engine_text/* plural */.LS)(v.stubs, 'component')} of other groups it connects to (dashed)`
            : '';
        parts.push({
            kind: 'paragraph',
            text: `**View ${i + 1} of ${total}: ${inline(v.group)}${v.part === undefined ? '' : ` (part ${v.part[0]} of ${v.part[1]})`}** — ${(0,engine_text/* plural */.LS)(v.components, 'component')}${stubs}.`
        }, { kind: 'mermaid', text: v.text });
    });
    return parts;
}
/**
 * The Markdown between a ```` ```mermaid ```` fence's opening and closing
 * lines: the diagram's text, or, for views, every part of
 * {@link diagramParts}, each view closing the fence before it and opening
 * its own (the template's closing fence closes the last). So any template
 * that puts `diagram_content` in a Mermaid fence shows every view. No
 * Mermaid text holds a backtick: labels escape it.
 */
function diagramMarkdown(d, inline) {
    const parts = diagramParts(d, inline);
    let out = '';
    parts.forEach((p, i) => {
        if (i === 0) {
            out = p.text;
            return;
        }
        if (parts[i - 1]?.kind === 'mermaid')
            out += '\n```';
        out += `\n\n${p.kind === 'mermaid' ? `\`\`\`mermaid\n${p.text}` : p.text}`;
    });
    return out;
}
/**
 * The sentences that say how the diagram is drawn: the overview and views,
 * groups the engine derived, hubs drawn without their arrows; empty for a
 * plain diagram.
 */
function diagramAbout(d, inline) {
    if (d.views === undefined)
        return '';
    const hubs = d.hubs !== undefined && d.hubs.length > 0 ? ` ${hubSentence(d.hubs, inline)}` : '';
    const derived = d.derivedGroups === undefined ? '' : ` ${d.derivedGroups}`;
    const parts = d.views.some((v) => v.part !== undefined)
        ? ' A group too large for one readable view is drawn in parts.'
        : '';
    return `*Above: the overview, one node per group; an arrow counts the dependencies between two groups. Below: one view per group.${parts}${derived}${hubs}*`;
}
function hubSentence(hubs, inline) {
    const list = hubs.map((h) => `${inline(h.name)} is used by ${h.users} components`).join('; ');
    return `Drawn differently: ${list}. Arrows to ${hubs.length === 1 ? 'it are' : 'them are'} not drawn, the node says how many components use it; the dependencies table lists them.`;
}
/**
 * The blueprint drawn whole as one diagram (as `diagram.views: never` would
 * draw it, hubs and all) and the budget model's estimate of its size: the
 * render suite checks the estimate against the real drawing.
 */
function wholeDiagram(blueprint) {
    const bp = withReferenceNodes(blueprint);
    const ids = makeIds(bp);
    const g = orient(bp.diagram.type === 'c4'
        ? c4Graph(bp, ids, { highlight: undefined, direction: bp.diagram.direction })
        : fullGraph(bp, ids, { highlight: undefined, direction: bp.diagram.direction }), bp.diagram.autoDirection === true);
    return { text: renderFlowchart(g), estimate: estimateSize(g) };
}
/**
 * Whether the blueprint, drawn whole as one flowchart (highlighted as
 * given), keeps to the page budget by the model's estimate.
 */
function fitsOnePage(blueprint, highlight, 
/** Extra width margin, for a diagram the model knows less well. */
margin = 1) {
    const bp = references_withReferenceNodes(blueprint);
    if (!fits('', bp.dependencies.length, bp.components.length))
        return false;
    const g = flowchart_fullGraph(bp, ids_makeIds(bp), { highlight, direction: bp.diagram.direction });
    const size = budget_estimateSize(orient(g, bp.diagram.autoDirection === true));
    return withinBudget({ ...size, w: size.w * margin });
}

;// CONCATENATED MODULE: ./src/engine/mermaid/sequence.ts



/**
 * Sequence-diagram text escaping. Mermaid replaces `#name;` / `#123;` entity
 * codes before it parses (and puts the characters back in the drawing), so
 * an entity code is safe wherever plain text is. Why each character:
 * - `#` first, in the same pass, so our own codes are never escaped again;
 *   raw, it starts a comment and ends a message;
 * - `;` ends a statement (a message or an alias stops there);
 * - `<` `>` `&`: raw tags are dropped by the sanitizer, entities let through;
 * - `:` ends a participant's alias, `,` and `@` are participant syntax;
 * - `%`: `%%` starts a comment, `%%{…}%%` a directive, anywhere in the text;
 * - `"` and `` ` `` are shown as written only as codes;
 * - `\` and `$$` as in the flowchart: `\n` draws a line break, `$$…$$` math;
 * - `{` `}`: a participant's `@{ … }` configuration;
 * - `+` and `-` at the start: activation marks after an arrow;
 * - `end` as a word closes a block (`loop`, `alt`), so its `e` is a code;
 * - a message starting with `wrap` or `nowrap` is a wrapping directive;
 * - line breaks (`\r\n`, `\n`, `\r`, U+2028, U+2029, U+0085) become `<br/>`.
 */
const SEQUENCE_ESCAPES = {
    '#': '#35;',
    ';': '#59;',
    '<': '#lt;',
    '>': '#gt;',
    '&': '#amp;',
    ':': '#58;',
    ',': '#44;',
    '@': '#64;',
    '%': '#37;',
    '"': '#quot;',
    '`': '#96;',
    '\\': '#92;',
    '\\n': '#92;#8203;n',
    '\\N': '#92;#8203;N',
    '{': '#123;',
    '}': '#125;',
    '|': '#124;',
    $: '$#8203;'
};
const SEQUENCE_PATTERN = /\r\n|[\r\n\u2028\u2029\u0085]|\\[nN]|\$(?=\$)|[#;<>&:,@%"`\\{}|]|\b[eE][nN][dD]\b/g;
/** One pass of {@link SEQUENCE_ESCAPES}; a word `end` in any case gets its first letter as a code. */
function escapeSequenceText(text) {
    const escaped = text
        .trim()
        .replace(SEQUENCE_PATTERN, (match) => match.length === 3 && /^end$/i.test(match)
        ? `#${match.charCodeAt(0)};${match.slice(1)}`
        : (SEQUENCE_ESCAPES[match] ?? '<br/>'));
    // A leading `+`/`-` marks activation; a leading `wrap`/`nowrap` is a directive.
    const lead = /^(?:[+-]|(?:no)?wrap)/i.exec(escaped);
    if (lead === null)
        return escaped;
    return `#${escaped.charCodeAt(0)};${escaped.slice(1)}`;
}
/** A clipped, escaped, never-empty text for a participant or a message. */
function sequence_text(value) {
    const shown = escapeSequenceText((0,engine_text/* clip */.$Q)(value.replace(/\s+/g, ' '), MAX_LABEL_CHARS));
    // An empty alias or message is a parse error; a no-break space keeps the line.
    return shown === '' ? '#160;' : shown;
}
/**
 * The flow as Mermaid text (no fence, LF line ends, no trailing newline).
 * `nameOf` names an end that is no component of the blueprint (a reference
 * to another blueprint); by default the reference itself.
 */
function sequenceDiagram(bp, flow, nameOf) {
    const names = new Map(bp.components.map((c) => [c.id, c.name]));
    const order = [];
    const seen = new Set();
    for (const step of flow.steps)
        for (const end of [step.from, step.to])
            if (!seen.has(end)) {
                seen.add(end);
                order.push(end);
            }
    const ids = assignIds(order, 'p');
    const id = (end) => ids.get(end) ?? 'p0';
    const lines = ['sequenceDiagram'];
    for (const end of order)
        lines.push(`    participant ${id(end)} as ${sequence_text(names.get(end) ?? nameOf?.(end) ?? end)}`);
    for (const step of flow.steps) {
        const arrow = step.async ? '-)' : '->>';
        lines.push(`    ${id(step.from)}${arrow}${id(step.to)}: ${sequence_text(step.message ?? '')}`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/sections/context.ts

/** The component types whose components hold the system's data. */
const STATE_TYPES = ['database', 'cache', 'storage', 'queue'];
/** `*Not described in `shop.blueprint.yaml`: set `sections.api`.*` — one line, naming the keys that would fill it. */
function notDescribed(ctx, ...keys) {
    const set = keys.map((k) => `\`${k}\``).join(' or ');
    return `*Not described in ${(0,markdown/* inlineCode */.ti)(ctx.file)}: set ${set}.*`;
}
/** Each blueprint's namer, made once for all its sections. */
const namers = new WeakMap();
/** Names by id, in bold, for the sections that name many components. */
function namer(bp) {
    let name = namers.get(bp);
    if (name === undefined) {
        const names = new Map(bp.components.map((c) => [c.id, `**${(0,markdown/* plain */.pj)(c.name) || (0,markdown/* plain */.pj)(c.id)}**`]));
        name = (id) => names.get(id) ?? `**${(0,markdown/* plain */.pj)(id)}**`;
        namers.set(bp, name);
    }
    return name;
}
/** A runtime name (workload, image, ConfigMap…) as code, so it reads as written. */
function code(text) {
    return (0,markdown/* inlineCode */.ti)(text) || (0,markdown/* plain */.pj)(text);
}
/** Several runtime names, as code, separated by commas. */
function codes(texts) {
    return texts.map(code).join(', ');
}
/** The component a runtime workload is, by its `runtime:` name or its id. */
function componentOfWorkload(bp, w) {
    return (bp.components.find((c) => c.runtime === w.name) ?? bp.components.find((c) => c.id === w.name));
}
/** A `- **label:** text` line, or nothing for empty text. */
function item(label, text) {
    return text === '' ? [] : [`- **${label}:** ${text}`];
}

;// CONCATENATED MODULE: ./src/engine/sections/flow.ts



/** The types a request enters the system through. */
const ENTRY_TYPES = ['person', 'frontend', 'gateway'];
/** A flow's name that says it is about signing in. */
const AUTH_FLOW = /auth(?!or)|log\s*-?\s*in|sign\s*-?\s*in|\bsso\b|oauth|\boidc\b/i;
/** The most steps the request path draws for the Authentication Flow. */
const PATH_STEPS = 12;
/** Every flow, each with its own diagram; else the dependencies from the entry points inward. */
function requestFlow(ctx) {
    const bp = ctx.blueprint;
    const flows = bp.flows ?? [];
    if (flows.length > 0)
        return flows.map((f) => flowBlock(ctx, f)).join('\n\n');
    if (bp.dependencies.length === 0)
        return notDescribed(ctx, 'flows', 'dependencies');
    const name = namer(bp);
    const { reached, rest, entries } = fromEntries(bp);
    const step = (d, i) => {
        const how = [(0,markdown/* plain */.pj)(d.technology), d.async ? 'async' : ''].filter((f) => f !== '').join(', ');
        const description = (0,markdown/* plain */.pj)(d.description);
        return `${i + 1}. ${name(d.from)} → ${name(d.to)}${description ? `: ${description}` : ''}${how ? ` (${how})` : ''}`;
    };
    const out = [];
    if (reached.length > 0) {
        out.push(`From ${entries.map(name).join(', ')} inward, as the dependencies show:`, '');
        out.push(reached.map(step).join('\n'));
    }
    if (rest.length > 0) {
        if (out.length > 0)
            out.push('', 'Dependencies not reached from there:', '');
        out.push(rest.map(step).join('\n'));
    }
    out.push('', `*No named flows in ${(0,markdown/* inlineCode */.ti)(ctx.file)}: set \`flows\` to draw the important ones.*`);
    return out.join('\n');
}
/** A flow under its own heading: its description, then its sequence diagram. */
function flowBlock(ctx, flow) {
    // The author's Markdown, as the overview is (the loader refuses one that would run on).
    const description = (flow.description ?? '').replace(/\r\n?/g, '\n').trim();
    return [
        `#### ${(0,markdown/* plain */.pj)(flow.name) || 'Flow'}`,
        '',
        ...(description !== '' ? [description, ''] : []),
        '```mermaid',
        sequenceDiagram(ctx.blueprint, flow, referenceName(ctx)),
        '```'
    ].join('\n');
}
/** How a flow's end in another blueprint is named: `System / Component` when it resolved. */
function referenceName(ctx) {
    return (end) => ctx.references?.get(end)?.label ?? end;
}
/**
 * The Authentication Flow: a flow named for signing in, else the request path
 * from the first entry point along the first dependencies, else a note.
 */
function authenticationFlow(ctx) {
    const bp = ctx.blueprint;
    const named = (bp.flows ?? []).find((f) => AUTH_FLOW.test(f.name));
    if (named !== undefined)
        return [
            `From the flow **${(0,markdown/* plain */.pj)(named.name)}**:`,
            '```mermaid',
            sequenceDiagram(bp, named, referenceName(ctx)),
            '```'
        ].join('\n');
    const path = requestPath(bp);
    if (path === undefined)
        return notDescribed(ctx, 'flows');
    const name = namer(bp);
    return [
        `No flow in ${(0,markdown/* inlineCode */.ti)(ctx.file)} is named for signing in (set \`flows\`); this is the request path from ${name(path.steps[0]?.from ?? '')} inward, as the dependencies show:`,
        '```mermaid',
        sequenceDiagram(bp, path),
        '```'
    ].join('\n');
}
/** The entry points, the dependencies reached from them (breadth first), and the others in the author's order. */
function fromEntries(bp) {
    const entries = entryPoints(bp);
    const out = new Map();
    for (const d of bp.dependencies) {
        const list = out.get(d.from);
        if (list)
            list.push(d);
        else
            out.set(d.from, [d]);
    }
    const seen = new Set(entries);
    const queue = [...entries];
    const reached = [];
    const taken = new Set();
    for (let i = 0; i < queue.length; i++) {
        for (const d of out.get(queue[i] ?? '') ?? []) {
            reached.push(d);
            taken.add(d);
            if (!seen.has(d.to)) {
                seen.add(d.to);
                queue.push(d.to);
            }
        }
    }
    return {
        entries: entries.filter((e) => out.has(e)),
        reached,
        rest: bp.dependencies.filter((d) => !taken.has(d))
    };
}
/** Components of an entry type with a dependency out; else those nothing depends on. */
function entryPoints(bp) {
    const from = new Set(bp.dependencies.map((d) => d.from));
    const to = new Set(bp.dependencies.map((d) => d.to));
    const typed = bp.components.filter((c) => ENTRY_TYPES.includes(c.type) && from.has(c.id));
    if (typed.length > 0)
        return typed.map((c) => c.id);
    return bp.components.filter((c) => from.has(c.id) && !to.has(c.id)).map((c) => c.id);
}
/** The longest of the entry points' paths inward (the first of equals), or undefined when there is none. */
function requestPath(bp) {
    let best;
    for (const start of entryPoints(bp)) {
        const path = pathFrom(bp, start);
        if (path !== undefined && path.steps.length > (best?.steps.length ?? 0))
            best = path;
    }
    return best;
}
/** The path inward from `start`: at each component, its first dependency to one not yet visited. */
function pathFrom(bp, start) {
    const own = new Set(bp.components.map((c) => c.id));
    const steps = [];
    const visited = new Set([start]);
    let at = start;
    while (steps.length < PATH_STEPS) {
        const next = bp.dependencies.find((d) => d.from === at && own.has(d.to) && !visited.has(d.to));
        if (next === undefined)
            break;
        const message = next.description ?? next.technology;
        steps.push({ from: next.from, to: next.to, async: next.async, ...(message ? { message } : {}) });
        visited.add(next.to);
        at = next.to;
    }
    return steps.length === 0 ? undefined : { name: 'Request path', steps };
}

;// CONCATENATED MODULE: ./src/engine/runtime/facts.ts
/**
 * What runtime files say that an architecture document may repeat: replicas
 * and autoscalers, resources, probes and health checks, state (volumes,
 * StatefulSets, claims), NetworkPolicies, Services and their ports, routes,
 * images, namespaces, kinds and counts, Compose profiles, and the *names*
 * of env files, ConfigMaps, Secrets and environment variables.
 *
 * Values never leave this module: not an environment variable's value, not
 * a Secret's `data` or `stringData`, not a ConfigMap's data. Only names do.
 *
 * Pure: read from documents already parsed (and, for Compose, merged and
 * interpolated by the runtime reader); the same documents give the same
 * facts, in the same order.
 */


/** The kinds whose pods the document describes. */
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
/** The facts of runtime documents, in file order (workloads) or sorted (names). */
function runtimeFacts(sources) {
    const workloads = [];
    const services = [];
    const autoscalers = [];
    const claims = [];
    const policies = new Set();
    const routes = [];
    const configMaps = new Set();
    const secrets = new Set();
    const namedVolumes = new Set();
    const kinds = new Map();
    const namespaces = new Set();
    const files = [];
    const seen = new Set();
    const count = (kind) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    for (const { file, document } of sources) {
        if (!files.includes(file))
            files.push(file);
        const data = document.data;
        if (isRecord(data.services) && data.kind === undefined) {
            for (const [name, raw] of Object.entries(data.services)) {
                if (!isRecord(raw) || seen.has(name))
                    continue;
                seen.add(name);
                count('Compose service');
                workloads.push(composeService(name, raw, file));
            }
            for (const v of Object.keys(isRecord(data.volumes) ? data.volumes : {}))
                namedVolumes.add(v);
            for (const s of Object.keys(isRecord(data.secrets) ? data.secrets : {}))
                secrets.add(s);
            for (const c of Object.keys(isRecord(data.configs) ? data.configs : {}))
                configMaps.add(c);
            continue;
        }
        const objects = data.kind === 'List' && Array.isArray(data.items) ? data.items.filter(isRecord) : [data];
        for (const object of objects) {
            const kind = facts_text(object.kind);
            if (kind === undefined || typeof object.apiVersion !== 'string')
                continue;
            count(kind);
            const metadata = isRecord(object.metadata) ? object.metadata : {};
            const name = facts_text(metadata.name) ?? '';
            const namespace = facts_text(metadata.namespace);
            if (namespace !== undefined)
                namespaces.add(namespace);
            if (kind === 'Namespace' && name !== '')
                namespaces.add(name);
            const spec = isRecord(object.spec) ? object.spec : {};
            if (WORKLOAD_KINDS.has(kind)) {
                if (name === '' || seen.has(name))
                    continue;
                seen.add(name);
                workloads.push(kubeWorkload({ name, kind, file, namespace, spec, metadata }));
            }
            else if (kind === 'Service') {
                services.push({
                    name,
                    ...(namespace !== undefined ? { namespace } : {}),
                    ...facts_optional('type', facts_text(spec.type)),
                    ports: list(spec.ports).map(servicePort)
                });
            }
            else if (kind === 'HorizontalPodAutoscaler') {
                const target = isRecord(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
                const targetName = facts_text(target.name);
                const targetKind = facts_text(target.kind);
                autoscalers.push({
                    name,
                    ...(targetName !== undefined
                        ? { target: targetKind ? `${targetKind} ${targetName}` : targetName }
                        : {}),
                    ...optionalNumber('min', spec.minReplicas),
                    ...optionalNumber('max', spec.maxReplicas)
                });
            }
            else if (kind === 'PersistentVolumeClaim') {
                claims.push({ name, ...facts_optional('storage', storageOf(spec)) });
            }
            else if (kind === 'NetworkPolicy') {
                if (name !== '')
                    policies.add(name);
            }
            else if (kind === 'ConfigMap') {
                if (name !== '')
                    configMaps.add(name);
            }
            else if (kind === 'Secret' || kind === 'SealedSecret' || kind === 'ExternalSecret') {
                if (name !== '')
                    secrets.add(name);
            }
            else if (kind === 'Ingress') {
                routes.push(...ingressRoutes(name, spec));
            }
            else if (kind === 'HTTPRoute' || kind === 'GRPCRoute' || kind === 'VirtualService') {
                routes.push(...meshRoutes(`${kind} ${name}`, spec));
            }
        }
    }
    return {
        workloads,
        services,
        autoscalers,
        claims,
        networkPolicies: sorted(policies),
        routes,
        configMaps: sorted(configMaps),
        secrets: sorted(secrets),
        namedVolumes: sorted(namedVolumes),
        kinds: [...kinds]
            .map(([kind, n]) => ({ kind, count: n }))
            .sort((a, b) => (0,engine_text/* compareText */.n6)(a.kind, b.kind)),
        namespaces: sorted(namespaces),
        profiles: sorted(new Set(workloads.flatMap((w) => w.profiles))),
        envFiles: sorted(new Set(workloads.flatMap((w) => w.envFiles))),
        files
    };
}
/** Whether the facts say anything at all (no runtime files, or files with nothing in them). */
function hasFacts(facts) {
    return facts !== undefined && facts.kinds.length > 0;
}
function composeService(name, service, file) {
    const deploy = isRecord(service.deploy) ? service.deploy : {};
    const resources = isRecord(deploy.resources) ? deploy.resources : {};
    const image = facts_text(service.image);
    const env = new Set();
    if (isRecord(service.environment))
        for (const k of Object.keys(service.environment))
            env.add(k);
    else
        for (const entry of list(service.environment)) {
            // `KEY=value` or `KEY`: the name is what stands before the first `=`.
            const key = typeof entry === 'string' ? entry.split('=')[0]?.trim() : undefined;
            if (key)
                env.add(key);
        }
    const envFiles = new Set();
    const envFile = service.env_file;
    for (const entry of typeof envFile === 'string' ? [envFile] : list(envFile)) {
        const path = typeof entry === 'string' ? entry : isRecord(entry) ? facts_text(entry.path) : undefined;
        if (path !== undefined)
            envFiles.add(path);
    }
    const volumes = new Set();
    for (const v of list(service.volumes)) {
        // A named volume (`data:/var/lib/x`, or `{type: volume, source: data}`) holds state; a bind mount is code or config.
        const source = typeof v === 'string'
            ? v.split(':')[0]
            : isRecord(v) && (v.type === undefined || v.type === 'volume')
                ? facts_text(v.source)
                : undefined;
        if (source !== undefined && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) && v !== source)
            volumes.add(source);
    }
    const names = (value) => list(value)
        .map((s) => (typeof s === 'string' ? s : isRecord(s) ? facts_text(s.source) : undefined))
        .filter((s) => s !== undefined);
    return {
        name,
        kind: 'compose',
        file,
        ...optionalNumber('replicas', deploy.replicas),
        images: image !== undefined ? [image] : [],
        probes: isRecord(service.healthcheck) && service.healthcheck.disable !== true ? ['healthcheck'] : [],
        ...facts_optional('requests', resourceText(resources.reservations)),
        ...facts_optional('limits', resourceText(resources.limits)),
        ports: list(service.ports)
            .map((p) => typeof p === 'string' || typeof p === 'number'
            ? String(p)
            : isRecord(p)
                ? [p.published, p.target]
                    .filter((x) => x !== undefined)
                    .map(String)
                    .join(':')
                : '')
            .filter((p) => p !== ''),
        env: sorted(env),
        envFiles: sorted(envFiles),
        configMaps: sorted(new Set(names(service.configs))),
        secrets: sorted(new Set(names(service.secrets))),
        volumes: sorted(volumes),
        profiles: list(service.profiles).filter((p) => typeof p === 'string'),
        metrics: []
    };
}
function kubeWorkload(options) {
    const { spec, kind } = options;
    const jobSpec = kind === 'CronJob' && isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec)
        ? spec.jobTemplate.spec
        : spec;
    const template = isRecord(jobSpec.template) ? jobSpec.template : {};
    const pod = isRecord(template.spec) ? template.spec : {};
    const podMeta = isRecord(template.metadata) ? template.metadata : {};
    const containers = list(pod.containers).filter(isRecord);
    const all = [...containers, ...list(pod.initContainers).filter(isRecord)];
    const env = new Set();
    const configMaps = new Set();
    const secrets = new Set();
    const probes = new Set();
    const ports = [];
    const metrics = new Set();
    const requests = [];
    const limits = [];
    for (const c of all) {
        for (const e of list(c.env).filter(isRecord)) {
            const name = facts_text(e.name);
            if (name !== undefined)
                env.add(name);
            const from = isRecord(e.valueFrom) ? e.valueFrom : {};
            const cm = isRecord(from.configMapKeyRef) ? facts_text(from.configMapKeyRef.name) : undefined;
            const secret = isRecord(from.secretKeyRef) ? facts_text(from.secretKeyRef.name) : undefined;
            if (cm !== undefined)
                configMaps.add(cm);
            if (secret !== undefined)
                secrets.add(secret);
        }
        for (const e of list(c.envFrom).filter(isRecord)) {
            const cm = isRecord(e.configMapRef) ? facts_text(e.configMapRef.name) : undefined;
            const secret = isRecord(e.secretRef) ? facts_text(e.secretRef.name) : undefined;
            if (cm !== undefined)
                configMaps.add(cm);
            if (secret !== undefined)
                secrets.add(secret);
        }
    }
    for (const c of containers) {
        if (isRecord(c.livenessProbe))
            probes.add('liveness');
        if (isRecord(c.readinessProbe))
            probes.add('readiness');
        if (isRecord(c.startupProbe))
            probes.add('startup');
        const resources = isRecord(c.resources) ? c.resources : {};
        const req = resourceText(resources.requests);
        const lim = resourceText(resources.limits);
        if (req !== undefined)
            requests.push(req);
        if (lim !== undefined)
            limits.push(lim);
        for (const p of list(c.ports).filter(isRecord)) {
            const port = p.containerPort;
            if (typeof port !== 'number' && typeof port !== 'string')
                continue;
            const name = facts_text(p.name);
            ports.push(name !== undefined ? `${name}/${port}` : String(port));
            if (name !== undefined && /metric|prom/i.test(name))
                metrics.add(String(port));
        }
    }
    const annotations = isRecord(podMeta.annotations) ? podMeta.annotations : {};
    const scrapePort = facts_text(annotations['prometheus.io/port']);
    if (annotations['prometheus.io/scrape'] === 'true' || scrapePort !== undefined)
        metrics.add(scrapePort ?? 'scraped');
    const volumes = new Set();
    for (const v of list(pod.volumes).filter(isRecord)) {
        const claim = isRecord(v.persistentVolumeClaim)
            ? facts_text(v.persistentVolumeClaim.claimName)
            : undefined;
        if (claim !== undefined)
            volumes.add(claim);
        const cm = isRecord(v.configMap) ? facts_text(v.configMap.name) : undefined;
        if (cm !== undefined)
            configMaps.add(cm);
        const secret = isRecord(v.secret) ? facts_text(v.secret.secretName) : undefined;
        if (secret !== undefined)
            secrets.add(secret);
    }
    for (const t of list(spec.volumeClaimTemplates).filter(isRecord)) {
        const name = isRecord(t.metadata) ? facts_text(t.metadata.name) : undefined;
        if (name === undefined)
            continue;
        const size = isRecord(t.spec) ? storageOf(t.spec) : undefined;
        volumes.add(size !== undefined ? `${name} (${size})` : name);
    }
    return {
        name: options.name,
        kind,
        file: options.file,
        ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
        ...optionalNumber('replicas', spec.replicas),
        images: all.map((c) => facts_text(c.image)).filter((i) => i !== undefined),
        probes: ['liveness', 'readiness', 'startup'].filter((p) => probes.has(p)),
        ...facts_optional('requests', requests.length > 0 ? requests.join('; ') : undefined),
        ...facts_optional('limits', limits.length > 0 ? limits.join('; ') : undefined),
        ports,
        env: sorted(env),
        envFiles: [],
        configMaps: sorted(configMaps),
        secrets: sorted(secrets),
        volumes: sorted(volumes),
        profiles: [],
        metrics: sorted(metrics)
    };
}
/** `cpu=100m, memory=64Mi` from a resources mapping (Kubernetes `requests`/`limits`, Compose `limits`/`reservations`). */
function resourceText(value) {
    if (!isRecord(value))
        return undefined;
    const parts = Object.entries(value)
        .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
        .map(([k, v]) => `${k}=${String(v)}`);
    return parts.length > 0 ? parts.join(', ') : undefined;
}
function storageOf(spec) {
    const resources = isRecord(spec.resources) ? spec.resources : {};
    const requests = isRecord(resources.requests) ? resources.requests : {};
    const storage = requests.storage;
    return typeof storage === 'string' || typeof storage === 'number' ? String(storage) : undefined;
}
function servicePort(p) {
    if (!isRecord(p))
        return String(p);
    const name = facts_text(p.name);
    const port = p.port;
    const target = p.targetPort;
    const protocol = facts_text(p.protocol);
    return [
        name !== undefined ? `${name} ` : '',
        port !== undefined ? String(port) : '',
        target !== undefined && target !== port ? `→${String(target)}` : '',
        protocol !== undefined && protocol !== 'TCP' ? `/${protocol}` : ''
    ].join('');
}
function ingressRoutes(name, spec) {
    const routes = [];
    for (const rule of list(spec.rules).filter(isRecord)) {
        const host = facts_text(rule.host);
        const http = isRecord(rule.http) ? rule.http : {};
        const paths = list(http.paths).filter(isRecord);
        if (paths.length === 0)
            routes.push({ from: `Ingress ${name}`, ...facts_optional('host', host) });
        for (const p of paths) {
            const backend = isRecord(p.backend) ? p.backend : {};
            const service = isRecord(backend.service)
                ? facts_text(backend.service.name)
                : facts_text(backend.serviceName);
            routes.push({
                from: `Ingress ${name}`,
                ...facts_optional('host', host),
                ...facts_optional('path', facts_text(p.path)),
                ...facts_optional('service', service)
            });
        }
    }
    const fallback = isRecord(spec.defaultBackend) ? spec.defaultBackend : undefined;
    const service = fallback && isRecord(fallback.service) ? facts_text(fallback.service.name) : undefined;
    if (service !== undefined)
        routes.push({ from: `Ingress ${name}`, service });
    return routes;
}
/** Gateway API routes and Istio VirtualServices: the hosts and the services they send to. */
function meshRoutes(from, spec) {
    const hosts = [...list(spec.hostnames), ...list(spec.hosts)].filter((h) => typeof h === 'string');
    const services = new Set();
    for (const section of [...list(spec.rules), ...list(spec.http), ...list(spec.tcp)]) {
        if (!isRecord(section))
            continue;
        for (const ref of [...list(section.backendRefs), ...list(section.route)]) {
            if (!isRecord(ref))
                continue;
            const target = isRecord(ref.destination) ? facts_text(ref.destination.host) : facts_text(ref.name);
            if (target !== undefined)
                services.add(target);
        }
    }
    const host = hosts.length > 0 ? hosts.join(', ') : undefined;
    if (services.size === 0)
        return [{ from, ...facts_optional('host', host) }];
    return sorted(services).map((service) => ({ from, ...facts_optional('host', host), service }));
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function facts_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function sorted(values) {
    return [...values].sort(engine_text/* compareText */.n6);
}
function facts_optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function optionalNumber(key, value) {
    return typeof value === 'number' && Number.isFinite(value)
        ? { [key]: value }
        : {};
}

;// CONCATENATED MODULE: ./src/engine/sections/operations.ts
/**
 * Scalability and Performance, Deployment Architecture, Monitoring and
 * Observability: what the runtime files deploy and how — replicas,
 * autoscalers, resources, kinds and counts, namespaces, images, probes and
 * health checks, profiles — and the components that are observability
 * tools. Targets come only from the author (`sections:`).
 */




/** Replicas, autoscalers and resources per workload; targets only from `sections:`. */
function scalability(ctx) {
    const facts = ctx.facts;
    const scaling = hasFacts(facts)
        ? (() => {
            const scaled = (w) => facts.autoscalers.filter((a) => a.target !== undefined && a.target.split(' ').pop() === w.name);
            const rows = facts.workloads.map((w) => [
                code(w.name),
                (0,markdown/* plain */.pj)(w.kind === 'compose' ? 'Compose service' : w.kind),
                w.replicas !== undefined ? String(w.replicas) : '—',
                scaled(w)
                    .map((a) => `${code(a.name)}${a.min !== undefined || a.max !== undefined ? ` (${a.min ?? 1}–${a.max ?? '?'})` : ''}`)
                    .join(', ') || '—',
                (0,markdown/* plain */.pj)(w.requests) || '—',
                (0,markdown/* plain */.pj)(w.limits) || '—'
            ]);
            return rows.length === 0
                ? notDescribed(ctx, 'sections.scalability')
                : (0,markdown/* table */.tp)(['Workload', 'Kind', 'Replicas', 'Autoscaler', 'Requests', 'Limits'], rows);
        })()
        : notDescribed(ctx, 'runtime', 'sections.scalability');
    return [
        '### Horizontal Scaling',
        scaling,
        '',
        '### Performance Targets',
        `*No performance targets in ${code(ctx.file)}: set \`sections.scalability\`.*`
    ].join('\n');
}
/** Kinds and counts, namespaces, profiles; then images and health checks per workload. */
function deployment(ctx) {
    const facts = ctx.facts;
    if (!hasFacts(facts))
        return notDescribed(ctx, 'runtime', 'sections.deployment');
    const lines = [
        ...item('Runtime files', codes(facts.files)),
        ...item('Kinds', facts.kinds.map((k) => `${formatKind(k.kind, k.count)}`).join(', ')),
        ...item('Namespaces', codes(facts.namespaces)),
        ...item('Profiles', codes(facts.profiles))
    ];
    const rows = facts.workloads.map((w) => [
        code(w.name),
        codes(w.images) || '—',
        w.probes.length > 0 ? w.probes.join(', ') : '—',
        codes(w.profiles) || '—'
    ]);
    const profiles = facts.profiles.length > 0;
    return [
        '### What the Runtime Files Deploy',
        lines.join('\n'),
        '',
        '### Images and Health Checks',
        rows.length === 0
            ? notDescribed(ctx, 'sections.deployment')
            : (0,markdown/* table */.tp)(['Workload', 'Images', 'Health checks', ...(profiles ? ['Profiles'] : [])], rows.map((r) => (profiles ? r : r.slice(0, 3))))
    ].join('\n');
}
/** Tools whose name says they collect metrics, logs or traces, or alert. */
const OBSERVABILITY = /prometheus|grafana|jaeger|zipkin|\btempo\b|\bloki\b|opentelemetry|\botel|otelcol|opensearch|elasticsearch|kibana|logstash|fluentd|fluent-bit|alertmanager|datadog|newrelic|node-exporter|cadvisor|victoriametrics|thanos|mimir|statsd|graphite|telegraf|zabbix|nagios|pyroscope|signoz|promtail|vector\b|kube-state-metrics/i;
/** The observability components, then probes and metrics ports. */
function monitoring(ctx) {
    const bp = ctx.blueprint;
    const name = namer(bp);
    const facts = ctx.facts;
    const images = (id) => facts?.workloads
        .filter((w) => componentOfWorkload(bp, w)?.id === id)
        .flatMap((w) => w.images) ?? [];
    const tools = bp.components
        .filter((c) => [c.type, c.id, c.name, c.technology ?? '', ...images(c.id)].some((t) => OBSERVABILITY.test(t)))
        .map((c) => `- ${name(c.id)}${c.technology ? ` (${(0,markdown/* plain */.pj)(c.technology)})` : ''}`);
    const probed = facts?.workloads.filter((w) => w.probes.length > 0) ?? [];
    const metrics = facts?.workloads.filter((w) => w.metrics.length > 0) ?? [];
    const checks = [
        ...item('Probes and health checks', probed.map((w) => `${code(w.name)} (${w.probes.join(', ')})`).join(', ')),
        ...item('Metrics ports', metrics.map((w) => `${code(w.name)} (${w.metrics.map(markdown/* plain */.pj).join(', ')})`).join(', '))
    ];
    return [
        '### Monitoring Stack',
        tools.length > 0 ? tools.join('\n') : notDescribed(ctx, 'sections.monitoring'),
        '',
        '### Health Checks and Metrics',
        checks.length > 0
            ? checks.join('\n')
            : notDescribed(ctx, ...(ctx.facts ? [] : ['runtime']), 'sections.monitoring')
    ].join('\n');
}
function formatKind(kind, count) {
    return `${(0,markdown/* plain */.pj)(kind)} (${(0,engine_text/* formatCount */.B4)(count)})`;
}

;// CONCATENATED MODULE: ./src/engine/sections/security.ts
/**
 * Security Architecture: the gateways and the components typed or named for
 * authentication, the protocols of the dependencies that say they are
 * encrypted, the NetworkPolicies, and the names (never the values) of the
 * Secrets and env files; then the Authentication Flow.
 */



/** A component that authenticates: its type, id, name or technology says so. */
const AUTH_WORDS = /auth(?!or)|login|sign-?in|identity|oauth|oidc|keycloak|\bsso\b|\biam\b|\bdex\b/i;
/** A protocol that encrypts. */
const ENCRYPTED = /\b(?:m?tls|https|ssl|wss|sftp)\b/i;
/** `### Security Layers` from the facts, then `### Authentication Flow`. */
function security(ctx) {
    const bp = ctx.blueprint;
    const name = namer(bp);
    const gateways = bp.components.filter((c) => c.type === 'gateway').map((c) => name(c.id));
    const auth = bp.components
        .filter((c) => c.type !== 'gateway')
        .filter((c) => [c.type, c.id, c.name, c.technology ?? ''].some((t) => AUTH_WORDS.test(t)))
        .map((c) => name(c.id));
    const encrypted = bp.dependencies
        .filter((d) => ENCRYPTED.test(d.technology ?? ''))
        .map((d) => `${name(d.from)} → ${name(d.to)} (${(0,markdown/* plain */.pj)(d.technology)})`);
    const facts = ctx.facts;
    const secrets = facts
        ? [...new Set([...facts.secrets, ...facts.workloads.flatMap((w) => w.secrets)])].sort()
        : [];
    const lines = [
        ...item('Gateways', gateways.join(', ')),
        ...item('Authentication', auth.join(', ')),
        ...item('Encrypted dependencies', encrypted.join(', ')),
        ...item('NetworkPolicies', codes(facts?.networkPolicies ?? [])),
        ...item('Secrets (names only)', codes(secrets)),
        ...item('Env files (names only)', codes(facts?.envFiles ?? []))
    ];
    return [
        '### Security Layers',
        lines.length > 0 ? lines.join('\n') : notDescribed(ctx, 'sections.security'),
        '',
        '### Authentication Flow',
        authenticationFlow(ctx)
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/sections/stack.ts
/**
 * Technology Stack, API Architecture and Configuration Management: each
 * component's technology under its type; the protocols the dependencies
 * name, the routes and Services the runtime files expose; the ConfigMaps,
 * Secrets and env files, and the environment variable *names* of each
 * workload (never a value).
 */





/** One `###` per component type (the known ones in their usual order, then others as met). */
function technologyStack(ctx) {
    const bp = ctx.blueprint;
    const known = model/* COMPONENT_TYPES */.Ov;
    const types = [
        ...model/* COMPONENT_TYPES */.Ov.filter((t) => bp.components.some((c) => c.type === t)),
        ...new Set(bp.components.map((c) => c.type).filter((t) => !known.includes(t)))
    ];
    const groups = types.flatMap((type) => {
        const items = bp.components
            .filter((c) => c.type === type && (0,markdown/* plain */.pj)(c.technology) !== '')
            .map((c) => `- **${(0,markdown/* plain */.pj)(c.name) || (0,markdown/* plain */.pj)(c.id)}:** ${(0,markdown/* plain */.pj)(c.technology)}`);
        if (items.length === 0)
            return [];
        const heading = (0,markdown/* plain */.pj)(type.charAt(0).toUpperCase() + type.slice(1)) || (0,markdown/* plain */.pj)(type);
        return [`### ${heading}\n${items.join('\n')}`];
    });
    if (groups.length === 0)
        return notDescribed(ctx, 'components[].technology', 'sections.technology_stack');
    const without = bp.components.filter((c) => (0,markdown/* plain */.pj)(c.technology) === '').length;
    const note = without > 0
        ? `\n\n*${(0,engine_text/* plural */.LS)(without, 'component')} in ${code(ctx.file)} name no technology: set their \`technology\`.*`
        : '';
    return groups.join('\n\n') + note;
}
/** The protocols of the dependencies; the routes and Services the runtime files expose. */
function api(ctx) {
    const bp = ctx.blueprint;
    const name = namer(bp);
    const byProtocol = new Map();
    let unnamed = 0;
    for (const d of bp.dependencies) {
        const protocol = (0,markdown/* plain */.pj)(d.technology);
        if (protocol === '') {
            unnamed++;
            continue;
        }
        const list = byProtocol.get(protocol) ?? [];
        list.push(`${name(d.from)} → ${name(d.to)}`);
        byProtocol.set(protocol, list);
    }
    const protocols = [...byProtocol].map(([p, pairs]) => `- **${p}:** ${pairs.join(', ')}`);
    if (unnamed > 0 && protocols.length > 0)
        protocols.push(`- *${(0,engine_text/* plural */.LS)(unnamed, 'dependency', 'dependencies')} name no protocol: set their \`technology\`.*`);
    const facts = ctx.facts;
    const routes = (facts?.routes ?? []).map((r) => `- ${(0,markdown/* plain */.pj)(r.from)}: ${code(`${r.host ?? '*'}${r.path ?? ''}`)}${r.service ? ` → ${code(r.service)}` : ''}`);
    const services = hasFacts(facts)
        ? facts.services.map((s) => [
            code(s.name),
            (0,markdown/* plain */.pj)(s.type) || '—',
            s.ports.map((p) => code(p)).join(', ') || '—'
        ])
        : [];
    return [
        '### Protocols',
        protocols.length > 0
            ? protocols.join('\n')
            : notDescribed(ctx, 'dependencies[].technology', 'sections.api'),
        '',
        '### Routes and Services',
        routes.length + services.length > 0
            ? [
                ...(routes.length > 0 ? [routes.join('\n')] : []),
                ...(services.length > 0 ? [(0,markdown/* table */.tp)(['Service', 'Type', 'Ports'], services)] : [])
            ].join('\n\n')
            : notDescribed(ctx, ...(facts ? [] : ['runtime']), 'sections.api')
    ].join('\n');
}
/** ConfigMaps, Secrets and env files by name; then the variable names of each workload. */
function configuration(ctx) {
    const facts = ctx.facts;
    if (!hasFacts(facts))
        return notDescribed(ctx, 'runtime', 'sections.configuration');
    const configMaps = [
        ...new Set([...facts.configMaps, ...facts.workloads.flatMap((w) => w.configMaps)])
    ].sort();
    const secrets = [
        ...new Set([...facts.secrets, ...facts.workloads.flatMap((w) => w.secrets)])
    ].sort();
    const sources = [
        ...item('ConfigMaps and configs', codes(configMaps)),
        ...item('Secrets (names only)', codes(secrets)),
        ...item('Env files (names only)', codes(facts.envFiles))
    ];
    const rows = facts.workloads
        .filter((w) => w.env.length > 0)
        .map((w) => [code(w.name), codes(w.env)]);
    return [
        '### Configuration Sources',
        sources.length > 0 ? sources.join('\n') : notDescribed(ctx, 'sections.configuration'),
        '',
        '### Environment Variables',
        rows.length > 0
            ? `Names only; their values stay in the runtime files.\n\n${(0,markdown/* table */.tp)(['Workload', 'Variables'], rows)}`
            : notDescribed(ctx, 'sections.configuration')
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/sections/storage.ts
/**
 * Data Storage Architecture and Disaster Recovery: what holds the system's
 * data — its database, cache, storage and queue components and who uses
 * them, and the volumes, StatefulSets and claims of its runtime files.
 * Recovery objectives come only from the author (`sections:`).
 */


/** The stores, then the state the runtime files keep; one line when there is neither. */
function dataStorage(ctx) {
    const lines = [...storeLines(ctx), ...stateLines(ctx)];
    if (lines.length === 0)
        return notDescribed(ctx, 'sections.data_storage');
    return lines.join('\n');
}
/** What holds state (as Data Storage says), then the objectives, which only the author knows. */
function disasterRecovery(ctx) {
    const bp = ctx.blueprint;
    const name = namer(bp);
    const stores = bp.components.filter((c) => STATE_TYPES.includes(c.type));
    const state = [...stores.map((c) => `- ${name(c.id)} (${(0,markdown/* plain */.pj)(c.type)})`), ...stateLines(ctx)];
    return [
        '### What Holds State',
        state.length > 0 ? state.join('\n') : notDescribed(ctx, 'sections.disaster_recovery'),
        '',
        '### Recovery Procedures',
        `*No backups, recovery time or recovery point objectives in ${code(ctx.file)}: set \`sections.disaster_recovery\`.*`
    ].join('\n');
}
/** `- **Orders DB** (database, MongoDB 7): used by **Orders**, **Reports**.` */
function storeLines(ctx) {
    const bp = ctx.blueprint;
    const name = namer(bp);
    return bp.components
        .filter((c) => STATE_TYPES.includes(c.type))
        .map((c) => {
        const facts = [(0,markdown/* plain */.pj)(c.type), (0,markdown/* plain */.pj)(c.technology)].filter((f) => f !== '').join(', ');
        const users = [...new Set(bp.dependencies.filter((d) => d.to === c.id).map((d) => d.from))];
        const description = (0,markdown/* cell */.Hn)(c.description);
        const used = users.length > 0 ? `used by ${users.map(name).join(', ')}` : '';
        const said = description === '' ? used : used === '' ? description : `${description} (${used})`;
        return `- ${name(c.id)} (${facts})${said ? `: ${said}` : ''}`;
    });
}
/** StatefulSets, claims and named volumes, with who mounts them. */
function stateLines(ctx) {
    const facts = ctx.facts;
    if (facts === undefined)
        return [];
    const lines = [];
    for (const w of facts.workloads) {
        if (w.kind === 'StatefulSet')
            lines.push(`- StatefulSet ${code(w.name)}${w.volumes.length > 0 ? `: volumes ${codes(w.volumes)}` : ''}`);
    }
    const mounted = (volume) => facts.workloads
        .filter((w) => w.kind !== 'StatefulSet' && w.volumes.includes(volume))
        .map((w) => w.name);
    for (const claim of facts.claims) {
        const by = mounted(claim.name);
        lines.push(`- PersistentVolumeClaim ${code(claim.name)}${claim.storage ? ` (${(0,markdown/* plain */.pj)(claim.storage)})` : ''}${by.length > 0 ? `: mounted by ${codes(by)}` : ''}`);
    }
    const declared = new Set(facts.claims.map((c) => c.name));
    for (const w of facts.workloads)
        for (const v of w.volumes)
            if (w.kind !== 'StatefulSet' && !declared.has(v) && !facts.namedVolumes.includes(v)) {
                declared.add(v);
                lines.push(`- Volume claim ${code(v)}: mounted by ${codes(mounted(v))}`);
            }
    for (const v of facts.namedVolumes) {
        const by = mounted(v);
        lines.push(`- Volume ${code(v)}${by.length > 0 ? `: mounted by ${codes(by)}` : ''}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/engine/sections/index.ts





/** Whether a blueprint's document derives sections: its own `derived_sections`, else the repository's default. */
function derivesSections(blueprint, repositoryDefault) {
    return blueprint.derivedSections ?? repositoryDefault;
}
/** How each section is written from the facts. */
const WRITERS = {
    data_flow: requestFlow,
    data_storage: dataStorage,
    security: security,
    scalability: scalability,
    deployment: deployment,
    monitoring: monitoring,
    disaster_recovery: disasterRecovery,
    technology_stack: technologyStack,
    api: api,
    configuration: configuration
};
/**
 * The blueprint with every section derived, under its own `sections:`
 * overrides, which win. `file` is the blueprint's file name (named in the
 * "not described" lines); `facts` what its runtime files say, when it has
 * `runtime:`.
 */
function withDerivedSections(blueprint, options) {
    const ctx = {
        blueprint,
        file: options.file,
        ...(options.facts !== undefined ? { facts: options.facts } : {}),
        ...(options.references !== undefined ? { references: options.references } : {})
    };
    const derived = {};
    for (const [key, write] of Object.entries(WRITERS))
        if (blueprint.sections[key] === undefined)
            derived[key] = write(ctx);
    return { ...blueprint, sections: { ...derived, ...blueprint.sections } };
}

;// CONCATENATED MODULE: ./src/engine/document.ts




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
    const { template } = options;
    // Derived sections go in as overrides under the author's own, so every template places them alike.
    const blueprint = derivesSections(options.blueprint, template.derivedSections)
        ? withDerivedSections(options.blueprint, {
            file: options.source.slice(options.source.lastIndexOf('/') + 1),
            ...(options.runtimeFacts !== undefined ? { facts: options.runtimeFacts } : {}),
            ...(options.references !== undefined ? { references: options.references } : {})
        })
        : options.blueprint;
    const values = placeholderValues(blueprint, options.references);
    const body = template.render({ values: { ...values, generated_at: STAMP }, blueprint });
    return stamped(body, {
        marker: generatedMarker(options.source),
        generatedAt: options.generatedAt
    });
}
/**
 * A generated text whose `generated_at` stands where {@link STAMP} does in
 * `body`: the marker goes on its last line, and the result knows itself on
 * disk apart from the time. Shared by blueprint documents and the landscape.
 */
function stamped(body, options) {
    const normalised = body.replace(/\r\n?/g, '\n');
    // Trailing newlines trimmed by hand: /\n*$/ tries every position of a 20 KB document.
    let end = normalised.length;
    while (end > 0 && normalised.charCodeAt(end - 1) === 10)
        end--;
    const withStamp = `${normalised.slice(0, end)}\n\n${options.marker}\n`;
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
function placeholderValues(blueprint, references) {
    const diagram = buildDiagram(blueprint, references ? { references } : undefined);
    const note = diagram.note === undefined ? '' : `> **Note:** ${(0,markdown/* plain */.pj)(diagram.note)}\n\n`;
    const title = (0,markdown/* plain */.pj)(blueprint.title) || (0,markdown/* plain */.pj)(blueprint.id);
    return {
        // The loader refuses a blank project, but one of only control characters (which are not shown) gets through.
        project_id: (0,markdown/* plain */.pj)(blueprint.project) || '(blank)',
        generated_at: '',
        blueprint_id: (0,markdown/* plain */.pj)(blueprint.id),
        architecture_overview: (blueprint.overview ?? '').trim() || `${title}: no overview written yet.`,
        component_count: String(blueprint.components.length),
        dependency_count: String(blueprint.dependencies.length),
        diagram_type: diagram.type,
        // Views come as several Mermaid blocks, spliced into the one fence the template writes.
        diagram_content: diagramMarkdown(diagram, markdown/* plain */.pj),
        components_section: note + componentsTable(blueprint.components),
        dependencies_section: dependenciesTable(blueprint, references)
    };
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
        (0,markdown/* plain */.pj)(c.name),
        (0,markdown/* inlineCode */.ti)(c.id),
        (0,markdown/* plain */.pj)(c.type),
        (0,markdown/* plain */.pj)(c.technology),
        ...(grouped ? [(0,markdown/* plain */.pj)(c.group)] : []),
        (0,markdown/* cell */.Hn)(c.description)
    ]);
    return (0,markdown/* table */.tp)(header, rows);
}
function dependenciesTable(blueprint, references) {
    const dependencies = blueprint.dependencies;
    if (dependencies.length === 0)
        return '*This blueprint lists no dependencies.*';
    const names = new Map(blueprint.components.map((c) => [c.id, c.name]));
    // An end that is no component of this blueprint names another blueprint: linked to its document.
    const end = (id) => {
        const name = names.get(id);
        if (name !== undefined)
            return (0,markdown/* plain */.pj)(name);
        const shown = references?.get(id);
        if (shown === undefined)
            return (0,markdown/* plain */.pj)(id);
        return shown.link === undefined ? (0,markdown/* plain */.pj)(shown.label) : `[${(0,markdown/* plain */.pj)(shown.label)}](${shown.link})`;
    };
    const rows = dependencies.map((d) => [
        end(d.from),
        end(d.to),
        (0,markdown/* plain */.pj)(d.description),
        (0,markdown/* plain */.pj)(d.technology),
        d.async ? 'async' : 'sync'
    ]);
    return (0,markdown/* table */.tp)(['From', 'To', 'Description', 'Technology', 'Mode'], rows);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/project/stale.ts
/**
 * What a stale document looks like to a person: the diff from the committed
 * text to the regenerated one, and the one command that fixes it. The
 * command line's `check` and the action's check, comment and summary all
 * say it the same way.
 */

/** The unified diff from the committed document to the one generate would write. */
function documentDiff(outcome) {
    if (outcome.kind === 'deleted')
        return (0,create/* createTwoFilesPatch */.ss)(outcome.document, '/dev/null', outcome.previous, '');
    if (outcome.kind === 'created')
        return (0,create/* createTwoFilesPatch */.ss)('/dev/null', outcome.document, '', outcome.rendered.text);
    // Show the regenerated text with the committed timestamp, so the diff is only what really changed.
    const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(outcome.previous)?.[0];
    const after = stamp === undefined ? outcome.rendered.text : outcome.rendered.withGeneratedAt(stamp);
    return (0,create/* createTwoFilesPatch */.ss)(outcome.document, outcome.document, outcome.previous, after);
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
    const { repeat } = values;
    for (const glob of repeat.blueprints ?? [])
        words.push('--blueprints', glob);
    if (repeat.output !== undefined)
        words.push('--output', repeat.output);
    if (repeat.template !== undefined)
        words.push('--template', repeat.template);
    if (repeat.landscape !== undefined)
        words.push('--landscape', repeat.landscape);
    const directory = values.workingDirectory;
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

;// CONCATENATED MODULE: ./src/engine/blueprint/position.ts


/**
 * A positioner over a blueprint's text (`json` for a `.json` file); 1:1 when the text has no
 * document. A plain blueprint's values are placed from its lines; anything else, and a key, by
 * the positioned parse, made only when first needed.
 */
function positioner(text, options) {
    const plain = options.json ? undefined : plainLocations(text);
    let full;
    return (path, how = {}) => (how.key ? undefined : plain?.(path)) ?? (full ??= parsedPositioner(text, options))(path, how);
}
/** A positioner over the positioned parse of the text. */
function parsedPositioner(text, options) {
    const doc = readDocument(text, {
        json: options.json,
        at: (loc, message) => ({ file: '', ...loc, message })
    });
    if (!doc.ok)
        return () => ({ line: 1, col: 1 });
    const locator = doc.locator;
    return (path, how = {}) => (how.key ? locator.keyLoc(path) : locator.valueLoc(path));
}
/** Rule findings as problems of `file`, positioned in its text, at the level each rule has. */
function positionFindings(findings, options) {
    const kept = findings.flatMap((finding) => {
        const level = options.level(finding);
        return level === undefined ? [] : [{ finding, level }];
    });
    // Most blueprints have nothing to place: their text is not read again.
    if (kept.length === 0)
        return [];
    const at = positioner(options.text, { json: /\.json$/i.test(options.file) });
    const problems = [];
    for (const { finding, level } of kept)
        problems.push({
            file: options.file,
            ...at(finding.path),
            message: finding.message,
            rule: finding.rule,
            level
        });
    return problems;
}

;// CONCATENATED MODULE: ./src/engine/rules/local.ts
/**
 * The rules that need nothing but the blueprint itself: each a pure function
 * from the model to what it finds, with the path of the node each finding is
 * about. Messages name components by id and never by list position, so the
 * same finding reads the same at a pull request's base and head (the
 * comment compares them by rule and message).
 */




const local_quote = (id) => JSON.stringify((0,engine_text/* clip */.$Q)(id, MESSAGE_CHARS));
const KNOWN = new Set(model/* COMPONENT_TYPES */.Ov);
/** Components whose `type` is none of the ten with a shape of their own. */
function unknownTypes(blueprint) {
    const findings = [];
    blueprint.components.forEach((c, i) => {
        if (KNOWN.has(c.type))
            return;
        const guess = (0,engine_text/* suggest */.ZA)(c.type, model/* COMPONENT_TYPES */.Ov);
        const hint = guess
            ? ` (did you mean "${guess}"?)`
            : ` (known types: ${model/* COMPONENT_TYPES */.Ov.join(', ')})`;
        findings.push({
            rule: 'unknown-type',
            path: ['components', i, 'type'],
            message: `component ${local_quote(c.id)} has type ${local_quote(c.type)}, which is not a known type; it is drawn as a service${hint}`
        });
    });
    return findings;
}
/** The same `from` → `to` listed again: one finding at each repetition. */
function duplicateDependencies(blueprint) {
    const findings = [];
    const seen = new Set();
    blueprint.dependencies.forEach((d, i) => {
        const key = JSON.stringify([d.from, d.to]);
        if (!seen.has(key)) {
            seen.add(key);
            return;
        }
        findings.push({
            rule: 'duplicate-dependency',
            path: ['dependencies', i],
            message: `the dependency ${local_quote(d.from)} → ${local_quote(d.to)} is listed more than once; list it once`
        });
    });
    return findings;
}
/** Components with no dependency in or out, in a blueprint of two or more components. */
function orphanComponents(blueprint) {
    if (blueprint.components.length < 2)
        return [];
    const connected = new Set();
    for (const d of blueprint.dependencies) {
        connected.add(d.from);
        connected.add(d.to);
    }
    const findings = [];
    blueprint.components.forEach((c, i) => {
        if (connected.has(c.id))
            return;
        findings.push({
            rule: 'orphan-component',
            path: ['components', i, 'id'],
            message: `component ${local_quote(c.id)} has no dependency in or out; connect it or remove it`
        });
    });
    return findings;
}
/** Databases that two or more non-database components depend on directly. */
function sharedDatabases(blueprint) {
    const types = new Map(blueprint.components.map((c) => [c.id, c.type]));
    const users = new Map();
    for (const d of blueprint.dependencies) {
        if (types.get(d.to) !== 'database' || types.get(d.from) === 'database')
            continue;
        const set = users.get(d.to) ?? new Set();
        set.add(d.from);
        users.set(d.to, set);
    }
    const findings = [];
    const reported = new Set();
    blueprint.components.forEach((c, i) => {
        const set = users.get(c.id);
        if (set === undefined || set.size < 2 || reported.has(c.id))
            return;
        reported.add(c.id);
        const names = [...set].sort(engine_text/* compareText */.n6);
        const shown = names.slice(0, 5).map(local_quote).join(', ');
        const more = names.length > 5 ? ` and ${(0,engine_text/* plural */.LS)(names.length - 5, 'more')}` : '';
        findings.push({
            rule: 'shared-database',
            path: ['components', i, 'id'],
            message: `database ${local_quote(c.id)} is used directly by ${names.length} components (${shown}${more}); give each its own database or put one service in front of it`
        });
    });
    return findings;
}
/** At most this many cycles are reported per blueprint; past it, a tangle is one problem anyway. */
const MAX_CYCLES = 20;
/** Steps of the cycle search per blueprint: bounded, whatever the graph. */
const MAX_STEPS = 200_000;
/**
 * Cycles of synchronous (`async: false`) dependencies, each reported once, at
 * the dependency that closes it, naming every component on it. A cycle is
 * written from its smallest component id, so the same cycle always reads the
 * same. Elementary cycles are searched in a bounded number of steps.
 */
function dependencyCycles(blueprint) {
    // Sync edges, first listing of each from → to, with its index in the list.
    const edgeIndex = new Map();
    const next = new Map();
    blueprint.dependencies.forEach((d, i) => {
        if (d.async)
            return;
        const key = JSON.stringify([d.from, d.to]);
        if (edgeIndex.has(key))
            return;
        edgeIndex.set(key, i);
        const list = next.get(d.from) ?? [];
        list.push(d.to);
        next.set(d.from, list);
    });
    if (edgeIndex.size === 0)
        return [];
    const nodes = [...new Set(blueprint.components.map((c) => c.id))].sort(engine_text/* compareText */.n6);
    const rank = new Map(nodes.map((id, i) => [id, i]));
    const findings = [];
    let steps = 0;
    // For each start, cycles through nodes ranked above it only: every elementary cycle is found
    // exactly once, from its smallest node (Johnson's order, without his blocking sets).
    for (const start of nodes) {
        const startRank = rank.get(start) ?? 0;
        const path = [start];
        const onPath = new Set([start]);
        const stack = [{ node: start, i: 0 }];
        while (stack.length > 0 && findings.length < MAX_CYCLES && steps < MAX_STEPS) {
            steps++;
            const top = stack[stack.length - 1];
            const targets = next.get(top.node) ?? [];
            const target = targets[top.i++];
            if (target === undefined) {
                stack.pop();
                path.pop();
                onPath.delete(top.node);
                continue;
            }
            if (target === start) {
                const closing = edgeIndex.get(JSON.stringify([top.node, start])) ?? 0;
                const names = [...path, start].map(local_quote).join(' → ');
                findings.push({
                    rule: 'dependency-cycle',
                    path: ['dependencies', closing],
                    message: `synchronous dependencies form a cycle: ${names}; make one of them async: true or break the cycle`
                });
                continue;
            }
            if (onPath.has(target) || (rank.get(target) ?? -1) <= startRank)
                continue;
            path.push(target);
            onPath.add(target);
            stack.push({ node: target, i: 0 });
        }
    }
    return findings;
}
/** Every local rule's findings, in rule order; the caller gives them levels and positions. */
function localFindings(blueprint) {
    return [
        ...unknownTypes(blueprint),
        ...duplicateDependencies(blueprint),
        ...dependencyCycles(blueprint),
        ...orphanComponents(blueprint),
        ...sharedDatabases(blueprint)
    ];
}

;// CONCATENATED MODULE: ./src/engine/runtime/interpolate.ts
/**
 * Variables as Compose substitutes them: `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`, `${VAR:+alt}`,
 * `${VAR+alt}`, nested (`${A:-${B:-c}}`), and `$$` for a dollar sign; and
 * the `.env` format Compose reads them from (comments, `export`, single and
 * double quotes, escapes). Substituted values are not substituted again, so
 * no value can loop; nesting and the length of what comes out are bounded,
 * so no value can explode either.
 */
/** Braces nested deeper than this are refused: real files nest two or three. */
const MAX_INTERPOLATION_NESTING = 16;
/** The longest value a substitution may produce; a value past it is refused. */
const MAX_INTERPOLATED_CHARS = 64 * 1024;
/** All the values of one `.env` file, or of one project's files, together may not be longer. */
const MAX_SUBSTITUTED_CHARS = 16 * 1024 * 1024;
const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
/** Substitutes the variables of `text`, as Compose does. Never throws. */
function interpolate(text, lookup) {
    if (!text.includes('$'))
        return { value: text, unresolved: [] };
    const unresolved = [];
    try {
        const { value, end } = substitute(text, 0, { lookup, unresolved, depth: 0, stop: false });
        if (end !== text.length)
            throw new Refusal(`an unmatched "}" at character ${end + 1}`);
        return { value, unresolved };
    }
    catch (error) {
        if (error instanceof Refusal)
            return { value: text, unresolved, error: error.message };
        throw error;
    }
}
class Refusal extends Error {
}
/** Reads from `start` up to the end (or, inside braces, up to the matching `}`), substituting. */
function substitute(text, start, state) {
    if (state.depth > MAX_INTERPOLATION_NESTING)
        throw new Refusal(`nests "\${" more than ${MAX_INTERPOLATION_NESTING} levels deep`);
    let out = '';
    let i = start;
    const add = (s) => {
        out += s;
        if (out.length > MAX_INTERPOLATED_CHARS)
            throw new Refusal(`would be longer than ${MAX_INTERPOLATED_CHARS} characters substituted`);
    };
    while (i < text.length) {
        const c = text.charAt(i);
        if (c === '}' && state.stop)
            return { value: out, end: i };
        if (c !== '$') {
            // Copy a run of plain text at once.
            let j = i + 1;
            while (j < text.length && text.charAt(j) !== '$' && !(state.stop && text.charAt(j) === '}'))
                j++;
            add(text.slice(i, j));
            i = j;
            continue;
        }
        const next = text.charAt(i + 1);
        if (next === '$') {
            add('$');
            i += 2;
            continue;
        }
        if (next === '{') {
            const braced = bracedAt(text, i + 2, state);
            add(braced.value);
            i = braced.end + 1;
            continue;
        }
        const name = NAME.exec(text.slice(i + 1, i + 1 + 256))?.[0];
        if (name === undefined) {
            // Not a variable: Compose keeps the `$` as written.
            add('$');
            i++;
            continue;
        }
        const value = state.lookup(name);
        if (value === undefined)
            state.unresolved.push(name);
        add(value ?? '');
        i += 1 + name.length;
    }
    if (state.stop)
        throw new Refusal('a "${" that is never closed');
    return { value: out, end: i };
}
/** `${…}` whose content starts at `start`: its value, and the index of its `}`. */
function bracedAt(text, start, state) {
    const name = NAME.exec(text.slice(start, start + 256))?.[0];
    if (name === undefined)
        throw new Refusal(`"\${" at character ${start - 1} is followed by no variable name`);
    let i = start + name.length;
    const value = state.lookup(name);
    const inner = { ...state, depth: state.depth + 1, stop: true };
    if (text.charAt(i) === '}') {
        if (value === undefined)
            state.unresolved.push(name);
        return { value: value ?? '', end: i };
    }
    if (i >= text.length)
        throw new Refusal('a "${" that is never closed');
    const colon = text.charAt(i) === ':';
    if (colon)
        i++;
    const op = text.charAt(i);
    if (op !== '-' && op !== '?' && op !== '+')
        throw new Refusal(`"\${${name}" is followed by "${text.charAt(i)}", which Compose does not know`);
    // The operand is read (and its own variables substituted) only when it is used, as a shell does;
    // an unused one is still scanned, to find the closing brace.
    const unset = value === undefined || (colon && value === '');
    const used = op === '-' ? unset : op === '+' ? !unset : unset;
    const scratch = [];
    const operand = substitute(text, i + 1, used ? inner : { ...inner, unresolved: scratch });
    if (op === '-')
        return { value: unset ? operand.value : (value ?? ''), end: operand.end };
    if (op === '+')
        return { value: unset ? '' : operand.value, end: operand.end };
    if (unset)
        state.unresolved.push(operand.value === '' ? name : `${name} (${operand.value})`);
    return { value: value ?? '', end: operand.end };
}
/**
 * Reads a `.env` file as Compose does: `KEY=value` per line, `export`
 * allowed, `#` comments (inline ones after a space), single quotes literal,
 * double quotes with `\n`, `\t`, `\\`, `\"` escapes and substitution over
 * several lines, unquoted values trimmed and substituted. A value refers to
 * the variables defined above it, then to `outer`.
 */
function readEnvFile(text, outer = () => undefined) {
    const entries = [];
    const unresolved = [];
    const problems = [];
    const own = new Map();
    const lookup = (name) => own.get(name) ?? outer(name);
    const lines = text.split(/\r?\n/);
    let total = 0;
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n] ?? '';
        const lineNo = n + 1;
        const trimmed = raw.replace(/^\s+/, '');
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const indent = raw.length - trimmed.length;
        const body = trimmed.replace(/^export\s+/, '');
        const key = /^([^\s=:#]+)\s*([=:])?\s?/.exec(body);
        if (!key?.[1]) {
            problems.push({ line: lineNo, col: indent + 1, message: 'is no KEY=value line' });
            continue;
        }
        const name = key[1];
        if (key[2] === undefined) {
            // `KEY` alone: a name with no value here.
            continue;
        }
        let rest = body.slice(key[0].length).replace(/^\s+/, '');
        let value;
        const quote = rest.charAt(0);
        if (quote === "'" || quote === '"') {
            // A quoted value may run over several lines, up to its closing quote.
            let text2 = rest.slice(1);
            let close = interpolate_closingQuote(text2, quote);
            while (close === -1 && n + 1 < lines.length) {
                n++;
                text2 += `\n${lines[n] ?? ''}`;
                close = interpolate_closingQuote(text2, quote);
            }
            if (close === -1) {
                problems.push({
                    line: lineNo,
                    col: indent + 1,
                    message: `the value of ${name} opens a ${quote === '"' ? 'double' : 'single'} quote that is never closed`
                });
                break;
            }
            const inner = text2.slice(0, close);
            if (quote === "'")
                value = inner.replace(/\\'/g, "'");
            else {
                const unescaped = inner.replace(/\\([nrt"\\$])/g, (_, ch) => ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch === '$' ? '$$' : ch);
                value = substituteEnv(unescaped, name, lineNo);
            }
        }
        else {
            const comment = rest.search(/\s#/);
            if (comment !== -1)
                rest = rest.slice(0, comment);
            value = substituteEnv(rest.trim(), name, lineNo);
        }
        total += value.length;
        if (total > MAX_SUBSTITUTED_CHARS) {
            problems.push({
                line: lineNo,
                col: indent + 1,
                message: `its values come to more than ${MAX_SUBSTITUTED_CHARS} characters substituted; an environment file may not`
            });
            break;
        }
        own.set(name, value);
        entries.push({ name, value, line: lineNo });
    }
    return { entries, unresolved, problems };
    function substituteEnv(value, name, line) {
        const done = interpolate(value, lookup);
        for (const u of done.unresolved)
            unresolved.push({ name: u, line });
        if (done.error !== undefined) {
            problems.push({ line, col: 1, message: `the value of ${name} ${done.error}` });
            return value;
        }
        return done.value;
    }
}
/** The index of the quote that closes a quoted value (a backslash escapes one). */
function interpolate_closingQuote(text, quote) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (c === '\\')
            i++;
        else if (c === quote)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/engine/runtime/yamldata.ts
/**
 * A composed YAML document → plain data, in one walk in document order:
 * anchors are remembered as they are met, aliases and merge keys (`<<`)
 * expand to copies of what they name, and Compose's `!reset` and
 * `!override` tags are kept as markers for the merge of several files.
 *
 * The yaml library's own toJS() looks every alias up by walking the whole
 * document, which is what made many aliases slow; here each lookup is a map
 * read. What protects against "billion laughs" is a bound on the size of
 * the data once expanded, not on the number of aliases: a Compose file that
 * shares settings through 150 aliases is ordinary, one whose aliases expand
 * to millions of values is not.
 */

/** More values (scalars, mappings, sequences) than a document may expand to. */
const MAX_EXPANDED_NODES = 1_000_000;
/** Deeper than data may nest once aliases are expanded. */
const MAX_EXPANDED_DEPTH = 128;
/** `!reset`: the value is removed by the merge, as if not written. */
const RESET = Symbol('!reset');
/** `!override` on a value: the merge replaces the earlier value instead of merging with it. */
class Override {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Why the document could not become data, and the node to point at. */
class DataRefusal extends Error {
    node;
    constructor(message, node) {
        super(message);
        this.node = node;
    }
}
/**
 * The document's data. Throws {@link DataRefusal} for an alias to no anchor
 * above it, or data past the bounds.
 */
function toData(root, options) {
    const anchors = new Map();
    let total = 0;
    const count = (n, node) => {
        total += n;
        if (total > MAX_EXPANDED_NODES)
            throw new DataRefusal(`expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values through YAML aliases (*name); a Compose file or manifest may not`, node);
    };
    /** Converts a node; returns its value and the number of values it holds. */
    const walk = (node, depth) => {
        if (depth > MAX_EXPANDED_DEPTH)
            throw new DataRefusal(`nests more than ${MAX_EXPANDED_DEPTH} levels deep once its YAML aliases are expanded`, node);
        let out;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            if (!target)
                throw new DataRefusal(`alias "*${node.source}" refers to no anchor "&${node.source}" above it`, node);
            count(target.size, node);
            // A copy, so that no later change to one place changes another.
            return { value: copyData(target.value), size: target.size };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const map = {};
            const merged = [];
            let size = 1;
            count(1, node);
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol') {
                    // `<<: *a` or `<<: [*a, *b]`: keys not written here come from them, the first first.
                    const value = pair.value;
                    const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
                    for (const source of sources) {
                        const read = walk(source, depth + 1);
                        size += read.size;
                        merged.push(read.value);
                    }
                    continue;
                }
                const name = keyText(key);
                const read = walk(pair.value, depth + 1);
                size += read.size;
                // `!reset` stays, as a marker for the merge (unmark() removes it).
                Object.defineProperty(map, name, {
                    value: read.value,
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
            }
            for (const source of merged) {
                if (typeof source !== 'object' || source === null || Array.isArray(source))
                    continue;
                for (const [k, v] of Object.entries(source))
                    if (!Object.prototype.hasOwnProperty.call(map, k))
                        Object.defineProperty(map, k, {
                            value: v,
                            enumerable: true,
                            writable: true,
                            configurable: true
                        });
            }
            out = { value: map, size };
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const list = [];
            let size = 1;
            count(1, node);
            for (const item of node.items) {
                const read = walk(item, depth + 1);
                size += read.size;
                list.push(read.value);
            }
            out = { value: list, size };
        }
        else if ((0,dist/* isScalar */.jn)(node)) {
            count(1, node);
            const v = node.value;
            out = { value: typeof v === 'symbol' ? String(node.source) : v, size: 1 };
        }
        else {
            count(1, node);
            out = { value: null, size: 1 };
        }
        const tag = node.tag;
        if (options.tags && tag === '!reset')
            out = { value: RESET, size: out.size };
        else if (options.tags && tag === '!override')
            out = { value: new Override(out.value), size: out.size };
        const anchor = node.anchor;
        if (typeof anchor === 'string')
            anchors.set(anchor, out);
        return out;
    };
    return walk(root, 1).value;
}
/** A mapping key as text: a scalar's value as written, anything else by its source. */
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return key.value === null ? '' : String(key.value);
    if ((0,dist/* isAlias */.Vj)(key))
        return `*${key.source}`;
    return String(key);
}
/** A deep copy of plain data (markers kept). */
function copyData(value) {
    if (Array.isArray(value))
        return value.map(copyData);
    if (value instanceof Override)
        return new Override(copyData(value.value));
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            Object.defineProperty(out, k, {
                value: copyData(v),
                enumerable: true,
                writable: true,
                configurable: true
            });
        return out;
    }
    return value;
}
/** The data without markers, for a document read alone (no merge follows): `!override` is its value. */
function unmark(value) {
    if (value instanceof Override)
        return unmark(value.value);
    if (Array.isArray(value))
        return value.filter((v) => v !== RESET).map(unmark);
    if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) {
            if (v === RESET)
                delete value[k];
            else
                value[k] = unmark(v);
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/runtime/read.ts
/**
 * A runtime file's bytes → its YAML (or JSON) documents as plain data, with
 * the blueprint loader's guards: size, UTF-8, nesting bounded before the
 * parser runs, duplicate keys, aliases. A file may hold many documents
 * (`---`); an empty one is skipped, a templated one (Helm) is skipped with a
 * note, and a broken one is a positioned problem. Never throws.
 */






const WORDING = {
    noun: 'a Compose file or manifest',
    nesting: 'a Compose file or manifest may nest at most 64'
};
/** More documents than any real manifest bundle holds; past it the file is refused. */
const MAX_DOCUMENTS = 2000;
/**
 * A line whose value starts with a Go template, as Helm charts are written:
 * `{{- if … }}`, `image: {{ .Values.image }}`, `- {{ toYaml . }}`. Quoted
 * templates do not match; the readers refuse names and images holding `{{`.
 */
const TEMPLATE_LINE = /^[ \t]*(?:-[ \t]+)?(?:[^\s#'"{][^#'"\n]*?:[ \t]+)?\{\{/m;
/** The tags Compose gives a meaning to in an override file. */
const COMPOSE_TAGS = /!(?:reset|override)\b/;
/**
 * Reads every document of a runtime file; `.json` files are read as JSON.
 * Compose's `!reset` and `!override` tags stay in the data as the markers of
 * yamldata.ts, for the merge of several Compose files to act on.
 */
function readRuntimeDocuments(input) {
    const { file } = input;
    const at = (loc, message) => ({ file, line: loc.line, col: loc.col, message });
    try {
        return read(input.content, { json: /\.json$/i.test(file), at });
    }
    catch (error) {
        // Nothing above is meant to throw; if a library surprises us, it is still a positioned problem.
        return {
            documents: [],
            problems: [at({ line: 1, col: 1 }, `could not be read: ${(0,engine_text/* messageOf */.bD)(error)}`)],
            notes: []
        };
    }
}
function read(content, options) {
    const { json, at } = options;
    const documents = [];
    const problems = [];
    const notes = [];
    const done = () => ({ documents, problems, notes });
    const textRead = readText(content, at, WORDING);
    if (!textRead.ok)
        return { documents, problems: textRead.problems, notes };
    const text = textRead.text;
    const pos = lineIndex(text);
    const tooDeep = scanNesting(text, WORDING);
    if (tooDeep)
        return { documents, problems: [at(pos(tooDeep.offset), tooDeep.message)], notes };
    const composer = new dist/* Composer */.Dk({
        uniqueKeys: false,
        prettyErrors: false,
        schema: json ? 'json' : 'core',
        logLevel: 'silent',
        // Compose files share settings with `<<: *defaults`.
        merge: !json
    });
    let count = 0;
    for (const doc of composer.compose(new dist/* Parser */.iX().parse(text), true, text.length)) {
        if (++count > MAX_DOCUMENTS) {
            problems.push(at(pos(doc.range[0]), `holds more than ${MAX_DOCUMENTS} YAML documents; a Compose file or manifest may hold at most ${MAX_DOCUMENTS}`));
            break;
        }
        const one = readOne(doc, { text, json, at, pos });
        if (one.kind === 'document')
            documents.push(one.document);
        else if (one.kind === 'note')
            notes.push(one.note);
        else if (one.kind === 'problems')
            problems.push(...one.problems);
    }
    return done();
}
function readOne(doc, options) {
    const { at, pos } = options;
    const source = options.text.slice(doc.range[0], doc.range[2]);
    if (TEMPLATE_LINE.test(source)) {
        const offset = doc.range[0] + source.search(TEMPLATE_LINE);
        const line = pos(offset).line;
        return {
            kind: 'note',
            note: {
                ...at({ line, col: 1 }, 'is a template (`{{ … }}`), as in a Helm chart: skipped; give the rendered manifests instead (`helm template`)')
            }
        };
    }
    const syntax = [...doc.errors, ...doc.warnings]
        .filter((e) => !(e.code === 'TAG_RESOLVE_FAILED' && COMPOSE_TAGS.test(e.message)))
        .map((e) => at(pos(e.pos[0]), yamlMessage(e, options.json)));
    if (syntax.length > 0)
        return { kind: 'problems', problems: syntax };
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return { kind: 'empty' };
    if (!(0,dist/* isMap */.jh)(root)) {
        return {
            kind: 'note',
            note: at(pos(nodeStart(root)), 'is not a mapping, so neither a Compose file nor a Kubernetes object: skipped')
        };
    }
    // Aliases are neither counted nor resolved here: toData bounds what they expand to, in one walk.
    const tree = checkTree(doc, root, (node) => pos(nodeStart(node)), WORDING, {
        maxAliases: Number.POSITIVE_INFINITY,
        resolve: false
    });
    if (tree.problems.length > 0)
        return { kind: 'problems', problems: tree.problems.map((p) => at(p.loc, p.message)) };
    let data;
    try {
        data = toData(root, { tags: !options.json });
    }
    catch (error) {
        if (!(error instanceof DataRefusal))
            throw error;
        return { kind: 'problems', problems: [at(pos(nodeStart(error.node)), error.message)] };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return { kind: 'empty' };
    return {
        kind: 'document',
        document: {
            data: data,
            locator: new Locator(doc, pos),
            start: pos(nodeStart(root))
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/runtime/composeproject.ts
/**
 * A Compose project as `docker compose config` reads it: the files given
 * together merged in order (`-f a -f b`), each first substituted with the
 * variables of the `.env` beside the first file; `include:` followed
 * (inside the repository, to a bounded depth); `env_file:` read into each
 * service's environment, and an `environment` entry given by name only
 * taking its value from there. Pure: files other than the ones given come
 * through `lookup`, which may answer "not read yet" so the caller can read
 * them and ask again.
 */







/** `include:` chains deeper than this are refused: real projects include one or two levels. */
const MAX_INCLUDE_DEPTH = 8;
/** More files than one project may include in all. */
const MAX_INCLUDED_FILES = 100;
/** Reads the layers of one project (the files given together, in order). */
function readComposeProject(layers, lookup) {
    const ctx = {
        lookup,
        problems: [],
        notes: [],
        unresolved: [],
        needs: new Set(),
        parts: new Set(),
        included: 0,
        substituted: 0,
        copied: 0
    };
    const first = layers[0];
    if (first === undefined)
        throw new Error('a Compose project needs at least one file');
    const loaded = loadProject(layers, ctx, { stack: [], outer: () => undefined });
    const data = unmark(loaded.data);
    return {
        file: first.file,
        document: { data, locator: first.document.locator, start: first.document.start },
        origins: loaded.origins,
        problems: ctx.problems,
        notes: ctx.notes,
        unresolved: ctx.unresolved,
        needs: [...ctx.needs],
        parts: [...ctx.parts]
    };
}
function loadProject(layers, ctx, options) {
    const first = layers[0];
    if (first === undefined)
        return { data: {}, origins: new Map() };
    const folder = external_node_path_default().posix.dirname(first.file);
    // The project's variables: the `.env` beside the first file (or the include's env_file),
    // under those of the project that includes this one.
    const own = new Map();
    const envFiles = options.envFiles ?? [join(folder, '.env')];
    for (const envFile of envFiles) {
        const text = readEnv(ctx, envFile);
        if (text === undefined)
            continue;
        const env = readEnvFile(text, (name) => options.outer(name) ?? own.get(name));
        for (const e of env.entries)
            own.set(e.name, e.value);
        for (const p of env.problems)
            ctx.problems.push({ file: envFile, ...p });
        for (const u of env.unresolved)
            ctx.unresolved.push({
                file: envFile,
                line: u.line,
                col: 1,
                message: `variable ${u.name} has no value`
            });
    }
    const lookup = (name) => options.outer(name) ?? own.get(name);
    const merged = {};
    const origins = new Map();
    const includes = [];
    for (const layer of layers) {
        const data = substituteAll(layer, lookup, ctx);
        const services = isRecord(data.services) ? data.services : {};
        for (const name of Object.keys(services))
            extend({ layer, data, name, ctx, lookup, chain: [], folder });
        for (const [name, service] of Object.entries(services)) {
            if (!origins.has(name))
                origins.set(name, {
                    file: layer.file,
                    line: layer.document.locator.keyLoc(['services', name]).line
                });
            if (isRecord(service))
                normaliseService(service, folder);
        }
        if (Array.isArray(data.include))
            data.include.forEach((entry, index) => includes.push({ layer, entry, index }));
        delete data.include;
        mergeInto(merged, data, []);
    }
    for (const { layer, entry, index } of includes)
        include({ layer, entry, index, merged, origins, ctx, stack: options.stack, lookup });
    resolveEnvironment(merged, lookup, ctx, origins);
    return { data: merged, origins };
}
/** `extends:` chains deeper than this are refused. */
const MAX_EXTENDS_DEPTH = 8;
/**
 * Resolves a service's `extends:` (`name`, or `{service, file}`): the
 * service it names, itself extended first, with this one merged over it.
 * The service in `data` is replaced by the result.
 */
function extend(options) {
    const { layer, data, name, ctx } = options;
    const services = isRecord(data.services) ? data.services : {};
    const service = services[name];
    if (!isRecord(service) || service.extends === undefined)
        return;
    const spec = service.extends;
    delete service.extends;
    const at = (message) => ctx.problems.push({
        file: layer.file,
        ...layer.document.locator.valueLoc(['services', name, 'extends']),
        message
    });
    const baseName = typeof spec === 'string' ? spec : isRecord(spec) ? spec.service : undefined;
    if (typeof baseName !== 'string') {
        at('extends names no service (`extends: name` or `{service: name, file: …}`)');
        return;
    }
    const key = `${layer.file}#${name}`;
    const chain = [...options.chain, key];
    if (chain.length > MAX_EXTENDS_DEPTH) {
        at(`extends services more than ${MAX_EXTENDS_DEPTH} levels deep; a service may not`);
        return;
    }
    let baseLayer = layer;
    let baseData = data;
    if (isRecord(spec) && typeof spec.file === 'string') {
        const file = (0,engine_paths/* confine */.Do)(join(external_node_path_default().posix.dirname(layer.file), spec.file));
        if (file === undefined) {
            at(`extends ${spec.file}, which is outside the repository`);
            return;
        }
        const content = composeproject_read(ctx, file);
        if (content === undefined) {
            if (ctx.lookup(file) === null)
                at(`extends ${file}, which does not exist`);
            return;
        }
        const docs = readRuntimeDocuments({ file, content });
        ctx.problems.push(...docs.problems);
        const doc = docs.documents[0];
        if (!doc)
            return;
        ctx.parts.add(file);
        baseLayer = { file, document: doc };
        baseData = substituteAll(baseLayer, options.lookup, ctx);
    }
    if (chain.includes(`${baseLayer.file}#${baseName}`)) {
        at(`extends ${baseName}, which extends this service again (a cycle)`);
        return;
    }
    const baseServices = isRecord(baseData.services) ? baseData.services : {};
    if (!isRecord(baseServices[baseName])) {
        at(`extends service "${baseName}", which ${baseLayer.file} does not define`);
        return;
    }
    extend({ ...options, layer: baseLayer, data: baseData, name: baseName, chain });
    const base = baseServices[baseName];
    if (!isRecord(base))
        return;
    normaliseService(base, external_node_path_default().posix.dirname(baseLayer.file));
    // Copies count against the bound on expanded data, as aliases do.
    ctx.copied += sizeOf(base, MAX_EXPANDED_NODES + 1);
    if (ctx.copied > MAX_EXPANDED_NODES) {
        at(`extends expand to more than ${MAX_EXPANDED_NODES} values in all; a project may not`);
        return;
    }
    const merged = copyData(base);
    normaliseService(service, options.folder);
    mergeInto(merged, service, []);
    set(services, name, merged);
}
/** Follows one `include:` entry of `layer`, copying in what it defines that is not defined here. */
function include(options) {
    const { layer, entry, index, ctx } = options;
    const at = (extra, message) => ctx.problems.push({
        file: layer.file,
        ...layer.document.locator.valueLoc(['include', index, ...extra]),
        message
    });
    const folder = external_node_path_default().posix.dirname(layer.file);
    const spec = isRecord(entry) ? entry : { path: entry };
    const paths = (Array.isArray(spec.path) ? spec.path : [spec.path]).filter((p) => typeof p === 'string');
    if (paths.length === 0) {
        at([], 'an include names no Compose file (a path or `path:`)');
        return;
    }
    const stack = [...options.stack, layer.file];
    if (stack.length > MAX_INCLUDE_DEPTH) {
        at([], `includes Compose files more than ${MAX_INCLUDE_DEPTH} levels deep; a project may not`);
        return;
    }
    const files = [];
    for (const p of paths) {
        const file = (0,engine_paths/* confine */.Do)(join(folder, p));
        if (file === undefined) {
            at([], `include ${p} is outside the repository`);
            return;
        }
        if (stack.includes(file)) {
            at([], `include ${p} includes ${file} again, which is already being read (a cycle)`);
            return;
        }
        files.push(file);
    }
    const layers = [];
    for (const file of files) {
        if (++ctx.included > MAX_INCLUDED_FILES) {
            at([], `includes more than ${MAX_INCLUDED_FILES} Compose files in all; a project may not`);
            return;
        }
        const content = composeproject_read(ctx, file);
        if (content === undefined) {
            if (ctx.lookup(file) === null)
                at([], `include ${file} does not exist`);
            return;
        }
        const docs = readRuntimeDocuments({ file, content });
        ctx.problems.push(...docs.problems);
        ctx.notes.push(...docs.notes);
        const doc = docs.documents[0];
        if (doc)
            layers.push({ file, document: doc });
        ctx.parts.add(file);
    }
    if (layers.length === 0)
        return;
    const projectDir = typeof spec.project_directory === 'string'
        ? (0,engine_paths/* confine */.Do)(join(folder, spec.project_directory))
        : undefined;
    const envFiles = (Array.isArray(spec.env_file)
        ? spec.env_file
        : spec.env_file === undefined
            ? []
            : [spec.env_file])
        .filter((p) => typeof p === 'string')
        .map((p) => join(folder, p));
    const inner = loadProject(layers, ctx, {
        stack,
        outer: options.lookup,
        envFiles: envFiles.length > 0
            ? envFiles
            : [join(projectDir ?? external_node_path_default().posix.dirname(layers[0]?.file ?? folder), '.env')]
    });
    // Compose copies what the included project defines and merges none of it: a name defined on
    // both sides keeps this project's definition, with a warning.
    for (const [section, value] of Object.entries(inner.data)) {
        if (!isRecord(value))
            continue;
        const here = isRecord(options.merged[section]) ? options.merged[section] : {};
        for (const [name, definition] of Object.entries(value)) {
            if (Object.prototype.hasOwnProperty.call(here, name)) {
                if (section === 'services')
                    ctx.notes.push({
                        file: layer.file,
                        ...layer.document.locator.valueLoc(['include', index]),
                        message: `service "${name}" of the included ${files.join(', ')} is also defined here: this definition is kept`
                    });
                continue;
            }
            set(here, name, definition);
            if (section === 'services') {
                const origin = inner.origins.get(name);
                if (origin)
                    options.origins.set(name, origin);
            }
        }
        options.merged[section] = here;
    }
}
/** The layer's data with every text value substituted; what has no value is said, where it was written. */
function substituteAll(layer, lookup, ctx) {
    const seen = new Set();
    const walk = (value, at) => {
        if (typeof value === 'string') {
            if (!value.includes('$'))
                return value;
            const done = interpolate(value, lookup);
            const loc = () => layer.document.locator.valueLoc(at);
            if (done.error !== undefined) {
                ctx.problems.push({
                    file: layer.file,
                    ...loc(),
                    message: `cannot substitute variables: ${done.error}`
                });
                return value;
            }
            ctx.substituted += done.value.length;
            if (ctx.substituted > MAX_SUBSTITUTED_CHARS) {
                if (ctx.substituted - done.value.length <= MAX_SUBSTITUTED_CHARS)
                    ctx.problems.push({
                        file: layer.file,
                        ...loc(),
                        message: `substituting variables comes to more than ${MAX_SUBSTITUTED_CHARS} characters; a Compose project may not`
                    });
                return value;
            }
            for (const name of done.unresolved) {
                if (seen.has(name))
                    continue;
                seen.add(name);
                ctx.unresolved.push({
                    file: layer.file,
                    ...loc(),
                    message: `variable ${name} has no value (no .env entry, no default): it reads as empty`
                });
            }
            return done.value;
        }
        if (value instanceof Override)
            return new Override(walk(value.value, at));
        if (Array.isArray(value))
            return value.map((v, i) => walk(v, [...at, i]));
        if (isRecord(value)) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                set(out, k, walk(v, [...at, k]));
            return out;
        }
        return value;
    };
    const data = walk(layer.document.data, []);
    return isRecord(data) ? data : {};
}
/**
 * One service in the expanded form the merge works on: `environment`,
 * `labels` and `depends_on` as mappings, `env_file` as a list of
 * repository paths with whether each is required.
 */
function normaliseService(service, folder) {
    // Paths are made repository paths once: a service met again (after extends) is left as it is.
    if (normalised.has(service))
        return;
    normalised.add(service);
    for (const key of ['environment', 'labels']) {
        const value = service[key];
        if (!Array.isArray(value))
            continue;
        const map = {};
        for (const item of value) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            set(map, eq === -1 ? item : item.slice(0, eq), eq === -1 ? null : item.slice(eq + 1));
        }
        service[key] = map;
    }
    if (Array.isArray(service.depends_on)) {
        const map = {};
        for (const d of service.depends_on)
            if (typeof d === 'string')
                set(map, d, { condition: 'service_started' });
        service.depends_on = map;
    }
    const envFile = service.env_file;
    if (envFile !== undefined && !(envFile instanceof Override) && envFile !== RESET) {
        const list = Array.isArray(envFile) ? envFile : [envFile];
        service.env_file = list.flatMap((e) => {
            if (typeof e === 'string')
                return [{ path: join(folder, e), required: true }];
            if (isRecord(e) && typeof e.path === 'string')
                return [{ path: join(folder, e.path), required: e.required !== false }];
            return [];
        });
    }
}
const normalised = new WeakSet();
/** Keys whose value the later file replaces instead of merging with (the Compose merge rules). */
const REPLACED = new Set(['command', 'entrypoint', 'test']);
/** Merges `over` into `base` as Compose merges files: mappings key by key, sequences appended. */
function mergeInto(base, over, at) {
    for (const [key, value] of Object.entries(over)) {
        if (value === RESET) {
            delete base[key];
            continue;
        }
        if (value instanceof Override) {
            set(base, key, value.value);
            continue;
        }
        const before = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined;
        if (isRecord(before) && isRecord(value) && !REPLACED.has(key)) {
            mergeInto(before, value, [...at, key]);
        }
        else if (Array.isArray(before) && Array.isArray(value) && !REPLACED.has(key)) {
            const list = [...before];
            for (const v of value)
                if (typeof v === 'object' || !list.includes(v))
                    list.push(v);
            set(base, key, list);
        }
        else
            set(base, key, value);
    }
}
/**
 * Each service's final environment: its env_file variables, then its
 * `environment` over them; an entry given by name only takes the project's
 * variable, else the env_file's. `env_file` itself is gone, as in
 * `docker compose config`.
 */
function resolveEnvironment(merged, lookup, ctx, origins) {
    const services = isRecord(merged.services) ? merged.services : {};
    const unset = [];
    for (const [name, service] of Object.entries(services)) {
        if (!isRecord(service))
            continue;
        const origin = origins.get(name);
        const fromFiles = new Map();
        const envFiles = Array.isArray(service.env_file) ? service.env_file : [];
        for (const e of envFiles) {
            if (!isRecord(e) || typeof e.path !== 'string')
                continue;
            const file = (0,engine_paths/* confine */.Do)(e.path);
            if (file === undefined) {
                if (origin)
                    ctx.unresolved.push({
                        file: origin.file,
                        line: origin.line,
                        col: 1,
                        message: `service "${name}" reads env_file ${e.path}, which is outside the repository: not read`
                    });
                continue;
            }
            const text = readEnv(ctx, file);
            if (text === undefined) {
                if (ctx.lookup(file) === null && e.required !== false && origin)
                    ctx.unresolved.push({
                        file: origin.file,
                        line: origin.line,
                        col: 1,
                        message: `service "${name}" reads env_file ${file}, which does not exist`
                    });
                continue;
            }
            const env = readEnvFile(text, lookup);
            for (const entry of env.entries)
                fromFiles.set(entry.name, entry.value);
            for (const p of env.problems)
                ctx.problems.push({ file, ...p });
        }
        if (envFiles.length === 0 && service.environment === undefined)
            continue;
        const environment = {};
        for (const [k, v] of fromFiles)
            set(environment, k, v);
        const written = isRecord(service.environment) ? service.environment : {};
        for (const [k, v] of Object.entries(written)) {
            if (v !== null && v !== undefined) {
                set(environment, k, typeof v === 'string' ? v : String(v));
                continue;
            }
            const value = lookup(k) ?? fromFiles.get(k);
            if (value !== undefined)
                set(environment, k, value);
            else if (origin)
                unset.push({ name: k, service: name, origin });
        }
        // The env files stay named (their variables are in `environment` now): a document lists them.
        service.environment = environment;
    }
    // One line per variable, however many services take it.
    const byName = new Map();
    for (const u of unset)
        byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    for (const [variable, uses] of byName) {
        const first = uses[0];
        if (!first)
            continue;
        const who = uses.length === 1
            ? `service "${first.service}" takes`
            : `${uses.length} services (${uses
                .slice(0, 3)
                .map((u) => u.service)
                .join(', ')}${uses.length > 3 ? ', …' : ''}) take`;
        ctx.unresolved.push({
            file: first.origin.file,
            line: first.origin.line,
            col: 1,
            message: `${who} ${variable} from the environment, and neither .env nor an env_file sets it`
        });
    }
}
/** The number of values in data, counting no further than `limit`. */
function sizeOf(value, limit) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0 && n < limit) {
        const v = stack.pop();
        n++;
        if (v instanceof Override)
            stack.push(v.value);
        else if (Array.isArray(v))
            stack.push(...v);
        else if (isRecord(v))
            stack.push(...Object.values(v));
    }
    return n;
}
/** A file's content through the lookup; undefined when absent, and noted as needed when not read yet. */
function composeproject_read(ctx, file) {
    const content = ctx.lookup(file);
    if (content === undefined)
        ctx.needs.add(file);
    return content ?? undefined;
}
/** An environment file's text, read with the limits of every runtime file (size, UTF-8). */
function readEnv(ctx, file) {
    const content = composeproject_read(ctx, file);
    if (content === undefined)
        return undefined;
    const text = readText(content, (loc, message) => ({ file, ...loc, message }), ENV_WORDING);
    if (!text.ok) {
        ctx.problems.push(...text.problems);
        return undefined;
    }
    return text.text;
}
const ENV_WORDING = { noun: 'an environment file', nesting: '' };
/** A path relative to a folder, normalised (it may leave the repository: callers confine it). */
function join(folder, p) {
    return external_node_path_default().posix.normalize(folder === '.' ? p : `${folder}/${p}`);
}
/** Sets a key as an own property, whatever its name (`__proto__` included). */
function set(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}

;// CONCATENATED MODULE: ./src/engine/runtime/drift.ts
/**
 * Drift: where a blueprint and the runtime files it names disagree. Pure:
 * the runtime comes in already read, the findings go out with paths into
 * the blueprint, for the caller to position and give levels.
 */

/**
 * The `drift-*` findings of a blueprint against its runtime:
 * `drift-missing-component` (at the `runtime:` entry holding the service or
 * workload) for each one no component matches, by id or by its `runtime:`
 * field; `drift-missing-runtime` (at the component's `runtime:`) for a
 * component naming something the files do not hold; and
 * `drift-missing-dependency` (at the component it starts from) for each
 * dependency the files show between two matched components that the
 * blueprint does not list. In the order of the runtime and the blueprint.
 */
function driftFindings(input) {
    const { blueprint, runtime } = input;
    const findings = [];
    const resolve = (name) => runtime.aliases.get(name) ?? [];
    // Workload name → the components that are it (a component may be several, through a Service).
    const matched = new Map();
    blueprint.components.forEach((c, i) => {
        for (const name of namesOf(c))
            for (const w of resolve(name)) {
                const list = matched.get(w) ?? [];
                if (!list.includes(i))
                    list.push(i);
                matched.set(w, list);
            }
    });
    // Components that match nothing in the runtime: a missing service close to one's id was
    // probably renamed, on one side or the other.
    const unmatched = blueprint.components.filter((c) => !namesOf(c).some((n) => resolve(n).length > 0));
    const budget = { suggestions: 100 };
    for (const w of runtime.workloads) {
        if (matched.has(w.name))
            continue;
        const entry = input.entryOf?.(w.file) ?? 0;
        const close = (0,engine_text/* suggest */.ZA)(w.name, unmatched.map((c) => c.id), budget);
        const hint = close === undefined
            ? `add one with id "${w.name}" (or with \`runtime: ${w.name}\`)`
            : `did you mean component "${close}"? If it is this service renamed, give it \`runtime: ${w.name}\` (or the id "${w.name}")`;
        findings.push({
            rule: 'drift-missing-component',
            path: blueprint.runtime === undefined ? [] : ['runtime', entry],
            message: `${drift_describe(w)} has no component; ${hint}`
        });
    }
    const names = [...runtime.aliases.keys()];
    blueprint.components.forEach((c, i) => {
        if (c.runtime === undefined || resolve(c.runtime).length > 0)
            return;
        const close = (0,engine_text/* suggest */.ZA)(c.runtime, names, budget);
        findings.push({
            rule: 'drift-missing-runtime',
            path: ['components', i, 'runtime'],
            message: `component "${c.id}" is runtime "${c.runtime}", which is no service or workload in the blueprint's runtime files${close === undefined ? '' : ` (did you mean "${close}"?)`}`
        });
    });
    const listed = new Set(blueprint.dependencies.map((d) => pair(d.from, d.to)));
    for (const edge of runtime.edges) {
        const from = matched.get(edge.from) ?? [];
        const to = matched.get(edge.to) ?? [];
        if (from.length === 0 || to.length === 0)
            continue;
        const ids = (list) => list.map((i) => blueprint.components[i]?.id ?? '');
        const known = ids(from).some((a) => ids(to).some((b) => a === b || listed.has(pair(a, b))));
        if (known)
            continue;
        const [a = '', b = ''] = [ids(from)[0], ids(to)[0]];
        findings.push({
            rule: 'drift-missing-dependency',
            path: ['components', from[0] ?? 0],
            message: `the runtime shows ${edge.from} → ${edge.to} (${edge.evidence.join(', ')}${edge.file !== undefined ? `, ${edge.file}:${edge.line ?? 1}` : ''}), but no dependency from "${a}" to "${b}" is listed`
        });
    }
    return findings;
}
/** The runtime names a component answers to: its id, and its `runtime:` field when it has one. */
function namesOf(c) {
    return c.runtime !== undefined && c.runtime !== c.id ? [c.id, c.runtime] : [c.id];
}
function pair(from, to) {
    return `${from}\u0000${to}`;
}
function drift_describe(w) {
    return `${w.kind === 'compose' ? 'Compose service' : w.kind} "${w.name}" (${w.file}:${w.line})`;
}

;// CONCATENATED MODULE: ./src/engine/runtime/infer.ts
/**
 * Guesses from what the runtime files say: a component's type and
 * technology from its image, and the names of other services that a
 * configuration value or command-line argument mentions.
 */
/** Image name words → the component type they suggest, most specific first. */
const TYPE_WORDS = (/* unused pure expression or super */ null && ([
    [
        'database',
        [
            'postgres',
            'postgresql',
            'postgis',
            'timescaledb',
            'mysql',
            'mariadb',
            'mongo',
            'mongodb',
            'mssql',
            'cassandra',
            'scylla',
            'couchdb',
            'couchbase',
            'cockroach',
            'cockroachdb',
            'neo4j',
            'influxdb',
            'clickhouse',
            'elasticsearch',
            'opensearch',
            'oracle',
            'db',
            'database'
        ]
    ],
    ['cache', ['redis', 'memcached', 'valkey', 'keydb', 'dragonfly', 'varnish']],
    [
        'queue',
        ['rabbitmq', 'kafka', 'nats', 'activemq', 'artemis', 'pulsar', 'redpanda', 'mosquitto', 'nsq']
    ],
    ['gateway', ['nginx', 'envoy', 'traefik', 'haproxy', 'caddy', 'kong']],
    ['storage', ['minio', 'azurite', 'seaweedfs', 'ceph', 'garage']]
]));
/**
 * Component name words → the type they suggest, the last word first
 * (`frontend-proxy` is a gateway, `user-db` a database, `frontend` a
 * frontend).
 */
const NAME_WORDS = (/* unused pure expression or super */ null && ([
    ['gateway', ['proxy', 'gateway', 'ingress', 'lb', 'loadbalancer', 'router', 'edge']],
    ['frontend', ['frontend', 'ui', 'webui', 'webapp', 'storefront', 'spa']]
]));
/** Takes an image reference apart (what substitution left behind removed); undefined for an empty one. */
function parseImage(image) {
    const withoutDigest = cleanImage(image).replace(/@.*$/, '');
    if (withoutDigest === '')
        return undefined;
    const segments = withoutDigest.split('/');
    const last = segments.pop() ?? '';
    const colon = last.lastIndexOf(':');
    const name = colon === -1 ? last : last.slice(0, colon);
    const tag = colon === -1 ? undefined : last.slice(colon + 1);
    // A first segment with a dot, a port or `localhost` names a registry, not an owner.
    if (segments.length > 0 && /[.:]|^localhost$/.test(segments[0] ?? ''))
        segments.shift();
    if (name === '')
        return undefined;
    return { name, path: [...segments, name], ...(tag ? { tag } : {}) };
}
/**
 * The type a name suggests (`postgres:15-alpine` → database), from the words
 * of its last segment first, then of the segments before it
 * (`mssql/server`); undefined when nothing is known about it.
 */
function typeOfImage(image) {
    for (const segment of [...image.path].reverse()) {
        const guess = typeOfWords(segment);
        if (guess)
            return guess;
    }
    return undefined;
}
/** The type an image segment's words suggest (`bitnami-postgresql` → database), or undefined. */
function typeOfWords(name) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/);
    for (const [type, known] of TYPE_WORDS) {
        const word = words.find((w) => known.includes(w));
        if (word !== undefined)
            return { type, word };
    }
    return undefined;
}
/**
 * The type a component's name suggests, its last word deciding first:
 * `frontend-proxy` → gateway, `user-db` → database, `front-end` → frontend.
 */
function typeOfName(name) {
    const lower = name.toLowerCase();
    if (/(?:^|[^a-z0-9])front-?end(?:$|[^a-z0-9])/.test(lower) &&
        !/[-_](?:proxy|gateway|db)$/.test(lower))
        return { type: 'frontend', word: lower.includes('front-end') ? 'front-end' : 'frontend' };
    const words = lower.split(/[^a-z0-9]+/).filter((w) => w !== '');
    for (const word of [...words].reverse()) {
        for (const [type, known] of [...NAME_WORDS, ...TYPE_WORDS])
            if (known.includes(word))
                return { type, word };
    }
    return undefined;
}
/**
 * An image reference with what substitution left behind removed: `${…}`
 * that could not be substituted, and the empty tag or dangling separators
 * an unset variable leaves (`vendor/app:` → `vendor/app`).
 */
function cleanImage(image) {
    let out = image;
    for (let i = 0; i < 8 && out.includes('${'); i++)
        out = out.replace(/\$\{[^${}]*\}/g, '');
    return out
        .replace(/\$[A-Za-z_][A-Za-z0-9_]*|[${}]/g, '')
        .replace(/:[-.]+/, ':')
        .replace(/[-.:@]+$/, '')
        .replace(/^[-.:/]+/, '')
        .trim();
}
/** `name:tag` of an image, the technology a component is written with. */
function technologyOf(image) {
    return image.tag ? `${image.name}:${image.tag}` : image.name;
}
/** What may come right before a host name: the start, a separator, or `//` of a URL. */
const BEFORE = new Set([' ', '\t', '\n', '=', ',', ';', '"', "'", '(', '[', '@', '{']);
/** What may come right after one: the end, a port, a path, a separator. */
const AFTER = new Set([' ', '\t', '\n', ':', '/', ',', ';', '"', "'", ')', ']', '}', '?', '#']);
/**
 * The host names a value mentions, as a container would resolve them:
 * `user-db:27017`, `http://carts.sock-shop.svc.cluster.local/x`,
 * `amqp://guest@rabbitmq`. A word inside a path (`/app`), an option
 * (`-Dspring.x`) or a key (`HOST=`) is not one.
 */
function hostsIn(value) {
    const found = [];
    for (const match of value.matchAll(/[A-Za-z0-9][A-Za-z0-9._-]*/g)) {
        const start = match.index;
        const end = start + match[0].length;
        const before = start === 0 ? '' : value.charAt(start - 1);
        const after = end === value.length ? '' : value.charAt(end);
        const url = before === '/' && value.charAt(start - 2) === '/';
        if (before !== '' && !BEFORE.has(before) && !url)
            continue;
        if (after !== '' && !AFTER.has(after))
            continue;
        // `http://`: a scheme, not a host.
        if (value.startsWith('://', end))
            continue;
        const host = match[0].replace(/\.+$/, '');
        if (host !== '' && !found.includes(host))
            found.push(host);
    }
    return found;
}
/** A variable whose value is an address: `*_HOST`, `*_ADDR`, `*_URL`, `*_SERVERS`… */
const ADDRESS_KEY = /(?:HOST|HOSTNAME|HOSTS|ADDR|ADDRESS|SERVER|SERVERS|SERVICE|ENDPOINT|URL|URI|BROKER|BROKERS|DSN)$/i;
/** Variables whose bare-word value names a thing inside a service, not a host: `DB_NAME`, `*_USER`… */
const NAMING_KEY = /(?:^|_)(?:NAME|DB|DBNAME|DATABASE|USER|USERNAME|PASSWORD|PASS|SCHEMA|TABLE|QUEUE|TOPIC|BUCKET|INDEX|MODULE|APP|PROFILE|ENV|ENVIRONMENT|MODE|LEVEL|REALM|KEYSPACE|TRANSPORT|BACKEND|DRIVER|ENGINE|TYPE|PROVIDER)$/i;
/**
 * The hosts an environment variable's value names. A bare word
 * (`registrar`: no port, scheme or `@`) is a host, as a container would
 * resolve it, unless the variable names something inside a service by its
 * name (`DB_NAME: registrar` is a database, not the registrar service).
 */
function envHosts(key, value) {
    if (/^[A-Za-z0-9._-]+$/.test(value.trim()) && NAMING_KEY.test(key) && !ADDRESS_KEY.test(key))
        return [];
    return hostsIn(value);
}
/** Options after which a command line names a host: `-h edge-router`, `--host db`. */
const HOST_FLAG = /^-{1,2}(?:h|H|host|hostname|server|servers|addr|address|broker|brokers|url|uri|endpoint|target|connect|bootstrap-server|bootstrap-servers)$/;
/**
 * The host names a command line mentions as addresses, not merely as words:
 * `db:5432`, `http://api/x`, `user@mq`, the value of a host option
 * (`-h edge-router`, `--host=db`), or a name followed by a port
 * (`nc -z kafka 9092`). `celery -A registrar` names an application module,
 * not a host, and is not one.
 */
function commandHosts(command) {
    const found = [];
    const add = (hosts) => {
        for (const h of hosts)
            if (!found.includes(h))
                found.push(h);
    };
    const tokens = command.split(/[\s;&|()`'"]+/).filter((t) => t !== '');
    tokens.forEach((token, i) => {
        const eq = token.indexOf('=');
        if (eq > 0 && HOST_FLAG.test(token.slice(0, eq))) {
            add(hostsIn(token.slice(eq + 1)));
            return;
        }
        if (/:\d|\/\/|@/.test(token)) {
            // Only the hosts written as addresses: `x:5432`, `//x`, `u@x`.
            add(hostsIn(token).filter((h) => new RegExp(`(?://|@)${infer_escape(h)}|${infer_escape(h)}:\\d`).test(token)));
            return;
        }
        const before = tokens[i - 1];
        const after = tokens[i + 1];
        if ((before !== undefined && HOST_FLAG.test(before)) ||
            (after !== undefined && /^\d{2,5}$/.test(after)))
            add(hostsIn(token));
    });
    return found;
}
function infer_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The Service a host name resolves to inside a cluster: `svc`, `svc.ns`,
 * `svc.ns.svc` or `svc.ns.svc.<cluster domain>`; undefined for other names.
 */
function serviceOfHost(host) {
    const labels = host.split('.');
    const [name, namespace, third] = labels;
    if (name === undefined || name === '')
        return undefined;
    if (labels.length === 1)
        return { name };
    if (namespace === undefined || namespace === '')
        return undefined;
    if (labels.length === 2)
        return { name, namespace };
    return third === 'svc' ? { name, namespace } : undefined;
}

;// CONCATENATED MODULE: ./src/engine/runtime/compose.ts
/**
 * A Compose project (the Compose Specification), read and merged by
 * composeproject.ts → its services and the dependencies it shows:
 * `depends_on`, `links` (`service` or `service:alias`), `network_mode:
 * service:x` and `volumes_from`, and other services' names in the final
 * `environment` values and in `command`. Names under `networks:` and
 * `volumes:` are never services.
 */


/** Does this document look like a Compose file (a `services` mapping, no Kubernetes `kind`)? */
function isCompose(data) {
    return (isRecord(data.services) || Array.isArray(data.include)) && data.kind === undefined;
}
/** The services of a merged Compose project and the dependencies between them. */
function readCompose(doc, options) {
    const { file } = options;
    const services = isRecord(doc.data.services) ? doc.data.services : {};
    const names = new Set(Object.keys(services));
    // Networks and volumes by key and by `name:`: never a dependency, even when a value names one.
    const resources = new Set();
    for (const section of ['networks', 'volumes']) {
        const defined = doc.data[section];
        if (!isRecord(defined))
            continue;
        for (const [key, value] of Object.entries(defined)) {
            resources.add(key);
            if (isRecord(value) && typeof value.name === 'string')
                resources.add(value.name);
        }
    }
    // Other names a service answers to on its networks: its container_name and network aliases.
    const hostNames = new Map();
    for (const [name, raw] of Object.entries(services)) {
        if (!isRecord(raw))
            continue;
        const names2 = [
            ...(typeof raw.container_name === 'string' ? [raw.container_name] : []),
            ...(isRecord(raw.networks)
                ? Object.values(raw.networks).flatMap((n) => isRecord(n) && Array.isArray(n.aliases)
                    ? n.aliases.filter((a) => typeof a === 'string')
                    : [])
                : [])
        ];
        for (const host of names2)
            if (!names.has(host) && !hostNames.has(host))
                hostNames.set(host, name);
    }
    const serviceOf = (host) => (names.has(host) ? host : hostNames.get(host));
    const workloads = [];
    const edges = [];
    const notes = [];
    const unresolved = [];
    for (const [name, raw] of Object.entries(services)) {
        const service = isRecord(raw) ? raw : {};
        const origin = options.origins.get(name) ?? {
            file,
            line: doc.locator.keyLoc(['services', name]).line
        };
        // Positions within the first file are exact; a service from another file points at its name.
        const where = (at) => origin.file === file
            ? { file, ...doc.locator.valueLoc(['services', name, ...at]) }
            : { file: origin.file, line: origin.line, col: 1 };
        const note = (message, at = []) => notes.push({ ...where(at), message });
        if (name.includes('{{') || name.trim() === '') {
            note(`service "${name}" has no usable name: skipped`);
            continue;
        }
        const image = typeof service.image === 'string' ? service.image : undefined;
        const build = typeof service.build === 'string'
            ? service.build
            : isRecord(service.build) && typeof service.build.context === 'string'
                ? service.build.context
                : service.build !== undefined
                    ? '.'
                    : undefined;
        const profiles = Array.isArray(service.profiles)
            ? service.profiles.filter((p) => typeof p === 'string')
            : [];
        workloads.push({
            name,
            kind: 'compose',
            file: origin.file,
            line: origin.line,
            ...(image !== undefined && !image.includes('{{') ? { image } : {}),
            ...(build !== undefined ? { build } : {}),
            ...(profiles.length > 0 ? { profiles } : {})
        });
        const to = (written, evidence) => {
            const target = serviceOf(written) ?? written;
            if (target === name)
                return;
            if (!names.has(target)) {
                if (evidence !== 'command' && !evidence.startsWith('environment '))
                    note(`service "${name}" names "${target}" in ${evidence}, which is no service here`, [
                        evidence
                    ]);
                return;
            }
            const seen = where(evidence.startsWith('environment ') ? ['environment', evidence.slice(12)] : [evidence]);
            edges.push({ from: name, to: target, evidence, file: seen.file, line: seen.line });
        };
        if (isRecord(service.depends_on))
            for (const d of Object.keys(service.depends_on))
                to(d, 'depends_on');
        if (Array.isArray(service.links))
            for (const link of service.links)
                if (typeof link === 'string')
                    to(link.split(':')[0] ?? link, 'links');
        if (typeof service.network_mode === 'string' && service.network_mode.startsWith('service:'))
            to(service.network_mode.slice('service:'.length), 'network_mode');
        if (Array.isArray(service.volumes_from))
            for (const v of service.volumes_from)
                if (typeof v === 'string' && !v.startsWith('container:'))
                    to(v.replace(/^service:/, '').split(':')[0] ?? v, 'volumes_from');
        const environment = isRecord(service.environment) ? service.environment : {};
        for (const [key, value] of Object.entries(environment)) {
            if (typeof value !== 'string' && typeof value !== 'number')
                continue;
            const text = String(value);
            const hosts = envHosts(key, text).filter((h) => !resources.has(h) || addressed(text, h));
            for (const host of hosts)
                to(host, `environment ${key}`);
            if (ADDRESS_KEY.test(key)) {
                const missing = addressHost(text);
                if (missing !== undefined && serviceOf(missing) === undefined && !resources.has(missing))
                    unresolved.push({
                        ...where(['environment', key]),
                        message: `service "${name}" has ${key}=${text.length > 80 ? `${text.slice(0, 77)}...` : text}, whose host "${missing}" is no service here`
                    });
            }
        }
        for (const arg of words(service.command))
            for (const host of commandHosts(arg))
                to(host, 'command');
    }
    return { workloads, edges, notes, unresolved };
}
/** Is `host` used as an address in `value` (`host:port`, `//host`, `@host`), not merely named? */
function addressed(value, host) {
    const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?://|@)${escaped}\\b|\\b${escaped}:\\d`).test(value);
}
/**
 * The one host of an address-like value when it is a bare name a container
 * would resolve (`cache:6379`, `http://api/x`); undefined for anything
 * else (an IP, a dotted domain, localhost, a list, a path, a number).
 */
function addressHost(value) {
    const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([A-Za-z][A-Za-z0-9_-]*)(?::\d+)?(?:\/\S*)?$/.exec(value.trim());
    const host = m?.[1];
    if (host === undefined || /^(?:localhost|true|false|yes|no|on|off|none|null)$/i.test(host))
        return undefined;
    // A bare word with neither a port nor a scheme is as likely a setting as a host.
    if (!/:\/\/|:\d/.test(value))
        return undefined;
    return host;
}
/** A command as a string or a list of strings. */
function words(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    return [];
}

;// CONCATENATED MODULE: ./src/engine/runtime/model.ts
/** The Kubernetes kinds that become components. */
const model_WORKLOAD_KINDS = [
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob'
];

;// CONCATENATED MODULE: ./src/engine/runtime/kubernetes.ts



/** The recommended label naming the application a workload is part of. */
const PART_OF = 'app.kubernetes.io/part-of';
/** Does this document look like a Kubernetes object (`apiVersion` and `kind`)? */
function isKubernetes(data) {
    return typeof data.kind === 'string' && typeof data.apiVersion === 'string';
}
/** Reads the Kubernetes documents of one file. */
function readKubernetes(docs, file) {
    const read = { workloads: [], services: [], mentions: [], notes: [] };
    const skipped = new Map();
    const skip = (kind, line) => {
        const seen = skipped.get(kind);
        if (seen)
            seen.count++;
        else
            skipped.set(kind, { count: 1, line });
    };
    for (const doc of docs) {
        const objects = [];
        if (doc.data.kind === 'List' && Array.isArray(doc.data.items)) {
            doc.data.items.forEach((item, i) => {
                if (isRecord(item))
                    objects.push({ data: item, path: ['items', i] });
            });
        }
        else
            objects.push({ data: doc.data, path: [] });
        for (const { data, path } of objects) {
            const line = doc.locator.valueLoc(path).line;
            const kind = typeof data.kind === 'string' ? data.kind : '(no kind)';
            const metadata = isRecord(data.metadata) ? data.metadata : {};
            const name = typeof metadata.name === 'string' ? metadata.name : undefined;
            const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
            const spec = isRecord(data.spec) ? data.spec : {};
            if (kind === 'Service') {
                if (name === undefined || name.trim() === '' || name.includes('{{'))
                    continue;
                read.services.push({
                    name,
                    ...(namespace !== undefined ? { namespace } : {}),
                    selector: labels(spec.selector),
                    file,
                    line
                });
                continue;
            }
            if (!model_WORKLOAD_KINDS.includes(kind)) {
                skip(kind, line);
                continue;
            }
            if (name === undefined || name.trim() === '' || name.includes('{{')) {
                read.notes.push({
                    file,
                    line,
                    col: 1,
                    message: `a ${kind} without a plain metadata.name: skipped`
                });
                continue;
            }
            const template = podTemplate(kind, spec);
            const podSpec = isRecord(template.spec) ? template.spec : {};
            const containers = [podSpec.containers, podSpec.initContainers].flatMap((list) => Array.isArray(list) ? list.filter(isRecord) : []);
            const main = containers.find((c) => c.name === name) ??
                (Array.isArray(podSpec.containers) ? podSpec.containers.find(isRecord) : undefined);
            const image = typeof main?.image === 'string' ? main.image : undefined;
            const templateMeta = isRecord(template.metadata) ? template.metadata : {};
            const podLabels = labels(templateMeta.labels);
            const partOf = labels(metadata.labels)[PART_OF] ?? podLabels[PART_OF];
            read.workloads.push({
                name,
                kind: kind,
                file,
                line,
                ...(image !== undefined && !image.includes('{{') ? { image } : {}),
                ...(namespace !== undefined ? { namespace } : {}),
                ...(partOf !== undefined && partOf !== '' ? { partOf } : {}),
                labels: podLabels
            });
            const mention = (host, evidence) => read.mentions.push({
                from: name,
                ...(namespace !== undefined ? { namespace } : {}),
                host,
                evidence,
                file,
                line
            });
            for (const container of containers) {
                // Kubernetes expands `$(NAME)` in env values, command and args from the variables
                // defined before it in the same container.
                const env = new Map();
                for (const entry of Array.isArray(container.env) ? container.env : []) {
                    if (!isRecord(entry) || typeof entry.name !== 'string')
                        continue;
                    const value = entry.value;
                    if (typeof value !== 'string' && typeof value !== 'number')
                        continue;
                    const expanded = expand(String(value), env);
                    env.set(entry.name, expanded);
                    for (const host of envHosts(entry.name, expanded))
                        mention(host, `env ${entry.name}`);
                }
                for (const key of ['args', 'command']) {
                    const list = container[key];
                    if (!Array.isArray(list))
                        continue;
                    for (const arg of list)
                        if (typeof arg === 'string')
                            for (const host of commandHosts(expand(arg, env)))
                                mention(host, key);
                }
            }
        }
    }
    if (skipped.size > 0) {
        const kinds = [...skipped.entries()].map(([kind, s]) => `${s.count} ${kind}`);
        const first = Math.min(...[...skipped.values()].map((s) => s.line));
        read.notes.push({
            file,
            line: first,
            col: 1,
            message: `skipped ${kinds.join(', ')}: only ${model_WORKLOAD_KINDS.join(', ')} and Service are read`
        });
    }
    return read;
}
/** `$(NAME)` replaced by the variable defined above it, `$$(` kept as `$(`, as Kubernetes does. */
function expand(text, env) {
    if (!text.includes('$('))
        return text;
    return text.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (all, name) => (name === undefined ? '$(' : (env.get(name) ?? all)));
}
/** The pod template of a workload: `spec.template`, or `spec.jobTemplate.spec.template` for a CronJob. */
function podTemplate(kind, spec) {
    const owner = kind === 'CronJob'
        ? isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec)
            ? spec.jobTemplate.spec
            : {}
        : spec;
    return isRecord(owner.template) ? owner.template : {};
}
/** A label map with text values (numbers and booleans as written). */
function labels(value) {
    if (!isRecord(value))
        return {};
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/runtime/index.ts






/**
 * Reads Compose files and Kubernetes manifests, in the order given, into one
 * runtime: a name seen twice (the same service in a Compose file and a
 * manifest) is one workload, the first read. Never throws.
 */
function readRuntime(files, options = {}) {
    const given = new Map(files.map((f) => [f.file, f.content]));
    const lookup = options.lookup ?? ((file) => given.get(file) ?? null);
    const problems = [];
    const notes = [];
    const unresolved = [];
    const needs = new Set();
    const documents = [];
    const read = new Set();
    const workloads = [];
    const found = [];
    const kube = {
        workloads: [],
        services: [],
        mentions: []
    };
    const projects = new Map();
    const discovered = new Set(files.filter((f) => f.discovered).map((f) => f.file));
    // Workloads in the order of the files: a Compose project at its first file.
    const segments = [];
    for (const input of files) {
        const docs = readRuntimeDocuments(input);
        if (input.discovered && docs.problems.length > 0 && !looksLikeRuntime(input.content)) {
            // A folder holds other YAML (tool settings, CI, Helm values): one that does not read is passed over.
            const first = docs.problems[0];
            if (first)
                notes.push({
                    ...first,
                    message: `passed over: not a Compose file or manifest this could read (${first.message})`
                });
            continue;
        }
        problems.push(...docs.problems);
        notes.push(...docs.notes);
        const manifests = [];
        for (const doc of docs.documents) {
            if (isCompose(doc.data)) {
                const key = input.project ?? '';
                if (!projects.has(key))
                    segments.push(key);
                const layers = projects.get(key) ?? [];
                layers.push({ file: input.file, document: doc });
                projects.set(key, layers);
                read.add(input.file);
            }
            else if (isKubernetes(doc.data)) {
                manifests.push({ ...doc, data: unmark(doc.data) });
            }
            else if (!input.discovered) {
                notes.push({
                    file: input.file,
                    ...doc.start,
                    message: 'is neither a Compose file (no "services") nor a Kubernetes object (no "apiVersion" and "kind"): skipped'
                });
            }
        }
        if (manifests.length > 0) {
            read.add(input.file);
            for (const document of manifests)
                documents.push({ file: input.file, document });
            const k = readKubernetes(manifests, input.file);
            segments.push(k.workloads);
            kube.workloads.push(...k.workloads);
            kube.services.push(...k.services);
            kube.mentions.push(...k.mentions);
            notes.push(...k.notes);
        }
    }
    const composed = new Map();
    const composeProjects = [...projects].map(([key, layers]) => ({
        key,
        layers,
        project: readComposeProject(layers, lookup)
    }));
    // A file another project includes or extends is part of it, not a project of its own
    // (found in a folder, `microfrontend.yml` that services extend).
    const parts = new Set(composeProjects.flatMap((r) => r.project.parts));
    for (const { key, layers, project } of composeProjects) {
        if (layers.every((l) => parts.has(l.file) && discovered.has(l.file))) {
            for (const l of layers)
                read.delete(l.file);
            continue;
        }
        problems.push(...project.problems);
        notes.push(...project.notes);
        unresolved.push(...project.unresolved);
        for (const n of project.needs)
            needs.add(n);
        documents.push({ file: project.file, document: project.document });
        const compose = readCompose(project.document, {
            file: project.file,
            origins: project.origins
        });
        composed.set(key, compose.workloads);
        found.push(...compose.edges);
        notes.push(...compose.notes);
        unresolved.push(...compose.unresolved);
    }
    for (const segment of segments)
        workloads.push(...(typeof segment === 'string' ? (composed.get(segment) ?? []) : segment));
    const aliases = new Map();
    const alias = (name, target) => {
        const list = aliases.get(name) ?? [];
        if (!list.includes(target))
            list.push(target);
        aliases.set(name, list);
    };
    for (const w of workloads)
        alias(w.name, w.name);
    const selected = new Map();
    for (const service of kube.services) {
        const targets = kube.workloads
            .filter((w) => sameNamespace(w.namespace, service.namespace) && selects(service, w))
            .map((w) => w.name);
        selected.set(service, targets);
        for (const t of targets)
            alias(service.name, t);
    }
    for (const m of kube.mentions) {
        const wanted = serviceOfHost(m.host);
        if (!wanted)
            continue;
        for (const service of kube.services) {
            if (service.name !== wanted.name)
                continue;
            if (!sameNamespace(service.namespace, wanted.namespace ?? m.namespace))
                continue;
            for (const to of selected.get(service) ?? [])
                if (to !== m.from)
                    found.push({ from: m.from, to, evidence: m.evidence, file: m.file, line: m.line });
        }
    }
    const unique = dedupe(workloads);
    return {
        runtime: {
            workloads: unique,
            edges: edgesOf(found, unique),
            aliases,
            units: unitsOf(kube.services, selected, unique)
        },
        problems,
        notes,
        documents,
        unresolved,
        needs: [...needs],
        read: [...read]
    };
}
/**
 * The Services that stand for the workloads they select. A workload belongs
 * to the Service named like it, else to one whose name starts its own
 * (`reviews` for `reviews-v1`), else to the only Service selecting it when
 * that Service selects nothing else; a
 * workload no such Service selects stands alone. A Service that would stand
 * for a single workload of its own name changes nothing and is left out.
 */
function unitsOf(services, selected, workloads) {
    const names = new Set(workloads.map((w) => w.name));
    const owner = new Map();
    const rank = (service, workload) => {
        if (service.name === workload)
            return 3;
        if (workload.startsWith(`${service.name}-`))
            return 2;
        // A Service that alone selects this workload, and only it: callers know it by that name.
        if ((selected.get(service) ?? []).length === 1 && (selectors.get(workload) ?? 0) === 1)
            return 1;
        return 0;
    };
    const selectors = new Map();
    for (const targets of selected.values())
        for (const t of targets)
            selectors.set(t, (selectors.get(t) ?? 0) + 1);
    for (const w of workloads) {
        let best;
        let bestRank = 0;
        for (const service of services) {
            if (!(selected.get(service) ?? []).includes(w.name))
                continue;
            const r = rank(service, w.name);
            if (r > bestRank) {
                best = service;
                bestRank = r;
            }
        }
        if (best)
            owner.set(w.name, best);
    }
    const units = [];
    for (const service of services) {
        const members = workloads.filter((w) => owner.get(w.name) === service).map((w) => w.name);
        if (members.length === 0)
            continue;
        if (members.length === 1 && members[0] === service.name)
            continue;
        // A Service named like another workload would make two components of one name.
        if (names.has(service.name) && !members.includes(service.name))
            continue;
        if (units.some((u) => u.name === service.name))
            continue;
        units.push({
            name: service.name,
            ...(service.namespace !== undefined ? { namespace: service.namespace } : {}),
            file: service.file,
            line: service.line,
            workloads: members
        });
    }
    return units;
}
/** Does the text show a Compose file's or a Kubernetes object's top-level keys? */
function looksLikeRuntime(content) {
    const text = typeof content === 'string'
        ? content
        : new TextDecoder('utf-8').decode(content.subarray(0, 1 << 20));
    return /^(?:services|include|apiVersion|kind)\s*:/m.test(text);
}
/** Namespaces match when equal, or when either is not written (the manifest is applied to whichever). */
function sameNamespace(a, b) {
    return a === undefined || b === undefined || a === b;
}
/** A Service selects a workload when every label of its (non-empty) selector is on the pods. */
function selects(service, workload) {
    const entries = Object.entries(service.selector);
    return entries.length > 0 && entries.every(([k, v]) => workload.labels[k] === v);
}
/** One workload per name, the first read; without the Kubernetes-only labels. */
function dedupe(workloads) {
    const seen = new Set();
    const out = [];
    for (const w of workloads) {
        if (seen.has(w.name))
            continue;
        seen.add(w.name);
        const plain = { ...w };
        delete plain.labels;
        out.push(plain);
    }
    return out;
}
/** One edge per pair, with all its evidence, ordered by the `from` workload and then as found. */
function edgesOf(found, workloads) {
    const order = new Map(workloads.map((w, i) => [w.name, i]));
    const byPair = new Map();
    for (const e of found) {
        if (!order.has(e.from) || !order.has(e.to) || e.from === e.to)
            continue;
        const key = `${e.from}\u0000${e.to}`;
        const edge = byPair.get(key);
        if (!edge)
            byPair.set(key, {
                from: e.from,
                to: e.to,
                evidence: [e.evidence],
                ...(e.file !== undefined && e.line !== undefined ? { file: e.file, line: e.line } : {})
            });
        else if (!edge.evidence.includes(e.evidence))
            edge.evidence.push(e.evidence);
    }
    return [...byPair.values()]
        .map((e, i) => ({ e, i }))
        .sort((a, b) => (order.get(a.e.from) ?? 0) - (order.get(b.e.from) ?? 0) || a.i - b.i)
        .map(({ e }) => e);
}

;// CONCATENATED MODULE: ./src/project/runtime.ts
/**
 * Runtime files through the workspace: the Compose files and Kubernetes
 * manifests a blueprint's `runtime:` names (or `init --from` is given),
 * confined to the repository and read with the blueprint loader's limits,
 * then compared with the blueprint (drift).
 */










/** The extensions read in a folder of runtime files. */
const RUNTIME_EXTENSIONS = '{yaml,yml,json}';
/** More files than a folder of manifests holds; past it the folder is refused. */
const MAX_RUNTIME_FILES = 1000;
/** Folders a search for runtime files passes over: others' code, and Helm templates (not YAML until rendered). */
const SKIPPED_FOLDERS = /(?:^|\/)(?:node_modules|vendor|vendored|third_party|bower_components)\//;
/** The files `docker compose` reads in a folder by default, in the order it reads them. */
const DEFAULT_COMPOSE = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml'
];
const OVERRIDE_COMPOSE = [
    'compose.override.yaml',
    'compose.override.yml',
    'docker-compose.override.yaml',
    'docker-compose.override.yml'
];
/**
 * Reads the files and folders at these repository paths (`.` is the whole
 * repository). Compose files named together are one project, merged in
 * order; in a folder, the Compose file `docker compose` would read there
 * and its override are one project, and other Compose files are passed
 * over with a note. Never throws.
 */
async function readRuntimeFiles(workspace, paths) {
    const files = [];
    const entries = new Map();
    const unreadable = [];
    const passed = [];
    for (const [index, given] of paths.entries()) {
        const root = isRoot(given);
        const at = root ? '.' : (0,engine_paths/* confine */.Do)(given);
        if (at === undefined) {
            unreadable.push({ index, message: `runtime path ${given} is outside the repository` });
            continue;
        }
        try {
            // A file is read as it is; only a folder (or the repository) is listed: a listing asks
            // git, a process each.
            const direct = root
                ? FOLDER
                : await workspace.read(at).catch((error) => {
                    if (isFolderError(error))
                        return FOLDER;
                    throw error;
                });
            // Nothing there may still be a folder to a workspace that reads no folders: it is listed.
            if (direct !== FOLDER && direct !== undefined) {
                if (entries.has(at))
                    continue;
                if (files.length + 1 > MAX_RUNTIME_FILES) {
                    unreadable.push({
                        index,
                        message: `runtime path ${at} holds more than ${MAX_RUNTIME_FILES} files; name the folders that matter`
                    });
                    continue;
                }
                files.push({ file: at, content: direct, project: 'given' });
                entries.set(at, index);
                continue;
            }
            const glob = root
                ? `**/*.${RUNTIME_EXTENSIONS}`
                : `${escapeGlob(at)}/**/*.${RUNTIME_EXTENSIONS}`;
            const inFolder = await workspace.list([glob]);
            const found = inFolder.length > 0 ? discover(inFolder, passed) : undefined;
            const names = found ?? [{ file: at, project: 'given' }];
            if (root && names.length === 0) {
                unreadable.push({ index, message: 'the repository holds no Compose file or manifest' });
                continue;
            }
            if (files.length + names.length > MAX_RUNTIME_FILES) {
                unreadable.push({
                    index,
                    message: `runtime path ${at} holds more than ${MAX_RUNTIME_FILES} files; name the folders that matter`
                });
                continue;
            }
            for (const { file, project } of names) {
                if (entries.has(file))
                    continue;
                const content = await workspace.read(file);
                if (content === undefined) {
                    unreadable.push({ index, message: `runtime file ${file} does not exist` });
                    continue;
                }
                files.push({ file, content, project, ...(found ? { discovered: true } : {}) });
                entries.set(file, index);
            }
        }
        catch (error) {
            const folder = isFolderError(error);
            unreadable.push({
                index,
                message: folder
                    ? `runtime folder ${at} holds no .yaml, .yml or .json file`
                    : `runtime path ${at}: ${(0,engine_text/* messageOf */.bD)(error)}`
            });
        }
    }
    return { files, entries, unreadable, passed };
}
/**
 * The files of a folder worth reading, each with its Compose project: not
 * vendored code, not Helm templates; per folder, `docker compose`'s own
 * file and its override as one project, and a folder's other Compose files
 * passed over when it has one (they are variants: name one to read it).
 */
function discover(listed, passed) {
    const charts = new Set(listed.filter((f) => /(?:^|\/)Chart\.ya?ml$/.test(f)).map((f) => external_node_path_default().posix.dirname(f)));
    const kept = listed.filter((file) => {
        if (SKIPPED_FOLDERS.test(file))
            return false;
        const dir = external_node_path_default().posix.dirname(file);
        if (charts.has(dir) ||
            [...charts].some((c) => dir === `${c}/templates` || dir.startsWith(`${c === '.' ? '' : `${c}/`}templates/`)))
            return false;
        return true;
    });
    const byFolder = new Map();
    for (const f of kept) {
        const dir = external_node_path_default().posix.dirname(f);
        byFolder.set(dir, [...(byFolder.get(dir) ?? []), f]);
    }
    const out = [];
    for (const [dir, inDir] of byFolder) {
        const base = (f) => external_node_path_default().posix.basename(f);
        const main = DEFAULT_COMPOSE.map((n) => inDir.find((f) => base(f) === n)).find(Boolean);
        const override = OVERRIDE_COMPOSE.map((n) => inDir.find((f) => base(f) === n)).find(Boolean);
        if (main !== undefined) {
            out.push({ file: main, project: dir });
            if (override !== undefined)
                out.push({ file: override, project: dir });
        }
        for (const f of inDir) {
            if (f === main || f === override)
                continue;
            if (main !== undefined && /compose/i.test(base(f))) {
                passed.push({
                    file: f,
                    line: 1,
                    col: 1,
                    message: `not read: docker compose reads ${base(main)} in this folder; name this file with --from to read it instead`
                });
                continue;
            }
            out.push({ file: f, project: f });
        }
    }
    return out;
}
/**
 * Reads the runtime files at these paths and what runs there, reading the
 * `.env`, `env_file` and `include` files they name through the workspace
 * (confined to the repository; a file outside it is one that does not
 * exist). Never throws.
 */
async function loadRuntime(workspace, paths) {
    const files = await readRuntimeFiles(workspace, paths);
    const cache = new Map();
    const fetch = async (file) => {
        if (cache.has(file))
            return;
        const at = (0,engine_paths/* confine */.Do)(file);
        const content = at === undefined ? undefined : await workspace.read(at).catch(() => undefined);
        cache.set(file, content ?? null);
    };
    // The .env beside each file is the one most projects need: read it before the first pass.
    for (const dir of new Set(files.files.map((f) => external_node_path_default().posix.dirname(f.file))))
        await fetch(dir === '.' ? '.env' : `${dir}/.env`);
    const lookup = (file) => (cache.has(file) ? cache.get(file) : undefined);
    let read = readRuntime(files.files, { lookup });
    // Each pass reads what the last one named; includes nest, so a few passes may be needed.
    for (let pass = 0; pass < MAX_INCLUDE_DEPTH + 2 && read.needs.length > 0; pass++) {
        for (const need of read.needs)
            await fetch(need);
        read = readRuntime(files.files, { lookup });
    }
    const extra = [...cache.entries()].filter(([, c]) => c !== null).map(([f]) => f);
    return { files, read, extra: extra.sort() };
}
/** How many runtime loads {@link loadRuntimeOnce} keeps per workspace: a batch of blueprints'. */
const KEPT_LOADS = 32;
const loads = new WeakMap();
/**
 * {@link loadRuntime}, once per workspace and paths: a blueprint's runtime files are read for
 * its drift findings and again for its document's derived sections, a moment apart, and parsing
 * a Compose project of 30 services twice doubled the cost of such a document. A workspace is
 * one run's view of the repository (the base of a review, a moved branch, each their own), so
 * its files do not change under it; the last {@link KEPT_LOADS} loads are kept.
 */
function loadRuntimeOnce(workspace, paths) {
    let kept = loads.get(workspace);
    if (kept === undefined)
        loads.set(workspace, (kept = new Map()));
    const key = paths.join('\u0000');
    let load = kept.get(key);
    if (load === undefined) {
        load = loadRuntime(workspace, paths);
        kept.set(key, load);
        if (kept.size > KEPT_LOADS)
            kept.delete(kept.keys().next().value ?? '');
    }
    return load;
}
/**
 * Drift of one blueprint against the runtime files its `runtime:` names
 * (paths relative to the blueprint's folder). Nothing to say for a
 * blueprint without `runtime:`. `text` is the blueprint's text, used to
 * position problems at its `runtime:` entries. Never throws.
 */
async function runtimeDrift(options) {
    const { blueprint, file } = options;
    if (blueprint.runtime === undefined)
        return { findings: [], problems: [], notes: [] };
    const folder = external_node_path_default().posix.dirname(file);
    const paths = blueprint.runtime.map((p) => (folder === '.' ? p : `${folder}/${p}`));
    const loaded = await loadRuntimeOnce(options.workspace, paths);
    const read = loaded.files;
    const at = positioner(options.text, { json: /\.json$/i.test(file) });
    const problems = read.unreadable.map((u) => ({
        file,
        ...at(['runtime', u.index]),
        message: u.message
    }));
    const runtime = loaded.read;
    problems.push(...runtime.problems);
    // A runtime that could not be read in full says nothing reliable about what is missing.
    if (problems.length > 0)
        return { findings: [], problems, notes: runtime.notes };
    const findings = driftFindings({
        blueprint,
        runtime: runtime.runtime,
        entryOf: (f) => read.entries.get(f)
    });
    return { findings, problems, notes: runtime.notes };
}
/**
 * What a blueprint's runtime files say, for a document whose sections are derived (by the
 * blueprint or the template's default); undefined for any other, or one without `runtime:`,
 * whose files are then not read. The files are read confined and bounded as for drift; a file
 * that cannot be read gives no facts, and drift reports it. Never throws.
 */
async function documentFacts(options) {
    const { blueprint, file } = options;
    if (blueprint.runtime === undefined)
        return undefined;
    if (!derivesSections(blueprint, options.template.derivedSections))
        return undefined;
    try {
        const folder = external_node_path_default().posix.dirname(file);
        const paths = blueprint.runtime.map((p) => (folder === '.' ? p : `${folder}/${p}`));
        const loaded = await loadRuntimeOnce(options.workspace, paths);
        return runtimeFacts(loaded.read.documents);
    }
    catch {
        return undefined;
    }
}
/**
 * For change detection: which blueprints name each changed file in their
 * `runtime:` (the file itself, the `.env` beside it, or a folder holding it). Reads only the
 * blueprints whose text mentions `runtime`; an invalid one owns nothing.
 */
async function runtimeOwners(workspace, globs, changed) {
    const owners = new Map();
    if (changed.length === 0)
        return owners;
    for (const file of await workspace.list(globs)) {
        const bytes = await workspace.read(file).catch(() => undefined);
        if (bytes === undefined)
            continue;
        const text = new TextDecoder().decode(bytes);
        if (!text.includes('runtime'))
            continue;
        const parsed = parseBlueprint({ file, content: bytes });
        if (!parsed.ok || parsed.blueprint.runtime === undefined)
            continue;
        const folder = external_node_path_default().posix.dirname(file);
        for (const given of parsed.blueprint.runtime) {
            const joined = folder === '.' ? given : `${folder}/${given}`;
            // The whole repository as runtime: a change to any file it could read is one of its own.
            const whole = isRoot(joined);
            const at = whole ? '.' : (0,engine_paths/* confine */.Do)(joined);
            if (at === undefined)
                continue;
            for (const c of changed) {
                const owned = whole
                    ? engine_paths/* RUNTIME_NAME */.fG.test(c)
                    : c === at || c.startsWith(`${at}/`) || (engine_paths/* RUNTIME_NAME */.fG.test(at) && c === besideEnv(at));
                if (!owned)
                    continue;
                const list = owners.get(c) ?? [];
                if (!list.includes(file))
                    list.push(file);
                owners.set(c, list);
            }
        }
    }
    return owners;
}
/** What reading a folder as a file gives: the path is listed instead. */
const FOLDER = Symbol('folder');
/** Reading a folder as a file. */
function isFolderError(error) {
    return error?.code === 'EISDIR';
}
/** The `.env` beside a runtime file, which Compose reads its variables from. */
function besideEnv(file) {
    const dir = external_node_path_default().posix.dirname(file);
    return dir === '.' ? '.env' : `${dir}/.env`;
}
/** Is this repository path the repository itself (`.`, `./`, `arch/..`)? */
function isRoot(given) {
    const slashed = given.replace(/\\/g, '/');
    if (slashed === '' || external_node_path_default().posix.isAbsolute(slashed))
        return false;
    return external_node_path_default().posix.normalize(slashed).replace(/\/$/, '') === '.';
}
/** A path with glob characters escaped, so picomatch takes it as written. */
function escapeGlob(p) {
    return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/engine/rules/rule.ts
/** Every rule, its default severity and a one-line summary (shown in SARIF and the README). */
const RULES = {
    'unknown-type': {
        severity: 'warning',
        summary: 'A component type outside the ten known ones.'
    },
    'duplicate-dependency': {
        severity: 'warning',
        summary: 'The same dependency, from one component to another, listed twice.'
    },
    'dependency-cycle': {
        severity: 'warning',
        summary: 'A cycle of synchronous dependencies.'
    },
    'orphan-component': {
        severity: 'warning',
        summary: 'A component with no dependency in or out, in a blueprint of two or more.'
    },
    'shared-database': {
        severity: 'off',
        summary: 'A database that two or more non-database components depend on.'
    },
    'cross-reference': {
        severity: 'error',
        summary: 'A reference to a blueprint or component that does not exist.'
    },
    'drift-missing-component': {
        severity: 'warning',
        summary: 'A service or workload in the runtime files with no component in the blueprint.'
    },
    'drift-missing-runtime': {
        severity: 'warning',
        summary: 'A component naming a runtime service or workload that does not exist there.'
    },
    'drift-missing-dependency': {
        severity: 'warning',
        summary: 'A dependency the runtime files show that the blueprint does not list.'
    }
};
const RULE_IDS = Object.keys(RULES);
/** The severity a rule has in a repository with these settings. */
function severityOf(rule, settings = {}) {
    return settings[rule] ?? RULES[rule].severity;
}

;// CONCATENATED MODULE: ./src/project/findings.ts
/**
 * The one place where a blueprint's architecture findings are gathered and
 * given the level the repository set for their rule: every source of
 * findings (the local rules, and any that look beyond the blueprint) is
 * listed in {@link findingsOf}. Findings come back positioned at the node
 * they are about, as problems with a rule id and a level.
 */







/** The sources, in the order their findings are listed (at one position). */
const SOURCES = [
    (subject) => localFindings(subject.blueprint),
    // Only a blueprint with references waits for the repository's other blueprints.
    async ({ blueprint }, { systems }) => systems && hasReferences(blueprint) ? crossReferenceFindings(blueprint, await systems()) : []
];
/**
 * Every finding about a blueprint whose rule is not `off`, positioned in its
 * text, at the level its rule has here, sorted by position. Rules that are
 * off do not run at all when every rule is off.
 */
async function findingsOf(subject, context) {
    const raw = [];
    // With every rule off, no source need run; runtime files that cannot be read are still reported.
    if (RULE_IDS.some((rule) => severityOf(rule, context.rules) !== 'off'))
        for (const source of SOURCES)
            raw.push(...(await source(subject, context)));
    // Runtime files that cannot be read fail the run like an error finding, but, as with any
    // finding, the document is still written: they are positioned where they are (a missing path at
    // its `runtime:` entry, a malformed file in that file).
    const unreadable = [];
    if (context.workspace && subject.blueprint.runtime !== undefined) {
        const drift = await runtimeDrift({ ...subject, workspace: context.workspace });
        raw.push(...drift.findings);
        unreadable.push(...drift.problems.map((p) => ({ ...p, level: 'error' })));
    }
    const problems = [
        ...positionFindings(raw, {
            file: subject.file,
            text: subject.text,
            level: (f) => levelOf(f, context.rules)
        }),
        ...unreadable
    ];
    return problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
        .map(({ p }) => p);
}
function levelOf(finding, rules) {
    const severity = severityOf(finding.rule, rules);
    return severity === 'off' ? undefined : severity;
}
/**
 * Findings at the head that were not there at the base: compared by rule and
 * message, not by position, so a finding that only moved is not new.
 */
function introducedFindings(head, base) {
    const before = new Map();
    for (const f of base) {
        const key = `${f.rule ?? ''}\n${f.message}`;
        before.set(key, (before.get(key) ?? 0) + 1);
    }
    return head.filter((f) => {
        const key = `${f.rule ?? ''}\n${f.message}`;
        const left = before.get(key) ?? 0;
        if (left === 0)
            return true;
        before.set(key, left - 1);
        return false;
    });
}
/** Findings that fail a run: those at `error`. */
const failing = (findings) => findings.filter(isError).length;
/** `, 2 warnings` when some findings are warnings, else nothing. */
function warningCount(findings) {
    const n = findings.filter((f) => f.level === 'warning').length;
    return n > 0 ? `, ${plural(n, 'warning')}` : '';
}

;// CONCATENATED MODULE: ./src/engine/landscape.ts
/**
 * The landscape document: every blueprint of the repository in one table
 * (name, id, project, counts, a link to its document) and one Mermaid
 * diagram of the systems and the references between them. Pure: the caller
 * hands over the blueprints, the path and the time.
 */







/**
 * The landscape's marker, on its last line like a blueprint document's. It
 * names no blueprint, so nothing mistakes the landscape for the document of
 * a blueprint that is gone; a file at the landscape's path without it was
 * written by hand and is never overwritten.
 */
const LANDSCAPE_MARKER = '<!-- blueprint-docs: landscape generated from every blueprint; edit the blueprints, not this file. -->';
/** True when the text is a generated landscape (its last line is {@link LANDSCAPE_MARKER}). */
function isLandscape(text) {
    return (text.replace(/\s+$/, '').split('\n').pop() ?? '') === LANDSCAPE_MARKER;
}
/** Every resolved reference between two systems, one entry per ordered pair, sorted by file. */
function systemLinks(systems) {
    const links = new Map();
    for (const from of systems.all) {
        const own = new Set(from.blueprint.components.map((c) => c.id));
        for (const d of from.blueprint.dependencies) {
            for (const end of [d.from, d.to]) {
                if (own.has(end))
                    continue;
                const reference = parseReference(end);
                if (reference === undefined)
                    continue;
                const resolved = resolveReference(reference, from.blueprint.id, systems);
                if (!resolved.ok)
                    continue;
                // The arrow follows the dependency: a reference in `from` depends on this system.
                const [a, b] = end === d.to ? [from, resolved.system] : [resolved.system, from];
                const key = JSON.stringify([a.file, b.file]);
                const entry = links.get(key) ?? {
                    from: a,
                    to: b,
                    targets: new Set(),
                    count: 0,
                    mixed: false
                };
                entry.count++;
                if (end === d.to)
                    entry.targets.add(resolved.component?.name ?? '');
                else
                    entry.mixed = true;
                links.set(key, entry);
            }
        }
    }
    return [...links.values()]
        .sort((x, y) => (0,engine_text/* compareText */.n6)(x.from.file, y.from.file) || (0,engine_text/* compareText */.n6)(x.to.file, y.to.file))
        .map((l) => ({
        from: l.from,
        to: l.to,
        count: l.count,
        targets: l.mixed
            ? []
            : [...l.targets].sort(engine_text/* compareText */.n6).map((t) => (t === '' ? undefined : t))
    }));
}
/** At most this many component names on an arrow; beyond, the arrow says how many dependencies. */
const NAMED_TARGETS = 3;
/** The Mermaid flowchart of the systems and their references, or undefined when Mermaid could not draw it. */
function landscapeDiagram(systems) {
    const ids = assignIds(systems.all.map((s) => s.file), 's');
    const id = (s) => ids.get(s.file) ?? 's0';
    const out = ['flowchart LR'];
    for (const s of systems.all)
        out.push(`  ${id(s)}["${label(systemName(s.blueprint), `[${s.blueprint.project}]`)}"]`);
    const links = systemLinks(systems);
    for (const l of links) {
        const text = l.targets.length > 0 && l.targets.length <= NAMED_TARGETS
            ? l.targets.map((t) => t ?? 'the whole system').join(', ')
            : (0,engine_text/* plural */.LS)(l.count, 'dependency', 'dependencies');
        out.push(`  ${id(l.from)} -->|"${label(text)}"| ${id(l.to)}`);
    }
    const text = out.join('\n');
    const fits = text.length <= MAX_TEXT_SIZE && links.length <= MAX_EDGES && systems.all.length <= MAX_NODES;
    return fits ? text : undefined;
}
/** The landscape document of every blueprint, marked as generated. */
function renderLandscape(options) {
    const { systems } = options;
    const rows = systems.all.map((s) => {
        const link = relativeLink(options.path, s.document);
        return [
            (0,markdown/* plain */.pj)(systemName(s.blueprint)),
            (0,markdown/* inlineCode */.ti)(s.blueprint.id),
            (0,markdown/* plain */.pj)(s.blueprint.project) || '(blank)',
            String(s.blueprint.components.length),
            String(s.blueprint.dependencies.length),
            `[${(0,markdown/* plain */.pj)(s.document)}](${link})`
        ];
    });
    const diagram = systems.all.length === 0 ? undefined : landscapeDiagram(systems);
    const links = systemLinks(systems);
    const body = [
        '# Architecture Landscape',
        '',
        `**Generated:** ${STAMP}  `,
        `**Blueprints:** ${systems.all.length}  `,
        `**References between systems:** ${links.reduce((n, l) => n + l.count, 0)}`,
        '',
        '---',
        '',
        '## Systems',
        '',
        rows.length === 0
            ? '*The repository has no valid blueprints.*'
            : (0,markdown/* table */.tp)(['System', 'ID', 'Project', 'Components', 'Dependencies', 'Document'], rows),
        '',
        '## System Diagram',
        '',
        ...(systems.all.length === 0
            ? ['*No systems to draw.*']
            : diagram === undefined
                ? ["*The diagram is left out: the landscape exceeds Mermaid's limits.*"]
                : ['```mermaid', diagram, '```']),
        ''
    ].join('\n');
    return stamped(body, { marker: LANDSCAPE_MARKER, generatedAt: options.generatedAt });
}

;// CONCATENATED MODULE: ./src/project/systems.ts
/**
 * The repository's blueprints seen together: the index references resolve
 * against, the blueprints a change reaches through references, and the
 * landscape document. Loading every blueprint costs time, so a plan asks for
 * the index only when a planned blueprint has a reference, a landscape is
 * asked for, or a review needs the impact of a change.
 */




/** Every valid blueprint the globs find, with its document path; invalid ones are left out (they report themselves). */
async function loadSystems(source) {
    const files = await source.workspace.list(source.globs);
    const systems = [];
    for (let start = 0; start < files.length; start += 32) {
        const batch = await Promise.all(files.slice(start, start + 32).map(async (file) => {
            const content = await source.workspace.read(file).catch(() => undefined);
            if (content === undefined)
                return undefined;
            const parsed = parseBlueprint({ file, content });
            return parsed.ok ? systemOf(source.output, file, parsed.blueprint) : undefined;
        }));
        for (const s of batch)
            if (s !== undefined)
                systems.push(s);
    }
    return indexSystems(systems);
}
/** Loads the index once, on first use, and shares it. */
function lazySystems(source) {
    let loading;
    return () => (loading ??= loadSystems(source));
}
/**
 * A valid blueprint as one of the repository's systems; undefined when the output pattern
 * cannot place its document (that blueprint is refused where it is planned).
 */
function systemOf(output, file, blueprint) {
    try {
        return { file, document: (0,engine_paths/* outputPath */.XC)(output, file, blueprint.id), blueprint };
    }
    catch {
        return undefined;
    }
}
/** `from:` or `to:` (YAML or JSON) followed by something shaped like `<blueprint-id>/`. */
const REFERENCE_TEXT = /["']?(?:from|to)["']?\s*:\s*["']?([a-z0-9][a-z0-9-_.]*)\//g;
/**
 * The blueprints outside `selected` that reference a touched blueprint:
 * their documents show something of it (a name, a link), so they are planned
 * again, and stay unchanged unless what they show did change. The files are
 * first read as text, and only the ones that could hold such a reference are
 * parsed.
 */
async function referencing(source, touched, selected) {
    if (touched.ids.size === 0 && !touched.anyId)
        return [];
    const found = [];
    for (const file of await source.workspace.list(source.globs)) {
        if (selected.has(file))
            continue;
        const content = await source.workspace.read(file).catch(() => undefined);
        if (content === undefined)
            continue;
        const text = new TextDecoder().decode(content);
        const mentioned = [...text.matchAll(REFERENCE_TEXT)].map((m) => m[1] ?? '');
        if (!mentioned.some((id) => touched.anyId || touched.ids.has(id)))
            continue;
        const parsed = parseBlueprint({ file, content });
        // An invalid blueprint is not planned because of another's change: it is not changed itself.
        if (!parsed.ok)
            continue;
        const refs = referencesOf(parsed.blueprint).map((r) => parseReference(r)?.blueprint ?? '');
        if (refs.some((id) => touched.anyId || touched.ids.has(id)))
            found.push(file);
    }
    return found;
}
/**
 * The landscape document's plan: created, updated or unchanged (apart from
 * `generated_at`, which is the newest commit of any blueprint), or a problem
 * when a hand-written file stands at its path.
 */
async function planLandscape(source) {
    const document = (0,engine_paths/* confine */.Do)(source.path) ?? source.path;
    const invalid = (message) => ({
        blueprint: document,
        landscape: true,
        outcome: { kind: 'invalid', problems: [{ file: document, line: 1, col: 1, message }], document }
    });
    if ((0,engine_paths/* confine */.Do)(source.path) === undefined || !/\.md$/i.test(document))
        return invalid(`the landscape path "${source.path}" must be a Markdown file (.md) inside the repository`);
    const systems = await source.systems();
    const times = await source.generatedAt(systems.all.map((s) => s.file));
    const newest = [...times.values()].sort().pop() ?? '1970-01-01T00:00:00Z';
    const rendered = renderLandscape({ systems, path: document, generatedAt: newest });
    let existing;
    try {
        const bytes = await source.workspace.read(document);
        existing = bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    }
    catch (error) {
        return invalid(error instanceof Error ? error.message : String(error));
    }
    const base = { blueprint: document, landscape: true };
    if (existing === undefined)
        return { ...base, outcome: { kind: 'created', document, rendered } };
    if (!isLandscape(existing))
        return invalid(`${document} exists and is not a landscape generated by blueprint-docs (it has no generated marker); it is left alone — move it away or set another landscape path`);
    if (rendered.sameAs(existing))
        return { ...base, outcome: { kind: 'unchanged', document } };
    return { ...base, outcome: { kind: 'updated', document, rendered, previous: existing } };
}

;// CONCATENATED MODULE: ./src/project/plan.ts
/**
 * A repository's blueprints and their documents: which documents should
 * exist with which text, compared with what is on disk. `plan` reads and
 * decides; `apply` writes. The command line and the action share both, so a
 * local `generate` and the action agree byte for byte.
 */










/** Reads the selected blueprints and their documents and decides what each document should be. */
async function plan(options) {
    const items = [];
    const blueprints = await planEach(options, (item) => void items.push(item));
    return { items, blueprints };
}
/**
 * The same plan, handed over a few blueprints at a time and not kept: the
 * command line writes each document as soon as it is decided, so memory
 * follows one batch, not the whole repository. `take` is called in path
 * order; the calls of one batch run concurrently (whatever `take` does
 * before its first await happens in order). After the selected blueprints
 * come those that reference them (when only some were selected), then the
 * removed ones' documents, then the landscape. Returns the blueprint paths
 * processed.
 */
async function planEach(options, take) {
    const { workspace, selection } = options;
    const systems = options.systems ?? lazySystems(options);
    // Given paths are taken as they are: a missing one is a problem, not a silent skip.
    const selected = selection.kind === 'all'
        ? await workspace.list(options.globs)
        : [...new Set(selection.paths)].sort();
    const present = new Set(selected);
    // One history walk for every path; then a few blueprints at a time, so
    // memory follows the number of changes, not the size of the repository.
    const times = await options.generatedAt(selected);
    const owners = new Map(); // document path -> blueprint path
    const touched = new Set(); // ids of the selected blueprints, for the blueprints referencing them
    const documented = new Set(); // blueprints whose document was decided (not refused)
    const created = new Set(); // blueprints whose document is new this run
    const planBatch = async (files, when) => {
        const loaded = await Promise.all(files.map((file) => loadBlueprint(workspace, file, { rules: options.rules ?? {}, systems, workspace })));
        for (const entry of loaded)
            if (entry.model)
                touched.add(entry.model.id);
        // A batch is planned and handed over concurrently: the files are what takes the time. planOne
        // claims its document path before its first await, so ownership still goes in path order.
        const planned = await Promise.all(loaded.map((entry) => entry.model === undefined
            ? { blueprint: entry.file, outcome: { kind: 'invalid', problems: entry.problems } }
            : planOne({
                ...options,
                entry: { file: entry.file, model: entry.model, text: entry.text },
                owners,
                systems,
                time: when.get(entry.file)
            }).then((item) => entry.findings.length > 0 ? { ...item, findings: entry.findings } : item)));
        for (const item of planned) {
            if (item.outcome.kind !== 'invalid')
                documented.add(item.blueprint);
            if (item.outcome.kind === 'created')
                created.add(item.blueprint);
        }
        await Promise.all(planned.map((item) => take(item)));
        // A turn of the event loop between batches: a run whose documents are all up to date would
        // otherwise stay in the microtask queue to its end, and nothing else would run meanwhile
        // (the command line's heap watch among them).
        await new Promise((resolve) => setImmediate(resolve));
    };
    for (let start = 0; start < selected.length; start += BATCH)
        await planBatch(selected.slice(start, start + BATCH), times);
    // A blueprint that references a changed one shows something of it: planned too, and unchanged
    // unless what it shows did change.
    let processed = selected;
    // A selected blueprint with a new document under an output pattern with `{id}` may have had
    // another id: its old document goes, and what referenced the old id is planned again.
    const moved = selection.kind === 'paths' && created.size > 0 && options.output.includes('{id}')
        ? (await orphans(options, present, owners, documented)).filter((item) => created.has(item.blueprint))
        : [];
    if (selection.kind === 'paths' && selected.length + (selection.removed ?? []).length > 0) {
        const extra = await referencing(options, { ids: touched, anyId: (selection.removed ?? []).length > 0 || moved.length > 0 }, present);
        if (extra.length > 0) {
            const extraTimes = await options.generatedAt(extra);
            for (let start = 0; start < extra.length; start += BATCH)
                await planBatch(extra.slice(start, start + BATCH), extraTimes);
            processed = [...selected, ...extra].sort();
        }
    }
    if (selection.kind === 'all') {
        for (const item of await orphans(options, present, owners, documented))
            await take(item);
    }
    else {
        for (const item of moved)
            await take(item);
        for (const gone of selection.removed ?? []) {
            if (present.has(gone) || (await workspace.read(gone).catch(() => undefined)) !== undefined)
                continue;
            const item = await planRemoval(workspace, gone, options, owners);
            if (item !== undefined)
                await take(item);
        }
    }
    // The landscape shows every blueprint: it is planned whenever any blueprint may have changed.
    if (options.landscape !== undefined &&
        (selection.kind === 'all' || selected.length + (selection.removed ?? []).length > 0))
        await take(await planLandscape({
            ...options,
            path: options.landscape,
            systems,
            generatedAt: options.generatedAt
        }));
    return processed;
}
/** How many blueprints are read at once. */
const BATCH = 16;
/**
 * Reads and parses one blueprint, and with a `context` gathers its findings;
 * a missing file or one the workspace refuses is a problem too.
 */
async function loadBlueprint(workspace, file, context) {
    const none = [];
    try {
        const content = await workspace.read(file);
        if (content === undefined)
            return {
                file,
                problems: [{ file, line: 1, col: 1, message: 'file not found' }],
                findings: none
            };
        const result = parseBlueprint({ file, content });
        if (!result.ok)
            return { file, problems: result.problems, findings: none };
        const text = textOf(content);
        const findings = context === undefined
            ? none
            : await findingsOf({ file, text, blueprint: result.blueprint }, context);
        return {
            file,
            model: result.blueprint,
            problems: none,
            findings,
            ...(hasReferences(result.blueprint) ? { text } : {})
        };
    }
    catch (error) {
        const message = plan_isFolderError(error)
            ? `is a folder, not a blueprint file; name the blueprint files in it, or select them with --blueprints ${shellWord(`${file === '.' ? '' : `${file}/`}**/*.blueprint.yaml`)}`
            : (0,engine_text/* messageOf */.bD)(error);
        return { file, problems: [{ file, line: 1, col: 1, message }], findings: none };
    }
}
/** Reading a folder as a file: a path named on the command line that is a folder. */
function plan_isFolderError(error) {
    return error?.code === 'EISDIR';
}
/** The text findings are positioned in, as the loader read it (without a BOM). */
function textOf(content) {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
async function planOne(options) {
    const { entry, workspace, owners } = options;
    const problem = (message, document) => ({
        blueprint: entry.file,
        model: entry.model,
        outcome: {
            kind: 'invalid',
            problems: [{ file: entry.file, line: 1, col: 1, message }],
            ...(document ? { document } : {})
        }
    });
    let document;
    try {
        document = (0,engine_paths/* outputPath */.XC)(options.output, entry.file, entry.model.id);
    }
    catch (error) {
        return problem((0,engine_text/* messageOf */.bD)(error));
    }
    const owner = owners.get(document);
    if (owner !== undefined)
        return problem(`its document ${document} is also the document of ${owner}; give one of them another output path`, document);
    owners.set(document, entry.file);
    // Only a blueprint with references waits for the repository's other blueprints (its findings
    // about them came with it from the loader).
    const references = entry.text === undefined
        ? undefined
        : showReferences(entry.model, await options.systems(), document);
    // A document whose sections are derived states what the blueprint's runtime files say.
    const runtimeFacts = await documentFacts({
        workspace,
        file: entry.file,
        blueprint: entry.model,
        template: options.template
    });
    const render = (generatedAt) => renderDocument({
        blueprint: entry.model,
        source: entry.file,
        generatedAt,
        template: options.template,
        ...(references ? { references } : {}),
        ...(runtimeFacts ? { runtimeFacts } : {})
    });
    let rendered;
    // The time source answers for every path; the epoch only guards a broken one.
    const time = options.time ?? '1970-01-01T00:00:00Z';
    try {
        rendered = render(time);
    }
    catch (error) {
        return problem(`the template ${options.template.source} failed on this blueprint: ${(0,engine_text/* messageOf */.bD)(error)}`, document);
    }
    let existing;
    try {
        const bytes = await workspace.read(document);
        existing = bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    }
    catch (error) {
        return problem((0,engine_text/* messageOf */.bD)(error), document);
    }
    const base = { blueprint: entry.file, model: entry.model };
    if (existing !== undefined && markedSource(existing) === undefined) {
        return problem(`${document} exists and was not generated by blueprint-docs (it has no generated marker); it is left alone — move it away or set another output path`, document);
    }
    if (existing !== undefined && rendered.sameAs(existing))
        return { ...base, outcome: { kind: 'unchanged', document } };
    // Written: with the best time there is (the same template rendered again cannot fail now).
    const exact = await options.exactGeneratedAt?.(entry.file);
    if (exact !== undefined && exact !== time)
        rendered = render(exact);
    if (existing === undefined)
        return { ...base, outcome: { kind: 'created', document, rendered } };
    return { ...base, outcome: { kind: 'updated', document, rendered, previous: existing } };
}
/** The document of a blueprint that is gone, when it carries the marker naming that blueprint. */
async function planRemoval(workspace, gone, options, owners) {
    // The id is gone with the file; `{id}` patterns are found by the orphan scan instead.
    if (options.output.includes('{id}'))
        return undefined;
    let document;
    try {
        document = (0,engine_paths/* outputPath */.XC)(options.output, gone, '');
    }
    catch {
        return undefined;
    }
    if (owners.has(document))
        return undefined; // a blueprint that is still there writes it now
    const bytes = await workspace.read(document).catch(() => undefined);
    if (bytes === undefined)
        return undefined;
    const previous = new TextDecoder().decode(bytes);
    if (markedSource(previous) !== gone)
        return undefined;
    return { blueprint: gone, outcome: { kind: 'deleted', document, previous } };
}
/**
 * Generated documents whose blueprint is gone, or whose blueprint's document
 * is now elsewhere (its id changed under an output pattern with `{id}`):
 * Markdown files that end with our marker, whose marker names a blueprint
 * this run's globs cover, and that sit exactly where the output pattern
 * would put that blueprint's document. Anything less certain is left alone,
 * and so is the document of a blueprint that is invalid now.
 */
async function orphans(options, present, owners, 
/** Blueprints whose document this run decided: any other document of theirs is left over from an earlier id (an output pattern with `{id}`), and goes. */
documented) {
    const { workspace } = options;
    const covered = picomatch_default()([...options.globs]);
    const found = [];
    for (const document of await workspace.list(['**/*.md'])) {
        if (owners.has(document))
            continue;
        const bytes = await workspace.read(document).catch(() => undefined);
        if (bytes === undefined)
            continue;
        const previous = new TextDecoder().decode(bytes);
        const source = markedSource(previous);
        if (source === undefined ||
            (present.has(source) && !documented.has(source)) ||
            !covered(source) ||
            !(0,engine_paths/* isOutputOf */.$x)(options.output, source, document))
            continue;
        if (!present.has(source) && (await workspace.read(source).catch(() => undefined)) !== undefined)
            continue;
        found.push({ blueprint: source, outcome: { kind: 'deleted', document, previous } });
    }
    return found;
}
/** Writes the plan's changes to the workspace; returns the documents written or removed. Invalid blueprints write nothing. */
async function apply(workspace, planned) {
    const changed = [];
    for (const item of planned.items)
        if (await applyOne(workspace, item))
            changed.push(item.outcome.document);
    return changed;
}
/** Writes or removes one planned document; false when there was nothing to do. */
async function applyOne(workspace, item) {
    const outcome = item.outcome;
    if (outcome.kind === 'created' || outcome.kind === 'updated')
        await workspace.write(outcome.document, outcome.rendered.text);
    else if (outcome.kind === 'deleted')
        await workspace.remove(outcome.document);
    else
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/engine/regions.ts



/** The parts a region can hold. */
const REGION_PARTS = ['diagram', 'components', 'dependencies', 'flows'];
/** The words every marker starts with: a file without them has no region and is not read further. */
const REGION_MARKER = 'blueprint-docs:';
const BEGIN = /^( {0,3}<!--\s*blueprint-docs:begin)(\s+)(\S+)(\s+)(\S+)\s*-->\s*$/;
const regions_END = /^ {0,3}<!--\s*blueprint-docs:end\s*-->\s*$/;
/** Anything that looks like one of our markers: one that does not parse is a problem, not text. */
const ANY = /^ {0,3}<!--\s*blueprint-docs:(begin|end)\b/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * Finds the regions of `text` (the file `file`). Markers inside fenced code
 * blocks are text (a page may show how a region is written). A begin marker
 * inside a region, an end marker outside one, a region never ended, an
 * unknown part or a malformed marker is a problem at its line and column.
 */
function findRegions(text, file) {
    const problems = [];
    const regions = [];
    const at = (line, col, message) => problems.push({ file, line, col, message });
    let open;
    let fenced;
    let offset = 0;
    let lineNo = 0;
    while (offset < text.length) {
        lineNo++;
        const newline = text.indexOf('\n', offset);
        const next = newline < 0 ? text.length : newline + 1;
        const line = text.slice(offset, newline < 0 ? text.length : newline).replace(/\r$/, '');
        const fence = FENCE.exec(line)?.[1];
        if (fenced !== undefined) {
            // A fence closes with the same character, at least as long, and nothing after it.
            if (fence !== undefined &&
                fence[0] === fenced[0] &&
                fence.length >= fenced.length &&
                line.trim() === fence)
                fenced = undefined;
        }
        else if (fence !== undefined) {
            fenced = fence;
        }
        else if (ANY.test(line)) {
            const begin = BEGIN.exec(line);
            const column = line.indexOf('<') + 1;
            if (begin) {
                const pathCol = (begin[1] ?? '').length + (begin[2] ?? '').length + 1;
                const partCol = pathCol + (begin[3] ?? '').length + (begin[4] ?? '').length;
                const part = begin[5] ?? '';
                if (open !== undefined)
                    at(lineNo, column, `a region cannot begin inside another (the region of line ${open.line} has no end marker before this line)`);
                else if (!REGION_PARTS.includes(part))
                    at(lineNo, partCol, `unknown part "${part}" in the begin marker; expected one of ${REGION_PARTS.join(', ')}`);
                else
                    open = {
                        path: begin[3] ?? '',
                        part: part,
                        line: lineNo,
                        pathCol,
                        start: next
                    };
            }
            else if (regions_END.test(line)) {
                if (open === undefined)
                    at(lineNo, column, 'an end marker without a begin marker before it');
                else
                    regions.push({ ...open, end: offset });
                open = undefined;
            }
            else {
                at(lineNo, column, /blueprint-docs:begin/.test(line)
                    ? 'a begin marker must read <!-- blueprint-docs:begin PATH PART --> on a line of its own (PATH a blueprint, PART one of diagram, components, dependencies, flows)'
                    : 'an end marker must read <!-- blueprint-docs:end --> on a line of its own');
            }
        }
        offset = next;
    }
    if (open !== undefined)
        at(open.line, 1, 'this region has no end marker (<!-- blueprint-docs:end -->) after it');
    return problems.length > 0 ? { ok: false, problems } : { ok: true, regions };
}
/**
 * What a region of `part` holds for `blueprint`, ending in a newline, with LF line endings.
 * Nothing in it depends on the time: a region changes only when its blueprint does.
 */
function renderPart(blueprint, part) {
    if (part === 'flows')
        return `${flowsPart(blueprint)}\n`;
    const values = placeholderValues(blueprint);
    if (part === 'components')
        return `${values.components_section}\n`;
    if (part === 'dependencies')
        return `${values.dependencies_section}\n`;
    return `${(0,markdown/* fence */.EU)(values.diagram_content, 'mermaid')}\n`;
}
/**
 * The flows part: each of the blueprint's `flows` as its name in bold, its description, and its
 * sequence diagram, as the document draws them; else one line saying there are none.
 */
function flowsPart(blueprint) {
    const flows = blueprint.flows ?? [];
    if (flows.length === 0)
        return '*This blueprint describes no flows.*';
    return flows
        .map((flow) => {
        const description = (flow.description ?? '').replace(/\r\n?/g, '\n').trim();
        return [
            `**${(0,markdown/* plain */.pj)(flow.name) || 'Flow'}**`,
            '',
            ...(description !== '' ? [description, ''] : []),
            (0,markdown/* fence */.EU)(sequenceDiagram(blueprint, flow), 'mermaid')
        ].join('\n');
    })
        .join('\n\n');
}
/**
 * `text` with each region's content replaced by `contents[i]` (LF endings, converted to the
 * file's own when it uses CRLF). Every byte outside the regions is kept as it was.
 */
function fillRegions(text, regions, contents) {
    const crlf = text.includes('\r\n');
    let out = '';
    let at = 0;
    regions.forEach((region, i) => {
        const content = contents[i] ?? '';
        out += text.slice(at, region.start) + (crlf ? content.replace(/\n/g, '\r\n') : content);
        at = region.end;
    });
    return out + text.slice(at);
}
/** The first region whose content differs between two fillings of the same file, for a stale report. */
function firstChangedRegion(text, regions, filled) {
    const crlf = text.includes('\r\n');
    return regions.find((r, i) => {
        const want = filled[i] ?? '';
        return text.slice(r.start, r.end) !== (crlf ? want.replace(/\n/g, '\r\n') : want);
    });
}

;// CONCATENATED MODULE: ./src/project/regions.ts
/**
 * Marked regions across a repository: which Markdown files hold regions,
 * which of them a run must look at, and what each such file should be — as
 * plan items, so generate, commit, check, the fix command and the comment
 * treat a file with regions as they treat a document. Nothing is written
 * here; a file with a broken region is an invalid item (nothing written to it).
 */





/** The Markdown files scanned for regions when the configuration names none. */
const DEFAULT_REGION_GLOBS = ['**/*.md', '**/*.markdown'];
/**
 * The region items for a run that planned `blueprints` (the paths it processed) with
 * `selection`: every file with regions when it looked at every blueprint.
 */
function regionsOfRun(workspace, options) {
    return planRegions({
        workspace,
        ...(options.regions ? { globs: options.regions } : {}),
        scope: options.selection.kind === 'all'
            ? { kind: 'all' }
            : { kind: 'some', blueprints: options.blueprints, files: [] }
    });
}
/** The plan items for the files with regions this run looks at, in path order. */
async function planRegions(options) {
    const { workspace, scope } = options;
    if (scope.kind === 'some' &&
        scope.blueprints.length === 0 &&
        !scope.files.some((f) => /\.(md|markdown)$/i.test(f)))
        return [];
    const inScope = picomatch_default()([...(options.globs ?? DEFAULT_REGION_GLOBS)]);
    const files = (await workspace.list(options.globs ?? DEFAULT_REGION_GLOBS)).filter((f) => inScope(f));
    const wanted = scope.kind === 'all' ? undefined : new Set(scope.blueprints);
    const changed = scope.kind === 'all' ? undefined : new Set(scope.files);
    const blueprints = new Map();
    const load = (path) => {
        let loaded = blueprints.get(path);
        if (loaded === undefined) {
            loaded = loadBlueprint(workspace, path).then((l) => l.model !== undefined
                ? l.model
                : l.problems[0]?.message === 'file not found'
                    ? `no blueprint at ${path} (the path is relative to the repository root)`
                    : `${path} is not a valid blueprint: ${l.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('; ')}`);
            blueprints.set(path, loaded);
        }
        return loaded;
    };
    const items = [];
    for (const file of files) {
        let text;
        try {
            const bytes = await workspace.read(file);
            if (bytes === undefined)
                continue;
            text = new TextDecoder().decode(bytes);
        }
        catch (error) {
            if (changed?.has(file))
                items.push(invalid(file, [{ file, line: 1, col: 1, message: (0,engine_text/* messageOf */.bD)(error) }]));
            continue;
        }
        // A generated document is ours whole; only hand-written files hold regions.
        if (!text.includes(REGION_MARKER) || markedSource(text) !== undefined)
            continue;
        const found = findRegions(text, file);
        if (!found.ok) {
            items.push(invalid(file, found.problems));
            continue;
        }
        if (found.regions.length === 0)
            continue;
        if (wanted !== undefined &&
            !changed?.has(file) &&
            !found.regions.some((r) => wanted.has(r.path)))
            continue;
        items.push(await planFile(file, text, found.regions, load));
    }
    return items;
}
/** A file with a region that cannot be filled: nothing is written to it. */
const invalid = (file, problems) => ({
    blueprint: file,
    outcome: { kind: 'invalid', problems, document: file },
    region: { line: problems[0]?.line ?? 1, blueprints: [] }
});
async function planFile(file, text, regions, load) {
    const problems = [];
    const contents = [];
    for (const region of regions) {
        const blueprint = await load(region.path);
        if (typeof blueprint === 'string') {
            problems.push({ file, line: region.line, col: region.pathCol, message: blueprint });
            contents.push('');
        }
        else
            contents.push(renderPart(blueprint, region.part));
    }
    if (problems.length > 0)
        return invalid(file, problems);
    const names = [...new Set(regions.map((r) => r.path))];
    const next = fillRegions(text, regions, contents);
    const first = firstChangedRegion(text, regions, contents);
    const region = { line: first?.line ?? regions[0]?.line ?? 1, blueprints: names };
    const base = { blueprint: names[0] ?? file, region };
    if (next === text)
        return { ...base, outcome: { kind: 'unchanged', document: file } };
    return {
        ...base,
        outcome: {
            kind: 'updated',
            document: file,
            previous: text,
            // No timestamp in a region: the text is the whole comparison.
            rendered: { text: next, sameAs: (existing) => existing === next, withGeneratedAt: () => next }
        }
    };
}
/** The plan with the items of its files with regions after its own. */
async function withRegions(planned, options) {
    const removed = planned.items.filter((i) => i.outcome.kind === 'deleted').map((i) => i.blueprint);
    const items = await planRegions({
        workspace: options.workspace,
        ...(options.globs ? { globs: options.globs } : {}),
        scope: options.all
            ? { kind: 'all' }
            : {
                kind: 'some',
                blueprints: [...planned.blueprints, ...removed],
                files: options.changed ?? []
            }
    });
    return items.length === 0 ? planned : { ...planned, items: [...planned.items, ...items] };
}

;// CONCATENATED MODULE: ./src/engine/review/diff.ts



/** The component fields compared one by one, in the order they are reported. */
const COMPONENT_FIELDS = ['name', 'type', 'technology', 'group', 'description'];
/** The dependency fields compared one by one (from/to are the key, not fields). */
const DEPENDENCY_FIELDS = ['description', 'technology', 'async'];
function byId(a, b) {
    return (0,engine_text/* compareText */.n6)(a.id, b.id);
}
/** A canonical text for the content of a dependency, used for matching duplicates and for sorting. */
function dependencyContent(d) {
    return JSON.stringify([d.description ?? null, d.technology ?? null, d.async]);
}
function compareDependencies(a, b) {
    return ((0,engine_text/* compareText */.n6)(a.from, b.from) ||
        (0,engine_text/* compareText */.n6)(a.to, b.to) ||
        (0,engine_text/* compareText */.n6)(dependencyContent(a), dependencyContent(b)));
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
    changed.sort((a, b) => (0,engine_text/* compareText */.n6)(a.id, b.id));
    return { added, removed, changed };
}
function groupByPair(deps) {
    const out = new Map();
    for (const d of deps) {
        const k = dependencyKey(d.from, d.to);
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
    const known = model/* SECTION_KEYS */.vz;
    // Standard section order first (the order readers meet them in the
    // document); any key outside the standard set (not valid, but possible in
    // a hand-built model) after them, sorted.
    const ordered = [
        ...known.filter((k) => keys.has(k)),
        ...[...keys].filter((k) => !known.includes(k)).sort(engine_text/* compareText */.n6)
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

;// CONCATENATED MODULE: ./src/engine/review/impact.ts
/**
 * The impact of a change on other blueprints: for each component a pull
 * request removes or changes (or a whole blueprint it deletes), the other
 * blueprints of the repository whose dependencies point at it.
 */



/**
 * The impact of one blueprint's change, sorted by component id (the whole
 * system first). A blueprint deleted, or given another id, takes every
 * reference to its old id with it.
 */
function impactOf(options) {
    const { base, head } = options;
    if (base === undefined)
        return [];
    const gone = head === undefined || head.id !== base.id;
    const affected = new Map();
    if (gone) {
        for (const c of base.components)
            affected.set(c.id, { name: c.name, change: 'removed' });
    }
    else {
        const d = diffBlueprints(base, head);
        for (const c of d.components.removed)
            affected.set(c.id, { name: c.name, change: 'removed' });
        for (const c of d.components.changed)
            affected.set(c.id, { name: c.after.name, change: 'changed' });
    }
    if (affected.size === 0 && !gone)
        return [];
    const self = new Set(options.files);
    // Component id ('' = the whole system) → referencing file → count.
    const counts = new Map();
    const byFile = new Map(options.systems.all.map((s) => [s.file, s.blueprint]));
    for (const system of options.systems.all) {
        if (self.has(system.file))
            continue;
        const own = new Set(system.blueprint.components.map((c) => c.id));
        for (const dep of system.blueprint.dependencies) {
            for (const end of [dep.from, dep.to]) {
                if (own.has(end))
                    continue;
                const reference = parseReference(end);
                if (reference === undefined || reference.blueprint !== base.id)
                    continue;
                const key = reference.component ?? '';
                if (key === '' ? !gone : !affected.has(key))
                    continue;
                const files = counts.get(key) ?? new Map();
                files.set(system.file, (files.get(system.file) ?? 0) + 1);
                counts.set(key, files);
            }
        }
    }
    return [...counts.keys()].sort(engine_text/* compareText */.n6).map((key) => {
        const files = counts.get(key) ?? new Map();
        const dependents = [...files.keys()].sort(engine_text/* compareText */.n6).map((file) => {
            const blueprint = byFile.get(file);
            return {
                file,
                id: blueprint?.id ?? '',
                ...(blueprint?.title !== undefined ? { title: blueprint.title } : {}),
                count: files.get(file) ?? 0
            };
        });
        const info = affected.get(key);
        return key === ''
            ? { change: 'removed', dependents }
            : {
                component: { id: key, name: info?.name ?? key },
                change: info?.change ?? 'removed',
                dependents
            };
    });
}

;// CONCATENATED MODULE: ./src/project/review.ts
/**
 * The pull-request review: each changed blueprint at its base and at its
 * head, with the document each side generates, ready for the comment. The
 * action and `blueprint-docs diff` both build it here.
 */










/** One review per blueprint that differs between base and head; unchanged ones are left out. */
async function buildReviews(given) {
    // Each base file is read, and each base blueprint parsed, once: the base side's findings need
    // the reviewed blueprints again, as the repository's systems at the base.
    const readBase = once(given.readBase);
    const options = {
        ...given,
        readBase,
        baseBlueprint: once((path) => loadBase(readBase, path))
    };
    const workspaceAtBase = options.workspace && baseWorkspace(options.workspace, options.readBase);
    const atBase = {
        systems: baseSystems(options),
        ...(workspaceAtBase ? { workspace: workspaceAtBase } : {})
    };
    const reviews = [];
    const renamedAway = new Set(options.renames.values());
    const reviewed = new Set();
    const kept = new Set(options.plan.items.filter((i) => i.outcome.kind !== 'deleted').map((i) => i.blueprint));
    for (const item of options.plan.items) {
        if (item.landscape)
            continue; // see landscapeReview
        const deleted = item.outcome.kind === 'deleted';
        if (deleted && renamedAway.has(item.blueprint))
            continue; // shown under its new name
        if (deleted && kept.has(item.blueprint))
            continue; // only its old document goes: its id changed
        const previousPath = deleted ? undefined : options.renames.get(item.blueprint);
        const loadedBase = await options.baseBlueprint(previousPath ?? item.blueprint);
        const base = loadedBase?.blueprint;
        const head = deleted ? undefined : item.model;
        const problems = item.outcome.kind === 'invalid' ? item.outcome.problems : undefined;
        const documentPath = documentOf(options, item, base);
        // Both sides resolve references against the head's blueprints: the diff shows this blueprint's change only.
        const shown = async (bp) => hasReferences(bp) && options.systems
            ? showReferences(bp, await options.systems(), documentPath)
            : undefined;
        // Each side's derived sections state what its runtime files said on that side.
        const facts = async (bp, file, workspace) => workspace === undefined
            ? undefined
            : documentFacts({ workspace, file, blueprint: bp, template: options.template });
        const before = base
            ? render(options.template, base, previousPath ?? item.blueprint, await shown(base), await facts(base, previousPath ?? item.blueprint, workspaceAtBase))
            : undefined;
        // An invalid blueprint keeps its document as it was (generate writes and deletes nothing
        // for it): the document is unchanged, not deleted.
        const after = problems
            ? before
            : head
                ? render(options.template, head, item.blueprint, await shown(head), await facts(head, item.blueprint, options.workspace))
                : undefined;
        const findings = head && !problems ? await introduced(options, item.findings, loadedBase, atBase) : [];
        if (!problems &&
            base &&
            head &&
            before === after &&
            findings.length === 0 &&
            isEmptyDiff(diffBlueprints(base, head)))
            continue;
        if (!problems && !base && !head)
            continue;
        reviewed.add(item.blueprint);
        const references = await shownAll(options, [base, head], documentPath);
        const impact = problems
            ? []
            : await impactFor(options, base, head, [
                item.blueprint,
                ...(previousPath ? [previousPath] : [])
            ]);
        reviews.push({
            path: item.blueprint,
            ...(previousPath !== undefined ? { previousPath } : {}),
            ...(base ? { base } : {}),
            ...(head && !problems ? { head } : {}),
            ...(problems ? { problems } : {}),
            ...(findings.length > 0 ? { findings } : {}),
            document: {
                path: documentPath,
                ...(before !== undefined ? { before } : {}),
                ...(after !== undefined ? { after } : {})
            },
            ...(impact.length > 0 ? { impact } : {}),
            ...(references ? { references } : {})
        });
    }
    // A deleted blueprint whose document was never committed has no plan item: it is still a change.
    for (const gone of options.removed) {
        if (reviewed.has(gone) || renamedAway.has(gone))
            continue;
        const base = (await options.baseBlueprint(gone))?.blueprint;
        if (base === undefined)
            continue;
        const before = render(options.template, base, gone, undefined, workspaceAtBase &&
            (await documentFacts({
                workspace: workspaceAtBase,
                file: gone,
                blueprint: base,
                template: options.template
            })));
        let document = gone;
        try {
            document = (0,engine_paths/* outputPath */.XC)(options.output, gone, base.id);
        }
        catch {
            // an output pattern that leaves the repository: the blueprint's own path names the review
        }
        const impact = await impactFor(options, base, undefined, [gone]);
        reviews.push({
            path: gone,
            base,
            document: { path: document, ...(before !== undefined ? { before } : {}) },
            ...(impact.length > 0 ? { impact } : {})
        });
    }
    return reviews;
}
/** How the changes diagram shows the references of both sides, when either has any. */
async function shownAll(options, sides, document) {
    const withReferences = sides.filter((b) => b !== undefined && hasReferences(b));
    if (withReferences.length === 0 || options.systems === undefined)
        return undefined;
    const systems = await options.systems();
    const shown = new Map();
    for (const bp of withReferences)
        for (const [end, s] of showReferences(bp, systems, document))
            shown.set(end, s);
    return shown;
}
/** The impact of a blueprint's change on the others; loads the head's blueprints only when something was removed or changed. */
async function impactFor(options, base, head, files) {
    if (base === undefined || options.systems === undefined)
        return [];
    if (head !== undefined && head.id === base.id) {
        const d = diffBlueprints(base, head);
        if (d.components.removed.length === 0 && d.components.changed.length === 0)
            return [];
    }
    return impactOf({ base, ...(head ? { head } : {}), files, systems: await options.systems() });
}
/**
 * The landscape document at base and at head, `generated_at` neutralised, when the plan has one:
 * the committed landscape of the base against the one generated now.
 */
async function landscapeReview(options) {
    const item = options.plan.items.find((i) => i.landscape);
    if (item === undefined || item.outcome.kind === 'invalid' || item.outcome.kind === 'deleted')
        return undefined;
    const o = item.outcome;
    const decode = (b) => b === undefined ? undefined : new TextDecoder().decode(b);
    const before = undated(decode(await options.readBase(o.document).catch(() => undefined)));
    const after = o.kind === 'unchanged'
        ? undated(decode(await options.readHead(o.document).catch(() => undefined)))
        : o.rendered.withGeneratedAt(UNDATED);
    return {
        path: o.document,
        ...(before !== undefined && isLandscape(before) ? { before } : {}),
        ...(after !== undefined ? { after } : {})
    };
}
/** A landscape with its `generated_at` shown as the review's placeholder. */
function undated(text) {
    return text?.replace(/^(\*\*Generated:\*\* )\S+( {2})$/m, `$1${UNDATED}$2`);
}
async function loadBase(readBase, path) {
    const bytes = await readBase(path);
    if (bytes === undefined)
        return undefined;
    const parsed = parseBlueprint({ file: path, content: bytes });
    if (!parsed.ok)
        return undefined;
    const text = new TextDecoder().decode(bytes);
    return {
        file: path,
        text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
        blueprint: parsed.blueprint
    };
}
/** The head's findings that the base did not have (all of them for a blueprint new at head). */
async function introduced(options, head, base, repositoryAtBase) {
    if (options.baseFindings === undefined || head === undefined || head.length === 0)
        return [];
    const before = base === undefined ? [] : await options.baseFindings(base, repositoryAtBase);
    return introducedFindings(head, before);
}
/**
 * The repository at the base as the base side's findings read it: files read at the base,
 * folders listed at the head. A runtime file the change added is then missing at the base, so
 * the drift it brings is the change's.
 */
function baseWorkspace(head, readBase) {
    const refuse = () => Promise.reject(new Error('the base is only read'));
    return {
        root: head.root,
        read: readBase,
        list: (globs) => head.list(globs),
        write: refuse,
        remove: refuse
    };
}
/**
 * The repository's blueprints as they were at the base: the head's, with every reviewed
 * blueprint as it was at the base (left out where it is new). The others did not change, so
 * this is the base's whole set without listing the base. Loaded on first use.
 */
function baseSystems(options) {
    let loading;
    const load = async () => {
        const head = options.systems ? (await options.systems()).all : [];
        const atHead = new Set(options.removed);
        const atBase = new Set(options.removed);
        for (const item of options.plan.items) {
            if (item.landscape)
                continue;
            atHead.add(item.blueprint);
            atBase.add(options.renames.get(item.blueprint) ?? item.blueprint);
        }
        const systems = head.filter((system) => !atHead.has(system.file));
        for (const file of atBase) {
            const blueprint = (await options.baseBlueprint(file))?.blueprint;
            const system = blueprint && systemOf(options.output, file, blueprint);
            if (system)
                systems.push(system);
        }
        return indexSystems(systems);
    };
    return () => (loading ??= load());
}
/** `load`, each path loaded at most once. */
function once(load) {
    const loads = new Map();
    return (path) => {
        let loading = loads.get(path);
        if (loading === undefined) {
            loading = load(path);
            loads.set(path, loading);
        }
        return loading;
    };
}
function documentOf(options, item, base) {
    const o = item.outcome;
    if (o.kind !== 'invalid')
        return o.document;
    if (o.document !== undefined)
        return o.document;
    try {
        return (0,engine_paths/* outputPath */.XC)(options.output, item.blueprint, item.model?.id ?? base?.id ?? '');
    }
    catch {
        return item.blueprint;
    }
}
function render(template, blueprint, source, references, runtimeFacts) {
    try {
        return renderDocument({
            blueprint,
            source,
            generatedAt: UNDATED,
            template,
            ...(references ? { references } : {}),
            ...(runtimeFacts ? { runtimeFacts } : {})
        }).text;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/project/version.ts
/**
 * The product's version, the one in package.json: the action and the command
 * line are one versioned product. ncc bundles the JSON, so the bundle knows
 * its version without reading package.json at run time.
 */

/** `1.2.3`, as package.json says. */
const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/engine/review/changes-diagram.ts




/**
 * The input for the changes diagram: the head architecture plus the removed
 * components and dependencies (so a reviewer sees what went away, drawn
 * faded), and a {@link Highlight} marking what was added, removed or changed.
 *
 * Always a plain flowchart, whatever the blueprint's own diagram type: the
 * change colours would paint over the C4 notation's colours anyway, and the
 * type shapes of the flowchart tell more apart. Its direction is the
 * blueprint's own, or chosen to fit a page when the blueprint sets none.
 *
 * Edges are highlighted per from → to pair (that is all {@link dependencyKey}
 * can name): a pair with only added entries is `added`, only removed entries
 * `removed`, anything else (a changed entry, or a duplicate pair gaining or
 * losing an entry) `changed`. A removed duplicate of a pair the head still
 * has is not drawn twice: the pair shows as changed.
 *
 * When the whole is too large for one page, only the changed neighbourhood
 * is kept and `note` says so (see {@link neighbourhood}).
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
        const key = dependencyKey(dep.from, dep.to);
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
    const headPairs = new Set((head?.dependencies ?? []).map((dep) => dependencyKey(dep.from, dep.to)));
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
        dependencies.push(...d.dependencies.removed.filter((dep) => !headPairs.has(dependencyKey(dep.from, dep.to))));
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
            diagram: { ...shown.diagram, type: 'flowchart' },
            components,
            dependencies
        };
    const highlight = { nodes, edges };
    return { ...neighbourhood(whole, highlight), highlight };
}
/**
 * A changes diagram too large for one page (the budget every diagram keeps
 * to, see mermaid/budget.ts) shows the changed neighbourhood only: the
 * changed components and dependencies, and the components one dependency
 * away from them (context for the reviewer). Should even that be too large,
 * the changed elements alone; past that, buildDiagram draws views.
 */
/** The extra width margin of a changed neighbourhood. */
const NEIGHBOURHOOD_MARGIN = 1.15;
function neighbourhood(bp, highlight) {
    if (fitsOnePage(bp, highlight))
        return { blueprint: bp };
    // A neighbourhood cut out of a large system keeps its long labels and its groups' frames side
    // by side, which the model underestimates most: it keeps a wider margin (a 40-service draft's
    // drew 2% over the budget with the usual one).
    const fits = (b) => fitsOnePage(b, highlight, NEIGHBOURHOOD_MARGIN);
    const changed = new Set(highlight.nodes?.keys() ?? []);
    for (const dep of bp.dependencies) {
        if (highlight.edges?.has(dependencyKey(dep.from, dep.to))) {
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
            note: `The diagram shows the changed components and their direct neighbours only: all ${total} would not fit a page.`
        };
    }
    const changedOnly = restrict(changed);
    if (fitsOnePage(changedOnly, highlight)) {
        return {
            blueprint: changedOnly,
            note: `The diagram shows the changed components only: all ${total} would not fit a page.`
        };
    }
    return { blueprint: bp };
}

;// CONCATENATED MODULE: ./src/engine/review/document-diff.ts
/**
 * The generated document's unified diff, as the review shows it: counted in
 * lines added and removed, folded away in `<details>`.
 */


/**
 * The diff between a document's text at base and at head (undefined: no
 * document on that side), or undefined when the two are the same.
 */
function document_diff_documentDiff(doc) {
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
        (0,markdown/* fence */.EU)(patch, 'diff'),
        '',
        '</details>'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/review/comment-section.ts







/** Outside text as an inline code span, cut to `max` characters. */
const comment_section_code = (text, max) => (0,markdown/* safeInline */.H1)(text, { style: 'code', ...(max ? { max } : {}) });
const pathCode = (path) => (0,markdown/* safeInline */.H1)(path, { style: 'code', max: 200, cut: 'middle' });
const comment_section_text = (value, max) => (0,markdown/* safeInline */.H1)(value, max ? { max } : {});
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
    return c.name !== c.id ? `${comment_section_code(c.id, 80)} ${comment_section_text(c.name, 80)}` : comment_section_code(c.id, 80);
}
function componentDetails(c) {
    const parts = [comment_section_text(c.type, 40)];
    if (c.technology !== undefined)
        parts.push(comment_section_text(c.technology, 60));
    if (c.group !== undefined)
        parts.push(`group: ${comment_section_text(c.group, 60)}`);
    return parts.join(' · ');
}
function comment_section_dependencyLabel(d) {
    return `${comment_section_code(d.from, 60)} → ${comment_section_code(d.to, 60)}`;
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
        blocks.push((0,markdown/* table */.tp)(['', 'Component', 'Details'], componentRows));
    const dependencyRows = changeRows(d.dependencies, {
        label: comment_section_dependencyLabel,
        details: dependencyDetails
    });
    if (dependencyRows.length > 0)
        blocks.push((0,markdown/* table */.tp)(['', 'Dependency', 'Details'], dependencyRows));
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
        other.push(`${d.sectionsChanged.length === 1 ? 'section' : 'sections'} ${d.sectionsChanged.map((k) => comment_section_code(k)).join(', ')}`);
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
        const diagram = buildDiagram(input.blueprint, {
            highlight: input.highlight,
            ...(review.references ? { references: review.references } : {})
        });
        const notes = [input.note, diagram.note].filter((n) => n !== undefined);
        const note = notes.length > 0 ? `\n\n_${notes.map((n) => comment_section_text(n, 300)).join(' ')}_` : '';
        const blocks = diagramParts(diagram, (t) => comment_section_text(t, 80)).map((p) => p.kind === 'mermaid' ? (0,markdown/* fence */.EU)(p.text, 'mermaid') : p.text);
        return `${blocks.join('\n\n')}${note}`;
    }
    catch (e) {
        return `_No changes diagram: ${comment_section_text((0,engine_text/* messageOf */.bD)(e), 200)}_`;
    }
}
/** What the comment shows about one review, or undefined when nothing about it changed. */
function reviewParts(review) {
    const docDiff = document_diff_documentDiff(review.document);
    const renamed = review.previousPath !== undefined && review.previousPath !== review.path;
    const heading = (title) => `### ${title !== undefined && title.trim() !== '' ? `${comment_section_text(title, 80)} · ` : ''}${pathCode(review.path)}`;
    const renamedFrom = renamed ? `renamed from ${comment_section_code(review.previousPath ?? '', 200)}` : undefined;
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
    const d = diffBlueprints(review.base, review.head);
    const changes = countChanges(d);
    const findings = review.findings ?? [];
    if (d.status === 'unchanged' && !renamed && docDiff === undefined && findings.length === 0)
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
    const impact = impactBlock(review.impact);
    const impactNote = impact ? impactCount(review.impact) : undefined;
    const findingNote = findings.length > 0 ? (0,engine_text/* plural */.LS)(findings.length, 'new finding') : undefined;
    const summary = [renamedFrom, what, docNote, findingNote].filter(Boolean).join(' · ');
    const blocks = [heading(review.head?.title ?? review.base?.title), `${capitalise(summary)}.`];
    blocks.push(...semanticDiff(d));
    if (findings.length > 0)
        blocks.push(findingsBlock(findings));
    if (impact)
        blocks.push(impact);
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
        summaryLine: `${pathCode(review.path)}: ${[summary, impactNote].filter(Boolean).join(' · ')}`,
        main: blocks.join('\n\n'),
        diff: d,
        ...(docDiff ? { docDiff } : {})
    };
}
/** The landscape document's section: its path and its diff, or undefined when it did not change. */
function landscapeParts(document) {
    const docDiff = document_diff_documentDiff(document);
    if (docDiff === undefined)
        return undefined;
    const what = document.before === undefined
        ? 'new landscape document'
        : document.after === undefined
            ? 'landscape document removed'
            : 'landscape document';
    const summary = `${what} +${docDiff.added} −${docDiff.removed} lines`;
    return {
        summaryLine: `${pathCode(document.path)}: ${summary}`,
        main: [`### Landscape · ${pathCode(document.path)}`, `${capitalise(summary)}.`].join('\n\n'),
        docDiff
    };
}
/** How many other blueprints the change reaches, for the one-line summary. */
function impactCount(impact) {
    const files = new Set((impact ?? []).flatMap((i) => i.dependents.map((d) => d.file)));
    return `impact on ${(0,engine_text/* plural */.LS)(files.size, 'other blueprint')}`;
}
/** The other blueprints that depend on what the change removes or changes; undefined when none do. */
function impactBlock(impact) {
    if (impact === undefined || impact.length === 0)
        return undefined;
    const rows = impact.flatMap((i) => i.dependents.map((dep) => [
        i.change === 'removed' ? '➖ removed' : '✏️ changed',
        i.component === undefined ? '_the whole system_' : componentLabel({ ...i.component }),
        [
            ...(dep.title !== undefined && dep.title.trim() !== '' ? [comment_section_text(dep.title, 80)] : []),
            `${comment_section_code(dep.id, 80)} (${pathCode(dep.file)})`,
            (0,engine_text/* plural */.LS)(dep.count, 'dependency', 'dependencies')
        ].join(' · ')
    ]));
    return [
        '**Impact:** other blueprints depend on what this pull request removes or changes.',
        (0,markdown/* table */.tp)(['', 'Component', 'Depended on by'], rows)
    ].join('\n\n');
}
/** The findings a pull request introduces, one line each with its level and rule (at most 20). */
function findingsBlock(findings) {
    const shown = findings.slice(0, 20);
    const more = findings.length - shown.length;
    const lines = [
        ...shown.map((f) => `- ${f.level === 'error' ? '❌ error' : '⚠️ warning'} ${comment_section_text((0,model/* formatProblem */.Vw)(f), 300)}`),
        ...(more > 0 ? [`- … and ${(0,engine_text/* plural */.LS)(more, 'more finding')}`] : [])
    ];
    return `**Findings this pull request introduces:**\n\n${lines.join('\n')}`;
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/engine/review/comment.ts




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
    return `${markdown/* COMMENT_MARKER_PREFIX */.QO} tag=${encoded} -->`;
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
            .map((s) => `- ${comment_section_code(s.document, 200)} (${s.landscape ? 'the landscape' : `blueprint ${comment_section_code(s.blueprint, 200)}`})`)
            .join('\n'),
        `Fix: run ${comment_section_code(input.fixCommand, 200)} and commit the result.`
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
    // The landscape is shown like a blueprint's document, after them, and not counted as a blueprint.
    const landscape = input.landscape ? landscapeParts(input.landscape) : undefined;
    const shown = landscape ? [...parts, landscape] : parts;
    const stale = staleBlock(input);
    if (shown.length === 0 && stale === undefined) {
        const s = `${TITLE}\n\nNo architecture or document changes any more.`;
        return { body: fitHard(withMarker(s), limit), full: s, tier: 'full' };
    }
    const header = [TITLE, parts.length > 0 ? totalsLine(parts) : '**No architecture changes.**'];
    const fullBlocks = header.map((t) => ({ text: t }));
    for (const p of shown) {
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
    const docCount = shown.filter((p) => p.docDiff).length;
    if (docCount > 0) {
        const leftOut = `> **Shortened to fit GitHub's comment limit:** the diffs of ${(0,engine_text/* plural */.LS)(docCount, 'generated document')} are left out. The full review is in ${summaryRef(input)}.`;
        const blocks = [...header, leftOut];
        for (const p of shown) {
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
    const lines = shown.map((p) => `- ${p.summaryLine}`);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./src/project/ports.ts
var ports = __webpack_require__(3365);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts
/**
 * The Octokit client the GitHub adapter shares — retries on 5xx, waits out
 * rate limits a bounded number of times — and the one wrapper every call goes
 * through, which turns GitHub's answers into errors worded for the user.
 */





/** Octokit's error for an HTTP answer, or undefined for anything else (one of our own refusals). */
function asApiError(e) {
    if (!(e instanceof dist_src/* RequestError */.G))
        return undefined;
    const data = e.response?.data;
    const message = typeof data === 'object' &&
        data !== null &&
        'message' in data &&
        typeof data.message === 'string'
        ? data.message
        : e.message;
    return { status: e.status, message, headers: e.response?.headers ?? {} };
}
/** Creates the client. No request is made until one is called. */
function createClient(opts) {
    const { owner, repo, token } = opts;
    const log = opts.log ?? { info: () => undefined, warning: () => undefined };
    const baseUrl = (opts.baseUrl ??
        process.env['GITHUB_API_URL'] ??
        'https://api.github.com').replace(/\/+$/, '');
    // Defence in depth: GitHub never echoes the token, but a proxy or a test server might.
    const redact = (text) => (token ? text.split(token).join('***') : text);
    const maxRateRetries = opts.throttle?.maxRetries ?? 2;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const again = retryCount < maxRateRetries;
        log.warning(`GitHub ${kind} hit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return again;
    };
    const octokit = (0,github/* getOctokit */.Q)(token, {
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
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
                throw new ports/* PermissionError */.i(permission, operation, redact(err.message));
            throw Object.assign(new Error(redact(`GitHub API: could not ${operation}: ${err.status} ${err.message}`)), { status: err.status });
        }
    }
    return { octokit, owner, repo, log, redact, call };
}

;// CONCATENATED MODULE: ./src/adapters/github/comments.ts

/** The author of every comment made with the workflow's `GITHUB_TOKEN`. */
const DEFAULT_BOT = 'github-actions[bot]';
/** The comment calls, over the shared client; `botLogin` is who we are when `GET /user` is refused. */
function comments(client, botLogin = DEFAULT_BOT) {
    const { octokit, owner, repo, call, redact } = client;
    let selfLogin;
    /** Our login. Installation tokens (the workflow's GITHUB_TOKEN) may not call `GET /user`: 403 means we are the bot. */
    function whoAmI() {
        selfLogin ??= octokit.rest.users.getAuthenticated().then((r) => r.data.login, (e) => {
            const err = asApiError(e);
            if (err?.status === 403)
                return botLogin;
            selfLogin = undefined;
            throw new Error(redact(`GitHub API: could not find out who the token belongs to: ${err ? `${err.status} ${err.message}` : String(e)}`));
        });
        return selfLogin;
    }
    return {
        async findStickyComment(issue, marker) {
            const me = await whoAmI();
            const all = await call(`list the comments of #${issue}`, 'pull-requests: read', () => octokit.paginate(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100
            }));
            // Anyone can paste the marker into a comment: only one we wrote counts.
            const ours = all.find((c) => c.user?.login === me && (c.body ?? '').includes(marker));
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

;// CONCATENATED MODULE: ./src/adapters/github/commit.ts

/**
 * The current tree entries at the given paths. A recursive tree listing is one call; GitHub
 * truncates it past 100,000 entries / 7 MB, and then we walk only the folders on our paths.
 */
async function entriesAt({ octokit, owner, repo }, treeSha, paths) {
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
/**
 * The commit of `changes` on top of `parent`, not yet on any branch: its sha and tree, or
 * `unchanged` when the changes leave the parent's tree as it is. `branch` names the branch in
 * refusals.
 */
async function makeCommit(client, { branch, parent, message, changes }) {
    const { octokit, owner, repo } = client;
    const parentCommit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
    const baseTree = parentCommit.data.tree.sha;
    const existing = await entriesAt(client, baseTree, changes.map((c) => c.path));
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
            // GitHub answers 422 GitRPC::BadObjectState to deleting a path the tree does not have;
            // it is nothing to do anyway.
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
    const newTree = await octokit.rest.git.createTree({ owner, repo, base_tree: baseTree, tree });
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
    return { kind: 'made', sha: commit.data.sha, tree: newTree.data.sha };
}
/**
 * GitHub's refusal of a ref update because the branch is protected: classic branch protection
 * ("Protected branch update failed for refs/heads/main.") or a repository ruleset ("Repository
 * rule violations found" and the rules, e.g. "Changes must be made through a pull request.").
 * Both answer 422; the message is what tells them from "Update is not a fast forward".
 */
function isProtectionRefusal(status, message) {
    return (status === 422 &&
        (/protected branch update failed/i.test(message) ||
            /repository rule violations found/i.test(message)));
}
/** {@link GitHubApi.commitFiles}, over the shared client. */
function commitFiles(client) {
    const { octokit, owner, repo, call, log } = client;
    return async ({ branch, parent, message, changes }) => call(`commit to ${branch}`, 'contents: write', async () => {
        const made = await makeCommit(client, { branch, parent, message, changes });
        if (made.kind === 'unchanged')
            return { kind: 'unchanged' };
        const commit = { data: { sha: made.sha } };
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
            if (err !== undefined && isProtectionRefusal(err.status, err.message))
                return { kind: 'protected', reason: err.message.replace(/\s+/g, ' ').trim() };
            throw e;
        }
        return { kind: 'committed', sha: commit.data.sha };
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/pulls.ts



/** GitHub's 403 when the repository does not let workflows open pull requests at all. */
const ACTIONS_MAY_NOT_OPEN = /not permitted to create or approve pull requests/i;
const asRef = (pr) => ({
    number: pr.number,
    url: pr.html_url,
    title: pr.title,
    body: pr.body ?? ''
});
/** The pull-request calls of {@link GitHubApi}, over the shared client. */
function pulls(client) {
    const { octokit, owner, repo, call } = client;
    /** The repository setting is a different fix from `permissions:`: say which. */
    const pullCall = async (operation, fn) => {
        try {
            return await call(operation, 'pull-requests: write', fn);
        }
        catch (error) {
            if (error instanceof ports/* PermissionError */.i && ACTIONS_MAY_NOT_OPEN.test(error.message))
                throw new Error(`${error.message}\nThe repository (or its organization) also does not allow GitHub Actions to create pull requests: ` +
                    'turn on "Allow GitHub Actions to create and approve pull requests" in Settings → Actions → General, or give the step a token that may.');
            throw error;
        }
    };
    return {
        pushBranch: ({ branch, parent, message, changes }) => call(`write the branch ${branch}`, 'contents: write', async () => {
            const current = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }).then((r) => r.data.object.sha, (e) => {
                if (asApiError(e)?.status === 404)
                    return undefined;
                throw e;
            });
            const made = await makeCommit(client, { branch, parent, message, changes });
            if (made.kind === 'unchanged')
                return { kind: 'empty' };
            if (current !== undefined) {
                // The same documents on the same head: keep the branch as it is (no new commit, no
                // notification for the pull request's watchers).
                const was = await octokit.rest.git.getCommit({ owner, repo, commit_sha: current });
                if (was.data.tree.sha === made.tree &&
                    was.data.parents.length === 1 &&
                    was.data.parents[0]?.sha === parent)
                    return { kind: 'unchanged', sha: current };
                // The action's own branch, rebuilt on the new head: a reset, never of anyone else's ref.
                await octokit.rest.git.updateRef({
                    owner,
                    repo,
                    ref: `heads/${branch}`,
                    sha: made.sha,
                    force: true
                });
                return { kind: 'updated', sha: made.sha };
            }
            await octokit.rest.git.createRef({
                owner,
                repo,
                ref: `refs/heads/${branch}`,
                sha: made.sha
            });
            return { kind: 'created', sha: made.sha };
        }),
        deleteBranch: (branch) => call(`delete the branch ${branch}`, 'contents: write', async () => {
            try {
                await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
            }
            catch (e) {
                // Already gone (GitHub deletes a merged pull request's branch when the repository says so).
                const status = asApiError(e)?.status;
                if (status !== 422 && status !== 404)
                    throw e;
            }
        }),
        findPullRequest: (head, base) => call(`list the pull requests from ${head}`, 'pull-requests: read', async () => {
            const listed = await octokit.rest.pulls.list({
                owner,
                repo,
                head: `${owner}:${head}`,
                base,
                state: 'open',
                per_page: 10
            });
            const found = listed.data[0];
            return found === undefined ? undefined : asRef(found);
        }),
        createPullRequest: ({ head, base, title, body }) => pullCall(`open a pull request into ${base}`, async () => asRef((await octokit.rest.pulls.create({ owner, repo, head, base, title, body })).data)),
        updatePullRequest: (number, changes) => pullCall(`update pull request #${number}`, async () => asRef((await octokit.rest.pulls.update({
            owner,
            repo,
            pull_number: number,
            ...changes
        })).data))
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/reads.ts

/** GitHub cuts `compare` at 300 files and `pulls/{n}/files` at 3,000, without an error. */
const COMPARE_FILE_CAP = 300;
const PULL_FILES_CAP = 3000;
/**
 * The bytes of a raw response. We ask Octokit not to parse it: GitHub labels raw contents
 * `charset=utf-8` whatever they are, and Octokit then decodes them as text, which mangles binary
 * files. Strings and ArrayBuffers are accepted too, should a custom `fetch` or a future Octokit
 * parse after all.
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
const changedPaths = (raw) => raw.map(toChangedPath).filter((f) => f !== undefined);
/** The reads, over the shared client. */
function reads({ octokit, owner, repo, call }) {
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
            // GitHub says nothing when it cuts the list: exactly 300 files may be a cut list.
            const status = ['ahead', 'behind', 'diverged', 'identical'].find((k) => k === r.data.status) ??
                'diverged';
            return { files: changedPaths(raw), complete: raw.length < COMPARE_FILE_CAP, status };
        },
        async pullRequestFiles(pullNumber) {
            const pr = await call(`read pull request #${pullNumber}`, 'pull-requests: read', () => octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber }));
            const raw = await call(`list the files of pull request #${pullNumber}`, 'pull-requests: read', () => octokit.paginate(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: pullNumber,
                per_page: 100
            }));
            // `changed_files` tells the real count, so a cut list is known for sure, not guessed from 3,000.
            return {
                files: changedPaths(raw),
                complete: raw.length < PULL_FILES_CAP && raw.length >= pr.data.changed_files
            };
        },
        async headOf(branch) {
            const r = await call(`read branch ${branch}`, 'contents: read', () => octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }));
            return r.data.object.sha;
        },
        async lastCommitTime(ref, path) {
            // The newest commit first, as `git log -1 -- path` gives it: one commit is all we need.
            const r = await call(`read the history of ${path}`, 'contents: read', () => octokit.rest.repos.listCommits({ owner, repo, sha: ref, path, per_page: 1 }));
            const date = r.data[0]?.commit.committer?.date;
            if (date === undefined || date === null)
                return undefined;
            const time = new Date(date);
            return Number.isNaN(time.getTime()) ? undefined : time.toISOString().replace(/\.\d{3}Z$/, 'Z');
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
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/github.ts





/** Builds the Octokit-backed {@link GitHubApi}. No request is made until a method is called. */
function createGitHubApi(opts) {
    const client = createClient(opts);
    return {
        ...reads(client),
        commitFiles: commitFiles(client),
        ...pulls(client),
        ...comments(client, opts.botLogin)
    };
}

// EXTERNAL MODULE: ./src/action/paths.ts
var paths = __webpack_require__(9566);
;// CONCATENATED MODULE: ./src/action/overlay.ts
/**
 * The workspace as it is at a branch's new head, for regenerating after the
 * branch moved during a commit: files the new commits changed are read from
 * GitHub, everything else from the checkout.
 */


/** A read-only workspace: the checkout, overlaid with what changed on the branch since. */
function overlayWorkspace({ base, prefix, changed, read }) {
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
    const readOnly = () => Promise.reject(new Error('the overlay of a moved branch is read-only'));
    return {
        root: base.root,
        async read(file) {
            if (fresh.has(file))
                return read((0,paths/* joinPrefix */.$)(prefix, file));
            if (gone.has(file))
                return undefined;
            return base.read(file);
        },
        write: readOnly,
        remove: readOnly,
        async list(globs) {
            const listed = new Set((await base.list(globs)).filter((f) => !gone.has(f)));
            const match = picomatch_default()([...globs]);
            for (const f of fresh)
                if (match(f))
                    listed.add(f);
            return [...listed].sort();
        }
    };
}

// EXTERNAL MODULE: ./src/project/settings.ts
var settings = __webpack_require__(5552);
;// CONCATENATED MODULE: ./src/project/config.ts
/**
 * The repository configuration, `.blueprint-docs.yaml` at the repository
 * root (the working directory): what the action's inputs and the command
 * line's options would otherwise repeat in every workflow and every command,
 * and the severity of each architecture rule. The action and the command
 * line read it alike; what they are given explicitly wins over it.
 *
 * It is read with the blueprint loader's own machinery (size and UTF-8
 * checks, positioned YAML, the schema's errors as sentences with "did you
 * mean"), so a mistake in it is a `file:line:col` problem like a blueprint's.
 */








/** Parses the configuration's bytes (or text); never throws. */
function parseConfig(content, file = engine_paths/* CONFIG_FILE */.g2) {
    const at = (loc, message) => ({ file, line: loc.line, col: loc.col, message });
    try {
        const read = readText(content, at);
        if (!read.ok)
            return { ok: false, problems: read.problems.map(forConfig) };
        // A file of comments only (or nothing) configures nothing, which is fine.
        if ((0,dist/* parseDocument */.Tp)(read.text).contents === null)
            return { ok: true, config: settings/* NO_CONFIG */.H };
        const doc = readDocument(read.text, { json: false, at });
        if (!doc.ok)
            return { ok: false, problems: doc.problems.map(forConfig) };
        const problems = schemaProblems(explainConfig, doc.data, { locator: doc.locator, at });
        if (problems.length > 0)
            return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.col - b.col) };
        return { ok: true, config: toConfig(doc.data) };
    }
    catch (error) {
        return {
            ok: false,
            problems: [at({ line: 1, col: 1 }, `could not be read: ${(0,engine_text/* messageOf */.bD)(error)}`)]
        };
    }
}
/** Reads `.blueprint-docs.yaml` from the workspace: no file is no configuration, not a problem. */
async function readConfig(workspace) {
    let bytes;
    try {
        bytes = await workspace.read(engine_paths/* CONFIG_FILE */.g2);
    }
    catch (error) {
        return {
            ok: false,
            problems: [{ file: engine_paths/* CONFIG_FILE */.g2, line: 1, col: 1, message: (0,engine_text/* messageOf */.bD)(error) }]
        };
    }
    return bytes === undefined ? { ok: true, config: settings/* NO_CONFIG */.H } : parseConfig(bytes);
}
/** The loader's sentences speak of "a blueprint"; here the file is the configuration. */
function forConfig(p) {
    const message = p.message
        .replace(/^a blueprint must be a mapping with keys such as "id" and "project"/, 'the configuration must be a mapping with keys such as "rules"')
        .replace(/; a blueprint needs 3$/, '')
        .replace(/\ba blueprint\b/g, 'the configuration');
    return { ...p, message };
}
function toConfig(data) {
    const text = (key) => typeof data[key] === 'string' ? data[key] : undefined;
    const blueprints = Array.isArray(data.blueprints) ? data.blueprints.map(String) : undefined;
    const regions = Array.isArray(data.regions) ? data.regions.map(String) : undefined;
    const output = text('output');
    const template = text('template');
    const landscape = text('landscape');
    const rules = (data.rules ?? {});
    return {
        ...(blueprints ? { blueprints } : {}),
        ...(regions ? { regions } : {}),
        ...(output !== undefined ? { output } : {}),
        ...(template !== undefined ? { template } : {}),
        ...(landscape !== undefined ? { landscape } : {}),
        ...(typeof data.derived_sections === 'boolean'
            ? { derivedSections: data.derived_sections }
            : {}),
        rules: { ...rules }
    };
}

;// CONCATENATED MODULE: ./src/project/sarif.ts
/**
 * Problems and rule findings as SARIF 2.1.0, the format GitHub code scanning
 * takes (`github/codeql-action/upload-sarif`): one run of blueprint-docs,
 * one result per problem or finding, each with its rule, level and place.
 */






/** The rule id of a problem that no architecture rule found: the file is not a valid input. */
const INVALID_RULE = 'invalid-blueprint';
const INVALID_SUMMARY = 'A blueprint (or its document, template or configuration) that cannot be used: invalid YAML, a key or value the format does not allow, a dependency on a missing component, a document path already taken.';
const INFORMATION_URI = 'https://github.com/blueprint-docs/blueprint-docs';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The SARIF log as plain data. */
function buildSarif(options) {
    const uriOf = options.uriOf ?? ((file) => file);
    const ruleIds = [...RULE_IDS, INVALID_RULE];
    const rules = ruleIds.map((id) => {
        const known = id === INVALID_RULE ? undefined : RULES[id];
        return {
            id,
            name: id,
            shortDescription: { text: known ? known.summary : INVALID_SUMMARY },
            helpUri: `${INFORMATION_URI}#architecture-rules`,
            defaultConfiguration: {
                level: known ? (known.severity === 'off' ? 'none' : known.severity) : 'error',
                ...(known?.severity === 'off' ? { enabled: false } : {})
            }
        };
    });
    const results = options.problems.map((p) => {
        const ruleId = p.rule ?? INVALID_RULE;
        return {
            ruleId,
            ruleIndex: ruleIds.indexOf(ruleId),
            level: p.level ?? 'error',
            message: { text: p.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeUri(uriOf(p.file)) },
                        region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.col) }
                    }
                }
            ]
        };
    });
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'blueprint-docs',
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: INFORMATION_URI,
                        rules
                    }
                },
                results
            }
        ]
    };
}
/** The SARIF file's text: the log as indented JSON with a final newline. */
function sarifText(options) {
    return `${JSON.stringify(buildSarif(options), null, 2)}\n`;
}
/**
 * Writes every problem and rule finding of the blueprints, and the plan's own problems, each
 * once, as SARIF 2.1.0; the action's `sarif` input and the command line's `--sarif` both come
 * here. Returns a line saying what was written.
 */
async function writeSarifReport(report) {
    const { workspace } = report;
    const results = [];
    const seen = new Set();
    const add = (p) => {
        const key = `${(0,model/* formatProblem */.Vw)(p)}\n${p.level ?? ''}`;
        if (seen.has(key))
            return;
        seen.add(key);
        results.push(p);
    };
    const systems = lazySystems({ workspace, globs: report.globs, output: report.output });
    for (const file of report.blueprints) {
        const loaded = await loadBlueprint(workspace, file, { rules: report.rules, systems, workspace });
        for (const p of [...loaded.problems, ...loaded.findings])
            add(p);
    }
    for (const p of report.planProblems ?? [])
        add(p);
    await workspace.write(report.file, sarifText({ problems: results, ...(report.uriOf ? { uriOf: report.uriOf } : {}) }));
    return `wrote ${report.file} (SARIF 2.1.0, ${(0,engine_text/* plural */.LS)(results.length, 'result')})`;
}
/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
function encodeUri(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}

;// CONCATENATED MODULE: ./src/action/heavy.ts
/**
 * Everything the action needs only once a blueprint is to be generated,
 * reviewed or committed: the engine behind the plan (yaml, Ajv, Handlebars),
 * the comment and its diffs, and Octokit. main.ts loads this module with one
 * `import()` the first time a job asks for it, so the common push that
 * touches no blueprint never loads any of it; ncc emits it as a chunk next
 * to `dist/index.js`.
 */


















/***/ })

};
