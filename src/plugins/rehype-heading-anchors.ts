import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { docFileOf } from '../lib/doc-file';
import { iconPaths } from '../lib/icons';

interface Options {
	/** The anchor's accessible name for a heading's text, in the page's locale. */
	label: (locale: string | undefined, heading: string) => string;
}

/** The chain-link icon the anchor shows (Icon.astro's `link`); its name comes from `aria-label`. */
const linkIcon: Element = {
	type: 'element',
	tagName: 'svg',
	properties: {
		ariaHidden: 'true',
		width: 16,
		height: 16,
		viewBox: '0 0 24 24',
		fill: 'none',
		stroke: 'currentColor',
		strokeWidth: '2',
		strokeLinecap: 'round',
	},
	children: iconPaths.link.map((d) => ({
		type: 'element',
		tagName: 'path',
		properties: { d },
		children: [],
	})),
};

/** Text of a heading as a reader hears it: citation markers left out. */
function headingText(heading: Element): string {
	const visible = (node: ElementContent): ElementContent[] =>
		node.type === 'element' && node.tagName === 'sup'
			? []
			: node.type === 'element'
				? [{ ...node, children: node.children.flatMap(visible) }]
				: [node];
	return toString({ ...heading, children: heading.children.flatMap(visible) })
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The markup of a heading with its anchor link, shared with the components that render section
 * headings themselves (SectionHeading.astro builds the same): the link sits beside the heading,
 * not inside it, so the heading's own name stays its text in a screen reader's heading list.
 */
export function anchoredHeading(heading: Element, label: string): Element {
	const id = String(heading.properties['id']);
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['heading', `heading-${heading.tagName}`] },
		children: [
			heading,
			{
				type: 'element',
				tagName: 'a',
				properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: label },
				children: [structuredClone(linkIcon)],
			},
		],
	};
}

/**
 * An anchor link beside every `h2` and `h3` that has an id (the docs pages' section headings,
 * ids set by remark-heading-ids), so a reader can copy a link to any section.
 */
export function rehypeHeadingAnchors(options: Options) {
	return (tree: Root, file: VFile) => {
		const locale = docFileOf(file.path)?.locale;
		const walk = (parent: Root | Element) => {
			parent.children = parent.children.map((child) => {
				if (child.type !== 'element') return child;
				if ((child.tagName === 'h2' || child.tagName === 'h3') && child.properties['id']) {
					return anchoredHeading(child, options.label(locale, headingText(child)));
				}
				walk(child);
				return child;
			}) as typeof parent.children;
		};
		walk(tree);
	};
}
