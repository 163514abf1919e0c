package org.sipqm.export.internal.render;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The DejaVu Sans fonts that PDFs embed and charts are drawn in. They cover Latin with its
 * accents, Greek, Cyrillic, typographic quotes and dashes, and the pound and euro signs. They come
 * from the jasperreports-fonts jar, which holds only the DejaVu fonts and their licence; the
 * DejaVu licence allows them to be embedded and shipped.
 */
public final class Fonts {

	/** The family name that style sheets use. */
	public static final String FAMILY = "DejaVu Sans";

	private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	/** The four faces of the family. */
	public enum Face {
		REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL, java.awt.Font.PLAIN),
		BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL, java.awt.Font.BOLD),
		OBLIQUE("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC, java.awt.Font.ITALIC),
		BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC, java.awt.Font.BOLD | java.awt.Font.ITALIC);

		private final String file;
		private final int weight;
		private final FontStyle style;
		private final int awtStyle;

		Face(String file, int weight, FontStyle style, int awtStyle) {
			this.file = file;
			this.weight = weight;
			this.style = style;
			this.awtStyle = awtStyle;
		}
	}

	private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
	private static final Map<Face, java.awt.Font> AWT_FONTS = new EnumMap<>(Face.class);

	private Fonts() {
	}

	/** Makes every face available to the PDF renderer, to be embedded as a subset. */
	public static void register(PdfRendererBuilder builder) {
		for (Face face : Face.values()) {
			byte[] bytes = bytes(face);
			builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, face.weight, face.style, true);
		}
	}

	/** Returns the face as an AWT font of the size in points, for charts. */
	public static java.awt.Font awt(Face face, float size) {
		synchronized (AWT_FONTS) {
			java.awt.Font font = AWT_FONTS.get(face);
			if (font == null) {
				try {
					font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(face)));
				} catch (FontFormatException | IOException e) {
					throw new IllegalStateException("The font " + face.file + " cannot be read: " + e.getMessage(), e);
				}
				AWT_FONTS.put(face, font);
			}
			return font.deriveFont(face.awtStyle, size);
		}
	}

	/**
	 * Returns the bytes of the face's TrueType file, reading it once.
	 *
	 * @throws IllegalStateException when the font is missing, which means the jasperreports-fonts
	 *                               bundle is not installed
	 */
	static byte[] bytes(Face face) {
		synchronized (BYTES) {
			byte[] bytes = BYTES.get(face);
			if (bytes == null) {
				bytes = read(FOLDER + face.file);
				BYTES.put(face, bytes);
			}
			return bytes;
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The font " + path + " is missing: the product must include the "
						+ "jasperreports-fonts bundle (wrapped.net.sf.jasperreports.jasperreports-fonts) that holds it");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the font " + path, e);
		}
	}
}
