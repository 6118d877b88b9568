import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createPage } from '../tools/cli/new-page';
import { translationStatus } from '../tools/cli/i18n-status';
import { siteConfig } from '../src/site.config';
import { checkLinks } from '../tools/checks/links';
import { checkParity } from '../tools/checks/parity';
import { appendTo, buildFixture } from '../tools/lib/fixture';

// What a contributor relies on: the way from a page to its file, the date it last changed, and
// the translation status that tells readers and translators when a twin has fallen behind.

const root = new URL('../', import.meta.url).pathname;
const edit = (path: string) => `${siteConfig.repo}/edit/${siteConfig.branch}/${path}`;
const lastCommit = (path: string) =>
	new Date(
		execFileSync('git', ['log', '-1', '--format=%cI', '--', path], {
			cwd: root,
			encoding: 'utf8',
		}).trim()
	);

test('every page links to its own file, and data pages to their data file', async ({ page }) => {
	for (const [path, file, data] of [
		['/en/xen/', 'content/docs/en/xen/index.mdx', ['xen-support.yaml']],
		[
			'/zh-cn/xen/pv-vs-hvm/',
			'content/docs/zh-cn/xen/pv-vs-hvm.mdx',
			['modes.yaml', 'xen-support.yaml'],
		],
		['/zh-cn/history/', 'content/docs/zh-cn/history.mdx', ['history.yaml']],
		[
			'/en/kvm/modules/',
			'content/docs/en/kvm/modules.mdx',
			['kvm-modules.yaml', 'kvm-ioctls.yaml'],
		],
		['/en/glossary/', 'content/docs/en/glossary.mdx', ['glossary.yaml']],
	] as const) {
		await page.goto(path);
		const links = page.locator('.page-meta-links a');
		const name = path.startsWith('/zh-cn/') ? '编辑此页' : 'Edit this page';
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', edit(file));
		await expect(links).toHaveCount(1 + data.length);
		for (const [i, yaml] of data.entries()) {
			await expect(links.nth(i + 1)).toHaveAttribute('href', edit(`content/data/${yaml}`));
			await expect(links.nth(i + 1)).toContainText(yaml);
		}
	}
	await page.goto('/en/references/');
	await expect(page.locator('.page-meta-links a').nth(1)).toHaveAttribute(
		'href',
		`${siteConfig.repo}/tree/${siteConfig.branch}/content/data/sources`
	);
});

test('"last updated" is the date of the newest commit to the page or its data, in the reader’s language', async ({
	page,
}) => {
	const xen = lastCommit('content/docs/en/xen/index.mdx');
	await page.goto('/en/xen/');
	const time = page.locator('.page-meta-updated time');
	await expect(time).toHaveAttribute('datetime', xen.toISOString());
	await expect(time).toHaveText(
		new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(xen)
	);

	const history = new Date(
		Math.max(
			+lastCommit('content/docs/zh-cn/history.mdx'),
			+lastCommit('content/data/history.yaml')
		)
	);
	await page.goto('/zh-cn/history/');
	await expect(time).toHaveAttribute('datetime', history.toISOString());
	await expect(time).toHaveText(
		// Spaced like the prose, not Intl's "2026年11月26日".
		`${history.getUTCFullYear()} 年 ${history.getUTCMonth() + 1} 月 ${history.getUTCDate()} 日`
	);
	await expect(page.locator('.page-meta-updated')).toContainText('最后更新：');
});

test('every page says when its facts were last checked, in the reader’s language', async ({
	page,
}) => {
	await page.goto('/en/xen/');
	await expect(page.locator('.page-meta-checked')).toHaveText('Facts checked 2 December 2026');
	await expect(page.locator('.page-meta-checked time')).toHaveAttribute('datetime', '2026-12-02');
	await page.goto('/zh-cn/xen/');
	await expect(page.locator('.page-meta-checked')).toHaveText('事实核对于 2026 年 12 月 2 日');
});

