/**
 * `npm run check:consistency`: twins state the same numbers. For every h2/h3 section of an English
 * page and the section of its Chinese twin with the same heading id (`{/* #id *\/}`), and for every
 * `{ en, zh-cn }` text of the data files, the numbers, years, version numbers and dates are
 * extracted and compared; a value only one side states is reported with its file and line.
 *
 * Dates are compared as days or months, whichever language writes them: `4 February 2007`,
 * `February 4, 2007` and `2007 年 2 月 4 日` are all 2007-02-04; `July 2026` and `2026 年 7 月` are
 * 2026-07. Thousands separators are dropped (1,024 = 1024). Code, URLs, JSX attributes,
 * expressions and identifiers that merely contain digits (x86, ARMv8, KVM_S390, 2MiB) are not
 * read; CVE and XSA numbers are.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isScalar, type Node } from 'yaml';
import { localeMaps } from '../lib/data-twins.ts';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';

type Lang = 'en' | 'zh-cn';

/** A value as compared (`2007-02-04`, `2.6.20`, `1024`) and where its text starts. */
export interface Found {
	value: string;
	/** The text as written, for the report. */
	text: string;
	offset: number;
	/**
	 * Read from words (`four`, `两`, `9 月 4 日` without a year): it can match a value of the other
	 * language, but is never reported itself, since prose often spells small numbers out.
	 */
	soft?: boolean;
}

