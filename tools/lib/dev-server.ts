import { spawn } from 'node:child_process';

export interface DevServer {
	/** `http://127.0.0.1:<port>` (no trailing slash). */
	url: string;
	/** Everything the server printed so far, without colour codes. */
	output(): string;
	/** Resolves when the output (after `from`, a length of `output()`) matches `pattern`. */
	waitFor(pattern: RegExp, options?: { from?: number; timeout?: number }): Promise<string>;
	stop(): Promise<void>;
}

const clean = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * Starts `astro dev` in `dir` (a project copy from `copyProject`) on `port`, as a contributor
 * would through `npm run dev`, and resolves once it answers HTTP. The caller stops it.
 */
export async function startDevServer(
	dir: string,
	port: number,
	options: { timeout?: number } = {}
): Promise<DevServer> {
	const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: dir,
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group, so stop() ends npx, astro and the diagram browser together.
		detached: true,
	});
	let log = '';
	const listeners = new Set<() => void>();
	const append = (chunk: Buffer) => {
		log += clean(chunk.toString());
		for (const listener of listeners) listener();
	};
	child.stdout.on('data', append);
	child.stderr.on('data', append);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const server: DevServer = {
		url: `http://127.0.0.1:${port}`,
		output: () => log,
		waitFor(pattern, { from = 0, timeout = 60_000 } = {}) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const match = pattern.exec(log.slice(from));
					if (!match) return;
					listeners.delete(check);
					clearTimeout(timer);
					resolve(match[0]);
				};
				const timer = setTimeout(() => {
					listeners.delete(check);
					reject(new Error(`dev server: no ${pattern} within ${timeout} ms. Output:\n${log}`));
				}, timeout);
				listeners.add(check);
				check();
			});
		},
		async stop() {
			if (child.exitCode !== null || child.pid === undefined) return;
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
			if (child.exitCode === null) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					// Already gone.
				}
			}
		},
	};
	try {
		await server.waitFor(/ready in/, { timeout: options.timeout ?? 120_000 });
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}
