import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appendTo, buildFixture } from '../tools/lib/fixture';

// Two smoke tests: a broken project really fails, and the message reaches the terminal with the
// file and the line. Every other content error, and these messages in detail, is unit-tested
// next to the code that writes it (src/loaders, src/content.config.test.ts, src/plugins, src/lib);
// an unknown <Cite> is named through Astro's own pipeline by e2e/dev.spec.ts and in
// src/lib/citations.test.ts.
test.describe.configure({ timeout: 180_000 });

const lineCount = async (dir: string, file: string) =>
	(await readFile(join(dir, file), 'utf8')).split('\n').length;

test('a data-file error: `astro sync` names the file, line, entry and field', async () => {
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

test('an MDX syntax error: `astro build` stops at the compile step with file, line and fix', async () => {
	// Not a full build: the MDX compile step fails before any page or diagram is rendered.
	let line = 0;
	const result = await buildFixture(async (dir) => {
		const file = 'content/docs/en/about.mdx';
		line = (await lineCount(dir, file)) + 1;
		await appendTo(dir, file, '\n## Dev check {#dev-check}\n');
	});
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		`content/docs/en/about.mdx:${line}:14: \`{#dev-check}\` is not a heading id in MDX: it reads \`{…}\` as JavaScript. This project writes the id as an MDX comment, \`{/* #dev-check */}\``
	);
});
