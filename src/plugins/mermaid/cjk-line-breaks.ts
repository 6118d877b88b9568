import type { Element, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Punctuation Chinese typesetting keeps off the start of a line (kinsoku), and off the end. */
export const noLineStart = '、，。：；！？）」』》〉】”’';
export const noLineEnd = '（「『《〈【“‘';

const isElement = (node: unknown, tag: string): node is Element =>
	(node as Element).type === 'element' && (node as Element).tagName === tag;

/** The text nodes of one label row (mermaid writes a row as an outer tspan of word tspans). */
function textsOf(row: Element): Text[] {
	const texts: Text[] = [];
	visit(row, 'text', (node: Text) => {
		texts.push(node);
	});
	return texts;
}

/**
 * Mermaid wraps a Chinese label wherever the width runs out, so a row can start with 、 or end
 * with （. This applies the usual line-breaking rules to each wrapped label of an SVG: closing
 * punctuation at the start of a row hangs at the end of the row before (hanging punctuation, as
 * Chinese typesetting allows for these marks), and an opening bracket at the end of a row moves
 * to the start of the next. Rows are `tspan.row` elements inside a `text`.
 */
export function fixCjkLineBreaks(svg: Element): void {
	visit(svg, 'element', (text: Element) => {
		if (text.tagName !== 'text') return;
		const rows = text.children.filter(
			(c): c is Element => isElement(c, 'tspan') && textsOf(c).length > 0
		);
		for (let i = 0; i < rows.length; i++) {
			const here = textsOf(rows[i] as Element);
			const first = here.find((t) => t.value.trim());
			if (i > 0 && first) {
				const leading = new RegExp(`^\\s*[${noLineStart}]+`).exec(first.value)?.[0] ?? '';
				const before = textsOf(rows[i - 1] as Element).at(-1);
				if (leading && before && first.value.length > leading.length) {
					before.value = before.value.trimEnd() + leading.trim();
					first.value = first.value.slice(leading.length);
				}
			}
			const last = here.findLast((t) => t.value.trim());
			if (i < rows.length - 1 && last) {
				const trailing = new RegExp(`[${noLineEnd}]+\\s*$`).exec(last.value)?.[0] ?? '';
				const after = textsOf(rows[i + 1] as Element).find((t) => t.value.trim());
				if (trailing && after && last.value.length > trailing.length) {
					after.value = trailing.trim() + after.value.trimStart();
					last.value = last.value.slice(0, last.value.length - trailing.length);
				}
			}
		}
	});
}
