import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkParity } from './parity';

// Translation parity on a small site: content files and built pages in a temporary folder.

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

const page = (lang: string, body: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const main = (headings: string[], diagrams: number, refs: string[], terms: string[]) =>
	`<main>${headings.map((id) => `<h2 id="${id}">x</h2>`).join('')}${'<figure class="diagram"></figure>'.repeat(diagrams)}<ol>${refs.map((id) => `<li id="ref-${id}">s</li>`).join('')}</ol>${terms.map((id) => `<a class="term" href="/en/glossary/#term-${id}">t</a>`).join('')}</main>`;

test('a page without its twin, different headings, diagrams, sources and terms, an empty translation', async () => {
	await tree.write({
		'content/docs/en/a.mdx': '---\ntitle: A\n---\n',
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\n---\n',
		'content/docs/en/only-english.mdx': '---\ntitle: B\n---\n',
		'content/docs/en/notes.md': '# Notes\n',
		'content/data/history.yaml': `- id: one\n  title: { en: One, zh-cn: 一 }\n- id: two\n  title:\n    en: Two\n    zh-cn: ''\n  summary: { en: Only English }\n`,
		'dist/en/a/index.html': page('en', main(['intro', 'detail'], 2, ['s1', 's2'], ['hvm'])),
		'dist/zh-cn/a/index.html': page('zh-CN', main(['intro', 'extra'], 1, ['s1'], ['hvm', 'pv'])),
	});
	const findings = await checkParity({ root: tree.dir });
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

test('a TODO left by new:page is named with file and line', async () => {
	await tree.write({
		'content/docs/en/a.mdx': '---\ntitle: A\ndescription: "TODO: one or two sentences"\n---\n',
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\ndescription: 写好了的简介。\n---\n',
		'content/data/history.yaml': '- id: one\n  title: { en: One, zh-cn: 一 }\n',
		'dist/en/a/index.html': page('en', main(['intro'], 0, [], [])),
		'dist/zh-cn/a/index.html': page('zh-CN', main(['intro'], 0, [], [])),
	});
	const findings = await checkParity({ root: tree.dir });
	expect(findings.map((f) => `${f.where} | ${f.problem}`)).toEqual([
		'content/docs/en/a.mdx:3 | still has a TODO placeholder from npm run new:page',
	]);
});

test('twins that match have no findings', async () => {
	await tree.write({
		'content/docs/en/a.mdx': '---\ntitle: A\n---\n',
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\n---\n',
		'content/data/history.yaml': '- id: one\n  title: { en: One, zh-cn: 一 }\n',
		'dist/en/a/index.html': page('en', main(['intro'], 1, ['s1'], ['hvm'])),
		'dist/zh-cn/a/index.html': page('zh-CN', main(['intro'], 1, ['s1'], ['hvm'])),
	});
	expect(await checkParity({ root: tree.dir })).toEqual([]);
});

test('block structure: the first section whose blocks differ is named with file and line', async () => {
	const en = [
		'---',
		'title: A',
		'---',
		'Intro.',
		'',
		'## One {/* #one */}',
		'',
		'First.',
		'',
		'- a',
		'- b',
		'',
		'```mermaid',
		'flowchart LR',
		'```',
		'',
		'## Two {/* #two */}',
		'',
		'| a | b |',
		'|---|---|',
		'| 1 | 2 |',
		'',
		'Last.',
	].join('\n');
	// Section #one: the list became a paragraph (line 10); section #two lost its table.
	const zh = en
		.replace('title: A', 'title: 甲')
		.replace('- a\n- b', '甲乙。')
		.replace('| a | b |\n|---|---|\n| 1 | 2 |\n\n', '');
	await tree.write({
		'content/docs/en/a.mdx': en,
		'content/docs/zh-cn/a.mdx': zh,
		'content/docs/en/b.mdx': en,
		'content/docs/zh-cn/b.mdx': en.replace('title: A', 'title: 乙'),
		'content/data/history.yaml': '- id: one\n  title: { en: One, zh-cn: 一 }\n',
		'dist/index.html': page('en', ''),
	});
	const findings = await checkParity({ root: tree.dir });
	expect(findings).toEqual([
		{
			where: 'content/docs/zh-cn/a.mdx:10',
			problem:
				'section #one: block 2 is a paragraph here, a list in en (content/docs/en/a.mdx:10); here 2 paragraphs, 0 lists, 0 tables, 1 diagram',
			expected: '1 paragraph, 1 list, 0 tables, 1 diagram',
		},
	]);
});

test('block structure: a section that runs out early points at its heading', async () => {
	const en = '---\ntitle: A\n---\n## One {/* #one */}\n\nFirst.\n\nSecond.\n';
	await tree.write({
		'content/docs/en/a.mdx': en,
		'content/docs/zh-cn/a.mdx': '---\ntitle: 甲\n---\n## 一 {/* #one */}\n\n第一。\n',
		'content/data/history.yaml': '- id: one\n  title: { en: One, zh-cn: 一 }\n',
		'dist/index.html': page('en', ''),
	});
	const [finding] = await checkParity({ root: tree.dir });
	expect(finding?.where).toBe('content/docs/zh-cn/a.mdx:4');
	expect(finding?.problem).toMatch(/^section #one: block 2 is missing here, a paragraph in en/);
});
