<#ftl output_format="XHTML" strip_whitespace=true>
<#--
	The coverage report of a crosswalk. Variables: report (a CoverageDocument), pdf, text (the export
	plug-in's messages, which the page frame uses), coverageText (this report's messages) and, for
	HTML, charts: by the anchor of each schedule, the coverage chart as inline SVG. In a PDF each
	chart is an object element that the PDF renderer draws.
-->
<#import "layout.ftl" as layout>
<#macro criteria rows>
<table class="data">
<thead><tr><th scope="col">${coverageText.Column_criterion}</th><th scope="col">${coverageText.Column_section}</th><th scope="col">${coverageText.Column_statement}</th></tr></thead>
<tbody>
<#list rows as row>
<tr><td class="nowrap"><span class="code">${row.code}</span> <span class="details">(${coverageText.Coverage_criterionSchedule?replace("{0}", row.schedule?c)})</span><#if row.critical><br/><span class="critical">${coverageText.Critical_yes}</span></#if></td><td>${row.section}</td><td>${row.statement}</td></tr>
</#list>
</tbody>
</table>
</#macro>
<@layout.page title=report.documentTitle() subtitle=report.subtitle author="" bookmarks=report.bookmarks()
		runningTitle=report.documentTitle() shared=report.shared>
<h1>${report.title}</h1>
<p class="subtitle">${report.subtitle}</p>
<p class="audience">${coverageText.Coverage_note}</p>
<p>${report.summary}</p>
<#if report.invalid?has_content><p class="not-met">${report.invalid}</p></#if>

<div class="part" id="uncovered">
<h2>${coverageText.Coverage_uncovered}</h2>
<#if report.uncovered?has_content>
<p class="note">${coverageText.Coverage_uncoveredNote}</p>
<@criteria rows=report.uncovered/>
<#else>
<p>${coverageText.Coverage_noUncovered}</p>
</#if>
</div>

<div class="part" id="beyond">
<h2>${coverageText.Coverage_beyond}</h2>
<#if report.beyond?has_content>
<p class="note">${coverageText.Coverage_beyondNote}</p>
<@criteria rows=report.beyond/>
<#else>
<p>${coverageText.Coverage_noBeyond}</p>
</#if>
</div>

<div class="part" id="unmapped">
<h2>${coverageText.Coverage_unmapped}</h2>
<#if report.unmapped?has_content>
<p class="note">${coverageText.Coverage_unmappedNote}</p>
<@criteria rows=report.unmapped/>
<#else>
<p>${coverageText.Coverage_noUnmapped}</p>
</#if>
</div>

<div class="part" id="sections">
<h2>${coverageText.Coverage_sections}</h2>
<p class="note">${coverageText.Coverage_sectionsNote}</p>
<#list report.schedules as schedule>
<div class="distribution">
<h3 id="${schedule.anchor}">${schedule.heading}</h3>
<div class="chart">
<#if pdf>
<object type="application/x-sipqm-grade-chart" class="grade-chart" data-schedule="${schedule.schedule?c}" title="${coverageText.Coverage_chartDescription}" alt="${coverageText.Coverage_chartDescription}" style="height: ${schedule.chartHeight()?c}px;"></object>
<#else>
<figure role="img" aria-label="${coverageText.Coverage_chartDescription}">${charts[schedule.anchor]?no_esc}</figure>
</#if>
</div>
</div>
<table class="data">
<colgroup><col class="narrow"/><col/><col class="narrow"/><col class="short"/><col class="short"/></colgroup>
<thead><tr><th scope="col">${coverageText.Column_section}</th><th scope="col">${coverageText.Column_title}</th><th scope="col" class="number">${coverageText.Column_covered}</th><th scope="col" class="number">${coverageText.Column_total}</th><th scope="col" class="number">${coverageText.Column_percent}</th></tr></thead>
<tbody>
<#list schedule.sections as section>
<tr><td class="nowrap">${section.sectionCode()}</td><td>${section.sectionTitle()!""}</td><td class="number">${section.covered()?c}</td><td class="number">${section.total()?c}</td><td class="number">${section.percent()?c}</td></tr>
</#list>
</tbody>
</table>
</#list>
</div>
<p class="produced">${text.Document_producedOn?replace("{0}", report.producedOn)}</p>
</@layout.page>
