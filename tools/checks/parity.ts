/**
 * `npm run check:parity`: the two languages say the same thing.
 * - every docs page exists in every locale;
 * - twin pages (built) have the same heading ids in the same order, the same number of diagrams,
 *   the same cited sources and the same glossary terms linked;
 * - every inline translated field (`{ en: …, zh-cn: … }`) in the data files has text in every
 *   language (the schemas enforce this at build time too; this names all gaps at once).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isScalar, isSeq, type Node } from 'yaml';
import { localeMaps } from '../lib/data-twins.ts';
import { placeholder } from '../lib/placeholder.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import {
	attr,
	builtPages,
	distDir,
	elements,
	hasClass,
	mainOf,
	type BuiltPage,
} from '../lib/site.ts';

export interface ParityOptions {
	/** Folder holding `content/docs/<locale>/` and `content/data/`. */
	root?: string;
	dist?: string;
}

export async function checkParity({
	root = projectRoot,
	dist = distDir(root),
}: ParityOptions = {}): Promise<Finding[]> {
	return [
		...(await missingTwins(root)),
		...(await builtTwins(dist)),
		...(await dataTranslations(root)),
	];
}

async function missingTwins(root: string): Promise<Finding[]> {
	const docs = join(root, 'content', 'docs');
	const files = new Map<string, Set<string>>();
	const wrongType: string[] = [];
	for (const locale of localeCodes) {
		const entries = await readdir(join(docs, locale), { recursive: true }).catch(() => []);
		for (const entry of entries.filter((e) => /\.(md|markdown|html?)$/.test(e)))
			wrongType.push(`content/docs/${locale}/${entry}`);
		for (const entry of entries.filter((e) => e.endsWith('.mdx'))) {
			const key = entry.replace(/\.mdx$/, '');
			files.set(key, (files.get(key) ?? new Set()).add(locale));
		}
	}
	const findings: Finding[] = wrongType.map((file) => ({
		where: file,
		problem: 'is not built: pages are read only from .mdx files',
		expected: file.replace(/\.[a-z]+$/, '.mdx'),
	}));
	for (const [key, present] of [...files].sort())
		for (const locale of present) {
			const file = `content/docs/${locale}/${key}.mdx`;
			const lines = (await readFile(join(root, file), 'utf8')).split('\n');
			const line = lines.findIndex((text) => new RegExp(`\\b${placeholder}[:：]`).test(text));
			if (line >= 0)
				findings.push({
					where: `${file}:${line + 1}`,
					problem: `still has a ${placeholder} placeholder from npm run new:page`,
					expected: 'the real title, description and text',
				});
		}
	for (const [key, present] of [...files].sort())
		for (const locale of localeCodes.filter((code) => !present.has(code))) {
			const [source] = [...present];
			findings.push({
				where: `content/docs/${source}/${key}.mdx`,
				problem: `has no ${locale} twin`,
				expected: `content/docs/${locale}/${key}.mdx (npm run new:page creates both)`,
			});
		}
	return findings;
}

interface PageFacts {
	headings: string[];
	diagrams: number;
	citations: string[];
	terms: string[];
}

function factsOf(page: BuiltPage): PageFacts {
	const main = mainOf(page);
	if (!main) return { headings: [], diagrams: 0, citations: [], terms: [] };
	return {
		headings: elements(main, (n) => /^h[2-4]$/.test(n.tagName))
			.map((n) => attr(n, 'id') ?? '(no id)')
			.filter((id) => id !== 'sources'),
		diagrams: elements(main, (n) => n.tagName === 'figure' && hasClass(n, 'diagram')).length,
		citations: [
			...new Set(
				elements(main, (n) => n.tagName === 'li' && (attr(n, 'id') ?? '').startsWith('ref-')).map(
					(n) => (attr(n, 'id') ?? '').slice(4)
				)
			),
		].sort(),
		terms: [
			...new Set(
				elements(main, (n) => n.tagName === 'a' && hasClass(n, 'term')).map(
					(n) => (attr(n, 'href') ?? '').split('#')[1] ?? ''
				)
			),
		].sort(),
	};
}

const difference = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

async function builtTwins(dist: string): Promise<Finding[]> {
	const pages = (await builtPages(dist)).filter((p) => p.locale && !p.file.endsWith('404.html'));
	const bySlug = new Map<string, Map<string, BuiltPage>>();
	for (const page of pages) {
		const slug = page.url.slice(`/${page.locale}/`.length);
		bySlug.set(slug, (bySlug.get(slug) ?? new Map()).set(page.locale ?? '', page));
	}
	const findings: Finding[] = [];
	const [reference, ...others] = localeCodes;
	for (const [slug, twins] of [...bySlug].sort()) {
		const base = twins.get(reference ?? '');
		if (!base) continue;
		const expected = factsOf(base);
		for (const locale of others) {
			const page = twins.get(locale);
			if (!page) {
				findings.push({ where: base.url, problem: `was built, but /${locale}/${slug} was not` });
				continue;
			}
			const actual = factsOf(page);
			const where = `${page.url} against ${base.url}`;
			if (actual.headings.join() !== expected.headings.join())
				findings.push({
					where,
					problem: `heading ids differ: ${describeListDiff(actual.headings, expected.headings)}`,
					expected: expected.headings.join(', '),
				});
			if (actual.diagrams !== expected.diagrams)
				findings.push({
					where,
					problem: `${actual.diagrams} diagram(s) here, ${expected.diagrams} in ${reference}`,
				});
			for (const [what, mine, theirs] of [
				['cited sources', actual.citations, expected.citations],
				['glossary terms linked', actual.terms, expected.terms],
			] as const) {
				const missing = difference(theirs, mine);
				const extra = difference(mine, theirs);
				if (missing.length + extra.length > 0)
					findings.push({
						where,
						problem: `${what} differ: ${[
							missing.length ? `missing here ${missing.join(', ')}` : '',
							extra.length ? `only here ${extra.join(', ')}` : '',
						]
							.filter(Boolean)
							.join('; ')}`,
					});
			}
		}
	}
	return findings;
}

function describeListDiff(actual: string[], expected: string[]): string {
	const missing = difference(expected, actual);
	const extra = difference(actual, expected);
	if (missing.length + extra.length === 0) return 'same ids in a different order';
	return [
		missing.length ? `missing ${missing.join(', ')}` : '',
		extra.length ? `extra ${extra.join(', ')}` : '',
	]
		.filter(Boolean)
		.join('; ');
}

async function dataTranslations(root: string): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const { node, field, where } of await localeMaps(root)) {
		// Lists (aliases, interfaces) differ by language by nature; only text must match.
		if (node.items.some((pair) => isSeq(pair.value))) continue;
		for (const locale of localeCodes) {
			const value = node.get(locale, true) as Node | undefined;
			const text = isScalar(value) ? String(value.value ?? '').trim() : undefined;
			if (!text)
				findings.push({
					where: where(value),
					problem: `${field}.${locale} is ${value === undefined ? 'missing' : 'empty'}`,
					expected: `text in ${locale}, like the ${localeCodes.filter((c) => c !== locale).join(', ')} text beside it`,
				});
		}
	}
	return findings;
}

await runAsCommand(import.meta, 'translation parity', () => checkParity());
