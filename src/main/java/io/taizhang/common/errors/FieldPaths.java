package io.taizhang.common.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.StringJoiner;

/** Clean field names for violations: {@code answers.problemSolved.note}, never {@code create.arg1.title}. */
final class FieldPaths {

    private FieldPaths() {
    }

    static String of(Path path) {
        StringJoiner joined = new StringJoiner(".");
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (name != null && !name.startsWith("<")) {
                    joined.add(node.getIndex() == null ? name : name + "[" + node.getIndex() + "]");
                }
            }
        }
        String fields = joined.toString();
        // a constraint on a query or path parameter itself has no property: name the parameter
        return fields.isEmpty() && parameter != null ? parameter : fields;
    }

    static String of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
