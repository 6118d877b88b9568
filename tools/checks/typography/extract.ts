/**
 * Where the site's Chinese text lives, read into flats (see flat.ts): the prose of an MDX page
 * (frontmatter `title`, `shortTitle`, `description`, text, headings, table cells, link text and
 * mermaid labels; never code, JSX attributes, expressions or URLs), every `zh-cn:` value of a YAML
 * data file, and the string values of the Chinese UI strings module.
 *
 * autocorrect reads Markdown itself, but judges each inline node alone (it accepts `用`xl`启动` and
 * `使用<Term>KVM</Term>模块`), reads no mermaid, lints YAML flow lists as one string and takes
 * `{placeholder}`s for punctuation; so the text is flattened here and each flat handed to it whole.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import ts from 'typescript';
import { unified } from 'unified';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { BOUNDARY, Flat, LATIN, align } from './flat.ts';
import { mermaidLabels } from './mermaid-labels.ts';

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

function phrasingFlat(children: MdNode[], source: string): Flat {
	const flat = new Flat();
	for (const child of children) addPhrasing(flat, child, source);
	return flat;
}

function collectBlocks(node: MdNode, source: string, out: Flat[]): void {
	switch (node.type) {
		case 'paragraph':
		case 'heading':
		case 'tableCell':
			out.push(phrasingFlat(node.children ?? [], source));
			return;
		case 'code': {
			if (node.lang !== 'mermaid') return;
			const value = node.value ?? '';
			const valueStart = source.indexOf('\n', start(node)) + 1;
			if (source.slice(valueStart, valueStart + value.length) === value)
				out.push(...mermaidLabels(value, valueStart));
			return;
		}
		case 'mdxJsxFlowElement': {
			const children = node.children ?? [];
			if (children.length > 0 && children.every((c) => phrasingTypes.has(c.type))) {
				out.push(phrasingFlat(children, source));
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

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Frontmatter `title`, `shortTitle` and `description`, and the prose of the body. */
export function mdxFlats(source: string): Flat[] {
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
	collectBlocks(mdxParser.parse(body) as MdNode, source, flats);
	return flats;
}

// ── YAML data and UI strings ───────────────────────────────────────────────────────────────────

/** Every `zh-cn:` value (a string or a list of strings); glossary aliases skip the glossary rule. */
export function yamlFlats(source: string, file: string): Flat[] {
	const flats: Flat[] = [];
	const doc = parseDocument(source);
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
	const visit = (node: unknown, path: string[]): void => {
		if (!isSeq(node) && !isMap(node)) return;
		for (const item of node.items as unknown[]) {
			if (!isPair(item)) {
				visit(item, path);
				continue;
			}
			const key = isScalar(item.key) ? String(item.key.value) : '';
			if (key === 'zh-cn') text(item.value, [...path, key]);
			else visit(item.value, [...path, key]);
		}
	};
	visit(doc.contents, []);
	return flats;
}

/** The string values of `src/i18n/zh-cn.ts`; `{name}` placeholders count as Latin. */
export function uiStringFlats(source: string, file: string): Flat[] {
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
