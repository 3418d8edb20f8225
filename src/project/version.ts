/**
 * The product's version, the one in package.json: the action and the command
 * line are one versioned product. ncc bundles the JSON, so the bundle knows
 * its version without reading package.json at run time.
 */
import packageJson from '../../package.json' with { type: 'json' }

/** `1.2.3`, as package.json says. */
export const VERSION: string = packageJson.version
