import { minify, syntax } from 'csso';
import {
	optimize,
	type CustomPlugin,
	type XastChild,
	type XastElement,
	type XastParent,
} from 'svgo';

/** Which tags, classes and attributes a diagram uses: what its stylesheet rules can match. */
export interface DiagramUsage {
	tags: Set<string>;
	classes: Set<string>;
	attributes: Set<string>;
}

export interface SlimDiagram {
	/** The SVG without its `<style>`, its root classed `mermaid-<type>`. */
	svg: string;
	/** Mermaid's diagram type, `flowchart`, `sequence`, `timeline`…: diagrams of a type share rules. */
	type: string;
	/** Mermaid's stylesheet for the diagram, scoped to `.mermaid-<type>` instead of the SVG's id. */
	style: string;
	usage: DiagramUsage;
}

const isElement = (node: XastChild | undefined, name?: string): node is XastElement =>
	node?.type === 'element' && (name === undefined || node.name === name);

const elementsOf = (parent: XastParent): XastElement[] =>
	parent.children.filter((child): child is XastElement => isElement(child));

/** Every element under a parent, depth first. */
function* descendants(parent: XastParent): Generator<XastElement> {
	for (const child of elementsOf(parent)) {
		yield child;
		yield* descendants(child);
	}
}

const classesOf = (node: XastElement) =>
	(node.attributes['class'] ?? '').split(/\s+/).filter(Boolean);

/**
 * Mermaid writes each word of a label as its own `<tspan>` (to wrap rows) with the same
 * attributes: `<tspan class="text-inner-tspan" font-style="normal" …>word</tspan>` × words. A row
 * needs one run per change of style, so neighbours with equal attributes become one tspan.
 */
const mergeWordTspans: CustomPlugin = {
	name: 'mergeWordTspans',
	fn: () => ({
		element: {
			exit: (node) => {
				const merged: XastChild[] = [];
				for (const child of node.children) {
					const before = merged.at(-1);
					const textOnly = (el: XastElement) => el.children.every((c) => c.type === 'text');
					if (
						isElement(child, 'tspan') &&
						isElement(before, 'tspan') &&
						textOnly(child) &&
						textOnly(before) &&
						JSON.stringify(child.attributes) === JSON.stringify(before.attributes)
					) {
						const text = [...before.children, ...child.children]
							.map((c) => (c.type === 'text' ? c.value : ''))
							.join('');
						before.children = [{ type: 'text', value: text }];
						continue;
					}
					merged.push(child);
				}
				node.children = merged;
			},
		},
	}),
};

/**
 * Mermaid defines every arrowhead, circle and cross marker of a diagram type in every diagram
 * (twelve in a flowchart), and every actor icon in every sequence diagram, whether anything uses
 * them or not; only those referenced (`url(#id)`, `href="#id"`, or in the stylesheet) stay.
 */
