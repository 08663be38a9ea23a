package io.taizhang.evidence;

import io.taizhang.common.Labelled;

public enum EvidenceKind implements Labelled {
    DOCUMENT,
    PHOTO,
    LINK,
    MEETING_MINUTES,
    RULE_DOCUMENT,
    SURVEY_RESULT;
}
