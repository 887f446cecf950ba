import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
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
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Backstep's application icon with Java2D and writes it in the sizes and formats each
 * operating system wants: PNGs (Linux and the window), an .ico (Windows) and an .icns (macOS).
 *
 * <p>The picture is the seed lesson's 2-3-1 network on a rounded tile, with an arrow running back
 * from the output to the inputs: a step taken backwards through the network. Small sizes drop the
 * thin edges so the shape stays readable at 16 pixels.
 *
 * <pre>java installer/icon/DrawIcon.java assets/icons</pre>
 */
public final class DrawIcon {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** The .icns element types that hold PNG data, by pixel size. */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    private static final Color TILE_TOP = new Color(0x1F4E8C);
    private static final Color TILE_BOTTOM = new Color(0x123463);
    private static final Color NODE = new Color(0xF5F7FA);
    private static final Color EDGE = new Color(0x9DB8DE);
    private static final Color ARROW = new Color(0xF29E38);

    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, encode(draw(size)));
            Files.write(out.resolve("backstep-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("backstep.ico"), ico(png));
        Files.write(out.resolve("backstep.icns"), icns(png));
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0);
        // Everything below is drawn on a 64 × 64 grid.
        double inset = size <= 24 ? 1 : 3;
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, 64, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, 64 - 2 * inset, 64 - 2 * inset, 16, 16));

        double[][] inputs = {{15, 19}, {15, 37}};
        double[][] hidden = {{32, 12}, {32, 27}, {32, 42}};
        double[] output = {49, 27};
        boolean small = size < 32;
        if (!small) {
            g.setColor(EDGE);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (double[] in : inputs) {
                for (double[] h : hidden) {
                    g.draw(new Line2D.Double(in[0], in[1], h[0], h[1]));
                }
            }
            for (double[] h : hidden) {
                g.draw(new Line2D.Double(h[0], h[1], output[0], output[1]));
            }
        }
        double radius = small ? 6 : 5;
        g.setColor(NODE);
        for (double[] p : inputs) {
            g.fill(new Ellipse2D.Double(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius));
        }
        if (!small) {
            for (double[] p : hidden) {
                g.fill(new Ellipse2D.Double(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius));
            }
        }
        g.fill(new Ellipse2D.Double(output[0] - radius, output[1] - radius, 2 * radius, 2 * radius));

        // The backward step: an arc under the network from the output back to the inputs.
        g.setColor(ARROW);
        float width = small ? 5f : 4f;
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arc = new Path2D.Double();
        arc.moveTo(51, small ? 38 : 37);
        arc.curveTo(48, 58, 26, 59, 18, 52);
        g.draw(arc);
        Path2D head = new Path2D.Double();
        head.moveTo(11, 46);
        head.lineTo(23, 48);
        head.lineTo(14, 58);
        head.closePath();
        g.fill(head);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An .ico whose entries hold PNG data (read by Windows Vista and later). */
    private static byte[] ico(Map<Integer, byte[]> png) {
        int header = 6 + 16 * ICO_SIZES.length;
        int total = header;
        for (int size : ICO_SIZES) {
            total += png.get(size).length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = header;
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            out.put(png.get(size));
        }
        return out.array();
    }

    /** An .icns of PNG elements; sizes are big-endian and count their own 8-byte headers. */
    private static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream elements = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] data = png.get(type.getValue());
            elements.writeBytes(type.getKey());
            elements.writeInt(8 + data.length);
            elements.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + body.size());
        out.write(body.toByteArray());
        return file.toByteArray();
    }
}
