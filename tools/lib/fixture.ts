import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Files and folders a build and the checks need; node_modules is linked, not copied. */
const projectEntries = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'tools',
	'content',
	'public',
	// What the checks a contributor runs on a fresh clone read.
	'.autocorrectrc',
	'.autocorrectignore',
	'.htmlvalidate.json',
];

/**
 * Copies the project to a new temporary folder and returns its path; the caller removes it.
 * node_modules is shared through per-package links (and so is the diagram cache), but `.astro`,
 * `.vite` and `dist` are the copy's own.
 */
export async function copyProject(prefix = 'xkfg-fixture-'): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	for (const entry of projectEntries)
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	await mkdir(join(dir, 'node_modules'));
	for (const name of await readdir(join(root, 'node_modules'))) {
		if (name === '.astro' || name === '.vite') continue;
		await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
	}
	return dir;
}

export interface FixtureResult {
	ok: boolean;
	/** stdout and stderr of the command, without colour codes. */
	output: string;
}

/**
 * Copies the project to a temporary folder, lets `edit` break something, runs `astro <command>`
 * there, and returns what a contributor would see. The copy shares node_modules (and so the
 * diagram cache) through per-package links, but has its own `.astro` and `dist`.
 */
export async function buildFixture(
	edit: (dir: string) => Promise<void>,
	command: 'build' | 'sync' = 'build',
	/** Looks at the fixture (its dist/, its content) before the folder is removed. */
	inspect?: (dir: string, result: FixtureResult) => Promise<void>
): Promise<FixtureResult> {
	const dir = await copyProject();
	try {
		await edit(dir);
		let result: FixtureResult;
		try {
			const { stdout, stderr } = await run('npx', ['astro', command], {
				cwd: dir,
				env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
				maxBuffer: 32 * 1024 * 1024,
			});
			result = { ok: true, output: clean(stdout + stderr) };
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			result = { ok: false, output: clean(stdout + stderr) };
		}
		await inspect?.(dir, result);
		return result;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const clean = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Replaces text in a file of the fixture copy, failing loudly if the text is not there. */
export async function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
	const path = join(dir, file);
	const text = await readFile(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
	await writeFile(path, next);
}

export async function appendTo(dir: string, file: string, text: string) {
	const path = join(dir, file);
	await writeFile(path, (await readFile(path, 'utf8')) + text);
}
