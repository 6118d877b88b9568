import { expect, test } from 'vitest';
import { diagramStyle, slimSvg } from './slim-svg';

// A flowchart as mermaid writes it, cut down to one of each thing slimSvg removes or keeps.
const svg = `<svg id="d-svg" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="4 4 300.5625 448" aria-roledescription="flowchart-v2"><style>#d-svg .node rect{fill:red;}#d-svg .cluster rect{fill:blue;}#d-svg [data-look="neo"].node rect{stroke:green;}#d-svg text.actor>tspan{fill:red;}</style><g><marker id="d-svg_pointEnd" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 z"/></marker><marker id="d-svg_circleEnd" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></marker><g class="root"><g class="clusters"></g><g class="edgePaths"><path d="M154.28125,90L154.28125,130" marker-end="url(#d-svg_pointEnd)" data-points="W3sieCI6MTU0fV0=" data-look="classic"/></g><g class="nodes"><g class="node default" transform="translate(154.28125, 51)"><rect class="basic label-container" x="-142.28125" y="-39" width="284.5625" height="78"/><g class="label"><rect/><text><tspan class="row" x="0"><tspan class="text-inner-tspan" font-weight="bold">PV:</tspan><tspan class="text-inner-tspan">paravirtualized</tspan><tspan class="text-inner-tspan"> I/O</tspan></tspan></text></g></g></g></g></g></svg>`;

test('slimSvg keeps what draws and drops what does not', () => {
	const slim = slimSvg(svg);
	expect(slim.type).toBe('flowchart');
	expect(slim.svg).toContain('class="flowchart mermaid-flowchart"');
	// Words of equal style become one run; a differently styled word stays apart.
	expect(slim.svg).toContain('<tspan class="text-inner-tspan">paravirtualized I/O</tspan>');
	expect(slim.svg).toContain('font-weight="bold">PV:</tspan>');
	// The used marker stays, the unused one, the empty group, the sizeless rect and data-* go.
	expect(slim.svg).toContain('id="d-svg_pointEnd"');
	expect(slim.svg).not.toContain('circleEnd');
	expect(slim.svg).not.toContain('clusters');
	expect(slim.svg).not.toMatch(/<rect\/>|data-/);
	// Coordinates to 1/100 px.
	expect(slim.svg).not.toMatch(/\d\.\d{3}/);
	expect(slim.svg).toContain('viewBox="4 4 300.56 448"');
	// The stylesheet leaves the SVG, scoped to the type instead of the id.
	expect(slim.svg).not.toContain('<style');
	expect(slim.style).toContain('.mermaid-flowchart .node rect{fill:red;}');
});

test('diagramStyle keeps only the rules the diagrams it serves can match', () => {
	const slim = slimSvg(svg);
	const css = diagramStyle(slim.style, [slim.usage]);
	expect(css).toContain('.mermaid-flowchart .node rect{fill:red}');
	// No .cluster here, no data-look attribute left, no text.actor.
	expect(css).not.toMatch(/cluster|data-look|actor/);
	// Another flowchart on the same page with a cluster brings its rule back.
	const other = slimSvg(
		svg.replace(
			'class="clusters"></g>',
			'class="clusters"><g class="cluster"><rect width="1" height="1"/></g></g>'
		)
	);
	expect(diagramStyle(slim.style, [slim.usage, other.usage])).toContain('.cluster rect{fill:#00f}');
});
