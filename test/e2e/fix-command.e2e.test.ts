/**
 * The command a failing check prints is the command that fixes it. A workflow step
 * `uses: OWNER/REPO@REF` makes the runner set GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF,
 * and the action prints `npx --yes 'github:OWNER/REPO#REF' generate`: the very build that found
 * the problem. Run as printed, it must write the bytes the action itself would commit.
 *
 * npm installs `github:OWNER/REPO#REF` and `git+file:///CLONE#REF` the same way (clone at the
 * ref, pack, link the bin), so the test points the printed specifier at a local repository of
 * this repository's files carrying this run's bundle, and runs npm offline with an empty cache:
 * the package must install from its own files, fetching nothing.
 */
import { mkdirSync, readFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import { runCommand, stageRepository } from '../support/package.js'
import {
  SHOP,
  SHOP_CACHE,
  checkout,
  errors,
  generateWithCli,
  gh,
  gitIn,
  runPush,
  scratchDir,
  show,
  useFakeGitHub
} from './world.js'

useFakeGitHub()

/**
 * The repository at a tag, as `npx 'github:OWNER/REPO#TAG'` fetches it: one commit of the
 * repository's files with this run's bundle as `dist/`, tagged `tag`. Only the tree at the
 * tag matters to npm; the history would only make its clones slower.
 */
function repositoryAtTag(tag: string): string {
  const stage = stageRepository()
  const repo = path.join(scratchDir('bpd-repo-'), 'blueprint-docs')
  renameSync(stage, repo)
  gitIn(repo, 'init', '-q', '-b', 'main')
  gitIn(repo, 'add', '-A')
  gitIn(repo, 'commit', '-q', '-m', 'blueprint-docs with the bundle of this test run')
  gitIn(repo, 'tag', tag)
  return repo
}

it('prints the running build’s own command, and that command writes what the action commits', async () => {
  await gh.pushFiles({
    branch: 'main',
    files: { 'README.md': '# shop\n', 'arch/shop.blueprint.yaml': SHOP }
  })
  const fresh = generateWithCli('main')
  const stale = await gh.pushFiles({
    branch: 'main',
    files: { 'arch/shop.blueprint.yaml': SHOP_CACHE },
    message: 'blueprint only'
  })
  const published = repositoryAtTag('v1.2.3')
  const runner = { GITHUB_ACTION_REPOSITORY: 'acme/blueprint-docs', GITHUB_ACTION_REF: 'v1.2.3' }

  const failing = await runPush(fresh, stale, { mode: 'check' }, { env: runner })
  expect(failing.code).toBe(1)
  const printed = "npx --yes 'github:acme/blueprint-docs#v1.2.3' generate"
  expect(errors(failing).map((a) => a.message)).toContain(
    `1 document is out of date: run \`${printed}\` and commit the result`
  )
  expect(failing.summary).toContain(`Fix: \`${printed}\`, then commit.`)

  const committed = await runPush(fresh, stale, { mode: 'commit' }, { env: runner })
  expect(committed.code).toBe(0)
  const written = await show(committed.outputs['commit-sha'] ?? '', 'arch/shop.md')
  expect(written).toContain('Session cache')

  // A developer's clone of the stale commit; the printed command, with the local repository's URL.
  const workspace = checkout(stale)
  const cache = scratchDir('bpd-npm-cache-')
  mkdirSync(cache, { recursive: true })
  const local = printed.replace('github:acme/blueprint-docs', `git+file://${published}`)
  const ran = await runCommand('sh', ['-c', local], {
    cwd: workspace,
    env: {
      npm_config_cache: cache,
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false'
    }
  })
  expect({ code: ran.code, stderr: ran.stderr }).toEqual({ code: 0, stderr: '' })
  expect(ran.stdout).toContain('arch/shop.md')
  expect(readFileSync(path.join(workspace, 'arch', 'shop.md'), 'utf8')).toBe(written)
})
