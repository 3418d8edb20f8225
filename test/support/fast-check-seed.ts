/**
 * One seed for every property test, so a CI run is repeatable and a failure replays
 * (`FC_SEED=<n> npm test`). Loaded by jest before each test file (`setupFilesAfterEnv`),
 * so a property that names no seed still runs with this one; set FC_SEED to explore,
 * and FC_RUNS for more (or fewer) runs of the properties that read {@link fuzzRuns}.
 */
import fc from 'fast-check'

export const FUZZ_SEED =
  process.env['FC_SEED'] === undefined || process.env['FC_SEED'] === ''
    ? 20261125
    : Number(process.env['FC_SEED'])

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED })

/**
 * How many runs a property makes: FC_RUNS when set, else the suite's own default. Anything
 * but a whole number of at least 1 is refused: fast-check passes 0 or NaN runs without
 * running anything, and a property must never pass by not running.
 */
export function fuzzRuns(fallback: number): number {
  const given = process.env['FC_RUNS']
  if (given === undefined || given === '') return fallback
  const runs = Number(given)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FC_RUNS is "${given}"; give a whole number of runs, at least 1`)
  return runs
}
