/**
 * How diagrams behave in `astro dev`, switched on by the `diagrams` integration: a diagram mermaid
 * cannot parse becomes an error box in the page (the build still stops with file and line), and
 * each diagram the browser renders is reported with its render time.
 */
export const devMode: {
	enabled: boolean;
	info: (message: string) => void;
	error: (message: string) => void;
} = {
	enabled: false,
	info: () => {},
	error: () => {},
};
