/**
 * How legible the built diagrams are, measured in Chromium: for every `figure.diagram` the smallest
 * text as the reader sees it (computed font size × the SVG's on-screen scale), plus two geometry
 * checks that a screenshot review misses: edge labels that overlap a node or cross a subgraph
 * border, and Chinese label lines that break against the usual rules (a line starting with 、，。
 * or ending with （「). Shared by `npm run bench:diagrams` and e2e/diagrams.spec.ts.
 */
import type { Page } from '@playwright/test';

/** Smallest acceptable rendered text, in CSS px, per viewport width. */
export const legibilityLimits = { 1280: 12, 360: 11 } as const;
export type ViewportWidth = keyof typeof legibilityLimits;
export const viewportWidths: ViewportWidth[] = [1280, 360];
export const themes = ['light', 'dark'] as const;

export interface FigureMeasurement {
	/** The diagram's title (its caption's `<strong>`). */
	title: string;
	/** Smallest rendered text of the diagram in CSS px, and the label that has it. */
	smallestPx: number;
	smallestLabel: string;
	/** Edge labels overlapping a node or straddling a subgraph border. */
	crossings: string[];
	/** Label lines that start or end with punctuation Chinese typesetting keeps off that edge. */
	lineBreaks: string[];
	/** Whether the diagram is wider than its frame, i.e. the reader scrolls it sideways. */
	scrolls: boolean;
}

export interface DiagramMeasurement extends FigureMeasurement {
	path: string;
	/** Position of the diagram on its page, from 0. */
	index: number;
	width: ViewportWidth;
	theme: (typeof themes)[number];
}

