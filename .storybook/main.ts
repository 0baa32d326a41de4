import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const cemConfig = 'custom-elements-manifest.config.mjs';
const manifestFile = resolve(root, 'custom-elements.json');
const MANIFEST_ID = 'virtual:dj-custom-elements';
const RESOLVED_ID = `\0${MANIFEST_ID}`;

/**
 * Runs the custom-elements manifest analyzer (a build output, not committed, so a clean clone
 * gets one on its first `storybook dev` / `build-storybook`) and returns the manifest's text.
 * A child process, not the analyzer's API: it is exactly what `npx cem analyze --config …`
 * does, and the analyzer's TypeScript stays out of Storybook's process.
 */
async function analyze(): Promise<string> {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  try {
    await promisify(execFile)(process.execPath, [cli, 'analyze', '--config', cemConfig], { cwd: root });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`custom-elements manifest: the analyzer failed\n${err.stderr ?? ''}${err.stdout ?? ''}${err.message}`, { cause: e });
  }
  const text = await readFile(manifestFile, 'utf8');
  JSON.parse(text); // fail here, not in the browser, if the analyzer wrote nonsense
  return text;
}

/**
 * Serves the manifest as `virtual:dj-custom-elements` (preview.ts hands it to Storybook's docs)
 * and, in dev, regenerates it when a source file changes, so the docs tables stay current.
 */
function customElementsManifest(initial: string): Plugin {
  let manifest = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'dj-custom-elements-manifest',
    resolveId(id) {
      return id === MANIFEST_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? `export default ${manifest};` : undefined;
    },
    configureServer(server) {
      const src = resolve(root, 'src') + sep;
      server.watcher.on('change', (file) => {
        if (!file.startsWith(src) || !file.endsWith('.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          analyze().then(
            (text) => {
              manifest = text;
              const graph = server.environments.client.moduleGraph;
              const mod = graph.getModuleById(RESOLVED_ID);
              if (mod) graph.invalidateModule(mod);
              server.config.logger.info(`custom-elements.json updated (${relative(root, file)})`, { timestamp: true });
            },
            // Keep the last good manifest: the docs are a little stale, not broken.
            (e: unknown) => {
              server.config.logger.error(e instanceof Error ? e.message : String(e));
            },
          );
        }, 300);
      });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The widgets use Lit's legacy decorators (tsconfig: experimentalDecorators,
  // useDefineForClassFields: false); Vite's TypeScript transform reads them from tsconfig.json.
  // Runs once per `storybook dev` / `storybook build`, before Vite starts: a broken manifest
  // stops the build here with the analyzer's message.
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest(await analyze())];
    // Storybook's own chunks (docs blocks, axe, the preview runtime) are 0.6–0.9 MB; ours are small.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1024 };
    // The renderer imports lit/directive-helpers.js, which the dev pre-bundle misses: served raw,
    // it pulls in a second lit-html ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return viteConfig;
  },
};

export default config;
