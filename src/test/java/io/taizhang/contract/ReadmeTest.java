package io.taizhang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's endpoint table lists exactly the operations of the committed contract. */
class ReadmeTest {

    static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PATCH|PUT|DELETE)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void endpointTableMatchesTheOpenApiContract() throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2));
        }
        TreeSet<String> contract = new TreeSet<>();
        JsonNode doc = new YAMLMapper().readTree(Path.of("openapi", "openapi.yaml").toFile());
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fieldNames().forEachRemaining(method -> contract.add(method.toUpperCase() + " " + path.getKey()));
            }
        }
        assertEquals(contract, documented, "README.md's endpoint table and openapi/openapi.yaml disagree");
    }
}
