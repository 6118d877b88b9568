import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempTree } from '../../tools/lib/temp-tree';
import { DevSearch } from './dev-search';

// A stand-in for the dev server: serves each page with the word it currently contains, and
// counts how often each page is fetched, so the test sees what a refresh renders again.
const words: Record<string, string> = { '/en/': 'hypervisor', '/en/xen/': 'grant' };
const fetched: string[] = [];
let server: Server;
let origin = '';
const tree = await tempTree();

beforeAll(async () => {
	await tree.write({
		'content/docs/en/index.mdx': '',
		'content/docs/en/xen/index.mdx': '',
		'content/docs/zh-cn/index.mdx': '',
	});
	server = createServer((request, response) => {
		const path = request.url ?? '/';
		fetched.push(path);
		const word = words[path];
		if (!word) return void response.writeHead(404).end();
		response.setHeader('Content-Type', 'text/html');
		response.end(
			`<!doctype html><html lang="en"><head><title>${path}</title></head><body><main data-pagefind-body><h1>${path}</h1><p>About ${word}.</p></main></body></html>`
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.close();
	await pagefind.close();
	await tree.remove();
});

test('builds on first use, then fetches again only the page that was saved', async () => {
	const logged: string[] = [];
	const search = new DevSearch({
		root: tree.dir,
		base: '/',
		localeCodes: ['en', 'zh-cn'],
		indexOptions: {},
		info: (message) => logged.push(message),
		warn: (message) => logged.push(message),
	});
	search.origin = origin;

	expect(await search.file('en', 'pagefind.js')).toBeInstanceOf(Uint8Array);
	const entry = JSON.parse(
		new TextDecoder().decode(await search.file('en', 'pagefind-entry.json'))
	) as { languages: Record<string, { page_count: number }> };
	expect(Object.values(entry.languages)[0]?.page_count).toBe(2);
	expect(fetched.sort()).toEqual(['/en/', '/en/xen/']);
	expect(logged).toEqual([expect.stringMatching(/^search \(en\): indexed 2 pages \(2 fetched\)/)]);

	// Nothing changed: the entry file is served as built, nothing is fetched.
	fetched.length = 0;
	await search.file('en', 'pagefind-entry.json');
	expect(fetched).toEqual([]);

	// A saved page is fetched again (and only it); the Chinese index is not touched.
	words['/en/xen/'] = 'hypercall';
	search.changed(tree.path('content/docs/en/xen/index.mdx'));
	await search.file('en', 'pagefind.js');
	expect(fetched).toEqual(['/en/xen/']);

	// A change outside the pages (data, components) makes every page stale.
	fetched.length = 0;
	search.changed(tree.path('content/data/glossary.yaml'));
	await search.file('en', 'pagefind.js');
	expect(fetched.sort()).toEqual(['/en/', '/en/xen/']);
});
