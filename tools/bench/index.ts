/**
 * The performance table: `npm run bench` (`-- --skip-build` to measure the dist/ already there,
 * `-- --only=lighthouse` (or build, bytes, search; comma-separated) for some sections, `-- --runs=N`
 * for N Lighthouse runs per page, 3 by default, `-- --dist=<folder>` to measure another build).
 * Prints, as Markdown tables:
 * 1. build wall time, cold (no diagram cache, .astro or dist/) and warm, with the diagram line of
 *    the build log;
 * 2. bytes per page type as Chromium loads it from dist/ (every request until network idle),
 *    each body gzip-compressed as the static server sends it, against the anchor of a Starlight
 *    site on the same topics;
 * 3. Lighthouse (default config: mobile emulation, simulated throttling): the median of N runs
 *    per page of each category score, then per page type and language the median performance
 *    score, Total Blocking Time and the other metrics, the DOM size Lighthouse counted, and the
 *    machine's load average while the page was measured; for any category under 100, the audits
 *    that keep it there;
 * 4. search latency through the dialog (the latency part of `npm run bench:search`; recall per
 *    Pagefind version stays there because it is slow).
 * Numbers are printed, never asserted. Run it on a quiet machine: it builds in, and serves, the
 * project it lives in.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumLaunchOptions, findChromium } from '../../src/node/chromium.ts';
import { searchLatency } from './search.ts';
import { serve } from '../lib/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const distArg = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
const sections = ['build', 'bytes', 'lighthouse', 'search'] as const;
type Section = (typeof sections)[number];
const usage = `Usage: npm run bench [-- --skip-build] [--only=${sections.join(',')}] [--runs=3] [--dist=<built site>]`;

const args = process.argv.slice(2);
const unknown = args.filter(
	(arg) =>
		arg !== '--skip-build' &&
		!/^--only=[\w,]+$/.test(arg) &&
		!/^--runs=\d+$/.test(arg) &&
		!arg.startsWith('--dist=')
);
if (unknown.length) fail(`Unknown argument ${unknown.join(' ')}. ${usage}`);
const only = args
	.find((arg) => arg.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const badSection = only?.find((name) => !sections.includes(name as Section));
if (badSection) fail(`Unknown section ${badSection}. ${usage}`);
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
if (runs < 1) fail(`--runs must be at least 1. ${usage}`);
const wanted = (section: Section) => !only || only.includes(section);
const skipBuild = args.includes('--skip-build') || !wanted('build') || distArg !== undefined;
/** Another built site (a copy of an older dist/, say) can be measured with --dist, never built. */
const dist = distArg ? resolve(distArg) : join(root, 'dist');

/** The page types measured, each in both languages; `anchor` is the Starlight site's gzip KB. */
const pageTypes = [
	{ type: 'home', slug: '', anchor: 54 },
	{ type: 'diagrams (xen/pv-vs-hvm)', slug: 'xen/pv-vs-hvm/', anchor: 251 },
	// Two diagrams: Starlight ships mermaid's client bundle on such a page, as on the diagram page.
	{ type: 'comparison', slug: 'comparison/', anchor: 251 },
	{ type: 'glossary', slug: 'glossary/', anchor: 54 },
	// Long data tables, no diagrams.
	{ type: 'data tables (kvm/modules)', slug: 'kvm/modules/', anchor: 54 },
] as const;
const locales = ['en', 'zh-cn'] as const;
const pages: { type: string; locale: string; path: string; anchor: number }[] = [
	...pageTypes.flatMap((pageType) =>
		locales.map((locale) => ({ ...pageType, locale, path: `/${locale}/${pageType.slug}` }))
	),
	// Both languages on one page, the diagram page's two twins: twice the content of either.
	{
		type: 'parallel view (xen/pv-vs-hvm)',
		locale: 'both',
		path: '/parallel/xen/pv-vs-hvm/',
		anchor: 251,
	},
];

// ---------------------------------------------------------------------------------------------
// Output and clean-up

function fail(message: string): never {
	console.error(`\nbench: ${message}`);
	process.exit(1);
}

