/**
 * The bad-input corpus (test/fixtures/badInput): every case through a real .xlsx, validated; each expected issue
 * at its cell with its code and severity (and fix, where the case says), no error the case does not expect, and
 * every rule of SPEC §4 triggered by some case. The clean plan has no issue at all.
 */
import { IssueCode } from "../../../src/core/messages/catalog/issueMessages";
import { Issue } from "../../../src/core/validation/Issue";
import { RULES } from "../../../src/core/validation/rules";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { ExpectedIssue } from "../../fixtures/badInput/BadInputCase";
import { buildCaseWorkbook } from "../../fixtures/badInput/buildCaseWorkbook";
import { BAD_INPUT_CASES } from "../../fixtures/badInput/cases";
import { testOutputDir } from "../../support/tempDir";

const outputDir = testOutputDir("badInput");

const key = (issue: Pick<Issue, "code" | "cell" | "severity"> & { area?: string | null }): string =>
  `${issue.severity} ${issue.code}@${issue.area ?? "?"}!${issue.cell ?? "-"}`;

function matches(issue: Issue, expected: ExpectedIssue): boolean {
  return (
    issue.code === expected.code &&
    issue.cell === expected.cell &&
    issue.severity === expected.severity &&
    (expected.area === undefined || issue.area === expected.area)
  );
}

describe("bad-input corpus", () => {
  it("has at least 25 cases with unique names", () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_INPUT_CASES.map((testCase) => testCase.name)).size).toBe(
      BAD_INPUT_CASES.length
    );
  });

  it("triggers every rule's every code at a known place", () => {
    const covered = new Set<IssueCode>(
      BAD_INPUT_CASES.flatMap((testCase) => testCase.expected.map((expected) => expected.code))
    );
    expect(RULES.flatMap((rule) => rule.codes).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("the clean filled plan (every area filled, weights 100 %, programming adding up) has no error and no warning", async () => {
    const report = validateWorkbook(await buildCaseWorkbook(null, outputDir));
    expect(report.issues.map(key)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, filledRows: 3 });
  });

  describe.each(BAD_INPUT_CASES.map((testCase) => [testCase.name, testCase] as const))(
    "%s",
    (_, testCase) => {
      it(`${testCase.description}: reports ${testCase.expected.map((expected) => `${expected.code}@${expected.cell ?? "-"}`).join(", ")}`, async () => {
        const report = validateWorkbook(await buildCaseWorkbook(testCase, outputDir));
        for (const expected of testCase.expected) {
          const found = report.issues.find((issue) => matches(issue, expected));
          expect([
            key(expected),
            found ? "found" : `missing among: ${report.issues.map(key).join("; ")}`,
          ]).toEqual([key(expected), "found"]);
          if (found && expected.fix !== undefined)
            expect([key(expected), found.fix?.value ?? null]).toEqual([
              key(expected),
              expected.fix,
            ]);
        }
        const unexpectedErrors = report.issues.filter(
          (issue) =>
            issue.severity === "error" &&
            !testCase.expected.some((expected) => matches(issue, expected))
        );
        expect(unexpectedErrors.map(key)).toEqual([]);
      });
    }
  );
});
