package cn.oneseal.application.innovation;

/** A provider of the list as the public sees it (its account only for the administrators). */
public record ProviderView(String code, String name, String kind, boolean active, String account) {}
