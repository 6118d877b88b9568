/**
 * Shared shape and printing for the quality checks in this folder. Each check is a function that
 * returns findings (so tests can run it on a broken fixture) and a command (`npm run check:<name>`)
 * that prints them and exits non-zero when there are any.
 */
import { fileURLToPath } from 'node:url';

export interface Finding {
	/** Where: a file (with :line[:column] when known) or a built page path. */
	where: string;
	/** What is wrong, in one sentence. */
	problem: string;
	/** What was expected instead, when that helps the fix. */
	expected?: string;
}

/** Thrown by a check that cannot run on this machine (a missing tool): reported, not failed. */
export class CheckSkipped extends Error {}

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function formatFindings(name: string, findings: Finding[]): string {
	if (findings.length === 0) return `✓ ${name}: no findings`;
	const lines = findings.map(
		(f) => `  ${f.where}\n    ${f.problem}${f.expected ? `\n    expected: ${f.expected}` : ''}`
	);
	return `✗ ${name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}

/** Runs a check as a command when the module is the entry point; exit code 1 on any finding. */
export async function runAsCommand(
	meta: ImportMeta,
	name: string,
	check: () => Promise<Finding[]>
): Promise<void> {
	if (process.argv[1] !== fileURLToPath(meta.url)) return;
	let findings: Finding[];
	try {
		findings = await check();
	} catch (error) {
		if (!(error instanceof CheckSkipped)) throw error;
		console.log(`– ${name}: skipped, ${error.message}`);
		return;
	}
	console.log(formatFindings(name, findings));
	if (findings.length > 0) process.exitCode = 1;
}
