package org.sitrep.model.contact;

/** A person the commander calls, or an organisation with a support line. */
public enum ContactKind {
  PERSON,
  VENDOR
}
