import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkConsistency, extractValues } from './consistency';

const values = (text: string) => extractValues(text).map((v) => (v.soft ? `~${v.value}` : v.value));

describe('what is read from prose', () => {
	test('dates in both languages become the same day or month', () => {
		expect(values('tagged on Sunday 4 February 2007, released February 4, 2007')).toEqual([
			'2007-02-04',
			'2007-02-04',
		]);
		expect(values('标签打在 2007 年 2 月 4 日，2007年2月发布')).toEqual(['2007-02-04', '2007-02']);
		expect(values('in July 2026 and 2026-07-15')).toEqual(['2026-07', '2026-07-15']);
		expect(values('held on 19–22 October 2003')).toEqual(['2003-10-19', '2003-10-22']);
		expect(values('于 2003 年 10 月 19 日至 22 日举行')).toEqual(['2003-10-19', '2003-10-22']);
	});

	test('versions, thousands, amounts, decades and advisories; spelt-out numbers are soft', () => {
		expect(values('Linux 2.6.20 and Xen 4.19, v2, 1,024 and 4096 channels')).toEqual([
			'2.6.20',
			'4.19',
			'2',
			'1024',
			'4096',
		]);
		expect(values('US$107 million; 1.07 亿美元; 120 多万客户; the 2000s; 2000 年代')).toEqual([
			'107000000',
			'107000000',
			'1200000',
			'2000s',
			'2000s',
		]);
		expect(values('XSA-310 (CVE-2019-19580), four calls, 第二类')).toEqual([
			'XSA-310',
			'CVE-2019-19580',
			'~4',
			'~2',
		]);
	});

	test('names with digits, URLs and e-mail addresses are not numbers', () => {
		expect(
			values('x86, x86-64, IA-64, ARMv8, KVM_S390, 2MiB, https://example.org/v1.2 a@b.org')
		).toEqual([]);
	});
});

describe('the check on twin pages and data', () => {
	let tree: Awaited<ReturnType<typeof tempTree>>;
	beforeEach(async () => {
		tree = await tempTree();
	});
	afterEach(() => tree.remove());

	const en = [
		'---',
		'title: History',
		'---',
		'',
		'## Origins {/* #origins */}',
		'',
		'Xen 1.0 came out in October 2003. The code is `KVM_RUN 42` <Cite id="a-1999" />.',
		'',
		'```c',
		'int x = 2048;',
		'```',
		'',
		'## KVM {/* #kvm */}',
		'',
		'KVM was merged in Linux 2.6.20 on 4 February 2007, see [the tag](https://example.org/v2.6.21).',
		'',
	].join('\n');
	const zh = (kvmYear: string) =>
		[
			'---',
			'title: 历史',
			'---',
			'',
			'## 起源 {/* #origins */}',
			'',
			'Xen 1.0 于 2003 年 10 月发布。代码是 `KVM_RUN 7`<Cite id="b-2001" />。',
			'',
			'## KVM {/* #kvm */}',
			'',
			`KVM 于 ${kvmYear} 年 2 月 4 日并入 Linux 2.6.20。`,
			'',
		].join('\n');

	test('a year that differs between the twins is reported on both sides, with file and line', async () => {
		await tree.write({
			'content/docs/en/history.mdx': en,
			'content/docs/zh-cn/history.mdx': zh('2008'),
		});
		const findings = await checkConsistency({ root: tree.dir });
		expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
			'content/docs/en/history.mdx:15 | "4 February 2007" (2007-02-04) is in the en section #kvm but not in its zh-cn twin',
			'content/docs/zh-cn/history.mdx:11 | "2008 年 2 月 4 日" (2008-02-04) is in the zh-cn section #kvm but not in its en twin',
		]);
	});

	test('twins that state the same values, whatever their code, links and attributes, pass', async () => {
		await tree.write({
			'content/docs/en/history.mdx': en,
			'content/docs/zh-cn/history.mdx': zh('2007'),
		});
		expect(await checkConsistency({ root: tree.dir })).toEqual([]);
	});

	test('the {en, zh-cn} texts of data files are compared too', async () => {
		await tree.write({
			'content/data/history.yaml': [
				'- id: xen-4-4',
				'  summary:',
				'    en: Xen 4.4 raised the limit past 100,000 channels.',
				'    zh-cn: Xen 4.4 把上限提高到 10 万个通道以上。',
				'- id: xen-4-5',
				'  summary:',
				'    en: Xen 4.5 removed 78,000 lines.',
				'    zh-cn: Xen 4.5 删除了 8.7 万行代码。',
			].join('\n'),
		});
		const findings = await checkConsistency({ root: tree.dir });
		expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
			'content/data/history.yaml:7 | "78,000" (78000) is in the en text [id=xen-4-5].summary but not in its zh-cn twin',
			'content/data/history.yaml:8 | "8.7 万" (87000) is in the zh-cn text [id=xen-4-5].summary but not in its en twin',
		]);
	});
});
