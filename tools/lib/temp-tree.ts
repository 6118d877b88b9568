import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A throwaway folder of small files for the unit tests: `write` adds files by relative path,
 * `remove` deletes the folder. Tests make one per test so no state leaks between them.
 */
export async function tempTree(prefix = 'xkfg-test-') {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	return {
		dir,
		path: (relative: string) => join(dir, relative),
		async write(files: Record<string, string>) {
			for (const [path, text] of Object.entries(files)) {
				await mkdir(dirname(join(dir, path)), { recursive: true });
				await writeFile(join(dir, path), text);
			}
		},
		remove: () => rm(dir, { recursive: true, force: true }),
	};
}
