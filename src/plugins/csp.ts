import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * A strict Content-Security-Policy for every built page, written twice: as a `<meta>` tag (works on
 * any host, GitHub Pages included) and in `_headers` (the file Netlify and Cloudflare Pages read),
 * where `frame-ancestors` is also allowed.
 *
 * Why our own step rather than Astro's `security.csp`: Astro hashes only the scripts and styles it
 * bundles. Our pages also carry build-time output Astro does not know about (inline SVG diagrams
 * with their own `<style>` and `style` attributes, Shiki's `style` attributes, `is:inline`
 * scripts), and a hash-based `style-src` blocks every `style` attribute. So after the build we
 * move each `style` attribute into a class rule, hash every inline script and style of the page,
 * and refuse inline event handlers and `javascript:` URLs outright.
 */

/** Directives every page shares. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. */
const baseDirectives = {
	'default-src': ["'none'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'connect-src': ["'self'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
	'object-src': ["'none'"],
} as const;

/** Only allowed in a response header, not in a `<meta>` policy. */
const headerOnly = "frame-ancestors 'none'";

const executableScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface PagePolicy {
	/** Page path relative to the output folder, e.g. `en/xen/index.html`. */
	file: string;
	policy: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Splits `a:b; c:url(x;y)` into declarations without breaking inside brackets or quotes. */
function declarations(style: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let quote = '';
	let current = '';
	for (const char of style) {
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '(') depth++;
		else if (char === ')') depth--;
		else if (char === ';' && depth === 0) {
			if (current.trim()) out.push(current.trim());
			current = '';
			continue;
		}
		current += char;
	}
	if (current.trim()) out.push(current.trim());
	return out;
}

/**
 * Moves `style` attributes into class rules collected in one `<style>` element in the head.
 * `!important` keeps the precedence an inline style had over the diagrams' own id selectors.
 */
function hoistStyleAttributes(tree: Root): string {
	const rules = new Map<string, string>();
	visit(tree, 'element', (node: Element) => {
		const style = node.properties['style'];
		if (style === undefined) return;
		delete node.properties['style'];
		const decls = declarations(String(style));
		if (decls.length === 0) return;
		const body = decls
			.map((decl) => (/!\s*important$/i.test(decl) ? decl : `${decl} !important`))
			.join(';');
		const name = `s-${createHash('sha256').update(body).digest('hex').slice(0, 8)}`;
		rules.set(name, body);
		const classes = node.properties['className'];
		node.properties['className'] = [...(Array.isArray(classes) ? classes : []), name];
	});
	return [...rules].map(([name, body]) => `.${name}{${body}}`).join('');
}

function problemsIn(tree: Root, file: string): string[] {
	const problems: string[] = [];
	visit(tree, 'element', (node: Element) => {
		for (const [key, value] of Object.entries(node.properties)) {
			if (/^on[a-z]/i.test(key))
				problems.push(
					`${file}: <${node.tagName} ${key.toLowerCase()}="…">: inline event handlers are blocked by the Content-Security-Policy; remove it from the page source and attach the behaviour in src/client/`
				);
			if (
				(key === 'href' || key === 'src' || key === 'action') &&
				/^\s*javascript:/i.test(String(value))
			)
				problems.push(`${file}: <${node.tagName} ${key}> uses a javascript: URL`);
		}
	});
	return problems;
}

const element = (
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[] = []
): Element => ({ type: 'element', tagName, properties, children });

/** Rewrites one page in place and returns its policy (without the header-only directives). */
export function securePage(html: string, file: string): { html: string; policy: string } {
	const tree = fromHtml(html);
	const problems = problemsIn(tree, file);
	if (problems.length > 0) throw new Error(`CSP: ${problems.join('\n')}`);

	let head: Element | undefined;
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'head') head = node;
	});
	if (!head) throw new Error(`CSP: ${file} has no <head>`);

	const hoisted = hoistStyleAttributes(tree);
	if (hoisted) head.children.push(element('style', {}, [{ type: 'text', value: hoisted }]));

	const scripts = new Set<string>();
	const styles = new Set<string>();
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'script' && node.properties['src'] === undefined) {
			const type = String(node.properties['type'] ?? '').toLowerCase();
			if (executableScriptTypes.has(type)) scripts.add(sha256(toString(node)));
		}
		if (node.tagName === 'style') styles.add(sha256(toString(node)));
	});

	const directives: Record<string, string[]> = Object.fromEntries(
		Object.entries(baseDirectives).map(([name, values]) => [name, [...values]])
	);
	directives['script-src']?.push(...scripts);
	directives['style-src']?.push(...styles);
	const policy = Object.entries(directives)
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ');

	// The policy only governs what comes after it, so it goes straight after <meta charset>.
	const charset = head.children.findIndex(
		(child) => child.type === 'element' && child.tagName === 'meta' && 'charSet' in child.properties
	);
	head.children.splice(
		charset + 1,
		0,
		element('meta', { httpEquiv: ['content-security-policy'], content: policy })
	);
	// Quotes inside double-quoted attributes need no escaping; this keeps the policy readable.
	return {
		html: toHtml(tree, {
			allowDangerousCharacters: true,
			collapseEmptyAttributes: true,
			upperDoctype: true,
		}),
		policy,
	};
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * The `_headers` path of a page: its clean URL. Netlify and Cloudflare Pages serve `…/index.html`
 * by redirecting to it, and Cloudflare allows only 100 rules, so one rule per page.
 */
function headerPath(file: string, base: string): string {
	const path = `${base}${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function contentSecurityPolicy(options: { base: string }): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await htmlFiles(root);
				const headers = [
					'# Written by src/plugins/csp.ts at build time; the same policies are in each page’s <meta>.',
					`${options.base}*`,
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'',
				];
				for (const path of files) {
					const file = relative(root, path);
					const { html, policy } = securePage(await readFile(path, 'utf8'), file);
					await writeFile(path, html);
					headers.push(
						headerPath(file, options.base),
						`  Content-Security-Policy: ${policy}; ${headerOnly}`,
						''
					);
				}
				await writeFile(join(root, '_headers'), headers.join('\n'));
				logger.info(`strict CSP written into ${files.length} pages and _headers`);
			},
		},
	};
}
