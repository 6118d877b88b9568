/** What the MDX parser (micromark and mdast-util-mdx-jsx) puts on the errors it throws. */
export interface MdxParseError {
	message?: string;
	reason?: string;
	ruleId?: string | null;
	source?: string | null;
	line?: number | null;
	column?: number | null;
}

export interface Explained {
	line: number;
	column: number;
	/** `content/docs/en/about.mdx:85:15: …`: the place, what MDX saw, and the fix. */
	message: string;
}

const headingWithBraceId = /^\s{0,3}(#{1,6}\s.*?)\s*\{#([A-Za-z0-9_:.-]+)\}\s*$/;
const unclosed = /Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-/;
const mismatched =
	/Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):(\d+)-/;

/**
 * Turns an MDX syntax error into a message a contributor can act on: the file and line, what MDX
 * read there, and the fix, for the mistakes people actually make in this project's pages. The
 * parser's own wording is kept in parentheses; an error it does not recognise gives `undefined`.
 *
 * @param file the page relative to the project, e.g. `content/docs/en/about.mdx`
 * @param source the whole file, frontmatter included (MDX reports lines of the whole file)
 */
export function explainMdxError(
	error: MdxParseError,
	source: string,
	file: string
): Explained | undefined {
	const reason = error.reason ?? error.message ?? '';
	let line = error.line ?? undefined;
	let column = error.column ?? 1;
	const text = (n: number | undefined) =>
		n === undefined ? '' : (source.split('\n')[n - 1] ?? '');
	let explanation: string | undefined;

	if (error.source === 'micromark-extension-mdx-expression' || error.ruleId === 'acorn') {
		const heading = headingWithBraceId.exec(text(line));
		if (heading) {
			const [, title = '', id = ''] = heading;
			explanation =
				`\`{#${id}}\` is not a heading id in MDX: it reads \`{…}\` as JavaScript. ` +
				`This project writes the id as an MDX comment, \`{/* #${id} */}\`: ` +
				`\`${title} {/* #${id} */}\``;
			column = text(line).indexOf('{#') + 1;
		} else {
			explanation =
				'MDX reads `{` as the start of a JavaScript expression, and this is not one ' +
				`(${reason}). For a literal brace in prose write \`\\{\` (or put the text in \`code\`).`;
		}
	} else if (error.source === 'micromark-extension-mdx-jsx') {
		explanation =
			'MDX reads `<` as the start of a tag, and what follows is not one ' +
			`(${reason}). For a less-than sign in prose write \`\\<\` or \`&lt;\` (or put the ` +
			'text in `code`); a component starts with a capital letter, e.g. `<Term id="…">…</Term>`.';
	} else if (error.source === 'mdast-util-mdx-jsx') {
		const open = unclosed.exec(reason);
		const wrong = mismatched.exec(reason);
		if (open) {
			const [, name = '', openLine, openColumn] = open;
			line = Number(openLine);
			column = Number(openColumn);
			explanation =
				`\`<${name}>\` is never closed. Close it with \`</${name}>\` before the paragraph ` +
				`or block it is in ends, or write it self-closing: \`<${name} … />\`.`;
		} else if (wrong) {
			const [, closing = '', name = '', openLine] = wrong;
			explanation =
				`\`</${closing}>\` does not close \`<${name}>\` (opened on line ${openLine}). ` +
				`Close \`<${name}>\` with \`</${name}>\` first, or fix the tag name.`;
		} else if (error.ruleId === 'unexpected-closing-slash') {
			explanation =
				'This closing tag has no opening tag. Remove it, or add the opening tag before it ' +
				`(${reason}).`;
		}
	}
	if (!explanation || line === undefined) return undefined;
	return { line, column, message: `${file}:${line}:${column}: ${explanation}` };
}
