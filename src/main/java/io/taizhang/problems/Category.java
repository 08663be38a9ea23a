package io.taizhang.problems;

import io.taizhang.common.Labelled;

/** The five weaknesses the court president named, plus OTHER (every problem carries one). */
public enum Category implements Labelled {
    THEORY_PRACTICE,
    PROBLEM_FINDING,
    FOLLOW_UP,
    INTEGRATION,
    HARD_PROBLEMS,
    OTHER;
}
