import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevServer } from '../tools/lib/dev-server';
import { copyProject } from '../tools/lib/fixture';

// The contributor's edit loop against `astro dev` (not the built site the other specs use): one dev
// server on a temporary copy of the project for the whole file, so edits never touch the checkout.
// Generous: on two shared cores the first search renders every page of a language once.
test.describe.configure({ mode: 'serial', timeout: 480_000 });

const about = 'content/docs/en/about.mdx';
let dir = '';
let server: DevServer;
let original = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

test.beforeAll(async () => {
	test.setTimeout(240_000);
	dir = await copyProject('xkfg-dev-');
	server = await startDevServer(dir, await freePort());
	original = await readFile(join(dir, about), 'utf8');
});

test.afterEach(async ({}, testInfo) => {
	if (testInfo.status !== testInfo.expectedStatus && server)
		await testInfo.attach('dev server output', {
			body: server.output(),
			contentType: 'text/plain',
		});
});

test.afterAll(async () => {
	await server?.stop();
	if (dir) await rm(dir, { recursive: true, force: true });
});

/** Saves about.mdx as the original plus `text`, as a contributor's editor would. */
const saveAbout = (text: string) => writeFile(join(dir, about), original + text);
/** Line numbers of what saveAbout appends: the first appended line is `firstLine`. */
const firstLine = () => original.split('\n').length;

/** Reloads the page until it shows `text` (the dev server picks up a save within a moment). */
async function reloadUntil(page: Page, path: string, text: string) {
	await expect(async () => {
		await page.goto(server.url + path);
		await expect(page.locator('main')).toContainText(text, { timeout: 1000 });
	}).toPass({ timeout: 60_000 });
}

/** Saves a mistake, requests the page, and returns what the terminal printed about it. */
async function terminalFor(text: string, expected: string): Promise<string> {
	const from = server.output().length;
	await saveAbout(text);
	const found = server.waitFor(new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), {
		from,
		timeout: 60_000,
	});
	// Requests until the message shows: the first may still see the file from before the save.
	let done = false;
	void found.finally(() => (done = true));
	while (!done) {
		await fetch(`${server.url}/en/about/`).catch(() => undefined);
		await Promise.race([found.catch(() => undefined), new Promise((r) => setTimeout(r, 500))]);
	}
	return found;
}

test('first five minutes: edit a page, see it, find it with search, run the checks', async ({
	page,
}) => {
	await test.step('the edit shows after a reload', async () => {
		await page.goto(`${server.url}/en/about/`);
		await saveAbout('\nThe zephyrglass paragraph a new contributor just wrote.\n');
		await reloadUntil(page, '/en/about/', 'zephyrglass paragraph');
	});

	await test.step('search answers in npm run dev, with the page just edited', async () => {
		const dialog = page.getByRole('dialog');
		// The first use of the search code can make the dev server bundle its dependencies and
		// reload the page once (Vite's optimizer); as a reader would, press the shortcut again if the
		// box went away.
		await expect(async () => {
			if (!(await dialog.isVisible())) await page.keyboard.press('Control+K');
			await expect(dialog.getByRole('combobox')).toBeFocused({ timeout: 5_000 });
			await page.waitForTimeout(2_000);
			await expect(dialog.getByRole('combobox')).toBeFocused({ timeout: 1_000 });
		}).toPass({ timeout: 120_000 });
		await dialog.getByRole('combobox').fill('zephyrglass');
		// The first search makes the dev server render and index every page of the language.
		await expect(dialog.getByRole('option').first()).toContainText('About', { timeout: 180_000 });
		await page.keyboard.press('Escape');
	});

	await test.step('the checks a contributor runs before a pull request pass on the copy', async () => {
		// The ones that need no build; a failing check exits non-zero, which rejects here.
		const results = await Promise.all(
			['check:typography', 'check:consistency'].map((check) =>
				promisify(execFile)('npm', ['run', check], {
					cwd: dir,
					env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
				})
			)
		);
		for (const { stdout } of results) expect(stdout).toMatch(/✓ .*: no findings/);
	});
});

