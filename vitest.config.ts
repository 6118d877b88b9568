/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests (`npm run test:unit`): `<name>.test.ts` beside the code in src/ and tools/. Vitest
 * rather than Node's runner because src/ imports without file extensions and through Astro's
 * virtual modules (`astro:content`); `getViteConfig` resolves both exactly as the build does.
 * Playwright's specs (`e2e/*.spec.ts`) are not unit tests and are never picked up here.
 */
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
		// Two shared cores: files that parse MDX or launch Chromium need more than the default 5 s.
		testTimeout: 20_000,
		isolate: false,
	},
});
