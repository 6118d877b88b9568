import { beforeEach, expect, test, vi } from 'vitest';

// The docs collection is replaced by small in-memory pages; everything else is the real code.
const content = vi.hoisted(() => ({ docs: [] as unknown[] }));
vi.mock('astro:content', () => ({
	getCollection: async (name: string) => (name === 'docs' ? content.docs : []),
}));

const doc = (id: string, order = 1, extra: Record<string, unknown> = {}) => ({
	id,
	collection: 'docs',
	filePath: `content/docs/${id}.mdx`,
	data: { title: id, description: 'A page long enough.', order, header: false, ...extra },
});

/** A fresh module each time: the page list is worked out once per build and cached. */
async function docs() {
	vi.resetModules();
	return import('./docs');
}

beforeEach(() => {
	content.docs = [];
});

test('an entry id gives the locale and the language-neutral slug', async () => {
	const { parseDocId } = await docs();
	expect(parseDocId('zh-cn/xen/index')).toEqual({ locale: 'zh-cn', slug: 'xen/' });
	expect(parseDocId('en/xen/pv-vs-hvm')).toEqual({ locale: 'en', slug: 'xen/pv-vs-hvm/' });
	expect(parseDocId('en/index')).toEqual({ locale: 'en', slug: '' });
	expect(() => parseDocId('fr/xen')).toThrow(
		'content/docs/fr/xen.mdx is not inside a locale folder (en, zh-cn)'
	);
});

test('pages come in reading order: home, then each section followed by its pages, by `order`', async () => {
	content.docs = [
		doc('en/kvm/index', 2),
		doc('en/xen/pv-vs-hvm', 2),
		doc('en/index', 0),
		doc('en/xen/index', 1),
		doc('en/xen/grant-tables', 1, { shortTitle: 'Grants' }),
		doc('zh-cn/index', 0),
	];
	const { getDocPages } = await docs();
	const pages = await getDocPages();
	expect(pages.map((p) => p.path)).toEqual([
		'/en/',
		'/en/xen/',
		'/en/xen/grant-tables/',
		'/en/xen/pv-vs-hvm/',
		'/en/kvm/',
		'/zh-cn/',
	]);
	expect(pages[2]).toMatchObject({
		label: 'Grants',
		parent: 'xen/',
		sourceFile: 'content/docs/en/xen/grant-tables.mdx',
	});
});

test('two pages at one address name both files', async () => {
	content.docs = [doc('en/index'), doc('en/kvm/index'), doc('en/kvm')];
	const { getDocPages } = await docs();
	await expect(getDocPages()).rejects.toThrow(
		'content/docs/en/kvm.mdx and content/docs/en/kvm/index.mdx are both /en/kvm/: keep one'
	);
});

test('a page whose section page is missing names the page and the section', async () => {
	content.docs = [doc('en/index'), doc('en/arm/intro')];
	const { getDocPages } = await docs();
	await expect(getDocPages()).rejects.toThrow(
		'content/docs/en/arm/intro.mdx: its section page "arm/" does not exist in en'
	);
});

test('sections, twins, neighbours and breadcrumbs follow the same order', async () => {
	content.docs = [
		doc('en/index', 0),
		doc('en/xen/index', 1),
		doc('en/xen/pv-vs-hvm', 1),
		doc('zh-cn/index', 0),
		doc('zh-cn/xen/index', 1),
		doc('zh-cn/xen/pv-vs-hvm', 1),
		doc('en/kvm/index', 2),
	];
	const { getDocPages, getTwins, getNeighbours, getAncestors, sectionOf } = await docs();
	const pages = await getDocPages();
	const pv = pages.find((p) => p.path === '/en/xen/pv-vs-hvm/');
	if (!pv) throw new Error('page missing');
	expect((await getTwins(pv)).map((p) => p.path)).toEqual(['/zh-cn/xen/pv-vs-hvm/']);
	const { previous, next } = await getNeighbours(pv);
	expect([previous?.path, next?.path]).toEqual(['/en/xen/', '/en/kvm/']);
	expect((await getAncestors(pv)).map((p) => p.path)).toEqual(['/en/', '/en/xen/']);
	expect(sectionOf(pv.slug)).toBe('xen');
	expect(sectionOf('')).toBe('home');
});
