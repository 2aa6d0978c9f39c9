package org.chanjiao.organization;

/**
 * A quote from a source document that states a fact. The document's title is resolved per
 * request in one batch ({@code Evidence.documentTitle}).
 *
 * @param documentId the document's id
 * @param quote the exact words
 */
public record Evidence(String documentId, String quote) {
}
