package org.sitrep.runbooks.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields read from a runbook's front matter. Absent values are missing or unreadable (the
 * reader has reported why).
 *
 * @param fieldPositions where each field's value starts
 * @param variablePositions where each declared variable's name is, for "never used" warnings
 */
record FrontMatter(
    Optional<String> id,
    Optional<String> title,
    Optional<Integer> version,
    Optional<String> owner,
    List<String> tags,
    List<String> services,
    List<String> severity,
    Optional<LocalDate> reviewed,
    List<Variable> variables,
    Map<String, Position> fieldPositions,
    Map<String, Position> variablePositions) {

  /** The fields a runbook's front matter may have, in the order the format document lists them. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "version",
          "owner",
          "tags",
          "services",
          "severity",
          "reviewed",
          "variables");

  /**
   * Fields that Hugo, Jekyll, MkDocs, Docusaurus and wikis write: ignored with one warning when a
   * page written for them is imported.
   */
  static final java.util.Set<String> OTHER_TOOLS =
      java.util.Set.of(
          "weight",
          "draft",
          "aliases",
          "description",
          "sidebar_position",
          "sidebar_label",
          "slug",
          "date",
          "lastmod",
          "categories",
          "layout",
          "summary",
          "keywords",
          "toc",
          "hide",
          "authors",
          "author",
          "linkTitle",
          "menu",
          "type",
          "permalink",
          "nav_order",
          "parent",
          "has_children",
          "publishDate",
          "expiryDate",
          "series",
          "images",
          "url",
          "hide_title",
          "pagination_label",
          "custom_edit_url",
          "template",
          "status",
          "search",
          "comments",
          "icon",
          "subtitle",
          "excerpt",
          "toc_max_heading_level",
          "toc_min_heading_level",
          "sidebar_class_name",
          "displayed_sidebar",
          "hide_table_of_contents",
          "published",
          "geekdocCollapseSection",
          "bookCollapseSection",
          "cascade",
          "headless",
          "outputs",
          "resources",
          "markup",
          "translationKey",
          "severity_level",
          "labels",
          "last_update",
          "tableOfContents",
          "sidebar",
          "redirect_from",
          "nav_exclude");
}
