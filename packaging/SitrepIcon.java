import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Sitrep's icon with Java2D at packaging time, so no image file is checked in and every size
 * is drawn for its size rather than scaled: a dark slate tile, a log page with three entry lines,
 * and a red status dot (an open incident). Writes sitrep-SIZE.png for the usual Linux sizes, plus
 * sitrep.ico (Windows) and sitrep.icns (macOS), both of which may hold PNG images.
 *
 * <p>Run with the source launcher: {@code java packaging/SitrepIcon.java OUT_DIR}.
 */
public final class SitrepIcon {

  static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(out);
    for (int size : SIZES) {
      ImageIO.write(draw(size), "png", out.resolve("sitrep-" + size + ".png").toFile());
    }
    Files.write(out.resolve("sitrep.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
    Files.write(out.resolve("sitrep.icns"), icns());
  }

  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    double s = size;
    // Small sizes get less margin: every pixel counts at 16 px.
    double margin = size <= 24 ? 0 : s * 0.06;
    double tile = s - 2 * margin;
    g.setPaint(
        new GradientPaint(
            0, (float) margin, new Color(0x2B3A4F), 0, (float) (s - margin), new Color(0x162130)));
    g.fill(new RoundRectangle2D.Double(margin, margin, tile, tile, tile * 0.22, tile * 0.22));

    // The log page, slightly left of centre, its top-right corner folded.
    double pw = tile * 0.52;
    double ph = tile * 0.64;
    double px = margin + tile * 0.17;
    double py = margin + tile * 0.18;
    double fold = pw * 0.26;
    Path2D page = new Path2D.Double();
    page.moveTo(px, py);
    page.lineTo(px + pw - fold, py);
    page.lineTo(px + pw, py + fold);
    page.lineTo(px + pw, py + ph);
    page.lineTo(px, py + ph);
    page.closePath();
    g.setColor(new Color(0xF4F1EA));
    g.fill(page);
    Path2D corner = new Path2D.Double();
    corner.moveTo(px + pw - fold, py);
    corner.lineTo(px + pw - fold, py + fold);
    corner.lineTo(px + pw, py + fold);
    corner.closePath();
    g.setColor(new Color(0xC9C3B6));
    g.fill(corner);

    // Three log entries: a time tick and a line each; at 16 px only the lines.
    float stroke = (float) Math.max(1.2, tile * 0.055);
    g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double[] lengths = {0.62, 0.48, 0.56};
    for (int i = 0; i < 3; i++) {
      double y = py + ph * (0.40 + i * 0.20);
      double x0 = px + pw * 0.16;
      if (size >= 32) {
        g.setColor(new Color(0xD9822B));
        g.draw(new java.awt.geom.Line2D.Double(x0, y, x0 + pw * 0.08, y));
        x0 += pw * 0.18;
      }
      g.setColor(new Color(0x3B4A5E));
      g.draw(new java.awt.geom.Line2D.Double(x0, y, x0 + pw * lengths[i] * 0.9, y));
    }

    // The status dot: an incident is open. A dark ring separates it from the page.
    double d = tile * 0.34;
    double dx = margin + tile * 0.60;
    double dy = margin + tile * 0.58;
    g.setColor(new Color(0x162130));
    double ring = Math.max(1, tile * 0.04);
    g.fill(new Ellipse2D.Double(dx - ring, dy - ring, d + 2 * ring, d + 2 * ring));
    g.setColor(new Color(0xE5484D));
    g.fill(new Ellipse2D.Double(dx, dy, d, d));
    g.setColor(new Color(255, 255, 255, 170));
    double hi = d * 0.3;
    g.fill(new Ellipse2D.Double(dx + d * 0.22, dy + d * 0.2, hi, hi));
    g.dispose();
    return image;
  }

  static byte[] png(int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(draw(size), "png", bytes);
    return bytes.toByteArray();
  }

  /** An ICO file whose entries are PNGs (Windows Vista and later read them). */
  static byte[] ico(int[] sizes) throws IOException {
    byte[][] images = new byte[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      images[i] = png(sizes[i]);
    }
    int offset = 6 + 16 * sizes.length;
    ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
    header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      int dim = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256 in an ICO directory
      header.put((byte) dim).put((byte) dim).put((byte) 0).put((byte) 0);
      header.putShort((short) 1).putShort((short) 32);
      header.putInt(images[i].length).putInt(offset);
      offset += images[i].length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header.array());
    for (byte[] image : images) {
      out.write(image);
    }
    return out.toByteArray();
  }

  /** An ICNS file with PNG entries: ic07 128, ic08 256, ic09 512 px. */
  static byte[] icns() throws IOException {
    String[] types = {"ic07", "ic08", "ic09"};
    int[] sizes = {128, 256, 512};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    for (int i = 0; i < types.length; i++) {
      byte[] image = png(sizes[i]);
      data.writeBytes(types[i]);
      data.writeInt(8 + image.length);
      data.write(image);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream file = new DataOutputStream(out);
    file.writeBytes("icns");
    file.writeInt(8 + body.size());
    file.write(body.toByteArray());
    return out.toByteArray();
  }
}
