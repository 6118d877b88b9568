import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** The text column's width in em at full width (48rem less nothing: prose has no padding). */
const columnEm = 48;
/** Line height of prose (global.css: 1.7, 1.8 for Chinese) and the margin after a block, in rem. */
const lineRem = 1.75;
const blockRem = 1;
/** A component's output (a data table, the timeline) is not in the MDX tree: a round guess. */
const componentRem = 30;

/** Width of a text in em: Latin about half an em a character, CJK a full em. */
const textEm = (text: string) => {
	const wide = text.match(/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/g)?.length ?? 0;
	return wide + (text.length - wide) * 0.5;
};

/** A rough height of one block of a section at full column width, in rem. */
function blockHeight(node: RootContent): number {
	if (node.type === 'text') return 0;
	if (node.type === 'mdxJsxFlowElement') return componentRem;
	if (node.type !== 'element') return 0;
	if (node.tagName === 'figure') {
		// Diagrams (rehype-mermaid.ts) state their natural size; the caption adds about 6rem.
		const style = String(node.properties['style'] ?? '');
		const width = Number(/--diagram-width:\s*([\d.]+)px/.exec(style)?.[1] ?? 0);
		const height = Number(/--diagram-height:\s*([\d.]+)px/.exec(style)?.[1] ?? 0);
		const scale = width > columnEm * 16 ? (columnEm * 16) / width : 1;
		return (height * scale) / 16 + 6 + blockRem;
	}
	if (node.tagName === 'pre') return toString(node).split('\n').length * 1.35 + 2 + blockRem;
	if (node.tagName === 'ul' || node.tagName === 'ol' || node.tagName === 'dl')
		return node.children.reduce((sum, child) => sum + blockHeight(child) * 0.9, blockRem);
	const lines = Math.max(1, Math.ceil(textEm(toString(node)) / columnEm));
	const heading = /^h[2-6]$/.test(node.tagName) ? 2.5 : 0;
	return lines * lineRem + blockRem + heading;
}

/**
 * Wraps each `h2` of a page and everything after it up to the next `h2` in
 * `<section class="page-section">`, so the browser can skip style, layout and paint of sections
 * away from the screen (`content-visibility: auto`, src/styles/rendering.css). Each section carries
 * a rough height (`--section-height`) that holds its place until it is first drawn, so the
 * scrollbar and anchor jumps land about right before the browser learns the real size.
 * What comes before the first `h2` (the introduction) stays as it is: it is on screen at load.
 */
export function rehypeSections() {
	return (tree: Root) => {
		const children: RootContent[] = [];
		let section: Element | undefined;
		for (const child of tree.children) {
			// Imports and exports stay at the top level, where MDX expects them.
			if (child.type === 'mdxjsEsm' || child.type === 'doctype') {
				children.push(child);
				continue;
			}
			if (child.type === 'element' && child.tagName === 'h2') {
				section = {
					type: 'element',
					tagName: 'section',
					properties: { className: ['page-section'] },
					children: [],
				};
				children.push(section);
			}
			if (section) section.children.push(child as ElementContent);
			else children.push(child);
		}
		for (const node of children) {
			if (node.type !== 'element' || node.tagName !== 'section') continue;
			const rem = node.children.reduce((sum, child) => sum + blockHeight(child), 0);
			node.properties['style'] = `--section-height: ${Math.max(5, Math.round(rem))}rem`;
		}
		tree.children = children;
	};
}
