package org.sitrep.model.comms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;

/**
 * The workspace's update templates: the starter set Sitrep ships (seeded into a workspace that has
 * none), and the team's own files imported over them. Each import of changed text is a new version;
 * an update names the version it was written from.
 */
public final class TemplateLibrary {

  /** The starter set, in the order a communicator meets them. */
  static final List<String> STARTER =
      List.of(
          "internal-investigating",
          "internal-identified",
          "internal-monitoring",
          "internal-resolved",
          "internal-follow-up",
          "customers-investigating",
          "customers-identified",
          "customers-monitoring",
          "customers-resolved",
          "customers-follow-up",
          "executives-investigating",
          "executives-identified",
          "executives-monitoring",
          "executives-resolved",
          "executives-follow-up");

  private final Workspace workspace;

  public TemplateLibrary(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Seeds the starter set into a workspace without templates; returns how many were added. */
  public int seedIfEmpty() {
    if (workspace.read(TemplateRepository::count) > 0) {
      return 0;
    }
    int added = 0;
    for (String id : STARTER) {
      added += store(TemplateParser.parse(id + ".md", starterText(id))).isPresent() ? 1 : 0;
    }
    return added;
  }

  /** The text Sitrep ships for a starter template. */
  public static String starterText(String id) {
    String resource = "/org/sitrep/model/comms/templates/" + id + ".md";
    try (InputStream in = TemplateLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("starter template missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /**
   * Imports one template file: a new version when its text changed, nothing when it did not.
   *
   * @throws ChangeRefusedException naming file:line:column when the file is not a template
   */
  public Optional<UpdateTemplate> importFile(String fileName, String text) {
    UpdateTemplate parsed = TemplateParser.parse(fileName, text);
    // The team's own file goes over the starter set, never instead of it.
    seedIfEmpty();
    return store(parsed);
  }

  private Optional<UpdateTemplate> store(UpdateTemplate parsed) {
    String by = workspace.operator();
    return workspace.write(tx -> TemplateRepository.store(tx, parsed, by));
  }

  /** The current version of every template, by id. */
  public List<UpdateTemplate> all() {
    seedIfEmpty();
    return workspace.read(TemplateRepository::allCurrent);
  }

  /** The current version of {@code id}. */
  public UpdateTemplate get(String id) {
    seedIfEmpty();
    return workspace
        .read(dsl -> TemplateRepository.current(dsl, id))
        .orElseThrow(
            () ->
                new ChangeRefusedException(
                    "no update template '"
                        + id
                        + "': use one of "
                        + String.join(", ", all().stream().map(UpdateTemplate::id).toList())));
  }

  /** One version exactly as an update was written from it. */
  public Optional<UpdateTemplate> version(String id, int version) {
    return workspace.read(dsl -> TemplateRepository.version(dsl, id, version));
  }

  /** The template for a phase and audience, by the starter set's naming: customers-resolved. */
  public UpdateTemplate forPhase(UpdatePhase phase, Audience audience) {
    return get(audience.word() + "-" + phase.word());
  }
}
