package cn.oneseal.application.dto;

import java.io.Serializable;
import java.util.Set;

/** A member of staff as colleagues see them: whom a task can be transferred or delegated to. */
public record StaffMember(String username, String displayName, Set<String> roles, String section)
    implements Serializable {}
