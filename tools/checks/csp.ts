/**
 * `npm run check:csp`: the Content-Security-Policy written by src/plugins/csp.ts is strict on every
 * built page (hashes only, no unsafe-inline or unsafe-eval, nothing inline left for it to allow),
 * comes before anything it governs, and `_headers` sends the same policy for each page. That the
 * site still works under it is proved in a real browser by e2e/site.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { builtPages, distDir } from '../lib/site.ts';

const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];

export async function checkCsp(root = projectRoot): Promise<Finding[]> {
	const dist = distDir(root);
	const findings: Finding[] = [];
	let headers = '';
	try {
		headers = await readFile(join(dist, '_headers'), 'utf8');
	} catch {
		findings.push({ where: 'dist/_headers', problem: 'missing', expected: 'written by the build' });
	}
	for (const { file, url, html } of await builtPages(dist)) {
		const where = `dist/${file}`;
		const policy = metaPolicy(html);
		if (!policy) {
			findings.push({ where, problem: 'no Content-Security-Policy meta tag' });
			continue;
		}
		const rules: [boolean, string, string][] = [
			[policy.includes("default-src 'none'"), "default-src is not 'none'", "default-src 'none'"],
			[
				/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/.test(policy),
				'script-src allows more than this site, WebAssembly and hashed inline scripts',
				"script-src 'self' 'wasm-unsafe-eval' 'sha256-…'",
			],
			[!policy.includes('unsafe-inline'), "the policy allows 'unsafe-inline'", 'hashes only'],
			[!policy.includes("'unsafe-eval'"), "the policy allows 'unsafe-eval'", 'no eval'],
			[
				html.indexOf('http-equiv="content-security-policy"') <
					html.search(/<(script|style|link)\b/),
				'the policy comes after a script, style or stylesheet it should govern',
				'the meta tag right after <meta charset>',
			],
			[!/\sstyle="/.test(html), 'a style attribute is left in the page', 'hashed class rules'],
			[
				!/<[^>]+\son[a-z]+="/.test(html),
				'an inline event handler is left in the page',
				'behaviour attached from src/client/',
			],
			[
				headers === '' ||
					headers.includes(
						`${url}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`
					),
				'_headers does not send this page the same policy',
				`a rule for ${url} with the meta policy plus frame-ancestors 'none'`,
			],
		];
		for (const [ok, problem, expected] of rules)
			if (!ok) findings.push({ where, problem, expected });
	}
	return findings;
}

await runAsCommand(import.meta, 'Content-Security-Policy', () => checkCsp());
