#!/usr/bin/env node
/**
 * Validates an Office add-in XML manifest offline.
 *
 *   node scripts/validate-manifest.js [manifest.xml]      (npm run validate)
 *
 * 1. XML Schema validation against Microsoft's manifest v1.1 XSDs, with the npm package
 *    xmllint-wasm (libxml2 compiled to WebAssembly), so no xmllint binary and no network are
 *    needed. `office-addin-manifest validate` posts to an online service instead.
 *    Schemas: $PLAN_MATRIX_MANIFEST_SCHEMAS if set, else ../shared/schemas/office-addin-manifest
 *    beside the repository (the layout CI clones).
 * 2. Every URL in the manifest is https:// (Office refuses others), and every URL-valued setting
 *    (icons, source locations, support URL, resource URLs, app domains) is an absolute https URL.
 *
 * Prints one line per problem and a summary; exits 0 when valid, 1 otherwise.
 */
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
const SCHEMA_DIR_ENV = "PLAN_MATRIX_MANIFEST_SCHEMAS";
const DEFAULT_SCHEMA_DIR = path.resolve(
  __dirname,
  "..",
  "..",
  "shared",
  "schemas",
  "office-addin-manifest"
);

/** Elements whose DefaultValue (and Override Value) must be an absolute https URL. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Image",
  "bt:Url",
]);

function schemaDirectory() {
  const fromEnv = process.env[SCHEMA_DIR_ENV];
  return fromEnv && fromEnv.trim() ? path.resolve(fromEnv.trim()) : DEFAULT_SCHEMA_DIR;
}

/** 1-based line number of a character offset. */
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === "\n") line += 1;
  return line;
}

function decodeEntities(value) {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * Problems with URLs in a manifest: any non-https URL anywhere (namespace declarations and
 * comments excepted) and any URL-valued setting that is not an absolute https URL.
 * @param {string} xml
 * @returns {{line: number, message: string}[]}
 */
function checkUrls(xml) {
  // Blank out comments, processing instructions and CDATA markers, keeping offsets and newlines.
  const text = xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, " "));
  const problems = [];
  const stack = [];
  const isUrlLike = (v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.startsWith("//");
  const isHttps = (v) => /^https:\/\/[^\s/]+/i.test(v);
  const tokens =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = tokens.exec(text)) !== null) {
    const [, closing, name, attrs, selfClosing, textNode] = m;
    const line = lineAt(text, m.index);
    if (textNode !== undefined) {
      const value = decodeEntities(textNode.trim());
      const parent = stack[stack.length - 1];
      if (!value) continue;
      if (parent === "AppDomain" && !isHttps(value)) {
        problems.push({ line, message: `<AppDomain> "${value}" must be an https:// origin` });
      } else if (parent !== "AppDomain" && isUrlLike(value) && !isHttps(value)) {
        problems.push({ line, message: `URL "${value}" in <${parent}> must use https://` });
      }
      continue;
    }
    if (closing) {
      stack.pop();
      continue;
    }
    const element = name;
    const parent = stack[stack.length - 1];
    const attrPattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let a;
    while ((a = attrPattern.exec(attrs)) !== null) {
      const attrName = a[1];
      const value = decodeEntities(a[2] !== undefined ? a[2] : a[3]);
      if (attrName === "xmlns" || attrName.startsWith("xmlns:")) continue;
      const urlSetting =
        (attrName === "DefaultValue" && URL_ELEMENTS.has(element)) ||
        (attrName === "Value" && /(^|:)Override$/.test(element) && URL_ELEMENTS.has(parent));
      if (urlSetting && !isHttps(value)) {
        problems.push({
          line,
          message: `<${element}> ${attrName}="${value}" must be an absolute https:// URL`,
        });
      } else if (!urlSetting && isUrlLike(value) && !isHttps(value)) {
        problems.push({
          line,
          message: `URL "${value}" in <${element}> ${attrName} must use https://`,
        });
      }
    }
    if (!selfClosing) stack.push(element);
  }
  return problems;
}

/**
 * Validates manifest text against the XSDs in `schemaDir`.
 * @param {string} xml
 * @param {{fileName?: string, schemaDir?: string}} [options]
 * @returns {Promise<{valid: boolean, problems: string[]}>}
 */
async function validateManifest(xml, options = {}) {
  const fileName = path.basename(options.fileName || "manifest.xml");
  const schemaDir = options.schemaDir || schemaDirectory();
  const problems = [];

  const rootSchemaPath = path.join(schemaDir, ROOT_SCHEMA);
  if (!fs.existsSync(rootSchemaPath)) {
    return {
      valid: false,
      problems: [
        `schema ${rootSchemaPath} not found: put the manifest XSDs there ` +
          `(the shared/ folder beside the repository) or set ${SCHEMA_DIR_ENV} to their folder`,
      ],
    };
  }
  const preload = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd") && f !== ROOT_SCHEMA)
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), "utf8") }));

  try {
    const result = await validateXML({
      xml: { fileName, contents: xml },
      schema: { fileName: ROOT_SCHEMA, contents: fs.readFileSync(rootSchemaPath, "utf8") },
      preload,
    });
    for (const error of result.errors) {
      const message = error.rawMessage.trim();
      if (message && !/fails to validate$/.test(message)) problems.push(message);
    }
    if (!result.valid && problems.length === 0) problems.push(`${fileName} fails to validate`);
  } catch (err) {
    // xmllint exits with a code other than 0/3/4 when the document is not well-formed.
    const detail = String((err && err.message) || err).trim();
    problems.push(`${fileName} could not be parsed as XML:\n${detail}`);
    return { valid: false, problems };
  }

  for (const p of checkUrls(xml)) problems.push(`${fileName}:${p.line}: ${p.message}`);
  return { valid: problems.length === 0, problems };
}

async function main(argv) {
  const manifestPath = path.resolve(argv[0] || "manifest.xml");
  if (!fs.existsSync(manifestPath)) {
    console.error(`✗ ${manifestPath}: file not found`);
    return 1;
  }
  const xml = fs.readFileSync(manifestPath, "utf8");
  const schemaDir = schemaDirectory();
  const { valid, problems } = await validateManifest(xml, { fileName: manifestPath, schemaDir });
  const shown = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (valid) {
    console.log(
      `✓ ${shown} is a valid add-in manifest (XSD ${path.join(schemaDir, ROOT_SCHEMA)}; all URLs https)`
    );
    return 0;
  }
  console.error(`✗ ${shown} is not a valid add-in manifest:`);
  for (const p of problems) console.error(`  ${p.replace(/\n/g, "\n  ")}`);
  console.error(`${problems.length} problem(s).`);
  return 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`✗ manifest validation could not run: ${(err && err.stack) || err}`);
      process.exitCode = 1;
    }
  );
}

module.exports = { validateManifest, checkUrls, schemaDirectory, DEFAULT_SCHEMA_DIR };
