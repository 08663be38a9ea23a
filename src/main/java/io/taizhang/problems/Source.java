package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** Where a problem was found. */
public enum Source implements Labelled {
    SELF_EXAMINATION,
    MEETING_STATEMENT,
    ON_SITE_SUPERVISION,
    ONLINE_SYMPOSIUM,
    RESEARCH,
    PUBLIC_LETTERS,
    CASE_HANDLING;
}
