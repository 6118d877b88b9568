import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
};

const compressible = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;
const gzipped = promisify(gzip);

/**
 * A minimal static server for benchmarks over a built site folder, behaving like a typical static
 * host (GitHub Pages, Netlify): gzip for text when the client accepts it, long-lived caching for
 * Astro's hashed `/_astro/` files and ten minutes for everything else.
 *
 * Like such a host, it sends a stored response whole, with its length. Each file is compressed
 * once, on first request, and kept in memory until it changes. Compressing every response as a
 * stream instead ran on the same two cores as the browser being measured and fed it the page in
 * 16 KB pieces, which raised Lighthouse's blocking time on the same build (README, "The
 * benchmark's server").
 */
export function serve(root: string, port: number): Promise<Server> {
	const stored = new Map<string, { size: number; mtimeMs: number; body: Promise<Buffer> }>();
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		let info;
		try {
			info = await stat(file);
			if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
		} catch {
			return void response.writeHead(404).end();
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const compress =
			compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		// A file rebuilt under a running server (new size or time) is read again.
		const key = `${compress ? 'gzip' : 'identity'} ${file}`;
		let entry = stored.get(key);
		if (!entry || entry.size !== info.size || entry.mtimeMs !== info.mtimeMs) {
			const body = readFile(file).then((bytes) => (compress ? gzipped(bytes) : bytes));
			stored.set(key, (entry = { size: info.size, mtimeMs: info.mtimeMs, body }));
		}
		let bytes;
		try {
			bytes = await entry.body;
		} catch (error) {
			stored.delete(key);
			return void response.writeHead(500).end(String(error));
		}
		response.writeHead(200, {
			'Content-Type': type,
			'Content-Length': bytes.length,
			'Cache-Control': path.startsWith('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=600',
			Vary: 'Accept-Encoding',
			...(compress ? { 'Content-Encoding': 'gzip' } : {}),
		});
		response.end(bytes);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
