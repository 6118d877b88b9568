import { describe, expect, it } from 'vitest';
import {
	answered,
	didYouMean,
	expansions,
	highlightTerms,
	matchGlossary,
	mentions,
	rankResults,
	vocabulary,
	type SearchFragment,
	type SearchGlossaryEntry,
} from './search';

const glossary: SearchGlossaryEntry[] = [
	{
		id: 'hypercall',
		terms: { en: ['Hypercall'], 'zh-cn': ['超级调用'] },
		definition: {
			en: 'A call from a guest into the hypervisor.',
			'zh-cn': '客户机对 Hypervisor 的调用。',
		},
		see: 'xen/#hypercalls',
	},
	{
		id: 'nested-virtualization',
		terms: { en: ['Nested virtualization', 'nested virt'], 'zh-cn': ['嵌套虚拟化'] },
		definition: { en: 'A hypervisor inside a VM.', 'zh-cn': '虚拟机里的 Hypervisor。' },
		see: 'kvm/#ept-npt',
	},
	{
		id: 'grant-table',
		terms: { en: ['Grant table'], 'zh-cn': ['授权表'] },
		definition: { en: 'Shared pages.', 'zh-cn': '共享页。' },
		see: 'xen/#grant-tables',
	},
];

function page(
	url: string,
	title: string,
	sections: [string, string, number][],
	content = ''
): SearchFragment {
	return {
		url,
		content,
		meta: { title },
		sub_results: sections.map(([heading, hash, hits]) => ({
			title: heading,
			url: `${url}#${hash}`,
			locations: Array.from({ length: hits }, (_, i) => i),
		})),
	};
}

describe('glossary matching and expansion', () => {
	it('finds an entry by any spelling, plural or other language, exact matches first', () => {
		expect(matchGlossary('hypercalls', glossary).map((e) => e.id)).toEqual(['hypercall']);
		expect(matchGlossary('超级调用', glossary).map((e) => e.id)).toEqual(['hypercall']);
		expect(matchGlossary('how grant table works', glossary).map((e) => e.id)).toEqual([
			'grant-table',
		]);
		expect(matchGlossary('hyper', glossary)).toEqual([]);
	});

	it('expands to the target language only when the reader used another language', () => {
		const matched = matchGlossary('授权表', glossary);
		expect(expansions('授权表', matched, 'en')).toEqual(['Grant table']);
		expect(expansions('授权表', matched, 'zh-cn')).toEqual([]);
		expect(expansions('授权表的作用', matched, 'zh-cn')).toEqual(['授权表']);
	});

	it('matches Latin words whole and Chinese anywhere', () => {
		expect(mentions('The KVM_RUN loop', 'KVM_RUN')).toBe(true);
		expect(mentions('Hypervisor basics', 'visor')).toBe(false);
		expect(mentions('EPT、NPT 与影子 MMU', 'NPT')).toBe(true);
		expect(mentions('支持嵌套虚拟化的硬件', '嵌套虚拟化')).toBe(true);
	});
});

