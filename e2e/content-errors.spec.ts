import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appendTo, buildFixture, replaceIn } from '../tools/lib/fixture';

// Each case copies the project, breaks one file and runs Astro; a contributor must be told the
// file, the line or field, and what was expected.
test.describe.configure({ timeout: 180_000 });

const lineCount = async (dir: string, file: string) =>
	(await readFile(join(dir, file), 'utf8')).split('\n').length;

test('a missing Chinese string in a data entry names the file, line and field', async () => {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/data/glossary.yaml';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(
			dir,
			file,
			'\n- id: fixture-term\n  term: { en: Fixture }\n  definition: { en: A term., zh-cn: 一个术语。 }\n  see: xen/\n'
		);
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toContain(`content/data/glossary.yaml:${line} (entry "fixture-term")`);
	expect(result.output).toContain('term.zh-cn');
	expect(result.output).toContain('Chinese (zh-cn) text is missing');
});

test('a wrong type names the file, the exact line and the field', async () => {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/data/sources/xen.yaml';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(
			dir,
			file,
			'\n- id: fixture-source\n  title: T\n  author: A\n  url: not-a-url\n  kind: documentation\n'
		);
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toContain(`content/data/sources/xen.yaml:${line} (entry "fixture-source")`);
	expect(result.output).toMatch(/\burl\b.*expected an absolute http\(s\) URL/);
});

test('invalid YAML names the file and line', async () => {
	const result = await buildFixture(async (dir) => {
		await appendTo(dir, 'content/data/glossary.yaml', '\n- id: [unclosed\n');
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toMatch(/content\/data\/glossary\.yaml:\d+: invalid YAML/);
});

test('a duplicate id names both places', async () => {
	const result = await buildFixture(async (dir) => {
		const text = await readFile(join(dir, 'content/data/sources/xen.yaml'), 'utf8');
		const id = /^- id: (\S+)/m.exec(text)?.[1];
		await appendTo(
			dir,
			'content/data/sources/xen.yaml',
			`\n- id: ${id}\n  title: T\n  author: A\n  url: https://example.org/\n  kind: documentation\n`
		);
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toMatch(
		/content\/data\/sources\/xen\.yaml:\d+: duplicate id "[^"]+" \(first used at content\/data\/sources\/\S+:\d+\)/
	);
});

test('a missing frontmatter field names the page and the field', async () => {
	const result = await buildFixture(async (dir) => {
		await replaceIn(dir, 'content/docs/zh-cn/about.mdx', /^description:.*\n/m, '');
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toContain('zh-cn/about');
	expect(result.output).toMatch(/\bdescription\b/);
});

test('a mistyped frontmatter field names the page, the unknown field and the fields there are', async () => {
	const result = await buildFixture(async (dir) => {
		await replaceIn(dir, 'content/docs/en/about.mdx', /^order:/m, 'ordr:');
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toContain('content/docs/en/about.mdx');
	expect(result.output).toContain(
		'unknown frontmatter field(s) ordr; the fields are title, description, shortTitle, order, header, translatedFrom'
	);
	expect(result.output).toMatch(/\border\b.*Required/);
});

test('invalid YAML in frontmatter names the page, the line and the YAML problem', async () => {
	const result = await buildFixture(async (dir) => {
		await replaceIn(dir, 'content/docs/zh-cn/about.mdx', /^title: (.*)$/m, 'title: [$1');
	}, 'sync');
	expect(result.ok).toBe(false);
	// The flow list opened on line 2 is found unclosed on line 3.
	expect(result.output).toMatch(/content\/docs\/zh-cn\/about\.mdx:3\b/);
	expect(result.output).toContain('missed comma between flow collection entries');
});

test('a malformed translation record names the page and the field', async () => {
	const result = await buildFixture(async (dir) => {
		await replaceIn(dir, 'content/docs/zh-cn/about.mdx', /hash: '[0-9a-f]{12}'/, "hash: 'abc'");
	}, 'sync');
	expect(result.ok).toBe(false);
	expect(result.output).toContain('content/docs/zh-cn/about.mdx');
	expect(result.output).toContain(
		'translatedFrom.hash: expected the 12 hex characters `npm run i18n:mark` writes'
	);
});

test('an unknown glossary id in <Term> names the file and line', async () => {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/docs/en/about.mdx';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(dir, file, '\nA <Term id="no-such-term">term</Term> here.\n');
	});
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		`content/docs/en/about.mdx:${line}: <Term id="no-such-term"> is not in content/data/glossary.yaml. Add the term or fix the id.`
	);
});

test('an unknown source id in a data file names the data file, the entry and the id', async () => {
	const result = await buildFixture(async (dir) => {
		await replaceIn(
			dir,
			'content/data/history.yaml',
			'sources: [xenserver-org-story, itjungle-xensource-funding-2005]',
			'sources: [xenserver-org-storyy, itjungle-xensource-funding-2005]'
		);
	});
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		'content/data/history.yaml (entry "xenoservers-project-starts"): sources: "xenserver-org-storyy" names no source.'
	);
});

test('two pages at one address name both files', async () => {
	const result = await buildFixture(async (dir) => {
		const text = await readFile(join(dir, 'content/docs/en/kvm/index.mdx'), 'utf8');
		await writeFile(join(dir, 'content/docs/en/kvm.mdx'), text);
	});
	expect(result.ok).toBe(false);
	expect(result.output).toMatch(
		/content\/docs\/en\/kvm(\/index)?\.mdx and content\/docs\/en\/kvm(\/index)?\.mdx are both \/en\/kvm\/: keep one/
	);
});

test('an unknown source id in <Cite> names the file and line', async () => {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/docs/en/about.mdx';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(dir, file, '\nA claim.<Cite id="no-such-source" />\n');
	});
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		`content/docs/en/about.mdx:${line}: <Cite id="no-such-source"> names no source`
	);
});

test('a heading without an explicit id names the file and line', async () => {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/docs/zh-cn/about.mdx';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(dir, file, '\n## 没有 id 的标题\n\n正文。\n');
	});
	expect(result.ok).toBe(false);
	expect(result.output).toContain('content/docs/zh-cn/about.mdx');
	expect(result.output).toContain(`Heading on line ${line} needs an explicit id`);
});

/** Appends a diagram whose fifth line (after the fence) is `statement`; returns the build and the fence line. */
async function brokenDiagram(statement: string) {
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/docs/en/about.mdx';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(
			dir,
			file,
			`\n\`\`\`mermaid\nflowchart TB\n  accTitle: Broken\n  accDescr: A diagram with an error.\n  ${statement}\n\`\`\`\n`
		);
	});
	return { result, line };
}

test('a broken mermaid diagram names the file, the line and mermaid’s message', async () => {
	const { result, line } = await brokenDiagram('A --> B -->');
	expect(result.ok).toBe(false);
	expect(result.output).toContain('content/docs/en/about.mdx');
	// The fence opens on `line`; the bad statement is its fifth line.
	expect(result.output).toContain(`Mermaid cannot parse this diagram (line ${line + 4})`);
	expect(result.output).toMatch(/Parse error|Expecting/);
});

test('a mermaid lexer error names the line mermaid found it on, not the fence', async () => {
	const { result, line } = await brokenDiagram('A --> --> B[[[');
	expect(result.ok).toBe(false);
	expect(result.output).toContain(`Mermaid cannot parse this diagram (line ${line + 4})`);
});
