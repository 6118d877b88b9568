import { readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export interface NotFoundPage {
	/** Locale code, the first path segment of the pages in that language (`zh-cn`). */
	locale: string;
	/** The localized 404 page as built: full header, search, footer. */
	html: string;
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]) =>
	({ type: 'element', tagName, properties, children }) as Element;

function find(tree: Root | Element, test: (node: Element) => boolean): Element {
	let found: Element | undefined;
	visit(tree, 'element', (node: Element) => {
		if (!found && test(node)) found = node;
	});
	if (!found) throw new Error('localized-404: a localized 404 page lacks its <body> or <main>');
	return found;
}

/** A page's main content as a section of another language's page: headings one level down. */
function asOtherLanguage(main: Element, lang: string): Element {
	const section = structuredClone(main);
	visit(section, 'element', (node: Element) => {
		if (/^h[1-5]$/.test(node.tagName)) node.tagName = `h${Number(node.tagName[1]) + 1}`;
	});
	return el('section', { lang, className: ['not-found-other'] }, section.children);
}

/**
 * The root `404.html`, which hosts such as GitHub Pages serve for every missing path, made from
 * the localized 404 pages (the first one is the default). Each language's page, with its header,
 * search and footer, also shows the other languages' message below its own; the default one is
 * the document, the others wait beside it as inert markup. A small inline script (hashed by the CSP step)
 * puts the reader's language in place when the missing path is under `/<locale>/`. Without
 * JavaScript the reader gets the default page, which shows every language.
 */
export function bilingualNotFound(pages: NotFoundPage[], base: string): string {
	const trees = pages.map(({ html }) => fromHtml(html));
	const langs = trees.map((tree) =>
		String(find(tree, (n) => n.tagName === 'html').properties['lang'])
	);
	const mains = trees.map((tree) => find(tree, (n) => n.tagName === 'main'));
	const others = mains.map((main, i) => asOtherLanguage(main, langs[i] ?? ''));
	mains.forEach((main, i) => main.children.push(...others.filter((_, j) => j !== i)));

	const [first, ...rest] = trees;
	if (!first) throw new Error('localized-404: no localized 404 pages');
	const body = find(first, (n) => n.tagName === 'body');
	// The other languages' pages travel as inert markup (a script of type text/html): a <template>
	// would do, but validators read its landmarks as duplicates of the page's own.
	const waiting = rest.map((tree, i) => {
		const title = find(tree, (n) => n.tagName === 'title');
		const content = find(tree, (n) => n.tagName === 'body').children.filter(
			(child) => !(child.type === 'element' && child.tagName === 'script')
		);
		return el(
			'script',
			{
				type: 'text/html',
				dataNotFound: pages[i + 1]?.locale,
				dataLang: langs[i + 1],
				dataTitle: title.children.map((c) => (c.type === 'text' ? c.value : '')).join(''),
			},
			[{ type: 'text', value: toHtml({ type: 'root', children: content }) }]
		);
	});
	const swap = `(() => {
	const locale = location.pathname.slice(${JSON.stringify(base)}.length).split('/')[0];
	const page = document.querySelector('script[data-not-found="' + locale + '"]');
	if (!page) return;
	for (const node of [...document.body.children]) if (node.localName !== 'script') node.remove();
	document.body.insertAdjacentHTML('afterbegin', page.textContent);
	document.documentElement.lang = page.dataset.lang;
	document.title = page.dataset.title;
})();`;
	const scriptAt = body.children.findIndex((c) => c.type === 'element' && c.tagName === 'script');
	body.children.splice(
		scriptAt < 0 ? body.children.length : scriptAt,
		0,
		...waiting,
		el('script', {}, [{ type: 'text', value: swap }])
	);
	return toHtml(first, {
		allowDangerousCharacters: true,
		collapseEmptyAttributes: true,
		upperDoctype: true,
	});
}

/**
 * Astro writes only the root 404 as `404.html`; a `[lang]/404.astro` page becomes
 * `<locale>/404/index.html`. Static hosts look for `<folder>/404.html`, so move each one there,
 * then build the root `404.html` from them (see bilingualNotFound).
 */
export function localized404(localeCodes: readonly string[], base: string): AstroIntegration {
	return {
		name: 'localized-404',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages: NotFoundPage[] = [];
				for (const locale of localeCodes) {
					const folder = new URL(`${locale}/404/`, dir);
					const file = new URL(`${locale}/404.html`, dir);
					await rename(new URL('index.html', folder), file);
					await rmdir(folder);
					pages.push({ locale, html: await readFile(file, 'utf8') });
				}
				await writeFile(new URL('404.html', dir), bilingualNotFound(pages, base));
				logger.info(
					`moved ${localeCodes.length} localized 404 pages to <locale>/404.html and built the root 404.html from them`
				);
			},
		},
	};
}
