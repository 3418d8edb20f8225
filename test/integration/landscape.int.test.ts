/**
 * References between blueprints, the landscape document and the impact of a
 * change, through the command line in real temporary git repositories.
 */
import { runCliIn, tempRepo, type TempRepo } from '../support/repo.js'
import { LANDSCAPE } from '../support/landscape.js'

const cli = runCliIn

let repo: TempRepo
afterEach(() => repo?.cleanup())

describe('references between blueprints', () => {
  it('validates three blueprints that reference each other', async () => {
    repo = tempRepo({ files: LANDSCAPE })
    const run = await cli(repo, 'validate')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toBe('3 blueprints checked, all valid\n')
  })

  it('reports a reference to a missing blueprint or component as a positioned cross-reference error', async () => {
    repo = tempRepo({
      files: {
        ...LANDSCAPE,
        'checkout/checkout.blueprint.yaml': LANDSCAPE['checkout/checkout.blueprint.yaml']
          .replace('to: payments/api', 'to: payments/apii')
          .replace('to: shipping/', 'to: shiping/')
      }
    })
    const run = await cli(repo, 'validate')
    expect(run.code).toBe(2)
    const lines = run.err.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^checkout\/checkout\.blueprint\.yaml:\d+:9: \[cross-reference\] dependency 2: "to" is "payments\/apii", which names the component "apii" of payments\/payments\.blueprint\.yaml, which has no component with that id$/
      ),
      expect.stringMatching(
        /^checkout\/checkout\.blueprint\.yaml:\d+:9: \[cross-reference\] dependency 3: "to" is "shiping\/", which names the blueprint "shiping", and no blueprint of the repository has that id$/
      )
    ])
    // The line is the dependency's own line.
    const text = repo.read('checkout/checkout.blueprint.yaml').split('\n')
    const line = Number(/:(\d+):/.exec(lines[0] ?? '')?.[1])
    expect(text[line - 1]).toContain('to: payments/apii')

    const generated = await cli(repo, 'generate')
    expect(generated.code).toBe(2)
    expect(generated.err).toContain('[cross-reference]')
    // The documents are still written: a finding is no reason to withhold them.
    expect(repo.exists('checkout/checkout.md')).toBe(true)
    expect((await cli(repo, 'check')).code).toBe(2)
  })

  it('keeps "not a component id" for ends that are no reference', async () => {
    repo = tempRepo({
      files: {
        'a.blueprint.yaml':
          'id: a\nproject: p\ncomponents:\n  - id: x\ndependencies:\n  - from: x\n    to: Pay/api\n'
      }
    })
    const run = await cli(repo, 'validate')
    expect(run.code).toBe(2)
    expect(run.err).toContain('"to" is "Pay/api", which is not a component id')
  })

  it('draws a referenced component as an external node and links it in the table', async () => {
    repo = tempRepo({ files: LANDSCAPE })
    expect(await cli(repo, 'generate')).toMatchObject({ code: 0 })
    const doc = repo.read('checkout/checkout.md')
    // Labels wrap at spaces.
    expect(doc).toContain('["Payments<br/>platform /<br/>Payments API"]')
    expect(doc).toContain('["Shipping"]')
    expect(doc).toContain('classDef bp_external')
    expect(doc).toMatch(
      /\| Web storefront \| \[Payments platform \/ Payments API\]\(\.\.\/payments\/payments\.md\) \|/
    )
    expect(doc).toMatch(/\| Web storefront \| \[Shipping\]\(\.\.\/shipping\/shipping\.md\) \|/)
    // A reference in `from` is linked too.
    expect(repo.read('shipping/shipping.md')).toMatch(
      /\| \[Checkout platform \/ Orders service\]\(\.\.\/checkout\/checkout\.md\) \| Label printer \|/
    )
  })

  it('regenerates a referencing blueprint when what its document shows of the other changes', async () => {
    repo = tempRepo({ files: LANDSCAPE })
    await cli(repo, 'generate')
    repo.commit('documents')
    repo.write(
      'payments/payments.blueprint.yaml',
      LANDSCAPE['payments/payments.blueprint.yaml'].replace(
        'name: Payments API',
        'name: Payments gateway API'
      )
    )
    const run = await cli(repo, 'generate', 'payments/payments.blueprint.yaml')
    expect(run.code).toBe(0)
    expect(run.out).toContain('updated payments/payments.md')
    expect(run.out).toContain('updated checkout/checkout.md (checkout/checkout.blueprint.yaml)')
    expect(repo.read('checkout/checkout.md')).toContain('Payments platform / Payments gateway API')
    // Shipping references checkout, not payments: untouched.
    expect(run.out).not.toContain('shipping.md')

    // A change that shows nowhere else (a description) regenerates only its own document.
    repo.commit('rename')
    repo.write(
      'payments/payments.blueprint.yaml',
      repo.read('payments/payments.blueprint.yaml').replace('overview: Charges', 'overview: Bills')
    )
    const quiet = await cli(repo, 'generate', 'payments/payments.blueprint.yaml')
    expect(quiet.out).toContain('updated payments/payments.md')
    expect(quiet.out).not.toContain('checkout.md')
  })
})

