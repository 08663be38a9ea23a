package io.taizhang.common;

/**
 * An enumeration value with Chinese and English labels, served by GET /api/v1/metadata. The labels
 * live in {@code labels.properties} (one place for translators), keyed {@code Type.CONSTANT}.
 */
public interface Labelled {

    String name();

    default String zh() {
        return Labels.of(this)[0];
    }

    default String en() {
        return Labels.of(this)[1];
    }
}
