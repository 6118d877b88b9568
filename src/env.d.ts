declare namespace App {
	interface Locals {
		/** Numbered sources of the docs page being rendered, set by the page before its content. */
		citations?: import('./lib/citations').PageCitations;
	}
}
