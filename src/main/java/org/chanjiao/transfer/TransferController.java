package org.chanjiao.transfer;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Import and export over HTTP, for ADMIN tokens only (see the security configuration):
 * {@code POST /admin/import} takes the folder's files as multipart parts named after them
 * ({@code nodes.csv}, {@code relations.csv}, {@code documents.csv});
 * {@code GET /admin/export} answers the folder as a zip.
 */
@RestController
@RequestMapping("/admin")
class TransferController {

	private final Importer importer;

	private final InterchangeExporter exporter;

	TransferController(Importer importer, InterchangeExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> importFolder(MultipartHttpServletRequest request) {
		InterchangeReader.Folder folder = (name) -> {
			MultipartFile file = request.getFile(name);
			return (file != null) ? Optional.<InputStream>of(file.getInputStream()) : Optional.empty();
		};
		for (String part : request.getFileMap().keySet()) {
			if (!part.equals(Interchange.NODES) && !part.equals(Interchange.RELATIONS)
					&& !part.equals(Interchange.DOCUMENTS)) {
				return ResponseEntity.badRequest()
					.body(Map.of("problems", java.util.List
						.of(part + ": unknown part; send nodes.csv, relations.csv " + "and optionally documents.csv")));
			}
		}
		try {
			Importer.Imported imported = this.importer.load(folder, "HTTP upload", (total) -> {
			}, (done) -> {
			});
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("documents", imported.documents());
			body.put("organizations", imported.nodes());
			body.put("relations", imported.relations());
			body.put("millis", imported.millis());
			body.put("rowsPerSecond", imported.rowsPerSecond());
			return ResponseEntity.ok(body);
		}
		catch (ImportException ex) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(Map.of("message", "refused; nothing written", "problems", Importer.describe(ex)));
		}
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> exportFolder() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			this.exporter.export((name) -> {
				zip.putNextEntry(new ZipEntry("chanjiao-graph/" + name));
				// The CSV writer closes what it writes to: keep the zip open for the next
				// file.
				return new FilterOutputStream(zip) {
					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						this.out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						flush();
						zip.closeEntry();
					}
				};
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chanjiao-graph.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(bytes.toByteArray());
	}

}
