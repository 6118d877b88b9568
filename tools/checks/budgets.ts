/**
 * `npm run check:budgets`: page weight on the built site, gzip-compressed as a host would send it.
 * Per page: JavaScript run on load (inline scripts, module scripts and everything they import
 * statically; code loaded later by `import()` such as search is not counted), CSS (stylesheets and
 * inline styles) and the HTML document itself (inline diagrams included); and the DOM the browser
 * builds from it: elements (inline SVG included) and the deepest nesting, which style and layout
 * cost grows with on a slow phone. Prints a table.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { attr, builtPages, distDir, elements } from '../lib/site.ts';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

export const budgets = { js: 3 * 1024, css: 10 * 1024, html: 60 * 1024 } as const;
/**
 * Elements per page and nesting depth. Lighthouse flags more than 800 elements (warns) and
 * 1,400 (fails) or a depth over 32; the longest pages (comparison, history) are near 2,500 today,
 * so the ceiling leaves room for growth while catching a page that doubles (a table or diagram
 * gone wrong).
 */
export const domBudgets = { elements: 3000, depth: 24 } as const;

/** A parallel view (`/parallel/…`) is two pages in one document: twice a page's HTML and DOM budget. */
export const parallelHtmlBudget = 2 * budgets.html;
const elementBudgetOf = (url: string) =>
	url.startsWith('/parallel/') ? 2 * domBudgets.elements : domBudgets.elements;
const budgetOf = (url: string, key: keyof typeof budgets) =>
	key === 'html' && url.startsWith('/parallel/') ? parallelHtmlBudget : budgets[key];

export interface PageWeight {
	url: string;
	html: number;
	css: number;
	js: number;
	/** Elements in the document, `<html>` and inline SVG included. */
	elements: number;
	/** Deepest element nesting; `<html>` is at depth 1. */
	depth: number;
}

/** Elements under a node and the depth of the deepest one (the node's children at depth + 1). */
function domSize(node: Root | Element, depth = 0): { elements: number; depth: number } {
	let elements = 0;
	let deepest = depth;
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		const inner = domSize(child, depth + 1);
		elements += 1 + inner.elements;
		deepest = Math.max(deepest, inner.depth);
	}
	return { elements, depth: deepest };
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A module and the modules it imports statically, each counted once. */
function moduleGraph(dist: string, path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readFileSync(join(dist, path), 'utf8');
	// Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`.
	for (const match of code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g
	)) {
		const specifier = match[1] ?? '';
		if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
		const resolved = specifier.startsWith('/')
			? specifier.slice(1)
			: posix.normalize(posix.join(dirname(path), specifier));
		moduleGraph(dist, resolved, seen);
	}
	return seen;
}

export async function measurePages(dist = distDir(projectRoot)): Promise<PageWeight[]> {
	const sizeOf = (path: string) => gzip(readFileSync(join(dist, path)));
	return (await builtPages(dist)).map((page) => {
		const local = (url: string) => new URL(url, `http://site${page.url}`).pathname.slice(1);
		const scripts = elements(page.tree, (n) => n.tagName === 'script');
		const inlineJs = scripts
			.filter((n) => !attr(n, 'src') && /^(|module|text\/javascript)$/.test(attr(n, 'type') ?? ''))
			.reduce((sum, n) => sum + gzip(toString(n)), 0);
		const modules = new Set<string>();
		for (const n of scripts) {
			const src = attr(n, 'src');
			if (src) for (const m of moduleGraph(dist, local(src))) modules.add(m);
		}
		const sheets = elements(
			page.tree,
			(n) => n.tagName === 'link' && (attr(n, 'rel') ?? '').split(' ').includes('stylesheet')
		).map((n) => local(attr(n, 'href') ?? ''));
		// Inline styles travel inside one compressed document, so they are compressed together.
		const inlineCss = gzip(
			elements(page.tree, (n) => n.tagName === 'style')
				.map((n) => toString(n))
				.join('\n')
		);
		return {
			url: page.url,
			html: gzip(page.html),
			css: sheets.reduce((sum, s) => sum + sizeOf(s), 0) + inlineCss,
			js: inlineJs + [...modules].reduce((sum, m) => sum + sizeOf(m), 0),
			...domSize(page.tree),
		};
	});
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function budgetTable(rows: PageWeight[]): string {
	const header =
		`| Page | HTML gzip (≤ ${kb(budgets.html)}) | CSS gzip (≤ ${kb(budgets.css)}) | JS on load gzip (≤ ${kb(budgets.js)}) ` +
		`| Elements (≤ ${domBudgets.elements}) | Depth (≤ ${domBudgets.depth}) |`;
	const line = (r: PageWeight) =>
		`| ${r.url} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${r.elements} | ${r.depth} |`;
	const max = (key: 'html' | 'css' | 'js' | 'elements' | 'depth') =>
		Math.max(...rows.map((r) => r[key]));
	return [
		header,
		'|---|---:|---:|---:|---:|---:|',
		...rows.map(line),
		`| **largest** | ${kb(max('html'))} | ${kb(max('css'))} | ${kb(max('js'))} | ${max('elements')} | ${max('depth')} |`,
	].join('\n');
}

export async function checkBudgets(
	dist = distDir(projectRoot),
	log: (text: string) => void = () => {}
): Promise<Finding[]> {
	const rows = await measurePages(dist);
	log(budgetTable(rows));
	const findings: Finding[] = [];
	for (const row of rows) {
		for (const key of ['html', 'css', 'js'] as const)
			if (row[key] > budgetOf(row.url, key))
				findings.push({
					where: row.url,
					problem: `${key.toUpperCase()} is ${row[key]} B gzip, over the budget`,
					expected: `at most ${budgetOf(row.url, key)} B`,
				});
		if (row.elements > elementBudgetOf(row.url))
			findings.push({
				where: row.url,
				problem: `the page has ${row.elements} elements, over the DOM budget`,
				expected: `at most ${elementBudgetOf(row.url)} (split the page, or render less)`,
			});
		if (row.depth > domBudgets.depth)
			findings.push({
				where: row.url,
				problem: `elements nest ${row.depth} deep, over the DOM budget`,
				expected: `at most ${domBudgets.depth} levels`,
			});
	}
	return findings;
}

await runAsCommand(import.meta, 'page weight budgets', () => checkBudgets(undefined, console.log));
