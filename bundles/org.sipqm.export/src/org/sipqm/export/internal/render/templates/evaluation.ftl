<#ftl output_format="XHTML" strip_whitespace=true>
<#--
	A note of visit, termly report or headteacher discussion summary.
	Variables: report (an EvaluationReport), pdf, text and author.
-->
<#import "layout.ftl" as layout>
<@layout.page title=report.documentTitle() subtitle=report.subtitle author=author!"" bookmarks=report.bookmarks()
		runningTitle=report.documentTitle() shared=report.shared>
<h1>${report.title}</h1>
<p class="subtitle">${report.subtitle}</p>
<table class="fields">
<#list report.header as field>
<tr><th scope="row">${field.label}</th><td>${field.value}</td></tr>
</#list>
</table>
<@layout.audience note=report.audienceNote shared=report.shared withheld=report.withheld/>

<#list report.parts as part>
<div class="part" id="${part.anchor}">
<h2>${part.heading}</h2>
<#switch part.type>
<#case "text">
<@layout.prose part.text/>
<#break>
<#case "gradeSummary">
<table class="data grade-summary">
<thead><tr><th scope="col">${text.Document_grade}</th><th scope="col" class="number">${text.Document_count}</th></tr></thead>
<tbody>
<#list part.grades as grade>
<tr><td><span class="grade ${grade.gradeClass}">${grade.label}</span></td><td class="number">${grade.count}</td></tr>
</#list>
</tbody>
</table>
<#if part.notEvaluated gt 0><p class="note">${text.Document_notEvaluatedCount?replace("{0}", part.notEvaluated?c)}</p></#if>
<#break>
<#case "judgements">
<#list part.sections as section>
<h3 id="${section.anchor}">${section.code} ${section.title}</h3>
<#list section.entries as judgement>
<div class="judgement">
<p class="criterion"><span class="code">${judgement.code}</span> ${judgement.statement}<#if judgement.critical> <span class="critical">(${text.Document_critical})</span></#if></p>
<p><#if judgement.notEvaluated><span class="grade grade-none">${text.Document_notEvaluated}</span><#else><span class="label">${text.Document_grade}:</span> <span class="grade ${judgement.gradeClass}">${judgement.grade}</span></#if></p>
<#if judgement.rationale??><p class="prose">${judgement.rationale}</p></#if>
<#if judgement.evidence?has_content>
<ul class="evidence-list">
<#list judgement.evidence as item><li>${item.title} <span class="details">(${item.details})</span></li></#list>
</ul>
</#if>
</div>
</#list>
</#list>
<#break>
<#case "sectionGrades">
<table class="data">
<colgroup><col class="medium"/><col class="medium"/><col/></colgroup>
<thead><tr><th scope="col">${text.Summary_criterion}</th><th scope="col">${text.Document_grade}</th><th scope="col">${text.Document_rationale}</th></tr></thead>
<tbody>
<#list part.sections as section>
<tr><td>${section.code} ${section.title}</td><td><span class="grade ${section.gradeClass}">${section.grade}</span></td><td class="prose">${section.rationale!""}</td></tr>
</#list>
</tbody>
</table>
<#break>
<#case "responses">
<#list part.sections as section>
<h3 id="${section.anchor}">${section.code} ${section.title}</h3>
<#list section.entries as response>
<div class="response">
<p class="criterion"><span class="code">${response.code}</span> ${response.statement}</p>
<#if response.answer??><p><span class="label">${text.Document_answer}:</span></p><p class="prose">${response.answer}</p></#if>
<#if response.example??><p><span class="label">${text.Document_example}:</span></p><p class="prose">${response.example}</p></#if>
<#if response.impact??><p><span class="label">${text.Document_impact}:</span></p><p class="prose">${response.impact}</p></#if>
<#if response.evidence?has_content>
<ul class="evidence-list">
<#list response.evidence as item><li>${item.title} <span class="details">(${item.details})</span></li></#list>
</ul>
</#if>
</div>
</#list>
</#list>
<#break>
<#case "protocol">
<table class="data">
<colgroup><col/><col class="narrow"/><col class="narrow"/><col class="medium"/></colgroup>
<thead><tr><th scope="col">${text.Document_protocolStep}</th><th scope="col">${text.Document_protocolDone}</th><th scope="col">${text.Document_protocolDate}</th><th scope="col">${text.Document_protocolNote}</th></tr></thead>
<tbody>
<#list part.steps as step>
<tr><td>${step.step}</td><td>${step.done}</td><td>${step.date!""}</td><td class="prose">${step.note!""}</td></tr>
</#list>
</tbody>
</table>
<#break>
<#case "noteOfVisit">
<#if !part.date?? && !part.strengths?? && !part.areas?? && !part.actions?has_content>
<p>${text.Document_noNoteOfVisit}</p>
<#else>
<#if part.date??><p><span class="label">${text.Header_date}:</span> ${part.date}</p></#if>
<h3 id="${part.anchor}-strengths">${text.Document_strengths}</h3>
<#if part.strengths??><@layout.prose part.strengths/><#else><p>${text.Document_noStrengths}</p></#if>
<h3 id="${part.anchor}-areas">${text.Document_areas}</h3>
<#if part.areas??><@layout.prose part.areas/><#else><p>${text.Document_noStrengths}</p></#if>
<h3 id="${part.anchor}-actions">${text.Document_actions}</h3>
<#if part.actions?has_content>
<table class="data">
<colgroup><col/><col class="medium"/><col class="narrow"/><col class="narrow"/></colgroup>
<thead><tr><th scope="col">${text.Document_action}</th><th scope="col">${text.Document_owner}</th><th scope="col">${text.Document_dueDate}</th><th scope="col">${text.Document_actionStatus}</th></tr></thead>
<tbody>
<#list part.actions as action>
<tr><td class="prose">${action.description}</td><td>${action.owner!""}</td><td>${action.dueDate!""}</td><td>${action.status}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>${text.Document_noActions}</p>
</#if>
</#if>
<#break>
<#case "evidence">
<#if part.items?has_content>
<table class="data">
<colgroup><col/><col class="short"/><col class="short"/><col class="medium"/></colgroup>
<thead><tr><th scope="col">${text.Document_evidenceTitle}</th><th scope="col">${text.Document_evidenceKind}</th><th scope="col">${text.Document_evidenceDate}</th><th scope="col">${text.Document_evidenceImpact}</th></tr></thead>
<tbody>
<#list part.items as item>
<tr><td>${item.title}<#if item.description??><br/><span class="details">${item.description}</span></#if><#if item.source??><br/><span class="details">${text.Document_evidenceSource}: ${item.source}</span></#if></td><td>${item.kind}</td><td>${item.date!""}</td><td>${item.impact}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>${text.Document_noEvidence}</p>
</#if>
<#break>
</#switch>
</div>
</#list>
<p class="produced">${text.Document_producedOn?replace("{0}", report.producedOn)}</p>
</@layout.page>
