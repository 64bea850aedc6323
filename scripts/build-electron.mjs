// Bundles the Electron main process and preload to CommonJS: a sandboxed preload must be
// CommonJS, and bundling keeps node_modules out of the packaged app.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
};

await build({ ...shared, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({
  ...shared,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
});

// The preload must stay tiny (no schemas, no engine): a shared import once made it 700 KB.
const { statSync } = await import('node:fs');
const preloadBytes = statSync('dist/electron/preload.cjs').size;
if (preloadBytes > 16 * 1024) {
  console.error(`dist/electron/preload.cjs is ${preloadBytes} bytes; keep it under 16 KB.`);
  process.exit(1);
}
