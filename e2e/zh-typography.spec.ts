import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	type AvoidedTerm,
	checkZhTypography,
	lintZhMdx,
	lintZhText,
	loadAvoidedTerms,
} from '../tools/checks/typography.ts';

// The Chinese typography check (`npm run check:typography`): each rule on small strings, the
// exceptions it must accept, and zero findings on the real content. No browser or server needed.

const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule);
const fixes = (issues: { expected: string }[]) => issues.map((issue) => issue.expected);

let avoid: AvoidedTerm[] = [];
test.beforeAll(async () => {
	avoid = await loadAvoidedTerms();
});

test.describe('space-han-latin', () => {
	test('asks for one space between Han and Latin letters or digits, both ways', () => {
		const issues = lintZhText('KVM模块');
		expect(rules(issues)).toEqual(['space-han-latin']);
		expect(issues[0]).toMatchObject({ line: 1, column: 4, expected: '"KVM 模块"' });
		expect(issues[0]?.problem).toMatch(/^space-han-latin: .*"KVM模块"/);

		expect(fixes(lintZhText('于2007年发布'))).toEqual(['"于 2007年发布"', '"于2007 年发布"']);
	});

	test('rejects a space next to full-width punctuation', () => {
		expect(fixes(lintZhText('内核 ，然后'))).toEqual(['"内核，然后"']);
		expect(fixes(lintZhText('它叫 “域”。'))).toEqual(['"它叫“域”。"']);
	});

	test('accepts %, °, units glued to digits and spaces around English quotes', () => {
		for (const text of [
			'50%的用户',
			'提升了 5%–10%。',
			'温度 90°以上',
			'只有 2MiB 大页',
			'称它是“Type II” hosted',
			'Linux 2.6.20 于 2007 年发布。',
		]) {
			expect(lintZhText(text), text).toEqual([]);
		}
	});
});

test.describe('fullwidth-punctuation', () => {
	test('flags ASCII punctuation in a Chinese sentence', () => {
		const issues = lintZhText('内核,然后');
		expect(rules(issues)).toEqual(['fullwidth-punctuation']);
		expect(issues[0]).toMatchObject({ column: 3, expected: '"内核，然后"' });

		expect(fixes(lintZhText('注意:这里'))).toEqual(['"注意：这里"']);
		expect(fixes(lintZhText('KVM, 然后'))).toEqual(['"KVM，然后"']);
		expect(fixes(lintZhText('真的吗?'))).toEqual(['"真的吗？"']);
		expect(fixes(lintZhText('内核(kernel)是'))).toEqual(['"内核（kernel）是"']);
		expect(fixes(lintZhText('已经发布.'))).toEqual(['"已经发布。"']);
		expect(fixes(lintZhText('等等...'))).toEqual(['"等等……"']);
		expect(fixes(lintZhText('他说"你好"'))).toEqual(['"他说“你好”"']);
	});

	test('leaves punctuation inside Latin runs, numbers and URLs alone', () => {
		for (const text of [
			'Linux 2.6.20 于 2007 年发布。',
			'例如 e.g. 这种缩写',
			'调用 KVM_RUN() 即可',
			'Xen (PV) 模式',
			'超过 100,000 个通道',
			'在 10:30 发布',
			'见 https://example.com/a,b 页面',
			'XenSource, Inc. 是一家公司',
		]) {
			expect(lintZhText(text), text).toEqual([]);
		}
	});
});

test.describe('glossary-term', () => {
	test('the glossary lists discouraged variants with their standard term', () => {
		expect(avoid).toContainEqual({
			variant: '准虚拟化',
			term: '半虚拟化',
			id: 'paravirtualization',
		});
	});

	test('flags a variant and offers the glossary term', () => {
		const issues = lintZhText('这是准虚拟化技术', { avoid });
		expect(rules(issues)).toEqual(['glossary-term']);
		expect(issues[0]).toMatchObject({ column: 3, expected: '"这是半虚拟化技术"' });
		expect(fixes(lintZhText('支持动态迁移', { avoid }))).toEqual(['"支持热迁移"']);
	});

	test('accepts the standard term and a quoted mention of a variant', () => {
		expect(lintZhText('这是半虚拟化技术', { avoid })).toEqual([]);
		expect(lintZhText('亦作“准虚拟化”', { avoid })).toEqual([]);
	});
});

