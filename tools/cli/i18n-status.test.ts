import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sourceVersion } from '../../src/lib/translation-version';
import { tempTree } from '../lib/temp-tree';
import { markTranslation, statusTable, translationStatus } from './i18n-status';

// Translation status on a small project in a temporary folder: `about` is up to date, `xen` has
// changed in English since it was translated, and `notes` exists only in English.

let tree: Awaited<ReturnType<typeof tempTree>>;
const enAbout = '---\ntitle: About\n---\n\nAbout text.\n';
const enXen = '---\ntitle: Xen\n---\n\nXen text.\n';
const zh = (hash: string, body = '正文。') =>
	`---\ntitle: 中文\ntranslatedFrom: { locale: en, hash: '${hash}' }\n---\n\n${body}\n`;

beforeEach(async () => {
	tree = await tempTree();
	await tree.write({
		'content/docs/en/about.mdx': enAbout,
		'content/docs/zh-cn/about.mdx': zh(sourceVersion(enAbout)),
		'content/docs/en/xen/index.mdx': `${enXen}\nA paragraph added later.\n`,
		'content/docs/zh-cn/xen/index.mdx': zh(sourceVersion(enXen)),
		'content/docs/en/notes.mdx': '---\ntitle: Notes\n---\n',
	});
});
afterEach(() => tree.remove());

test('a translation whose source changed since it was marked is stale; the table says what to do', async () => {
	const rows = await translationStatus(tree.dir);
	expect(rows.map((r) => [r.page, r.locale, r.state])).toEqual([
		['about', 'zh-cn', 'up to date'],
		['xen/index', 'zh-cn', 'stale'],
		['notes', 'en', 'untracked'],
	]);
	const table = statusTable(rows);
	expect(table).toContain('| xen/index | zh-cn | en | **stale** |');
	expect(table).toContain('1 up to date, 1 stale, 0 without a source, 1 untracked.');
	expect(table).toContain('npm run i18n:mark -- <locale>/<page>');
});

test('i18n:mark records the source’s current version, and a section is named by its folder', async () => {
	const row = await markTranslation('zh-cn/xen', tree.dir);
	expect(row).toMatchObject({ page: 'xen/index', state: 'up to date' });
	const text = await readFile(tree.path('content/docs/zh-cn/xen/index.mdx'), 'utf8');
	const current = sourceVersion(await readFile(tree.path('content/docs/en/xen/index.mdx'), 'utf8'));
	expect(text).toMatch(new RegExp(`^translatedFrom: \\{ locale: en, hash: '${current}' \\}$`, 'm'));
	expect(text).toContain('正文。');
	expect((await translationStatus(tree.dir)).filter((r) => r.state === 'stale')).toEqual([]);
});

test('i18n:mark refuses to turn an original into a translation of its own translation', async () => {
	const before = await readFile(tree.path('content/docs/en/about.mdx'), 'utf8');
	await expect(markTranslation('en/about', tree.dir)).rejects.toThrow(
		'content/docs/zh-cn/about.mdx is the translation (it records en as its source), so content/docs/en/about.mdx is the original: mark zh-cn/about instead'
	);
	expect(await readFile(tree.path('content/docs/en/about.mdx'), 'utf8')).toBe(before);
});

test('i18n:mark names what is wrong with a target it cannot use', async () => {
	await expect(markTranslation('xen/index', tree.dir)).rejects.toThrow(
		'"xen/index": start with the translation\'s language, e.g. zh-cn/xen/pv-vs-hvm (languages: en, zh-cn)'
	);
	await expect(markTranslation('zh-cn/kvm', tree.dir)).rejects.toThrow(
		'content/docs/zh-cn/kvm.mdx does not exist'
	);
});
