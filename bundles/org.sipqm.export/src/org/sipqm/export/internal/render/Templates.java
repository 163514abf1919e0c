package org.sipqm.export.internal.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sipqm.export.internal.Messages;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Fills the FreeMarker templates beside this class ({@code templates/*.ftl}), which produce XHTML
 * for both the HTML and the PDF exports. Values are escaped for XHTML unless a template marks a value as markup, as the inline SVG charts are.
 */
public final class Templates {

	private static final String FOLDER = "org/sipqm/export/internal/render/templates";

	private static final Configuration CONFIGURATION = configure(
			new ClassTemplateLoader(Templates.class.getClassLoader(), FOLDER));

	/** The configurations of other bundles' template folders, by class loader and folder. */
	private static final Map<List<Object>, Configuration> OTHERS = new ConcurrentHashMap<>();

	private Templates() {
	}

	/**
	 * Fills the template with the model and the messages, available to the template as {@code text}.
	 *
	 * @param name  the template's file name, such as {@code evaluation.ftl}
	 * @param pdf   whether the XHTML is for the PDF renderer rather than a browser
	 * @param model the template's other variables
	 */
	public static String render(String name, boolean pdf, Map<String, Object> model) throws IOException {
		return render(CONFIGURATION, name, pdf, model);
	}

	/**
	 * Fills a template of another bundle, as {@link #render(String, boolean, Map)} does. The template
	 * is looked up in {@code folder} of the class loader of {@code owner}, and it can import this
	 * bundle's {@code layout.ftl} to share the page frame and style sheet of every export.
	 *
	 * @param folder the template folder inside the owner's bundle, such as {@code org/example/templates}
	 */
	public static String render(Class<?> owner, String folder, String name, boolean pdf, Map<String, Object> model)
			throws IOException {
		ClassLoader loader = owner.getClassLoader();
		Configuration configuration = OTHERS.computeIfAbsent(List.of(loader, folder),
				key -> configure(new MultiTemplateLoader(new TemplateLoader[] { new ClassTemplateLoader(loader, folder),
						new ClassTemplateLoader(Templates.class.getClassLoader(), FOLDER) })));
		return render(configuration, name, pdf, model);
	}

	private static String render(Configuration configuration, String name, boolean pdf, Map<String, Object> model)
			throws IOException {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("pdf", pdf);
		variables.put("text", Messages.asMap());
		StringWriter out = new StringWriter(64 * 1024);
		try {
			configuration.getTemplate(name).process(variables, out);
		} catch (TemplateException e) {
			throw new IllegalStateException("The export template " + name + " failed: " + e.getMessage(), e);
		}
		return out.toString();
	}

	private static Configuration configure(TemplateLoader loader) {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setTemplateLoader(loader);
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
		configuration.setLocale(Locale.UK);
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setAPIBuiltinEnabled(false);
		return configuration;
	}
}
