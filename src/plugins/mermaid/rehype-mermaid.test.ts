import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, onTestFinished, test, vi } from 'vitest';
import { devMode } from './dev-mode';
import { rehypeMermaid } from './rehype-mermaid';
import { diagramRenderer } from './renderer';

// The real renderer: mermaid in headless Chromium, started once for this file (slow on a busy
// machine, hence the longer timeout).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
afterAll(() => diagramRenderer.close());

const page = '/repo/content/docs/en/about.mdx';

/** A page whose ```mermaid fence opens on `line`, as the MDX compiler hands it to rehype. */
function pageWithDiagram(source: string, line = 20): Root {
	const code: Element = {
		type: 'element',
		tagName: 'code',
		properties: { className: ['language-mermaid'] },
		children: [{ type: 'text', value: source }],
	};
	const pre: Element = {
		type: 'element',
		tagName: 'pre',
		properties: {},
		children: [code],
		position: { start: { line, column: 1 }, end: { line: line + 6, column: 4 } },
	};
	return { type: 'root', children: [pre] };
}

async function failure(source: string): Promise<string> {
	try {
		await rehypeMermaid()(pageWithDiagram(source), new VFile({ path: page }));
	} catch (error) {
		const { message, file } = error as { message: string; file?: string };
		return `${file}: ${message}`;
	}
	throw new Error('expected the diagram to stop the build');
}

const diagram = (statement: string) =>
	`flowchart TB\n  accTitle: Broken\n  accDescr: A diagram with an error.\n  ${statement}\n`;

test('a diagram without accTitle and accDescr is refused before anything renders', async () => {
	expect(await failure('flowchart TB\n  A --> B\n')).toBe(
		`${page}: Every mermaid diagram needs a one-line \`accTitle: …\` and \`accDescr: …\` (its caption and text description).`
	);
});

test('a parse error names the line in the page file and mermaid’s message', async () => {
	// The fence opens on line 20; the bad statement is the diagram's fourth line, line 24.
	const message = await failure(diagram('A --> B -->'));
	expect(message).toContain(`${page}: Mermaid cannot parse this diagram (line 24): `);
	expect(message).toMatch(/Parse error|Expecting/);
});

test('a lexer error names the line mermaid found it on, not the fence', async () => {
	expect(await failure(diagram('A --> --> B[[['))).toContain(
		'Mermaid cannot parse this diagram (line 24)'
	);
});

test('in astro dev, a parse error is an error box with the place and mermaid’s message, and is logged', async () => {
	const logged: string[] = [];
	Object.assign(devMode, { enabled: true, error: (m: string) => logged.push(m) });
	try {
		const tree = pageWithDiagram(diagram('A --> B -->'));
		await rehypeMermaid()(tree, new VFile({ path: page, cwd: '/repo' }));
		const html = toHtml(tree);
		expect(html).toMatch(/^<div class="diagram-error" role="alert"/);
		expect(html).toContain(
			'Mermaid cannot parse this diagram</strong> (content/docs/en/about.mdx:24)'
		);
		expect(html).toMatch(/<pre[^>]*>[^<]*(Parse error|Expecting)/);
		expect(logged).toEqual([
			expect.stringMatching(
				/^content\/docs\/en\/about\.mdx:24: mermaid cannot parse this diagram: /
			),
		]);
	} finally {
		Object.assign(devMode, { enabled: false, error: () => {} });
	}
});

test('a diagram becomes one captioned image named by its title and described by its description', async () => {
	const tree = pageWithDiagram(
		'flowchart LR\n  accTitle: Two boxes\n  accDescr: A points to B.\n  A --> B\n'
	);
	await rehypeMermaid()(tree, new VFile({ path: page }));
	const html = toHtml(tree);
	expect(html).toMatch(/^<figure class="diagram" id="diagram-[0-9a-f]{10}"[ >]/);
	expect(html).toMatch(/<svg[^>]* role="img"[^>]* aria-labelledby="chart-title-diagram-/);
	// Described by the caption's text (a <desc> gives no description while the figure is undrawn).
	const id = /<figure class="diagram" id="(diagram-[0-9a-f]{10})"/.exec(html)?.[1];
	expect(html).toContain(`aria-describedby="${id}-description"`);
	expect(html).toContain(
		`<figcaption><strong>Two boxes</strong> <span class="diagram-description" id="${id}-description">A points to B.</span>`
	);
	expect(html).not.toContain('<desc');
	// …and links to the full-size SVG written for pinch-zoom and sharing.
	expect(html).toMatch(/<a class="diagram-full-size" href="[^"]*diagram-[0-9a-f]{10}\.svg">/);
});

test('the same diagram on two pages compiled at once is rendered once, and both pages get it', async () => {
	// An empty cache of its own, so both pages miss it (and the project's cache gets no litter).
	const projectCache = diagramRenderer.cacheDir;
	diagramRenderer.cacheDir = pathToFileURL(`${await mkdtemp(join(tmpdir(), 'diagrams-'))}/`);
	onTestFinished(() => {
		diagramRenderer.cacheDir = projectCache;
	});
	const label = 'Shared';
	const source = `flowchart LR\n  accTitle: ${label}\n  accDescr: One diagram on two pages.\n  A[${label}] --> B\n`;
	const before = diagramRenderer.stats.rendered;
	const trees = [pageWithDiagram(source), pageWithDiagram(source)];
	await Promise.all(trees.map((tree) => rehypeMermaid()(tree, new VFile({ path: page }))));
	expect(diagramRenderer.stats.rendered - before).toBe(1);
	const [first, second] = trees.map((tree) => toHtml(tree));
	expect(first).toContain(label);
	expect(second).toBe(first);
});
