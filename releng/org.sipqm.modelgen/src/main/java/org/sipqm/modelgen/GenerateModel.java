package org.sipqm.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of the SIP QM model from its .genmodel, outside OSGi.
 * <p>
 * Arguments: the repository root, then {@code --write} to regenerate {@code src-gen/} in place or
 * {@code --check} to generate into a temporary copy and fail when the committed {@code src-gen/}
 * differs from it.
 */
public final class GenerateModel {

	private static final String MODEL_PROJECT = "org.sipqm.model";
	private static final String EDIT_PROJECT = "org.sipqm.model.edit";
	private static final String GENMODEL = "model/sipqm.genmodel";
	private static final String BASE_PACKAGE = "org.sipqm.model";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !List.of("--write", "--check").contains(args[1])) {
			System.err.println("Usage: GenerateModel <repository root> --write|--check");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles");
		if (args[1].equals("--write")) {
			generate(bundles);
			System.out.println("Generated model and edit code under " + bundles);
			return;
		}
		List<String> differences = check(bundles);
		if (!differences.isEmpty()) {
			System.err.println("src-gen is out of date with the model. Regenerate it with releng/regenerate-model.sh. Differences:");
			differences.forEach(difference -> System.err.println("  " + difference));
			System.exit(1);
		}
		System.out.println("src-gen matches the model");
	}

	/** Generates both projects' code into the bundle folders under {@code bundles}. */
	static void generate(Path bundles) {
		registerStandaloneEmf(bundles);
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		URI genModelUri = URI.createPlatformResourceURI(MODEL_PROJECT + "/" + GENMODEL, true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);

		if (genModel.getGenPackages().isEmpty()) {
			initialise(genModel, resourceSet);
		} else {
			genModel.reconcile();
		}
		// Saving keeps the .genmodel in step with the .ecore files it was reconciled with.
		save(resource);

		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Invalid genmodel: " + validation);
		}
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
		report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
	}

	private static void registerStandaloneEmf(Path bundles) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Map<String, URI> platformResources = EcorePlugin.getPlatformResourceMap();
		for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
			platformResources.put(project, URI.createFileURI(bundles.resolve(project).toString() + "/"));
		}
	}

	private static void initialise(GenModel genModel, ResourceSet resourceSet) {
		List<EPackage> packages = new ArrayList<>();
		for (String ecore : genModel.getForeignModel()) {
			URI uri = URI.createPlatformResourceURI(MODEL_PROJECT + "/model/" + ecore, true);
			packages.add((EPackage) resourceSet.getResource(uri, true).getContents().get(0));
		}
		genModel.initialize(packages);
		for (GenPackage genPackage : genModel.getGenPackages()) {
			String name = genPackage.getEcorePackage().getName();
			genPackage.setBasePackage(BASE_PACKAGE);
			genPackage.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
			genPackage.setDisposableProviderFactory(true);
		}
	}

	private static void save(Resource resource) {
		try {
			resource.save(Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void report(Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Code generation failed: " + diagnostic);
		}
	}

	/** Generates into a copy of the two bundles and returns the files whose content differs. */
	static List<String> check(Path bundles) throws IOException {
		Path copy = Files.createTempDirectory("sipqm-modelgen");
		try {
			for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
				copyWithoutGeneratedCode(bundles.resolve(project), copy.resolve(project));
			}
			generate(copy);
			List<String> differences = new ArrayList<>();
			for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
				compare(bundles.resolve(project).resolve("src-gen"), copy.resolve(project).resolve("src-gen"),
						project + "/src-gen", differences);
			}
			return differences;
		} finally {
			deleteRecursively(copy);
		}
	}

	private static void copyWithoutGeneratedCode(Path source, Path target) throws IOException {
		Files.createDirectories(target);
		if (!Files.isDirectory(source)) {
			return;
		}
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = source.relativize(file);
				if (relative.startsWith("src-gen") || relative.startsWith("target")) {
					continue;
				}
				Path destination = target.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				} else {
					Files.copy(file, destination);
				}
			}
		}
	}

	private static void compare(Path committed, Path generated, String label, List<String> differences)
			throws IOException {
		TreeSet<String> paths = new TreeSet<>();
		paths.addAll(listFiles(committed));
		paths.addAll(listFiles(generated));
		for (String path : paths) {
			Path left = committed.resolve(path);
			Path right = generated.resolve(path);
			if (!Files.exists(left)) {
				differences.add("missing: " + label + "/" + path);
			} else if (!Files.exists(right)) {
				differences.add("not generated by the model: " + label + "/" + path);
			} else if (!Arrays.equals(Files.readAllBytes(left), Files.readAllBytes(right))) {
				differences.add("changed: " + label + "/" + path);
			}
		}
	}

	private static List<String> listFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).toList();
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(file);
			}
		}
	}
}
