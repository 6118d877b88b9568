import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { darkTheme, lightTheme } from './themes';

/**
 * The full-size SVG files every diagram links to, collected while pages are compiled and written
 * into the output when the build ends (or served by the dev server): output path relative to the
 * site root (`en/diagrams/diagram-1a2b3c4d5e.svg`) → file content.
 */
export const standaloneDiagrams = new Map<string, string>();

/** What global.css does for inline diagrams, for a file that is opened on its own. */
const standaloneStyle = `
:root { color-scheme: light dark; background: light-dark(${lightTheme.background}, ${darkTheme.background}); }
.lineWrapper line { stroke: light-dark(${lightTheme.textColor}, ${darkTheme.textColor}); }
.lineWrapper marker path, marker[id$='arrowhead'] path { fill: light-dark(${lightTheme.textColor}, ${darkTheme.textColor}); }
`;

/**
 * A diagram as a file of its own: natural size (so pinch-zoom and "open image" show it 1:1),
 * colours following the reader's system setting through the same `light-dark()` values, and a
 * background of its own since no page is behind it. `diagramStyle` is mermaid's stylesheet for it,
 * which the page shares between diagrams (slim-svg.ts).
 */
export function standaloneSvg(svg: Element, diagramStyle = ''): string {
	const [, , width = 0, height = 0] = String(svg.properties['viewBox'] ?? '')
		.split(/[\s,]+/)
		.map(Number);
	const file: Element = {
		...svg,
		properties: {
			...svg.properties,
			xmlns: 'http://www.w3.org/2000/svg',
			width: Math.ceil(width),
			height: Math.ceil(height),
		},
		children: [
			{
				type: 'element',
				tagName: 'style',
				properties: {},
				children: [{ type: 'text', value: diagramStyle + standaloneStyle }],
			},
			...svg.children,
		],
	};
	return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(file, {
		space: 'svg',
		closeEmptyElements: true,
		tightSelfClosing: false,
	})}\n`;
}
