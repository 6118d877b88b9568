import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devMode } from './dev-mode';
import { diagramRenderer } from './renderer';
import { standaloneDiagrams } from './standalone';
import { hideDiagramTextFromTextBrowsers } from './text-browsers';

export { rehypeMermaid } from './rehype-mermaid';

/**
 * Finishes what rehype-mermaid started: writes the full-size SVG files the diagrams link to (and
 * serves them in dev), keeps diagram text out of text browsers, closes the diagram browser and
 * reports what the build did: `diagrams: 24 rendered, 0 from cache, 3.1 s of rendering`. In
 * `astro dev` it keeps one browser open for the server's life, reports each diagram it renders
 * with its render time, and lets a diagram that does not parse show as an error box in the page.
 * Must come after every integration that re-serialises the built pages (the CSP step).
 */
export function diagrams(options: { base?: string } = {}): AstroIntegration {
	const base = options.base ?? '/';
	return {
		name: 'diagrams',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'dev') return;
				devMode.enabled = true;
				devMode.info = (message) => logger.info(message);
				devMode.error = (message) => logger.error(message);
			},
			'astro:server:start': () => {
				// One browser for the dev server's life, started before the first diagram needs it.
				diagramRenderer.warm();
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
					const svg = path.startsWith(base) && standaloneDiagrams.get(path.slice(base.length));
					if (!svg) return next();
					response.setHeader('Content-Type', 'image/svg+xml');
					response.end(svg);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				for (const [file, svg] of standaloneDiagrams) {
					await mkdir(dirname(join(root, file)), { recursive: true });
					await writeFile(join(root, file), svg);
				}
				const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				for (const page of pages) await hideDiagramTextFromTextBrowsers(join(root, page));
				const { rendered, cached, milliseconds } = diagramRenderer.stats;
				await diagramRenderer.close();
				logger.info(
					`${rendered} rendered, ${cached} from cache, ${(milliseconds / 1000).toFixed(1)} s of rendering (one browser session); ${standaloneDiagrams.size} full-size files`
				);
			},
			'astro:server:done': async () => {
				await diagramRenderer.close();
			},
		},
	};
}
