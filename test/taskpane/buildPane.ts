import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");
/**
 * webpack's persistent cache for the test builds: the suites that build the pane (build.test, paneInBrowser,
 * paneFlowsA11y) and `npm run bench -- --pane` share it, so the pane's modules are compiled and minified once and
 * each later build (another office.js mode, another entry) only redoes what differs. webpack checks every source
 * file and the config against it, so a changed source is rebuilt.
 */
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "plan-matrix-pane");
/** Held while a build writes the cache: builds in parallel jest workers take turns. */
const LOCK_DIR = `${CACHE_DIR}.lock`;
/** A lock older than this whose holder cannot be found is left over from a killed run. */
const STALE_LOCK_MS = 15 * 60 * 1000;

type ConfigFactory = (
  env: Record<string, string | boolean | undefined>,
  argv: { mode: "development" | "production" }
) => Promise<webpack.Configuration>;

// webpack.config.js is CommonJS without types; its factory signature is ConfigFactory.
const createConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

export interface BuildOptions {
  mode: "development" | "production";
  outputPath: string;
  officeJs?: "cdn" | "local";
  /** Required by production builds; tests that do not check it get a test origin. */
  origin?: string;
  /** Replaces the pane's entry module (a test page rendering the pane over fakes). */
  entry?: string;
  /**
   * Minified as `npm run build` minifies (the default). A page that never ships (the pane over fakes) can skip it:
   * minifying React and Fluent UI is most of a cold build's time, and no check of such a page depends on it.
   */
  minify?: boolean;
}

function lockIsStale(): boolean {
  try {
    const holder = Number(readFileSync(path.join(LOCK_DIR, "pid"), "utf8"));
    process.kill(holder, 0);
    return false;
  } catch (error) {
    // ESRCH: the holder is gone. No pid file yet: a holder between mkdir and writing it, unless the lock is old.
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return true;
    try {
      return Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS;
    } catch {
      return false;
    }
  }
}

async function withCacheLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockIsStale()) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    writeFileSync(path.join(LOCK_DIR, "pid"), String(process.pid));
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * Runs the project's webpack config programmatically, as `npm run build` would (with a persistent cache), without
 * source maps: no test reads them, and they cost about a fifth of a build's time.
 */
export async function buildPane(options: BuildOptions): Promise<webpack.Stats> {
  const config = await createConfig(
    {
      WEBPACK_BUILD: true,
      outputPath: options.outputPath,
      officeJs: options.officeJs,
      origin:
        options.origin ?? (options.mode === "production" ? "https://plan-matrix.test/" : undefined),
    },
    { mode: options.mode }
  );
  // The compiler is made under the lock too: webpack's file cache reads its index when the compiler is made and the
  // rest of the pack later, so a compiler made while another process's build was writing the cache read that build's
  // modules under its own index (a production build came out with the test page's entry, two suites run together).
  const stats = await withCacheLock(async () => {
    const compiler = webpack({
      ...config,
      ...(options.entry ? { entry: { taskpane: options.entry } } : {}),
      devtool: false,
      ...(options.minify === false
        ? { optimization: { ...config.optimization, minimize: false } }
        : {}),
      cache: {
        type: "filesystem",
        cacheDirectory: CACHE_DIR,
        buildDependencies: { config: [path.join(ROOT, "webpack.config.js"), __filename] },
      },
      infrastructureLogging: { level: "error" },
    });
    const result = await new Promise<webpack.Stats>((resolve, reject) => {
      compiler.run((error, stats) => {
        if (error) reject(error);
        else if (!stats) reject(new Error("webpack returned no stats"));
        else resolve(stats);
      });
    });
    // Closing writes the cache: still under the lock.
    await new Promise<void>((resolve, reject) =>
      compiler.close((error) => (error ? reject(error) : resolve()))
    );
    return result;
  });
  if (stats.hasErrors()) {
    throw new Error(stats.toString({ all: false, errors: true, errorDetails: true }));
  }
  return stats;
}
