import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/node/chromium';

const port = Number(process.env['E2E_PORT'] ?? 4329);
const isCI = Boolean(process.env['CI']);

/** End-to-end tests run against the production build (`npm run build` first) in real Chromium. */
export default defineConfig({
	testDir: 'e2e',
	// Unit tests (`*.test.ts` beside the code) belong to Vitest: `npm run test:unit`.
	testMatch: '**/*.spec.ts',
	forbidOnly: isCI,
	retries: 0,
	// Several tests walk every page (CSP, privacy, JS budget); on two busy cores they need room.
	timeout: 90_000,
	// Two cores on our machines. Files run one per worker; the accessibility file, the slowest by far,
	// spreads its independent checks over both (see e2e/a11y.spec.ts).
	workers: 2,
	reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions(),
		// A trace records every action of every test, then keeps only a failure's; CI's output is text
		// only, so there it is off (the accessibility walk: 114 → 102 s).
		trace: isCI ? 'off' : 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
		},
	],
	webServer: {
		command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/en/`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
	},
});
