/**
 * `npm run check:parity`: the two languages say the same thing.
 * - every docs page exists in every locale;
 * - twin pages (built) have the same heading ids in the same order, the same number of diagrams,
 *   the same cited sources and the same glossary terms linked;
 * - twin sources have the same block structure within each section (paragraphs, lists, tables,
 *   diagrams), so the parallel view (/parallel/…) can pair them; the first difference of a page
 *   is named with file and line;
 * - every inline translated field (`{ en: …, zh-cn: … }`) in the data files has text in every
 *   language (the schemas enforce this at build time too; this names all gaps at once).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
		...(await blockTwins(root)),
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

/** The blocks parity compares; the parallel view pairs blocks only when these line up. */
const blockKinds = ['paragraph', 'list', 'table', 'diagram'] as const;
type BlockKind = (typeof blockKinds)[number];

export interface SourceSection {
	/** The heading's `{/* #id *\/}`; `''` for the text before the first heading. */
	id: string;
	line: number;
	blocks: { kind: BlockKind; line: number }[];
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function kindOf(node: RootContent): BlockKind | undefined {
	if (node.type === 'paragraph' || node.type === 'list' || node.type === 'table') return node.type;
	if (node.type === 'code' && node.lang === 'mermaid') return 'diagram';
	return undefined;
}

/**
 * The sections of an MDX page (split at h2 and h3, as the parallel view splits them) and the
 * kinds of their top-level blocks, with source lines.
 */
export function sourceSections(source: string): SourceSection[] {
	// Blank the frontmatter out, keeping its line breaks, so lines stay those of the file.
	const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) =>
		fm.replace(/[^\n]/g, ' ')
	);
	const sections: SourceSection[] = [{ id: '', line: 1, blocks: [] }];
	for (const node of mdxParser.parse(body).children) {
		const line = node.position?.start.line ?? 0;
		if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
			const last = node.children.at(-1);
			const marker =
				last?.type === 'mdxTextExpression' ? /#([a-z0-9-]+)/.exec(last.value)?.[1] : undefined;
			sections.push({ id: marker ?? `line-${line}`, line, blocks: [] });
			continue;
		}
		const kind = kindOf(node);
		if (kind) sections.at(-1)?.blocks.push({ kind, line });
	}
	return sections.filter((section) => section.id !== '' || section.blocks.length > 0);
}

const plural = (kind: BlockKind, n: number) => `${n} ${kind}${n === 1 ? '' : 's'}`;
const countsOf = (section: SourceSection) =>
	blockKinds
		.map((kind) => plural(kind, section.blocks.filter((b) => b.kind === kind).length))
		.join(', ');

/**
 * The first section whose blocks differ between a page and its reference twin, or undefined. The
 * line is that of the first block that differs (or of the section heading when one runs out).
 */
export function firstBlockMismatch(
	page: { file: string; sections: SourceSection[] },
	reference: { file: string; locale: string; sections: SourceSection[] }
): Finding | undefined {
	for (const section of page.sections) {
		const other = reference.sections.find((s) => s.id === section.id);
		if (!other) continue;
		const mine = section.blocks.map((b) => b.kind);
		const theirs = other.blocks.map((b) => b.kind);
		if (mine.join() === theirs.join()) continue;
		const at = mine.findIndex((kind, i) => kind !== theirs[i]);
		const index = at >= 0 ? at : mine.length;
		const name = section.id ? `section #${section.id}` : 'the text before the first heading';
		const here = section.blocks[index];
		const there = other.blocks[index];
		return {
			where: `${page.file}:${here?.line ?? section.line}`,
			problem: `${name}: block ${index + 1} is ${here ? `a ${here.kind}` : 'missing'} here, ${there ? `a ${there.kind}` : 'missing'} in ${reference.locale} (${reference.file}:${there?.line ?? other.line}); here ${countsOf(section)}`,
			expected: countsOf(other),
		};
	}
	return undefined;
}

async function blockTwins(root: string): Promise<Finding[]> {
	const [reference, ...others] = localeCodes;
	if (!reference) return [];
	const docs = join(root, 'content', 'docs');
	const read = async (locale: string, key: string) => {
		const file = `content/docs/${locale}/${key}`;
		const source = await readFile(join(root, file), 'utf8').catch(() => undefined);
		return source === undefined ? undefined : { file, locale, sections: sourceSections(source) };
	};
	const keys = (await readdir(join(docs, reference), { recursive: true }).catch(() => []))
		.filter((entry) => entry.endsWith('.mdx'))
		.sort();
	const findings: Finding[] = [];
	for (const key of keys) {
		const base = await read(reference, key);
		if (!base) continue;
		for (const locale of others) {
			const page = await read(locale, key);
			const mismatch = page && firstBlockMismatch(page, base);
			if (mismatch) findings.push(mismatch);
		}
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
