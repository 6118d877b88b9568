import { readFile, readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** Error thrown for any problem in a data file; its message always starts with `file:line`. */
export class DataFileError extends Error {
	override name = 'DataFileError';
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** One entry of a data file as written, with where it is (for error messages). */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
	/** Project-relative file, e.g. `content/data/history.yaml`. */
	file: string;
	absolute: string;
	line: string;
}

/**
 * Reads and parses a data file, or every `.yaml` file of a data folder in name order, into its
 * entries. The only YAML parser of `content/data/`: the content layer's loader below and the
 * build-time plugins and checks that run outside it (`src/lib/glossary.ts`) all read through it,
 * so they agree on what a file says and fail the same way.
 */
export async function readYamlList(path: string, root: URL): Promise<RawEntry[]> {
	const url = new URL(path, root);

	const listFiles = async (): Promise<string[]> => {
		let info;
		try {
			info = await stat(url);
		} catch {
			throw new DataFileError(`${path}: no such file or folder`);
		}
		if (!info.isDirectory()) return [path];
		const names = (await readdir(url)).filter((name) => /\.ya?ml$/.test(name)).sort();
		if (names.length === 0)
			throw new DataFileError(`${path.replace(/\/$/, '')}/: the folder has no .yaml files`);
		return names.map((name) => `${path.replace(/\/$/, '')}/${name}`);
	};

	const readEntries = async (file: string, seen: Map<string, string>) => {
		const absolute = fileURLToPath(new URL(file, root));
		let text: string;
		try {
			text = await readFile(absolute, 'utf8');
		} catch (error) {
			throw new DataFileError(`${file}: cannot read the file (${String(error)})`);
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
		const lineOf = (offset: number | undefined) =>
			offset === undefined ? '?' : String(lineCounter.linePos(offset).line);
		const [syntaxError] = doc.errors;
		if (syntaxError) {
			throw new DataFileError(
				`${file}:${lineOf(syntaxError.pos[0])}: invalid YAML: ${syntaxError.message.split('\n')[0]}`
			);
		}
		if (doc.contents === null) return [];
		if (!isSeq(doc.contents)) {
			throw new DataFileError(
				`${file}:1: expected a YAML list of entries (lines starting with "- id: …")`
			);
		}
		const entries: RawEntry[] = [];
		for (const node of doc.contents.items) {
			const line = lineOf(isMap(node) || isScalar(node) ? node.range?.[0] : undefined);
			if (!isMap(node)) {
				throw new DataFileError(`${file}:${line}: expected an entry (a map with an "id" field)`);
			}
			const data = node.toJSON() as Record<string, unknown>;
			const id = data['id'];
			if (typeof id !== 'string' || !idPattern.test(id)) {
				throw new DataFileError(
					`${file}:${line}: field "id" must be a lowercase kebab-case string such as "xen-4-4-release", got ${JSON.stringify(id)}`
				);
			}
			const previous = seen.get(id);
			if (previous)
				throw new DataFileError(
					`${file}:${line}: duplicate id "${id}" (first used at ${previous})`
				);
			seen.set(id, `${file}:${line}`);
			entries.push({ id, data, file, absolute, line });
		}
		return entries;
	};

	const seen = new Map<string, string>();
	const entries: RawEntry[] = [];
	for (const file of await listFiles()) entries.push(...(await readEntries(file, seen)));
	return entries;
}

/**
 * Loads YAML lists of entries, each with an `id`, and adds `position` (the entry's index in file
 * order, counting across files in name order) so pages can keep the authors' order. Entries come
 * from one file or from every `.yaml` file in a folder (so a large collection such as `sources`
 * can be split by topic). Ids are unique across all the files.
 *
 * Astro's built-in `file()` loader logs and skips an unreadable file, a YAML syntax error or an
 * entry without an id, and the build goes on with the data silently missing. This loader stops the
 * build instead, and every message names the file, the line and the field, for example
 * `content/data/history.yaml:42 (entry "xen-1-0"): title.zh-cn: Chinese (zh-cn) text is missing`.
 */
export function yamlList(path: string): Loader {
	return {
		name: 'yaml-list',
		load: async ({ config, store, parseData, watcher, logger }) => {
			const sync = async () => {
				const entries = await readYamlList(path, config.root);
				store.clear();
				for (const [position, { id, data, file, absolute, line }] of entries.entries()) {
					let parsed: Record<string, unknown>;
					try {
						// Astro's store sorts entries by id; `position` keeps the order authors wrote.
						parsed = await parseData({ id, data: { ...data, position }, filePath: absolute });
					} catch (error) {
						// Astro's message names the collection, entry and field paths; add where it is.
						const detail = error instanceof Error ? error.message : String(error);
						throw new DataFileError(`${file}:${line} (entry "${id}"):\n${detail}`);
					}
					store.set({ id, data: parsed, filePath: file });
				}
				logger.debug(`${entries.length} entries from ${path}`);
			};

			await sync();
			const watched = fileURLToPath(new URL(path, config.root));
			watcher?.add(watched);
			watcher?.on('all', async (_event, changed) => {
				if (changed.startsWith(watched)) await sync();
			});
		},
	};
}
