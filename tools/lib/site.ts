/**
 * The built site as the checks see it: every HTML page under a dist folder, parsed once, with the
 * page's locale taken from its first path segment (the root chooser and root 404 have none).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';

export interface BuiltPage {
	/** Path relative to dist, e.g. `en/xen/index.html`. */
	file: string;
	/** The URL path it is served at, e.g. `/en/xen/`. */
	url: string;
	locale: Locale | undefined;
	html: string;
	tree: Root;
}

export const distDir = (root: string) => join(root, 'dist');

/** Every HTML file under dist, relative to it, sorted. */
export async function htmlFiles(dist: string): Promise<string[]> {
	try {
		return (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
	} catch {
		throw new Error(`${dist} does not exist: run \`npm run build\` first.`);
	}
}

/** The URL path a built file is served at: `en/xen/index.html` → `/en/xen/`. */
export const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function builtPages(dist: string): Promise<BuiltPage[]> {
	const files = await htmlFiles(dist);
	return Promise.all(
		files.map(async (file) => {
			const html = await readFile(join(dist, file), 'utf8');
			const url = urlOf(file);
			return { file, url, locale: localeOf(url), html, tree: fromHtml(html) };
		})
	);
}

export const localeOf = (path: string): Locale | undefined =>
	localeCodes.find((code) => path === `/${code}/` || path.startsWith(`/${code}/`));

/** Every element matching a test, in document order. */
export function elements(tree: Root | Element, test: (node: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		if (test(node)) found.push(node);
	});
	return found;
}

/** The page's `<main>`, where the article lives (chrome is identical on every page). */
export const mainOf = (page: BuiltPage): Element | undefined =>
	elements(page.tree, (node) => node.tagName === 'main')[0];

export const attr = (node: Element, name: string): string | undefined => {
	const value = node.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
};

export const hasClass = (node: Element, name: string) => {
	const classes = node.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
};
