/**
 * Everything the action needs only once a blueprint is to be generated,
 * reviewed or committed: the engine behind the plan (yaml, Ajv, Handlebars),
 * the comment and its diffs, and Octokit. main.ts loads this module with one
 * `import()` the first time a job asks for it, so the common push that
 * touches no blueprint never loads any of it; ncc emits it as a chunk next
 * to `dist/index.js`.
 */
export { openLocalRepository } from '../adapters/repository.js'
export { apply, plan } from '../project/plan.js'
export { withRegions } from '../project/regions.js'
export { buildReviews, landscapeReview } from '../project/review.js'
export { lazySystems } from '../project/systems.js'
export { runtimeOwners } from '../project/runtime.js'
export { documentDiff, fixCommand } from '../project/stale.js'
export { VERSION } from '../project/version.js'
export { buildComment, commentMarker } from '../engine/review/comment.js'
export { createGitHubApi } from '../adapters/github.js'
export { overlayWorkspace } from './overlay.js'
export { openWorkspace } from '../adapters/files.js'
export { readConfig as readRepositoryConfig } from '../project/config.js'
export { findingsOf } from '../project/findings.js'
export { loadBlueprint } from '../project/plan.js'
export { writeSarifReport } from '../project/sarif.js'
