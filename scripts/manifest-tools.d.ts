/** Types for scripts/manifest-tools.js (used by webpack.config.js and the tests). */

/** Origin the source manifest.xml points at: the webpack dev server. */
export const DEV_ORIGIN: string;
/** Placeholder production origin used when PLAN_MATRIX_ORIGIN is not set. */
/** "1.2.3" (or "1.2.3-beta.1") → "1.2.3.0"; throws when the version has no such form. */
export function toManifestVersion(packageVersion: string): string;
/** Absolute https URL ending in "/" (the placeholder when `value` is empty); throws otherwise. */
export function resolveProductionOrigin(value: string | undefined): string;
/** The manifest as the build writes it (see manifest-tools.js). */
export function transformManifest(
  xml: string,
  options: { version: string; origin?: string | undefined }
): string;
