import { rename, rmdir } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes only the root 404 as `404.html`; a `[lang]/404.astro` page becomes
 * `<locale>/404/index.html`. Static hosts look for `<folder>/404.html`, so move each one there.
 */
export function localized404(localeCodes: readonly string[]): AstroIntegration {
	return {
		name: 'localized-404',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				for (const code of localeCodes) {
					const folder = new URL(`${code}/404/`, dir);
					await rename(new URL('index.html', folder), new URL(`${code}/404.html`, dir));
					await rmdir(folder);
				}
				logger.info(`moved ${localeCodes.length} localized 404 pages to <locale>/404.html`);
			},
		},
	};
}
