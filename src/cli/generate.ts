/** `blueprint-docs generate [paths…] [--all]`: writes the documents of the selected blueprints. */
import type { Problem } from '../engine/model.js'
import { isChange } from '../project/outcome.js'
import { applyOne, planEach, type PlanOptions } from '../project/plan.js'
import type { PlannedBlueprint } from '../project/outcome.js'
import { regionsOfRun, type RegionSettings } from '../project/regions.js'
import { plural } from '../engine/text.js'
import { EXIT, printProblems, type CliIo } from './io.js'
import { failing, warningCount } from '../project/findings.js'
import { backgroundWrites } from './writer.js'

/**
 * Plans and writes blueprint by blueprint, one line per document written or
 * removed; exit 2 when any blueprint is invalid or its document could not be
 * written (the others are still written).
 */
export async function generate(options: PlanOptions & RegionSettings, io: CliIo): Promise<number> {
  let changes = 0
  const problems: Problem[] = []
  const findings: Problem[] = []
  // Each document is written as soon as it is decided and then let go; in a big run, on the
  // writer thread while the next blueprints are rendered.
  const writes = backgroundWrites(options.workspace, io.startWriter)
  const said = lineBuffer(io.stdout)
  const take = async (item: PlannedBlueprint) => {
    const outcome = item.outcome
    // Said before writing, so the lines come in path order while a batch is written concurrently.
    if (isChange(outcome)) {
      changes++
      said.line(
        `${outcome.kind} ${outcome.document} (${item.landscape ? 'landscape' : item.blueprint})`
      )
    }
    if (outcome.kind === 'invalid') problems.push(...outcome.problems)
    // Findings fail the run at `error`, but the document is still written.
    findings.push(...(item.findings ?? []))
    if (outcome.kind === 'created' || outcome.kind === 'updated') {
      const { document } = outcome
      await writes.write(document, outcome.rendered.text, (reason) => {
        changes--
        problems.push({
          file: item.blueprint,
          line: 1,
          col: 1,
          message: `its document ${document} could not be written: ${reason}`
        })
      })
    } else {
      await applyOne(options.workspace, item)
    }
  }
  const blueprints = await (async () => {
    const processed = await planEach(options, take)
    // Then the hand-written files whose marked regions show these blueprints.
    for (const item of await regionsOfRun(options.workspace, {
      ...options,
      blueprints: processed
    }))
      await take(item)
    return processed
  })().finally(() => {
    said.flush()
    return writes.finish()
  })
  printProblems(problems, io)
  printProblems(findings, io)
  const count = problems.length + failing(findings)
  const trouble = count > 0 ? `, ${plural(count, 'problem')}` : ''
  io.stdout(
    `${plural(blueprints.length, 'blueprint')}, ${plural(changes, 'document')} written or removed${trouble}${warningCount(findings)}\n`
  )
  return count > 0 ? EXIT.invalid : EXIT.ok
}

/** Below this many characters, lines wait to go out together. */
const FLUSH_AT = 16_384

/**
 * Lines written to `out` a few kilobytes at a time: one write per line costs
 * a system call each (stdout to a pipe is synchronous), which over thousands
 * of documents adds up to more than the lines are worth.
 */
function lineBuffer(out: (text: string) => void): { line(text: string): void; flush(): void } {
  let pending = ''
  return {
    line(text) {
      pending += `${text}\n`
      if (pending.length >= FLUSH_AT) this.flush()
    },
    flush() {
      if (pending !== '') out(pending)
      pending = ''
    }
  }
}
