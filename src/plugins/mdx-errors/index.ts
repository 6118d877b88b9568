import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import { explainMdxError, type MdxParseError } from './explain';

export { remarkMdxChecks } from './remark-mdx-checks';

/** The name of @astrojs/mdx's Vite plugin, which compiles `.mdx` files. */
const mdxPluginName = '@mdx-js/rolldown';
const wrapped = Symbol('mdx-errors');

type TransformHandler = (this: unknown, code: string, id: string) => unknown;
interface HookObject {
	handler: TransformHandler;
	filter?: unknown;
	[wrapped]?: true;
}

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

interface LocatedError extends Error, Omit<MdxParseError, 'message'> {
	loc?: { file?: string; line?: number; column?: number };
}

/**
 * Rewrites what `astro dev` and `astro build` say when an MDX page does not compile. The parser's
 * own messages ("Could not parse expression with acorn") name neither the mistake nor the fix, and
 * MDX errors happen before any remark plugin runs, so the compile step itself is wrapped: a known
 * mistake (src/plugins/mdx-errors/explain.ts) gets its explanation, and every error from a page
 * starts with `content/docs/…/page.mdx:line:column:`, also in the browser's error overlay.
 */
export function mdxErrors(): AstroIntegration {
	let root = process.cwd();
	const plugin: VitePlugin = {
		name: 'mdx-errors',
		configResolved(config) {
			const mdx = config.plugins.find((p) => p.name === mdxPluginName);
			const hook = mdx?.transform as HookObject | TransformHandler | undefined;
			if (!mdx || !hook) {
				throw new Error(
					`mdx-errors: @astrojs/mdx's Vite plugin "${mdxPluginName}" was not found; update src/plugins/mdx-errors/index.ts to its new name.`
				);
			}
			if (typeof hook !== 'function' && hook[wrapped]) return;
			const original = typeof hook === 'function' ? hook : hook.handler;
			const handler: TransformHandler = async function (this: unknown, code, id) {
				try {
					return await original.call(this, code, id);
				} catch (caught) {
					throw explain(caught as LocatedError, code, id);
				}
			};
			(mdx as { transform: HookObject }).transform =
				typeof hook === 'function'
					? { handler, [wrapped]: true }
					: { ...hook, handler, [wrapped]: true };
		},
	};

	const explain = (error: LocatedError, code: string, id: string): Error => {
		const file = relative(root, id.replace(/\?.*$/, '')).replaceAll('\\', '/');
		if (error.message?.startsWith(`${file}:`)) return error;
		const explained = explainMdxError(error, code, file);
		const line = explained?.line ?? error.line ?? error.loc?.line;
		const column = explained?.column ?? error.column ?? error.loc?.column;
		const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
		const message = explained?.message ?? `${where}: ${error.reason ?? error.message}`;
		const rewritten: LocatedError = new Error(message);
		rewritten.name = error.name;
		rewritten.loc = { file: id, ...(line && { line }), ...(column && { column }) };
		rewritten.cause = error;
		return rewritten;
	};

	return {
		name: 'mdx-errors',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}
