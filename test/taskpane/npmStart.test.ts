/**
 * `npm start` on a machine without Excel desktop (this Linux box, CI): it makes the development certificates,
 * prints the pane's URL and serves the pane over HTTPS there (issue 10, "Outside Office"). Run on a free port so a
 * developer's own server on 3000 is left alone.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as https from "node:https";
import * as net from "node:net";
import path from "node:path";

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** GET over HTTPS, accepting the self-signed development certificate (it is not installed on this machine). */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

async function getWhenReady(
  url: string,
  deadline: number
): Promise<{ status: number; body: string }> {
  for (;;) {
    try {
      const response = await get(url);
      if (response.status === 200) return response;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`${url} was not served in time`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

let child: ChildProcess | undefined;

afterEach(async () => {
  // The dev server runs in the child's process group: end all of it, and wait until its output pipes are closed, so
  // that no process of this test outlives it (a jest worker cannot exit while one is running).
  const running = child;
  child = undefined;
  if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
  const closed = new Promise<void>((resolve) => running.once("close", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-running.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const stubborn = setTimeout(() => signalGroup("SIGKILL"), 10_000);
  await closed;
  clearTimeout(stubborn);
  // The process handle itself is released once the loop has turned after its exit.
  await new Promise((resolve) => setImmediate(resolve));
});

test("serves the pane over HTTPS and prints its URL", async () => {
  const port = await freePort();
  child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
    cwd: ROOT,
    env: { ...process.env, npm_package_config_dev_server_port: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const url = `https://localhost:${port}/taskpane.html`;
  const deadline = Date.now() + 180_000;
  const page = await getWhenReady(url, deadline);
  expect(output).toContain(`Task pane: ${url}`);
  expect(page.body).toContain("<title>Plan de Acción</title>");
  const script = /<script[^>]+src="?([^" >]*taskpane\.js[^" >]*)/.exec(page.body)?.[1];
  expect(script).toBeDefined();
  const bundle = await getWhenReady(`https://localhost:${port}/${script}`, deadline);
  expect(bundle.body).toContain("pane-rendered");
});
