import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { docFileOf } from '../lib/doc-file';
import type { PageReferences } from '../lib/references';

function stringAttribute(
	node: MdxJsxFlowElement | MdxJsxTextElement,
	name: string
): string | undefined {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Tells a `<Cite>` or `<XenStatus>` in the prose where it stands among the page's references, so
 * it can name its anchor for the source list's links back (see `places` in src/lib/citations.ts).
 */
function place(node: MdxJsxFlowElement | MdxJsxTextElement, index: number) {
	node.attributes = node.attributes.filter(
		(a) => !(a.type === 'mdxJsxAttribute' && a.name === 'place')
	);
	node.attributes.push({ type: 'mdxJsxAttribute', name: 'place', value: String(index) });
}

/**
 * Collects the citations, glossary terms and components of a docs page at compile time, so
 * numbering is fixed before anything renders: `[1]` is the first source the reader meets, whether
 * it is cited by `<Cite>` or by a row of a data component (`src/lib/data.ts` says which components
 * those are). A `<Cite>` or `<Term>` without a plain `id="…"` stops the build at that line.
 */
export function remarkCitations() {
	return (tree: Root, file: VFile) => {
		if (!docFileOf(file.path)) return;
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
				if (element.name === 'Cite') {
					place(element, found.items.length);
					found.items.push({ kind: 'cite', id: id ?? '', line });
				} else found.terms.push({ id: id ?? '', line });
			} else if (element.name === 'XenStatus') {
				const id = stringAttribute(element, 'id');
				if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))
					file.fail(
						'<XenStatus> needs a plain id attribute with an id from content/data/xen-support.yaml, e.g. <XenStatus id="nested-hvm" />',
						element
					);
				place(element, found.items.length);
				found.items.push({ kind: 'status', id: id ?? '', line: element.position?.start.line });
			} else if (element.name && /^[A-Z]/.test(element.name)) {
				found.items.push({ kind: 'component', name: element.name });
			}
		});
		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??=
			{});
		astro.frontmatter = { ...astro.frontmatter, references: found };
	};
}
