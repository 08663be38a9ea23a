package io.taizhang.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** Loads {@code labels.properties} (UTF-8) once: {@code Type.CONSTANT=中文|English}. */
final class Labels {

    private static final Map<String, String[]> LABELS = load();

    private Labels() {
    }

    static String[] of(Labelled value) {
        String key = ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.name();
        String[] label = LABELS.get(key);
        if (label == null) {
            throw new IllegalStateException("no label for " + key + " in labels.properties");
        }
        return label;
    }

    private static Map<String, String[]> load() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> labels = new ConcurrentHashMap<>();
        properties.forEach((k, v) -> labels.put((String) k, ((String) v).split("\\|", 2)));
        return labels;
    }
}
