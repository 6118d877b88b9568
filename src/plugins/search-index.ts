import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds one Pagefind bundle per language at `/pagefind/<locale>/` as the last step of
 * `astro build`, through Pagefind's Node API. Separate bundles (rather than one bundle with
 * several language indexes) let a page load its own language's index and, only when that finds
 * nothing, the other language's as a second, independent instance.
 */
export function searchIndex(localeCodes: readonly string[]): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					for (const locale of localeCodes) {
						const { index, errors } = await pagefind.createIndex({
							// Identifiers such as KVM_RUN and kvm_intel stay whole words.
							includeCharacters: '_',
						});
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
