package cn.oneseal.application.dto;

import java.io.Serializable;
import java.util.List;

/**
 * The ratings of one group (an item, a section, a person or a case) in a period: how many at each
 * level, and the satisfaction rate — the share rated 3 (基本满意) or better — in percent with one
 * decimal, {@code null} without ratings.
 *
 * @param key the item code, section code, staff user name or application number
 * @param byLevel the number of ratings at level 1 … 5 (index 0 is level 1)
 */
public record SatisfactionFigure(
    String key, long ratings, long satisfied, long negative, List<Long> byLevel, Double rate)
    implements Serializable {}
