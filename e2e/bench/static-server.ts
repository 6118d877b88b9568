import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

/** A minimal static server for benchmarks over a built site folder (no caching, no compression). */
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
		response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
