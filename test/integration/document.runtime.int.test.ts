/**
 * A document with derived sections states what its runtime files say, so a
 * change to a runtime file alone is a change to the document: in a real
 * temporary git repository holding the voting app's real Compose file,
 * drafted by `init --from` (which turns derived sections on), a branch that
 * changes only the Compose file makes `check` find the document stale,
 * `diff` (the pull-request comment's text) show the document's change, and
 * `generate` bring it up to date.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runCliIn, tempRepo, type TempRepo } from '../support/repo.js'

const VOTING = readFileSync(
  path.join('test', 'fixtures', 'runtime', 'voting-app', 'docker-compose.yml'),
  'utf8'
)

let repo: TempRepo
afterEach(() => repo?.cleanup())

describe('a runtime file that changes a derived section', () => {
  it('makes check see the document stale, shows in diff, and is what generate writes', async () => {
    repo = tempRepo({ files: { 'docker-compose.yml': VOTING } })
    expect(
      (await runCliIn(repo, 'init', '--from', 'docker-compose.yml', '--id', 'voting')).code
    ).toBe(0)
    expect(repo.read('voting.blueprint.yaml')).toContain('\nderived_sections: true\n')
    expect((await runCliIn(repo, 'generate', '--all')).code).toBe(0)
    const before = repo.read('voting.md')
    expect(before).toContain('| `worker` | Compose service | — |')
    expect(before).not.toContain('PostgreSQL for transactional data')
    repo.commit('voting app, drafted and documented')

    repo.git('checkout', '-q', '-b', 'scale-worker')
    // Only the Compose file changes: the worker runs three replicas.
    const scaled = VOTING.replace(/^ {2}worker:\n/m, '  worker:\n    deploy:\n      replicas: 3\n')
    expect(scaled).not.toBe(VOTING)
    repo.write('docker-compose.yml', scaled)
    repo.commit('scale the worker')

    const check = await runCliIn(repo, 'check')
    expect(check.code).toBe(1)
    expect(check.out).toContain('voting.md')
    expect(check.out).toContain('+| `worker` | Compose service | 3 | — | — | — |')

    const diff = await runCliIn(repo, 'diff', '--base', 'main')
    expect(diff).toMatchObject({ code: 0, err: '' })
    expect(diff.out).toContain('<!-- blueprint-docs:comment')
    expect(diff.out).toContain('-| `worker` | Compose service | — | — | — | — |')
    expect(diff.out).toContain('+| `worker` | Compose service | 3 | — | — | — |')

    expect((await runCliIn(repo, 'generate')).code).toBe(0)
    expect(repo.read('voting.md')).toContain('| `worker` | Compose service | 3 | — | — | — |')
    expect(await runCliIn(repo, 'check')).toMatchObject({ code: 0 })
  })
})
