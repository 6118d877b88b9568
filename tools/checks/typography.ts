/**
 * Chinese typography check: `npm run check:typography`.
 *
 * Lints the user-visible Chinese text of the site for three rules:
 *
 * - `space-han-latin`: one space between Han characters and Latin letters or digits, in both
 *   directions (`KVM 模块`, `2007 年`), and no space next to full-width punctuation (`内核，然后`, not
 *   `内核 ，然后`; for the marks English shares, “ ” ‘ ’ … —, only when the other side is Han).
 *   `%`, `°` and other symbols are neither Han nor Latin, so `50%的` and `50% 的` both pass; units
 *   glued to digits (`4096MiB`) are not Han and are left alone. Inline code, `{placeholder}`s of UI
 *   strings and links whose text is a URL count as Latin; other links and `<Term>`-style elements
 *   are judged by their own first and last visible characters. A space that sits next to Markdown
 *   emphasis markup is never flagged: CommonMark needs it to close `**…。**` before a word.
 * - `fullwidth-punctuation`: ASCII `, ; : ? ! ( )` next to Chinese (the nearest non-space character
 *   before or after is Han, or a parenthesised text contains Han) must be `，；：？！（）`; a `.` ending
 *   a sentence right after Han must be `。` (`...` must be `……`); straight double quotes around or next
 *   to Chinese must be “ ”. Punctuation inside Latin runs (`Linux 2.6.20`, `e.g.`, `KVM_RUN()`),
 *   between digits (`1,000`, `10:30`), in `://` and inside code or URLs is never flagged.
 * - `glossary-term`: a Chinese variant listed under `avoid` in `content/data/glossary.yaml` (for
 *   example 准虚拟化) is reported with the entry's standard zh-cn term (半虚拟化). A variant inside
 *   Chinese quotes (“准虚拟化”) is a mention, not a use, and passes; `aliases.zh-cn` in the glossary
 *   exist to name the variants and are exempt from this rule (but not from the other two).
 *
 * Scope: the prose of `content/docs/zh-cn/**\/*.mdx` (text nodes, headings, table cells, link text,
 * the frontmatter `title`, `shortTitle` and `description`, and mermaid diagram labels: `accTitle`,
 * `accDescr`, quoted node and edge labels, sequence-diagram participants, messages, notes and block
 * labels, timeline entries), every `zh-cn:` value in `content/data/**\/*.yaml`, and the strings in
 * `src/i18n/zh-cn.ts`. Never code blocks, inline code, JSX attributes, expressions or URLs; unquoted
 * mermaid labels (`A[文本]`) are not linted (the site quotes all of them).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import ts from 'typescript';
import { unified } from 'unified';
import { isMap, isPair, isScalar, isSeq, parse, parseDocument } from 'yaml';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';

export type ZhRule = 'space-han-latin' | 'fullwidth-punctuation' | 'glossary-term';

/** A discouraged Chinese variant and the glossary's standard term that replaces it. */
export interface AvoidedTerm {
	variant: string;
	term: string;
	/** Glossary entry id. */
	id: string;
}

export interface ZhIssue {
	rule: ZhRule;
	/** Offset (UTF-16 code units) in the linted text, 1-based line and column. */
	offset: number;
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

// ── Character classes ─────────────────────────────────────────────────────────────────────────

/** Stands for inline code, a URL link or a UI placeholder: Latin for the spacing rule, opaque otherwise. */
const LATIN = '\uE000';
/** Stands for something visible that is neither Han nor Latin (a citation mark, an image). */
const BOUNDARY = '\uE001';

const hanPattern = /\p{Script=Han}/u;
const latinPattern = /[0-9\p{Script=Latin}\p{Script=Greek}]/u;
const isHan = (c: string | undefined): boolean => c !== undefined && hanPattern.test(c);
const isLatin = (c: string | undefined): boolean =>
	c !== undefined && (c === LATIN || (c < '\uFF00' && latinPattern.test(c)));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00A0' || c === '\u3000';
/** Full-width punctuation that takes no space on either side. */
const fullwidth = new Set('，。、；：？！（）【】《》〈〉「」『』～');
/**
 * Marks that English shares (curly quotes, ellipsis, em dash): no space between them and Han, but
 * an English phrase quoted in Chinese text keeps its own spacing.
 */
const shared = new Set('“”‘’…—');
const fullwidthOf: Record<string, string> = {
	',': '，',
	';': '；',
	':': '：',
	'?': '？',
	'!': '！',
};

// ── Flattened text with source offsets ─────────────────────────────────────────────────────────

/**
 * The visible text of one block (a paragraph, heading, table cell, YAML value, UI string or
 * diagram label), one placeholder character per opaque inline, with the source offset of every
 * character and the positions where inline markup (`**`, `[`, `](…)`) sits between two characters.
 */
class Flat {
	text = '';
	offsets: number[] = [];
	breaks = new Set<number>();
	/** Whether the `glossary-term` rule applies. */
	glossary = true;

