package org.sipqm.compare.export.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sipqm.compare.SectionCoverage;
import org.sipqm.export.internal.render.Fonts;
import org.sipqm.export.internal.render.Fonts.Face;
import org.sipqm.export.internal.render.GradeChart;

/**
 * The chart of one schedule's coverage: a horizontal bar per section with the percentage of its
 * national criteria that the local framework covers, styled with the export charts' theme.
 */
public final class CoverageChart {

	/** The chart's width in CSS pixels, the width of the export charts. */
	public static final int WIDTH = GradeChart.WIDTH;

	private static final Color BAR = new Color(0x1d3557);

	private CoverageChart() {
	}

	/** Returns the chart's height in CSS pixels for a number of sections. */
	public static int height(int sections) {
		return sections * 18 + 70;
	}

	/** Returns the chart of the sections, labelled by section code. */
	public static JFreeChart create(List<SectionCoverage> sections) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (SectionCoverage section : sections) {
			dataset.addValue(section.percent(), Messages.Chart_percentCovered, section.sectionCode());
		}

		CategoryAxis sectionAxis = new CategoryAxis(Messages.Chart_section);
		NumberAxis percentAxis = new NumberAxis(Messages.Chart_percentCovered);
		percentAxis.setRange(0, 100);
		percentAxis.setTickUnit(new NumberTickUnit(10));
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, sectionAxis, percentAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);

		JFreeChart chart = new JFreeChart(null, Fonts.awt(Face.BOLD, 12), plot, false);
		GradeChart.theme().apply(chart);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xc5ccd4));
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		sectionAxis.setCategoryMargin(0.2);
		sectionAxis.setLowerMargin(0.02);
		sectionAxis.setUpperMargin(0.02);
		// The theme resets the renderer's look, so the bar colour and style come after it.
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setSeriesPaint(0, BAR);
		return chart;
	}

	/** Returns the chart as an SVG element for an HTML page. */
	public static String svg(List<SectionCoverage> sections) {
		return GradeChart.svg(create(sections), WIDTH, height(sections.size()));
	}
}
