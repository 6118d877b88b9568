import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DevSearch } from './dev-search';

// Identifiers such as KVM_RUN and kvm_intel stay whole words.
const indexOptions: pagefind.PagefindServiceConfig = { includeCharacters: '_' };

const types: Record<string, string> = {
	js: 'text/javascript',
	json: 'application/json',
	css: 'text/css',
	wasm: 'application/wasm',
};

/**
 * Builds one Pagefind bundle per language at `/pagefind/<locale>/` as the last step of
 * `astro build`, through Pagefind's Node API. Separate bundles (rather than one bundle with
 * several language indexes) let a page load its own language's index and, only when that finds
 * nothing, the other language's as a second, independent instance. `astro dev` serves the same
 * bundles from memory, built from the pages it renders (src/plugins/dev-search.ts).
 */
export function searchIndex(
	localeCodes: readonly string[],
	options: { base?: string } = {}
): AstroIntegration {
	const base = options.base ?? '/';
	let devSearch: DevSearch | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				const search = new DevSearch({
					root: server.config.root,
					base,
					localeCodes,
					indexOptions,
					info: (message) => logger.info(message),
					warn: (message) => logger.warn(message),
				});
				devSearch = search;
				for (const event of ['change', 'add', 'unlink'] as const)
					server.watcher.on(event, (path: string) => search.changed(path));
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
					const match = path.startsWith(`${base}pagefind/`)
						? /^([^/]+)\/(.+)$/.exec(path.slice(`${base}pagefind/`.length))
						: null;
					if (!match) return next();
					const [, locale = '', file = ''] = match;
					search.file(locale, file).then(
						(content) => {
							if (!content) return next();
							response.setHeader(
								'Content-Type',
								types[file.split('.').pop() ?? ''] ?? 'application/octet-stream'
							);
							// The entry files change whenever the content does.
							response.setHeader('Cache-Control', 'no-store');
							response.end(content);
						},
						(error: unknown) => {
							logger.error(`search: ${String(error)}`);
							response.statusCode = 500;
							response.end(String(error));
						}
					);
				});
			},
			'astro:server:start': ({ address }) => {
				if (!devSearch) return;
				// A server listening on every interface is fetched from through the loopback one.
				const any = ['::', '0.0.0.0'].includes(address.address);
				const host = any
					? 'localhost'
					: address.family === 'IPv6'
						? `[${address.address}]`
						: address.address;
				devSearch.origin = `http://${host}:${address.port}`;
			},
			'astro:server:done': async () => {
				await pagefind.close();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					for (const locale of localeCodes) {
						const { index, errors } = await pagefind.createIndex(indexOptions);
						if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
						const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
						if (added.errors.length)
							throw new Error(`Pagefind (${locale}): ${added.errors.join('; ')}`);
						const written = await index.writeFiles({ outputPath: `${site}pagefind/${locale}` });
						if (written.errors.length)
							throw new Error(`Pagefind (${locale}): ${written.errors.join('; ')}`);
						logger.info(`${locale}: indexed ${added.page_count} pages`);
					}
				} finally {
					await pagefind.close();
				}
				logger.info(`search index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
