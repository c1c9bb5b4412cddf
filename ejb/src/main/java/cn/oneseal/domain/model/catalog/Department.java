package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A department whose licensing powers the bureau took over (原实施部门). */
@Entity
@Table(name = "department")
public class Department extends CodedName {}
