import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { mdxComponentNames } from '../../lib/mdx-component-names';
import { remarkMdxChecks } from './remark-mdx-checks';

const page = '/repo/content/docs/en/about.mdx';

/** The message and line a contributor sees for `source`, or `ok` when it passes. */
async function check(source: string, path = page): Promise<string> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkMdxChecks, { components: mdxComponentNames });
	const file = new VFile({ value: source, path });
	try {
		await processor.run(processor.parse(file), file);
	} catch (error) {
		const { message, line } = error as { message: string; line?: number };
		return `${line}: ${message}`;
	}
	return 'ok';
}

test('the components pages use, comments and complete diagrams pass', async () => {
	expect(
		await check(
			'## Title {/* #title */}\n\nA <Term id="vmm">VMM</Term>.<Cite id="x" />\n\n<Timeline />\n\n<div>html</div>\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n```\n'
		)
	).toBe('ok');
});

test('an unknown component: names the line and the components there are', async () => {
	const message = await check('Intro.\n\n<Timline />\n');
	expect(message).toMatch(/^3: <Timline> is not a component pages can use\. Check the spelling/);
	expect(message).toContain('<Timeline>');
});

test('a brace MDX would evaluate: names the line and how to write it literally', async () => {
	expect(await check('Intro.\n\nThe set {a, b} has two.\n')).toBe(
		'3: `{a, b}` is read by MDX as JavaScript, and pages hold no code. For literal braces in prose write `\\{a, b\\}` (or put the text in `code`).'
	);
});

test('a mermaid diagram without accTitle/accDescr: names the line and shows the two lines to add', async () => {
	const message = await check(
		'Intro.\n\n```mermaid\nflowchart LR\n  accTitle: T\n  A --> B\n```\n'
	);
	expect(message).toMatch(/^3: This mermaid diagram has no `accDescr: …` line/);
	expect(message).toContain('e.g. after `flowchart LR`:\n  accTitle: ');
});

test('pages outside content/docs are not checked', async () => {
	expect(await check('<Foo />\n', '/repo/src/pages/x.mdx')).toBe('ok');
});
