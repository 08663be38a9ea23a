package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** The five lines of work of the campaign; a problem belongs to one. */
public enum WorkLine implements Labelled {
    THEORY_STUDY,
    INVESTIGATION_RESEARCH,
    PROMOTING_DEVELOPMENT,
    INSPECTION_RECTIFICATION,
    RULES_INSTITUTIONS;
}
