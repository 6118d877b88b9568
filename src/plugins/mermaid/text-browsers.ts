import { readFile, writeFile } from 'node:fs/promises';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const hasClass = (node: Element, name: string) =>
	Array.isArray(node.properties['className']) && node.properties['className'].includes(name);

/**
 * Text browsers (w3m, lynx) do not draw SVG; they print its text nodes, so a diagram came out as
 * run-together labels ("privilegedoperations") followed by its description, which the caption then
 * repeats. In HTML, a CDATA section is only allowed inside SVG and MathML, where browsers read it
 * as plain text; text browsers read `<![…]>` as a markup declaration and skip it. So every text
 * node of a diagram's SVG (labels, `<desc>`) goes into a CDATA section: browsers, screen readers
 * and the accessible description are unchanged, and a text browser shows only the figcaption.
 * A text containing `>` would end the declaration early in a text browser, so it stays as it is.
 *
 * Runs on the finished HTML, after every step that re-serialises pages (CSP), because a HTML
 * serialiser writes CDATA back as escaped text.
 */
export async function hideDiagramTextFromTextBrowsers(file: string): Promise<void> {
	const html = await readFile(file, 'utf8');
	if (!/<figure class="diagram[\s"]/.test(html)) return;
	const tree = fromHtml(html);
	let changed = false;
	visit(tree, 'element', (figure: Element) => {
		if (figure.tagName !== 'figure' || !hasClass(figure, 'diagram')) return;
		visit(figure, 'element', (node: Element) => {
			if (node.tagName === 'style' || node.tagName === 'script') return 'skip';
			node.children = node.children.map((child): ElementContent => {
				if (child.type !== 'text' || !child.value.trim() || /[>\]]/.test(child.value)) return child;
				if (!node.tagName.match(/^(text|tspan|desc|textPath)$/)) return child;
				changed = true;
				// A raw node (hast-util-to-html writes it as is) holds what hast has no node type for.
				return { type: 'raw', value: `<![CDATA[${child.value}]]>` } as unknown as ElementContent;
			});
			return undefined;
		});
		return 'skip';
	});
	// The options of the CSP step (src/plugins/csp.ts), so nothing else in the page changes.
	if (changed)
		await writeFile(
			file,
			toHtml(tree as Root, {
				allowDangerousHtml: true,
				allowDangerousCharacters: true,
				collapseEmptyAttributes: true,
				upperDoctype: true,
			})
		);
}
