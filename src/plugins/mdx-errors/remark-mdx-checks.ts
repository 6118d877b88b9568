import type { Code, Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { docFileOf } from '../../lib/doc-file';

export interface MdxChecksOptions {
	/** Components pages may use by name (src/lib/mdx-component-names.ts). */
	components: readonly string[];
}

/** `{/* … *\/}`: the only expression pages contain (heading ids and notes to translators). */
const comment = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * Mistakes MDX parses but that break the page later, caught at their line while the page compiles
 * (in `astro dev` and `astro build` alike) instead of as a runtime error in compiled code:
 * - a component that is not one pages may use (MDX would throw "Expected component `Foo` to be
 *   defined" from the compiled page, at a line of generated JavaScript);
 * - a `{…}` that is JavaScript rather than a comment: pages hold no code, so `{a, b}` in prose
 *   is a literal brace that MDX would evaluate;
 * - a mermaid diagram without its `accTitle:` and `accDescr:` lines.
 */
export function remarkMdxChecks(options: MdxChecksOptions) {
	const known = new Set(options.components);
	const list = options.components.map((name) => `<${name}>`).join(', ');
	return (tree: Root, file: VFile) => {
		if (!docFileOf(file.path)) return;
		visit(tree, (node) => {
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const { name } = node as MdxJsxFlowElement | MdxJsxTextElement;
				if (name && /^[A-Z]/.test(name) && !known.has(name))
					file.fail(
						`<${name}> is not a component pages can use. Check the spelling; the components are ${list} (src/components/mdx.ts).`,
						node
					);
			} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
				const { value } = node as MdxFlowExpression | MdxTextExpression;
				if (!comment.test(value))
					file.fail(
						`\`{${value}}\` is read by MDX as JavaScript, and pages hold no code. For literal braces in prose write \`\\{${value}\\}\` (or put the text in \`code\`).`,
						node
					);
			} else if (node.type === 'mdxjsEsm') {
				file.fail(
					'Pages hold no code: remove this import/export. Components are available by name (src/components/mdx.ts).',
					node
				);
			} else if (node.type === 'code' && (node as Code).lang === 'mermaid') {
				const source = (node as Code).value;
				const missing = (['accTitle', 'accDescr'] as const).filter(
					(key) => !new RegExp(`^\\s*${key}\\s*:\\s*\\S`, 'm').test(source)
				);
				if (missing.length)
					file.fail(
						`This mermaid diagram has no ${missing.map((key) => `\`${key}: …\``).join(' and ')} line: every diagram needs a one-line \`accTitle:\` (its caption) and \`accDescr:\` (its text description), e.g. after \`${source.split('\n')[0]?.trim() || 'flowchart LR'}\`:\n  accTitle: What the diagram shows\n  accDescr: The same in a sentence or two, for readers who cannot see it`,
						node
					);
			}
		});
	};
}
