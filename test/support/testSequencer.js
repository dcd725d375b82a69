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

/** The slowest suites of a full run on an idle 2-core machine, slowest first (paths from the repository root). */
const HEAVIEST = [
  "test/print/printPlan.test.ts",
  "test/shells/office/OfficeHost.test.ts",
  "test/taskpane/paneInBrowser.test.ts",
  "test/parity/viewParity.test.tsx",
  "test/shells/office/atomicPatch.test.ts",
  "test/shells/xlsx/chart/chartInLibreOffice.test.ts",
  "test/shells/xlsx/browser/packageInBrowser.test.ts",
  "test/taskpane/flows/PlanFlowFromXlsx.test.tsx",
  "test/cli/importAreas.test.ts",
  "test/cli/consolidate.test.ts",
  "test/semaphore/oracle.test.ts",
  "test/operations/informe2021.test.ts",
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
