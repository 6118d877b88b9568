import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** MDX components that render a data collection, and so cite that collection's sources. */
export const dataBlocks = [
	'Timeline',
	'ModeMatrix',
	'KvmModuleTable',
	'IoctlTable',
	'ComparisonTable',
] as const;
export type DataBlock = (typeof dataBlocks)[number];

/** A `<Cite id>` or a data component, in the order the reader meets them. */
export type CitationItem =
	| { kind: 'cite'; id: string; line: number | undefined }
	| { kind: 'block'; block: DataBlock }
	/** `<XenStatus id>`: cites the source its xen-support.yaml entry was read from. */
	| { kind: 'status'; id: string; line: number | undefined };

/** What a docs page cites, as the page receives it in `remarkPluginFrontmatter.references`. */
export interface PageReferences {
	items: CitationItem[];
	/** Glossary ids of `<Term id="…">`, in order of appearance. */
	terms: { id: string; line: number | undefined }[];
	/** Names of the MDX components the page uses (`Timeline`, `GlossaryList`…), each once. */
	components: string[];
}

function stringAttribute(
	node: MdxJsxFlowElement | MdxJsxTextElement,
	name: string
): string | undefined {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Collects the citations, glossary terms and data blocks of a docs page at compile time, so
 * numbering is fixed before anything renders: `[1]` is the first source the reader meets. A
 * `<Cite>` or `<Term>` without a plain `id="…"` stops the build at that line.
 */
export function remarkCitations() {
	return (tree: Root, file: VFile) => {
		if (!/content[\\/]docs[\\/]/.test(file.path ?? '')) return;
		const found: PageReferences = { items: [], terms: [], components: [] };
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			const element = node as MdxJsxFlowElement | MdxJsxTextElement;
			if (element.name && !found.components.includes(element.name))
				found.components.push(element.name);
			if (element.name === 'Cite' || element.name === 'Term') {
				const id = stringAttribute(element, 'id');
				if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
					file.fail(
						`<${element.name}> needs a plain id attribute with a ${element.name === 'Cite' ? 'source' : 'glossary'} id, e.g. <${element.name} id="${element.name === 'Cite' ? 'xen-admin-guide-intro' : 'paravirtualization'}" />`,
						element
					);
				}
				const line = element.position?.start.line;
				if (element.name === 'Cite') found.items.push({ kind: 'cite', id: id ?? '', line });
				else found.terms.push({ id: id ?? '', line });
			} else if (element.name === 'XenStatus') {
				const id = stringAttribute(element, 'id');
				if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))
					file.fail(
						'<XenStatus> needs a plain id attribute with an id from content/data/xen-support.yaml, e.g. <XenStatus id="nested-hvm" />',
						element
					);
				found.items.push({ kind: 'status', id: id ?? '', line: element.position?.start.line });
			} else if ((dataBlocks as readonly string[]).includes(element.name ?? '')) {
				found.items.push({ kind: 'block', block: element.name as DataBlock });
			}
		});
		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??=
			{});
		astro.frontmatter = { ...astro.frontmatter, references: found };
	};
}
