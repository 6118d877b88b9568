/**
 * Search benchmark: `npm run bench:search` (after `npm run build`). Prints
 * 1. recall of the fixture (tools/bench/search-queries.ts) through the real dialog, as top 1 and
 *    top 3 per language with every miss, for several Pagefind versions, each building the same
 *    dist/ with its own binary and serving its own runtime (PAGEFIND_VERSIONS=1.6.0 for just one);
 * 2. latency through the real dialog: first search including index load, and keystroke to
 *    rendered results on a warm index (median and p95);
 * 3. index size per language (files a search can fetch, not Pagefind's optional UI bundles).
 * Numbers are printed, never asserted. Parts 2 and 3 are also exported as `searchLatency` for
 * `npm run bench` (tools/bench/index.ts); importing this file runs nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/node/chromium.ts';
import { pagefindOptions } from '../../src/lib/search.ts';
import { enQueries, zhQueries } from './search-queries.ts';
import { measureRecall } from './search-recall.ts';
import { serve } from '../lib/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const locales = [
	['zh-cn', zhQueries],
	['en', enQueries],
] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

async function buildWithVersion(version: string): Promise<string> {
	const site = join(tmpdir(), `xkfg-bench-pagefind-${version}`);
	rmSync(site, { recursive: true, force: true });
	cpSync(dist, site, { recursive: true });
	rmSync(join(site, 'pagefind'), { recursive: true, force: true });
	const tool = join(tmpdir(), `xkfg-pagefind-${version}`);
	if (!existsSync(join(tool, 'node_modules', 'pagefind'))) {
		mkdirSync(tool, { recursive: true });
		execFileSync(
			'npm',
			['install', '--no-save', '--no-audit', '--no-fund', `pagefind@${version}`],
			{ cwd: tool, stdio: 'ignore' }
		);
	}
	const script = `
		const pagefind = await import(${JSON.stringify(join(tool, 'node_modules/pagefind/lib/index.js'))});
		for (const locale of ['en', 'zh-cn']) {
			const { index } = await pagefind.createIndex({ includeCharacters: '_' });
			await index.addDirectory({ path: ${JSON.stringify(site)}, glob: locale + '/**/*.html' });
			await index.writeFiles({ outputPath: ${JSON.stringify(site)} + '/pagefind/' + locale });
		}
		await pagefind.close();`;
	execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
	return site;
}

/** Recall of the fixture through the dialog: top 1 and top 3 per language, and the misses. */
export async function recallFor(page: Page, base: string) {
	const table: Record<string, Record<string, string>> = {};
	const misses: string[] = [];
	const percent = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;
	for (const [locale, queries] of locales) {
		const results = await measureRecall(page, locale, queries, base);
		const top1 = results.filter((r) => r.rank === 1).length;
		const top3 = results.filter((r) => r.rank >= 1 && r.rank <= 3).length;
		table[locale] = {
			'top 1': percent(top1, results.length),
			'top 3': percent(top3, results.length),
		};
		for (const r of results.filter((r) => r.rank !== 1))
			misses.push(
				`${locale} ${r.rank === 0 ? 'MISS ' : `top ${r.rank}`} “${r.query}” → ${r.expected || '(home)'}; ` +
					`shown: ${r.shown.slice(0, 3).join(', ') || 'nothing'}`
			);
	}
	return { table, misses };
}

/** In the page: opens the dialog and types `query` at once; resolves when results render. */
async function openAndType(query: string): Promise<number> {
	const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
	const started = performance.now();
	const rendered = new Promise<number>((resolve) =>
		dialog.addEventListener('search:rendered', () => resolve(performance.now() - started), {
			once: true,
		})
	);
	document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
	await new Promise<void>((resolve) => {
		const poll = () => (dialog.open ? resolve() : setTimeout(poll, 1));
		poll();
	});
	const input = document.querySelector<HTMLInputElement>('#search-input')!;
	input.value = query;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	return rendered;
}

async function dialogLatency(
	page: Page,
	base: string,
	locale: string,
	queries: readonly { query: string }[]
) {
	const query = queries[0]?.query ?? 'xen';
	// First search from nothing: open the dialog and type in the same instant, so loading Pagefind
	// and its index is all on the reader's wait (a keyboard user pressing Ctrl K and typing at once).
	await page.goto(`${base}/${locale}/`);
	const first = await page.evaluate(openAndType, query);
	// Warm: one keystroke (an input event) to rendered results, per fixture query.
	const warm = await page.evaluate(
		async (list) => {
			const dialog = document.querySelector('#search-dialog')!;
			const input = document.querySelector<HTMLInputElement>('#search-input')!;
			const times: number[] = [];
			for (const query of list) {
				// The dialog searches only when the query changes: the same query again renders nothing.
				if (query.trim() === input.value.trim()) continue;
				const started = performance.now();
				const rendered = new Promise<void>((resolve) => {
					const done = (event: Event) => {
						if ((event as CustomEvent<{ query: string }>).detail.query === query) {
							dialog.removeEventListener('search:rendered', done);
							resolve();
						}
					};
					dialog.addEventListener('search:rendered', done);
				});
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await rendered;
				await new Promise(requestAnimationFrame);
				times.push(performance.now() - started);
			}
			return times;
		},
		queries.map((q) => q.query)
	);
	return { first, warm };
}

/**
 * First search once the reader's pointer has reached the search button, which starts loading
 * Pagefind, its WebAssembly, the glossary terms and one index chunk; measured from opening the
 * dialog and typing, after those loads end.
 */
async function preloadedLatency(page: Page, base: string, locale: string, query: string) {
	await page.goto(`${base}/${locale}/`);
	await page.hover('[data-search-open]');
	// Until the preload is over: no new request for 300 ms, then an idle main thread.
	await page.evaluate(async () => {
		let count = -1;
		let quietSince = performance.now();
		while (performance.now() - quietSince < 300) {
			const now = performance.getEntriesByType('resource').length;
			if (now !== count) [count, quietSince] = [now, performance.now()];
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await new Promise((resolve) => requestIdleCallback(resolve));
	});
	return page.evaluate(openAndType, query);
}

function indexSize(site: string, locale: string) {
	const dir = join(site, 'pagefind', locale);
	let total = 0;
	const walk = (path: string) => {
		for (const name of readdirSync(path)) {
			const full = join(path, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (!/ui\.(js|css)$|playground/.test(name)) total += statSync(full).size;
		}
	};
	walk(dir);
	return total;
}

/**
 * Search latency through the real dialog for each language (5 fresh browser contexts each: first
 * search including index load, then every fixture query as one keystroke on the warm index), and
 * the index size on disk. Serves `site` on a free port of 127.0.0.1 for the duration.
 */
export async function searchLatency(
	browser: Browser,
	site = dist
): Promise<Record<string, Record<string, string>>> {
	if (!existsSync(join(site, 'pagefind')))
		throw new Error(`No search index in ${site}: build first.`);
	const server = await serve(site, 0);
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const latency: Record<string, Record<string, string>> = {};
	try {
		for (const [locale, queries] of locales) {
			const runs = [];
			const preloaded: number[] = [];
			for (let i = 0; i < 5; i++) {
				for (const measure of ['cold', 'preloaded'] as const) {
					const context = await browser.newContext();
					try {
						const page = await context.newPage();
						if (measure === 'cold') runs.push(await dialogLatency(page, base, locale, queries));
						else
							preloaded.push(
								await preloadedLatency(page, base, locale, queries[0]?.query ?? 'xen')
							);
					} finally {
						await context.close();
					}
				}
			}
			const warm = runs.flatMap((r) => r.warm);
			latency[locale] = {
				'first search, button pointed at first (median of 5), ms': median(preloaded).toFixed(0),
				'first search, typed on opening, incl. all loading (median of 5), ms': median(
					runs.map((r) => r.first)
				).toFixed(0),
				'keystroke → rendered, median, ms': median(warm).toFixed(1),
				'keystroke → rendered, p95, ms': p95(warm).toFixed(1),
				samples: String(warm.length),
				'index size on disk, KB': (indexSize(site, locale) / 1024).toFixed(0),
			};
		}
	} finally {
		server.close();
	}
	return latency;
}

async function main() {
	const versions = (process.env['PAGEFIND_VERSIONS'] ?? '1.4.0,1.5.2,1.6.0').split(',');
	const installed = JSON.parse(
		execFileSync('npm', ['ls', 'pagefind', '--json'], { cwd: root }).toString()
	).dependencies.pagefind.version as string;

	if (!existsSync(join(dist, 'pagefind'))) throw new Error('Run `npm run build` first.');

	const browser = await chromium.launch(chromiumLaunchOptions());
	const page = await browser.newPage();
	let port = 4410;

	console.log(
		'\nRecall through the dialog per Pagefind version, options',
		JSON.stringify(pagefindOptions)
	);
	const table: Record<string, Record<string, string>> = {};
	for (const version of versions) {
		const site = version === installed ? dist : await buildWithVersion(version);
		const server = await serve(site, ++port);
		const recall = await recallFor(page, `http://127.0.0.1:${port}`);
		server.close();
		const label = version + (version === installed ? ' (pinned)' : '');
		for (const [locale, row] of Object.entries(recall.table))
			for (const [measure, value] of Object.entries(row))
				(table[label] ??= {})[`${locale} ${measure}`] = value;
		if (version === installed) {
			console.log(`\nNot first with Pagefind ${installed} (top N = shown at N; MISS = not shown):`);
			for (const miss of recall.misses) console.log(`  ${miss}`);
		}
	}
	console.table(table);

	const [one, five] = loadavg();
	console.log(
		`\nSearch latency through the dialog, Pagefind ${installed}, localhost ` +
			`(load average ${one?.toFixed(1)} / ${five?.toFixed(1)} on ${cpus().length} cores: numbers on a busy machine run high)`
	);
	console.table(await searchLatency(browser));
	await browser.close();
}

// Run only as `node tools/bench/search.ts`, not when imported by tools/bench/index.ts.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
