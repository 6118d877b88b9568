import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../node/chromium';
import { mergeThemes } from './merge-themes';
import { darkTheme, lightTheme } from './themes';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = (require('mermaid/package.json') as { version: string }).version;

/** Raised for a diagram mermaid cannot parse; `line` is relative to the diagram source. */
export class DiagramSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number | undefined
	) {
		super(message);
	}
}

const config = {
	startOnLoad: false,
	theme: 'base',
	// The classic look draws no drop shadows: flatter, smaller SVG that reads well in both themes.
	look: 'classic',
	securityLevel: 'strict',
	// Plain SVG <text> labels: no foreignObject HTML, so the SVG is self-contained and measurable.
	htmlLabels: false,
	flowchart: { htmlLabels: false, padding: 12, wrappingWidth: 240 },
	// Narrower actor boxes and gaps: sequence diagrams fit the text column at a legible size.
	sequence: { useMaxWidth: true, width: 120, actorMargin: 40 },
};

/** A merged light/dark SVG and the smallest font size its text uses, in SVG user units. */
export interface RenderedDiagram {
	svg: string;
	smallestFont: number;
	/** How long the browser took, when it rendered this diagram now (absent: from the cache). */
	renderedIn?: number;
}

export interface RenderStats {
	rendered: number;
	cached: number;
	milliseconds: number;
}

/**
 * Renders mermaid diagrams to theme-following SVG in one headless Chromium that stays open for the
 * whole build, with a content-hash cache so an unchanged diagram is never rendered twice.
 */
class DiagramRenderer {
	private browser: Promise<Browser> | undefined;
	/**
	 * One page per theme. Mermaid numbers some element ids with a counter that lives for the page,
	 * so each page renders every diagram in the same order and the two outputs stay comparable.
	 */
	private pages: Promise<[Page, Page]> | undefined;
	private queue: Promise<unknown> = Promise.resolve();
	/**
	 * Renders under way, by cache key: pages are compiled concurrently, so the same diagram on
	 * two pages (a copied page, a shared snippet) would otherwise be rendered once per page
	 * before the first result reached the cache.
	 */
	private inflight = new Map<string, Promise<RenderedDiagram>>();
	readonly stats: RenderStats = { rendered: 0, cached: 0, milliseconds: 0 };
	cacheDir = new URL('../../../node_modules/.cache/diagrams/', import.meta.url);

	private async getPages(): Promise<[Page, Page]> {
		this.browser ??= chromium.launch(chromiumLaunchOptions());
		const browser = this.browser;
		this.pages ??= (async () => {
			const open = async (themeVariables: object) => {
				const page = await (await browser).newPage();
				await page.setContent(
					'<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'
				);
				await page.addScriptTag({ path: mermaidScript });
				await page.evaluate(
					(settings) =>
						(globalThis as unknown as { mermaid: MermaidApi }).mermaid.initialize(settings),
					{ ...config, themeVariables }
				);
				return page;
			};
			return Promise.all([open(lightTheme), open(darkTheme)]);
		})();
		return this.pages;
	}

	private cacheKey(source: string, id: string): string {
		return createHash('sha256')
			.update(JSON.stringify({ source, id, mermaidVersion, config, lightTheme, darkTheme, v: 2 }))
			.digest('hex');
	}

	/**
	 * Starts the browser, loads mermaid and renders one small diagram now, so the first diagram a
	 * contributor adds in `astro dev` waits for none of it (mermaid's first render on a page is
	 * several times slower than the next ones). Failures surface on the first real render instead.
	 */
	warm(): void {
		const job = this.queue.then(() =>
			this.renderNow('flowchart LR\n  A[Warm] --> B[Up]\n', 'diagram-warm-up', false)
		);
		this.queue = job.catch(() => this.close().catch(() => undefined));
	}

