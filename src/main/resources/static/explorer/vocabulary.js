/*
 * The schema's organisation kinds, relationship types and enumerated terms: their Chinese
 * and English labels, and how each kind and type is drawn (graph, legend, badges).
 */

export const KINDS = {
	GOVERNMENT: { zh: '政府/主管部门', en: 'Government', color: '#c53030', shape: 'star' },
	SCHOOL: { zh: '学校', en: 'School', color: '#2b6cb0', shape: 'round-rectangle' },
	INDUSTRY_ASSOCIATION: { zh: '行业协会/学会', en: 'Industry association', color: '#6b46c1', shape: 'hexagon' },
	ENTERPRISE: { zh: '企业', en: 'Enterprise', color: '#dd6b20', shape: 'ellipse' },
	RESEARCH_INSTITUTE: { zh: '研究机构', en: 'Research institute', color: '#0f8b8d', shape: 'diamond' },
	COLLEGE: { zh: '产业学院', en: 'Industry college', color: '#2f855a', shape: 'triangle' },
	COMMUNITY: { zh: '职教集团/联合体/共同体', en: 'Community', color: '#975a16', shape: 'octagon' },
	PRACTICE_BASE: { zh: '实践/实训基地', en: 'Practice base', color: '#b83280', shape: 'pentagon' },
};

export const TYPES = {
	CO_FOUNDED: { zh: '共建', en: 'Co-founded', color: '#2f855a', line: 'solid', width: 2.6, arrow: 'triangle' },
	MEMBER_OF: { zh: '成员', en: 'Member of', color: '#6b46c1', line: 'dashed', width: 1.8, arrow: 'vee' },
	PART_OF: { zh: '隶属', en: 'Part of', color: '#2b6cb0', line: 'solid', width: 1.4, arrow: 'triangle-tee' },
	AFFILIATED_WITH: { zh: '附属', en: 'Affiliated with', color: '#4299e1', line: 'dotted', width: 1.8, arrow: 'tee' },
	PARTNERS_WITH: { zh: '合作', en: 'Partners with', color: '#dd6b20', line: 'dashed', width: 1.8, arrow: 'circle' },
	RECOGNIZED: { zh: '认定', en: 'Recognised', color: '#c53030', line: 'dotted', width: 2.2, arrow: 'diamond' },
};

/** Roles, cooperation kinds, levels, stages, statuses and forms, in both languages. */
export const TERMS = {
	LEAD: '牵头 Lead',
	PARTNER: '参与 Partner',
	CHAIR: '理事长单位 Chair',
	VICE_CHAIR: '副理事长单位 Vice chair',
	EXECUTIVE_MEMBER: '常务理事单位 Executive member',
	COUNCIL_MEMBER: '理事单位 Council member',
	MEMBER: '成员单位 Member',
	INTERNSHIP_BASE: '实习基地 Internship base',
	APPRENTICESHIP: '学徒制 Apprenticeship',
	ORDER_CLASS: '订单班 Order class',
	EMPLOYMENT: '就业 Employment',
	EQUIPMENT: '设备 Equipment',
	RESEARCH: '研发 Research',
	OTHER: '其他 Other',
	NATIONAL: '国家级 National',
	PROVINCIAL: '省级 Provincial',
	MUNICIPAL: '市级 Municipal',
	APPROVED: '立项 Approved',
	ACCEPTED: '验收 Accepted',
	BUILT: '建成 Built',
	ASSERTED: '已确认 Asserted',
	CANDIDATE: '待审 Candidate',
	DEPRECATED: '已废弃 Deprecated',
	VOCATIONAL_EDUCATION_GROUP: '职教集团 Vocational education group',
	MUNICIPAL_CONSORTIUM: '市域产教联合体 Municipal consortium',
	INDUSTRY_COMMUNITY: '行业产教融合共同体 Industry community',
};
