import type { Heading, Root } from 'mdast';
import type { MdxTextExpression } from 'mdast-util-mdx-expression';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { docFileOf } from '../lib/doc-file';

/** `{/* #some-id *\/}` at the end of a heading: an MDX comment, so every MDX tool accepts it. */
const marker = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;

function isIdMarker(node: unknown): node is MdxTextExpression {
	return (
		typeof node === 'object' &&
		node !== null &&
		(node as { type?: unknown }).type === 'mdxTextExpression' &&
		marker.test((node as MdxTextExpression).value)
	);
}

/**
 * Explicit, language-neutral heading ids for the docs pages.
 *
 * The language switcher keeps the `#fragment`, and translation parity compares heading ids, so an
 * id must not depend on the heading's wording. Authors write
 * `## 事件通道 {/* #event-channels *\/}`; this plugin removes the comment and sets `id`. A section
 * heading (levels 2 to 4) without one stops the build with the file and line, as does a duplicate
 * id or a level-1 heading (the page title comes from the frontmatter).
 */
export function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		if (!docFileOf(file.path)) return;
		const seen = new Map<string, number | undefined>();

		visit(tree, 'heading', (heading: Heading) => {
			const line = heading.position?.start.line;
			if (heading.depth === 1) {
				file.fail(
					'Remove this level-1 heading: the page title comes from the `title` frontmatter field. Start sections at `##`.',
					heading
				);
			}
			const last = heading.children.at(-1);
			if (!isIdMarker(last)) {
				if (heading.depth > 4) return;
				file.fail(
					`Heading on line ${line} needs an explicit id, e.g. \`## Event channels {/* #event-channels */}\`. ` +
						'Use the same id in both languages so links and the language switcher keep their place.',
					heading
				);
			}
			const id = marker.exec(last.value)?.[1] ?? '';
			const previous = seen.get(id);
			if (seen.has(id)) {
				file.fail(`Duplicate heading id "#${id}" (first used on line ${previous}).`, heading);
			}
			seen.set(id, line);
			heading.children.pop();
			const before = heading.children.at(-1);
			if (before?.type === 'text') before.value = before.value.trimEnd();
			// remark-rehype copies `data.hProperties` onto the <h2>…<h4> element.
			const data = (heading.data ??= {}) as { hProperties?: Record<string, unknown> };
			data.hProperties = { ...data.hProperties, id };
		});
	};
}
