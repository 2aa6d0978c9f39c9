package org.chanjiao.organization;

import java.util.List;

/**
 * A relationship between two organisations, with both ends and its evidence.
 *
 * @param kind the partnership kind (PARTNERS_WITH only)
 * @param title the recognition's title (RECOGNIZED only)
 * @param level the recognition's level (RECOGNIZED only)
 * @param stage the recognition's stage (RECOGNIZED only)
 */
public record Relation(String id, RelationType type, Organization from, Organization to, String role, String kind,
		String title, String level, String stage, Integer since, Integer until, String status,
		List<Evidence> evidence) {
}
