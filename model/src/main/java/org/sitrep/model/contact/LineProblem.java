package org.sitrep.model.contact;

/** Why one part of an imported file was refused, and where: line 1 is the file's first line. */
public record LineProblem(String file, int line, String reason) {

  /** Reasons quote the file's text, which must not drive the terminal they are printed on. */
  public LineProblem {
    file = SafeText.clean(file);
    reason = SafeText.clean(reason);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
