// `npm start`: build, then open the desktop app; where Electron's binary cannot be had,
// say so in one line and serve the same app in the browser.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveWeb } from './serve-web.mjs';

// Requiring `electron` fetches its binary on first use; do it in a child process so a
// failed fetch (offline, blocked) becomes one clear line rather than a stack trace.
function electronBinary() {
  const probe = spawnSync(
    process.execPath,
    ['-e', 'process.stdout.write("\\n" + require("electron"))'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    },
  );
  const path = probe.status === 0 ? probe.stdout.trim().split('\n').pop() : undefined;
  return path && existsSync(path) ? path : null;
}

const run = (script) =>
  execFileSync(process.execPath, script, { stdio: ['ignore', 'inherit', 'inherit'] });
run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
run(['scripts/build-electron.mjs']);

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serveWeb(port);
  console.log(
    `The Electron binary is not installed on this machine, so Canary Coach is served in the browser instead: ${url}`,
  );
}
