package org.chanjiao.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/** Statements of one in-process transaction, answered as the driver answers them. */
final class InProcessContext implements TransactionContext {

	private final InternalTransaction tx;

	private final List<StreamedResult> results = new ArrayList<>();

	InProcessContext(InternalTransaction tx) {
		this.tx = tx;
	}

	@Override
	public Result run(String query, Value parameters) {
		return run(query, (parameters != null) ? parameters.asMap() : Map.of());
	}

	@Override
	public Result run(String query, Map<String, Object> parameters) {
		// Through the driver's own conversion: the database gets the values it would
		// get over Bolt (Integer as long, arrays as lists, Value as its object).
		Map<String, Object> normalised = (parameters == null || parameters.isEmpty()) ? Map.of()
				: Values.value(parameters).asMap();
		try {
			StreamedResult result = new StreamedResult(this.tx.execute(query, normalised));
			this.results.add(result);
			return result;
		}
		catch (RuntimeException ex) {
			throw DriverErrors.translate(ex);
		}
	}

	void closeResults() {
		this.results.forEach(StreamedResult::close);
		this.results.clear();
	}

	@Override
	public Result run(String query, Record parameters) {
		return run(query, (parameters != null) ? parameters.asMap() : Map.of());
	}

	@Override
	public Result run(String query) {
		return run(query, Map.of());
	}

	@Override
	public Result run(Query query) {
		return run(query.text(), query.parameters());
	}

}
