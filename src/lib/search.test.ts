import { describe, expect, it } from 'vitest';
import {
	answered,
	didYouMean,
	excerptWords,
	expansions,
	highlightTerms,
	matchGlossary,
	mentions,
	pageFragment,
	rankResults,
	readPage,
	vocabulary,
	type SearchFragment,
	type StoredPage,
	weightedBlocks,
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

describe('pages read from the index', () => {
	// As Pagefind stores a Chinese page: words segmented with U+200B, a word keeping its space.
	const zh: StoredPage = {
		url: '/zh-cn/kvm/',
		content: [
			'KVM ',
			'内核',
			'模块',
			'. ',
			'KVM_RUN ',
			'循环',
			'. ',
			'KVM_RUN ',
			'返回',
			'用户态',
		].join('\u200B'),
		meta: { title: 'KVM 内核模块' },
		filters: { section: ['kvm'] },
		anchors: [
			{ element: 'h2', id: 'run-loop', text: 'KVM_RUN 循环', location: 4 },
			{ element: 'figure', id: 'diagram', text: '', location: 6 },
		],
	};
	const en: StoredPage = {
		url: '/en/xen/',
		content:
			'Xen overview. Intro text here. Hypercalls. A hypercall enters Xen. Hypercalls are calls.',
		meta: { title: 'Xen' },
		filters: { section: ['xen'] },
		anchors: [{ element: 'h2', id: 'hypercalls', text: 'Hypercalls', location: 5 }],
	};

	it('splits words and sections as Pagefind counts them', () => {
		const read = readPage(zh);
		expect(read.words[4]).toBe('KVM_RUN ');
		expect(read.joiner).toBe('');
		expect(read.sections.map((s) => [s.title, s.url, s.start, s.end])).toEqual([
			['KVM 内核模块', '/zh-cn/kvm/', 0, 4],
			['KVM_RUN 循环', '/zh-cn/kvm/#run-loop', 4, 10],
		]);
		expect([...read.headingWords]).toEqual([4, 5]);
		expect(readPage(en).words.slice(5, 7)).toEqual(['Hypercalls.', 'A']);
	});

	it('places each match in its section and weighs heading words as Pagefind does', () => {
		const fragment = pageFragment(readPage(en), [7, 5, 10, 5]);
		expect(fragment.locations).toEqual([5, 7, 10]);
		expect(fragment.sub_results).toHaveLength(1);
		expect(fragment.sub_results[0]).toMatchObject({
			url: '/en/xen/#hypercalls',
			locations: [5, 7, 10],
			weighted_locations: [
				{ location: 5, weight: 2 },
				{ location: 7, weight: 1 },
				{ location: 10, weight: 1 },
			],
		});
		expect(pageFragment(readPage(en), []).sub_results).toEqual([]);
	});

	it('weighs matches in a weighted-down block as Pagefind does, to the end of its section', () => {
		const history: StoredPage = {
			url: '/en/history/',
			content: 'History. Origins. Ian Pratt led Xen. Timeline. 2003 Ian Pratt. 2007 Ian Pratt.',
			meta: { title: 'History' },
			filters: {},
			anchors: [
				{ element: 'h2', id: 'origins', text: 'Origins.', location: 1 },
				{ element: 'h2', id: 'timeline', text: 'Timeline.', location: 6 },
				{ element: 'ol', id: weightedBlocks.timeline.id, text: '', location: 7 },
			],
		};
		const fragment = pageFragment(readPage(history), [3, 8, 11]);
		expect(fragment.sub_results.map((s) => s.weighted_locations)).toEqual([
			[{ location: 3, weight: 1 }],
			[
				{ location: 8, weight: 0.3 },
				{ location: 11, weight: 0.3 },
			],
		]);
		const [ranked] = rankResults('Pratt', [{ score: 1, fragment }], [], 'en');
		expect(ranked?.url).toBe('/en/history/#origins');
	});

	it('excerpts the linked section where the matches are, marked, Chinese without added spaces', () => {
		const zhFragment = pageFragment(readPage(zh), [4, 7]);
		const show = (words: { text: string; mark: boolean }[]) =>
			words.map((w) => (w.mark ? `[${w.text}]` : w.text)).join('');
		expect(show(excerptWords(zhFragment, '/zh-cn/kvm/#run-loop', 22))).toBe(
			'[KVM_RUN] 循环. [KVM_RUN] 返回用户态'
		);
		expect(show(excerptWords(zhFragment, '/zh-cn/kvm/', 22))).toBe('KVM 内核模块.');
		const enFragment = pageFragment(readPage(en), [5, 7, 10]);
		expect(show(excerptWords(enFragment, '/en/xen/#hypercalls', 4))).toBe(
			'[Hypercalls.] A [hypercall] enters'
		);
	});

	it("reads a Latin query's words on a Chinese page at the right places", () => {
		// Only the loading section holds both words. Read at spaces instead of at U+200B, the
		// locations would name other words and the section repeating one word would win.
		const modules: StoredPage = {
			url: '/zh-cn/kvm/modules/',
			content: [
				'KVM ',
				'模块',
				'. ',
				'加载',
				'. ',
				'运行 ',
				'modprobe ',
				'kvm_intel ',
				'即可',
				'. ',
				'英特尔',
				'. ',
				'kvm_intel ',
				'是',
				'kvm_intel ',
				'的',
				'kvm_intel ',
				'模块',
			].join('\u200B'),
			meta: { title: 'KVM 模块' },
			filters: {},
			anchors: [
				{ element: 'h2', id: 'loading', text: '加载', location: 3 },
				{ element: 'h2', id: 'intel', text: '英特尔', location: 10 },
			],
		};
		const fragment = pageFragment(readPage(modules), [6, 7, 12, 14, 16]);
		const [ranked] = rankResults('modprobe kvm_intel', [{ score: 1, fragment }], [], 'zh-cn');
		expect(ranked?.url).toBe('/zh-cn/kvm/modules/#loading');
	});
});
