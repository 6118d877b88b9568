/** Any CSS colour literal mermaid writes: hex, rgb()/rgba(), hsl()/hsla(), or a few keywords. */
const colorPattern =
	/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|\b(?:white|black|transparent|grey|gray|lightgrey|lightgray)\b/g;

function split(svg: string): { text: string[]; colors: string[] } {
	const text: string[] = [];
	const colors: string[] = [];
	let last = 0;
	for (const match of svg.matchAll(colorPattern)) {
		text.push(svg.slice(last, match.index));
		colors.push(match[0]);
		last = match.index + match[0].length;
	}
	text.push(svg.slice(last));
	return { text, colors };
}

/**
 * Folds a light and a dark rendering of the same diagram into one SVG whose colours follow the
 * page's `color-scheme`: every colour that differs becomes `light-dark(<light>, <dark>)`. The two
 * renderings share geometry (same theme base, same font), so everything except the colours must
 * match; if it does not, this throws rather than guessing.
 *
 * Colours in presentation attributes (`fill="…"`) cannot hold `light-dark()`, so those are moved
 * into the element's `style` attribute.
 */
export function mergeThemes(light: string, dark: string): string {
	const a = split(light);
	const b = split(dark);
	const differing = a.text.findIndex((chunk, i) => chunk !== b.text[i]);
	if (a.text.length !== b.text.length || differing !== -1) {
		const at = differing === -1 ? Math.min(a.text.length, b.text.length) - 1 : differing;
		const [x = '', y = ''] = [a.text[at], b.text[at]];
		let c = 0;
		while (c < x.length && x[c] === y[c]) c++;
		const near = (t: string) => JSON.stringify(t.slice(Math.max(0, c - 60), c + 60));
		throw new Error(
			`light and dark renderings differ in more than colour: ${near(x)} / ${near(y)}`
		);
	}
	let out = '';
	for (let i = 0; i < a.colors.length; i++) {
		let chunk = a.text[i] ?? '';
		const l = a.colors[i] ?? '';
		const d = b.colors[i] ?? '';
		if (l === d) {
			out += chunk + l;
			continue;
		}
		const value = `light-dark(${l}, ${d})`;
		const attribute = /\s(fill|stroke|stop-color|color|flood-color)="$/.exec(chunk);
		if (attribute) {
			// fill="#fff" → style="fill:light-dark(#fff, #000)"
			chunk = chunk.slice(0, chunk.length - attribute[0].length) + ` style="${attribute[1]}:`;
			out += chunk + value;
			continue;
		}
		out += chunk + value;
	}
	out += a.text.at(-1) ?? '';
	return out;
}
