package cn.oneseal.workflow.incident;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the open incidents, newest first.
 *
 * @param items the incidents of this page
 * @param page the 0-based page number asked for
 * @param size the page size asked for
 * @param total how many incidents are open in all
 */
public record IncidentPage(List<IncidentInfo> items, int page, int size, long total)
    implements Serializable {}
