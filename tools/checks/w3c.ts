/**
 * `npm run check:w3c`: the W3C Nu HTML Checker (vnu-jar, the validator behind validator.w3.org/nu)
 * over every built page and every full-size diagram SVG. Zero errors allowed. It needs Java 11 or
 * newer; without it the check says it was skipped rather than passing silently (Debian/Ubuntu:
 * `apt-get install default-jre-headless`). html-validate (check:html) stays: it knows our rules,
 * this one knows the specification.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { CheckSkipped, type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { distDir, htmlFiles } from '../lib/site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

export async function checkW3c(dist = distDir(projectRoot), java = 'java'): Promise<Finding[]> {
	if (spawnSync(java, ['-version']).error)
		throw new CheckSkipped(
			'no Java found; install Java 11+ to run it (Debian/Ubuntu: apt-get install default-jre-headless)'
		);
	await htmlFiles(dist); // A clear error when there is no build.
	// Asynchronous, so that check:site's other checks run beside the Java process.
	const run = await promisify(execFile)(
		java,
		[
			'-jar',
			vnuJar,
			'--errors-only',
			'--skip-non-html',
			'--also-check-svg',
			'--format',
			'json',
			dist,
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	).catch((error: { stderr?: string; code?: number }) => ({
		// vnu exits 1 when it finds errors; its report is on stderr either way.
		stderr: error.stderr ?? '',
		status: error.code,
	}));
	let messages: VnuMessage[];
	try {
		messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
	} catch {
		throw new Error(
			`vnu did not report JSON (exit ${'status' in run ? run.status : 0}): ${run.stderr.slice(0, 500)}`
		);
	}
	return messages
		.filter((m) => m.type !== 'info')
		.map((m) => ({
			where: `${m.url ? relative(projectRoot, new URL(m.url).pathname) : dist}${m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 1}` : ''}`,
			problem: `${m.message}${m.extract ? ` (near ${JSON.stringify(m.extract.trim().slice(0, 80))})` : ''}`,
		}));
}

await runAsCommand(import.meta, 'HTML validity (W3C Nu checker)', () => checkW3c());
