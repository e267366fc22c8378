package org.sitrep.delivery;

/**
 * A target's credential as taken from the vault: a user name (Jira's account e-mail, empty for
 * most) and the secret (an API token, a webhook URL, a signing key). Never printed.
 */
public record Secret(String username, String value) {

  @Override
  public String toString() {
    return "Secret[hidden]";
  }
}
