import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkZhTypography, loadAvoidedTerms } from './index.ts';

// The check over a project: which files it reads, how findings are located and reported.

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'zh-typography-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const tree = {
	async write(files: Record<string, string>) {
		for (const [path, text] of Object.entries(files)) {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), text);
		}
	},
};

const glossary = [
	'- id: paravirtualization',
	'  term: { en: Paravirtualization, zh-cn: 半虚拟化 }',
	'  aliases:',
	'    zh-cn: [准虚拟化]',
	'  avoid: [准虚拟化]',
	'  definition:',
	'    en: Text.',
	'    zh-cn: 一种准虚拟化方式',
	'  see: xen/',
	'- id: hypervisor',
	'  term: { en: Hypervisor, zh-cn: 虚拟机监控器（VMM） }',
	'  avoid: [虚拟机管理器]',
	'',
].join('\n');

test('reports pages, data values, UI strings and the guide with path:line:column', async () => {
	await tree.write({
		'content/data/glossary.yaml': glossary,
		'content/data/history.yaml': '- id: a\n  title: { en: "Xen 4.16: x", zh-cn: 版本4.16发布 }\n',
		'content/docs/zh-cn/page.mdx': '---\ntitle: 页面\n---\n\n使用KVM模块。\n',
		'content/docs/en/page.mdx': '---\ntitle: Page\n---\n\nUse KVM,然后.\n',
		'src/i18n/zh-cn.ts': "export const zhCn = {\n\t'a.b': '阅读{language}版',\n};\n",
		'CONTRIBUTING.zh-CN.md': '# 贡献\n\n运行`npm test`即可.\n',
	});
	const findings = await checkZhTypography(dir);
	expect(findings.map((f) => f.where)).toEqual([
		'content/docs/zh-cn/page.mdx:5:3',
		'content/docs/zh-cn/page.mdx:5:6',
		'content/data/glossary.yaml:8:14',
		'content/data/history.yaml:2:40',
		'content/data/history.yaml:2:44',
		'src/i18n/zh-cn.ts:2:12',
		'src/i18n/zh-cn.ts:2:22',
		'CONTRIBUTING.zh-CN.md:3:3',
		'CONTRIBUTING.zh-CN.md:3:13',
		'CONTRIBUTING.zh-CN.md:3:15',
	]);
	// The alias on line 4 names the variant and passes; the definition uses it.
	expect(findings[2]).toMatchObject({
		problem: expect.stringMatching(/^glossary-term: /),
		expected: '"… zh-cn: 一种半虚拟化方式"',
	});
});

test('the standard term is offered without its parenthesised gloss', async () => {
	await tree.write({ 'content/data/glossary.yaml': glossary });
	expect(await loadAvoidedTerms(dir)).toContainEqual({
		variant: '虚拟机管理器',
		term: '虚拟机监控器',
		id: 'hypervisor',
	});
});

test('a page that does not parse is one finding naming the file and line', async () => {
	await tree.write({
		'content/data/glossary.yaml': '- id: x\n  term: { en: X, zh-cn: 某 }\n',
		'content/docs/zh-cn/broken.mdx': '---\ntitle: 页面\n---\n\n<Callout>\n没有闭合\n',
	});
	const findings = await checkZhTypography(dir);
	expect(findings).toHaveLength(1);
	expect(findings[0]?.where).toBe('content/docs/zh-cn/broken.mdx:5:1');
	expect(findings[0]?.problem).toMatch(/^cannot parse the file: /);
});

// Reads every Chinese file of the project: seconds on a busy machine.
test('the real Chinese content has no findings', { timeout: 60_000 }, async () => {
	expect(await checkZhTypography()).toEqual([]);
});
