import { expect, test } from 'vitest';
import { lintZhMdx } from './index.ts';

// What an MDX page contributes to the check: prose, headings, tables, frontmatter and diagram
// labels are read with inline code and links standing where they are; code, JSX attributes,
// expressions and URLs are not.

const fixes = (source: string) => lintZhMdx(source).map((issue) => issue.expected);

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
		'int x = 1; // 中文,注释KVM',
		'```',
		'',
		'<Timeline filter="中文,属性KVM" />',
	].join('\n');
	expect(lintZhMdx(good)).toEqual([]);
	// autocorrect's own Markdown reading accepts all four: it judges each inline node alone.
	expect(fixes('用`xl`启动，见[Xen文档](/xen/)。')).toEqual([
		'"用 `xl`启动，见[X…"',
		'"用`xl` 启动，见[Xen文档…"',
		'"用`xl`启动，见 [Xen文档](/x…"',
		'"…l`启动，见[Xen 文档](/xen/)…"',
	]);
	expect(fixes('使用<Term id="kvm">KVM</Term>模块')).toEqual([
		'"使用 <Term id="…"',
		'"…KVM</Term> 模块"',
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
		'  U->>K: 打开设备,然后',
		'```',
		'',
		'```mermaid',
		'flowchart LR',
		'  A["客户机<br/>陷入KVM"] -->|"退出,返回"| B',
		'```',
	].join('\n');
	const issues = lintZhMdx(source);
	expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual([
		'2:11 spacing',
		'3:18 punctuation',
		'7:2 spacing',
		'7:6 spacing',
		'11:5 punctuation',
		'15:16 spacing',
		'16:14 punctuation',
		'21:16 spacing',
		'21:29 punctuation',
	]);
	expect(issues[2]?.expected).toBe('"用 `xl`启动。"');
	expect(issues[3]?.expected).toBe('"用`xl` 启动。"');
});

test('a space before or after emphasis markup is kept: CommonMark needs it', () => {
	expect(lintZhMdx('**CPU 调度。** Xen 有自己的调度器。')).toEqual([]);
	expect(fixes('**CPU 调度。** Xen 有 ，调度器。')).toEqual(['"…度。** Xen 有，调度器。"']);
});