test('a diagram: rendered once and reported with its time; a broken one is an error box, not a 500', async ({
	page,
}) => {
	const diagram = (edge: string) =>
		`\n\`\`\`mermaid\nflowchart LR\n  accTitle: Dev diagram\n  accDescr: A diagram the dev test edits.\n  ${edge}\n\`\`\`\n`;
	await test.step('a new diagram shows, and the terminal says how long it took', async () => {
		const from = server.output().length;
		// A label new to this run: the diagram cache would answer for a diagram seen before.
		await saveAbout(diagram(`A[Saved] --> B[Shown ${Date.now().toString(36)}]`));
		await reloadUntil(page, '/en/about/', 'Dev diagram');
		await server.waitFor(/content\/docs\/en\/about\.mdx:\d+ rendered in \d+\.\d\d s/, { from });
	});
	await test.step('a diagram mermaid cannot parse shows its place and mermaid’s message', async () => {
		await saveAbout(diagram('A[Saved] -->'));
		const box = page.getByRole('alert').filter({ hasText: 'Mermaid cannot parse this diagram' });
		await expect(async () => {
			const response = await page.goto(`${server.url}/en/about/`);
			expect(response?.status()).toBe(200);
			await expect(box).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: 60_000 });
		await expect(box).toContainText(`content/docs/en/about.mdx:${firstLine() + 5}`);
		await expect(box).toContainText(/Parse error|Expecting/);
	});
});

test('each common MDX mistake is named with its file, line and fix in the terminal and the browser', async ({
	page,
}) => {
	const line = () => firstLine() + 1;
	const file = `content/docs/en/about.mdx`;
	const cases: [string, string, () => string][] = [
		[
			'a {#id} heading id',
			'\n## Dev check {#dev-check}\n',
			() =>
				`${file}:${line()}:14: \`{#dev-check}\` is not a heading id in MDX: it reads \`{…}\` as JavaScript. This project writes the id as an MDX comment, \`{/* #dev-check */}\``,
		],
		[
			'a bare <',
			'\nLatency stays <5 ms.\n',
			() => `${file}:${line()}:16: MDX reads \`<\` as the start of a tag`,
		],
		[
			'a bare {',
			'\nThe set {a, b} has two.\n',
			() => `${file}:${line()}:9: \`{a, b}\` is read by MDX as JavaScript`,
		],
		[
			'an unclosed tag',
			'\nA <Term id="hypervisor">hypervisor here.\n',
			() => `${file}:${line()}:3: \`<Term>\` is never closed. Close it with \`</Term>\``,
		],
		[
			'an unknown component',
			'\n<Timline />\n',
			() => `${file}:${line()}:1: <Timline> is not a component pages can use`,
		],
		[
			'a diagram without accTitle/accDescr',
			'\n```mermaid\nflowchart LR\n  A --> B\n```\n',
			() =>
				`${file}:${line()}:1: This mermaid diagram has no \`accTitle: …\` and \`accDescr: …\` line`,
		],
		[
			'an unknown citation',
			'\nA claim.<Cite id="no-such-source" />\n',
			() => `${file}:${line()}: <Cite id="no-such-source"> names no source.`,
		],
		[
			'an unknown glossary term',
			'\nA <Term id="no-such-term">term</Term>.\n',
			() => `${file}:${line()}: <Term id="no-such-term"> is not in content/data/glossary.yaml.`,
		],
	];
	for (const [name, text, message] of cases) {
		await test.step(name, async () => {
			await terminalFor(text, message());
		});
	}
	await test.step('the browser shows the same message', async () => {
		await saveAbout(cases[0]![1]);
		await expect(async () => {
			await page.goto(`${server.url}/en/about/`);
			await expect(page.locator('vite-error-overlay')).toContainText('{/* #dev-check */}', {
				timeout: 2000,
			});
		}).toPass({ timeout: 60_000 });
	});
	await saveAbout('');
});