	addText(value: string, offsets: number[]): void {
		this.text += value;
		this.offsets.push(...offsets);
	}
	addPlaceholder(char: string, offset: number): void {
		this.text += char;
		this.offsets.push(offset);
	}
	markBreak(): void {
		this.breaks.add(this.text.length);
	}
	/** Whether markup sits anywhere between positions `from` and `to` (inclusive). */
	hasBreak(from: number, to: number): boolean {
		for (let p = from; p <= to; p++) if (this.breaks.has(p)) return true;
		return false;
	}
}

/**
 * Source offset of every code unit of `value`, a decoded form of `source.slice(start, end)` (quotes,
 * escapes, entities, indentation and folded line breaks removed): each character is matched to the
 * next equal source character within a short window.
 */
function align(value: string, source: string, start: number, end: number): number[] {
	const offsets: number[] = [];
	let p = start;
	for (const ch of value.split('')) {
		let q = p;
		while (q < end && source[q] !== ch && q - p < 12) q++;
		if (q < end && source[q] === ch) {
			offsets.push(q);
			p = q + 1;
		} else {
			offsets.push(Math.min(p, Math.max(start, end - 1)));
		}
	}
	return offsets;
}

// ── The rules ──────────────────────────────────────────────────────────────────────────────────

interface Edit {
	/** Flat range replaced by `text`; an empty range is an insertion. */
	start: number;
	end: number;
	text: string;
	/** For insertions: the Han character next to the insertion point and which side of it. */
	anchor?: { index: number; side: 'before' | 'after' };
}

interface RawIssue {
	rule: ZhRule;
	message: string;
	edits: Edit[];
}

/** Extends `[start, end)` over the spaces on both sides, unless markup sits in between. */
function withSpaces(flat: Flat, start: number, end: number): [number, number] {
	const s = flat.text;
	let a = start;
	while (a > 0 && isSpace(s[a - 1])) a--;
	if (flat.hasBreak(a, start)) a = start;
	let b = end;
	while (b < s.length && isSpace(s[b])) b++;
	if (b === s.length || flat.hasBreak(end, b)) b = end;
	return [a, b];
}

function nearestNonSpace(s: string, from: number, step: 1 | -1): string | undefined {
	let i = from;
	while (i >= 0 && i < s.length && (isSpace(s[i]) || s[i] === '\n')) i += step;
	return s[i];
}

function spaceRule(flat: Flat, issues: RawIssue[]): void {
	const s = flat.text;
	for (let i = 0; i + 1 < s.length; i++) {
		const a = s[i];
		const b = s[i + 1];
		if (isHan(a) && isLatin(b)) {
			issues.push({
				rule: 'space-han-latin',
				message: 'put one space between Han characters and Latin letters or digits',
				edits: [{ start: i + 1, end: i + 1, text: ' ', anchor: { index: i, side: 'after' } }],
			});
		} else if (isLatin(a) && isHan(b)) {
			issues.push({
				rule: 'space-han-latin',
				message: 'put one space between Latin letters or digits and Han characters',
				edits: [{ start: i + 1, end: i + 1, text: ' ', anchor: { index: i + 1, side: 'before' } }],
			});
		}
	}
	for (const match of s.matchAll(/[ \u00A0\u3000]+/g)) {
		const start = match.index;
		const end = start + match[0].length;
		const left = s[start - 1];
		const right = s[end];
		if (left === undefined || right === undefined || left === '\n' || right === '\n') continue;
		if (flat.hasBreak(start, end)) continue;
		const strict = fullwidth.has(left) || fullwidth.has(right);
		const nextToHan = (shared.has(left) && isHan(right)) || (shared.has(right) && isHan(left));
		if (strict || nextToHan) {
			issues.push({
				rule: 'space-han-latin',
				message: 'no space next to full-width punctuation',
				edits: [{ start, end, text: '' }],
			});
		}
	}
}

function punctuationRule(flat: Flat, issues: RawIssue[]): void {
	const s = flat.text;
	const push = (message: string, edits: Edit[]) =>
		issues.push({ rule: 'fullwidth-punctuation', message, edits });

	for (let i = 0; i < s.length; i++) {
		const c = s[i] as string;
		const replacement = fullwidthOf[c];
		if (replacement) {
			if (isDigit(s[i - 1]) && isDigit(s[i + 1])) continue;
			if (c === ':' && s.startsWith('//', i + 1)) continue;
			if (!isHan(nearestNonSpace(s, i - 1, -1)) && !isHan(nearestNonSpace(s, i + 1, 1))) continue;
			const [start, end] = withSpaces(flat, i, i + 1);
			push(`use full-width “${replacement}” instead of “${c}” in a Chinese sentence`, [
				{ start, end, text: replacement },
			]);
		} else if (c === '.' && isHan(s[i - 1])) {
			if (s.startsWith('...', i)) {
				let end = i;
				while (s[end] === '.') end++;
				push('use “……” instead of “...” in a Chinese sentence', [{ start: i, end, text: '……' }]);
				i = end - 1;
			} else if (s[i + 1] === undefined || /[\s"')\]”’）\uE001]/u.test(s[i + 1] as string)) {
				const [, end] = withSpaces(flat, i, i + 1);
				push('end a Chinese sentence with “。”, not “.”', [{ start: i, end, text: '。' }]);
			}
		}
	}

	// Parentheses: a pair is Chinese when it contains Han or touches Han on the outside.
	const stack: number[] = [];
	const pairs: [number | undefined, number | undefined][] = [];
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '(') stack.push(i);
		else if (s[i] === ')') pairs.push([stack.pop(), i]);
	}
	for (const open of stack) pairs.push([open, undefined]);
	for (const [open, close] of pairs) {
		const inner = s.slice(open === undefined ? 0 : open + 1, close ?? s.length);
		const chinese =
			(open !== undefined && close !== undefined && hanPattern.test(inner)) ||
			(open !== undefined && isHan(s[open - 1])) ||
			(close !== undefined && isHan(s[close + 1]));
		if (!chinese) continue;
		const edits: Edit[] = [];
		if (open !== undefined) {
			const [start] = withSpaces(flat, open, open + 1);
			edits.push({ start, end: open + 1, text: '（' });
		}
		if (close !== undefined) {
			const [, end] = withSpaces(flat, close, close + 1);
			edits.push({ start: close, end, text: '）' });
		}
		push('use full-width parentheses “（）” around or next to Chinese', edits);
	}

