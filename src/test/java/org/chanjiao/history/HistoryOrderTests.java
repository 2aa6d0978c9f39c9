package org.chanjiao.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.chanjiao.store.WriteStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history lists changes newest first even when they are dated the same millisecond
 * (an ADD_RELATION and then a MERGE of one request often are): with a stopped clock,
 * every change below is dated alike, and only the order they were recorded in can tell
 * them apart.
 */
@IntegrationTest
class HistoryOrderTests {

	@Autowired
	GraphStore store;

	@Autowired
	WriteStatements statements;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void shouldListChangesDatedTheSameMillisecondNewestFirst() {
		History history = new History(this.store, this.statements,
				Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC));
		String subject = "history-order-" + System.nanoTime();
		TransactionStatus tx = this.transactionManager.getTransaction(TransactionDefinition.withDefaults());
		for (int i = 0; i < 12; i++) {
			history.record("STEP_" + i, List.of(subject), null, null, null);
		}
		this.transactionManager.commit(tx);
		List<String> newestFirst = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			newestFirst.add("STEP_" + i);
		}
		assertThat(history.of(subject, 12)).extracting(History.Change::action).isEqualTo(newestFirst);
		assertThat(history.of(subject, 12)).extracting(History.Change::at).containsOnly("2026-12-02T03:00Z");
	}

}
