/**
 * The package layer (zip and XML on bytes), loaded on first use as its own chunk: the pane's first screen outside
 * Office is an empty workbook, and inside Excel only Consolidar reads files, so neither waits for ~65 KB gzip of
 * fflate, saxes and xmldom before it is interactive (`npm run bench -- --pane`).
 */
type PackageLayer = typeof import("../xlsx/package/packageBytes");

let loading: Promise<PackageLayer> | null = null;

export function packageLayer(): Promise<PackageLayer> {
  loading ??= import(/* webpackChunkName: "package" */ "../xlsx/package/packageBytes");
  return loading;
}
