import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from './static-server.ts';

let root: string;
let base: string;
let close: () => void;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'static-server-'));
	await writeFile(join(root, 'index.html'), `<!doctype html><p>${'Xen 与 KVM '.repeat(5000)}</p>`);
	const server = await serve(root + '/', 0);
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	close = () => server.close();
});
afterAll(async () => {
	close();
	await rm(root, { recursive: true });
});

/** The status, headers and raw (still compressed) body of a request. */
function fetchRaw(path: string, gzip = true) {
	return new Promise<{ headers: Record<string, unknown>; body: Buffer; status: number }>(
		(resolve, reject) => {
			get(base + path, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						headers: response.headers,
						body: Buffer.concat(chunks),
						status: response.statusCode ?? 0,
					})
				);
			}).on('error', reject);
		}
	);
}

describe('the benchmark server', () => {
	test('sends a page compressed, with its length, as a static host sends a stored file', async () => {
		const { headers, body } = await fetchRaw('/');
		expect(headers['content-encoding']).toBe('gzip');
		expect(Number(headers['content-length'])).toBe(body.length);
		expect(gunzipSync(body).toString()).toContain('Xen 与 KVM');
	});

	test('sends the file as it is to a client that takes no gzip', async () => {
		const { headers, body } = await fetchRaw('/', false);
		expect(headers['content-encoding']).toBeUndefined();
		expect(body.toString()).toMatch(/^<!doctype html>/);
	});

	test('serves a file rebuilt under it afresh, not the stored copy', async () => {
		await writeFile(join(root, 'index.html'), '<!doctype html><p>rebuilt</p>');
		await utimes(join(root, 'index.html'), new Date(), new Date(Date.now() + 5000));
		const { body } = await fetchRaw('/');
		expect(gunzipSync(body).toString()).toBe('<!doctype html><p>rebuilt</p>');
	});

	test('answers 404 for a missing file and 403 outside its folder', async () => {
		expect((await fetchRaw('/missing.html')).status).toBe(404);
		expect((await fetchRaw('/..%2F..%2Fetc%2Fpasswd')).status).toBe(403);
	});
});
