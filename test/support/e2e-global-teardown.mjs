/** Jest globalTeardown of the end-to-end project: removes the bundle its globalSetup built. */
import { rmSync } from 'node:fs'
import { BUNDLE_DIR_VARIABLE } from './e2e-global-setup.mjs'

export default function removeBundles() {
  const dir = process.env[BUNDLE_DIR_VARIABLE]
  if (dir) rmSync(dir, { recursive: true, force: true })
}
