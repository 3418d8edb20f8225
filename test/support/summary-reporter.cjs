// Prints jest's totals once more as one plain line, "Tests: N passed, N failed",
// after jest's own summary (on stderr, where jest writes it): the form a CI
// reads without knowing jest.
class SummaryLine {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    process.stderr.write(
      `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`
    )
  }
}
module.exports = SummaryLine
