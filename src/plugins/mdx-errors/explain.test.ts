import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { mdxErrors } from './index';

const file = 'content/docs/en/about.mdx';
const frontmatter = '---\ntitle: About\n---\n\nIntro.\n\n';

/**
 * Compiles `body` (after five lines of frontmatter and intro, so line 7 is its first line) the way
 * `astro dev` and `astro build` do, through the MDX Vite plugin wrapped by mdxErrors(), with the
 * real MDX parser, and returns the message the contributor sees.
 */
async function compileError(body: string): Promise<string> {
	let plugin: { configResolved?: unknown } | undefined;
	const integration = mdxErrors();
	const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
	setup({
		config: { root: new URL('file:///repo/') },
		updateConfig: (config: { vite: { plugins: [typeof plugin] } }) => {
			plugin = config.vite.plugins[0];
		},
	});
	// Stands in for @astrojs/mdx's plugin: it parses with the same micromark extensions.
	const mdx = {
		name: '@mdx-js/rolldown',
		transform: {
			filter: { id: /\.mdx$/ },
			handler: (code: string, _id: string) =>
				unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(code),
		},
	};
	(plugin?.configResolved as (config: object) => void)({ plugins: [mdx] });
	try {
		await mdx.transform.handler.call(
			undefined,
			frontmatter + body,
			`/repo/${file}?astroPropagatedAssets`
		);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the page not to compile');
}

test('a {#id} heading id: names the line and suggests the comment form with the same id', async () => {
	expect(await compileError('## Dev check {#dev-check}\n\nText.\n')).toBe(
		`${file}:7:14: \`{#dev-check}\` is not a heading id in MDX: it reads \`{…}\` as JavaScript. ` +
			'This project writes the id as an MDX comment, `{/* #dev-check */}`: `## Dev check {/* #dev-check */}`'
	);
});

test('a bare < in prose: names the line and says how to write a less-than sign', async () => {
	const message = await compileError('Latency stays <5 ms.\n');
	expect(message).toMatch(new RegExp(`^${file}:7:16: MDX reads \`<\` as the start of a tag`));
	expect(message).toContain('write `\\<` or `&lt;`');
});

test('a bare { in prose: names the line and says how to write a brace', async () => {
	expect(await compileError('The struct { int x; } is small.\n')).toMatch(
		new RegExp(
			`^${file}:7:\\d+: MDX reads \`\\{\` as the start of a JavaScript expression.*write \`\\\\\\{\``
		)
	);
	expect(await compileError('An open { brace.\n\nMore.\n')).toContain(
		'expected a corresponding closing brace'
	);
});

test('an unclosed JSX tag: names the line of the opening tag and both fixes', async () => {
	expect(await compileError('Text\n\nA <Term id="vmm">monitor here.\n\nMore.\n')).toBe(
		`${file}:9:3: \`<Term>\` is never closed. Close it with \`</Term>\` before the paragraph or block it is in ends, or write it self-closing: \`<Term … />\`.`
	);
	expect(await compileError('A <Term id="vmm">monitor</Cite>.\n')).toMatch(
		new RegExp(`^${file}:7:\\d+: \`</Cite>\` does not close \`<Term>\` \\(opened on line 7\\)`)
	);
});

test('any other MDX error still starts with the file and line', async () => {
	expect(await compileError('A <Term id="x" id2=>.\n')).toMatch(new RegExp(`^${file}:7:\\d+: `));
});
