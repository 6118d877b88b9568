/**
 * What happens at 1,000 pages: `npm run bench:scale [-- --pairs=10,100,1000] [--no-search]`.
 * For each N, copies the project to a temporary folder (content/ is never touched), adds N
 * synthetic page pairs (English + Chinese) made from the real non-index pages (same folder, so
 * relative links hold; title and heading text unchanged, so they compete with the originals in
 * search), builds it cold (no .astro, no diagram cache) and warm, and prints per N: build times,
 * time per page, diagram renders and cache hits, peak memory of the build process, search index
 * size per language, first-search latency and top-3 recall of the search fixture, and dist size.
 * Numbers are printed, never asserted; the machine's load average is printed beside them.
 */
import { execFile } from 'node:child_process';
import {
	cp,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rm,
	stat,
	symlink,
	writeFile,
} from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { chromiumLaunchOptions } from '../../src/node/chromium.ts';
import { serve } from '../lib/static-server.ts';
import { recallFor, searchLatency } from './search.ts';

const root = new URL('../../', import.meta.url).pathname;
const usage = 'Usage: npm run bench:scale [-- --pairs=10,100,1000] [--no-search]';
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !/^--pairs=[\d,]+$/.test(arg) && arg !== '--no-search');
if (unknown.length) {
	console.error(`Unknown argument ${unknown.join(' ')}. ${usage}`);
	process.exit(1);
}
const pairs = (args.find((arg) => arg.startsWith('--pairs='))?.slice(8) ?? '10,100,1000')
	.split(',')
	.map(Number);
const withSearch = !args.includes('--no-search');

/** What a build needs; node_modules is linked entry by entry, its diagram cache is not. */
const projectEntries = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
];

async function copyProject(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'xkfg-scale-'));
	for (const entry of projectEntries)
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	await mkdir(join(dir, 'node_modules'));
	for (const name of await readdir(join(root, 'node_modules'))) {
		// A cold build: no diagram cache and no Vite/Astro caches of the project's own builds.
		if (name === '.cache' || name === '.astro' || name === '.vite') continue;
		await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
	}
	return dir;
}

/** The English doc pages a synthetic page can be made from (index pages would move their links). */
async function sourcePages(dir: string): Promise<string[]> {
	const en = join(dir, 'content/docs/en');
	return (await readdir(en, { recursive: true }))
		.map(String)
		.filter((file) => file.endsWith('.mdx') && !file.endsWith('index.mdx'))
		.sort();
}

/** Adds `count` page pairs: `<page>-copy-<i>.mdx` beside each source, in both languages. */
async function addPairs(dir: string, count: number) {
	const sources = await sourcePages(dir);
	for (let i = 0; i < count; i++) {
		const source = sources[i % sources.length] ?? '';
		const copy = source.replace(/\.mdx$/, `-copy-${i + 1}.mdx`);
		for (const locale of ['en', 'zh-cn']) {
			const text = await readFile(join(dir, 'content/docs', locale, source), 'utf8');
			// Out of the header and far down the sidebar; the title says which copy it is.
			const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			const data = (parse(yaml) ?? {}) as Record<string, unknown>;
			data['title'] = `${String(data['title'])} (${i + 1})`;
			if ('shortTitle' in data) data['shortTitle'] = `${String(data['shortTitle'])} (${i + 1})`;
			if ('header' in data) data['header'] = false;
			data['order'] = 1000 + i;
			const front = `---\n${stringify(data)}---\n${body}`;
			await writeFile(join(dir, 'content/docs', locale, copy), front);
		}
	}
}

interface Build {
	seconds: number;
	peakMb: number;
	pages: number;
	rendered: number;
	cached: number;
}

