/**
 * The reader-visible labels of a mermaid diagram, with their offsets in the page.
 *
 * Mermaid's own parsers give a diagram's labels without source positions and need a DOM, and
 * `@mermaid-js/parser` does not cover flowcharts, sequence diagrams or timelines, which are the
 * site's diagrams; so a few line patterns find the labels: `accTitle`/`accDescr`, quoted labels,
 * and for sequence diagrams and timelines their unquoted message, participant, note and entry
 * texts. Unquoted flowchart labels (`A[文本]`) are not read: the site quotes all of them.
 */
import { Flat } from './flat.ts';

/** One flat per label, with `<br/>` inside a label as a line break. */
function labelFlat(label: string, offset: number): Flat {
	const flat = new Flat();
	const piece = (from: number, to: number) =>
		flat.addText(label.slice(from, to), Flat.of(label.slice(from, to), offset + from).offsets);
	let last = 0;
	for (const m of label.matchAll(/<br\s*\/?>/gi)) {
		piece(last, m.index);
		flat.addPlaceholder('\n', offset + m.index);
		last = m.index + m[0].length;
	}
	piece(last, label.length);
	return flat;
}

/** `code` is the diagram source, starting at `codeOffset` in the page. */
export function mermaidLabels(code: string, codeOffset: number): Flat[] {
	const flats: Flat[] = [];
	let offset = codeOffset;
	let kind = '';
	for (const line of code.split('\n')) {
		const lineOffset = offset;
		offset += line.length + 1;
		const add = (from: number, to = line.length) => {
			if (from < to) flats.push(labelFlat(line.slice(from, to), lineOffset + from));
		};
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('%%')) continue;
		if (!kind) {
			kind = trimmed.split(/\s+/)[0] ?? '';
			continue;
		}
		const acc = /^\s*acc(?:Title|Descr)\s*:\s*/.exec(line);
		if (acc) {
			add(acc[0].length);
			continue;
		}
		if (kind === 'sequenceDiagram') {
			const m =
				/^\s*(?:participant|actor)\s+\S+\s+as\s+/.exec(line) ??
				/^\s*Note\s+(?:over|left of|right of)\s+[^:]+:\s*/i.exec(line) ??
				/^\s*[^\s:]+?\s*(?:--?>>|--?>|--?x|--?\))[+-]?\s*[^\s:]+\s*:\s*/.exec(line) ??
				/^\s*(?:loop|alt|else|opt|par|and|critical|break)\b\s*/.exec(line);
			if (m) add(m[0].length);
			continue;
		}
		if (kind === 'timeline') {
			const title = /^\s*(?:title|section)\s+/.exec(line);
			if (title) {
				add(title[0].length);
				continue;
			}
			let pos = line.length - line.trimStart().length;
			for (const part of line.slice(pos).split(':')) {
				const lead = part.length - part.trimStart().length;
				add(pos + lead, pos + part.trimEnd().length);
				pos += part.length + 1;
			}
			continue;
		}
		for (const m of line.matchAll(/"([^"]*)"/g))
			add(m.index + 1, m.index + 1 + (m[1] ?? '').length);
	}
	return flats;
}
