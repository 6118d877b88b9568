/**
 * Diagram benchmark: `npm run bench:diagrams` (add `-- --builds` for the build timings).
 * 1. Legibility, over the dist/ already built: every diagram of every page at 1280 and 360 px, in
 *    both languages and both colour schemes, as the smallest rendered text in CSS px, with the
 *    geometry and Chinese line-break checks (tools/lib/diagram-legibility.ts). Exits 1 when any
 *    diagram is under the limits, so a contributor who adds a dense diagram learns it at once.
 * 2. The HTML weight the inline diagrams add to each page (raw and gzip).
 * 3. With `--builds`: builds the site twice, first with an empty diagram cache (cold) and then
 *    again (warm), and prints what the build log reports about diagrams and each build's wall time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/node/chromium.ts';
import {
	legibilityLimits,
	legibilityProblems,
	legibilityTable,
	markdownTable,
	measureDiagrams,
} from '../lib/diagram-legibility.ts';
import { builtPages } from '../lib/site.ts';
import { serve } from '../lib/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const cache = join(root, 'node_modules/.cache/diagrams');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--builds');
if (unknown.length) {
	console.error(
		`Unknown argument ${unknown.join(' ')}. Usage: npm run bench:diagrams [-- --builds]`
	);
	process.exit(1);
}

function build(label: string) {
	const started = performance.now();
	const log = execFileSync('npx', ['astro', 'build'], {
		cwd: root,
		env: { ...process.env, NO_COLOR: '1' },
	}).toString();
	const wall = (performance.now() - started) / 1000;
	const line = /\[diagrams\] (\d+) rendered, (\d+) from cache, ([\d.]+) s/.exec(log);
	return {
		build: label,
		rendered: Number(line?.[1]),
		'from cache': Number(line?.[2]),
		'diagram rendering, s': Number(line?.[3]),
		'whole build, s': Number(wall.toFixed(1)),
	};
}

if (args.includes('--builds')) {
	rmSync(cache, { recursive: true, force: true });
	const cold = build('cold (empty cache)');
	const warm = build('warm (cache filled)');
	console.log('\nDiagram rendering, one browser session per build');
	console.table([cold, warm]);
}

const diagramPages = (await builtPages(dist))
	.filter((page) => /<figure class="diagram[\s"]/.test(page.html))
	.map((page) => page.url);
const server = await serve(dist, 0);
const browser = await chromium.launch(chromiumLaunchOptions());
let problems: string[];
try {
	const page = await browser.newPage({
		baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
	});
	const measurements = await measureDiagrams(page, diagramPages);
	console.log(
		`\nSmallest diagram text in CSS px (computed font size × on-screen scale, worse of light and dark); limits: ${Object.entries(
			legibilityLimits
		)
			.map(([width, px]) => `≥ ${px} px at ${width}`)
			.join(', ')}\n`
	);
	console.log(markdownTable(legibilityTable(measurements)));
	problems = legibilityProblems(measurements);
	if (measurements.length === 0)
		problems.push(`no diagrams found in ${dist}: run \`npm run build\` first`);
} finally {
	await browser.close();
	server.close();
}

const pages: Record<string, Record<string, number>> = {};
const walk = (dir: string) => {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full);
		else if (name.endsWith('.html')) {
			const html = readFileSync(full, 'utf8');
			const figures = html.match(/<figure class="diagram[\s"][\s\S]*?<\/figure>/g) ?? [];
			if (!figures.length) continue;
			const svg = figures.join('');
			pages[full.slice(dist.length)] = {
				diagrams: figures.length,
				'diagram HTML, KB': Number((svg.length / 1024).toFixed(1)),
				'diagram HTML gzip, KB': Number((gzipSync(svg).length / 1024).toFixed(1)),
				'whole page gzip, KB': Number((gzipSync(html).length / 1024).toFixed(1)),
			};
		}
	}
};
walk(dist);
console.log('\nHTML weight the inline diagrams add (no diagram JavaScript is shipped)');
console.table(pages);

if (problems.length) {
	console.log(`\n✗ ${problems.length} diagram problem${problems.length === 1 ? '' : 's'}:`);
	for (const problem of problems) console.log(`  ${problem}`);
	process.exitCode = 1;
} else console.log('\n✓ every diagram is legible at every width, in both languages and themes');
