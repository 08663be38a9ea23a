package io.taizhang.supervision.lights;

import io.taizhang.common.Labelled;

/** 红黄绿灯: GREEN on track, YELLOW deadline near or progress lagging, RED overdue. */
public enum TrafficLight implements Labelled {
    GREEN,
    YELLOW,
    RED;
}
