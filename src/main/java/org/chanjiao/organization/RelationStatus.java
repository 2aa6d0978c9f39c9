package org.chanjiao.organization;

/**
 * Whether a relationship is an accepted fact, a proposal awaiting review, or a fact no
 * longer held (deprecated, never deleted).
 */
public enum RelationStatus {

	ASSERTED, CANDIDATE, DEPRECATED

}
