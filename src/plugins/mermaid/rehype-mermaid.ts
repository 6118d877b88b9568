import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fixCjkLineBreaks } from './cjk-line-breaks';
import { devMode } from './dev-mode';
import { DiagramSyntaxError, diagramRenderer } from './renderer';
import { diagramStyle, slimSvg, type SlimDiagram } from './slim-svg';
import { standaloneDiagrams, standaloneSvg } from './standalone';

export interface RehypeMermaidOptions {
	/** The site's base path, with a trailing slash (`/` or `/guide/`). */
	base?: string;
	/** Locale codes: a page under `content/docs/<locale>/` gets its full-size files under `<locale>/`. */
	locales?: readonly string[];
	/** The text of the link to the full-size SVG, in the page's language. */
	fullSizeLabel?: (locale: string | undefined) => string;
}

/**
 * Attributes mermaid writes that are in no SVG or HTML specification (the W3C checker rejects
 * them): `name` on sequence-diagram rects and lines, `datatype` on timeline groups. hast names.
 */
const nonStandardAttributes = ['name', 'dataType', 'datatype'];

/** The text a diagram is shown at no smaller than (CSS px); global.css turns it into a min-width. */
const legibleFontPx = 12;

interface Found {
	pre: Element;
	/** The fence's parent: an element, the root, or an MDX JSX element (all have `children`). */
	parent: { children: ElementContent[] } | Root;
	index: number;
	source: string;
	line: number;
}

