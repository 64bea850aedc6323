// Serves the built renderer on localhost; shared by `npm run web` and `npm start`'s fallback.
import { preview } from 'vite';

/** Starts a static server for dist/renderer and resolves with its URL; exits on a busy port. */
export async function serveWeb(port) {
  try {
    const server = await preview({
      configFile: 'vite.config.ts',
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      logLevel: 'warn',
    });
    const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
    return { server, url };
  } catch (error) {
    console.error(
      `Could not serve Canary Coach on port ${port}: ${error.message}. Set PORT to another port.`,
    );
    process.exit(1);
  }
}
