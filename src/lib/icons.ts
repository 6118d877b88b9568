/**
 * The chrome's stroke icons (24-unit grid, 2-unit stroke, round caps), as path data: drawn by
 * Icon.astro in components and by rehype-heading-anchors.ts in the prose, so both draw the same.
 */
export const iconPaths = {
	globe: [
		'M3 12h18',
		'M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
		'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
	],
	sun: [
		'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0z',
		'M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
	],
	search: ['M18 11a7 7 0 1 1-14 0 7 7 0 0 1 14 0z', 'm20 20-3.5-3.5'],
	menu: ['M4 6h16M4 12h16M4 18h16'],
	edit: ['M12 20h9', 'M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z'],
	link: [
		'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7',
		'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
	],
	up: ['M12 19V5M5 12l7-7 7 7'],
} as const;

export type IconName = keyof typeof iconPaths;

/** The attributes every icon's `<svg>` carries; always decorative (the control carries the name). */
export const iconAttributes = (size: number) =>
	({
		'aria-hidden': 'true',
		width: size,
		height: size,
		viewBox: '0 0 24 24',
		fill: 'none',
		stroke: 'currentColor',
		'stroke-width': '2',
		'stroke-linecap': 'round',
	}) as const;
