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
	['glossary cards, citations and social cards', () => checkReading()],
	['Chinese typography', () => checkZhTypography()],
	['twin consistency (numbers, versions, dates)', () => checkConsistency()],
	['freshness (facts checked within 12 months)', () => checkFreshness()],
	['GitHub workflows and issue forms', () => checkGithub()],
	['page weight budgets', () => checkBudgets(undefined, console.log)],
];

let failed = 0;
for (const [name, check] of checks) {
	const started = performance.now();
	let findings: Finding[];
	try {
		findings = await check();
	} catch (error) {
		if (error instanceof CheckSkipped) {
			console.log(`– ${name}: skipped, ${error.message}`);
			continue;
		}
		// One broken check must not hide the reports of the others.
		findings = [{ where: name, problem: `the check itself failed: ${(error as Error).message}` }];
	}
	console.log(`${formatFindings(name, findings)} (${Math.round(performance.now() - started)} ms)`);
	if (findings.length > 0) failed++;
}
if (failed > 0) {
	console.log(`\n${failed} of ${checks.length} checks failed.`);
	process.exitCode = 1;
}
