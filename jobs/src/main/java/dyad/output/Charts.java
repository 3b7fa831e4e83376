package dyad.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain Java2D charts for the notebooks (the Java kernel shows a {@link BufferedImage} as a PNG):
 * bars, lines with a confidence band, and a network drawn by community. No charting library: the
 * Maven ones pull PDF and SVG stacks that the notebooks do not need.
 */
public final class Charts {
  static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
      new Color(0x17becf)};
  private static final int W = 900;
  private static final int H = 360;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private Charts() {}

  /** One line of a line chart: a value per x label (null: no point), optionally a band low..high. */
  public record Series(String name, List<Double> values, List<Double> low, List<Double> high) {
    public Series(String name, List<Double> values) {
      this(name, values, null, null);
    }
  }

  /** A node of {@link #network}: drawn with area by {@code size}, coloured by {@code group}. */
  public record Node(String id, String label, double size, String group) {}

  /** An edge of {@link #network}: width by {@code weight}. */
  public record Edge(String a, String b, double weight) {}

  /** Vertical bars, one per label. */
  public static BufferedImage bars(String title, List<String> labels, List<? extends Number> values) {
    BufferedImage img = canvas();
    Graphics2D g = graphics(img, title);
    double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(1);
    Frame f = new Frame(labels.size(), 0, max <= 0 ? 1 : max);
    f.axes(g, labels, 5);
    double slot = (double) (W - LEFT - RIGHT) / Math.max(1, labels.size());
    g.setColor(PALETTE[0]);
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i).doubleValue();
      int x = (int) (LEFT + i * slot + slot * 0.15);
      int y = (int) f.y(v);
      g.fillRect(x, y, Math.max(1, (int) (slot * 0.7)), (int) f.y(0) - y);
    }
    g.dispose();
    return img;
  }

  /** Lines over the same x labels, each with its band (e.g. a 95% confidence interval) shaded. */
  public static BufferedImage lines(String title, List<String> labels, List<Series> series, double yMin, double yMax) {
    BufferedImage img = canvas();
    Graphics2D g = graphics(img, title);
    Frame f = new Frame(labels.size(), yMin, yMax);
    f.axes(g, labels, 4);
    if (yMin < 0 && yMax > 0) {
      g.setColor(Color.LIGHT_GRAY);
      g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
      g.drawLine(LEFT, (int) f.y(0), W - RIGHT, (int) f.y(0));
    }
    for (int s = 0; s < series.size(); s++) {
      Series ser = series.get(s);
      Color c = PALETTE[s % PALETTE.length];
      if (ser.low() != null && ser.high() != null) {
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
        for (int i = 0; i < labels.size(); i++) {
          // A band segment between neighbouring points that both have an interval; a lone one as a bar.
          Double lo = ser.low().get(i), hi = ser.high().get(i);
          if (lo == null || hi == null) continue;
          double lo2 = clamp(lo, yMin, yMax), hi2 = clamp(hi, yMin, yMax);
          boolean next = i + 1 < labels.size() && ser.low().get(i + 1) != null && ser.high().get(i + 1) != null;
          if (next) {
            Path2D p = new Path2D.Double();
            p.moveTo(f.x(i), f.y(hi2));
            p.lineTo(f.x(i + 1), f.y(clamp(ser.high().get(i + 1), yMin, yMax)));
            p.lineTo(f.x(i + 1), f.y(clamp(ser.low().get(i + 1), yMin, yMax)));
            p.lineTo(f.x(i), f.y(lo2));
            p.closePath();
            g.fill(p);
          }
          g.fillRect((int) f.x(i) - 4, (int) f.y(hi2), 8, Math.max(1, (int) (f.y(lo2) - f.y(hi2))));
        }
      }
      g.setColor(c);
      g.setStroke(new BasicStroke(2.2f));
      Double prev = null;
      for (int i = 0; i < labels.size(); i++) {
        Double v = ser.values().get(i);
        if (v == null) {
          prev = null;
          continue;
        }
        if (prev != null) g.drawLine((int) f.x(i - 1), (int) f.y(prev), (int) f.x(i), (int) f.y(v));
        g.fillOval((int) f.x(i) - 4, (int) f.y(v) - 4, 8, 8);
        prev = v;
      }
      g.drawString(ser.name(), W - RIGHT - 300, TOP + 14 + 16 * s);
    }
    g.dispose();
    return img;
  }

  /**
   * A network with nodes on a circle, grouped by community so that groups sit together; node area
   * by size, edge width by weight. A circle keeps every label readable, which a force layout on a
   * dense co-mention graph does not.
   */
  public static BufferedImage network(String title, List<Node> nodes, List<Edge> edges) {
    BufferedImage img = new BufferedImage(W, 760, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(img, title);
    List<Node> order = new ArrayList<>(nodes);
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (Node n : nodes) groups.putIfAbsent(String.valueOf(n.group()), groups.size());
    order.sort((a, b) -> groups.get(String.valueOf(a.group())) - groups.get(String.valueOf(b.group())));
    Map<String, double[]> at = new LinkedHashMap<>();
    double cx = W / 2.0, cy = 400, r = 280;
    for (int i = 0; i < order.size(); i++) {
      double a = 2 * Math.PI * i / Math.max(1, order.size()) - Math.PI / 2;
      at.put(order.get(i).id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a), a});
    }
    double maxW = edges.stream().mapToDouble(Edge::weight).max().orElse(1);
    for (Edge e : edges) {
      double[] p = at.get(e.a()), q = at.get(e.b());
      if (p == null || q == null) continue;
      float w = (float) (0.5 + 5 * Math.sqrt(e.weight() / maxW));
      g.setStroke(new BasicStroke(w));
      g.setColor(new Color(90, 100, 130, 90));
      g.drawLine((int) p[0], (int) p[1], (int) q[0], (int) q[1]);
    }
    double maxSize = nodes.stream().mapToDouble(Node::size).max().orElse(1);
    for (Node n : order) {
      double[] p = at.get(n.id());
      int rad = (int) (4 + 18 * Math.sqrt(n.size() / (maxSize <= 0 ? 1 : maxSize)));
      g.setColor(PALETTE[groups.get(String.valueOf(n.group())) % PALETTE.length]);
      g.fillOval((int) p[0] - rad, (int) p[1] - rad, 2 * rad, 2 * rad);
      g.setColor(Color.DARK_GRAY);
      String label = n.label() == null ? n.id() : n.label();
      int lx = (int) (p[0] + Math.cos(p[2]) * (rad + 6));
      int ly = (int) (p[1] + Math.sin(p[2]) * (rad + 6)) + 4;
      if (Math.cos(p[2]) < 0) lx -= g.getFontMetrics().stringWidth(label);
      g.drawString(label, lx, ly);
    }
    g.dispose();
    return img;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static BufferedImage canvas() {
    return new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
  }

  private static Graphics2D graphics(BufferedImage img, String title) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, LEFT, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return g;
  }

  /** The plot area's scales. */
  private record Frame(int n, double yMin, double yMax) {
    double x(int i) {
      double slot = (double) (W - LEFT - RIGHT) / Math.max(1, n);
      return LEFT + slot * (i + 0.5);
    }

    double y(double v) {
      return H - BOTTOM - (v - yMin) / (yMax - yMin == 0 ? 1 : yMax - yMin) * (H - TOP - BOTTOM);
    }

    void axes(Graphics2D g, List<String> labels, int ticks) {
      g.setColor(Color.GRAY);
      g.drawLine(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
      g.drawLine(LEFT, TOP, LEFT, H - BOTTOM);
      for (int t = 0; t <= ticks; t++) {
        double v = yMin + (yMax - yMin) * t / ticks;
        String s = Math.abs(v) >= 10 || v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.2f", v);
        g.drawString(s, LEFT - 8 - g.getFontMetrics().stringWidth(s), (int) y(v) + 4);
      }
      int every = Math.max(1, (int) Math.ceil(labels.size() / 10.0));
      for (int i = 0; i < labels.size(); i += every) {
        String s = labels.get(i);
        g.drawString(s, (int) x(i) - g.getFontMetrics().stringWidth(s) / 2, H - BOTTOM + 18);
      }
    }
  }
}
