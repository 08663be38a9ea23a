package io.taizhang.units;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public final class UnitDtos {

    private UnitDtos() {
    }

    public record UnitCreate(
            @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Z][A-Z0-9]{1,15}", message = "must be 2-16 capital letters or digits, starting with a letter")
            String code,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @NotBlank @Size(max = 200) @PlainText String nameEn,
            @NotNull UnitKind kind) {
    }

    public record UnitUpdate(
            @Size(min = 1, max = 100) @PlainText String nameZh,
            @Size(min = 1, max = 200) @PlainText String nameEn,
            UnitKind kind,
            Boolean active) {
    }

    public record UnitView(long id, String code, String nameZh, String nameEn, UnitKind kind, boolean active,
            Instant createdAt, Instant updatedAt, int version) {

        public static UnitView from(Unit u) {
            return new UnitView(u.id, u.code, u.nameZh, u.nameEn, u.kind, u.active, u.createdAt, u.updatedAt, u.version);
        }
    }
}
