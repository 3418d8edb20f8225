/**
 * One seed for every property test, so a CI run is repeatable and a failure replays
 * (`FC_SEED=<n> npm test`). Loaded by jest before each test file (`setupFilesAfterEnv`),
 * so a property that names no seed still runs with this one; set FC_SEED to explore.
 */
import fc from 'fast-check'

export const FUZZ_SEED = process.env['FC_SEED'] === undefined || process.env['FC_SEED'] === '' ? 20261125 : Number(process.env['FC_SEED'])

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED })
