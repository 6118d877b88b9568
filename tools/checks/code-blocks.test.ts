import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../lib/report';
import { tempTree } from '../lib/temp-tree';

// The hands-on page's code must work as printed: the C program compiles warning-free against the
// kernel's KVM header, the shell snippets pass shellcheck, and the Chinese page carries the very
// same program. A missing compiler, header or shellcheck fails (with what to install) rather than
// skipping, so CI can never pass without having run them; .ci/run installs them.

interface Block {
	lang: string | null;
	value: string;
	line: number;
}

const pages = {
	en: 'content/docs/en/hands-on.mdx',
	'zh-cn': 'content/docs/zh-cn/hands-on.mdx',
} as const;

function blocksOf(file: string): Block[] {
	const source = readFileSync(join(projectRoot, file), 'utf8').replace(
		/^---\n[\s\S]*?\n---\n/,
		(fm) => fm.replace(/[^\n]/g, '')
	);
	const tree = unified().use(remarkParse).use(remarkMdx).parse(source);
	const blocks: Block[] = [];
	const walk = (node: {
		type: string;
		lang?: string | null;
		value?: string;
		position?: { start: { line: number } };
		children?: unknown[];
	}) => {
		if (node.type === 'code')
			blocks.push({
				lang: node.lang ?? null,
				value: node.value ?? '',
				line: node.position?.start.line ?? 0,
			});
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(tree as unknown as Parameters<typeof walk>[0]);
	return blocks;
}

/** Fails with the package to install when a tool is missing. */
function requireTool(command: string, args: string[], install: string): void {
	const probe = spawnSync(command, args, { encoding: 'utf8' });
	if (probe.error || probe.status !== 0)
		throw new Error(
			`${command} is needed to test the hands-on page's code and is missing or broken (${probe.error?.message ?? probe.stderr.trim()}). Install it: ${install} (.ci/run does this on Debian).`
		);
}

const blocks = { en: blocksOf(pages.en), 'zh-cn': blocksOf(pages['zh-cn']) };

test('every fenced block on both hands-on pages names its language', () => {
	for (const [locale, list] of Object.entries(blocks)) {
		expect(list.length, `${locale}: code blocks`).toBeGreaterThanOrEqual(8);
		const untagged = list.filter((b) => !b.lang).map((b) => `${pages[locale as 'en']}:${b.line}`);
		expect(untagged, 'blocks without a language tag').toEqual([]);
	}
});

describe('the C program', () => {
	const c = blocks.en.filter((b) => b.lang === 'c');
	let tree: Awaited<ReturnType<typeof tempTree>>;
	beforeAll(async () => {
		tree = await tempTree('xkfg-hands-on-');
	});
	afterAll(() => tree.remove());

	test('the English page has exactly one, and the Chinese page the byte-identical block', () => {
		expect(c, `${pages.en}: \`\`\`c blocks`).toHaveLength(1);
		const zh = blocks['zh-cn'].filter((b) => b.lang === 'c');
		expect(zh, `${pages['zh-cn']}: \`\`\`c blocks`).toHaveLength(1);
		expect(
			zh[0]?.value,
			`${pages['zh-cn']}:${zh[0]?.line} differs from ${pages.en}:${c[0]?.line}`
		).toBe(c[0]?.value);
	});

	test('compiles with gcc -Wall -Werror against <linux/kvm.h>', async () => {
		requireTool('gcc', ['--version'], 'apt-get install gcc');
		const header = spawnSync('gcc', ['-E', '-x', 'c', '-'], {
			input: '#include <linux/kvm.h>\n',
			encoding: 'utf8',
		});
		if (header.status !== 0)
			throw new Error(
				`<linux/kvm.h> is missing, so the hands-on program cannot be compiled. Install the kernel headers: apt-get install linux-libc-dev (.ci/run does this on Debian).\n${header.stderr}`
			);
		await tree.write({ 'kvm-hello.c': c[0]?.value ?? '' });
		const result = spawnSync(
			'gcc',
			['-Wall', '-Werror', '-o', tree.path('kvm-hello'), tree.path('kvm-hello.c')],
			{ encoding: 'utf8' }
		);
		expect(result.stderr, `gcc on the \`\`\`c block at ${pages.en}:${c[0]?.line}`).toBe('');
		expect(result.status).toBe(0);
	});
});

test('every ```sh block of both pages passes shellcheck -s sh', async () => {
	requireTool('shellcheck', ['--version'], 'apt-get install shellcheck');
	const tree = await tempTree('xkfg-hands-on-sh-');
	try {
		const problems: string[] = [];
		let count = 0;
		for (const [locale, list] of Object.entries(blocks))
			for (const block of list.filter((b) => b.lang === 'sh')) {
				count++;
				const file = tree.path(`block-${locale}-${block.line}.sh`);
				await tree.write({ [file.slice(tree.dir.length + 1)]: `${block.value}\n` });
				try {
					execFileSync('shellcheck', ['-s', 'sh', '-f', 'gcc', file], { encoding: 'utf8' });
				} catch (error) {
					const out = String((error as { stdout?: string }).stdout ?? error);
					problems.push(
						`${pages[locale as 'en']}:${block.line} (block starting there):\n${out.replaceAll(file, 'block')}`
					);
				}
			}
		expect(count, 'sh blocks checked').toBeGreaterThan(0);
		expect(problems.join('\n')).toBe('');
	} finally {
		await tree.remove();
	}
});
