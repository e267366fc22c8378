package org.sitrep.model.contact;

/** A contact read from a file, with the line it starts on (for the preview and for problems). */
public record ParsedContact(int line, Contact contact) {}