const removeUnusedDefinitions: CustomPlugin = {
	name: 'removeUnusedDefinitions',
	fn: (root) => {
		const referenced = new Set<string>();
		for (const node of descendants(root))
			for (const [name, value] of Object.entries(node.attributes)) {
				for (const [, id] of value.matchAll(/url\(#([^)]+)\)/g)) if (id) referenced.add(id);
				if (/(^|:)href$/.test(name) && value.startsWith('#')) referenced.add(value.slice(1));
			}
		const style = [...descendants(root)]
			.filter((node) => node.name === 'style')
			.flatMap((node) => node.children.map((c) => ('value' in c ? c.value : '')))
			.join('');
		return {
			element: {
				enter: (node, parent) => {
					const id = node.attributes['id'];
					if (!['marker', 'symbol'].includes(node.name) || !id || referenced.has(id)) return;
					if (style.includes(`#${id}`)) return;
					parent.children = parent.children.filter((child) => child !== node);
				},
			},
		};
	},
};

/**
 * Mermaid leaves placeholder `<rect>`s without a width or height in labels (backgrounds it sizes
 * only for edge labels); they draw nothing.
 */
const removeSizelessRects: CustomPlugin = {
	name: 'removeSizelessRects',
	fn: () => ({
		element: {
			enter: (node, parent) => {
				if (
					node.name === 'rect' &&
					node.children.length === 0 &&
					(node.attributes['width'] === undefined || node.attributes['height'] === undefined) &&
					!/(^|;)\s*(width|height)\s*:/.test(node.attributes['style'] ?? '')
				)
					parent.children = parent.children.filter((child) => child !== node);
			},
		},
	}),
};

/**
 * Takes the `<style>` out of the SVG and re-scopes its rules from the SVG's id to a class for its
 * diagram type, so one copy serves every diagram of that type on a page; records what the SVG
 * uses so the copy keeps only rules that can match.
 */
function extractStyle(result: { type: string; style: string; usage: DiagramUsage }): CustomPlugin {
	return {
		name: 'extractStyle',
		fn: (root) => {
			const svg = elementsOf(root).find((node) => node.name === 'svg');
			if (!svg) throw new Error('mermaid returned no <svg>');
			const id = svg.attributes['id'] ?? '';
			const role = svg.attributes['aria-roledescription'] ?? svg.attributes['class'] ?? 'diagram';
			result.type = role.split(/\s+/)[0]?.replace(/-v\d+$/, '') || 'diagram';
			const scope = `mermaid-${result.type}`;
			svg.attributes['class'] = [...classesOf(svg), scope].join(' ');
			const styles = [...descendants(svg)].filter((node) => node.name === 'style');
			result.style = styles
				.flatMap((node) => node.children.map((c) => ('value' in c ? c.value : '')))
				.join('\n')
				.replace(new RegExp(`#${id.replace(/[^\w-]/g, '\\$&')}(?![\\w-])`, 'g'), `.${scope}`);
			for (const style of styles) {
				const parent = [svg, ...descendants(svg)].find((node) => node.children.includes(style));
				if (parent) parent.children = parent.children.filter((child) => child !== style);
			}
			for (const node of [svg, ...descendants(svg)]) {
				result.usage.tags.add(node.name);
				for (const name of classesOf(node)) result.usage.classes.add(name);
				for (const name of Object.keys(node.attributes)) result.usage.attributes.add(name);
			}
		},
	};
}

/** Digits after the point that coordinates keep: 1/100 of a CSS pixel at natural size. */
const precision = 2;

/**
 * Mermaid's SVG without what draws nothing: word-by-word tspans, unused markers, empty groups and
 * placeholder rects, `data-*` bookkeeping (edge points in base64, look, ids), default attribute
 * values, and coordinates to 15 digits (rounded to 1/100 px). The stylesheet comes back apart,
 * scoped to the diagram type, for `diagramStyle` to prune and share.
 */
export function slimSvg(svg: string): SlimDiagram {
	const extracted = {
		type: '',
		style: '',
		usage: { tags: new Set<string>(), classes: new Set<string>(), attributes: new Set<string>() },
	};
	const { data } = optimize(svg, {
		multipass: false,
		plugins: [
			'removeComments',
			'cleanupAttrs',
			mergeWordTspans,
			removeUnusedDefinitions,
			removeSizelessRects,
			{
				name: 'removeUnknownsAndDefaults',
				params: { keepDataAttrs: false, keepAriaAttrs: true, keepRoleAttr: true },
			},
			{ name: 'cleanupNumericValues', params: { floatPrecision: precision } },
			{ name: 'convertPathData', params: { floatPrecision: precision } },
			{ name: 'convertTransform', params: { floatPrecision: precision } },
			'removeEmptyAttrs',
			'removeEmptyText',
			'removeEmptyContainers',
			extractStyle(extracted),
		],
	});
	return { svg: data, ...extracted };
}

/**
 * The stylesheet for the diagrams of one type on a page (or one full-size file): mermaid's rules
 * minus those that cannot match what these diagrams use (other diagram types' classes, the neo
 * look's `[data-look]`, HTML-label rules), minified.
 */
export function diagramStyle(style: string, usages: DiagramUsage[]): string {
	const attributes = new Set(usages.flatMap((usage) => [...usage.attributes]));
	const ast = syntax.parse(style);
	// csso prunes by tags and classes; selectors on attributes no element has go here.
	syntax.walk(ast, {
		visit: 'Rule',
		enter(rule, item, list) {
			if (rule.prelude.type !== 'SelectorList') return;
			const selectors = rule.prelude.children;
			selectors.forEach((selector, selectorItem) => {
				let dead = false;
				syntax.walk(selector, {
					visit: 'AttributeSelector',
					enter(node) {
						if (!attributes.has(node.name.name)) dead = true;
					},
				});
				if (dead) selectors.remove(selectorItem);
			});
			if (selectors.isEmpty && list) list.remove(item);
		},
	});
	return minify(syntax.generate(ast), {
		usage: {
			tags: [...new Set(usages.flatMap((usage) => [...usage.tags]))],
			classes: [...new Set(usages.flatMap((usage) => [...usage.classes]))],
		},
	}).css;
}
