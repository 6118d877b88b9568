import { beforeAll, describe, expect, test } from 'vitest';
import { type AvoidedTerm, lintZhText, loadAvoidedTerms } from './index.ts';
import { projectRoot } from '../../lib/report.ts';

// The rules on single strings: autocorrect's spacing and punctuation with `.autocorrectrc`, the
// house punctuation, and the glossary's discouraged variants.

const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule);
const fixes = (text: string, avoid: readonly AvoidedTerm[] = []) =>
	lintZhText(text, { avoid }).map((issue) => issue.expected);

let avoid: AvoidedTerm[] = [];
beforeAll(async () => {
	avoid = await loadAvoidedTerms(projectRoot);
});

describe('spacing (autocorrect)', () => {
	test('one space between Han and Latin letters or digits, both ways, one finding each', () => {
		const issues = lintZhText('KVM模块');
		expect(rules(issues)).toEqual(['spacing']);
		expect(issues[0]).toMatchObject({ line: 1, column: 4, expected: '"KVM 模块"' });
		expect(issues[0]?.problem).toMatch(/^spacing: .*"KVM模块"/);

		expect(fixes('于2007年发布')).toEqual(['"于 2007年发布"', '"于2007 年发布"']);
		expect(fixes('x86虚拟化需要64位')).toEqual([
			'"x86 虚拟化需要64位"',
			'"x86虚拟化需要 64位"',
			'"x86虚拟化需要64 位"',
		]);
	});

	test('no space next to full-width punctuation, Chinese quotes included', () => {
		expect(fixes('内核 ，然后')).toEqual(['"内核，然后"']);
		expect(fixes('它叫 “域”。')).toEqual(['"它叫“域”。"']);
		expect(fixes('真的吗？ 是的')).toEqual(['"真的吗？是的"']);
	});

	test('accepts %, °, units glued to digits, hyphenated compounds and spaced English', () => {
		for (const text of [
			'50% 的用户',
			'提升了 5%–10%。',
			'温度 90°以上',
			'只有 2MiB 大页',
			'Linux 2.6.20 于 2007 年发布。',
			'陷入-模拟（trap-and-emulate）',
			'生产者-消费者环形缓冲区',
		]) {
			expect(lintZhText(text), text).toEqual([]);
		}
	});
});

describe('punctuation', () => {
	test('ASCII , : ? ! . in a Chinese sentence become full-width (autocorrect)', () => {
		const issues = lintZhText('内核,然后');
		expect(rules(issues)).toEqual(['punctuation']);
		expect(issues[0]).toMatchObject({ column: 3, expected: '"内核，然后"' });

		expect(fixes('注意:这里')).toEqual(['"注意：这里"']);
		expect(fixes('真的吗?')).toEqual(['"真的吗？"']);
		expect(fixes('已经发布.')).toEqual(['"已经发布。"']);
		expect(fixes('打开 kvm,然后')).toEqual(['"打开 kvm，然后"']);
	});

	test('a full-width mark after an English word stays (halfwidth-punctuation is off)', () => {
		expect(lintZhText('mmap vCPU fd：struct kvm_run')).toEqual([]);
	});

	test('ASCII parentheses, straight quotes and ... next to Chinese (house style)', () => {
		expect(fixes('内核(kernel)是')).toEqual(['"内核（kernel)是"', '"内核(kernel）是"']);
		expect(fixes('称为(半虚拟化)')).toEqual(['"称为（半虚拟化)"', '"称为(半虚拟化）"']);
		expect(fixes('他说"你好"')).toEqual(['"他说“你好""', '"他说"你好”"']);
		expect(fixes('等等...')).toEqual(['"等等……"']);
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
			'称作 "Type II" hypervisor',
			'用 Ctrl... 结束',
		]) {
			expect(lintZhText(text), text).toEqual([]);
		}
	});
});

describe('glossary-term', () => {
	test('the glossary lists discouraged variants with their standard term', () => {
		expect(avoid).toContainEqual({
			variant: '准虚拟化',
			term: '半虚拟化',
			id: 'paravirtualization',
		});
	});

	test('flags each use of a variant and offers the glossary term', () => {
		const issues = lintZhText('这是准虚拟化技术', { avoid });
		expect(rules(issues)).toEqual(['glossary-term']);
		expect(issues[0]).toMatchObject({ column: 3, expected: '"这是半虚拟化技术"' });
		expect(issues[0]?.problem).toContain('glossary entry paravirtualization');
		expect(fixes('支持动态迁移', avoid)).toEqual(['"支持热迁移"']);
		expect(fixes('类虚拟化与准虚拟化', avoid)).toEqual([
			'"半虚拟化与准虚拟化"',
			'"类虚拟化与半虚拟化"',
		]);
	});

	test('the variants the issue 15 audit found in the pages are flagged with their term', () => {
		// Two spellings of one term had crept into the Chinese pages; the glossary now names them.
		expect(fixes('PVH Dom0 为有保留地支持', avoid)).toEqual(['"PVH Dom0 为有条件支持"']);
		expect(fixes('混合关键度系统', avoid)).toEqual(['"混合关键性系统"']);
		expect(fixes('Kconfig 把影子分页描述为', avoid)).toEqual(['"Kconfig 把影子页表描述为"']);
	});

	test('accepts the standard term and a quoted mention of a variant', () => {
		expect(lintZhText('这是半虚拟化技术', { avoid })).toEqual([]);
		for (const text of ['亦作“准虚拟化”', '亦作「准虚拟化」', '亦作‘准虚拟化’']) {
			expect(lintZhText(text, { avoid }), text).toEqual([]);
		}
		expect(fixes('亦作“准虚拟化', avoid)).toEqual(['"亦作“半虚拟化"']);
	});
});
