package org.sipqm.export.internal.render;

import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;

/**
 * Draws the grade charts of a regional summary into its PDF, where the template puts an
 * {@code object} element of type {@value #TYPE} with the schedule number in {@code data-schedule}.
 * The charts are drawn through openhtmltopdf's Graphics2D bridge, so they stay vector graphics
 * with real text.
 */
public final class ChartDrawers implements FSObjectDrawerFactory {

	/** The MIME type of the object elements that stand for charts. */
	public static final String TYPE = "application/x-sipqm-grade-chart";

	private final Map<Integer, JFreeChart> chartsBySchedule;

	public ChartDrawers(Map<Integer, JFreeChart> chartsBySchedule) {
		this.chartsBySchedule = Map.copyOf(chartsBySchedule);
	}

	@Override
	public boolean isReplacedObject(Element element) {
		return TYPE.equals(element.getAttribute("type")) && chart(element) != null;
	}

	@Override
	public FSObjectDrawer createDrawer(Element element) {
		JFreeChart chart = chart(element);
		if (chart == null) {
			return null;
		}
		return (object, x, y, width, height, outputDevice, context, dotsPerPixel) -> {
			float cssWidth = (float) width / dotsPerPixel;
			float cssHeight = (float) height / dotsPerPixel;
			outputDevice.drawWithGraphics((float) x, (float) y, cssWidth, cssHeight,
					graphics -> GradeChart.draw(chart, graphics, cssWidth, cssHeight));
			return null;
		};
	}

	private JFreeChart chart(Element element) {
		try {
			return chartsBySchedule.get(Integer.valueOf(element.getAttribute("data-schedule")));
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