describe('ranking', () => {
	it('puts the section whose heading names the query above pages that mention it more often', () => {
		const glossaryPage = page('/en/glossary/', 'Glossary', [['Terms', 'terms', 9]]);
		const timeline = page('/en/history/', 'History', [['Timeline', 'timeline', 8]]);
		const xen = page('/en/xen/', 'Xen', [
			['Hypercalls', 'hypercalls', 2],
			['Event channels', 'event-channels', 3],
		]);
		const ranked = rankResults(
			'hypercall',
			[
				{ score: 9, fragment: glossaryPage },
				{ score: 8, fragment: timeline },
				{ score: 3, fragment: xen },
			],
			matchGlossary('hypercall', glossary),
			'en'
		);
		expect(ranked.map((r) => r.url)).toEqual([
			'/en/xen/#hypercalls',
			'/en/history/#timeline',
			'/en/glossary/#terms',
		]);
		expect(ranked[0]?.section).toBe('Hypercalls');
	});

	it('prefers the glossary entry’s own section when no heading names the query', () => {
		const kvm = page('/zh-cn/kvm/', 'KVM', [
			['vCPU 线程', 'vcpu-threads', 4],
			['EPT、NPT 与影子 MMU', 'ept-npt', 1],
		]);
		const history = page('/zh-cn/history/', '发展史', [['时间线', 'timeline', 6]], '虚拟化');
		const ranked = rankResults(
			'嵌套虚拟化',
			[
				{ score: 5, fragment: history },
				{ score: 2, fragment: kvm },
			],
			matchGlossary('嵌套虚拟化', glossary),
			'zh-cn'
		);
		expect(ranked[0]?.url).toBe('/zh-cn/kvm/#ept-npt');
	});

	it('ranks an exact Chinese phrase above a page holding only part of it', () => {
		const partial = page('/zh-cn/a/', 'A', [['甲', 'a', 5]], '虚拟化 嵌套');
		const exact = page('/zh-cn/b/', 'B', [['乙', 'b', 1]], '关于嵌套虚拟化的说明');
		const ranked = rankResults(
			'嵌套虚拟化',
			[
				{ score: 1, fragment: partial },
				{ score: 0.8, fragment: exact },
			],
			[],
			'zh-cn'
		);
		expect(ranked[0]?.fragment.url).toBe('/zh-cn/b/');
	});

	it('links a glossary-page result to the entry that matched, not to the top of the page', () => {
		const fragment: SearchFragment = {
			...page('/en/glossary/', 'Glossary', [['Terms', 'terms', 1]]),
			anchors: [
				{ element: 'div', id: 'term-a', location: 10 },
				{ element: 'div', id: 'term-hypercall', location: 40 },
				{ element: 'div', id: 'term-z', location: 90 },
			],
			locations: [55, 95],
		};
		const [ranked] = rankResults('frob', [{ score: 1, fragment }], [], 'en');
		expect(ranked?.url).toBe('/en/glossary/#term-hypercall');
	});

	it('knows when the best result does not answer the query', () => {
		const hyperV = page('/en/comparison/', 'Comparison', [['Side by side', 'table', 2]], 'Hyper-V');
		const ranked = rankResults('hypervisior', [{ score: 1, fragment: hyperV }], [], 'en');
		expect(answered('hypervisior', ranked, [])).toBe(false);
		expect(answered('side by side', ranked, [])).toBe(true);
		expect(answered('hypercall', ranked, matchGlossary('hypercall', glossary))).toBe(true);
	});

	it('links the section that holds every word of the query, not the one repeating one word', () => {
		const modules: SearchFragment = {
			url: '/en/kvm/modules/',
			content: 'kvm_intel kvm_intel kvm_intel x86 text. Load it: modprobe kvm_intel now',
			meta: { title: 'KVM modules' },
			sub_results: [
				{ title: 'x86', url: '/en/kvm/modules/#x86', locations: [0, 1, 2] },
				{ title: 'Loading and checking', url: '/en/kvm/modules/#loading', locations: [7, 8] },
			],
		};
		const [ranked] = rankResults('modprobe kvm_intel', [{ score: 1, fragment: modules }], [], 'en');
		expect(ranked?.url).toBe('/en/kvm/modules/#loading');
	});
});

describe('did you mean', () => {
	const words = vocabulary(
		{ glossary, headings: { en: ['What a hypervisor is', 'Grant tables', 'Event channels'] } },
		'en'
	);

	it('corrects typos within two edits from glossary terms and headings', () => {
		expect(didYouMean('hypervisior', words)).toBe('hypervisor');
		expect(didYouMean('grant tabel', words)).toBe('grant table');
		expect(didYouMean('evnet channel', words)).toBe('event channel');
	});

	it('leaves known words, short words, distant words and Chinese alone', () => {
		expect(didYouMean('hypercall', words)).toBeUndefined();
		expect(didYouMean('xen', words)).toBeUndefined();
		expect(didYouMean('kubernetes', words)).toBeUndefined();
		expect(didYouMean('超级调佣', words)).toBeUndefined();
	});
});

it('highlights the query, its words and its expansions', () => {
	expect(highlightTerms('grant table', ['授权表'])).toEqual([
		'grant table',
		'授权表',
		'grant',
		'table',
	]);
	expect(highlightTerms('授权表', ['Grant table'])).toEqual(['授权表', 'Grant table']);
});
