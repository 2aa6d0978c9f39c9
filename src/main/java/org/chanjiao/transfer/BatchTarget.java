package org.chanjiao.transfer;

import java.util.List;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;

/**
 * Where the import's batches go: each call writes one batch, and its journal entries, in
 * one transaction that commits before the call returns. {@link GraphWriter} has two: over
 * the driver with Cypher (any Neo4j), and through the Java API of an in-process database.
 */
interface BatchTarget {

	void documents(String run, List<DocumentRow> batch, long timeoutMillis);

	void nodes(String run, OrgKind kind, List<NodeRow> batch, String now, long timeoutMillis);

	/**
	 * Writes relationships that are all stored under one type: a row whose relationship
	 * exists under another (another status) moves to this one.
	 */
	void relations(String run, StoredType type, List<RelationRow> batch, String now, long timeoutMillis);

}
