import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { docFileOf } from '../lib/doc-file';

interface Options {
	/** The region's name when no heading precedes the table, per locale ("Table"). */
	fallbackLabel: (locale: string | undefined) => string;
}

/**
 * Wraps every Markdown table of a docs page in the same scrolling region as the data tables
 * (`TableWrap.astro`, styled in global.css: scroll shadows, sticky header row and first column),
 * focusable so keyboard users can scroll it, and named after the heading it stands under.
 */
export function rehypeTableWrap(options: Options) {
	return (tree: Root, file: VFile) => {
		const doc = docFileOf(file.path);
		if (!doc) return;
		let heading: string | undefined;
		const walk = (parent: Root | Element) => {
			parent.children.forEach((child, index) => {
				if (child.type !== 'element') return;
				if (/^h[1-6]$/.test(child.tagName)) heading = toString(child).trim();
				if (child.tagName === 'table') {
					parent.children[index] = {
						type: 'element',
						tagName: 'section',
						properties: {
							className: ['table-wrap', 'cv'],
							ariaLabel: heading || options.fallbackLabel(doc.locale),
							tabIndex: 0,
						},
						children: [child],
					};
				} else walk(child);
			});
		};
		walk(tree);
	};
}