describe('a blueprint whose id changes under an output pattern with {id}', () => {
  it('moves its document and replans what referenced the old id, given the blueprint alone; an invalid blueprint keeps its old document', async () => {
    repo = tempRepo({ files: { ...LANDSCAPE, '.blueprint-docs.yaml': 'output: docs/{id}.md\n' } })
    await cli(repo, 'generate', '--all')
    repo.commit('documents')
    const payments = LANDSCAPE['payments/payments.blueprint.yaml']
    repo.write('payments/payments.blueprint.yaml', payments.replace('id: payments', 'id: billing'))

    const check = await cli(repo, 'check')
    // 2: the broken reference below is an error; the left-over document is stale as well.
    expect(check.code).toBe(2)
    expect(check.out).toMatch(/stale: docs\/payments\.md /)

    // The review shows the blueprint once, changed, the reference it broke as a finding, and both
    // documents among the stale ones.
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit('billing')
    const review = await cli(repo, 'diff', '--base', 'main')
    expect(review.out.match(/^### .*`payments\/payments\.blueprint\.yaml`$/gm)).toHaveLength(1)
    expect(review.out).toContain('**Changed:** id: payments → billing')
    expect(review.out).toMatch(
      /❌ error checkout\/checkout\.blueprint\.yaml:\d+:\d+: \\\[cross-reference\\\]/
    )
    expect(review.out).toContain(
      '- `docs/payments.md` (blueprint `payments/payments.blueprint.yaml`)'
    )

    // Given only the changed blueprint, as the action and a pre-commit hook give it.
    const run = await cli(repo, 'generate', 'payments/payments.blueprint.yaml')
    expect(run.out).toContain('created docs/billing.md (payments/payments.blueprint.yaml)')
    expect(run.out).toContain('updated docs/checkout.md (checkout/checkout.blueprint.yaml)')
    expect(run.out).toContain('deleted docs/payments.md (payments/payments.blueprint.yaml)')
    expect(repo.exists('docs/payments.md')).toBe(false)
    // What referenced the old id now points at nothing, and says so.
    expect(run.err).toContain('[cross-reference]')
    expect(repo.exists('docs/checkout.md')).toBe(true)
    expect(repo.exists('docs/shipping.md')).toBe(true)
    expect((await cli(repo, 'generate', '--all')).out).toContain('0 documents written or removed')

    // Invalid with yet another id: nothing of it is written or removed.
    repo.write(
      'payments/payments.blueprint.yaml',
      payments.replace('id: payments', 'id: ledger-2').replace('project: acme', 'project: [')
    )
    const invalid = await cli(repo, 'generate', '--all')
    expect(invalid.code).toBe(2)
    expect(repo.exists('docs/billing.md')).toBe(true)
  })
})

describe('the landscape document', () => {
  it('writes every blueprint and one diagram of the systems, then changes nothing', async () => {
    repo = tempRepo({ files: LANDSCAPE })
    repo.commit('blueprints', { date: '2026-02-03T04:05:06Z' })
    const run = await cli(repo, 'generate', '--landscape', 'docs/landscape.md')
    expect(run).toMatchObject({ code: 0, err: '' })
    expect(run.out).toContain('created docs/landscape.md (landscape)')
    const text = repo.read('docs/landscape.md')
    expect(text).toContain('**Generated:** 2026-02-03T04:05:06Z')
    expect(text).toContain(
      '| Checkout platform | `checkout` | acme | 2 | 3 | [checkout/checkout.md](../checkout/checkout.md) |'
    )
    expect(text).toContain('| Shipping | `shipping` | acme | 1 | 1 |')
    expect(text).toMatch(/s[0-9a-f]{8} -->\|"Payments API"\| s[0-9a-f]{8}/)
    expect(text).toMatch(/s[0-9a-f]{8} -->\|"2 dependencies"\| s[0-9a-f]{8}/)
    expect(text.trimEnd().split('\n').pop()).toBe(
      '<!-- blueprint-docs: landscape generated from every blueprint; edit the blueprints, not this file. -->'
    )

    const again = await cli(repo, 'generate', '--landscape', 'docs/landscape.md')
    expect(again.out).toContain('0 documents written or removed')
    repo.commit('documents', { date: '2026-06-01T00:00:00Z' })
    expect(await cli(repo, 'check', '--landscape', 'docs/landscape.md')).toMatchObject({ code: 0 })
    expect(repo.git('status', '--porcelain')).toBe('')
  })

  it('is stale when a blueprint changes, and never overwrites a hand-written file', async () => {
    repo = tempRepo({ files: LANDSCAPE })
    await cli(repo, 'generate', '--landscape', 'landscape.md')
    repo.commit('all')
    repo.write(
      'shipping/shipping.blueprint.yaml',
      LANDSCAPE['shipping/shipping.blueprint.yaml'].replace('title: Shipping', 'title: Delivery')
    )
    const check = await cli(repo, 'check', '--landscape', 'landscape.md')
    expect(check.code).toBe(1)
    expect(check.out).toContain('stale: landscape.md is out of date (the landscape)')
    expect(check.out).toContain('--landscape landscape.md')

    repo.write('landscape.md', '# Our systems\n\nWritten by hand.\n')
    const run = await cli(repo, 'generate', '--landscape', 'landscape.md')
    expect(run.code).toBe(2)
    expect(run.err).toContain('landscape.md:1:1: landscape.md exists and is not a landscape')
    expect(repo.read('landscape.md')).toBe('# Our systems\n\nWritten by hand.\n')
  })
})

describe('impact in the review', () => {
  /** A repository of `files` with its documents committed on main, and `file` changed to `text` on a branch. */
  async function changeOnBranch(
    files: Record<string, string>,
    file: string,
    text: string,
    ...generate: string[]
  ): Promise<void> {
    repo = tempRepo({ files })
    await cli(repo, 'generate', ...generate)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write(file, text)
    repo.commit('the change')
  }

  it('names the blueprints that depend on a component the change removes', async () => {
    await changeOnBranch(
      LANDSCAPE,
      'payments/payments.blueprint.yaml',
      LANDSCAPE['payments/payments.blueprint.yaml']
        .replace('  - id: api\n    name: Payments API\n', '')
        .replace(/dependencies:\n(.|\n)*$/, 'dependencies: []\n'),
      '--landscape',
      'docs/landscape.md'
    )
    const run = await cli(repo, 'diff', '--base', 'main', '--landscape', 'docs/landscape.md')
    expect(run.code).toBe(0)
    expect(run.out).toContain(
      '**Impact:** other blueprints depend on what this pull request removes or changes.'
    )
    expect(run.out).toContain(
      '| ➖ removed | `api` Payments API | Checkout platform · `checkout` (`checkout/checkout.blueprint.yaml`) · 1 dependency |'
    )
    expect(run.out).toContain('### Landscape · `docs/landscape.md`')
    // The blueprint that depended on it now points at nothing: the finding it introduces.
    expect(run.out).toMatch(
      /- ❌ error checkout\/checkout\.blueprint\.yaml:14:9: \\\[cross-reference\\\] dependency 2: "to" is "payments\/api"/
    )
  })

  it('does not list a reference broken before the branch as a finding the branch introduces', async () => {
    const broken = {
      ...LANDSCAPE,
      'checkout/checkout.blueprint.yaml': LANDSCAPE['checkout/checkout.blueprint.yaml'].replace(
        'to: payments/api',
        'to: payments/gateway'
      )
    }
    // On main, checkout already references a component payments never had.
    await changeOnBranch(
      broken,
      'checkout/checkout.blueprint.yaml',
      broken['checkout/checkout.blueprint.yaml'].replace(
        'title: Checkout platform\n',
        'title: Checkout platform\noverview: Takes orders.\n'
      )
    )
    const run = await cli(repo, 'diff', '--base', 'main')
    expect(run.code).toBe(0)
    expect(run.out).toContain('checkout/checkout.blueprint.yaml')
    expect(run.out).not.toContain('cross-reference')
  })

  it('leaves the comment of a change without references as it was', async () => {
    await changeOnBranch(
      LANDSCAPE,
      'payments/payments.blueprint.yaml',
      LANDSCAPE['payments/payments.blueprint.yaml'].replace('overview: Charges', 'overview: Bills')
    )
    const run = await cli(repo, 'diff', '--base', 'main')
    expect(run.out).not.toContain('Impact')
    expect(run.out).not.toContain('Landscape')
  })
})
