package dyad.events;

import dyad.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO event codes with their Goldstein weights (data/events/cameo_codes.tsv, from the CAMEO
 * codebook), and the two derived classes users aggregate by: the two-digit root and the quad class.
 * Immutable; the shipped table is loaded once per JVM.
 */
public final class CameoCodes {
  public static final String RESOURCE = "dyad/events/cameo_codes.tsv";

  /** One code of the codebook. */
  public record Code(String code, double goldstein, String name) {}

  private static volatile CameoCodes standard;
  private final Map<String, Code> codes;

  CameoCodes(List<String> lines) {
    Map<String, Code> m = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals("code")) continue;
      m.put(f[0], new Code(f[0], Double.parseDouble(f[1]), f[2]));
    }
    codes = Map.copyOf(m);
  }

  public static CameoCodes standard() {
    CameoCodes c = standard;
    if (c == null) {
      synchronized (CameoCodes.class) {
        if (standard == null) standard = new CameoCodes(Tokens.readResourceLines(RESOURCE));
        c = standard;
      }
    }
    return c;
  }

  /** Whether the codebook has this code. */
  public boolean has(String code) {
    return codes.containsKey(code);
  }

  /** The code's Goldstein weight; a code the table lacks takes its nearest listed parent's. */
  public double goldstein(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Code k = codes.get(c);
      if (k != null) return k.goldstein();
    }
    throw new IllegalArgumentException("not a CAMEO code: " + code);
  }

  /** The two-digit root: "0311" is 03. */
  public static String root(String code) {
    return code.substring(0, 2);
  }

  /**
   * The quad class: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal
   * conflict (09-13), 4 material conflict (14-20).
   */
  public static int quadClass(String code) {
    int r = Integer.parseInt(root(code));
    if (r < 1 || r > 20) throw new IllegalArgumentException("not a CAMEO code: " + code);
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }
}
