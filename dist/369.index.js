export const id = 369;
export const ids = [369];
export const modules = {

/***/ 3369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRepository: () => (/* binding */ openRepository)
});

// UNUSED EXPORTS: iso

// EXTERNAL MODULE: ./src/adapters/git.ts
var adapters_git = __webpack_require__(6960);
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
var paths = __webpack_require__(4886);
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
    const outside = (file, real) => new paths/* PathError */.ER(file, `resolves through a symbolic link to ${real}, outside the repository`);
    /** The absolute path of `file`, after checking that its folders stay inside; true `folder` when its own folder exists. */
    function resolveFolders(file) {
        const relative = (0,paths/* confine */.Do)(file);
        if (relative === undefined)
            throw new paths/* PathError */.ER(file, 'is outside the repository');
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
                throw new paths/* PathError */.ER(file, 'is a symbolic link; documents are written only as regular files');
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

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/engine/model.ts
var model = __webpack_require__(1123);
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

;// CONCATENATED MODULE: ./src/engine/template.ts
/**
 * Templates: the standard format (built in) and custom templates, in either
 * Handlebars or the standard format's own single-brace style, turned into the
 * Markdown of one architecture document.
 *
 * `generated_at` is the one value that changes without the architecture
 * changing, so rendering goes through a sentinel: a {@link Rendered} document
 * knows where its timestamp stands and can tell whether a file on disk is the
 * same document apart from that timestamp (SPEC §2, "No churn").
 */



/** The placeholders every template sees (SPEC §2). */
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
function builtInTemplate() {
    return singleBraceTemplate('built-in', STANDARD_FORMAT);
}
/**
 * Compiles a custom template. A template with `{{` is Handlebars; one
 * without is in the standard format's single-brace style, where `{name}` is
 * a placeholder only for the names of {@link PLACEHOLDERS} and any other
 * braces (`/api/v1/resources/{id}`) stay as written.
 */
function compileTemplate(source, text) {
    const normalised = text.replace(/\r\n?/g, '\n');
    if (!normalised.includes('{{'))
        return { ok: true, template: singleBraceTemplate(source, normalised) };
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
function singleBraceTemplate(source, text) {
    return {
        source,
        style: 'single-brace',
        render: ({ values, blueprint }) => splitAtOverrides(text, blueprint.sections)
            .map((part) => (part.kind === 'template' ? fillSingleBrace(part.text, values) : part.text))
            .join('')
    };
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
    const message = error instanceof Error ? error.message : String(error);
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

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/project/repository.ts
/**
 * Opens a repository for one run — its files, its git history, the template
 * and the clock — the same way for the command line and the action.
 */




/** Opens the repository at `root`; a template that cannot be read or compiled is the problem it answers with. */
async function openRepository(options) {
    const workspace = await openWorkspace(options.root);
    const git = (0,adapters_git/* localGit */.s)(workspace.root);
    let template = builtInTemplate();
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
                    message: `the template cannot be used: ${(0,engine_text/* messageOf */.b)(error)}`
                }
            };
        }
        if (bytes === undefined)
            return {
                ok: false,
                problem: { file, line: 1, col: 1, message: 'the template file does not exist' }
            };
        const compiled = compileTemplate(file, new TextDecoder().decode(bytes));
        if (!compiled.ok)
            return { ok: false, problem: compiled.problem };
        template = compiled.template;
    }
    const fixed = epochTime(options.sourceDateEpoch);
    const templatePath = options.template;
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
            }
        }
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


/***/ })

};
