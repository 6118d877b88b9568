/**
 * Components that MDX pages may use by name without importing them, so `content/` holds no code:
 * `<Timeline />` in `content/docs/<locale>/history.mdx` renders the `history` collection, and so on.
 */
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

export const mdxComponents = {
	Cite,
	ComparisonTable,
	GlossaryList,
	IoctlTable,
	KvmModuleTable,
	ModeMatrix,
	SourceList,
	Term,
	Timeline,
	XenStatus,
};
