/**
 * `npm run check:cards`: what issue 13's glossary cards, citations and social cards promise,
 * read from the built HTML (file-based, so no browser loop over pages):
 * - a glossary link's text is the term only (no other-language text inside it), with the card's
 *   data (full term, other-language term and its lang, first sentence) on the link;
 * - every citation marker has a tooltip text and a link back from the source list, and each
 *   source's links back (↩ a, b, c) lead to its markers in reading order;
 * - a table header cell carries at most one citation marker;
 * - every page that can be shared has an `og:image` of 1200×630 PNG, at most 100 KB, with alt
 *   text, width and height.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { attr, builtPages, distDir, elements, hasClass } from '../lib/site.ts';

export const socialCardLimit = 100 * 1024;

export async function checkCards(dist = distDir(projectRoot)): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const page of await builtPages(dist)) {
		const where = `${page.url} (dist/${page.file})`;
		const problem = (text: string, expected?: string) =>
			findings.push({ where, problem: text, ...(expected && { expected }) });

		for (const term of elements(page.tree, (n) => n.tagName === 'a' && hasClass(n, 'term'))) {
			const text = toString(term);
			if (elements(term, (n) => n !== term && attr(n, 'lang') !== undefined).length > 0)
				problem(
					`glossary link "${text}" has other-language text inside it`,
					'the visible term only; the other language goes in data-other'
				);
			const missing = ['dataTerm', 'dataOther', 'dataLang', 'dataDef'].filter(
				(name) => !attr(term, name)
			);
			if (missing.length)
				problem(
					`glossary link "${text}" lacks the card's ${missing.map((m) => m.replace(/[A-Z]/, (c) => `-${c.toLowerCase()}`)).join(', ')}`
				);
		}

		const markers = elements(
			page.tree,
			(n) => n.tagName === 'a' && /^cite-/.test(attr(n, 'id') ?? '')
		).map((n) => attr(n, 'id') ?? '');
		for (const marker of elements(page.tree, (n) => n.tagName === 'sup' && hasClass(n, 'cite'))) {
			const link = elements(marker, (n) => n.tagName === 'a')[0];
			if (!link || !attr(link, 'id'))
				problem(`citation ${toString(marker)} has no id to link back to`);
			else if (!attr(link, 'dataTip'))
				problem(`citation ${toString(marker)} has no source title to show`);
		}
		const backlinks = elements(
			page.tree,
			(n) => n.tagName === 'a' && /^#cite-/.test(attr(n, 'href') ?? '')
		).map((n) => (attr(n, 'href') ?? '').slice(1));
		for (const id of markers.filter((m) => !backlinks.includes(m)))
			problem(`citation #${id} has no link back from the source list`);
		for (const id of backlinks.filter((b) => !markers.includes(b)))
			problem(`the source list links back to #${id}, which is not on the page`);
		// cite-<source>-<n>: the n-th link back must be the n-th marker of that source on the page.
		// (The parallel view renames ids that both columns use, so its numbering is the single
		// pages', checked there.)
		const seen = new Map<string, number>();
		for (const id of page.url.startsWith('/parallel/') ? [] : markers) {
			const [, source = '', n = ''] = /^cite-(.+)-(\d+)$/.exec(id) ?? [];
			const expected = (seen.get(source) ?? 0) + 1;
			seen.set(source, expected);
			if (Number(n) !== expected)
				problem(`citation #${id} is marker ${expected} of its source in reading order`);
		}
		for (const th of elements(
			page.tree,
			(n) =>
				n.tagName === 'th' &&
				elements(n, (c) => c.tagName === 'sup' && hasClass(c, 'cite')).length > 1
		))
			problem(
				`table header cell "${toString(th).slice(0, 40)}" carries ${elements(th, (c) => c.tagName === 'sup' && hasClass(c, 'cite')).length} citation markers`,
				'at most one: cite the column in a row of its own or in the caption'
			);

		const meta = (property: string) =>
			elements(page.tree, (n) => n.tagName === 'meta' && attr(n, 'property') === property).map(
				(n) => attr(n, 'content') ?? ''
			)[0];
		const noindex =
			elements(page.tree, (n) => n.tagName === 'meta' && attr(n, 'name') === 'robots').length > 0;
		const image = meta('og:image');
		if (!image) {
			if (!noindex) problem('no og:image');
			continue;
		}
		if (!meta('og:image:alt')) problem('og:image has no og:image:alt');
		if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630')
			problem('og:image:width and og:image:height are not 1200 and 630');
		const file = join(dist, new URL(image).pathname.replace(/^\//, ''));
		let png: Buffer;
		try {
			png = await readFile(file);
		} catch {
			problem(`og:image ${image}: no file at ${file}`);
			continue;
		}
		const size = (await stat(file)).size;
		if (size > socialCardLimit)
			problem(`og:image ${image} weighs ${Math.round(size / 1024)} KB`, 'at most 100 KB');
		const isPng = png.subarray(1, 4).toString() === 'PNG';
		if (!isPng || png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630)
			problem(
				`og:image ${image} is not a 1200×630 PNG (${isPng ? `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}` : 'not a PNG'})`
			);
	}
	return findings;
}

await runAsCommand(import.meta, 'glossary cards, citations and social cards', () => checkCards());
