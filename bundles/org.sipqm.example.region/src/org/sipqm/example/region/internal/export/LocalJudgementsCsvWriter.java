package org.sipqm.example.region.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.sipqm.core.redaction.RedactedEvaluation;
import org.sipqm.example.region.internal.RegionalContent;
import org.sipqm.export.ExportInput;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportWriter;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.CriterionUri;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;

/**
 * East Midlands exporter: one CSV file with every judgement on a criterion that this plug-in
 * contributed, for the regional moderation of the local criteria. Columns: evaluation, academic
 * year, term, local authority, criterion, statement, grade (1 to 4, empty when not judged) and
 * rationale. The file is UTF-8 with a byte order mark, so that spreadsheet programs read it as
 * UTF-8, and fields are quoted as RFC 4180 describes.
 */
public final class LocalJudgementsCsvWriter implements ExportWriter {

	static final List<String> HEADER = List.of("evaluation", "academic year", "term", "local authority", "criterion",
			"statement", "grade", "rationale");

	private final FrameworkRegistry frameworks;

	/** Creates the writer for the extension registry, with the shared framework registry. */
	public LocalJudgementsCsvWriter() {
		this(FrameworkRegistry.getDefault());
	}

	LocalJudgementsCsvWriter(FrameworkRegistry frameworks) {
		this.frameworks = frameworks;
	}

	@Override
	public boolean accepts(Evaluation evaluation) {
		return evaluation.getJudgements().stream().anyMatch(judgement -> localCriterion(judgement).isPresent());
	}

	@Override
	public void write(ExportInput input, OutputStream out, ExportMonitor monitor) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writeRow(writer, HEADER);

		for (RedactedEvaluation redacted : input.evaluations()) {
			monitor.checkCancelled();
			Evaluation evaluation = redacted.evaluation();
			for (Judgement judgement : evaluation.getJudgements()) {
				Optional<Criterion> criterion = localCriterion(judgement);
				if (criterion.isPresent()) {
					writeRow(writer, row(evaluation, judgement, criterion.get()));
				}
			}
		}
		// Flushes without closing, because the caller owns the stream.
		writer.flush();
	}

	private static List<String> row(Evaluation evaluation, Judgement judgement, Criterion criterion) {
		String localAuthority = evaluation.getLocalAuthority() == null ? "" : text(evaluation.getLocalAuthority().getName());
		int grade = judgement.getGrade() == null ? 0 : judgement.getGrade().getValue();
		return List.of(text(evaluation.getId()), text(evaluation.getAcademicYear()),
				evaluation.getTerm() == null ? "" : evaluation.getTerm().getLiteral(), localAuthority, criterion.getCode(),
				text(criterion.getStatement()), grade == 0 ? "" : Integer.toString(grade), text(judgement.getRationale()));
	}

	/** Returns the criterion of the judgement when this plug-in contributed it. */
	private Optional<Criterion> localCriterion(Judgement judgement) {
		try {
			return frameworks.find(CriterionUri.parse(judgement.getCriterion()))
					.filter(criterion -> RegionalContent.PLUGIN_ID.equals(criterion.getOrigin()));
		} catch (IllegalArgumentException e) {
			// The validator reports invalid criterion URIs, so such a judgement is simply not exported here.
			return Optional.empty();
		}
	}

	private static void writeRow(Writer writer, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quoted(fields.get(i)));
		}
		writer.write("\r\n");
	}

	/** Quotes a field that contains a comma, a quotation mark or a line break, doubling its quotation marks. */
	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
