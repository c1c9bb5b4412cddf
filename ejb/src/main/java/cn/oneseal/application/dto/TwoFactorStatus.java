package cn.oneseal.application.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where an account stands with its second factor: enrolled (when, how many recovery codes are
 * left), and whether page sign-in requires one of it.
 */
public record TwoFactorStatus(
    boolean enrolled, Instant enrolledAt, int recoveryCodesLeft, boolean required)
    implements Serializable {}
