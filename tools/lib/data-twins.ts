/**
 * The data files' bilingual texts: every YAML map under content/data that has a key per locale
 * (`{ en: …, zh-cn: … }`), with a readable field path and a `file:line` for any node in it. The
 * parity check (is every language there?) and the consistency check (do the numbers agree?) walk
 * the same maps, so they find them here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';

export interface LocaleMap {
	/** The map holding one key per locale. */
	node: YAMLMap;
	/** Where it sits in its file: `.events[id=xen-3-0].title`. */
	field: string;
	/** `content/data/history.yaml:12` for a node of this file (the map itself when none is given). */
	where: (node?: Node | null) => string;
}

const isLocale = (key: string) => (localeCodes as readonly string[]).includes(key);

/** Every map with locale keys in every YAML file under `<root>/content/data`, files in order. */
export async function localeMaps(root: string): Promise<LocaleMap[]> {
	const dataDir = join(root, 'content', 'data');
	const files = (await readdir(dataDir, { recursive: true }).catch(() => []))
		.map(String)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort();
	const maps: LocaleMap[] = [];
	for (const file of files) {
		const path = join(dataDir, file);
		const lineCounter = new LineCounter();
		const doc = parseDocument(await readFile(path, 'utf8'), { lineCounter });
		const at = (node: Node) =>
			`${relative(root, path).split('\\').join('/')}:${lineCounter.linePos(node.range?.[0] ?? 0).line}`;
		const walk = (node: unknown, field: string) => {
			if (isSeq(node)) {
				node.items.forEach((item, index) => {
					const id = isMap(item) ? item.get('id') : undefined;
					walk(item, id ? `${field}[id=${String(id)}]` : `${field}[${index}]`);
				});
			} else if (isMap(node)) {
				const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
				if (keys.some(isLocale)) {
					const map = node;
					maps.push({ node: map, field: field.replace(/^\./, ''), where: (n) => at(n ?? map) });
					return;
				}
				for (const pair of node.items)
					walk(pair.value, `${field}.${isScalar(pair.key) ? String(pair.key.value) : '?'}`);
			}
		};
		walk(doc.contents, '');
	}
	return maps;
}