// Read from the built files: the notice is static markup, the same in a browser (how it reads there
// is driven in the build-fixture test below, with a page made stale on purpose).
test('the out-of-date notice shows exactly on the translations i18n:status calls stale', async () => {
	const rows = await translationStatus();
	expect(rows.length).toBeGreaterThanOrEqual(10);
	for (const row of rows.filter((r) => r.from !== undefined)) {
		const slug = row.page === 'index' ? '' : `${row.page.replace(/\/index$/, '')}/`;
		const html = await readFile(join(root, 'dist', row.locale, slug, 'index.html'), 'utf8');
		expect(html.split('class="translation-notice"').length - 1, row.page).toBe(
			row.state === 'stale' ? 1 : 0
		);
	}
});

test.describe(() => {
	test.describe.configure({ timeout: 240_000 });

	test('an English edit marks the Chinese twin stale on the page and in i18n:status; new:page makes twins that build', async () => {
		const result = await buildFixture(
			async (dir) => {
				await appendTo(
					dir,
					'content/docs/en/kvm/modules.mdx',
					'\nA new paragraph that the Chinese page does not have yet.\n'
				);
				const created = await createPage({
					slug: 'kvm/nested',
					title: 'Nested virtualization',
					titleZh: '嵌套虚拟化',
					root: dir,
				});
				expect(created).toEqual([
					'content/docs/en/kvm/nested.mdx',
					'content/docs/zh-cn/kvm/nested.mdx',
				]);
			},
			'build',
			async (dir, result) => {
				expect(result.ok, result.output.slice(-2000)).toBe(true);
				const html = (path: string) => readFile(join(dir, 'dist', path, 'index.html'), 'utf8');

				// The reader of the stale page is told, in Chinese, and pointed at the English source.
				const stale = await html('zh-cn/kvm/modules');
				// Full-width 。 then the link: no space in between, as Chinese typography wants.
				expect(stale).toContain('此译文可能已过时：翻译所依据的原文（英文）此后有过修改。<a href=');
				expect(stale).toMatch(
					/<a href="\/en\/kvm\/modules\/" hreflang="en"[^>]*>阅读原文（英文）<\/a>/
				);
				for (const fresh of ['en/kvm/modules', 'zh-cn/kvm', 'zh-cn/xen/pv-vs-hvm'])
					expect(await html(fresh), fresh).not.toContain('translation-notice');
				expect(await checkLinks(join(dir, 'dist'))).toEqual([]);

				// Both new pages were built with their titles; the placeholders keep npm test failing.
				expect(await html('en/kvm/nested')).toMatch(
					/<h1 data-pagefind-meta="title"[^>]*>Nested virtualization<\/h1>/
				);
				expect(await html('zh-cn/kvm/nested')).toMatch(
					/<h1 data-pagefind-meta="title"[^>]*>嵌套虚拟化<\/h1>/
				);
				const todo = (await checkParity({ root: dir })).map((f) => `${f.where} | ${f.problem}`);
				expect(todo.filter((f) => f.includes('TODO'))).toEqual([
					'content/docs/en/kvm/nested.mdx:3 | still has a TODO placeholder from npm run new:page',
					'content/docs/zh-cn/kvm/nested.mdx:3 | still has a TODO placeholder from npm run new:page',
				]);
				// Parity also names the paragraph the Chinese twin does not have yet, where it belongs.
				expect(todo.filter((f) => !f.includes('TODO'))).toEqual([
					expect.stringMatching(
						/^content\/docs\/zh-cn\/kvm\/modules\.mdx:\d+ \| section #[\w-]+: block \d+ is missing here, a paragraph in en \(content\/docs\/en\/kvm\/modules\.mdx:\d+\)/
					),
				]);

				// i18n:status names exactly the page the build marked stale (its table and i18n:mark
				// are unit-tested in tools/cli/i18n-status.test.ts).
				const status = await translationStatus(dir);
				expect(status.filter((r) => r.state === 'stale').map((r) => r.page)).toEqual([
					'kvm/modules',
				]);
				expect(status.find((r) => r.page === 'kvm/nested')?.state).toBe('up to date');
			}
		);
		expect(result.ok).toBe(true);
	});
});
