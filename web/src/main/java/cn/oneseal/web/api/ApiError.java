package cn.oneseal.web.api;

/** The body of every error answer: a stable code and a translated message. */
public record ApiError(String code, String message) {}
