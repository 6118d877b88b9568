/**
 * Chinese typography check: `npm run check:typography`.
 *
 * Spacing and punctuation between Chinese and Latin text are autocorrect's rules (autocorrect.ts,
 * configured in `.autocorrectrc`); the project's own are the glossary's `avoid` variants
 * (glossary-terms.ts) and the marks where the house style differs from autocorrect's
 * (house-punctuation.ts). Both run over the text that extract.ts finds: the zh-cn MDX pages, every
 * `zh-cn:` value of the data files, the Chinese UI strings and the Chinese contributor guide.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Finding, projectRoot, runAsCommand } from '../../lib/report.ts';
import { autocorrectEdits } from './autocorrect.ts';
import { mdxFlats, uiStringFlats, yamlFlats } from './extract.ts';
import { Flat } from './flat.ts';
import {
	type AvoidedTerm,
	type FlatEdit,
	glossaryEdits,
	loadAvoidedTerms,
} from './glossary-terms.ts';
import { housePunctuationEdits } from './house-punctuation.ts';

export { type AvoidedTerm, loadAvoidedTerms };

export type ZhRule = 'spacing' | 'punctuation' | 'glossary-term';

export interface ZhIssue {
	rule: ZhRule;
	/** 1-based line and column in the linted source. */
	line: number;
	column: number;
	/** The rule's name, what is wrong, and a short excerpt around it. */
	problem: string;
	/** The excerpt as it should read. */
	expected: string;
}

export interface LintOptions {
	/** Discouraged variants; `loadAvoidedTerms()` reads them from the glossary. Default: none. */
	avoid?: readonly AvoidedTerm[];
}

// ── From flat edits to source positions and excerpts ───────────────────────────────────────────

interface SourceEdit {
	start: number;
	end: number;
	text: string;
}

function toSource(flat: Flat, edit: FlatEdit & { after?: boolean }): SourceEdit {
	const off = flat.offsets;
	if (edit.start === edit.end) {
		const at = edit.after
			? (off[edit.start - 1] as number) + 1
			: edit.start < off.length
				? (off[edit.start] as number)
				: (off[off.length - 1] as number) + 1;
		return { start: at, end: at, text: edit.text };
	}
	return {
		start: off[edit.start] as number,
		end: (off[edit.end - 1] as number) + 1,
		text: edit.text,
	};
}

const CONTEXT = 10;

/** The source around an edit (within its line) before and after applying it. */
function excerpt(source: string, edit: SourceEdit): { before: string; after: string } {
	const lineStart = source.lastIndexOf('\n', edit.start - 1) + 1;
	const lineEndRaw = source.indexOf('\n', edit.end);
	const lineEnd = lineEndRaw === -1 ? source.length : lineEndRaw;
	const from = Math.max(lineStart, edit.start - CONTEXT);
	const to = Math.min(lineEnd, edit.end + CONTEXT);
	const dots = (s: string) =>
		(from > lineStart ? '…' : '') + s.replace(/\s+/g, ' ') + (to < lineEnd ? '…' : '');
	return {
		before: dots(source.slice(from, to)),
		after: dots(source.slice(from, edit.start) + edit.text + source.slice(edit.end, to)),
	};
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
	const before = source.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function lintSource(flats: Flat[], source: string, avoid: readonly AvoidedTerm[]): ZhIssue[] {
	const located = flats.flatMap((flat) =>
		[
			...autocorrectEdits(flat),
			...housePunctuationEdits(flat).map((e) => ({ ...e, rule: 'punctuation' as const })),
			...glossaryEdits(flat, avoid).map((e) => ({ ...e, rule: 'glossary-term' as const })),
		].map((edit) => {
			const at = toSource(flat, edit);
			const { before, after } = excerpt(source, at);
			return {
				rule: edit.rule,
				offset: at.start,
				problem: `${edit.rule}: ${edit.message}: "${before}"`,
				expected: `"${after}"`,
			};
		})
	);
	return located
		.sort((a, b) => a.offset - b.offset)
		.map(({ offset, ...issue }) => ({ ...issue, ...lineAndColumn(source, offset) }));
}

/** Lints one string of Chinese prose (no Markdown). */
export function lintZhText(text: string, options: LintOptions = {}): ZhIssue[] {
	return lintSource([Flat.of(text)], text, options.avoid ?? []);
}

/** Lints the Chinese prose of an MDX page (frontmatter, text, diagram labels; never code). */
export function lintZhMdx(source: string, options: LintOptions = {}): ZhIssue[] {
	return lintSource(mdxFlats(source), source, options.avoid ?? []);
}

// ── The check over the project ─────────────────────────────────────────────────────────────────

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
	const names = existsSync(dir) ? (await readdir(dir, { recursive: true })).map(String) : [];
	return names
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));
}

function flatsOf(file: string, source: string): Flat[] {
	if (/\.mdx?$/.test(file)) return mdxFlats(source);
	if (file.endsWith('.ts')) return uiStringFlats(source, file);
	return yamlFlats(source, file);
}

/** Lints the Chinese pages, the zh-cn values of the data files and the Chinese UI strings. */
export async function checkZhTypography(root = projectRoot): Promise<Finding[]> {
	const avoid = await loadAvoidedTerms(root);
	const files = [
		...(await listFiles(join(root, 'content/docs/zh-cn'), /\.mdx$/)),
		...(await listFiles(join(root, 'content/data'), /\.ya?ml$/)),
		// The Chinese contributor guide is read as Markdown (it contains no JSX).
		...[join(root, 'src/i18n/zh-cn.ts'), join(root, 'CONTRIBUTING.zh-CN.md')].filter(existsSync),
	];
	const findings: Finding[] = [];
	for (const path of files) {
		const source = await readFile(path, 'utf8');
		const file = relative(root, path).split('\\').join('/');
		let flats: Flat[];
		try {
			flats = flatsOf(file, source);
		} catch (error) {
			// An unclosed JSX element is reported at 1:1 with its real place only in the message.
			const { line, column } = error as { line?: number; column?: number };
			const at = line ? `${line}:${column ?? 1}` : /\((\d+:\d+)-\d+:\d+\)/.exec(String(error))?.[1];
			findings.push({
				where: at ? `${file}:${at}` : file,
				problem: `cannot parse the file: ${String(error)}`,
			});
			continue;
		}
		for (const issue of lintSource(flats, source, avoid)) {
			findings.push({
				where: `${file}:${issue.line}:${issue.column}`,
				problem: issue.problem,
				expected: issue.expected,
			});
		}
	}
	return findings;
}

void runAsCommand(import.meta, 'zh typography', () => checkZhTypography());
