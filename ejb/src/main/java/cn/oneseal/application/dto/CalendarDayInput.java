package cn.oneseal.application.dto;

import cn.oneseal.domain.model.clock.DayKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day an administrator enters from the State Council's holiday notice; checked by the service.
 */
public record CalendarDayInput(LocalDate day, DayKind kind, String nameZh, String nameEn)
    implements Serializable {}
