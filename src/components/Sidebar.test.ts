import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { useTranslations } from '../i18n';
import { buildNavTree, type DocPage } from '../lib/docs';
import Sidebar from './Sidebar.astro';

/** A page as the nav tree sees it (slug, parent, label, path); the content entry is not needed. */
function page(slug: string, label: string): DocPage {
	const parts = slug.split('/').filter(Boolean);
	const parent =
		slug === ''
			? undefined
			: parts
					.slice(0, -1)
					.map((p) => `${p}/`)
					.join('');
	return { slug, label, parent, locale: 'en', path: `/en/${slug}` } as DocPage;
}

// `npm run new:page -- kvm/x/y` makes a page two levels below a section: it must be listed.
const pages = [
	page('', 'Home'),
	page('kvm/', 'KVM'),
	page('kvm/x/', 'X'),
	page('kvm/x/y/', 'Y'),
	page('xen/', 'Xen'),
];

async function renderSidebar(currentSlug: string) {
	const container = await AstroContainer.create();
	return container.renderToString(Sidebar, {
		props: { tree: buildNavTree(pages), currentSlug },
		locals: { locale: 'en', t: useTranslations('en'), twins: {} },
	});
}

test('the nav tree keeps every level of sub-pages', () => {
	const [, kvm] = buildNavTree(pages);
	expect(kvm?.children[0]?.page.slug).toBe('kvm/x/');
	expect(kvm?.children[0]?.children[0]?.page.slug).toBe('kvm/x/y/');
});

/** The link to `href` and the elements around it, innermost first. */
function findLink(
	tree: Root | Element,
	href: string,
	above: Element[] = []
): Element[] | undefined {
	for (const child of tree.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'a' && child.properties['href'] === href) return [child, ...above];
		const found = findLink(child, href, [child, ...above]);
		if (found) return found;
	}
	return undefined;
}

test('the sidebar lists a page three levels deep, nested under its section, and marks it current', async () => {
	const [link, ...above] =
		findLink(fromHtml(await renderSidebar('kvm/x/y/')), '/en/kvm/x/y/') ?? [];
	expect(link && toString(link).trim()).toBe('Y');
	expect(link?.properties['ariaCurrent']).toBe('page');
	// Y is listed under X, which is listed under KVM: the labels of the list items around it.
	const owners = above
		.filter((element) => element.tagName === 'li')
		.map((li) => li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a'))
		.map((a) => (a ? toString(a).trim() : ''));
	expect(owners).toEqual(['Y', 'X', 'KVM']);
});
