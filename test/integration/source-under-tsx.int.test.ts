/**
 * The source also runs outside the bundle and outside jest: `npx tsx my-script.ts`, importing
 * the loader from a script of one's own. In a folder that is not an ES module package, tsx
 * (esbuild) imports a CommonJS module's `default` differently from Node and webpack, and the
 * compiled schemas import one (Ajv's string-length helper): a blueprint the positioned path
 * validates must load there too.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../support/package.js'

it('`npx tsx` on a script outside the repository loads blueprints through the positioned path', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpd-tsx-'))
  try {
    const loader = path.join(ROOT, 'src', 'engine', 'blueprint', 'index.js')
    // Flow mappings send each file past the quick path, to the positioned parse and its schema.
    writeFileSync(
      path.join(dir, 'load.ts'),
      `import { parseBlueprint } from ${JSON.stringify(loader)}
const load = (content: string) => {
  const r = parseBlueprint({ file: 'shop.blueprint.yaml', content })
  return r.ok ? r.blueprint.components.map((c) => c.id) : r.problems.map((p) => \`\${p.line}: \${p.message}\`)
}
console.log(JSON.stringify([
  load('id: shop\\nproject: acme\\ncomponents:\\n  - {id: web}\\n  - {id: db}\\n'),
  load('id: shop\\nproject: acme\\ncomponents:\\n  - {id: ""}\\n')
]))
`
    )
    const out = execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['load.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    expect(JSON.parse(out)).toEqual([['web', 'db'], ['4: component 1: "id" must not be empty']])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
