/**
 * `npm run check:site`: every check over the sources and the built site, in one process, with one
 * report per check. Part of `npm test`, after the build and before the browser tests.
 */
import { checkBudgets } from './budgets.ts';
import { checkConsistency } from './consistency.ts';
import { checkCsp } from './csp.ts';
import { checkFreshness } from './freshness.ts';
import { checkGithub } from './github.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkParity } from './parity.ts';
import { checkCards } from './cards.ts';
import { checkReading } from './reading.ts';
import { CheckSkipped, type Finding, formatFindings } from '../lib/report.ts';
import { checkZhTypography } from './typography/index.ts';
import { checkW3c } from './w3c.ts';

const checks: [string, () => Promise<Finding[]>][] = [
	['links', () => checkLinks()],
	['translation parity', () => checkParity()],
	['HTML validity (html-validate)', () => checkHtml()],
	['HTML validity (W3C Nu checker)', () => checkW3c()],
	['Content-Security-Policy', () => checkCsp()],
	['reading order and section anchors', () => checkReading()],
	['glossary cards, citations and social cards', () => checkCards()],
	['Chinese typography', () => checkZhTypography()],
	['twin consistency (numbers, versions, dates)', () => checkConsistency()],
	['freshness (facts checked within 12 months)', () => checkFreshness()],
	['GitHub workflows and issue forms', () => checkGithub()],
	['page weight budgets', () => checkBudgets(undefined, console.log)],
];

/** Runs one check; a broken check must not hide the reports of the others. */
async function run(name: string, check: () => Promise<Finding[]>) {
	try {
		return { name, findings: await check() };
	} catch (error) {
		if (error instanceof CheckSkipped) return { name, skipped: error.message };
		const problem = `the check itself failed: ${(error as Error).message}`;
		return { name, findings: [{ where: name, problem }] };
	}
}

// All checks start at once and report in the order above. Most share this process's one thread,
// but the W3C checker runs in Java beside them, which is what a second core is for.
const started = performance.now();
const results = await Promise.all(checks.map(([name, check]) => run(name, check)));
let failed = 0;
for (const result of results) {
	if ('skipped' in result) {
		console.log(`– ${result.name}: skipped, ${result.skipped}`);
		continue;
	}
	console.log(formatFindings(result.name, result.findings));
	if (result.findings.length > 0) failed++;
}
// The checks overlap, so only the total time means anything.
console.log(`(${checks.length} checks in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (failed > 0) {
	console.log(`\n${failed} of ${checks.length} checks failed.`);
	process.exitCode = 1;
}
