import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempTree } from '../lib/temp-tree';
import { checkGithub } from './github';

let tree: Awaited<ReturnType<typeof tempTree>>;
beforeEach(async () => {
	tree = await tempTree();
});
afterEach(() => tree.remove());

test('a bad expression in a workflow and a broken issue form are reported with file and line', async () => {
	await tree.write({
		'.github/workflows/ci.yml':
			'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n',
		'.github/ISSUE_TEMPLATE/bug.yml':
			'name: Bug\ndescription: d\nbody:\n  - type: input\n    id: page\n    attributes:\n      label: Page\n  - type: dropdown\n    id: page\n    attributes:\n      label: Kind\n  - type: slider\n    id: x\n',
	});
	const findings = (await checkGithub(tree.dir)).map((f) => `${f.where} | ${f.problem}`);
	expect(findings).toHaveLength(4);
	expect(findings[0]).toMatch(
		/^\.github\/workflows\/ci\.yml:6:\d+ \| property "no_such_thing" is not defined/
	);
	expect(findings.slice(1)).toEqual([
		'.github/ISSUE_TEMPLATE/bug.yml:8 | duplicate id "page"',
		'.github/ISSUE_TEMPLATE/bug.yml:8 | dropdown needs a list of attributes.options',
		'.github/ISSUE_TEMPLATE/bug.yml:12 | unknown body type "slider"',
	]);
});
