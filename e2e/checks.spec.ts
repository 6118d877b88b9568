import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBudgets } from '../tools/checks/budgets';
import { checkGithub } from '../tools/checks/github';
import { checkHtml } from '../tools/checks/html';
import { checkLinks } from '../tools/checks/links';
import { checkParity } from '../tools/checks/parity';
import { formatFindings } from '../tools/lib/report';

// The checks behind `npm run check:site` catch what they promise: each runs here on a small broken
// site written to a temporary folder, and must name the page, the link or field, and the fix.

let dir = '';
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'xkfg-checks-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function write(files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
}

const page = (lang: string, body: string, head = '') =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

test('links: a missing page, a missing fragment, a missing slash and an unmarked language jump', async () => {
	await write({
		'dist/en/index.html': page(
			'en',
			`<main>
			<a href="/en/a/#here">fine</a>
			<a href="https://example.com/elsewhere">external, not ours to check</a>
			<a href="/zh-cn/a/" hreflang="zh-CN" lang="zh-CN">中文 (marked)</a>
			<a href="/en/missing/">gone</a>
			<a href="/en/a/#nope">bad fragment</a>
			<a href="/en/a">no slash</a>
			<a href="/zh-cn/a/">unmarked</a>
			<img src="/missing.svg" alt="">
			</main>`
		),
		'dist/en/a/index.html': page('en', '<h2 id="here">Here</h2>'),
		'dist/zh-cn/a/index.html': page('zh-CN', '<h2 id="here">这里</h2>'),
	});
	const findings = await checkLinks(join(dir, 'dist'), { siteUrl: 'https://example.org/' });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'/en/ (dist/en/index.html) | <a href="/en/missing/">: no page at /en/missing/',
		'/en/ (dist/en/index.html) | <a href="/en/a/#nope">: /en/a/ has no element with id "nope"',
		'/en/ (dist/en/index.html) | <a href="/en/a">: /en/a redirects on most hosts',
		'/en/ (dist/en/index.html) | <a href="/zh-cn/a/">: this en page links to a zh-cn page without marking the language',
		'/en/ (dist/en/index.html) | <img src="/missing.svg">: no file at /missing.svg',
	]);
	expect(findings[2]?.expected).toBe('/en/a/ (with the trailing slash)');
	expect(findings[3]?.expected).toContain('hreflang="zh-CN"');
	expect(formatFindings('links', findings)).toMatch(/^✗ links: 5 findings/);
});

test('parity: a page without its twin, different headings, diagrams, sources and terms, an empty translation', async () => {
	const main = (headings: string[], diagrams: number, refs: string[], terms: string[]) =>
		`<main>${headings.map((id) => `<h2 id="${id}">x</h2>`).join('')}${'<figure class="diagram"></figure>'.repeat(diagrams)}<ol>${refs.map((id) => `<li id="ref-${id}">s</li>`).join('')}</ol>${terms.map((id) => `<a class="term" href="/en/glossary/#term-${id}">t</a>`).join('')}</main>`;
	await write({
		'content/docs/en/a.mdx': '---\ntitle: A\n---\n',
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\n---\n',
		'content/docs/en/only-english.mdx': '---\ntitle: B\n---\n',
		'content/docs/en/notes.md': '# Notes\n',
		'content/data/history.yaml': `- id: one\n  title: { en: One, zh-cn: 一 }\n- id: two\n  title:\n    en: Two\n    zh-cn: ''\n  summary: { en: Only English }\n`,
		'dist/en/a/index.html': page('en', main(['intro', 'detail'], 2, ['s1', 's2'], ['hvm'])),
		'dist/zh-cn/a/index.html': page('zh-CN', main(['intro', 'extra'], 1, ['s1'], ['hvm', 'pv'])),
	});
	const findings = await checkParity({ root: dir });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'content/docs/en/notes.md | is not built: pages are read only from .mdx files',
		'content/docs/en/only-english.mdx | has no zh-cn twin',
		'/zh-cn/a/ against /en/a/ | heading ids differ: missing detail; extra extra',
		'/zh-cn/a/ against /en/a/ | 1 diagram(s) here, 2 in en',
		'/zh-cn/a/ against /en/a/ | cited sources differ: missing here s2',
		'/zh-cn/a/ against /en/a/ | glossary terms linked differ: only here term-pv',
		'content/data/history.yaml:6 | [id=two].title.zh-cn is empty',
		'content/data/history.yaml:7 | [id=two].summary.zh-cn is missing',
	]);
});

test('html: invalid markup is reported with file, line and rule', async () => {
	await write({
		'dist/en/index.html': page(
			'en',
			'<main>\n<p id="x">one</p>\n<p id="x">two</p>\n<div><span></div></main>'
		),
	});
	const findings = await checkHtml(join(dir, 'dist'));
	const text = findings.map((f) => `${f.where} | ${f.problem}`).join('\n');
	expect(text).toMatch(/dist\/en\/index\.html:3:\d+ \| .*Duplicate ID "x" \(no-dup-id/);
	expect(text).toMatch(/dist\/en\/index\.html:4:\d+ \| .*\(close-order/);
});

test('budgets: a page over the JavaScript budget is named with its size and the limit', async () => {
	// Random text barely compresses: about 6 KB gzip of script on load.
	const script = `window.x = "${randomBytes(6000).toString('base64')}";`;
	await write({
		'dist/en/index.html': page('en', '<main>light</main>'),
		'dist/en/heavy/index.html': page('en', '<main>heavy</main>', `<script>${script}</script>`),
	});
	const printed: string[] = [];
	const findings = await checkBudgets(join(dir, 'dist'), (text) => printed.push(text));
	expect(findings).toHaveLength(1);
	expect(findings[0]?.where).toBe('/en/heavy/');
	expect(findings[0]?.problem).toMatch(/^JS is \d{4} B gzip, over the budget$/);
	expect(findings[0]?.expected).toBe('at most 3072 B');
	expect(printed.join('\n')).toMatch(
		/\| \/en\/heavy\/ \| [\d.]+ KB \| [\d.]+ KB \| [5-9]\.\d KB \|/
	);
});

test('github: a bad expression in a workflow and a broken issue form are reported with file and line', async () => {
	await write({
		'.github/workflows/ci.yml':
			'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n',
		'.github/ISSUE_TEMPLATE/bug.yml':
			'name: Bug\ndescription: d\nbody:\n  - type: input\n    id: page\n    attributes:\n      label: Page\n  - type: dropdown\n    id: page\n    attributes:\n      label: Kind\n  - type: slider\n    id: x\n',
	});
	const findings = (await checkGithub(dir)).map((f) => `${f.where} | ${f.problem}`);
	expect(findings).toHaveLength(4);
	expect(findings[0]).toMatch(
		/^\.github\/workflows\/ci\.yml:6:\d+ \| property "no_such_thing" is not defined/
	);
	expect(findings.slice(1)).toEqual([
		'.github/ISSUE_TEMPLATE/bug.yml:8 | duplicate id "page"',
		'.github/ISSUE_TEMPLATE/bug.yml:8 | dropdown needs a list of attributes.options',
		'.github/ISSUE_TEMPLATE/bug.yml:12 | unknown body type "slider"',
	]);
});
