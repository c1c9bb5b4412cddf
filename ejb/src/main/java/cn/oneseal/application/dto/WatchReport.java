package cn.oneseal.application.dto;

import java.util.List;

/** One run of the legal-clock watch: the cards it changed among how many open cases and steps. */
public record WatchReport(List<CardChange> changes, int cases, int steps) {}