/** Prints a Markdown table; columns whose cells are all numbers are right-aligned. */
function printTable(headers: string[], rows: (string | number)[][]) {
	const cells = rows.map((row) => row.map(String));
	const numeric = headers.map((_, i) =>
		rows.every((row) => typeof row[i] === 'number' || /^[\d.,×%<>≤ -]+$/.test(String(row[i])))
	);
	const widths = headers.map((header, i) =>
		Math.max(3, header.length, ...cells.map((row) => (row[i] ?? '').length))
	);
	const line = (row: string[]) =>
		`| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
	console.log(line(headers));
	console.log(
		`| ${widths.map((width, i) => (numeric[i] ? '-'.repeat(width - 1) + ':' : '-'.repeat(width))).join(' | ')} |`
	);
	for (const row of cells) console.log(line(row));
}

const heading = (text: string) => console.log(`\n## ${text}\n`);
const note = (text: string) => console.log(`\n> ${text}`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Everything started here that must not outlive the process, newest first on exit. */
const cleanups: (() => unknown)[] = [];
async function cleanUp() {
	for (const cleanup of cleanups.splice(0).reverse()) {
		try {
			await cleanup();
		} catch {
			// Already gone.
		}
	}
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

async function serveDist(): Promise<{ server: Server; base: string }> {
	const server = await serve(dist, 0);
	cleanups.push(() => server.close());
	return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch(chromiumLaunchOptions());
	cleanups.push(() => browser.close());
	return browser;
}

// ---------------------------------------------------------------------------------------------
// 1. Build time

function astroBuild(): Promise<{ ms: number; log: string }> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['astro', 'build'], {
			cwd: root,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		cleanups.push(() => child.exitCode === null && child.kill());
		let log = '';
		child.stdout.on('data', (chunk: Buffer) => (log += chunk));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve({ ms: performance.now() - started, log });
			else {
				const tail = log.trimEnd().split('\n').slice(-30).join('\n');
				reject(
					new Error(`\`npx astro build\` exited with ${code}; last lines of its log:\n${tail}`)
				);
			}
		});
	});
}

async function buildTimes() {
	heading('1. Build time (`npx astro build`)');
	for (const path of ['node_modules/.cache/diagrams', '.astro', 'dist'])
		rmSync(join(root, path), { recursive: true, force: true });
	const rows = [];
	for (const label of ['cold (no diagram cache, .astro, dist)', 'warm (right after)']) {
		const { ms, log } = await astroBuild();
		// "[diagrams] 22 rendered, 0 from cache, 5.8 s of rendering (one browser session)"
		const diagrams = /\[diagrams\] (\d+ rendered, \d+ from cache)(?:, ([\d.]+) s)?/.exec(log);
		rows.push([
			label,
			seconds(ms),
			diagrams?.[1] ?? 'no [diagrams] line in the log',
			diagrams?.[2] ?? '–',
		]);
	}
	printTable(['build', 'wall time, s', 'diagrams', 'diagram rendering, s'], rows);
	note(`Project: ${root}; ${process.platform}, Node ${process.version}.`);
}

// ---------------------------------------------------------------------------------------------
// 2. Bytes per page type

interface Loaded {
	url: string;
	kind: 'HTML' | 'CSS' | 'JS' | 'other';
	status: number;
	raw: number;
	gzip: number;
}

/** Types a server would gzip; anything else (images, fonts) is counted as it is. */
const compressible = /^text\/|javascript|json|xml|svg|wasm/;

