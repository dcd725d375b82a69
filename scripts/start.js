#!/usr/bin/env node
/**
 * npm start
 *
 * Windows and macOS: `office-addin-debugging start manifest.xml`, which starts the dev server
 * and sideloads the add-in into Excel desktop (package.json "config": app_to_debug=excel,
 * app_type_to_debug=desktop, dev_server_port=3000).
 *
 * Elsewhere (Linux, CI) there is no Excel desktop: this makes sure the office-addin-dev-certs
 * certificates exist and runs the webpack dev server on https://localhost:3000, so the pane can
 * be opened in a browser or sideloaded into Excel on the web with manifest.xml.
 */
const path = require("path");
const { spawn } = require("child_process");
const { ensureDevCerts, CERT_DIR } = require("./dev-certs");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/** Runs a package's CLI with this Node, forwarding signals; resolves with its exit code. */
function runPackageBin(pkgName, binName, args) {
  const pkgJsonPath = require.resolve(`${pkgName}/package.json`, { paths: [ROOT] });
  const pkg = require(pkgJsonPath);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin[binName];
  const child = spawn(process.execPath, [path.join(path.dirname(pkgJsonPath), bin), ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code === null ? (signal ? 1 : 0) : code));
  });
}

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    return runPackageBin("office-addin-debugging", "office-addin-debugging", [
      "start",
      "manifest.xml",
    ]);
  }

  console.log(
    `Excel desktop is not available on this platform (${process.platform}): serving the task pane for a browser or Excel on the web instead.`
  );
  try {
    ensureDevCerts();
  } catch (err) {
    console.error(`✗ ${err.message}`);
    return 1;
  }
  console.log(`HTTPS certificates: ${CERT_DIR} (trust ca.crt in your browser to avoid warnings).`);
  console.log(`Task pane: https://localhost:${PORT}/taskpane.html`);
  console.log(
    "Open it in a browser, or sideload it into Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml."
  );
  return runPackageBin("webpack-cli", "webpack-cli", ["serve", "--mode", "development"]);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  }
);