/** accTitle / accDescr as mermaid reads them (single-line forms). */
function accessibleText(source: string, key: 'accTitle' | 'accDescr'): string | undefined {
	return new RegExp(`^\\s*${key}\\s*:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim();
}

function text(value: string): Text {
	return { type: 'text', value };
}

/** `content/docs/en/xen/index.mdx:47`: the file relative to the project, and a line in it. */
function where(file: VFile, line: number): string {
	return `${relative(file.cwd, file.path).replaceAll('\\', '/')}:${line}`;
}

/**
 * What `astro dev` shows in place of a diagram mermaid cannot parse: the place and mermaid's own
 * message, so the contributor fixes it without leaving the page. Never in a build, which fails.
 */
function errorBox(place: string, message: string): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: {
			className: ['diagram-error'],
			role: 'alert',
			// Inline: this box exists only on the dev server, so global.css does not carry it.
			style:
				'border: 2px solid #b00020; border-radius: 4px; padding: 0.5rem 1rem; margin: 1rem 0; background: light-dark(#fff4f4, #2a1010); color: light-dark(#5c0011, #ffd7d7)',
		},
		children: [
			{
				type: 'element',
				tagName: 'p',
				properties: {},
				children: [
					{
						type: 'element',
						tagName: 'strong',
						properties: {},
						children: [text('Mermaid cannot parse this diagram')],
					},
					text(` (${place})`),
				],
			},
			{
				type: 'element',
				tagName: 'pre',
				properties: { style: 'white-space: pre-wrap; margin: 0' },
				children: [text(message)],
			},
		],
	};
}

/**
 * Replaces ```mermaid fences with build-time SVG inside a captioned <figure>. Each diagram must
 * carry `accTitle:` and `accDescr:`; the SVG is exposed as one image (role="img") named by its
 * title and described by its description, and both are repeated in a visible caption so readers
 * and the search index get the text too. A diagram mermaid cannot parse stops the build with the
 * file, the line in that file and mermaid's message.
 */
export function rehypeMermaid(options: RehypeMermaidOptions = {}) {
	const base = options.base ?? '/';
	const fullSizeLabel = options.fullSizeLabel ?? (() => 'Full-size diagram (SVG)');
	return async (tree: Root, file: VFile) => {
		const locale = options.locales?.find((code) =>
			file.path.replaceAll('\\', '/').includes(`/content/docs/${code}/`)
		);
		const found: Found[] = [];
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'pre' || index === undefined || !parent) return;
			const code = node.children.find(
				(c): c is Element => c.type === 'element' && c.tagName === 'code'
			);
			const classes = code?.properties['className'];
			if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
			found.push({
				pre: node,
				parent,
				index,
				source: toString(code),
				line: node.position?.start.line ?? 1,
			});
		});
		// Nothing to do: no browser is started for pages without diagrams.
		if (found.length === 0) return;

		const seen = new Map<string, number>();
		const slimmed: { svg: Element; slim: SlimDiagram }[] = [];
		for (const item of found) {
			const title = accessibleText(item.source, 'accTitle');
			const description = accessibleText(item.source, 'accDescr');
			if (!title || !description) {
				file.fail(
					'Every mermaid diagram needs a one-line `accTitle: …` and `accDescr: …` (its caption and text description).',
					item.pre
				);
			}
			const hash = createHash('sha256').update(item.source).digest('hex').slice(0, 10);
			const count = (seen.get(hash) ?? 0) + 1;
			seen.set(hash, count);
			const id = `diagram-${hash}${count > 1 ? `-${count}` : ''}`;

			let svg: string;
			let smallestFont: number;
			try {
				let renderedIn: number | undefined;
				({ svg, smallestFont, renderedIn } = await diagramRenderer.render(
					item.source,
					`${id}-svg`
				));
				if (devMode.enabled && renderedIn !== undefined)
					devMode.info(`${where(file, item.line)} rendered in ${(renderedIn / 1000).toFixed(2)} s`);
			} catch (error) {
				if (error instanceof DiagramSyntaxError) {
					const line = error.line === undefined ? item.line : item.line + error.line;
					if (devMode.enabled) {
						devMode.error(
							`${where(file, line)}: mermaid cannot parse this diagram: ${error.message}`
						);
						item.parent.children[item.index] = errorBox(where(file, line), error.message);
						continue;
					}
					file.fail(`Mermaid cannot parse this diagram (line ${line}): ${error.message}`, {
						start: { line, column: 1 },
						end: { line, column: 1 },
					});
				}
				throw error;
			}

			const slim = slimSvg(svg);
			const svgTree = fromHtml(slim.svg, { fragment: true, space: 'svg' });
			const svgElement = svgTree.children.find(
				(c): c is Element => c.type === 'element' && c.tagName === 'svg'
			);
			if (!svgElement) file.fail('Mermaid returned no <svg>', item.pre);
			const props = svgElement.properties;
			// Some diagram types (timeline) ignore accTitle/accDescr; add the elements they skip.
			const hasChild = (tag: string) =>
				svgElement.children.some((c) => c.type === 'element' && c.tagName === tag);
			const accessible: Element[] = [];
			if (!hasChild('title')) {
				accessible.push({
					type: 'element',
					tagName: 'title',
					properties: { id: `chart-title-${id}-svg` },
					children: [text(title)],
				});
			}
			if (!hasChild('desc')) {
				accessible.push({
					type: 'element',
					tagName: 'desc',
					properties: { id: `chart-desc-${id}-svg` },
					children: [text(description)],
				});
			}
			svgElement.children.unshift(...accessible);
			// One image with a name and a description, rather than mermaid's graphics-document roles.
			props['role'] = 'img';
			delete props['ariaRoleDescription'];
			props['ariaLabelledBy'] = [`chart-title-${id}-svg`];
			props['ariaDescribedBy'] = [`chart-desc-${id}-svg`];
			delete props['width'];
			// Mermaid's `max-width` would beat the sizing rules of global.css (see the figure's style).
			delete props['style'];
			visit(svgElement, 'element', (node: Element) => {
				for (const name of nonStandardAttributes) delete node.properties[name];
			});
			fixCjkLineBreaks(svgElement);

			const [, , naturalWidth = 0, naturalHeight = 0] = String(props['viewBox'] ?? '')
				.split(/[\s,]+/)
				.map(Number);
			const fileName = `${locale ? `${locale}/` : ''}diagrams/${id}.svg`;
			standaloneDiagrams.set(
				fileName,
				standaloneSvg(svgElement, diagramStyle(slim.style, [slim.usage]))
			);
			// On the page the caption's own text describes the image (the standalone file keeps its
			// <desc>): a screen reader gets no description from a <desc> inside a figure that
			// content-visibility has not drawn yet (Chromium 150), but does from HTML text.
			props['ariaDescribedBy'] = [`${id}-description`];
			svgElement.children = svgElement.children.filter(
				(c) => !(c.type === 'element' && c.tagName === 'desc')
			);
			slimmed.push({ svg: svgElement, slim });

			const figure: Element = {
				type: 'element',
				tagName: 'figure',
				properties: {
					className: ['diagram'],
					id,
					// The natural size, and the width under which its smallest text would drop below
					// legibleFontPx; narrower screens scroll the diagram sideways instead (global.css).
					style: `--diagram-width: ${Math.ceil(naturalWidth)}px; --diagram-height: ${Math.ceil(naturalHeight)}px; --diagram-legible-width: ${Math.ceil((naturalWidth * legibleFontPx) / smallestFont)}px`,
				},
				children: [
					{
						type: 'element',
						tagName: 'div',
						// Focusable so keyboard users can scroll it when it is wider than the screen;
						// src/client/scroll-frames.ts drops the tab stop once it sees the frame fits
						// (a frame not yet drawn, or without JavaScript, stays reachable).
						properties: { className: ['diagram-canvas'], tabIndex: 0 },
						children: [svgElement],
					},
					{
						type: 'element',
						tagName: 'figcaption',
						properties: {},
						children: [
							{ type: 'element', tagName: 'strong', properties: {}, children: [text(title)] },
							text(' '),
							{
								type: 'element',
								tagName: 'span',
								properties: { className: ['diagram-description'], id: `${id}-description` },
								children: [text(description)],
							},
							text(' '),
							{
								type: 'element',
								tagName: 'a',
								properties: { className: ['diagram-full-size'], href: `${base}${fileName}` },
								children: [text(fullSizeLabel(locale))],
							},
						] as ElementContent[],
					},
				],
			};
			item.parent.children[item.index] = figure;
		}
		shareStyles(slimmed);
	};
}

/**
 * One stylesheet per diagram type on the page, in the first diagram of that type, holding the
 * rules any of them can match (the rules are scoped to the type's class, not to one SVG).
 */
function shareStyles(diagrams: { svg: Element; slim: SlimDiagram }[]) {
	const types = new Map<string, { svg: Element; slim: SlimDiagram }[]>();
	for (const diagram of diagrams)
		types.set(diagram.slim.type, [...(types.get(diagram.slim.type) ?? []), diagram]);
	for (const [first, ...rest] of types.values()) {
		if (!first) continue;
		const css = diagramStyle(
			first.slim.style,
			[first, ...rest].map(({ slim }) => slim.usage)
		);
		// After <title> and <desc>, which name and describe the image.
		const at = first.svg.children.findIndex(
			(c) => c.type === 'element' && c.tagName !== 'title' && c.tagName !== 'desc'
		);
		first.svg.children.splice(at === -1 ? first.svg.children.length : at, 0, {
			type: 'element',
			tagName: 'style',
			properties: {},
			children: [text(css)],
		});
	}
}
