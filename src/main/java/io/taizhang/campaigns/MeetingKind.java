package io.taizhang.campaigns;

import io.taizhang.common.Labelled;

public enum MeetingKind implements Labelled {
    TELECONFERENCE,
    ON_SITE_SUPERVISION,
    ONLINE_SYMPOSIUM;
}
