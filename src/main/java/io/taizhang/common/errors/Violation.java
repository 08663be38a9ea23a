package io.taizhang.common.errors;

/** One invalid field of a request: a clean field path (e.g. {@code answers.problemSolved.note}) and why. */
public record Violation(String field, String message) {
}
