package org.sitrep.runbooks.format;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The code block of a step. {@code language} is the fence's first word ({@code sh}, {@code sql}…),
 * empty when the fence names none. Only shell blocks are commands the console may run; a {@code
 * promql}, {@code yaml} or {@code json} block is shown to the responder as reference and never sent
 * to a terminal (see {@link #runnable()}).
 */
public record Command(String language, String text) {

  /**
   * Fence languages whose text is typed at a shell prompt. Untagged blocks count: wikis omit it.
   */
  static final Set<String> SHELL =
      Set.of(
          "",
          "sh",
          "bash",
          "shell",
          "zsh",
          "ksh",
          "fish",
          "console",
          "shell-session",
          "shellsession",
          "sh-session",
          "bash-session",
          "terminal",
          "powershell",
          "ps1",
          "pwsh",
          "cmd",
          "bat",
          "batch");

  public Command {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }

  /** True when the console may run this block; false for reference blocks (queries, config…). */
  public boolean runnable() {
    return SHELL.contains(language.toLowerCase(Locale.ROOT)) && !text.isBlank();
  }
}
