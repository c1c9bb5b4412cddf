package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the bureau that reviews a category of items (承办科室). */
@Entity
@Table(name = "bureau_section")
public class BureauSection extends CodedName {}
