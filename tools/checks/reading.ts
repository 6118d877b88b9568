/**
 * `npm run check:reading`: what a reader relies on that the built HTML alone shows (issue 13).
 * Every section heading (`h2`/`h3` with an id) in a page's main content has an anchor link beside
 * it, named "Link to section …" in the page's language; in text-only order (a text browser, a
 * screen reader reading straight through) the skip link comes first, then the site title, then
 * the page title and its content, with the search form and the page list after it; and the
 * language and theme controls exist once (the phone menu borrows them rather than repeating them),
 * and so does the table of contents (the phone bar borrows the side column's list).
 * The behaviour in a browser is driven by e2e/reading.spec.ts.
 */
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { en } from '../../src/i18n/en.ts';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import {
	attr,
	type BuiltPage,
	builtPages,
	distDir,
	elements,
	hasClass,
	mainOf,
} from '../lib/site.ts';

function checkAnchors(page: BuiltPage, findings: Finding[]) {
	const main = mainOf(page);
	if (!main || !page.locale) return;
	const label = ({ en, 'zh-cn': zhCn } satisfies Record<Locale, Record<string, string>>)[
		page.locale
	]['heading.anchor'];
	const parents = new Map<Element, Element>();
	for (const wrapper of elements(main, (n) => n.tagName === 'div'))
		for (const child of wrapper.children) if (child.type === 'element') parents.set(child, wrapper);
	for (const heading of elements(
		main,
		(n) => /^h[23]$/.test(n.tagName) && Boolean(attr(n, 'id'))
	)) {
		const id = attr(heading, 'id') ?? '';
		const wrapper = parents.get(heading);
		const anchor = wrapper?.children.find(
			(child): child is Element => child.type === 'element' && hasClass(child, 'heading-anchor')
		);
		const expected = label.replace('{heading}', toString(heading).replace(/\s+/g, ' ').trim());
		if (!wrapper || !hasClass(wrapper, 'heading') || !anchor)
			findings.push({
				where: `${page.url}#${id}`,
				problem: `<${heading.tagName}> has no anchor link beside it`,
				expected: 'rehype-heading-anchors.ts or SectionHeading.astro to wrap it',
			});
		else if (attr(anchor, 'href') !== `#${id}` || attr(anchor, 'ariaLabel') !== expected)
			findings.push({
				where: `${page.url}#${id}`,
				problem: `the anchor links to ${attr(anchor, 'href')} as “${attr(anchor, 'ariaLabel')}”`,
				expected: `#${id} as “${expected}”`,
			});
	}
}

function checkOrder(page: BuiltPage, findings: Finding[]) {
	const all = elements(page.tree, () => true);
	const at = (test: (n: Element) => boolean) => all.findIndex(test);
	const marks: [string, number][] = [
		['the skip link', at((n) => hasClass(n, 'skip-link'))],
		['the site title', at((n) => hasClass(n, 'site-title'))],
		['the page title (h1)', at((n) => n.tagName === 'h1')],
		['the search form', at((n) => n.tagName === 'dialog')],
	];
	const sidebar = at((n) => attr(n, 'id') === 'sidebar');
	if (sidebar >= 0) marks.splice(3, 0, ['the page list', sidebar]);
	const missing = marks.filter(([, index]) => index < 0).map(([name]) => name);
	if (missing.length > 0) {
		findings.push({ where: page.url, problem: `missing: ${missing.join(', ')}` });
		return;
	}
	const order = marks.map(([name]) => name);
	const actual = [...marks].sort((a, b) => a[1] - b[1]).map(([name]) => name);
	if (actual.join() !== order.join())
		findings.push({
			where: page.url,
			problem: `text-only order is ${actual.join(', ')}`,
			expected: order.join(', '),
		});
	const switches = elements(page.tree, (n) => attr(n, 'dataLangSwitch') !== undefined).length;
	const themes = elements(page.tree, (n) => attr(n, 'dataThemeSelect') !== undefined).length;
	if (switches !== localeCodes.length - 1 || themes !== 1)
		findings.push({
			where: page.url,
			problem: `${switches} language links and ${themes} theme selects`,
			expected: `${localeCodes.length - 1} and 1: the phone menu borrows the header's`,
		});
}

/** The contents are in the HTML once: the phone bar borrows the side column's list at run time. */
function checkContentsOnce(page: BuiltPage, findings: Finding[]) {
	const lists = elements(page.tree, (n) => hasClass(n, 'toc') || hasClass(n, 'toc-mobile'));
	const links = lists.flatMap((list) => elements(list, (n) => n.tagName === 'a'));
	const hrefs = links.map((link) => attr(link, 'href'));
	const repeated = hrefs.filter((href, index) => hrefs.indexOf(href) !== index);
	if (repeated.length > 0)
		findings.push({
			where: page.url,
			problem: `the contents link to ${repeated.slice(0, 3).join(', ')} more than once`,
			expected: 'one list in the side column, borrowed by the phone bar (src/client/site.ts)',
		});
	// Without a stylesheet or scripts, the bar's label would stand alone over nothing.
	const bars = elements(page.tree, (n) => hasClass(n, 'toc-mobile'));
	for (const summary of bars.flatMap((bar) => elements(bar, (n) => n.tagName === 'summary'))) {
		const text = toString(summary).trim();
		if (text)
			findings.push({
				where: page.url,
				problem: `the phone contents bar holds the text “${text.slice(0, 40)}”, which a text browser prints over nothing`,
				expected: 'its label drawn by CSS from data-label (TableOfContents.astro)',
			});
	}
}

export async function checkReading(root = projectRoot): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const page of await builtPages(distDir(root))) {
		// The root chooser is two links and nothing else.
		if (page.url === '/') continue;
		checkAnchors(page, findings);
		checkContentsOnce(page, findings);
		// The parallel view has a bilingual header of its own, without search or the site's menu.
		if (!page.url.startsWith('/parallel/')) checkOrder(page, findings);
	}
	return findings;
}

await runAsCommand(import.meta, 'reading order and section anchors', () => checkReading());