async function pageBytes(browser: Browser, base: string) {
	heading('2. Bytes per page type (gzip, everything requested on load until network idle)');
	const rows = [];
	const seen = new Map<string, { resource: Loaded; pages: number }>();
	for (const page of pages) {
		const context = await browser.newContext();
		try {
			const tab = await context.newPage();
			const responses: Promise<Loaded>[] = [];
			let failed = 0;
			tab.on('requestfailed', () => failed++);
			tab.on('response', (response) => {
				const type = response.request().resourceType();
				responses.push(
					response
						.body()
						.catch(() => Buffer.alloc(0))
						.then((body) => ({
							url: response.url().replace(base, ''),
							kind:
								type === 'document'
									? 'HTML'
									: type === 'stylesheet'
										? 'CSS'
										: type === 'script'
											? 'JS'
											: 'other',
							status: response.status(),
							raw: body.length,
							gzip: compressible.test(response.headers()['content-type'] ?? '')
								? gzipSync(body).length
								: body.length,
						}))
				);
			});
			const response = await tab.goto(base + page.path, { waitUntil: 'networkidle' });
			if (response?.status() !== 200)
				throw new Error(`${page.path} answered ${response?.status()}: is dist/ complete?`);
			const loaded = await Promise.all(responses);
			const sum = (kind?: Loaded['kind']) =>
				loaded.filter((r) => !kind || r.kind === kind).reduce((total, r) => total + r.gzip, 0);
			const total = sum();
			for (const resource of loaded) {
				if (resource.kind === 'HTML') continue;
				const entry = seen.get(resource.url) ?? { resource, pages: 0 };
				entry.pages++;
				seen.set(resource.url, entry);
			}
			const bad = loaded.filter((r) => r.status >= 400).length + failed;
			rows.push([
				page.path,
				sum('HTML'),
				sum('CSS'),
				sum('JS'),
				sum('other'),
				total,
				kb(total),
				loaded.length + failed + (bad ? ` (${bad} failed)` : ''),
				page.anchor,
				`${((100 * total) / (page.anchor * 1024)).toFixed(1)} %`,
				total < (page.anchor * 1024) / 4 ? 'yes' : 'NO',
			]);
		} finally {
			await context.close();
		}
	}
	printTable(
		[
			'page',
			'HTML B',
			'CSS B',
			'JS B',
			'other B',
			'total B',
			'total KB',
			'requests',
			'anchor KB',
			'of anchor',
			'< 1/4',
		],
		rows
	);
	note(
		'Anchor: a Starlight site on the same topics ships 54–251 KB gzip per page, up to 228 KB of it ' +
			'mermaid JavaScript on pages with diagrams. Pages without diagrams (home, glossary) are ' +
			'compared with the 54 KB end, pages with diagrams (pv-vs-hvm, comparison) with the 251 KB ' +
			'end. Target: under a quarter.'
	);
	note(
		'Sizes are each response body gzipped with node:zlib (level 6, the usual server default); ' +
			'images and fonts would count as sent. CSS inlined in the HTML counts as HTML. KB = 1024 ' +
			'bytes. A fresh browser context per page, so nothing is cached.'
	);
	console.log(
		`\nSub-resources loaded (gzip bytes; pages = how many of the ${pages.length} pages load it):\n`
	);
	printTable(
		['resource', 'type', 'raw B', 'gzip B', 'pages'],
		[...seen.values()]
			.sort((a, b) => b.pages - a.pages || b.resource.gzip - a.resource.gzip)
			.map(({ resource, pages }) => [
				resource.url,
				resource.kind,
				resource.raw,
				resource.gzip,
				pages,
			])
	);
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const failingModes = new Set(['binary', 'numeric', 'metricSavings', 'error']);

/** The middle value (the lower middle of an even count). */
const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

async function lighthouseScores(base: string) {
	heading(
		`3. Lighthouse, default config (mobile emulation, simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'}`
	);
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium() ?? chromium.executablePath(),
		chromeFlags: [
			'--headless=new',
			...(isRoot ? ['--no-sandbox'] : []),
			...(chromiumLaunchOptions().args ?? []).filter((flag) => flag !== '--no-sandbox'),
		],
		logLevel: 'silent',
	});
	cleanups.push(() => chrome.kill());
	const rows = [];
	const metrics = [];
	/** Failing audits by category and id, with the pages they fail on. */
	const failing = new Map<string, { weight: number; title: string; pages: string[] }>();
	const errors: string[] = [];
	const warnings = new Set<string>();
	let version = '';
	const started = performance.now();
	for (const page of pages) {
		const results: Result[] = [];
		const load = [loadavg()[0] ?? 0];
		for (let run = 0; run < runs; run++) {
			const result = await lighthouse(base + page.path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
			results.push(result.lhr);
			load.push(loadavg()[0] ?? 0);
		}
		const lhrs = results;
		version = lhrs[0]?.lighthouseVersion ?? version;
		for (const lhr of lhrs) {
			if (lhr.runtimeError) errors.push(`${page.path}: ${lhr.runtimeError.message}`);
			for (const warning of lhr.runWarnings) warnings.add(String(warning));
		}
		const score = (lhr: Result, id: string) => {
			const value = lhr.categories[id]?.score;
			return value === null || value === undefined ? NaN : Math.round(value * 100);
		};
		const numeric = (id: string) => lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN);
		rows.push([page.path, ...categories.map((id) => median(lhrs.map((lhr) => score(lhr, id))))]);
		const ms = (id: string) => Math.round(median(numeric(id)));
		const s = (id: string) => (median(numeric(id)) / 1000).toFixed(1);
		// Lighthouse 13 reports DOM size as an insight; older versions as the dom-size audit.
		const domSize = lhrs[0]?.audits['dom-size-insight'] ?? lhrs[0]?.audits['dom-size'];
		const depth = (
			domSize?.details as { items?: { statistic?: string; value?: { value?: number } }[] }
		)?.items?.find((item) => /depth/i.test(item.statistic ?? ''))?.value?.value;
		metrics.push([
			page.type,
			page.locale,
			median(lhrs.map((lhr) => score(lhr, 'performance'))),
			lhrs.map((lhr) => score(lhr, 'performance')).join(' '),
			ms('total-blocking-time'),
			numeric('total-blocking-time')
				.map((value) => Math.round(value))
				.join(' '),
			s('first-contentful-paint'),
			s('largest-contentful-paint'),
			s('speed-index'),
			median(numeric('cumulative-layout-shift')).toFixed(3),
			Number.isFinite(domSize?.numericValue) ? Math.round(domSize?.numericValue ?? 0) : '–',
			depth ?? '–',
			`${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`,
		]);
		for (const id of categories) {
			const medianLhr =
				lhrs.find((lhr) => score(lhr, id) === median(lhrs.map((l) => score(l, id)))) ?? lhrs[0];
			const category = medianLhr?.categories[id];
			if (!medianLhr || !category || Math.round((category.score ?? 0) * 100) === 100) continue;
			for (const ref of category.auditRefs) {
				const audit = medianLhr.audits[ref.id];
				if (!audit || !failingModes.has(audit.scoreDisplayMode)) continue;
				const errored = audit.scoreDisplayMode === 'error';
				if (!errored && (audit.score === null || audit.score >= 1)) continue;
				const key = `${id} · \`${ref.id}\``;
				const entry = failing.get(key) ?? { weight: ref.weight, title: audit.title, pages: [] };
				entry.pages.push(
					`${page.path} ` +
						(errored
							? `error: ${audit.errorMessage ?? '?'}`
							: `${audit.displayValue ? `${audit.displayValue}, ` : ''}score ${audit.score}`)
				);
				failing.set(key, entry);
			}
		}
	}
	const elapsed = performance.now() - started;
	printTable(['page', ...categories], rows);
	console.log(
		`\nPerformance per page type and language (simulated mobile; medians of ${runs}, each run's value after it):\n`
	);
	printTable(
		[
			'page type',
			'lang',
			'perf',
			'perf runs',
			'TBT ms',
			'TBT runs',
			'FCP s',
			'LCP s',
			'SI s',
			'CLS',
			'elements',
			'depth',
			'load avg',
		],
		metrics
	);
	const list = (weighted: boolean) => {
		const lines = [...failing]
			.filter(([, { weight }]) => weight > 0 === weighted)
			.map(([key, { weight, title, pages }]) => {
				const where = pages.map((page) => `  - ${page}`).join('\n');
				return `- ${key} — ${title}${weighted ? ` (weight ${weight})` : ''}\n${where}`;
			});
		console.log(lines.length ? lines.join('\n') : '- none');
	};
	console.log(
		'\nFailing audits that cost points (weight > 0) in a category under 100 (median run):\n'
	);
	list(true);
	console.log(
		'\nAlso flagged in those categories (weight 0: insights and diagnostics, no effect on the score):\n'
	);
	list(false);
	for (const error of errors) note(`Lighthouse runtime error: ${error}`);
	note(
		`Lighthouse ${version}, Chromium at ${findChromium() ?? chromium.executablePath()}, ` +
			`${pages.length * runs} runs in ${seconds(elapsed)} s. Served from http://127.0.0.1 with gzip and ` +
			'the cache headers of a typical static host (tools/lib/static-server.ts). Canonical and ' +
			'hreflang links point to the public site URL, not to localhost. Load avg: the 1-minute ' +
			`load average before and after each run of the page, on ${cpus().length} cores; Lighthouse ` +
			'simulates throttling, so scores move less with load than observed timings would, but TBT ' +
			'still grows on a busy machine.'
	);
	for (const warning of warnings) note(`Lighthouse warning: ${warning}`);
}

