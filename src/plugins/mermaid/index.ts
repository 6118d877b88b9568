import type { AstroIntegration } from 'astro';
import { diagramRenderer } from './renderer';

export { rehypeMermaid } from './rehype-mermaid';

/**
 * Closes the diagram browser when the build ends and reports what the build did:
 * `diagrams: 24 rendered, 0 from cache, 3.1 s of rendering`.
 */
export function diagrams(): AstroIntegration {
	return {
		name: 'diagrams',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				const { rendered, cached, milliseconds } = diagramRenderer.stats;
				await diagramRenderer.close();
				logger.info(
					`${rendered} rendered, ${cached} from cache, ${(milliseconds / 1000).toFixed(1)} s of rendering (one browser session)`
				);
			},
			'astro:server:done': async () => {
				await diagramRenderer.close();
			},
		},
	};
}
