package org.chanjiao.organization;

/** What a PARTNERS_WITH relationship is about. */
public enum PartnershipKind {

	INTERNSHIP_BASE, APPRENTICESHIP, ORDER_CLASS, EMPLOYMENT, EQUIPMENT, RESEARCH, OTHER

}
