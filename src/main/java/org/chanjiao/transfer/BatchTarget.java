package org.chanjiao.transfer;

import java.util.List;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
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

	void relations(String run, RelationType type, List<RelationRow> batch, String now, long timeoutMillis);

}
