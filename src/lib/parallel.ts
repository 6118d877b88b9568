/**
 * The parallel reading view (`/parallel/<slug>/`): both twins of a page, section beside section.
 * Pure helpers on the rendered HTML of each twin (as hast), so the view is built from the same
 * rendering as the single pages and tested without a build.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** One language's rendered page body. */
export interface Column {
	/** URL segment and id prefix, e.g. `zh-cn`. */
	locale: string;
	/** BCP 47 tag for the column's `lang`. */
	lang: string;
	nodes: RootContent[];
}

/** A stretch of a page from one h2/h3 to the next; the part before the first heading has no id. */
export interface Section {
	id: string | undefined;
	/** Top-level elements, the heading (if any) first. */
	blocks: Element[];
}

/**
 * A page with only headings and data components (`## Terms` and `<GlossaryList />`) is a data
 * page, not prose: its twins render the same table in two languages and gain nothing side by side.
 */
export function isProse(body: string): boolean {
	return body
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.split('\n')
		.map((line) => line.trim())
		.some((line) => line !== '' && !/^#{1,6}\s/.test(line) && !/^<[A-Z][^>]*\/>$/.test(line));
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

const hasClass = (node: Element, name: string) => {
	const classes = node.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
};

const contains = (node: Element, tagName: string) => {
	let found = false;
	visit(node, 'element', (child: Element) => {
		if (child.tagName === tagName) found = true;
	});
	return found;
};

/** What kind of block a top-level element is, for pairing the blocks of two sections. */
export function blockKind(node: Element): string {
	if (/^h[1-6]$/.test(node.tagName) || innerHeading(node)) return 'heading';
	if (node.tagName === 'p') return 'paragraph';
	if (['ul', 'ol', 'dl'].includes(node.tagName)) return 'list';
	if (node.tagName === 'figure' && hasClass(node, 'diagram')) return 'diagram';
	if (contains(node, 'table')) return 'table';
	if (contains(node, 'pre')) return 'code';
	return node.tagName;
}

/** The h2/h3 inside the wrapper rehype-heading-anchors puts around it with its section link. */
function innerHeading(node: Element): Element | undefined {
	if (node.tagName !== 'div' || !hasClass(node, 'heading')) return undefined;
	return node.children.find(
		(c): c is Element => isElement(c) && (c.tagName === 'h2' || c.tagName === 'h3')
	);
}

const isSectionHeading = (node: Element) =>
	node.tagName === 'h2' || node.tagName === 'h3' || innerHeading(node) !== undefined;

/**
 * Splits a page body into sections at each h2 and h3. A top-level `<section>` that holds such a
 * heading (the page's source list) is opened up, so its heading starts a section like any other.
 */
export function splitSections(nodes: RootContent[]): Section[] {
	const blocks = nodes
		.filter(isElement)
		.flatMap((node) =>
			node.tagName === 'section' && node.children.some((c) => isElement(c) && isSectionHeading(c))
				? node.children.filter(isElement)
				: [node]
		);
	const sections: Section[] = [];
	for (const block of blocks) {
		if (isSectionHeading(block) || sections.length === 0)
			sections.push({
				id: isSectionHeading(block) ? idOf(block) : undefined,
				blocks: [],
			});
		sections.at(-1)?.blocks.push(block);
	}
	return sections;
}

function idOf(node: Element): string | undefined {
	const id = (innerHeading(node) ?? node).properties['id'];
	return typeof id === 'string' ? id : undefined;
}

/** Properties that name other elements by id, space separated. */
const idrefProperties = [
	'ariaDescribedBy',
	'ariaLabelledBy',
	'ariaControls',
	'ariaOwns',
	'htmlFor',
];

/**
 * Makes ids unique across the columns: an id found in more than one column (the language-neutral
 * heading ids, the `ref-…` entries of the source lists) becomes `<locale>--<id>` in each, and every
 * reference to it inside that column follows: `href="#…"`, `aria-*by`, `for`, `url(#…)` and
 * `#…` in SVG `<style>` text. Ids that occur once (diagram ids, which hash their language's
 * source) stay as they are. Returns the ids that were renamed.
 */
export function uniqueIds(columns: Column[]): Set<string> {
	const owners = new Map<string, Set<string>>();
	for (const column of columns)
		for (const node of column.nodes)
			visit(node, 'element', (element: Element) => {
				const id = idOf(element);
				if (id) owners.set(id, (owners.get(id) ?? new Set()).add(column.locale));
			});
	const shared = new Set([...owners].filter(([, cols]) => cols.size > 1).map(([id]) => id));
	if (shared.size === 0) return shared;
	const escaped = [...shared].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const idPattern = `#(${escaped.join('|')})(?![\\w-])`;
	const inCss = new RegExp(idPattern, 'g');
	const inUrl = new RegExp(`url\\(${idPattern}\\)`, 'g');
	for (const column of columns) {
		const rename = (id: string) => (shared.has(id) ? `${column.locale}--${id}` : id);
		const fragment = (_: string, id: string) => `#${rename(id)}`;
		for (const node of column.nodes)
			visit(node, 'element', (element: Element) => {
				const props = element.properties;
				for (const [name, value] of Object.entries(props)) {
					if (name === 'id' && typeof value === 'string') props[name] = rename(value);
					else if ((name === 'href' || name === 'xLinkHref') && typeof value === 'string')
						props[name] = value.startsWith('#') ? `#${rename(value.slice(1))}` : value;
					else if (idrefProperties.includes(name))
						props[name] = Array.isArray(value)
							? value.map((token) => rename(String(token)))
							: String(value).split(/\s+/).map(rename).join(' ');
					else if (typeof value === 'string' && value.includes('url(#'))
						props[name] = value.replace(inUrl, (_, id: string) => `url(#${rename(id)})`);
				}
				if (element.tagName === 'style')
					for (const child of element.children)
						if (child.type === 'text') child.value = child.value.replace(inCss, fragment);
			});
	}
	return shared;
}

/** One row of the view: the same section in every language (a cell without one is empty). */
export interface Row {
	id: string | undefined;
	cells: { column: Column; section: Section | undefined }[];
	/** Block kinds, when every cell has the same ones in the same order (then blocks pair too). */
	blocks: string[] | undefined;
}

/**
 * Pairs the sections of the columns by heading id, in the first column's order; a section only
 * one language has comes after the section it follows there.
 */
export function pairSections(columns: Column[]): Row[] {
	const split = columns.map((column) => ({ column, sections: splitSections(column.nodes) }));
	const keyOf = (section: Section) => section.id ?? '';
	const order: string[] = [];
	for (const { sections } of split) {
		let at = -1;
		for (const section of sections) {
			const key = keyOf(section);
			const found = order.indexOf(key);
			if (found >= 0) at = found;
			else order.splice(++at, 0, key);
		}
	}
	return order.map((key) => {
		const cells = split.map(({ column, sections }) => ({
			column,
			section: sections.find((s) => keyOf(s) === key),
		}));
		const kinds = cells.map((cell) => cell.section?.blocks.map(blockKind).join() ?? '');
		const same = cells.every((cell) => cell.section) && kinds.every((k) => k === kinds[0]);
		return {
			id: key || undefined,
			cells,
			blocks: same ? (cells[0]?.section?.blocks.map(blockKind) ?? []) : undefined,
		};
	});
}

/**
 * The view's body as hast: one `.pv-row` per section pair (carrying the heading's own id, so
 * `#fragment` links from the single pages land on the pair), one `.pv-col` per language inside,
 * with its `lang`. Rows whose blocks pair get `--pv-rows`, which the CSS turns into a subgrid row
 * per block.
 */
export function parallelRows(columns: Column[]): Root {
	const rows = pairSections(columns);
	const renamed = uniqueIds(columns);
	const children: Element[] = rows.map((row) => {
		const properties: Properties = { className: ['pv-row'] };
		// Only an id that was moved off the headings is free for the row.
		if (row.id && renamed.has(row.id)) properties['id'] = row.id;
		if (row.blocks) {
			properties['className'] = ['pv-row', 'pv-blocks'];
			properties['style'] = `--pv-rows: ${row.blocks.length}`;
		}
		return {
			type: 'element',
			tagName: 'div',
			properties,
			children: row.cells.map(({ column, section }) => ({
				type: 'element',
				tagName: 'div',
				properties: {
					className: ['pv-col', 'prose'],
					lang: column.lang,
					dataLocale: column.locale,
				},
				children: section?.blocks ?? [],
			})),
		};
	});
	return { type: 'root', children };
}
