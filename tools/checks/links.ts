/**
 * `npm run check:links`: every internal link and resource of every built page resolves, and so
 * does every `#fragment`. A page in one language may link to the other language only through a
 * link marked with that language (`hreflang`), as the language switcher and `<link rel=alternate>`
 * are; anything else is a mistake that would drop a reader into the wrong language.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { langTag } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { attr, builtPages, distDir, elements, localeOf, type BuiltPage } from '../lib/site.ts';

/** Attributes that point somewhere, per element. */
const linkAttributes: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	iframe: ['src'],
	use: ['href', 'xLinkHref'],
	image: ['href', 'xLinkHref'],
	form: ['action'],
};

export interface LinkCheckOptions {
	/** Public origin + base, whose absolute URLs (canonical, hreflang, og:url) are internal too. */
	siteUrl?: string;
}

export async function checkLinks(
	dist = distDir(projectRoot),
	{ siteUrl = siteConfig.url }: LinkCheckOptions = {}
): Promise<Finding[]> {
	const pages = await builtPages(dist);
	const base = new URL(siteUrl);
	const idsByUrl = new Map<string, Set<string>>();
	for (const page of pages)
		idsByUrl.set(
			page.url,
			new Set(
				elements(
					page.tree,
					(node) => attr(node, 'id') !== undefined || attr(node, 'name') !== undefined
				)
					.flatMap((node) => [attr(node, 'id'), attr(node, 'name')])
					.filter((id): id is string => Boolean(id))
			)
		);

	const findings: Finding[] = [];
	for (const page of pages) {
		const pageUrl = new URL(page.url, base);
		for (const node of elements(page.tree, (n) => n.tagName in linkAttributes)) {
			for (const name of linkAttributes[node.tagName] ?? []) {
				const raw = attr(node, name);
				if (raw === undefined) continue;
				const where = `${page.url} (dist/${page.file})`;
				const problem = checkOne(raw, node.tagName, pageUrl, base, dist, idsByUrl);
				if (problem) {
					findings.push({
						where,
						problem: `<${node.tagName} ${name}="${raw}">: ${problem.problem}`,
						...(problem.expected ? { expected: problem.expected } : {}),
					});
					continue;
				}
				const language = crossLanguage(
					page,
					raw,
					pageUrl,
					base,
					node.tagName,
					attr(node, 'hrefLang')
				);
				if (language)
					findings.push({
						where,
						problem: `<${node.tagName} ${name}="${raw}">: ${language.problem}`,
						expected: language.expected,
					});
			}
		}
		// og:url and og:image are links too, written as absolute public URLs.
		for (const meta of elements(page.tree, (n) => n.tagName === 'meta')) {
			const property = attr(meta, 'property');
			const content = attr(meta, 'content');
			if (!content || !(property === 'og:url' || property === 'og:image')) continue;
			const problem = checkOne(content, 'meta', pageUrl, base, dist, idsByUrl);
			if (problem)
				findings.push({
					where: `${page.url} (dist/${page.file})`,
					problem: `<meta property="${property}" content="${content}">: ${problem.problem}`,
				});
		}
	}
	return findings;
}

function internalPath(raw: string, pageUrl: URL, base: URL): URL | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(raw)) return undefined;
	const url = new URL(raw, pageUrl);
	if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
	return url;
}

function checkOne(
	raw: string,
	tag: string,
	pageUrl: URL,
	base: URL,
	dist: string,
	idsByUrl: Map<string, Set<string>>
): { problem: string; expected?: string } | undefined {
	if (raw.trim() === '') return { problem: 'empty link' };
	const url = internalPath(raw, pageUrl, base);
	if (!url) return undefined;
	const path = `/${url.pathname.slice(base.pathname.length)}`;
	const file = join(dist, decodeURIComponent(path));
	const isPage = path.endsWith('/') || path.endsWith('.html');
	if (path.endsWith('/')) {
		if (!existsSync(join(file, 'index.html'))) return { problem: `no page at ${path}` };
	} else if (!existsSync(file) || statSync(file).isDirectory()) {
		if (existsSync(join(file, 'index.html')))
			return {
				problem: `${path} redirects on most hosts`,
				expected: `${path}/ (with the trailing slash)`,
			};
		return { problem: `no file at ${path}` };
	}
	if (url.hash && url.hash !== '#' && tag !== 'link') {
		if (!isPage) return undefined;
		const fragment = decodeURIComponent(url.hash.slice(1));
		const key = path.endsWith('.html') && path.endsWith('/index.html') ? path.slice(0, -10) : path;
		const ids = idsByUrl.get(key);
		if (ids && !ids.has(fragment))
			return { problem: `${path} has no element with id "${fragment}"` };
	}
	if (url.hash === '#' && tag === 'a') return { problem: 'links to "#", which goes nowhere' };
	return undefined;
}

function crossLanguage(
	page: BuiltPage,
	raw: string,
	pageUrl: URL,
	base: URL,
	tag: string,
	hreflang: string | undefined
): { problem: string; expected: string } | undefined {
	if (!page.locale) return undefined;
	const url = internalPath(raw, pageUrl, base);
	if (!url) return undefined;
	const target = localeOf(`/${url.pathname.slice(base.pathname.length)}`);
	if (!target || target === page.locale) return undefined;
	// x-default names the fallback for search engines, not a language, and only <link> carries it.
	if (hreflang === langTag(target) || (tag === 'link' && hreflang === 'x-default'))
		return undefined;
	return {
		problem: `this ${page.locale} page links to a ${target} page without marking the language`,
		expected: `the ${page.locale} twin of the target, or a link marked hreflang="${langTag(target)}" (and lang="${langTag(target)}" when its text is in that language)`,
	};
}

await runAsCommand(import.meta, 'links', () => checkLinks());
