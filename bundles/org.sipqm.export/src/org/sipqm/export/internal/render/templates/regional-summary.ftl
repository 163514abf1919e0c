<#ftl output_format="XHTML" strip_whitespace=true>
<#--
	The regional summary. Variables: summary (a RegionalSummary), pdf, text, and charts: by the
	anchor of each grade distribution, the chart as inline SVG for HTML. In a PDF the chart is an
	object element that the PDF renderer draws.
-->
<#import "layout.ftl" as layout>
<@layout.page title=summary.documentTitle() subtitle=summary.scope author="" bookmarks=summary.bookmarks()
		runningTitle=summary.documentTitle() shared=summary.shared>
<h1>${summary.title}</h1>
<p class="subtitle">${summary.scope}</p>
<@layout.audience note=summary.audienceNote shared=summary.shared withheld=summary.withheld/>

<div class="part" id="evaluations">
<h2>${text.Summary_evaluations}</h2>
<table class="data">
<thead><tr><th scope="col">${text.Summary_authority}</th><th scope="col">${text.Summary_code}</th>
<#list 1..4 as schedule><th scope="col" class="number">${text.Summary_schedule?replace("{0}", schedule?c)}</th></#list>
<th scope="col" class="number">${text.Summary_judgements}</th></tr></thead>
<tbody>
<#list summary.authorities as row>
<tr><td>${row.authority}</td><td>${row.code}</td><#list row.bySchedule as count><td class="number">${count?c}</td></#list><td class="number">${row.judgements?c}</td></tr>
</#list>
</tbody>
</table>
</div>

<#if summary.distributions?has_content>
<div class="part" id="grades">
<h2>${text.Summary_gradeDistribution}</h2>
<#list summary.distributions as distribution>
<div class="distribution">
<h3 id="${distribution.anchor}">${distribution.title}</h3>
<p class="note">${text.Summary_gradeDistributionNote?replace("{0}", distribution.authorities?c)}</p>
<div class="chart">
<#if pdf>
<object type="application/x-sipqm-grade-chart" class="grade-chart" data-schedule="${distribution.schedule?c}" title="${text.Summary_chartDescription}" alt="${text.Summary_chartDescription}" style="height: ${(distribution.criteria?size * 12 + 90)?c}px;"></object>
<#else>
<figure role="img" aria-label="${text.Summary_chartDescription}">${charts[distribution.anchor]?no_esc}</figure>
</#if>
</div>
</div>
<table class="data">
<thead><tr><th scope="col">${text.Summary_criterion}</th>
<#list 1..4 as grade><th scope="col" class="number"><span class="grade grade-${grade}">${grade}</span></th></#list>
</tr></thead>
<tbody>
<#list distribution.criteria as criterion>
<tr><td><span class="code">${criterion.code}</span> ${criterion.statement}</td><#list criterion.counts as count><td class="number">${count?c}</td></#list></tr>
</#list>
</tbody>
</table>
</#list>
</div>
</#if>

<div class="part" id="joint-visits">
<h2>${text.Summary_jointVisits}</h2>
<p class="note">${text.Summary_jointVisitsNote}</p>
<#if summary.jointVisits?has_content>
<table class="data">
<thead><tr><th scope="col">${text.Column_authority}</th><th scope="col">${text.Column_term}</th><th scope="col">${text.Column_supportLevel}</th><th scope="col">${text.Column_requirement}</th><th scope="col" class="number">${text.Column_jointVisits}</th><th scope="col">${text.Column_coordinators}</th><th scope="col">${text.Column_compliance}</th></tr></thead>
<tbody>
<#list summary.jointVisits as row>
<tr><td>${row.authority}</td><td>${row.term} ${row.academicYear}</td><td>${row.supportLevel}</td><td>${row.requirement}</td><td class="number">${row.visits?c}</td><td>${row.coordinators}</td><td class="${(row.compliance == 'MET')?then('met', (row.compliance == 'NOT_MET')?then('not-met', ''))}">${row.complianceText}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>${text.Summary_noJointVisitRows}</p>
</#if>
</div>

<div class="part" id="actions">
<h2>${text.Summary_actions}</h2>
<#if summary.actions?has_content>
<table class="data">
<thead><tr><th scope="col">${text.Column_authority}</th><th scope="col" class="number">${text.ActionStatus_open}</th><th scope="col" class="number">${text.ActionStatus_inProgress}</th><th scope="col" class="number">${text.ActionStatus_completed}</th><th scope="col" class="number">${text.ActionStatus_withdrawn}</th><th scope="col" class="number">${text.Summary_overdue}</th></tr></thead>
<tbody>
<#list summary.actions as row>
<tr><td>${row.authority}</td><td class="number">${row.open?c}</td><td class="number">${row.inProgress?c}</td><td class="number">${row.completed?c}</td><td class="number">${row.withdrawn?c}</td><td class="number">${row.overdue?c}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>${text.Summary_noActions}</p>
</#if>
</div>
<p class="produced">${text.Document_producedOn?replace("{0}", summary.producedOn)}</p>
</@layout.page>
