/**
 * Diagram previews in `astro dev`: `npm run bench:dev`.
 * Starts the dev server on a temporary copy of the project, adds a mermaid diagram to a page and
 * then edits it twice, and prints for each step how long it took from saving the file to the page
 * serving the new diagram, and the render time the server reported for it; a prose edit first
 * gives the floor (the page's own recompile, which every edit pays). The first diagram may
 * wait for the browser the server starts at launch; later ones should be visible in 2 s or less.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '../lib/dev-server.ts';
import { copyProject } from '../lib/fixture.ts';

const page = 'content/docs/en/about.mdx';
const url = '/en/about/';
// Unique per run: the diagram cache (node_modules/.cache/diagrams) would serve a repeated label.
const run = Date.now().toString(36);
const edits = ['first', 'second', 'third'].map((label) => `${label}${run}`);

const diagram = (label: string) =>
	`\n\`\`\`mermaid\nflowchart LR\n  accTitle: Bench diagram\n  accDescr: A diagram the dev benchmark edits.\n  A[Saved] --> B[Bench${label}]\n\`\`\`\n`;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const dir = await copyProject('xkfg-bench-dev-');
const server = await startDevServer(dir, await freePort()).catch(async (error: unknown) => {
	await rm(dir, { recursive: true, force: true });
	throw error;
});
const rows: Record<string, string | number>[] = [];
try {
	let started = performance.now();
	const load = async () => (await fetch(server.url + url)).text();
	await load();
	console.log(`page compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`);

	// The floor: a prose edit goes through the same reload without any diagram to render.
	started = performance.now();
	await appendFile(join(dir, page), '\nBenchprose paragraph.\n');
	while (!(await load()).includes('Benchprose')) await new Promise((r) => setTimeout(r, 50));
	rows.push({
		edit: 'a paragraph (no diagram)',
		'saved → visible, s': Number(((performance.now() - started) / 1000).toFixed(2)),
		'render (server log), s': '–',
	});

	for (const [index, label] of edits.entries()) {
		const from = server.output().length;
		started = performance.now();
		if (index === 0) await appendFile(join(dir, page), diagram(label));
		else {
			const text = await readFile(join(dir, page), 'utf8');
			await writeFile(join(dir, page), text.replace(`Bench${edits[index - 1]}`, `Bench${label}`));
		}
		// Reload as a contributor's browser would until the page shows the new text.
		while (!(await load()).includes(`Bench${label}`)) {
			if (performance.now() - started > 120_000)
				throw new Error(`edit "${label}" never showed. Server:\n${server.output().slice(-3000)}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const visible = (performance.now() - started) / 1000;
		const reported = /about\.mdx:\d+ rendered in ([\d.]+) s/.exec(server.output().slice(from));
		rows.push({
			edit: `${label.replace(run, '')}${index === 0 ? ' (new diagram)' : ''}`,
			'saved → visible, s': Number(visible.toFixed(2)),
			'render (server log), s': reported ? Number(reported[1]) : 'not reported',
		});
	}
} finally {
	await server.stop();
	await rm(dir, { recursive: true, force: true });
}
console.table(rows);
