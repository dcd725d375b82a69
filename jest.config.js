/**
 * Jest: ts-jest on node; pane component tests opt into jsdom with a docblock. Transpile-only (tsconfig.jest.json sets
 * isolatedModules): `npm test` runs `tsc --noEmit` first, so type-checking each test file again only cost time.
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 120000,
};
