/**
 * Development HTTPS certificates for https://localhost:3000, as made by office-addin-dev-certs:
 * ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}.
 *
 * office-addin-dev-certs' own getHttpsServerOptions() insists on installing the CA into the
 * system trust store, which fails without sudo (Linux, CI). Here the files are read directly and,
 * when missing, `office-addin-dev-certs install` is run only to generate them: its exit code is
 * ignored (it exits 0 even when trusting the CA failed); what counts is that the files exist.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};

/** Paths of the certificate files that do not exist. */
function missingCertFiles() {
  return Object.values(CERT_FILES).filter((file) => !fs.existsSync(file));
}

/** {ca, cert, key} buffers for an HTTPS server, or null when any file is missing. */
function readDevCerts() {
  if (missingCertFiles().length > 0) return null;
  return {
    ca: fs.readFileSync(CERT_FILES.ca),
    cert: fs.readFileSync(CERT_FILES.cert),
    key: fs.readFileSync(CERT_FILES.key),
  };
}

/** Runs `office-addin-dev-certs install` (output shown) and returns its exit status. */
function runDevCertsInstall() {
  const pkgPath = require.resolve("office-addin-dev-certs/package.json");
  const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-dev-certs"];
  const result = spawnSync(process.execPath, [path.join(path.dirname(pkgPath), bin), "install"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  return result.status;
}

/**
 * The certificates, generating them first when any file is missing.
 * Throws with a clear message when they still are not there.
 */
function ensureDevCerts() {
  const existing = readDevCerts();
  if (existing) return existing;
  console.log(
    `Generating development certificates in ${CERT_DIR} (office-addin-dev-certs install)…`
  );
  runDevCertsInstall();
  const generated = readDevCerts();
  if (!generated) {
    throw new Error(
      `office-addin-dev-certs did not produce ${missingCertFiles().join(", ")}; ` +
        "run `npx office-addin-dev-certs install` and check its output"
    );
  }
  return generated;
}

module.exports = { CERT_DIR, CERT_FILES, readDevCerts, ensureDevCerts, missingCertFiles };
