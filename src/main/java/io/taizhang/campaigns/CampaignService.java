package io.taizhang.campaigns;

import io.taizhang.campaigns.CampaignDtos.CampaignCreate;
import io.taizhang.campaigns.CampaignDtos.CampaignUpdate;
import io.taizhang.campaigns.CampaignDtos.CampaignView;
import io.taizhang.campaigns.CampaignDtos.MeetingCreate;
import io.taizhang.campaigns.CampaignDtos.MeetingUpdate;
import io.taizhang.campaigns.CampaignDtos.MeetingView;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.Page;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** Campaigns and the meetings held in them: the frame every problem is filed in. */
@ApplicationScoped
public class CampaignService {

    private final CampaignRepository campaigns;
    private final MeetingRepository meetings;
    private final BusinessCalendar calendar;

    public CampaignService(CampaignRepository campaigns, MeetingRepository meetings, BusinessCalendar calendar) {
        this.campaigns = campaigns;
        this.meetings = meetings;
        this.calendar = calendar;
    }

    public Page<CampaignView> list(long afterId, int limit) {
        return Page.of(campaigns.page(afterId, limit), limit, c -> String.valueOf(c.id)).map(CampaignView::from);
    }

    public CampaignView get(long id) {
        return CampaignView.from(campaign(id));
    }

    @Transactional
    public CampaignView create(CampaignCreate request) {
        checkDates(request.startsOn(), request.endsOn());
        if (campaigns.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("campaign code " + request.code() + " is taken");
        }
        Instant now = calendar.now();
        Campaign c = new Campaign();
        c.code = request.code();
        c.title = request.title().strip();
        c.startsOn = request.startsOn();
        c.endsOn = request.endsOn();
        c.createdAt = now;
        c.updatedAt = now;
        campaigns.persistAndFlush(c);
        return CampaignView.from(c);
    }

    @Transactional
    public CampaignView update(long id, String ifMatch, CampaignUpdate request) {
        Campaign c = campaigns.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("campaign " + id));
        Etags.requireMatch(ifMatch, Etags.of(c.version));
        LocalDate startsOn = request.startsOn() != null ? request.startsOn() : c.startsOn;
        LocalDate endsOn = request.endsOn() != null ? request.endsOn() : c.endsOn;
        checkDates(startsOn, endsOn);
        if (request.title() != null) {
            c.title = request.title().strip();
        }
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        c.updatedAt = calendar.now();
        campaigns.flush();
        return CampaignView.from(c);
    }

    public Page<MeetingView> meetings(long campaignId, long afterId, int limit) {
        campaign(campaignId);
        return Page.of(meetings.page(campaignId, afterId, limit), limit, m -> String.valueOf(m.id)).map(MeetingView::from);
    }

    public MeetingView meeting(long id) {
        return meetings.findByIdOptional(id).map(MeetingView::from)
                .orElseThrow(() -> ApiException.notFound("meeting " + id));
    }

    @Transactional
    public MeetingView createMeeting(long campaignId, MeetingCreate request) {
        campaign(campaignId);
        Instant now = calendar.now();
        Meeting m = new Meeting();
        m.campaignId = campaignId;
        m.heldOn = request.heldOn();
        m.title = request.title().strip();
        m.kind = request.kind();
        m.createdAt = now;
        m.updatedAt = now;
        meetings.persistAndFlush(m);
        return MeetingView.from(m);
    }

    @Transactional
    public MeetingView updateMeeting(long id, String ifMatch, MeetingUpdate request) {
        Meeting m = meetings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("meeting " + id));
        Etags.requireMatch(ifMatch, Etags.of(m.version));
        if (request.heldOn() != null) {
            m.heldOn = request.heldOn();
        }
        if (request.title() != null) {
            m.title = request.title().strip();
        }
        if (request.kind() != null) {
            m.kind = request.kind();
        }
        m.updatedAt = calendar.now();
        meetings.flush();
        return MeetingView.from(m);
    }

    /** The campaign a problem is filed in, checked to exist. */
    public Campaign campaign(long id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("campaign " + id));
    }

    /** The meeting a problem refers to, checked to belong to the problem's campaign. */
    public Meeting meetingOf(long campaignId, long meetingId) {
        return meetings.findByIdOptional(meetingId).filter(m -> m.campaignId == campaignId)
                .orElseThrow(() -> ApiException.invalid("meetingId", "no meeting with this id in the campaign"));
    }

    private static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiException.invalid("endsOn", "must not be before startsOn");
        }
    }
}
