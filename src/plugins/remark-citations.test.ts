import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import type { PageReferences } from '../lib/references';
import { remarkCitations } from './remark-citations';

const page = '/repo/content/docs/en/about.mdx';

async function referencesOf(source: string, path = page) {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
	const file = new VFile({ value: source, path });
	await processor.run(processor.parse(file), file);
	return (file.data as { astro?: { frontmatter?: { references?: PageReferences } } }).astro
		?.frontmatter?.references;
}

test('cites, components and terms are collected in reading order with their lines', async () => {
	const source = [
		'Xen began in Cambridge.<Cite id="xen-paper" /> A <Term id="hypervisor">hypervisor</Term>.',
		'',
		'<Timeline />',
		'',
		'Again.<Cite id="xen-paper" /><Cite id="kvm-lwn" /> <Term id="pv">PV</Term>',
		'',
		'<ModeMatrix />',
		'',
		'<GlossaryList />',
	].join('\n');
	expect(await referencesOf(source)).toEqual({
		items: [
			{ kind: 'cite', id: 'xen-paper', line: 1 },
			{ kind: 'component', name: 'Timeline' },
			{ kind: 'cite', id: 'xen-paper', line: 5 },
			{ kind: 'cite', id: 'kvm-lwn', line: 5 },
			{ kind: 'component', name: 'ModeMatrix' },
			{ kind: 'component', name: 'GlossaryList' },
		],
		terms: [
			{ id: 'hypervisor', line: 1 },
			{ id: 'pv', line: 5 },
		],
		components: ['Cite', 'Term', 'Timeline', 'ModeMatrix', 'GlossaryList'],
	});
});

test('a <Cite> or <Term> without a plain id stops the build at its line', async () => {
	const error = await referencesOf('Text.\n\nA claim.<Cite id={source} />\n').catch((e) => e);
	expect(error).toMatchObject({ file: page, line: 3 });
	expect(error.message).toContain('<Cite> needs a plain id attribute with a source id');
	const term = await referencesOf('A <Term>word</Term>.\n').catch((e) => e);
	expect(term.message).toContain('<Term> needs a plain id attribute with a glossary id');
});

test('files outside content/docs are not collected', async () => {
	expect(await referencesOf('<Cite id="x" />', '/repo/README.mdx')).toBeUndefined();
});

test('a <XenStatus> is collected in reading order; one without a plain id stops the build', async () => {
	const references = await referencesOf(
		'FLASK is <XenStatus id="flask" />.<Cite id="xen-doc" />\n'
	);
	expect(references?.items).toEqual([
		{ kind: 'status', id: 'flask', line: 1 },
		{ kind: 'cite', id: 'xen-doc', line: 1 },
	]);
	const error = await referencesOf('Text.\n\n<XenStatus id={x} />\n').catch((e) => e);
	expect(error).toMatchObject({ file: page, line: 3 });
	expect(error.message).toContain('<XenStatus> needs a plain id attribute');
});
