package org.chanjiao.transfer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** Interchange folders on disk or on the class path. */
public final class ResourceFolder {

	private ResourceFolder() {
	}

	/** A folder on disk. */
	public static InterchangeReader.Folder of(Path dir) {
		return (name) -> {
			Path file = dir.resolve(name);
			return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
		};
	}

	/** A folder given as a Spring resource location such as {@code classpath:seeds/}. */
	public static InterchangeReader.Folder of(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		DefaultResourceLoader loader = new DefaultResourceLoader();
		return (name) -> {
			Resource resource = loader.getResource(base + name);
			return resource.exists() ? Optional.<InputStream>of(resource.getInputStream()) : Optional.empty();
		};
	}

}
