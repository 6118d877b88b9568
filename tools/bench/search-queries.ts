/**
 * Search recall fixture: what readers type, and the page that explains it. Each query must bring
 * its page into the top three results of the page language's index. Chosen by what each page
 * covers (the outline in README/CONTENT), not by what the engine happens to return.
 */
export interface RecallQuery {
	query: string;
	/** Slug of the page that should answer, e.g. `xen/` or `kvm/modules/`. */
	page: string;
}

export const zhQueries: RecallQuery[] = [
	{ query: '半虚拟化', page: 'xen/pv-vs-hvm/' },
	{ query: '硬件辅助虚拟化', page: 'xen/pv-vs-hvm/' },
	{ query: '影子页表', page: 'xen/pv-vs-hvm/' },
	{ query: '特权级压缩', page: 'xen/pv-vs-hvm/' },
	{ query: 'PVH', page: 'xen/pv-vs-hvm/' },
	{ query: 'PV shim', page: 'xen/pv-vs-hvm/' },
	{ query: '事件通道', page: 'xen/' },
	{ query: '授权表', page: 'xen/' },
	{ query: '超级调用', page: 'xen/' },
	{ query: '分离设备驱动模型', page: 'xen/' },
	{ query: '前端驱动', page: 'xen/' },
	{ query: '驱动域', page: 'xen/' },
	{ query: '存根域', page: 'xen/' },
	{ query: '工具栈', page: 'xen/' },
	{ query: 'XenStore', page: 'xen/' },
	{ query: '内核模块', page: 'kvm/modules/' },
	{ query: 'kvm_intel', page: 'kvm/modules/' },
	{ query: 'ioctl', page: 'kvm/modules/' },
	{ query: '设备直通', page: 'kvm/' },
	{ query: 'KVM_RUN', page: 'kvm/' },
	{ query: '内存槽', page: 'kvm/' },
	{ query: '虚拟机退出', page: 'kvm/' },
	{ query: 'vhost', page: 'kvm/' },
	{ query: 'virtio', page: 'kvm/' },
	{ query: '热迁移', page: 'comparison/' },
	{ query: '第二类 Hypervisor', page: 'comparison/' },
	{ query: 'Qumranet', page: 'history/' },
	{ query: 'XenSource', page: 'history/' },
	{ query: '原文错误', page: 'about/' },
	// ── Issue 15: the management and hands-on pages and the new sections (TCG, confidential
	// computing, XSM/FLASK, Xen-on-Nitro). Kept together at the end of the list.
	{ query: 'virtqemud', page: 'management/' },
	{ query: '模块化守护进程', page: 'management/' },
	{ query: 'XAPI', page: 'management/' },
	{ query: 'Proxmox', page: 'management/' },
	{ query: 'KubeVirt', page: 'management/' },
	{ query: 'virt-install', page: 'hands-on/' },
	{ query: 'KVM_EXIT_HLT', page: 'hands-on/' },
	{ query: 'systemd-detect-virt', page: 'hands-on/' },
	{ query: '检查硬件支持', page: 'hands-on/' },
	{ query: 'TCG', page: 'kvm/' },
	{ query: '机密计算', page: 'kvm/' },
	{ query: 'pKVM', page: 'kvm/' },
	{ query: 'FLASK', page: 'xen/' },
	{ query: 'SILO', page: 'xen/' },
	{ query: 'Xen-on-Nitro', page: 'history/' },
];

export const enQueries: RecallQuery[] = [
	{ query: 'kvm.ko', page: 'kvm/modules/' },
	{ query: 'kvm-intel', page: 'kvm/modules/' },
	{ query: 'KVM_RUN', page: 'kvm/' },
	{ query: '/dev/kvm', page: 'kvm/' },
	{ query: 'virtio', page: 'kvm/' },
	{ query: 'VFIO', page: 'kvm/' },
	{ query: 'memory slot', page: 'kvm/' },
	{ query: 'hypercall', page: 'xen/' },
	{ query: 'event channel', page: 'xen/' },
	{ query: 'grant table', page: 'xen/' },
	{ query: 'XenStore', page: 'xen/' },
	{ query: 'split driver', page: 'xen/' },
	{ query: 'EPT', page: 'xen/pv-vs-hvm/' },
	{ query: 'shadow paging', page: 'xen/pv-vs-hvm/' },
	{ query: 'ring compression', page: 'xen/pv-vs-hvm/' },
	{ query: 'live migration', page: 'comparison/' },
	{ query: 'type 2 hypervisor', page: 'comparison/' },
	{ query: 'Qumranet', page: 'history/' },
	{ query: 'Nitro', page: 'history/' },
	{ query: 'corrections', page: 'about/' },
	// ── Issue 15: the management and hands-on pages and the new sections (TCG, confidential
	// computing, XSM/FLASK, Xen-on-Nitro). Kept together at the end of the list.
	{ query: 'virtqemud', page: 'management/' },
	{ query: 'modular daemons', page: 'management/' },
	{ query: 'XAPI', page: 'management/' },
	{ query: 'Proxmox VE', page: 'management/' },
	{ query: 'KubeVirt', page: 'management/' },
	{ query: 'virt-install', page: 'hands-on/' },
	{ query: 'KVM_EXIT_HLT', page: 'hands-on/' },
	{ query: 'systemd-detect-virt', page: 'hands-on/' },
	{ query: 'check hardware support', page: 'hands-on/' },
	{ query: 'TCG', page: 'kvm/' },
	{ query: 'confidential computing', page: 'kvm/' },
	{ query: 'pKVM', page: 'kvm/' },
	{ query: 'FLASK', page: 'xen/' },
	{ query: 'SILO', page: 'xen/' },
	{ query: 'Xen-on-Nitro', page: 'history/' },
];
