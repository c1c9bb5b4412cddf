package cn.oneseal.application.dto;

import cn.oneseal.domain.model.clock.DayKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A holiday or make-up working day of the calendar, with the festival's name. */
public record CalendarDayView(LocalDate day, DayKind kind, String nameZh, String nameEn)
    implements Serializable {}
