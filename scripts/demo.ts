/**
 * The main job, end to end, on the examples: a local GitHub (REST over a real
 * bare repository on 127.0.0.1) receives a push of the three example
 * blueprints; the committed action bundle runs as the runner would run it and
 * commits their documents; then a pull request changes the checkout
 * architecture and the action posts its review comment. Everything happens in
 * temporary folders and stops by itself.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  BUNDLE_DIR_VARIABLE,
  runActionBundle,
  type ActionRun
} from '../test/support/action-runner.js'
import { startFakeGitHub } from '../test/support/github-server.js'

// The committed bundle, as a release runs it (the test suites build theirs from src/ instead).
process.env[BUNDLE_DIR_VARIABLE] ??= path.resolve('dist')

const EXAMPLES = ['checkout', 'payments', 'search'].map(
  (name) => `examples/${name}/${name}.blueprint.yaml`
)
const payload = (name: string) =>
  JSON.parse(readFileSync(path.join('test', 'fixtures', 'payloads', name), 'utf8')) as Record<
    string,
    unknown
  >
const rule = (title: string) =>
  console.log(`\n${'─'.repeat(8)} ${title} ${'─'.repeat(Math.max(0, 64 - title.length))}`)

const gh = await startFakeGitHub({ owner: 'acme', repo: 'shop' })
const folders: string[] = []
try {
  const readme = await gh.pushFiles({
    branch: 'main',
    files: { 'README.md': '# acme-shop\n' },
    message: 'start'
  })
  const files = Object.fromEntries(EXAMPLES.map((file) => [file, readFileSync(file, 'utf8')]))
  const pushed = await gh.pushFiles({
    branch: 'main',
    files,
    message: 'Describe three systems as blueprints'
  })
  console.log(
    `A local GitHub at ${gh.url} holds acme/shop; main has three blueprints and no documents.`
  )

  rule('push to main → the action commits the documents')
  const repository = {
    ...(payload('push.branch-updated.derived.json')['repository'] as object),
    full_name: 'acme/shop',
    name: 'shop',
    default_branch: 'main'
  }
  const push = await runActionBundle({
    workspace: checkout(pushed),
    eventName: 'push',
    payload: {
      ...payload('push.branch-updated.derived.json'),
      ref: 'refs/heads/main',
      before: readme,
      after: pushed,
      repository
    },
    inputs: { token: gh.token },
    apiUrl: gh.url,
    repository: 'acme/shop',
    sha: pushed
  })
  showLog(push)
  const commit = push.outputs['commit-sha'] ?? ''
  console.log(`\noutputs: commit-sha=${commit} changed-docs=${push.outputs['changed-docs']}`)
  console.log(await gh.git(['show', '--stat', '--format=commit %H%nparent %P%n%n    %s%n', commit]))
  const doc = await gh.git(['show', `${commit}:examples/checkout/checkout.md`])
  console.log(
    `examples/checkout/checkout.md in that commit, lines 1–12:\n${doc.split('\n').slice(0, 12).join('\n')}\n…`
  )

  rule('a pull request changes the checkout architecture → the action comments')
  const blueprint = files['examples/checkout/checkout.blueprint.yaml'] ?? ''
  const changed = blueprint
    .replace(
      '  - id: sessions\n    name: Session cache\n    type: cache\n    technology: Redis 7\n    group: Checkout core\n',
      ''
    )
    .replace(
      '  - from: gateway\n    to: sessions\n    description: looks up sessions\n    technology: RESP\n',
      ''
    )
    .replace('    technology: Go 1.23\n', '    technology: Go 1.24\n')
    .replace(
      'components:\n',
      'components:\n  - id: fraud\n    name: Fraud scoring\n    type: service\n    technology: Python 3.12\n    group: Checkout core\n'
    )
    .replace(
      'dependencies:\n',
      'dependencies:\n  - from: orders\n    to: fraud\n    description: scores the order before payment\n    technology: gRPC\n'
    )
  const head = await gh.pushFiles({
    branch: 'fraud-check',
    from: commit,
    files: { 'examples/checkout/checkout.blueprint.yaml': changed },
    message: 'Score orders for fraud; drop the session cache'
  })
  gh.addPullRequest({ number: 7, head: 'fraud-check', base: 'main', title: 'Fraud scoring' })
  const pr = payload('pull_request.opened.json')
  const pull = pr['pull_request'] as Record<string, Record<string, unknown>>
  const repo = { ...(pr['repository'] as object), full_name: 'acme/shop', name: 'shop' }
  const comment = await runActionBundle({
    workspace: checkout(head),
    eventName: 'pull_request',
    payload: {
      ...pr,
      number: 7,
      repository: repo,
      pull_request: {
        ...pull,
        number: 7,
        base: { ...pull['base'], sha: commit, ref: 'main', repo },
        head: { ...pull['head'], sha: head, ref: 'fraud-check', repo }
      }
    },
    inputs: { token: gh.token },
    apiUrl: gh.url,
    repository: 'acme/shop',
    ref: 'refs/pull/7/merge',
    sha: head
  })
  showLog(comment)
  const posted = gh.comments(7)
  console.log(
    `\noutputs: comment-url=${comment.outputs['comment-url']}; pull request #7 has ${posted.length} comment(s). The comment:\n`
  )
  console.log(posted[0]?.body ?? '(none)')
  process.exitCode = push.code || comment.code
} finally {
  await gh.close()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
}

/** What actions/checkout leaves: a clone at `sha`. */
function checkout(sha: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'blueprint-docs-demo-'))
  folders.push(dir)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  git('init', '-q')
  git('remote', 'add', 'origin', `file://${gh.bareRepo}`)
  git('fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*')
  git('-c', 'advice.detachedHead=false', 'checkout', '-q', sha)
  return dir
}

/** The step's log as the runner would show it (workflow commands folded away). */
function showLog(run: ActionRun): void {
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::add-mask::') || line === '::endgroup::' || line === '') continue
    console.log(line.startsWith('::group::') ? `▸ ${line.slice(9)}` : `  ${line}`)
  }
  if (run.stderr.trim() !== '') console.log(run.stderr)
  console.log(`(exit ${run.code})`)
}
