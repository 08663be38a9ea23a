package io.taizhang.measures;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public final class MeasureDtos {

    // valid in Java and in JSON Schema's ECMA-262 dialect, which has no inline flags like (?s)
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private MeasureDtos() {
    }

    public record MeasureCreate(
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) String description,
            @NotBlank @Size(max = 100) @PlainText String owner,
            @NotNull LocalDate deadline) {
    }

    /** Absent fields stay as they are. The deadline changes only through an extension request. */
    public record MeasureUpdate(
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText String title,
            @Size(max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText(multiline = true)
            String description,
            @Size(max = 100) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @PlainText String owner) {
    }

    public record ProgressReport(
            @NotNull @Min(0) @Max(100) Integer percent,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record Note(@Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    public record Reason(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason) {
    }
}