test.describe('MDX pages', () => {
	test('inline code and links count as Latin next to Han; code, attributes and URLs are not linted', () => {
		const good = [
			'---',
			'title: KVM 架构',
			'description: 一段足够长的描述，用来通过检查。',
			'order: 1',
			'---',
			'',
			'## 该选哪个？ {/* #which */}',
			'',
			'用 `xl create` 启动，见[对比页](/comparison/)或 [Xen 文档](/xen/)，网址 https://example.com/a,b 可供参考。',
			'',
			'**CPU 调度。** Xen 有自己的调度器<Cite id="a,b" />。',
			'',
			'```c',
			'int x = 1; // 中文,注释',
			'```',
			'',
			'<Timeline filter="中文,属性" />',
		].join('\n');
		expect(lintZhMdx(good)).toEqual([]);
		expect(fixes(lintZhMdx('用`xl`启动，见[Xen文档](/xen/)。'))).toEqual([
			'"用 `xl`启动，见[X…"',
			'"用`xl` 启动，见[Xen文档…"',
			'"用`xl`启动，见 [Xen文档](/x…"',
			'"…l`启动，见[Xen 文档](/xen/)…"',
		]);
	});

	test('finds problems in frontmatter, prose, tables and diagram labels, at the right line', () => {
		const source = [
			'---',
			'title: KVM架构',
			'description: 一段描述,然后结束',
			'order: 1',
			'---',
			'',
			'用`xl`启动。',
			'',
			'| 列 | 值 |',
			'|---|---|',
			'| 内核,然后 | `a,b` |',
			'',
			'```mermaid',
			'sequenceDiagram',
			'  accTitle: KVM循环',
			'  U->>K: 打开 /dev/kvm,然后',
			'```',
		].join('\n');
		const issues = lintZhMdx(source);
		expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual([
			'2:11 space-han-latin',
			'3:18 fullwidth-punctuation',
			'7:2 space-han-latin',
			'7:6 space-han-latin',
			'11:5 fullwidth-punctuation',
			'15:16 space-han-latin',
			'16:21 fullwidth-punctuation',
		]);
		expect(issues[2]?.expected).toBe('"用 `xl`启动。"');
		expect(issues[3]?.expected).toBe('"用`xl` 启动。"');
	});
});

test('reports files with path:line:column, data aliases exempt from glossary-term', async () => {
	const root = await mkdtemp(join(tmpdir(), 'zh-typography-'));
	const put = async (path: string, text: string) => {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	};
	try {
		await put(
			'content/data/glossary.yaml',
			[
				'- id: paravirtualization',
				'  term: { en: Paravirtualization, zh-cn: 半虚拟化 }',
				'  aliases:',
				'    zh-cn: [准虚拟化]',
				'  avoid: [准虚拟化]',
				'  definition:',
				'    en: Text.',
				'    zh-cn: 一种准虚拟化方式',
				'  see: xen/',
				'',
			].join('\n')
		);
		await put('content/docs/zh-cn/page.mdx', '---\ntitle: 页面\n---\n\n使用KVM模块。\n');
		await put('src/i18n/zh-cn.ts', "export const zhCn = {\n\t'a.b': '阅读{language}版',\n};\n");
		const findings = await checkZhTypography(root);
		expect(findings.map((f) => f.where)).toEqual([
			'content/docs/zh-cn/page.mdx:5:3',
			'content/docs/zh-cn/page.mdx:5:6',
			'content/data/glossary.yaml:8:14',
			'src/i18n/zh-cn.ts:2:12',
			'src/i18n/zh-cn.ts:2:22',
		]);
		expect(findings[2]).toMatchObject({
			problem: expect.stringMatching(/^glossary-term: /),
			expected: '"… zh-cn: 一种半虚拟化方式"',
		});
	} finally {
		await rm(root, { recursive: true, force: true });
	}
});

test('the real Chinese content has no findings', async () => {
	expect(await checkZhTypography()).toEqual([]);
});
