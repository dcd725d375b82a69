/**
 * Jest: TypeScript stripped by SWC (@swc/jest) on node; pane component tests opt into jsdom with a docblock.
 * Transpile-only: `npm test` runs `tsc --noEmit` first, so type-checking each file again only cost time, and SWC
 * strips the types of the 650 source and test files in about a second of CPU where ts-jest took 13 (a clean clone
 * has no transform cache). The options mirror tsconfig.json: ES2020, CommonJS, React's automatic JSX runtime, class
 * fields assigned in the constructor as tsc does for ES2020; .ts files are parsed without JSX (`<T>x` casts).
 * The global set-up compiles the CLI once (test/support/globalSetup.js), for the suites that spawn it; the tear-down
 * stops the LibreOffice each worker kept running for its conversions (test/support/libreoffice.ts); the sequencer
 * starts the slowest suites first (test/support/testSequencer.js).
 *
 * One worker per core (jest's default leaves one core to itself, i.e. a single worker on a 2-core machine), at most
 * four: the LibreOffice and Chromium suites start processes of their own (each soffice call has a private profile,
 * each browser its own context), and more workers than that only add memory.
 */
const os = require("node:os");

/** @swc/jest's options for `.ts` (tsx: false) or `.tsx` (tsx: true) files. */
const swc = (tsx) => [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx },
      target: "es2020",
      transform: { react: { runtime: "automatic" }, useDefineForClassFields: false },
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.ts$": swc(false),
    "^.+\\.tsx$": swc(true),
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  globalTeardown: "<rootDir>/test/support/globalTeardown.js",
  testSequencer: "<rootDir>/test/support/testSequencer.js",
  maxWorkers: Math.min(4, os.availableParallelism?.() ?? os.cpus().length),
  // Jest's default 500 ms force-exited a worker at the end of every full run here, although a full run with
  // --runInBand --detectOpenHandles reports no open handle. Giving memory back is slow on this VM (a Node process
  // holding a 1.5 GB heap took 267 ms to exit once told to), and a worker that has run the big-file suites holds
  // more. A worker that really hangs is still force-exited, after 5 s.
  workerGracefulExitTimeout: 5000,
  testTimeout: 120000,
};