// ---------------------------------------------------------------------------------------------
// 4. Search latency

async function searchTimes(browser: Browser) {
	const pagefind = JSON.parse(
		readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')
	) as { version: string };
	heading(`4. Search latency through the dialog (Pagefind ${pagefind.version}, localhost)`);
	const latency = await searchLatency(browser, dist);
	const measures = Object.keys(Object.values(latency)[0] ?? {});
	printTable(
		['measure', ...Object.keys(latency)],
		measures.map((measure) => [
			measure,
			...Object.values(latency).map((values) => values[measure] ?? ''),
		])
	);
	note('Recall per Pagefind version: `npm run bench:search`.');
}

// ---------------------------------------------------------------------------------------------

const started = performance.now();
try {
	console.log(`# Xen & KVM Field Guide — performance (${new Date().toISOString()})`);
	if (!skipBuild) await buildTimes();
	else if (wanted('build')) {
		heading('1. Build time');
		console.log('Skipped (--skip-build): measuring the dist/ that is there.');
	}
	const missing = pages.filter(({ path }) => !existsSync(join(dist, path, 'index.html')));
	if (missing.length)
		fail(
			`${dist} is ${existsSync(dist) ? `missing ${missing.map((p) => p.path).join(', ')}` : 'missing'}. ` +
				(skipBuild
					? 'Build first (`npm run build`) or drop --skip-build.'
					: 'The build did not write it.')
		);
	const { base } = await serveDist();
	if (wanted('bytes')) {
		const browser = await launchBrowser();
		await pageBytes(browser, base);
		await browser.close();
	}
	if (wanted('lighthouse')) await lighthouseScores(base);
	if (wanted('search')) await searchTimes(await launchBrowser());
	console.log(`\nWhole bench: ${seconds(performance.now() - started)} s.`);
} catch (error) {
	console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await cleanUp();
}
