/**
 * `npm run new:page -- <slug> [--title "English title"] [--title-zh "中文标题"]`
 *
 * Creates a page and its twin with valid frontmatter: `content/docs/en/<slug>.mdx` and
 * `content/docs/zh-cn/<slug>.mdx` (the Chinese one records the English version it starts from).
 * The descriptions are marked TODO: `npm run check:parity` (part of `npm test`) fails until both
 * are written, so a half-finished page cannot be merged by accident.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceVersion } from '../../src/lib/translation-version.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { placeholder } from '../lib/placeholder.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface NewPageOptions {
	slug: string;
	title?: string | undefined;
	titleZh?: string | undefined;
	root?: string;
}

/** `kvm/nested`, `kvm/nested/`, `kvm/nested.mdx` → `kvm/nested`; a section page is `<dir>/index`. */
function normalizeSlug(slug: string): string {
	const clean = slug
		.trim()
		.replace(/^content\/docs\/(en|zh-cn)\//, '')
		.replace(/^\/?(en|zh-cn)\//, '')
		.replace(/^\//, '')
		.replace(/\.mdx$/, '')
		.replace(/\/$/, '');
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(clean))
		throw new Error(
			`"${slug}" is not a valid page path: use lowercase letters, digits and hyphens, with / between sections (e.g. kvm/nested-virtualization)`
		);
	return clean;
}

/** The `order` value of a page file, if it has one. */
async function orderOf(file: string): Promise<number | undefined> {
	const text = await readFile(file, 'utf8').catch(() => undefined);
	if (text === undefined) return undefined;
	const order = Number(readFrontmatter(text, file)['order']);
	return Number.isFinite(order) ? order : undefined;
}

/**
 * One more than the largest `order` among the new page's siblings in navigation: the pages in the
 * same folder and the section pages (`<folder>/<section>/index.mdx`) beside them.
 */
async function nextOrder(docs: string, urlPath: string): Promise<number> {
	const parent = urlPath.includes('/') ? urlPath.slice(0, urlPath.lastIndexOf('/')) : '';
	const dir = join(docs, parent);
	let highest = 0;
	for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
		const file = entry.isDirectory()
			? join(dir, entry.name, 'index.mdx')
			: entry.name.endsWith('.mdx') && entry.name !== 'index.mdx'
				? join(dir, entry.name)
				: undefined;
		const order = file ? await orderOf(file) : undefined;
		if (order !== undefined) highest = Math.max(highest, order);
	}
	return highest + 1;
}

const quote = (text: string) => JSON.stringify(text);

export async function createPage({
	slug,
	title,
	titleZh,
	root = projectRoot,
}: NewPageOptions): Promise<string[]> {
	const page = normalizeSlug(slug);
	const docs = join(root, 'content', 'docs');
	const files = {
		en: join(docs, 'en', `${page}.mdx`),
		'zh-cn': join(docs, 'zh-cn', `${page}.mdx`),
	};
	for (const file of Object.values(files))
		if (existsSync(file)) throw new Error(`${relative(root, file)} already exists`);
	// `kvm.mdx` and `kvm/index.mdx` would both be /kvm/.
	const urlPath = page.replace(/\/index$/, '');
	const clash = page.endsWith('/index') ? `${urlPath}.mdx` : `${page}/index.mdx`;
	for (const locale of ['en', 'zh-cn'])
		if (existsSync(join(docs, locale, clash)))
			throw new Error(
				`content/docs/${locale}/${clash} already exists at the same address (/${locale}/${urlPath}/)`
			);
	const section = page.includes('/') ? page.slice(0, page.lastIndexOf('/')) : '';
	if (section && !page.endsWith('/index'))
		for (const locale of ['en', 'zh-cn'])
			if (!existsSync(join(docs, locale, section, 'index.mdx')))
				throw new Error(
					`content/docs/${locale}/${section}/index.mdx does not exist: create the section page first (npm run new:page -- ${section}/index)`
				);
	const order = await nextOrder(join(docs, 'en'), urlPath);
	// A new page's facts are checked as it is written; the freshness check counts from here.
	const today = new Date().toISOString().slice(0, 10);
	const en = [
		'---',
		`title: ${quote(title ?? `${placeholder}: title`)}`,
		`description: ${quote(`${placeholder}: one or two sentences for search results and link previews.`)}`,
		`order: ${order}`,
		`checked: ${today}`,
		'---',
		'',
		`## ${placeholder}: first section {/* #first-section */}`,
		'',
		'Write the page here. Cite every date, version and number with `<Cite id="source-id" />`.',
		'',
	].join('\n');
	await mkdir(dirname(files.en), { recursive: true });
	await writeFile(files.en, en);
	const zh = [
		'---',
		`title: ${quote(titleZh ?? `${placeholder}：标题`)}`,
		`description: ${quote(`${placeholder}：一两句话的页面简介，用于搜索结果和链接预览。`)}`,
		`order: ${order}`,
		`checked: ${today}`,
		`translatedFrom: { locale: en, hash: '${sourceVersion(await readFile(files.en, 'utf8'))}' }`,
		'---',
		'',
		`## ${placeholder}：第一节 {/* #first-section */}`,
		'',
		'在这里撰写正文。日期、版本和数字都要注明出处。',
		'',
	].join('\n');
	await mkdir(dirname(files['zh-cn']), { recursive: true });
	await writeFile(files['zh-cn'], zh);
	return Object.values(files).map((file) => relative(root, file));
}

function option(args: string[], name: string): string | undefined {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const slug = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
	try {
		if (!slug)
			throw new Error(
				'name the page: npm run new:page -- kvm/nested [--title "Nested virtualization"] [--title-zh "嵌套虚拟化"]'
			);
		const created = await createPage({
			slug,
			title: option(args, '--title'),
			titleZh: option(args, '--title-zh'),
		});
		console.log(`✓ created\n  ${created.join('\n  ')}`);
		console.log(
			'Next: write both pages (replace every TODO), cite your sources, then `npm start` to preview and `npm test` before the pull request.'
		);
	} catch (error) {
		console.error(`✗ ${(error as Error).message}`);
		process.exitCode = 1;
	}
}