const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const monthName = `(${months.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const monthNumber = (name: string) =>
	months.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');
const dash = '\\s*(?:[–—-]|to|至|到)\\s*';

const scale: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	万: 1e4,
	亿: 1e8,
};
/** `1.07 亿` and `107 million` are both 107000000. */
const scaled = (number: string, unit: string) =>
	String(Math.round(Number(number.replace(/,/g, '')) * (scale[unit.toLowerCase()] ?? 1)));

const englishNumbers = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];
const englishOrdinals = [
	'',
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
];
const chineseDigits: Record<string, number> = {
	零: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
/** 四 → 4, 十二 → 12, 二十 → 20. */
function chineseNumber(text: string): number {
	const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
	if (!text.includes('十')) return chineseDigits[units ?? ''] ?? NaN;
	return (
		(tens ? (chineseDigits[tens] ?? NaN) : 1) * 10 + (units ? (chineseDigits[units] ?? NaN) : 0)
	);
}

type Value = { value: string; soft?: boolean };
const hard = (value: string): Value[] => [{ value }];
const soft = (value: string): Value[] => [{ value, soft: true }];

/**
 * Dates, ranges, amounts and spelt-out numbers, found first (they span several tokens or are
 * words); the first pattern that matches a stretch of text wins it.
 */
const spans: [RegExp, (m: RegExpExecArray) => Value[]][] = [
	// 2003 年 10 月 19 日至 22 日
	[
		new RegExp(
			`(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${dash}(\\d{1,2})\\s*日`,
			'g'
		),
		(m) => [
			{ value: `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}` },
			{ value: `${m[1]}-${pad(m[2] ?? '')}-${pad(m[4] ?? '')}` },
		],
	],
	// 2007 年 2 月 4 日, 2007 年 2 月 (the site's Chinese style spaces them; Intl does not)
	[
		/(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g,
		(m) => hard(`${m[1]}-${pad(m[2] ?? '')}${m[3] ? `-${pad(m[3])}` : ''}`),
	],
	// 19–22 October 2003
	[
		new RegExp(`(?<![\\d.])(\\d{1,2})${dash}(\\d{1,2})\\s+${monthName},?\\s+(\\d{4})\\b`, 'gi'),
		(m) => [
			{ value: `${m[4]}-${pad(monthNumber(m[3] ?? ''))}-${pad(m[1] ?? '')}` },
			{ value: `${m[4]}-${pad(monthNumber(m[3] ?? ''))}-${pad(m[2] ?? '')}` },
		],
	],
	// 4 February 2007, 4 Feb. 2007
	[
		new RegExp(`(?<![\\d.])(\\d{1,2})\\s+${monthName},?\\s+(\\d{4})\\b`, 'gi'),
		(m) => hard(`${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${pad(m[1] ?? '')}`),
	],
	// February 4, 2007; February 2007
	[
		new RegExp(`\\b${monthName}\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b`, 'gi'),
		(m) => hard(`${m[3]}-${pad(monthNumber(m[1] ?? ''))}${m[2] ? `-${pad(m[2])}` : ''}`),
	],
	// ISO dates in prose: 2007-02-04
	[/(?<![\d.-])(\d{4})-(\d{2})-(\d{2})\b/g, (m) => hard(`${m[1]}-${m[2]}-${m[3]}`)],
	// Days and months whose year the sentence gave earlier: 9 月 4 日, 10 月; 4 September
	[
		/(?<![\d.])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g,
		(m) => soft(`--${pad(m[1] ?? '')}${m[2] ? `-${pad(m[2])}` : ''}`),
	],
	[/(?<![\d.])(\d{1,2})\s*日/g, (m) => soft(`---${pad(m[1] ?? '')}`)],
	[
		new RegExp(`(?<![\\d.])(\\d{1,2})\\s+${monthName}\\b|\\b${monthName}\\s+(\\d{1,2})\\b`, 'gi'),
		(m) => soft(`--${pad(monthNumber(m[2] ?? m[3] ?? ''))}-${pad(m[1] ?? m[4] ?? '')}`),
	],
	// Decades: the 2000s, 2000 年代
	[/(?<!\d)(\d{4})(?:s\b|\s*年代)/g, (m) => hard(`${m[1]}s`)],
	// 107 million, 1.2 million, 10 万, 120 多万, 1.07 亿
	[
		/(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)\s*多?\s*(thousand|million|billion|万|亿)/gi,
		(m) => hard(scaled(m[1] ?? '', m[2] ?? '')),
	],
	// Ordinals: the 5th, 21st
	[/(?<![\w.])(\d+)(?:st|nd|rd|th)\b/g, (m) => hard(String(Number(m[1])))],
	// Spelt-out numbers: four, the fifth, 两, 十二
	[
		new RegExp(`\\b(${englishNumbers.join('|')})\\b`, 'gi'),
		(m) => soft(String(englishNumbers.indexOf((m[1] ?? '').toLowerCase()))),
	],
	[
		new RegExp(`\\b(${englishOrdinals.slice(1).join('|')})\\b`, 'gi'),
		(m) => soft(String(englishOrdinals.indexOf((m[1] ?? '').toLowerCase()))),
	],
	[
		/[一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九]/g,
		(m) => soft(String(chineseNumber(m[0]))),
	],
];

/** Then the text is read token by token; the first pattern that matches at a token start wins. */
const tokens: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
	// URLs and e-mail addresses carry no facts of their own here.
	[/^(?:https?:\/\/|www\.)\S+|^[\w.+-]+@[\w-]+\.[\w.]+/i, () => undefined],
	// Advisory and CVE numbers are facts, and must not be split at their hyphens.
	[/^(XSA|CVE)-\d+(?:-\d+)?/i, (m) => m[0].toUpperCase()],
	// v2, v2.6.20: a version
	[/^v(\d+(?:\.\d+)*)\b/, (m) => m[1]],
	// IA-64, x86-64, SP-3: names
	[/^(?:[A-Z][A-Z0-9]+|[A-Za-z]+\d+)-\d+\b/, () => undefined],
	// Words that contain digits (x86, ARMv8, KVM_S390, virtio-9p) are names, not numbers; a number
	// after a hyphen (type-1, 2-level) is read on its own.
	[/^[A-Za-z_][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*)*/, () => undefined],
	// Units glued to digits (2MiB, 64bit) are left alone too, as both languages write them alike.
	[/^\d+[A-Za-z_][A-Za-z0-9_]*/, () => undefined],
	// Version numbers and decimals: 2.6.20, 4.19, 1.5
	[/^\d+(?:\.\d+)+(?:-rc\d+)?/, (m) => m[0]],
	// 1,024 and 100,000; 4096
	[/^\d{1,3}(?:,\d{3})+(?!\d)|^\d+/, (m) => m[0].replace(/,/g, '')],
];

/** The numbers, years, versions and dates of a run of prose. */
export function extractValues(text: string): Found[] {
	const found: Found[] = [];
	const taken: [number, number][] = [];
	const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && to > a);
	for (const [pattern, values] of spans)
		for (const m of text.matchAll(pattern)) {
			const at = m.index ?? 0;
			if (!free(at, at + m[0].length)) continue;
			for (const v of values(m as RegExpExecArray))
				if (!v.value.includes('NaN')) found.push({ ...v, text: m[0], offset: at });
			taken.push([at, at + m[0].length]);
		}
	let i = 0;
	outer: while (i < text.length) {
		const inTaken = taken.find(([from, to]) => i >= from && i < to);
		if (inTaken) {
			i = inTaken[1];
			continue;
		}
		// Only start at a token boundary: a run of letters, digits and dots is read from its start.
		const previous = text[i - 1] ?? ' ';
		if (/[A-Za-z0-9_.]/.test(previous) || !/[A-Za-z0-9_]/.test(text[i] ?? '')) {
			i++;
			continue;
		}
		const rest = text.slice(i);
		for (const [pattern, value] of tokens) {
			const m = pattern.exec(rest);
			if (!m) continue;
			const v = value(m);
			if (v !== undefined) found.push({ value: v, text: m[0], offset: i });
			i += Math.max(1, m[0].length);
			continue outer;
		}
		i++;
	}
	return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether the other language states `value`: the same value; for a full date, its day and month
 * stated without the year plus the year elsewhere (`9 月 4 日` after `2008 年`); for a year, any
 * date in that year.
 */
export function stated(value: string, other: readonly Found[]): boolean {
	const values = new Set(other.map((v) => v.value));
	if (values.has(value)) return true;
	const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (date) {
		const [, year, month, day] = date;
		const hasYear = [...values].some((v) => v === year || v.startsWith(`${year}-`));
		if (!hasYear) return false;
		return day
			? values.has(`--${month}-${day}`) || (values.has(`--${month}`) && values.has(`---${day}`))
			: values.has(`--${month}`) || [...values].some((v) => v.startsWith(`--${month}-`));
	}
	if (/^\d{4}$/.test(value)) return [...values].some((v) => v.startsWith(`${value}-`));
	// "the 5th" (of a month named nearby) and "5 日"
	if (/^\d{1,2}$/.test(value)) return values.has(`---${pad(value)}`);
	return false;
}

// ── MDX: sections and their prose ─────────────────────────────────────────────────────────────

interface MdNode {
	type: string;
	depth?: number;
	value?: string;
	children?: MdNode[];
	position?: { start: { line: number } };
}

interface Section {
	id: string;
	/** Prose values with their line in the page file. */
	values: (Found & { line: number })[];
}

/** Node types whose content is not prose: code, comments and expressions, raw HTML, images. */
const skipped = new Set([
	'code',
	'inlineCode',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
	'html',
	'image',
	'yaml',
]);

/** The prose of a block, with the line each text node starts on. */
function proseOf(node: MdNode): { text: string; lines: { at: number; line: number }[] } {
	let text = '';
	const lines: { at: number; line: number }[] = [];
	const walk = (n: MdNode) => {
		if (skipped.has(n.type)) {
			text += ' ';
			return;
		}
		if (n.type === 'text') {
			lines.push({ at: text.length, line: n.position?.start.line ?? 0 });
			text += n.value ?? '';
			return;
		}
		// Block boundaries (list items, table cells) must not glue two numbers together.
		if (n.type === 'tableCell' || n.type === 'listItem' || n.type === 'paragraph') text += ' ';
		for (const child of n.children ?? []) walk(child);
		if (n.type === 'tableCell' || n.type === 'paragraph') text += ' ';
	};
	walk(node);
	return { text, lines };
}

function lineAt(lines: { at: number; line: number }[], offset: number): number {
	let line = lines[0]?.line ?? 0;
	for (const entry of lines) if (entry.at <= offset) line = entry.line;
	return line;
}

const headingId = (node: MdNode): string | undefined => {
	for (const child of node.children ?? [])
		if (child.type === 'mdxTextExpression') {
			const m = /^\s*\/\*\s*#([\w-]+)\s*\*\/\s*$/.exec(child.value ?? '');
			if (m) return m[1];
		}
	return undefined;
};

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A page's sections by heading id (h2 and h3; h4 and below stay in their section). */
export function sectionsOf(source: string): Map<string, Section> {
	// The frontmatter becomes blank lines, so line numbers still match the file.
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ''));
	const tree = parser.parse(body) as MdNode;
	const sections = new Map<string, Section>();
	let current: Section = { id: '(before the first heading)', values: [] };
	sections.set(current.id, current);
	for (const node of tree.children ?? []) {
		if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
			const id = headingId(node) ?? `(line ${node.position?.start.line})`;
			current = { id, values: [] };
			sections.set(id, current);
		}
		if (node.type === 'yaml') continue;
		const { text, lines } = proseOf(node);
		for (const value of extractValues(text))
			current.values.push({ ...value, line: lineAt(lines, value.offset) });
	}
	return sections;
}

/** The findings for two lists of values that should hold the same set. */
function compare(values: Record<Lang, (Found & { where: string })[]>, what: string): Finding[] {
	const findings: Finding[] = [];
	for (const [mine, theirs] of [
		['en', 'zh-cn'],
		['zh-cn', 'en'],
	] as const) {
		const reported = new Set<string>();
		for (const v of values[mine]) {
			if (v.soft || reported.has(v.value) || stated(v.value, values[theirs])) continue;
			reported.add(v.value);
			findings.push({
				where: v.where,
				problem: `"${v.text}" (${v.value}) is in the ${mine} ${what} but not in its ${theirs} twin`,
			});
		}
	}
	return findings;
}

export interface ConsistencyOptions {
	/** Folder holding `content/docs/<locale>/` and `content/data/`. */
	root?: string;
}

export async function checkConsistency({ root = projectRoot }: ConsistencyOptions = {}): Promise<
	Finding[]
> {
	return [...(await pageTwins(root)), ...(await dataTwins(root))];
}

async function pageTwins(root: string): Promise<Finding[]> {
	const enDir = join(root, 'content', 'docs', 'en');
	const files = (await readdir(enDir, { recursive: true }).catch(() => []))
		.map(String)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const findings: Finding[] = [];
	for (const file of files) {
		const paths = {
			en: `content/docs/en/${file.split('\\').join('/')}`,
			'zh-cn': `content/docs/zh-cn/${file.split('\\').join('/')}`,
		};
		const zhSource = await readFile(join(root, paths['zh-cn']), 'utf8').catch(() => undefined);
		if (zhSource === undefined) continue; // the parity check reports a missing twin
		const sections = {
			en: sectionsOf(await readFile(join(root, paths.en), 'utf8')),
			'zh-cn': sectionsOf(zhSource),
		};
		for (const [id, en] of sections.en) {
			const zh = sections['zh-cn'].get(id);
			if (!zh) continue; // different heading ids are the parity check's finding
			findings.push(
				...compare(
					{
						en: en.values.map((v) => ({ ...v, where: `${paths.en}:${v.line}` })),
						'zh-cn': zh.values.map((v) => ({ ...v, where: `${paths['zh-cn']}:${v.line}` })),
					},
					`section #${id}`
				)
			);
		}
	}
	return findings;
}

async function dataTwins(root: string): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const { node, field, where } of await localeMaps(root)) {
		const en = node.get('en', true) as Node | undefined;
		const zh = node.get('zh-cn', true) as Node | undefined;
		if (!isScalar(en) || !isScalar(zh) || typeof en.value !== 'string') continue;
		const of = (n: Node & { value: unknown }) =>
			extractValues(String(n.value)).map((v) => ({ ...v, where: where(n) }));
		findings.push(...compare({ en: of(en), 'zh-cn': of(zh) }, `text ${field}`));
	}
	return findings;
}

await runAsCommand(import.meta, 'twin consistency', () => checkConsistency());