function build(dir: string, logFile: string): Promise<Build> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		// GNU time reports the peak resident memory of the build's Node process (%M, KB);
		// the diagram renderer's Chromium processes are not in it.
		execFile(
			'/usr/bin/time',
			['-f', 'peak-kb %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
			{
				cwd: dir,
				env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
				maxBuffer: 256 * 1024 * 1024,
			},
			(error, stdout, stderr) => {
				const log = stdout + stderr;
				void writeFile(logFile, log);
				if (error)
					return reject(new Error(`build failed:\n${log.split('\n').slice(-30).join('\n')}`));
				const diagrams = /\[diagrams\] (\d+) rendered, (\d+) from cache/.exec(log);
				resolve({
					seconds: (performance.now() - started) / 1000,
					peakMb: Number(/peak-kb (\d+)/.exec(log)?.[1] ?? 0) / 1024,
					pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
					rendered: Number(diagrams?.[1] ?? 0),
					cached: Number(diagrams?.[2] ?? 0),
				});
			}
		);
	});
}

async function sizeOf(path: string): Promise<number> {
	let total = 0;
	for (const file of await readdir(path, { recursive: true })) {
		const info = await stat(join(path, String(file)));
		if (info.isFile()) total += info.size;
	}
	return total;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const rows: string[][] = [];

for (const n of pairs) {
	const dir = await copyProject();
	try {
		await addPairs(dir, n);
		const loadBefore = load();
		// The logs stay for a look at which build stage grew (Astro prints each stage's time).
		const logs = (kind: string) => join(tmpdir(), `xkfg-scale-${n}-${kind}.log`);
		const cold = await build(dir, logs('cold'));
		const warm = await build(dir, logs('warm'));
		const dist = join(dir, 'dist');
		const row = [
			String(n),
			String(cold.pages),
			cold.seconds.toFixed(0),
			warm.seconds.toFixed(0),
			((1000 * cold.seconds) / cold.pages).toFixed(0),
			((1000 * warm.seconds) / warm.pages).toFixed(0),
			`${cold.rendered} / ${cold.cached}`,
			`${warm.rendered} / ${warm.cached}`,
			Math.max(cold.peakMb, warm.peakMb).toFixed(0),
			mb(await sizeOf(join(dist, 'pagefind/en'))),
			mb(await sizeOf(join(dist, 'pagefind/zh-cn'))),
		];
		if (withSearch) {
			const browser = await chromium.launch(chromiumLaunchOptions());
			try {
				const latency = await searchLatency(browser, dist);
				const first = (locale: string) =>
					latency[locale]?.[
						'first search, typed on opening, incl. all loading (median of 5), ms'
					] ?? '?';
				const server = await serve(dist, 0);
				const page = await browser.newPage();
				const recall = await recallFor(
					page,
					`http://127.0.0.1:${(server.address() as AddressInfo).port}`
				);
				server.close();
				const top3 = (locale: string) => recall.table[locale]?.['top 3']?.replace(/ .*/, '') ?? '?';
				row.push(first('en'), first('zh-cn'), top3('en'), top3('zh-cn'));
			} finally {
				await browser.close();
			}
		} else row.push('–', '–', '–', '–');
		row.push(mb(await sizeOf(dist)), `${loadBefore}–${load()}`);
		rows.push(row);
		console.log(`N = ${n} done: ${row.join(' | ')} (build logs: ${logs('cold')}, ${logs('warm')})`);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const headers = [
	'pairs N',
	'pages',
	'cold s',
	'warm s',
	'cold ms/page',
	'warm ms/page',
	'diagrams cold (rendered / cache hits)',
	'diagrams warm',
	'peak MB',
	'index en MB',
	'index zh MB',
	'first search en ms',
	'first search zh ms',
	'top 3 en',
	'top 3 zh',
	'dist MB',
	'load avg',
];
console.log(`\n| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
	`\n${cpus().length} cores; project ${relative(process.cwd(), root) || '.'}; synthetic pages are ` +
		'verbatim copies of the real non-index pages (their diagrams hit the cache after the first ' +
		'render of each, and they compete with their originals in search).'
);
