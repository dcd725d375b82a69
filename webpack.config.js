/**
 * Task pane build, after OfficeDev/Office-Addin-TaskPane-React's webpack.config.js.
 *
 *   npm run build        production build into dist/ (a static folder any HTTPS server can host)
 *   npm run build:dev    development build into dist/
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs certificates
 *
 * Options (environment variable, or `--env name=value` on the webpack command line):
 *   PLAN_MATRIX_ORIGIN / --env origin=…       HTTPS origin (with path) where dist/ is hosted;
 *       production builds rewrite the manifest's https://localhost:3000/ URLs to it.
 *       Required for a production build (it refuses to run without one).
 *   PLAN_MATRIX_OFFICE_JS / --env officeJs=…  "cdn" (default): taskpane.html loads office.js
 *       from Microsoft's CDN, the only supported source inside Office. "local": the build copies
 *       office.js (and the one file it loads outside Office) from @microsoft/office-js into
 *       dist/office-js/ and the pages load that copy: for running the pane in a plain browser
 *       with no internet (the headless browser test). A local copy does not work inside Office.
 *   --env outputPath=…                         output folder (default dist/).
 *
 * Both modes write dist/manifest.xml with <Version> set from package.json's version.
 *
 * Fluent UI's styles are extracted at build time (Griffel's CSS extraction): its components ship their styles
 * precompiled, and instead of inserting those CSS rules one by one at run time the pane links one stylesheet,
 * griffel.css, which taskpane.html loads beside taskpane.js. The pane's own few makeStyles calls stay at run time.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const pkg = require("./package.json");
const { resolveProductionOrigin, transformManifest } = require("./scripts/manifest-tools");
const { ensureDevCerts } = require("./scripts/dev-certs");

const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Folder of the local office.js copy inside the output. */
const OFFICE_JS_LOCAL_DIR = "office-js";
/** What office.js needs to load and resolve Office.onReady outside Office (not its 86 MB dist). */
const OFFICE_JS_LOCAL_FILES = ["office.js", "o15apptofilemappingtable.js"];

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const officeJs = env.officeJs || process.env.PLAN_MATRIX_OFFICE_JS || "cdn";
  if (officeJs !== "cdn" && officeJs !== "local") {
    throw new Error(`officeJs must be "cdn" or "local", not "${officeJs}"`);
  }
  const origin = dev
    ? undefined
    : resolveProductionOrigin(env.origin || process.env.PLAN_MATRIX_ORIGIN);
  const outputPath = env.outputPath
    ? path.resolve(env.outputPath)
    : path.resolve(__dirname, "dist");
  const officeJsUrl = officeJs === "local" ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN_URL;
  const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

  const config = {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // Fluent UI's precompiled styles (`__styles`) become CSS modules gathered into griffel.css; the loader
          // passes any file without them through untouched.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, require.resolve("css-loader")],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // `npm run typecheck` (tsc --noEmit) does the type checking.
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      // One stylesheet for the whole pane (the lazily loaded flows' rules included): Griffel sorts its rules itself,
      // so the order in which the chunks list them does not matter.
      new MiniCssExtractPlugin({ filename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new webpack.DefinePlugin({
        __PLAN_MATRIX_VERSION__: JSON.stringify(pkg.version),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template places the (deferred) script tag and the stylesheet itself, before office.js's: all are
        // fetched at once.
        inject: false,
        templateParameters: { officeJsUrl },
        // Appends ?<hash> to the script URL: Office caches add-in files aggressively.
        hash: !dev,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: [],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return transformManifest(content.toString("utf8"), { version: pkg.version, origin });
            },
          },
          ...(officeJs === "local"
            ? OFFICE_JS_LOCAL_FILES.map((file) => ({
                from: path.join(officeJsDist, file),
                to: `${OFFICE_JS_LOCAL_DIR}/${file}`,
              }))
            : []),
        ],
      }),
    ],
    optimization: {
      // SWC's minifier (the @swc/core the tests already use) instead of webpack's default terser: a cold production
      // build took 49 s of CPU with terser and 27 s with SWC on this 2-core machine, and the scripts came out 0.3 %
      // smaller gzipped (489.9 against 488.2 KB in all, taskpane.js 445.5 against 443.0 KB raw). Same two compress
      // passes as webpack's terser default.
      minimizer: [
        new MinimizerPlugin({
          minify: {
            implementation: MinimizerPlugin.swcMinify,
            options: { compress: { passes: 2 }, mangle: true },
          },
        }),
      ],
    },
    performance: {
      // React + Fluent UI; warn when the production pane grows past this.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      hot: true,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: ensureDevCerts() },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    };
  }

  return config;
};
