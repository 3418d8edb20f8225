/**
 * The command line: `npx blueprint-docs generate|check|diff|validate`, the
 * same engine as the action, run inside a repository.
 */
import { runCli } from './commands.js'

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
})