	/** The merged SVG for a diagram; `id` prefixes every id inside it and must be unique on the page. */
	async render(source: string, id: string): Promise<RenderedDiagram> {
		const key = this.cacheKey(source, id);
		const file = new URL(`${key}.json`, this.cacheDir);
		try {
			const cached = JSON.parse(await readFile(file, 'utf8')) as RenderedDiagram;
			this.stats.cached++;
			return cached;
		} catch {
			// Not cached yet.
		}
		const underway = this.inflight.get(key);
		if (underway) {
			const { renderedIn: _, ...shared } = await underway;
			this.stats.cached++;
			return shared;
		}
		// One page, one diagram at a time: mermaid keeps global state between renders.
		const job = this.queue.then(() => this.renderNow(source, id));
		this.queue = job.catch(() => undefined);
		this.inflight.set(key, job);
		try {
			const rendered = await job;
			await mkdir(this.cacheDir, { recursive: true });
			const { renderedIn: _, ...stored } = rendered;
			await writeFile(file, JSON.stringify(stored));
			return rendered;
		} finally {
			this.inflight.delete(key);
		}
	}

	private async renderNow(source: string, id: string, count = true): Promise<RenderedDiagram> {
		const started = performance.now();
		const [lightPage, darkPage] = await this.getPages();
		const renderOn = (page: Page) =>
			page.evaluate(
				async ({ source, id }) => {
					const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
					try {
						await mermaid.parse(source);
					} catch (error) {
						const hash = (error as { hash?: { line?: number; loc?: { first_line?: number } } })
							.hash;
						return {
							error: String((error as Error).message ?? error),
							line:
								hash?.loc?.first_line ??
								(typeof hash?.line === 'number' ? hash.line + 1 : undefined),
						};
					}
					return { svg: (await mermaid.render(id, source)).svg };
				},
				{ source, id }
			);
		const [light, dark] = await Promise.all([renderOn(lightPage), renderOn(darkPage)]);
		// Lexer errors carry no location object, only "Lexical error on line 4" in the message.
		const lineOf = (error: string, line: number | undefined) =>
			line ?? (Number(/\bline (\d+)/i.exec(error)?.[1]) || undefined);
		if ('error' in light && light.error !== undefined)
			throw new DiagramSyntaxError(light.error, lineOf(light.error, light.line));
		if ('error' in dark && dark.error !== undefined)
			throw new DiagramSyntaxError(dark.error, lineOf(dark.error, dark.line));
		// The page shows a diagram no smaller than its text stays legible at (see global.css), so it
		// needs the smallest font size the diagram type uses, in the SVG's own units.
		const smallestFont = await lightPage.evaluate((svg) => {
			const host = document.createElement('div');
			host.innerHTML = svg;
			document.body.append(host);
			const root = host.querySelector('svg');
			const unit = root
				? root.getBoundingClientRect().width / (root.viewBox.baseVal.width || 1)
				: 1;
			let smallest = Infinity;
			for (const el of host.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
				const own = [...el.childNodes].some(
					(n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()
				);
				const matrix = el.getScreenCTM();
				if (!own || !matrix) continue;
				const size =
					(parseFloat(getComputedStyle(el).fontSize) * Math.hypot(matrix.a, matrix.b)) / unit;
				smallest = Math.min(smallest, size);
			}
			host.remove();
			return Number.isFinite(smallest) ? Math.round(smallest * 100) / 100 : 16;
		}, light.svg);
		if (count) this.stats.rendered++;
		const renderedIn = performance.now() - started;
		if (count) this.stats.milliseconds += renderedIn;
		return { svg: mergeThemes(light.svg, dark.svg), smallestFont, renderedIn };
	}

	async close(): Promise<void> {
		const browser = this.browser;
		this.browser = undefined;
		this.pages = undefined;
		if (browser) await (await browser).close();
	}
}

interface MermaidApi {
	initialize(config: object): void;
	parse(source: string): Promise<unknown>;
	render(id: string, source: string): Promise<{ svg: string }>;
}

/** One renderer per build process, shared by every MDX file. */
export const diagramRenderer = new DiagramRenderer();
