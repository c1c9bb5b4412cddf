package cn.oneseal.domain.model.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A life event or business theme under which citizens look for items (主题, e.g. 开办企业). */
@Entity
@Table(name = "item_theme")
public class ItemTheme extends CodedName {}
