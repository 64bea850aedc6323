// `npm run web`: build the browser version and serve it on http://localhost:$PORT.
import { execFileSync } from 'node:child_process';
import { serveWeb } from './serve-web.mjs';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
const { url } = await serveWeb(port);
console.log(`Canary Coach is being served at ${url} (Ctrl+C to stop)`);
