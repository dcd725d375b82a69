/**
 * A relationship target, relative to its source part (or absolute from the package root), → a part name; null
 * when it names no part of this package (a URI such as `file:///etc/passwd`, or a path climbing above the root).
 */
export function resolvePartName(sourcePart: string, target: string): string | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || target.startsWith("//")) return null;
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\/+/, "").split("/")) {
    if (segment === "..") {
      if (base.length === 0) return null;
      base.pop();
    } else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}
