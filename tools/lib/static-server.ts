import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

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

/**
 * A minimal static server for benchmarks over a built site folder, behaving like a typical static
 * host (GitHub Pages, Netlify): gzip for text when the client accepts it, long-lived caching for
 * Astro's hashed `/_astro/` files and ten minutes for everything else.
 */
export function serve(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
		} catch {
			return void response.writeHead(404).end();
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const gzip =
			compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(200, {
			'Content-Type': type,
			'Cache-Control': path.startsWith('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=600',
			Vary: 'Accept-Encoding',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		});
		const body = createReadStream(file);
		if (gzip) body.pipe(createGzip()).pipe(response);
		else body.pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
