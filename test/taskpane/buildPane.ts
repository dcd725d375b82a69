import * as path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");

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
}

/** Runs the project's webpack config programmatically, as `npm run build` would. */
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
  const compiler = webpack({
    ...config,
    ...(options.entry ? { entry: { taskpane: options.entry } } : {}),
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      if (error) reject(error);
      else if (!result) reject(new Error("webpack returned no stats"));
      else resolve(result);
    });
  });
  await new Promise<void>((resolve, reject) =>
    compiler.close((error) => (error ? reject(error) : resolve()))
  );
  if (stats.hasErrors()) {
    throw new Error(stats.toString({ all: false, errors: true, errorDetails: true }));
  }
  return stats;
}
