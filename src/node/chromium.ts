import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

/**
 * How build-time rendering and the end-to-end tests find a Chromium, in this order:
 * 1. `CHROMIUM_PATH`, when set, always wins;
 * 2. Playwright's own browser, after `npx playwright install chromium` (the usual laptop set-up);
 * 3. a system browser (`/usr/bin/chromium` from Debian's `chromium` package, and friends).
 * Lives here because both `playwright.config.ts` and the build use it.
 */
const systemCandidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | undefined {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there`);
		return fromEnv;
	}
	if (existsSync(chromium.executablePath())) return undefined;
	const system = systemCandidates.find((path) => existsSync(path));
	if (system) return system;
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, install your system Chromium ' +
			'(Debian/Ubuntu: `apt-get install chromium`), or set CHROMIUM_PATH to a Chrome or Chromium binary.'
	);
}

/** Launch options for headless Chromium that also work as root and on machines without internet. */
export function chromiumLaunchOptions(): LaunchOptions {
	const executablePath = findChromium();
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	return {
		...(executablePath && { executablePath }),
		args: [
			...(isRoot ? ['--no-sandbox'] : []),
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	};
}
