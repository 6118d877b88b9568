import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sourceVersion } from '../../src/lib/translation-version';
import { readFrontmatter } from '../lib/frontmatter';
import { tempTree } from '../lib/temp-tree';
import { createPage } from './new-page';

// new:page on a small project in a temporary folder.

let tree: Awaited<ReturnType<typeof tempTree>>;
const mdx = (order: number) =>
	`---\ntitle: T\ndescription: A page long enough.\norder: ${order}\n---\n`;
beforeEach(async () => {
	tree = await tempTree();
	await tree.write({
		'content/docs/en/index.mdx': mdx(0),
		'content/docs/zh-cn/index.mdx': mdx(0),
		'content/docs/en/xen/index.mdx': mdx(1),
		'content/docs/zh-cn/xen/index.mdx': mdx(1),
		'content/docs/en/xen/pv-vs-hvm.mdx': mdx(4),
		'content/docs/zh-cn/xen/pv-vs-hvm.mdx': mdx(4),
		'content/docs/en/xen/grants/index.mdx': mdx(7),
		'content/docs/en/kvm/index.mdx': mdx(2),
		'content/docs/zh-cn/kvm/index.mdx': mdx(2),
	});
});
afterEach(() => tree.remove());

test('creates both twins with valid frontmatter, the next order among siblings, and the Chinese one tracking the English', async () => {
	const created = await createPage({
		slug: '/en/xen/event-channels/',
		title: 'Event channels',
		titleZh: '事件通道',
		root: tree.dir,
	});
	expect(created).toEqual([
		'content/docs/en/xen/event-channels.mdx',
		'content/docs/zh-cn/xen/event-channels.mdx',
	]);
	const en = await readFile(tree.path(created[0] ?? ''), 'utf8');
	const zh = await readFile(tree.path(created[1] ?? ''), 'utf8');
	// Siblings: pv-vs-hvm (4) and the grants section page (7).
	expect(readFrontmatter(en, 'en')).toMatchObject({ title: 'Event channels', order: 8 });
	expect(readFrontmatter(zh, 'zh')).toMatchObject({
		title: '事件通道',
		order: 8,
		translatedFrom: { locale: 'en', hash: sourceVersion(en) },
	});
	// The placeholders the parity check refuses, and a heading with the id the build requires.
	expect(en).toContain('description: "TODO: ');
	expect(en).toContain('## TODO: first section {/* #first-section */}');
	expect(zh).toContain('## TODO：第一节 {/* #first-section */}');
});

test('refuses a page that exists, a path it cannot use, a second page at one address and a missing section', async () => {
	const create = (slug: string) => createPage({ slug, root: tree.dir });
	await expect(create('xen/pv-vs-hvm')).rejects.toThrow(
		'content/docs/en/xen/pv-vs-hvm.mdx already exists'
	);
	await expect(create('Xen/PVH Mode')).rejects.toThrow('"Xen/PVH Mode" is not a valid page path');
	await expect(create('kvm')).rejects.toThrow(
		'content/docs/en/kvm/index.mdx already exists at the same address (/en/kvm/)'
	);
	await expect(create('arm/intro')).rejects.toThrow(
		'content/docs/en/arm/index.mdx does not exist: create the section page first (npm run new:page -- arm/index)'
	);
	// The Chinese section page is missing too: the twin would have nowhere to go.
	await expect(create('xen/grants/map')).rejects.toThrow(
		'content/docs/zh-cn/xen/grants/index.mdx does not exist'
	);
});
