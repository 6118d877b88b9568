import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import {
	bodyLineHeight,
	columnTiers,
	estimateStyle,
	remPx,
	textHeight,
	type TextBox,
} from '../lib/block-height';
import { docFileOf } from '../lib/doc-file';

/** Text of an element without its nested lists (measured as blocks of their own). */
function ownText(element: Element): string {
	const skipLists = (node: ElementContent): ElementContent[] =>
		node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')
			? []
			: node.type === 'element'
				? [{ ...node, children: node.children.flatMap(skipLists) }]
				: [node];
	return toString({ ...element, children: element.children.flatMap(skipLists) });
}

function listHeight(list: Element, box: TextBox): number {
	// The browser's 40 px list indent; half a rem of spacing per item at most.
	const inner = { ...box, widthPx: box.widthPx - 40 };
	let height = 0;
	for (const item of list.children) {
		if (item.type !== 'element' || item.tagName !== 'li') continue;
		height += textHeight(ownText(item), inner) + 0.5 * remPx;
		for (const child of item.children)
			if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol'))
				height += listHeight(child, inner);
	}
	return height;
}

function px(style: string, property: string): number | undefined {
	const match = new RegExp(`${property}:\\s*([\\d.]+)px`).exec(style);
	return match ? Number(match[1]) : undefined;
}

/** A diagram is never wider than its natural or its legible width, whichever is larger. */
function diagramHeight(figure: Element, box: TextBox): number | undefined {
	const style = String(figure.properties['style'] ?? '');
	const width = px(style, '--diagram-width');
	const height = px(style, '--diagram-height');
	const legible = px(style, '--diagram-legible-width');
	if (!width || !height) return undefined;
	const svg = (height * Math.max(width, legible ?? 0)) / width;
	const caption = figure.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'figcaption'
	);
	const inner = { ...box, widthPx: box.widthPx - 2 * remPx - 2, fontPx: 0.9 * remPx };
	// Padding and border, a sideways scrollbar, the caption's margin and its full-size link line.
	return (
		svg +
		2 * remPx +
		2 +
		16 +
		0.75 * remPx +
		(caption ? textHeight(toString(caption), inner) : 0) +
		2 * inner.fontPx * box.lineHeight
	);
}

function blockHeight(block: Element, box: TextBox): number | undefined {
	const classes = block.properties['className'];
	switch (block.tagName) {
		case 'p':
			return textHeight(toString(block), box);
		case 'ul':
		case 'ol':
			return listHeight(block, box);
		case 'blockquote': {
			const inner = { ...box, widthPx: box.widthPx - 2 * remPx - 4 };
			const paragraphs = block.children.filter((child) => child.type === 'element');
			return (
				0.5 * remPx +
				paragraphs.reduce((sum, child) => sum + textHeight(toString(child), inner) + remPx, 0)
			);
		}
		case 'pre': {
			// No wrapping: one line per line, at 0.9 rem, with padding, border and a scrollbar.
			const lines = toString(block).replace(/\n$/, '').split('\n').length;
			return lines * 0.9 * remPx * box.lineHeight + 1.8 * remPx + 2 + 16;
		}
		case 'figure':
			return Array.isArray(classes) && classes.includes('diagram')
				? diagramHeight(block, box)
				: undefined;
		default:
			return undefined;
	}
}

/**
 * Marks each top-level block of a docs page that can be measured from its text (paragraphs,
 * lists, quotes, code, diagrams) for `content-visibility: auto` (class `cv`, global.css), with an
 * upper bound of its height in `--cv` (see lib/block-height.ts). Headings stay outside, so the
 * table of contents and anchor links always find them laid out; components are left as they are.
 */
export function rehypeBlockHeights() {
	return (tree: Root, file: VFile) => {
		const doc = docFileOf(file.path);
		if (!doc) return;
		const boxes: TextBox[] = columnTiers.map((widthPx) => ({
			widthPx,
			fontPx: remPx,
			lineHeight: bodyLineHeight(doc.locale),
		}));
		for (const block of tree.children) {
			if (block.type !== 'element') continue;
			const heights = boxes.map((box) => blockHeight(block, box));
			if (!heights[0]) continue;
			const classes = block.properties['className'];
			block.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'cv'];
			const style = block.properties['style'];
			block.properties['style'] =
				(style ? `${String(style).replace(/;?\s*$/, ';')} ` : '') +
				estimateStyle(heights.map((height) => height ?? 0));
		}
	};
}
