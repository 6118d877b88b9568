/**
 * Translation freshness.
 *
 *   npm run i18n:status                        table of every translated page: up to date or stale
 *   npm run i18n:mark -- zh-cn/xen/pv-vs-hvm   after updating a translation, record the version
 *                                              of its source it now matches
 *
 * A translated page carries `translatedFrom: { locale, hash }` in its frontmatter; the hash is the
 * source file's version (src/lib/translation-version.ts) when it was last translated. The site
 * shows a localized "may be out of date" notice on pages whose source has changed since.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { sourceVersion } from '../../src/lib/translation-version.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export type State = 'up to date' | 'stale' | 'source missing' | 'untracked';

export interface PageStatus {
	/** Path under content/docs/<locale>/ without the extension, e.g. `xen/pv-vs-hvm`. */
	page: string;
	locale: Locale;
	from: Locale | undefined;
	state: State;
	recorded: string | undefined;
	current: string | undefined;
}

const docsDir = (root: string) => join(root, 'content', 'docs');

async function pagesOf(root: string, locale: Locale): Promise<string[]> {
	const entries = await readdir(join(docsDir(root), locale), { recursive: true }).catch(() => []);
	return entries
		.filter((e) => e.endsWith('.mdx'))
		.map((e) => e.replace(/\.mdx$/, ''))
		.sort();
}

const fileOf = (root: string, locale: string, page: string) =>
	join(docsDir(root), locale, `${page}.mdx`);

export async function translationStatus(root = projectRoot): Promise<PageStatus[]> {
	const rows: PageStatus[] = [];
	const sources = new Set<string>();
	const untracked: PageStatus[] = [];
	for (const locale of localeCodes) {
		for (const page of await pagesOf(root, locale)) {
			const file = fileOf(root, locale, page);
			const data = readFrontmatter(await readFile(file, 'utf8'), relative(root, file));
			const from = data['translatedFrom'] as { locale?: Locale; hash?: string } | undefined;
			if (!from?.locale) {
				untracked.push({
					page,
					locale,
					from: undefined,
					state: 'untracked',
					recorded: undefined,
					current: undefined,
				});
				continue;
			}
			sources.add(`${from.locale}/${page}`);
			let current: string | undefined;
			try {
				current = sourceVersion(await readFile(fileOf(root, from.locale, page), 'utf8'));
			} catch {
				current = undefined;
			}
			rows.push({
				page,
				locale,
				from: from.locale,
				state:
					current === undefined ? 'source missing' : current === from.hash ? 'up to date' : 'stale',
				recorded: from.hash,
				current,
			});
		}
	}
	// A page nobody translates from and that records no source of its own is not tracked.
	return [...rows, ...untracked.filter((row) => !sources.has(`${row.locale}/${row.page}`))];
}

export function statusTable(rows: PageStatus[]): string {
	const lines = [
		'| Page | Language | Translated from | Status | Recorded version | Source now |',
		'|---|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.page} | ${r.locale} | ${r.from ?? '—'} | ${r.state === 'stale' ? '**stale**' : r.state} | ${r.recorded ?? '—'} | ${r.current ?? '—'} |`
		),
	];
	const count = (state: State) => rows.filter((r) => r.state === state).length;
	lines.push(
		'',
		`${count('up to date')} up to date, ${count('stale')} stale, ${count('source missing')} without a source, ${count('untracked')} untracked.`
	);
	if (count('stale') > 0)
		lines.push(
			'Update each stale page from its source, then run `npm run i18n:mark -- <locale>/<page>`.'
		);
	return lines.join('\n');
}

/** Records the current version of the source in a translation's frontmatter. */
export async function markTranslation(target: string, root = projectRoot): Promise<PageStatus> {
	const [locale, ...rest] = target
		.replace(/^content\/docs\//, '')
		.replace(/\.mdx$/, '')
		.replace(/\/$/, '')
		.split('/');
	let page = rest.join('/') || 'index';
	// `zh-cn/xen` means the section page `zh-cn/xen/index.mdx` when there is no `xen.mdx`.
	if (
		!existsSync(fileOf(root, locale ?? '', page)) &&
		existsSync(fileOf(root, locale ?? '', `${page}/index`))
	)
		page = `${page}/index`;
	if (!(localeCodes as readonly string[]).includes(locale ?? ''))
		throw new Error(
			`"${target}": start with the translation's language, e.g. zh-cn/xen/pv-vs-hvm (languages: ${localeCodes.join(', ')})`
		);
	const file = fileOf(root, locale ?? '', page);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		throw new Error(`${relative(root, file)} does not exist`);
	}
	const existing = readFrontmatter(text, relative(root, file))['translatedFrom'] as
		{ locale?: Locale } | undefined;
	const from =
		existing?.locale ?? (locale === 'en' ? localeCodes.find((c) => c !== 'en') : 'en') ?? 'en';
	const sourceFile = fileOf(root, from, page);
	// Marking the original as a translation of its own translation would make a loop.
	const twinSource = existsSync(sourceFile)
		? (readFrontmatter(await readFile(sourceFile, 'utf8'), relative(root, sourceFile))[
				'translatedFrom'
			] as { locale?: Locale } | undefined)
		: undefined;
	if (twinSource?.locale === locale)
		throw new Error(
			`${relative(root, sourceFile)} is the translation (it records ${locale} as its source), so ${relative(root, file)} is the original: mark ${from}/${page} instead`
		);
	let source: string;
	try {
		source = await readFile(sourceFile, 'utf8');
	} catch {
		throw new Error(
			`${relative(root, file)}: its source ${relative(root, sourceFile)} does not exist`
		);
	}
	const hash = sourceVersion(source);
	const line = `translatedFrom: { locale: ${from}, hash: '${hash}' }`;
	const normalized = text.replace(/\r\n?/g, '\n');
	const end = normalized.indexOf('\n---', 4);
	let head = normalized.slice(0, end);
	const tail = normalized.slice(end);
	head = /^translatedFrom:.*(?:\n[ \t]+.*)*/m.test(head)
		? head.replace(/^translatedFrom:.*(?:\n[ \t]+.*)*/m, line)
		: `${head}\n${line}`;
	await writeFile(file, head + tail);
	return {
		page,
		locale: locale as Locale,
		from,
		state: 'up to date',
		recorded: hash,
		current: hash,
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	try {
		if (args[0] === '--mark') {
			const targets = args.slice(1);
			if (targets.length === 0)
				throw new Error(
					'name the translation to mark, e.g. npm run i18n:mark -- zh-cn/xen/pv-vs-hvm'
				);
			for (const target of targets) {
				const row = await markTranslation(target);
				console.log(
					`✓ content/docs/${row.locale}/${row.page}.mdx now records ${row.from} version ${row.recorded}`
				);
			}
		} else console.log(statusTable(await translationStatus()));
	} catch (error) {
		console.error(`✗ ${(error as Error).message}`);
		process.exitCode = 1;
	}
}
