/**
 * The order jest starts the suites in. With timings from an earlier run in this checkout (jest's cache), jest's
 * own order: failed suites first, then the slowest. Without them — a clean clone, CI — jest would go by file size,
 * which starts some of the slowest suites (a pane build, a LibreOffice print) near the end, where one worker runs
 * them alone while the other has nothing left. So here: the suites known to take longest (HEAVIEST, measured), then
 * every other suite that starts LibreOffice, Chromium, webpack or Python (test/support/slowSuites.js), then the
 * rest, each group largest file first — and the two workers end close together.
 */
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;
const { isSlowSuite } = require("./slowSuites");

/**
 * The slowest suites of a full run, slowest first (paths from the repository root), from a run with timings
 * (`npx jest --json`, perfStats). The three suites that build the pane take turns on webpack's cache (a lock), so
 * they are spread out: two of them started side by side would leave one worker waiting for the other's build; so
 * are two suites that share a fixture built once per run (test/support/sharedFixture.ts).
 */
const HEAVIEST = [
  "test/taskpane/paneInBrowser.test.ts",
  "test/shells/xlsx/readSnapshotFromFile.test.ts",
  "test/shells/xlsx/producers/producerCorpus.test.ts",
  "test/shells/office/OfficeHost.test.ts",
  "test/taskpane/paneFlowsA11y.test.ts",
  "test/shells/office/backupBytes.test.ts",
  "test/parity/viewParity.test.tsx",
  "test/shells/office/atomicPatch.test.ts",
  "test/cli/hostileCorpus.test.ts",
  "test/print/printPlan.test.ts",
  "test/taskpane/build.test.ts",
  "test/shells/xlsx/browser/packageInBrowser.test.ts",
  "test/shells/xlsx/chart/chartInLibreOffice.test.ts",
  "test/taskpane/flows/PlanFlowFromXlsx.test.tsx",
  "test/cli/importAreas.test.ts",
  "test/cli/consolidate.test.ts",
  "test/semaphore/oracle.test.ts",
  "test/operations/informe2021.test.ts",
  "test/cli/generate.test.ts",
  "test/cli/upgrade.test.ts",
  // Reads the bad-input corpus readSnapshotFromFile builds (test/support/sharedFixture.ts): started well after it,
  // so it finds the corpus built instead of waiting for it.
  "test/core/validation/badInputCorpusLibreOffice.test.ts",
];

class TestSequencer extends Sequencer {
  sort(tests) {
    if (tests.every((test) => this.time(test) !== undefined)) return super.sort(tests);
    const root = path.resolve(__dirname, "..", "..");
    const keys = new Map(
      tests.map((test) => {
        const heavy = HEAVIEST.indexOf(path.relative(root, test.path).split(path.sep).join("/"));
        const rank = heavy >= 0 ? heavy : HEAVIEST.length + (isSlowSuite(test.path) ? 0 : 1);
        return [test, { rank, size: test.context.hasteFS.getSize(test.path) ?? 0 }];
      })
    );
    return [...tests].sort((a, b) => {
      const [first, second] = [keys.get(a), keys.get(b)];
      return first.rank - second.rank || second.size - first.size;
    });
  }
}

module.exports = TestSequencer;
