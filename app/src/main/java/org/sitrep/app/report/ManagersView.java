package org.sitrep.app.report;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.report.ManagersReport;

/**
 * The managers' view: postmortems by state and what is overdue on the left, incidents per month by
 * severity and the median times to detect, mitigate and resolve on the right. Drills are never in
 * the charts. Enter or a double click on a postmortem opens it.
 */
public final class ManagersView extends BorderPane {

  private final ManagersViewModel model;
  private final StackedBarChart<String, Number> perMonth =
      new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
  private final BarChart<String, Number> times =
      new BarChart<>(new CategoryAxis(), new NumberAxis());
  private final ListView<ManagersViewModel.Row> postmortems;
  private final Label perMonthMissing = new Label();
  private final Label timesMissing = new Label();

  public ManagersView(ManagersViewModel model, Consumer<String> onOpen, Runnable onClose) {
    this.model = model;
    setId("managers-view");
    setPadding(new Insets(12, 16, 12, 16));
    Label title =
        new Label("Managers' view · postmortems and trends (drills excluded from figures)");
    title.getStyleClass().add("title-3");
    Label summary = new Label();
    summary.setId("managers-summary");
    summary.textProperty().bind(model.summary());
    summary.getStyleClass().add("incident-meta");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    title.setWrapText(true);
    title.setMinWidth(0);
    summary.setWrapText(true);
    summary.setMinWidth(0);
    Button close = new Button("Back (Esc)");
    close.setMinWidth(Region.USE_PREF_SIZE); // the way out is never cut to "B…"
    close.setOnAction(e -> onClose.run());
    VBox heading = new VBox(2, title, summary);
    heading.setMinWidth(0);
    HBox.setHgrow(heading, Priority.ALWAYS);
    HBox top = new HBox(10, heading, grow, close);
    top.setAlignment(Pos.CENTER_LEFT);
    top.setPadding(new Insets(0, 0, 10, 0));
    setTop(top);

    postmortems = new ListView<>(model.postmortems());
    postmortems.setId("managers-postmortems");
    postmortems.setCellFactory(l -> new RowCell());
    postmortems.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            open(onOpen);
          }
        });
    postmortems.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open(onOpen);
          }
        });
    ListView<String> overdue = new ListView<>(model.overdue());
    overdue.setId("managers-overdue");
    overdue.setPlaceholder(new Label("Nothing overdue"));
    perMonth.setTitle("Incidents per month by severity");
    perMonth.setAnimated(false);
    ChartOrReason.wholeNumbers((NumberAxis) perMonth.getYAxis());
    perMonthMissing.textProperty().bind(model.incidentsPerMonthMissing());
    timesMissing.textProperty().bind(model.responseTimesMissing());
    times.setTitle("Median minutes from start to detect / mitigate / resolve");
    times.setAnimated(false);
    ((NumberAxis) times.getYAxis()).setLabel("minutes");

    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(10);
    grid.add(section("Postmortems by state", postmortems), 0, 0);
    grid.add(section("Overdue reviews and action items", overdue), 0, 1);
    grid.add(ChartOrReason.of(perMonth, perMonthMissing, "managers-per-month-missing"), 1, 0);
    grid.add(ChartOrReason.of(times, timesMissing, "managers-times-missing"), 1, 1);
    ColumnConstraints left = new ColumnConstraints();
    left.setPercentWidth(50);
    ColumnConstraints right = new ColumnConstraints();
    right.setPercentWidth(50);
    grid.getColumnConstraints().addAll(left, right);
    RowConstraints row = new RowConstraints();
    row.setPercentHeight(50);
    row.setVgrow(Priority.ALWAYS);
    grid.getRowConstraints().addAll(row, row);
    setCenter(grid);
    // Esc goes back: the shell's keyboard model, for every view over the timeline.
    model.report().addListener((o, a, r) -> charts(r));
  }

  public ListView<ManagersViewModel.Row> postmortemList() {
    return postmortems;
  }

  private void open(Consumer<String> onOpen) {
    ManagersViewModel.Row row = postmortems.getSelectionModel().getSelectedItem();
    if (row != null) {
      onOpen.accept(row.incidentId());
    }
  }

  private void charts(ManagersReport r) {
    ChartOrReason.range((NumberAxis) perMonth.getYAxis(), ManagersViewModel.busiestMonth(r));
    perMonth.getData().clear();
    for (Severity s : Severity.values()) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(s.name());
      for (ManagersReport.MonthCount m : r.incidentsPerMonth()) {
        series.getData().add(new XYChart.Data<>(m.month().toString(), m.bySeverity().get(s)));
      }
      perMonth.getData().add(series);
    }
    times.getData().clear();
    String[] names = {"detect", "mitigate", "resolve"};
    for (int k = 0; k < names.length; k++) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName("to " + names[k]);
      for (ManagersReport.MonthTimes m : r.responseTimes()) {
        var d = k == 0 ? m.toDetect() : k == 1 ? m.toMitigate() : m.toResolve();
        series
            .getData()
            .add(new XYChart.Data<>(m.month().toString(), ManagersViewModel.minutes(d)));
      }
      times.getData().add(series);
    }
  }

  private static VBox section(String heading, Region content) {
    Label label = new Label(heading);
    label.getStyleClass().add("section-title");
    VBox box = new VBox(6, label, content);
    VBox.setVgrow(content, Priority.ALWAYS);
    return box;
  }

  /** A postmortem row: its state as a chip, red when its review is overdue. */
  private static final class RowCell extends ListCell<ManagersViewModel.Row> {
    @Override
    protected void updateItem(ManagersViewModel.Row row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label state = new Label(row.state().toUpperCase(java.util.Locale.ROOT));
      state.getStyleClass().addAll("status-chip", "pm-state-" + row.state().replace(' ', '-'));
      Label text = new Label(row.text());
      if (row.overdue()) {
        text.getStyleClass().add("overdue");
      }
      HBox box = new HBox(8, state, text);
      box.setAlignment(Pos.CENTER_LEFT);
      setText(null);
      setGraphic(box);
    }
  }
}
