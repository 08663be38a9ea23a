package io.taizhang.campaigns;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

public final class CampaignDtos {

    private CampaignDtos() {
    }

    public record CampaignCreate(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2-40 capital letters, digits or '-'")
            String code,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {
    }

    public record CampaignUpdate(
            @Size(min = 1, max = 200) @PlainText String title,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    public record CampaignView(long id, String code, String title, LocalDate startsOn, LocalDate endsOn,
            Instant createdAt, Instant updatedAt, int version) {

        static CampaignView from(Campaign c) {
            return new CampaignView(c.id, c.code, c.title, c.startsOn, c.endsOn, c.createdAt, c.updatedAt, c.version);
        }
    }

    public record MeetingCreate(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotNull MeetingKind kind) {
    }

    public record MeetingUpdate(
            LocalDate heldOn,
            @Size(min = 1, max = 200) @PlainText String title,
            MeetingKind kind) {
    }

    public record MeetingView(long id, long campaignId, LocalDate heldOn, String title, MeetingKind kind,
            Instant createdAt, Instant updatedAt, int version) {

        static MeetingView from(Meeting m) {
            return new MeetingView(m.id, m.campaignId, m.heldOn, m.title, m.kind, m.createdAt, m.updatedAt, m.version);
        }
    }
}
