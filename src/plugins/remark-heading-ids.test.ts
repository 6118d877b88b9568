import type { Heading, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { remarkHeadingIds } from './remark-heading-ids';

const page = '/repo/content/docs/zh-cn/about.mdx';

async function run(source: string, path = page) {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
	const file = new VFile({ value: source, path });
	return (await processor.run(processor.parse(file), file)) as Root;
}

/** The message a contributor sees, with the file and line the build prints. */
async function failure(source: string, path = page): Promise<string> {
	try {
		await run(source, path);
	} catch (error) {
		const { message, file, line } = error as { message: string; file?: string; line?: number };
		return `${file}:${line}: ${message}`;
	}
	throw new Error('expected the plugin to stop the build');
}

test('the id comment becomes the heading id and leaves the heading text clean', async () => {
	const tree = await run('## 事件通道 {/* #event-channels */}\n\nText.\n');
	const heading = tree.children[0] as Heading;
	expect(heading.data).toEqual({ hProperties: { id: 'event-channels' } });
	expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: '事件通道' })]);
});

test('a heading without an explicit id names the file and line', async () => {
	const message = await failure('Intro.\n\n## 没有 id 的标题\n\n正文。\n');
	expect(message).toContain(`${page}:3: Heading on line 3 needs an explicit id`);
	expect(message).toContain('Use the same id in both languages');
});

test('a duplicate id names the line of the first use', async () => {
	const message = await failure('## A {/* #same */}\n\n## B {/* #same */}\n');
	expect(message).toContain(`${page}:3: Duplicate heading id "#same" (first used on line 1).`);
});

test('a level-1 heading is refused: the title comes from the frontmatter', async () => {
	const message = await failure('# Title {/* #title */}\n');
	expect(message).toContain(`${page}:1: Remove this level-1 heading`);
});

test('headings below level 4 need no id, and files outside content/docs are left alone', async () => {
	await expect(run('##### Small print\n')).resolves.toBeDefined();
	const tree = await run('## No id here\n', '/repo/README.mdx');
	expect((tree.children[0] as Heading).data).toBeUndefined();
});
