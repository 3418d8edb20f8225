/**
 * The engine and adapter functions the in-process benchmarks call, bundled
 * with ncc into a temporary folder by bench/run.mjs (the same bundler and
 * settings as the shipped CLI, so the timings are of the code that ships).
 */
export { parseBlueprint } from '../src/engine/blueprint/index.js'
export { renderDocument } from '../src/engine/document.js'
export { builtInTemplate } from '../src/engine/template.js'
export { buildDiagram } from '../src/engine/mermaid/index.js'
export { diffBlueprints } from '../src/engine/review/diff.js'
export { buildComment } from '../src/engine/review/comment.js'
export { looksLikeBlueprint } from '../src/engine/paths.js'
export { localGit } from '../src/adapters/git.js'
