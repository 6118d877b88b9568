/**
 * Components that MDX pages may use by name without importing them, so `content/` holds no code:
 * `<Timeline />` in `content/docs/<locale>/history.mdx` renders the `history` collection, and so on.
 * What each data component reads and cites is declared once, in `dataComponents` (src/lib/data.ts);
 * the type below fails `astro check` if a name there has no component here.
 */
import type { DataComponentName } from '../lib/data';
import type { MdxComponentName } from '../lib/mdx-component-names';
import Cite from './Cite.astro';
import ComparisonTable from './ComparisonTable.astro';
import GlossaryList from './GlossaryList.astro';
import IoctlTable from './IoctlTable.astro';
import KvmModuleTable from './KvmModuleTable.astro';
import ModeMatrix from './ModeMatrix.astro';
import SourceList from './SourceList.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';
import XenStatus from './XenStatus.astro';

// Data components take no props, except XenStatus, which names its entry.
const dataComponents: Record<DataComponentName, (props: never) => unknown> = {
	ComparisonTable,
	GlossaryList,
	IoctlTable,
	KvmModuleTable,
	ModeMatrix,
	SourceList,
	Timeline,
	XenStatus,
};

export const mdxComponents = { Cite, Term, ...dataComponents };

// The names the markdown plugins accept (src/lib/mdx-component-names.ts) are exactly these.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<keyof typeof mdxComponents, MdxComponentName> = true;
void namesMatch;
