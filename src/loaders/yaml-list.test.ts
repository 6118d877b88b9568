import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../../tools/lib/temp-tree';
import { yamlList } from './yaml-list';

// The loader reads data files in a temporary project folder; `parseData` stands in for Astro's
// schema step (the real schemas are exercised in src/content.config.test.ts).

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

type Parse = (props: {
	id: string;
	data: Record<string, unknown>;
}) => Promise<Record<string, unknown>>;

/** Runs the loader on `path` and returns the stored entries in the order they were stored. */
async function load(path: string, parseData: Parse = async ({ data }) => data) {
	const stored: { id: string; data: Record<string, unknown>; filePath?: string }[] = [];
	const context = {
		config: { root: pathToFileURL(`${tree.dir}/`) },
		store: {
			clear: () => stored.splice(0),
			set: (entry: (typeof stored)[number]) => stored.push(entry),
		},
		parseData,
		logger: { debug: () => {} },
	} as unknown as LoaderContext;
	await yamlList(path).load(context);
	return stored;
}

const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => {
			throw new Error('expected the loader to stop the build');
		},
		(error: Error) => error.message
	);

test('entries keep the authors’ order across the files of a folder, counted in file-name order', async () => {
	await tree.write({
		'data/sources/b.yaml': '- id: beta\n  title: B\n',
		'data/sources/a.yaml': '- id: zulu\n  title: Z\n- id: alpha\n  title: A\n',
		'data/sources/notes.txt': 'not data',
	});
	const entries = await load('data/sources/');
	expect(entries.map((e) => [e.id, e.data['position'], e.filePath])).toEqual([
		['zulu', 0, 'data/sources/a.yaml'],
		['alpha', 1, 'data/sources/a.yaml'],
		['beta', 2, 'data/sources/b.yaml'],
	]);
});

test('invalid YAML names the file, the line and the YAML problem', async () => {
	await tree.write({ 'data/glossary.yaml': '- id: one\n  term: x\n  term: y\n- id: two\n' });
	expect(await failure(load('data/glossary.yaml'))).toBe(
		'data/glossary.yaml:3: invalid YAML: Map keys must be unique'
	);
	await tree.write({ 'data/glossary.yaml': '- id: one\n- id: [unclosed\n' });
	expect(await failure(load('data/glossary.yaml'))).toMatch(
		/^data\/glossary\.yaml:\d+: invalid YAML: Flow sequence in block collection/
	);
});

test('a duplicate id names both places, across files', async () => {
	await tree.write({
		'data/sources/a.yaml': '- id: one\n- id: two\n',
		'data/sources/b.yaml': '# more\n- id: three\n- id: two\n',
	});
	expect(await failure(load('data/sources/'))).toBe(
		'data/sources/b.yaml:3: duplicate id "two" (first used at data/sources/a.yaml:2)'
	);
});

test('an id that is not kebab-case, and an entry that is not a map, name the line', async () => {
	await tree.write({
		'data/a.yaml': '- id: one\n- id: Two Words\n',
		'data/b.yaml': '- id: one\n- just text\n',
	});
	expect(await failure(load('data/a.yaml'))).toBe(
		'data/a.yaml:2: field "id" must be a lowercase kebab-case string such as "xen-4-4-release", got "Two Words"'
	);
	expect(await failure(load('data/b.yaml'))).toBe(
		'data/b.yaml:2: expected an entry (a map with an "id" field)'
	);
});

test('a file that is not a list, a missing file and a folder without YAML are refused', async () => {
	await tree.write({ 'data/map.yaml': 'id: one\n', 'data/empty/readme.txt': 'x' });
	expect(await failure(load('data/map.yaml'))).toBe(
		'data/map.yaml:1: expected a YAML list of entries (lines starting with "- id: …")'
	);
	expect(await failure(load('data/nowhere.yaml'))).toBe(
		'data/nowhere.yaml: no such file or folder'
	);
	expect(await failure(load('data/empty/'))).toBe('data/empty/: the folder has no .yaml files');
});

test('a schema error is prefixed with the file, the entry’s line and its id', async () => {
	await tree.write({ 'data/history.yaml': '- id: one\n  year: 2000\n\n- id: two\n  year: soon\n' });
	const parse: Parse = async ({ data }) => {
		if (typeof data['year'] !== 'number') throw new Error('year: expected a number');
		return data;
	};
	expect(await failure(load('data/history.yaml', parse))).toBe(
		'data/history.yaml:4 (entry "two"):\nyear: expected a number'
	);
});