/** Runs in the page: measures every diagram on it. Self-contained (it is serialised). */
function measureInPage(): FigureMeasurement[] {
	const noLineStart = '、，。：；！？）」』》〉】”’';
	const noLineEnd = '（「『《〈【“‘';
	const intersect = (a: DOMRect, b: DOMRect, slack: number) =>
		a.left < b.right - slack &&
		b.left < a.right - slack &&
		a.top < b.bottom - slack &&
		b.top < a.bottom - slack;
	const contains = (outer: DOMRect, inner: DOMRect, slack: number) =>
		inner.left >= outer.left - slack &&
		inner.right <= outer.right + slack &&
		inner.top >= outer.top - slack &&
		inner.bottom <= outer.bottom + slack;
	const label = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

	return [...document.querySelectorAll('figure.diagram')].map((figure) => {
		const title = label(figure.querySelector('figcaption strong') ?? figure);
		// The SVG the reader is shown (a figure may carry a layout per screen size).
		const svg = [...figure.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
		if (!svg) {
			return {
				title,
				smallestPx: 0,
				smallestLabel: '(no visible SVG)',
				crossings: [],
				lineBreaks: [],
				scrolls: false,
			};
		}
		let smallestPx = Infinity;
		let smallestLabel = '';
		for (const el of svg.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
			const own = [...el.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE)
				.map((n) => n.textContent ?? '')
				.join('')
				.trim();
			const matrix = el.getScreenCTM();
			if (!own || !matrix || el.getClientRects().length === 0) continue;
			const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(matrix.a, matrix.b);
			if (px < smallestPx) {
				smallestPx = px;
				smallestLabel = own;
			}
		}

		const crossings: string[] = [];
		const nodes = [...svg.querySelectorAll('g.node')].map((node) => ({
			name: label(node),
			box: node.getBoundingClientRect(),
		}));
		const clusters = [...svg.querySelectorAll('g.cluster')].map((cluster) => ({
			name: label(cluster.querySelector('.cluster-label') ?? cluster),
			box: (cluster.querySelector('rect') ?? cluster).getBoundingClientRect(),
		}));
		for (const edgeLabel of svg.querySelectorAll('g.edgeLabel')) {
			const text = edgeLabel.querySelector('text');
			const name = label(edgeLabel);
			if (!text || !name) continue;
			const box = text.getBoundingClientRect();
			for (const node of nodes)
				if (intersect(box, node.box, 1)) crossings.push(`“${name}” overlaps node “${node.name}”`);
			for (const cluster of clusters)
				if (intersect(box, cluster.box, 1) && !contains(cluster.box, box, 1))
					crossings.push(`“${name}” crosses the border of “${cluster.name}”`);
		}

		const lineBreaks: string[] = [];
		for (const text of svg.querySelectorAll('text')) {
			const rows = [...text.querySelectorAll(':scope > tspan')].map(label).filter(Boolean);
			if (rows.length < 2) continue;
			rows.forEach((row, i) => {
				if (i > 0 && noLineStart.includes(row[0] ?? ''))
					lineBreaks.push(`line starts with “${row[0]}”: ${rows.join(' / ')}`);
				if (i < rows.length - 1 && noLineEnd.includes(row.at(-1) ?? ''))
					lineBreaks.push(`line ends with “${row.at(-1)}”: ${rows.join(' / ')}`);
			});
		}

		const frame = svg.parentElement;
		return {
			title,
			smallestPx: Math.round(smallestPx * 10) / 10,
			smallestLabel,
			crossings: [...new Set(crossings)],
			lineBreaks: [...new Set(lineBreaks)],
			scrolls: frame ? frame.scrollWidth > frame.clientWidth + 1 : false,
		};
	});
}

/**
 * Measures the diagrams of the page already loaded at every width in both colour schemes:
 * resizing and switching the scheme re-lay the page out without a reload, as for a reader who
 * turns a phone or changes the system theme. Leaves the page at the last width.
 */
export async function measureLoadedPage(page: Page, path: string): Promise<DiagramMeasurement[]> {
	const results: DiagramMeasurement[] = [];
	for (const width of viewportWidths) {
		await page.setViewportSize({ width, height: 900 });
		for (const theme of themes) {
			await page.emulateMedia({ colorScheme: theme });
			// Two frames after the resize or scheme change, the new layout has been drawn.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			await page.evaluate(() => document.fonts.ready);
			const figures = await page.evaluate(measureInPage);
			figures.forEach((figure, index) => results.push({ ...figure, path, index, width, theme }));
		}
	}
	return results;
}

/** Loads each path once and measures it. `page` needs a base URL, or the paths must be absolute. */
export async function measureDiagrams(page: Page, paths: string[]): Promise<DiagramMeasurement[]> {
	const results: DiagramMeasurement[] = [];
	for (const path of paths) {
		await page.setViewportSize({ width: viewportWidths[0] ?? 1280, height: 900 });
		await page.goto(path);
		results.push(...(await measureLoadedPage(page, path)));
	}
	return results;
}

/** Everything the limits forbid, one sentence each. */
export function legibilityProblems(measurements: DiagramMeasurement[]): string[] {
	const problems: string[] = [];
	for (const m of measurements) {
		const where = `${m.path} #${m.index + 1} “${m.title}” at ${m.width} px (${m.theme})`;
		const limit = legibilityLimits[m.width];
		if (!(m.smallestPx >= limit))
			problems.push(
				`${where}: smallest text ${m.smallestPx} px (“${m.smallestLabel}”), needs ≥ ${limit} px`
			);
		// Geometry and line breaks do not depend on the theme: report them once.
		if (m.theme !== 'light') continue;
		for (const crossing of m.crossings) problems.push(`${where}: edge label ${crossing}`);
		for (const lineBreak of m.lineBreaks) problems.push(`${where}: ${lineBreak}`);
	}
	return problems;
}

/**
 * The table of the issue: one row per diagram (paired across languages by page and position), the
 * smallest text at each width as `en / zh-cn`, the worse of the two themes.
 */
export function legibilityTable(measurements: DiagramMeasurement[]): string[][] {
	const rows = new Map<string, Map<string, DiagramMeasurement>>();
	for (const m of measurements) {
		const [, locale = '', ...rest] = m.path.split('/');
		const key = `${rest.join('/')}#${m.index}`;
		const row = rows.get(key) ?? new Map<string, DiagramMeasurement>();
		const cell = `${m.width}:${locale}`;
		const seen = row.get(cell);
		if (!seen || m.smallestPx < seen.smallestPx) row.set(cell, m);
		rows.set(key, row);
	}
	const header = [
		'Diagram',
		'Page',
		...viewportWidths.map((w) => `${w} px (en / zh-cn)`),
		...viewportWidths.map((w) => `Scrolls sideways at ${w}`),
		'Problems',
	];
	const body = [...rows.entries()].map(([key, row]) => {
		const en = row.get(`${viewportWidths[0]}:en`);
		const cell = (width: number) =>
			['en', 'zh-cn'].map((l) => row.get(`${width}:${l}`)?.smallestPx ?? '–').join(' / ');
		const scrolls = (width: number) =>
			[...row.values()].some((m) => m.width === width && m.scrolls) ? 'yes' : 'no';
		const issues = new Set([...row.values()].flatMap((m) => [...m.crossings, ...m.lineBreaks]))
			.size;
		return [
			en?.title ?? key,
			`/${key.split('#')[0]}`,
			...viewportWidths.map(cell),
			...viewportWidths.map(scrolls),
			String(issues),
		];
	});
	return [header, ...body];
}

export const markdownTable = ([header = [], ...rows]: string[][]) =>
	[header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
