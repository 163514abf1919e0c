package org.sipqm.export.internal.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.GradeDistribution;
import org.sipqm.export.internal.document.GradeDistribution.CriterionGrades;
import org.sipqm.export.internal.document.Labels;
import org.sipqm.export.internal.render.Fonts.Face;
import org.sipqm.model.evaluation.Grade;

/**
 * The chart of a grade distribution: one horizontal bar per criterion, split by grade, as a
 * JFreeChart that is drawn as inline SVG for HTML and as vector graphics into PDFs.
 */
public final class GradeChart {

	/** The chart's width in CSS pixels, which fits the text width of an A4 page. */
	public static final int WIDTH = 680;

	/** The colours of grades 1 to 4, the same as the grade labels of the style sheet. */
	private static final List<Color> GRADE_COLOURS = List.of(new Color(0x1b7837), new Color(0xa6dba0),
			new Color(0xfdb863), new Color(0xb2182b));

	private GradeChart() {
	}

	/** Returns the chart's height in CSS pixels for a distribution, the same that the template gives its PDF object. */
	public static int height(GradeDistribution distribution) {
		return distribution.criteria().size() * 12 + 90;
	}

	/** Returns the chart of the distribution. */
	public static JFreeChart create(GradeDistribution distribution) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (CriterionGrades criterion : distribution.criteria()) {
			for (int column = 1; column <= 4; column++) {
				dataset.addValue(criterion.counts().get(column - 1), Labels.grade(Grade.get(column)), criterion.code());
			}
		}

		CategoryAxis criteria = new CategoryAxis(Messages.Chart_criterion);
		NumberAxis authorities = new NumberAxis(Messages.Chart_authorities);
		authorities.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		for (int series = 0; series < GRADE_COLOURS.size(); series++) {
			renderer.setSeriesPaint(series, GRADE_COLOURS.get(series));
		}
		CategoryPlot plot = new CategoryPlot(dataset, criteria, authorities, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);

		JFreeChart chart = new JFreeChart(null, Fonts.awt(Face.BOLD, 12), plot, true);
		theme().apply(chart);
		style(chart, plot, criteria);
		return chart;
	}

	/** Returns the chart as an SVG element to put into an HTML page. */
	public static String svg(GradeDistribution distribution) {
		return svg(create(distribution), WIDTH, height(distribution));
	}

	/** Returns any chart as an SVG element of the given size in CSS pixels, with its text in the DejaVu fonts. */
	public static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		// JFreeSVG writes attributes in single quotes, so the family names are left unquoted to keep the SVG well-formed.
		graphics.setFontFunction(family -> "DejaVu Sans, Arial, sans-serif");
		draw(chart, graphics, width, height);
		return graphics.getSVGElement();
	}

	/** Draws the chart into the area from (0, 0) of the given size. */
	public static void draw(JFreeChart chart, Graphics2D graphics, double width, double height) {
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
	}

	/** Returns the theme of the export charts: the DejaVu fonts in small sizes, flat bars, no shadows. */
	public static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("SIP QM");
		theme.setExtraLargeFont(Fonts.awt(Face.BOLD, 12));
		theme.setLargeFont(Fonts.awt(Face.BOLD, 9));
		theme.setRegularFont(Fonts.awt(Face.REGULAR, 8));
		theme.setSmallFont(Fonts.awt(Face.REGULAR, 7));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

	private static void style(JFreeChart chart, CategoryPlot plot, CategoryAxis criteria) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xc5ccd4));
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		criteria.setCategoryMargin(0.15);
		criteria.setLowerMargin(0.01);
		criteria.setUpperMargin(0.01);
		criteria.setTickLabelFont(Fonts.awt(Face.REGULAR, 7));
		LegendTitle legend = chart.getLegend();
		legend.setPosition(RectangleEdge.TOP);
		legend.setItemFont(Fonts.awt(Face.REGULAR, 8));
		legend.setBackgroundPaint(Color.WHITE);
		// The colours come from the renderer; the theme would otherwise replace them.
		StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
		for (int series = 0; series < GRADE_COLOURS.size(); series++) {
			renderer.setSeriesPaint(series, GRADE_COLOURS.get(series));
		}
	}
}
