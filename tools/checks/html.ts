/**
 * `npm run check:html`: html-validate (recommended rules, see .htmlvalidate.json) over every built
 * page. Zero errors allowed.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';
import { builtPages, distDir } from '../lib/site.ts';

export async function checkHtml(
	dist = distDir(projectRoot),
	root = projectRoot
): Promise<Finding[]> {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const findings: Finding[] = [];
	for (const page of await builtPages(dist)) {
		// Validate as if the file were in the project, so .htmlvalidate.json applies.
		const report = await validator.validateString(page.html, join(root, 'dist', page.file));
		for (const result of report.results)
			for (const message of result.messages)
				findings.push({
					where: `dist/${page.file}:${message.line}:${message.column}`,
					problem: `${message.message} (${message.ruleId}${message.selector ? ` at ${message.selector}` : ''})`,
				});
	}
	return findings;
}

await runAsCommand(import.meta, 'HTML validity (html-validate)', () => checkHtml());
