package org.chanjiao.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The embedded result, each row converted to a driver record when it is read, as the
 * driver streams records: a large result (an export, an analysis's projection) is not
 * held twice. Valid inside the transaction, as a driver result is; errors that surface
 * while rows are read arrive as driver exceptions too.
 */
final class StreamedResult implements Result {

	private final org.neo4j.graphdb.Result rows;

	private final List<String> keys;

	private Record peeked;

	private boolean closed;

	StreamedResult(org.neo4j.graphdb.Result rows) {
		this.rows = rows;
		this.keys = List.copyOf(rows.columns());
	}

	@Override
	public List<String> keys() {
		return this.keys;
	}

	@Override
	public boolean hasNext() {
		if (this.peeked != null) {
			return true;
		}
		if (this.closed) {
			return false;
		}
		try {
			if (this.rows.hasNext()) {
				return true;
			}
		}
		catch (RuntimeException ex) {
			throw DriverErrors.translate(ex);
		}
		close();
		return false;
	}

	@Override
	public Record next() {
		if (!hasNext()) {
			throw new NoSuchRecordException("No more records");
		}
		if (this.peeked != null) {
			Record record = this.peeked;
			this.peeked = null;
			return record;
		}
		try {
			Map<String, Object> row = this.rows.next();
			// One converter per row: a streamed result keeps nothing of rows read.
			DriverValues converter = new DriverValues();
			List<Value> values = new ArrayList<>(this.keys.size());
			for (String key : this.keys) {
				values.add(converter.of(row.get(key)));
			}
			return new InternalRecord(this.keys, values);
		}
		catch (RuntimeException ex) {
			throw DriverErrors.translate(ex);
		}
	}

	@Override
	public Record single() {
		if (!hasNext()) {
			throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
		}
		Record record = next();
		if (hasNext()) {
			close();
			throw new NoSuchRecordException("Expected a result with a single record, but this result "
					+ "contains at least one more. Ensure your query returns only one record.");
		}
		return record;
	}

	@Override
	public Record peek() {
		if (this.peeked == null) {
			this.peeked = next();
		}
		return this.peeked;
	}

	@Override
	public Stream<Record> stream() {
		Spliterator<Record> records = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED);
		return StreamSupport.stream(records, false).onClose(this::close);
	}

	@Override
	public List<Record> list() {
		return list(Function.identity());
	}

	@Override
	public <T> List<T> list(Function<Record, T> mapFunction) {
		List<T> mapped = new ArrayList<>();
		while (hasNext()) {
			mapped.add(mapFunction.apply(next()));
		}
		return mapped;
	}

	@Override
	public ResultSummary consume() {
		// Reads never ask for counters or plans; a summary would have to be invented.
		throw new UnsupportedOperationException("In-process reads give no result summary");
	}

	@Override
	public boolean isOpen() {
		return !this.closed;
	}

	void close() {
		if (!this.closed) {
			this.closed = true;
			this.rows.close();
		}
	}

	@Override
	public void remove() {
		throw new UnsupportedOperationException();
	}

}