	// Straight double quotes, paired in reading order.
	const quotes = [...s.matchAll(/"/g)].map((m) => m.index);
	for (let k = 0; k < quotes.length; k += 2) {
		const open = quotes[k] as number;
		const close = quotes[k + 1];
		if (close === undefined) {
			if (isHan(s[open - 1]) || isHan(s[open + 1])) {
				const text = isSpace(s[open + 1]) || open + 1 === s.length ? '”' : '“';
				push('use a Chinese quotation mark instead of a straight “"”', [
					{ start: open, end: open + 1, text },
				]);
			}
			continue;
		}
		const inner = s.slice(open + 1, close);
		if (hanPattern.test(inner) || isHan(s[open - 1]) || isHan(s[close + 1])) {
			push('use “ ” instead of straight double quotes around Chinese', [
				{ start: open, end: open + 1, text: '“' },
				{ start: close, end: close + 1, text: '”' },
			]);
		}
	}
}

function glossaryRule(flat: Flat, avoid: readonly AvoidedTerm[], issues: RawIssue[]): void {
	if (!flat.glossary) return;
	const s = flat.text;
	for (const { variant, term, id } of avoid) {
		for (let i = s.indexOf(variant); i !== -1; i = s.indexOf(variant, i + 1)) {
			const before = s[i - 1];
			const after = s[i + variant.length];
			const mention =
				(before === '“' && after === '”') ||
				(before === '「' && after === '」') ||
				(before === '‘' && after === '’');
			if (mention) continue;
			issues.push({
				rule: 'glossary-term',
				message: `“${variant}” is not the glossary term; write “${term}” (glossary entry ${id})`,
				edits: [{ start: i, end: i + variant.length, text: term }],
			});
		}
	}
}

function lintFlat(flat: Flat, avoid: readonly AvoidedTerm[]): RawIssue[] {
	const issues: RawIssue[] = [];
	spaceRule(flat, issues);
	punctuationRule(flat, issues);
	glossaryRule(flat, avoid, issues);
	return issues;
}

// ── From flat issues to source positions and excerpts ──────────────────────────────────────────

interface SourceEdit {
	start: number;
	end: number;
	text: string;
}

function toSource(flat: Flat, edit: Edit): SourceEdit {
	const off = flat.offsets;
	if (edit.start === edit.end) {
		const at = edit.anchor
			? (off[edit.anchor.index] as number) + (edit.anchor.side === 'after' ? 1 : 0)
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

function lineStarts(source: string): number[] {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return starts;
}

function lineAndColumn(starts: number[], offset: number): { line: number; column: number } {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

const CONTEXT = 10;

/** The source around the edits (within their line) before and after applying them. */
function excerpt(source: string, edits: SourceEdit[]): { before: string; after: string } {
	const first = Math.min(...edits.map((e) => e.start));
	const last = Math.max(...edits.map((e) => e.end));
	const lineStart = source.lastIndexOf('\n', first - 1) + 1;
	const lineEndRaw = source.indexOf('\n', last);
	const lineEnd = lineEndRaw === -1 ? source.length : lineEndRaw;
	const from = Math.max(lineStart, first - CONTEXT);
	const to = Math.min(lineEnd, last + CONTEXT);
	let after = source.slice(from, to);
	for (const e of [...edits].sort((x, y) => y.start - x.start)) {
		after = after.slice(0, e.start - from) + e.text + after.slice(e.end - from);
	}
	const ellipsis = (s: string) =>
		(from > lineStart ? '…' : '') + s.replace(/\s+/g, ' ') + (to < lineEnd ? '…' : '');
	return { before: ellipsis(source.slice(from, to)), after: ellipsis(after) };
}

interface Located {
	rule: ZhRule;
	offset: number;
	problem: string;
	expected: string;
}

function locate(flat: Flat, source: string, issue: RawIssue): Located {
	const edits = issue.edits.map((e) => toSource(flat, e));
	const { before, after } = excerpt(source, edits);
	return {
		rule: issue.rule,
		offset: Math.min(...edits.map((e) => e.start)),
		problem: `${issue.rule}: ${issue.message}: "${before}"`,
		expected: `"${after}"`,
	};
}

// ── Public: lint a string ──────────────────────────────────────────────────────────────────────

function lintSource(flats: Flat[], source: string, avoid: readonly AvoidedTerm[]): ZhIssue[] {
	const starts = lineStarts(source);
	return flats
		.flatMap((flat) => lintFlat(flat, avoid).map((issue) => locate(flat, source, issue)))
		.sort((a, b) => a.offset - b.offset)
		.map((l) => ({ ...l, ...lineAndColumn(starts, l.offset) }));
}

/** Lints one string of Chinese prose (no Markdown), as the rules above describe. */
export function lintZhText(text: string, options: LintOptions = {}): ZhIssue[] {
	const flat = new Flat();
	flat.addText(
		text,
		text.split('').map((_, i) => i)
	);
	return lintSource([flat], text, options.avoid ?? []);
}

/** Lints the Chinese prose of an MDX page (frontmatter, text, diagram labels; never code). */
export function lintZhMdx(source: string, options: LintOptions = {}): ZhIssue[] {
	return lintSource(mdxFlats(source), source, options.avoid ?? []);
}

// ── Glossary variants ──────────────────────────────────────────────────────────────────────────

/** The standard zh-cn term without its parenthesised gloss: 虚拟机监控器（VMM） → 虚拟机监控器. */
function standardTerm(term: string): string {
	return term.replace(/（[^）]*）$/, '').trim() || term;
}

/** Reads the `avoid` lists of `content/data/glossary.yaml`. */
export async function loadAvoidedTerms(root = projectRoot): Promise<AvoidedTerm[]> {
	const entries = parse(await readFile(join(root, 'content/data/glossary.yaml'), 'utf8')) as {
		id: string;
		term: Record<string, string>;
		avoid?: string[];
	}[];
	return entries.flatMap((entry) =>
		(entry.avoid ?? []).map((variant) => ({
			variant,
			term: standardTerm(entry.term['zh-cn'] ?? ''),
			id: entry.id,
		}))
	);
}

// ── MDX ────────────────────────────────────────────────────────────────────────────────────────

interface MdNode {
	type: string;
	value?: string;
	lang?: string | null;
	url?: string;
	children?: MdNode[];
	position?: { start: { offset?: number }; end: { offset?: number } };
}

const start = (node: MdNode): number => node.position?.start.offset ?? 0;
const end = (node: MdNode): number => node.position?.end.offset ?? start(node);

function visibleText(node: MdNode): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(visibleText).join('');
}

function addPhrasing(flat: Flat, node: MdNode, source: string): void {
	switch (node.type) {
		case 'text':
			flat.addText(node.value ?? '', align(node.value ?? '', source, start(node), end(node)));
			return;
		case 'inlineCode':
			flat.addPlaceholder(LATIN, start(node));
			return;
		case 'break':
			flat.addPlaceholder('\n', start(node));
			return;
		case 'mdxTextExpression':
			// `{/* #heading-id */}` and other expressions render nothing visible here.
			flat.markBreak();
			return;
		case 'link': {
			const text = visibleText(node);
			if (text === node.url || /^(https?:\/\/|mailto:|www\.)/.test(text)) {
				flat.addPlaceholder(LATIN, start(node));
				return;
			}
			break;
		}
		case 'emphasis':
		case 'strong':
		case 'delete':
		case 'linkReference':
			break;
		case 'mdxJsxTextElement':
			if ((node.children ?? []).length > 0) break;
			flat.addPlaceholder(BOUNDARY, start(node));
			return;
		default:
			// Images, HTML, footnote references: visible, but neither Han nor Latin.
			flat.addPlaceholder(BOUNDARY, start(node));
			return;
	}
	flat.markBreak();
	for (const child of node.children ?? []) addPhrasing(flat, child, source);
	flat.markBreak();
}

const phrasingTypes = new Set([
	'text',
	'inlineCode',
	'emphasis',
	'strong',
	'delete',
	'link',
	'linkReference',
	'break',
	'mdxJsxTextElement',
	'mdxTextExpression',
]);

function collectBlocks(node: MdNode, source: string, out: Flat[]): void {
	switch (node.type) {
		case 'paragraph':
		case 'heading':
		case 'tableCell': {
			const flat = new Flat();
			for (const child of node.children ?? []) addPhrasing(flat, child, source);
			out.push(flat);
			return;
		}
		case 'code':
			if (node.lang === 'mermaid') out.push(...mermaidLabels(node, source));
			return;
		case 'mdxJsxFlowElement': {
			const children = node.children ?? [];
			if (children.length > 0 && children.every((c) => phrasingTypes.has(c.type))) {
				const flat = new Flat();
				for (const child of children) addPhrasing(flat, child, source);
				out.push(flat);
				return;
			}
			break;
		}
		case 'html':
		case 'yaml':
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'definition':
			return;
	}
	for (const child of node.children ?? []) collectBlocks(child, source, out);
}

/** One flat per label, with `<br/>` inside a label as a line break. */
function labelFlat(line: string, lineOffset: number, from: number, to: number): Flat {
	const flat = new Flat();
	const label = line.slice(from, to);
	let last = 0;
	for (const m of label.matchAll(/<br\s*\/?>/gi)) {
		const chunk = label.slice(last, m.index);
		flat.addText(
			chunk,
			chunk.split('').map((_, i) => lineOffset + from + last + i)
		);
		flat.addPlaceholder('\n', lineOffset + from + m.index);
		last = m.index + m[0].length;
	}
	const chunk = label.slice(last);
	flat.addText(
		chunk,
		chunk.split('').map((_, i) => lineOffset + from + last + i)
	);
	return flat;
}

/**
 * The reader-visible labels of a mermaid diagram: `accTitle`/`accDescr`, quoted labels, and for
 * sequence diagrams and timelines their unquoted message, participant, note and entry texts.
 */
function mermaidLabels(node: MdNode, source: string): Flat[] {
	const value = node.value ?? '';
	const valueStart = source.indexOf('\n', start(node)) + 1;
	if (source.slice(valueStart, valueStart + value.length) !== value) return [];
	const flats: Flat[] = [];
	let offset = valueStart;
	let kind = '';
	for (const line of value.split('\n')) {
		const lineOffset = offset;
		offset += line.length + 1;
		const add = (from: number, to = line.length) => {
			if (from < to) flats.push(labelFlat(line, lineOffset, from, to));
		};
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('%%')) continue;
		if (!kind) {
			kind = trimmed.split(/\s+/)[0] ?? '';
			continue;
		}
		const acc = /^\s*acc(?:Title|Descr)\s*:\s*/.exec(line);
		if (acc) {
			add(acc[0].length);
			continue;
		}
		if (kind === 'sequenceDiagram') {
			const m =
				/^\s*(?:participant|actor)\s+\S+\s+as\s+/.exec(line) ??
				/^\s*Note\s+(?:over|left of|right of)\s+[^:]+:\s*/i.exec(line) ??
				/^\s*[^\s:]+?\s*(?:--?>>|--?>|--?x|--?\))[+-]?\s*[^\s:]+\s*:\s*/.exec(line) ??
				/^\s*(?:loop|alt|else|opt|par|and|critical|break)\b\s*/.exec(line);
			if (m) add(m[0].length);
			continue;
		}
		if (kind === 'timeline') {
			const title = /^\s*(?:title|section)\s+/.exec(line);
			if (title) {
				add(title[0].length);
				continue;
			}
			let pos = line.length - line.trimStart().length;
			for (const part of line.slice(pos).split(':')) {
				const lead = part.length - part.trimStart().length;
				add(pos + lead, pos + part.trimEnd().length);
				pos += part.length + 1;
			}
			continue;
		}
		for (const m of line.matchAll(/"([^"]*)"/g))
			add(m.index + 1, m.index + 1 + (m[1] ?? '').length);
	}
	return flats;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Frontmatter `title`, `shortTitle` and `description`, and the prose of the body. */
function mdxFlats(source: string): Flat[] {
	const flats: Flat[] = [];
	let body = source;
	const fm = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/.exec(source);
	if (fm) {
		const yamlStart = source.indexOf('\n') + 1;
		const doc = parseDocument(fm[1] ?? '');
		if (isMap(doc.contents)) {
			for (const pair of doc.contents.items) {
				if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
				if (!['title', 'shortTitle', 'description'].includes(String(pair.key.value))) continue;
				const value = pair.value.value;
				const range = pair.value.range;
				if (typeof value !== 'string' || !range) continue;
				const flat = new Flat();
				flat.addText(value, align(value, source, yamlStart + range[0], yamlStart + range[1]));
				flats.push(flat);
			}
		}
		// Blank the frontmatter out (keeping line breaks) so offsets stay those of the file.
		body = fm[0].replace(/[^\n]/g, ' ') + source.slice(fm[0].length);
	}
	const tree = mdxParser.parse(body) as MdNode;
	collectBlocks(tree, source, flats);
	return flats;
}

// ── YAML data and UI strings ───────────────────────────────────────────────────────────────────

/** Every `zh-cn:` value (a string or a list of strings); glossary aliases skip `glossary-term`. */
function yamlFlats(source: string, file: string): Flat[] {
	const flats: Flat[] = [];
	const doc = parseDocument(source);
	const visit = (node: unknown, path: string[]): void => {
		if (isSeq(node) || isMap(node)) {
			for (const item of node.items as unknown[]) {
				if (isPair(item)) {
					const key = isScalar(item.key) ? String(item.key.value) : '';
					if (key === 'zh-cn') text(item.value, [...path, key]);
					else visit(item.value, [...path, key]);
				} else visit(item, path);
			}
		}
	};
	const text = (node: unknown, path: string[]): void => {
		if (isSeq(node)) {
			for (const item of node.items) text(item, path);
			return;
		}
		if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
		const flat = new Flat();
		flat.addText(node.value, align(node.value, source, node.range[0], node.range[1]));
		flat.glossary = !(file.endsWith('glossary.yaml') && path.includes('aliases'));
		flats.push(flat);
	};
	visit(doc.contents, []);
	return flats;
}

/** The string values of `src/i18n/zh-cn.ts`; `{name}` placeholders count as Latin. */
function uiStringFlats(source: string, file: string): Flat[] {
	const flats: Flat[] = [];
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node): void => {
		if (
			ts.isPropertyAssignment(node) &&
			(ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
		) {
			const literal = node.initializer;
			const value = literal.text;
			const offsets = align(value, source, literal.getStart(sf) + 1, literal.getEnd() - 1);
			const flat = new Flat();
			let last = 0;
			for (const m of value.matchAll(/\{[A-Za-z]+\}/g)) {
				flat.addText(value.slice(last, m.index), offsets.slice(last, m.index));
				flat.addPlaceholder(LATIN, offsets[m.index] as number);
				last = m.index + m[0].length;
			}
			flat.addText(value.slice(last), offsets.slice(last));
			flats.push(flat);
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return flats;
}

// ── Public: the check over the project ─────────────────────────────────────────────────────────

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
	let names: string[];
	try {
		names = (await readdir(dir, { recursive: true })).map(String);
	} catch {
		return [];
	}
	return names
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) => join(dir, name));
}

/** Lints the Chinese pages, the zh-cn values of the data files and the Chinese UI strings. */
export async function checkZhTypography(root = projectRoot): Promise<Finding[]> {
	const avoid = await loadAvoidedTerms(root);
	const files = [
		...(await listFiles(join(root, 'content/docs/zh-cn'), /\.mdx$/)),
		...(await listFiles(join(root, 'content/data'), /\.ya?ml$/)),
		join(root, 'src/i18n/zh-cn.ts'),
		// The Chinese contributor guide is read as Markdown (it contains no JSX).
		...[join(root, 'CONTRIBUTING.zh-CN.md')].filter((path) => existsSync(path)),
	];
	const findings: Finding[] = [];
	for (const path of files) {
		const source = await readFile(path, 'utf8');
		const file = relative(root, path).split('\\').join('/');
		let flats: Flat[];
		try {
			flats = /\.mdx?$/.test(file)
				? mdxFlats(source)
				: file.endsWith('.ts')
					? uiStringFlats(source, file)
					: yamlFlats(source, file);
		} catch (error) {
			const place = (error as { line?: number; column?: number }).line
				? `:${(error as { line: number }).line}:${(error as { column?: number }).column ?? 1}`
				: '';
			findings.push({
				where: `${file}${place}`,
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
