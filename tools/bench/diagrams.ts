/**
 * Diagram benchmark: `npm run bench:diagrams`. Builds the site twice, first with an empty diagram
 * cache (cold) and then again (warm), and prints what the build log reports about diagrams, the
 * wall time of each build, and how many bytes the inline SVG adds to each page (raw and gzip).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/diagrams');

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

rmSync(cache, { recursive: true, force: true });
const cold = build('cold (empty cache)');
const warm = build('warm (cache filled)');
console.log('\nDiagram rendering, one browser session per build');
console.table([cold, warm]);

const pages: Record<string, Record<string, number>> = {};
const walk = (dir: string) => {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full);
		else if (name.endsWith('.html')) {
			const html = readFileSync(full, 'utf8');
			const figures = html.match(/<figure class="diagram"[\s\S]*?<\/figure>/g) ?? [];
			if (!figures.length) continue;
			const svg = figures.join('');
			pages[full.slice(join(root, 'dist').length)] = {
				diagrams: figures.length,
				'diagram HTML, KB': Number((svg.length / 1024).toFixed(1)),
				'diagram HTML gzip, KB': Number((gzipSync(svg).length / 1024).toFixed(1)),
				'whole page gzip, KB': Number((gzipSync(html).length / 1024).toFixed(1)),
			};
		}
	}
};
walk(join(root, 'dist'));
console.log('\nHTML weight the inline diagrams add (no diagram JavaScript is shipped)');
console.table(pages);
