package org.chanjiao.organization;

/** The form of a community: 职教集团, 市域产教联合体 or 行业产教融合共同体. */
public enum CommunityForm {

	VOCATIONAL_EDUCATION_GROUP, MUNICIPAL_CONSORTIUM, INDUSTRY_COMMUNITY

}
